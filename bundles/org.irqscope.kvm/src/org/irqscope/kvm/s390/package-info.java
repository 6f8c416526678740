// SPDX-License-Identifier: EPL-2.0
/**
 * s390 FLIC attributes and structures, big-endian (ABI fact page §7.1).
 */
package org.irqscope.kvm.s390;
