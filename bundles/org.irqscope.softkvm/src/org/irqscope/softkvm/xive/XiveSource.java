// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xive;

/**
 * One XIVE interrupt source (LISN): its ESB PQ bits, the LSI line, and its EAS (event assignment: target server,
 * priority, mask, EISN), which the VMM writes with GRP_SOURCE_CONFIG and nobody can read back through KVM.
 */
public final class XiveSource {
    /** ESB PQ values (ABI fact page §3.3): P = 2, Q = 1. */
    public static final int PQ_RESET = 0;
    public static final int PQ_OFF = 1;
    public static final int PQ_PENDING = 2;
    public static final int PQ_QUEUED = 3;

    final int lisn;
    boolean valid;
    boolean lsi;
    boolean asserted;
    int pq = PQ_OFF;
    boolean easValid;
    boolean easMasked = true;
    int server;
    int priority = 0xff;
    int eisn;
    long triggers;
    long enqueued;
    long dropped;

    XiveSource(int lisn) {
        this.lisn = lisn;
    }

    public int lisn() {
        return lisn;
    }

    public boolean valid() {
        return valid;
    }

    public boolean lsi() {
        return lsi;
    }

    public boolean asserted() {
        return asserted;
    }

    public int pq() {
        return pq;
    }

    /** Whether an EAS was ever written for the source. */
    public boolean easValid() {
        return easValid;
    }

    public boolean easMasked() {
        return easMasked;
    }

    public int server() {
        return server;
    }

    /** EAS priority, 0xFF while masked. */
    public int priority() {
        return priority;
    }

    public int eisn() {
        return eisn;
    }

    /** Triggers the ESB saw (including coalesced and dropped ones). */
    public long triggers() {
        return triggers;
    }

    /** Events written into an event queue. */
    public long enqueued() {
        return enqueued;
    }

    /** Events that reached the router but went nowhere (masked EAS, no EAS, END without queue): recorded. */
    public long dropped() {
        return dropped;
    }
}
