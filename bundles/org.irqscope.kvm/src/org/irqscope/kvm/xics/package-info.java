// SPDX-License-Identifier: EPL-2.0
/**
 * XICS device attributes, source state words and ICP state (ABI fact page §2).
 */
package org.irqscope.kvm.xics;
