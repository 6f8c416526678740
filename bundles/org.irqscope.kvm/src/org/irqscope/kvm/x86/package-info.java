// SPDX-License-Identifier: EPL-2.0
/**
 * x86 in-kernel PIC, IOAPIC and LAPIC state and MSI messages (ABI fact page §6).
 */
package org.irqscope.kvm.x86;
