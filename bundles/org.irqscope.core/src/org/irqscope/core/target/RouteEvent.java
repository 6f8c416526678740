// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

/**
 * One routing hop that happened on a target (trigger, PQ change, EAS lookup, enqueue, notify, accept, EOI, reject,
 * resend, escalation, ...), in the order it happened.
 *
 * @param sequence increases by one per event on a target
 * @param stage a short stage name ("trigger", "eas", "enqueue", "notify", "ack", "eoi", ...)
 * @param source the source concerned, -1 if none
 * @param vcpu the vCPU concerned, -1 if none
 * @param text what happened, in the architecture's words
 */
public record RouteEvent(long sequence, String stage, int source, int vcpu, String text) {
}
