// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

import java.util.ArrayList;
import java.util.List;

/**
 * The most recent journeys of a trace, bounded (the oldest go first), with when each one was heard and the events
 * the kernel lost. Thread-safe: the trace's thread adds, views read copies.
 */
public final class JourneyLog {
    private final Journey[] journeys;
    private final long[] heardAt;
    private int next;
    private int size;
    private long total;
    private long lostEvents;
    private long lossReports;

    /** A log that keeps the newest {@code capacity} journeys. */
    public JourneyLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a journey log keeps at least one journey, not " + capacity);
        }
        journeys = new Journey[capacity];
        heardAt = new long[capacity];
    }

    public int capacity() {
        return journeys.length;
    }

    /** Adds a journey heard at {@code heardAtNanos} (System.nanoTime()). */
    public synchronized void add(Journey journey, long heardAtNanos) {
        journeys[next] = journey;
        heardAt[next] = heardAtNanos;
        next = (next + 1) % journeys.length;
        size = Math.min(size + 1, journeys.length);
        total++;
    }

    /** Counts a loss: its events, and the report itself (a report of 0 events says only that some were lost). */
    public synchronized void lost(TraceLoss loss) {
        lostEvents += Math.max(0, loss.events());
        lossReports++;
    }

    /** Forgets everything (a new trace starts). */
    public synchronized void clear() {
        java.util.Arrays.fill(journeys, null);
        next = 0;
        size = 0;
        total = 0;
        lostEvents = 0;
        lossReports = 0;
    }

    /** The kept journeys, oldest first. */
    public synchronized List<Journey> recent() {
        List<Journey> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(journeys[index(i)]);
        }
        return out;
    }

    /** The kept journeys heard at or after {@code sinceNanos}, oldest first. */
    public synchronized List<Journey> heardSince(long sinceNanos) {
        List<Journey> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            int k = index(i);
            if (heardAt[k] - sinceNanos >= 0) {
                out.add(journeys[k]);
            }
        }
        return out;
    }

    /** Journeys heard since the log was created or cleared, including those no longer kept. */
    public synchronized long total() {
        return total;
    }

    public synchronized int size() {
        return size;
    }

    /** Events the kernel reported lost. */
    public synchronized long lostEvents() {
        return lostEvents;
    }

    /** How many times the kernel reported a loss (some reports carry no count). */
    public synchronized long lossReports() {
        return lossReports;
    }

    /** Statistics over the journeys heard in the last {@code windowNanos} before {@code nowNanos}. */
    public JourneyStats stats(long windowNanos, long nowNanos) {
        List<Journey> window;
        long lost;
        long reports;
        long all;
        synchronized (this) {
            window = heardSince(nowNanos - windowNanos);
            lost = lostEvents;
            reports = lossReports;
            all = total;
        }
        return JourneyStats.of(window, windowNanos, all, lost, reports);
    }

    private int index(int i) {
        return (next - size + i + journeys.length) % journeys.length;
    }
}
