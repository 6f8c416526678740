// SPDX-License-Identifier: EPL-2.0
/**
 * ARM vGICv3/ITS attribute encodings, the arm64 KVM_IRQ_LINE field and ITS table entries (ABI fact page §5).
 */
package org.irqscope.kvm.arm;
