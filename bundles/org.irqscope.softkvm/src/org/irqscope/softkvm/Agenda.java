// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

/**
 * The routing work a device has still to do, one hop per item, first in first out. A device operation that starts a
 * routing chain (a trigger, a reject, a resend) pushes items here instead of recursing, so that a step controller can
 * run the chain one hop at a time; when nobody holds the agenda, every ABI operation settles it before returning, as
 * the kernel's synchronous paths do.
 *
 * <p>Items are packed into longs (kind 8 bits, a 24 bits, b 32 bits) in a growable ring: pushing allocates only when
 * the ring grows, never per delivery.
 */
public final class Agenda {
    /** Performs one item. */
    @FunctionalInterface
    public interface Worker {
        void perform(int kind, int a, int b);
    }

    /** Longest chain one settle may run: a routing loop is a device bug and must not hang the caller. */
    static final int SETTLE_LIMIT = 1 << 20;

    private final Worker[] workers = new Worker[256];
    private long[] ring = new long[64];
    private int head;
    private int size;
    private boolean held;

    /** Registers the worker for one item kind (0..255). */
    public void register(int kind, Worker worker) {
        if (kind < 0 || kind > 255) {
            throw new IllegalArgumentException("agenda item kind " + kind + " is outside 0..255");
        }
        workers[kind] = worker;
    }

    /**
     * Queues an item.
     *
     * @param a 0..0xFFFFFF (a source number, an END index, a server)
     * @param b any 32-bit value
     */
    public void push(int kind, int a, int b) {
        if ((a & ~0xffffff) != 0) {
            throw new IllegalArgumentException("agenda item argument 0x" + Integer.toHexString(a)
                    + " does not fit 24 bits");
        }
        if (size == ring.length) {
            long[] next = new long[ring.length * 2];
            for (int i = 0; i < size; i++) {
                next[i] = ring[(head + i) & (ring.length - 1)];
            }
            ring = next;
            head = 0;
        }
        ring[(head + size) & (ring.length - 1)] = (long) kind << 56 | (long) a << 32 | (b & 0xffffffffL);
        size++;
    }

    public int pending() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /** Runs the oldest item; false when there was none. */
    public boolean runOne() {
        if (size == 0) {
            return false;
        }
        long item = ring[head];
        head = (head + 1) & (ring.length - 1);
        size--;
        int kind = (int) (item >>> 56);
        Worker w = workers[kind];
        if (w == null) {
            throw new IllegalStateException("no worker for agenda item kind " + kind);
        }
        w.perform(kind, (int) (item >>> 32) & 0xffffff, (int) item);
        return true;
    }

    /** Runs every queued item (and the items they queue) unless a step controller holds the agenda. */
    public void settle() {
        if (held) {
            return;
        }
        drain();
    }

    /** Runs every queued item even while held. */
    public void drain() {
        for (int n = 0; size > 0; n++) {
            if (n >= SETTLE_LIMIT) {
                throw new IllegalStateException("routing did not settle after " + SETTLE_LIMIT + " hops");
            }
            runOne();
        }
    }

    /** Drops every queued item (a device reset or release). */
    public void clear() {
        head = 0;
        size = 0;
    }

    /** While held, ABI operations leave their routing work queued for {@link #runOne()}. */
    public void hold(boolean hold) {
        held = hold;
    }

    public boolean held() {
        return held;
    }
}
