// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xics;

/**
 * One ICS source as the kernel's XICS emulation keeps it (book3s_xics.h {@code ics_irq_state}): the targeting, the
 * emulated P and Q bits, and the masked-pending and resend flags. Package-mutable; read through the getters.
 */
public final class XicsSource {
    static final int MASKED = 0xff;
    /**
     * P: presented to an ICP and not yet EOI'd. The kernel keeps P in bit 0 and Q in bit 1, so that a trigger is
     * {@code pq << 1 | P} and an EOI {@code pq >> 1}; {@link #pq()} shows them the XIVE way (P = 2, Q = 1).
     */
    static final int PQ_PRESENTED = 1;
    /** Q: another trigger arrived while P was set. */
    static final int PQ_QUEUED = 2;

    final int number;
    boolean exists;
    int server;
    int priority = MASKED;
    int savedPriority = MASKED;
    boolean lsi;
    boolean asserted;
    int pq;
    boolean maskedPending;
    boolean resend;
    long presentedCount;

    XicsSource(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public boolean exists() {
        return exists;
    }

    public int server() {
        return server;
    }

    public int priority() {
        return priority;
    }

    public int savedPriority() {
        return savedPriority;
    }

    public boolean lsi() {
        return lsi;
    }

    public boolean asserted() {
        return asserted;
    }

    /** The emulated PQ bits in the XIVE notation: P = 2, Q = 1. */
    public int pq() {
        return display(pq);
    }

    static int display(int kernelPq) {
        return (kernelPq & PQ_PRESENTED) << 1 | (kernelPq & PQ_QUEUED) >> 1;
    }

    public boolean maskedPending() {
        return maskedPending;
    }

    public boolean resend() {
        return resend;
    }

    /** How many times the source was presented to an ICP (XISR set to it). */
    public long presentedCount() {
        return presentedCount;
    }
}
