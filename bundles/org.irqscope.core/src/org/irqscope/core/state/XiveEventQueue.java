// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import java.util.List;

/**
 * A XIVE event notification descriptor (END) and its event queue, for one (server, priority) pair.
 *
 * @param index END index (sPAPR: (vcpu &lt;&lt; 3) + priority)
 * @param qshift log2 of the queue size in bytes (entries = 1 &lt;&lt; (qshift - 2)), 0 when no queue is configured
 * @param qindex producer index (next entry written)
 * @param generation the generation ("toggle") bit the producer writes; it flips when qindex wraps
 * @param qaddr guest address of the queue page
 * @param escalation escalation END data or -1
 * @param window the most recent queue entries as the guest sees them (generation bit 31 | EISN), oldest first
 */
public record XiveEventQueue(int index, int server, int priority, boolean valid, boolean enqueue, int qshift,
        int qindex, int generation, long qaddr, long escalation, List<Integer> window) {
    public XiveEventQueue {
        window = List.copyOf(window);
        StateChecks.range("priority", priority, 0, 7);
        StateChecks.range("generation", generation, 0, 1);
    }

    public int entries() {
        return qshift == 0 ? 0 : 1 << (qshift - 2);
    }
}
