// SPDX-License-Identifier: EPL-2.0
/**
 * Freescale MPIC device attributes and register layout (ABI fact page §7.2; register map derived from mpic.c).
 */
package org.irqscope.kvm.mpic;
