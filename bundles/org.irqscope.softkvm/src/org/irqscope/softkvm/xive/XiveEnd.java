// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xive;

/**
 * One event notification descriptor with its event queue: sPAPR has one per (server, priority), END index
 * {@code server << 3 | priority} (ABI fact page §3.6). The queue lives in guest memory; this model keeps its
 * entries in pages of 1024 that are allocated when first written, so a 16 MiB queue costs nothing until used.
 */
public final class XiveEnd {
    /** {@code KVM_XIVE_EQ_ALWAYS_NOTIFY}: KVM requires it (unconditional notification). */
    public static final int ALWAYS_NOTIFY = 1;
    private static final int PAGE_SHIFT = 10;

    final int server;
    final int priority;
    int flags;
    int qshift;
    long qaddr;
    int qindex;
    int generation;
    int[][] pages;
    long enqueued;
    long escalations;

    XiveEnd(int server, int priority) {
        this.server = server;
        this.priority = priority;
    }

    public int index() {
        return server << 3 | priority;
    }

    public int server() {
        return server;
    }

    public int priority() {
        return priority;
    }

    public boolean configured() {
        return qshift != 0;
    }

    public int flags() {
        return flags;
    }

    public int qshift() {
        return qshift;
    }

    public long qaddr() {
        return qaddr;
    }

    /** The producer index: the next entry the router writes. */
    public int qindex() {
        return qindex;
    }

    /** The generation bit the router writes now; it flips each time qindex wraps. */
    public int generation() {
        return generation;
    }

    /** Number of 4-byte entries: {@code 1 << (qshift - 2)}. */
    public int entries() {
        return qshift == 0 ? 0 : 1 << (qshift - 2);
    }

    public long enqueued() {
        return enqueued;
    }

    /** Notifications that found the VP not dispatched and fired the escalation interrupt instead. */
    public long escalations() {
        return escalations;
    }

    /** The 32-bit entry at {@code index} as the guest reads it from its queue page (0 when never written). */
    public int entry(int index) {
        if (index < 0 || index >= entries()) {
            throw new IndexOutOfBoundsException("EQ entry " + index + " outside 0.." + (entries() - 1));
        }
        int[] page = pages[index >>> PAGE_SHIFT];
        return page == null ? 0 : page[index & (1 << PAGE_SHIFT) - 1];
    }

    void configure(int newFlags, int newQshift, long newQaddr, int newQindex, int newGeneration) {
        flags = newFlags;
        qshift = newQshift;
        qaddr = newQaddr;
        qindex = newQindex;
        generation = newGeneration;
        pages = newQshift == 0 ? null : new int[Math.max(1, entries() >>> PAGE_SHIFT)][];
    }

    /** Writes {@code generation << 31 | eisn} at qindex and advances, flipping the generation at the wrap. */
    int push(int eisn) {
        int slot = qindex;
        int[] page = pages[slot >>> PAGE_SHIFT];
        if (page == null) {
            page = new int[Math.min(1 << PAGE_SHIFT, entries())];
            pages[slot >>> PAGE_SHIFT] = page;
        }
        page[slot & (1 << PAGE_SHIFT) - 1] = generation << 31 | (eisn & 0x7fffffff);
        qindex = slot + 1;
        if (qindex == entries()) {
            qindex = 0;
            generation ^= 1;
        }
        enqueued++;
        return slot;
    }
}
