// SPDX-License-Identifier: EPL-2.0
/**
 * XIVE native device attributes, EQ configuration, VP state, ESB/PQ, TIMA, EAS and END layouts (ABI fact page §3).
 */
package org.irqscope.kvm.xive;
