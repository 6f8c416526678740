// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import java.util.Arrays;

/**
 * The devices' routing-hop announcer. Devices check {@link #active()} before they build a hop's text, so that a
 * delivery allocates nothing while nobody listens (the hot path of the delivery benchmark).
 */
public final class HopLog {
    private volatile HopListener[] listeners = new HopListener[0];
    private long sequence;

    /** Whether any listener is attached; devices build hop texts only when this is true. */
    public boolean active() {
        return listeners.length != 0;
    }

    /** Hops announced so far, counted whether or not anyone listened. */
    public synchronized long sequence() {
        return sequence;
    }

    public synchronized void emit(String stage, int source, int vcpu, String text) {
        long seq = ++sequence;
        for (HopListener l : listeners) {
            l.hop(seq, stage, source, vcpu, text);
        }
    }

    /** Attaches a listener; closing the handle detaches it. */
    public synchronized AutoCloseable add(HopListener listener) {
        HopListener[] next = Arrays.copyOf(listeners, listeners.length + 1);
        next[next.length - 1] = listener;
        listeners = next;
        return () -> remove(listener);
    }

    private synchronized void remove(HopListener listener) {
        HopListener[] cur = listeners;
        for (int i = 0; i < cur.length; i++) {
            if (cur[i] == listener) {
                HopListener[] next = new HopListener[cur.length - 1];
                System.arraycopy(cur, 0, next, 0, i);
                System.arraycopy(cur, i + 1, next, i, cur.length - i - 1);
                listeners = next;
                return;
            }
        }
    }

    /** Hex as the architecture documents write numbers: 0x1300. */
    public static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    /** Two-digit PQ or priority text. */
    public static String pq(int pq) {
        return ((pq & 2) != 0 ? "1" : "0") + ((pq & 1) != 0 ? "1" : "0");
    }
}
