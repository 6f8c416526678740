// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

/** Receives every routing hop the software devices make, in the order they happen. */
@FunctionalInterface
public interface HopListener {
    /**
     * @param sequence increases by one per hop of one {@link HopLog}
     * @param stage short stage name: "trigger", "pq", "eas", "enqueue", "notify", "escalation", "ack", "eoi",
     *     "present", "reject", "resend", "drop", "cppr", "ipi", "guest", "flip", ...
     * @param source the source concerned, -1 if none
     * @param vcpu the vCPU (server) concerned, -1 if none
     * @param text what happened, in the architecture's words
     */
    void hop(long sequence, String stage, int source, int vcpu, String text);
}
