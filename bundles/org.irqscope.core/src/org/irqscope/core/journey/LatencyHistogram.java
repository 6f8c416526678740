// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

import java.util.Arrays;
import java.util.List;

/**
 * Journeys' inject-to-EOI latencies in log-scale buckets (1-2-5 steps in µs, from under 1 µs to 1 s and over).
 * Where the host reports no injection event the latency is measured from acceptance, and {@link #fromAcceptance()}
 * counts those, so a view can say "accept→EOI" instead of pretending to measure injection.
 *
 * @param counts journeys per bucket, {@link #BUCKETS} long
 * @param measured journeys with a latency (EOI seen)
 * @param fromAcceptance how many of them were measured from acceptance, not injection
 */
public record LatencyHistogram(long[] counts, long measured, long fromAcceptance) {
    /** Upper bounds of the buckets in µs (exclusive); the last bucket holds everything from 1 s up. */
    private static final long[] EDGES_MICROS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000,
            20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000};
    public static final int BUCKETS = EDGES_MICROS.length + 1;

    public LatencyHistogram {
        if (counts.length != BUCKETS) {
            throw new IllegalArgumentException("a latency histogram has " + BUCKETS + " buckets, not "
                    + counts.length);
        }
        counts = counts.clone();
    }

    /** The histogram of the journeys that have a latency; the others are left out. */
    public static LatencyHistogram of(List<Journey> journeys) {
        long[] counts = new long[BUCKETS];
        long measured = 0;
        long fromAcceptance = 0;
        for (Journey j : journeys) {
            var latency = j.injectToEoiNanos();
            if (latency.isEmpty()) {
                continue;
            }
            counts[bucket(latency.get())]++;
            measured++;
            if (j.latencyFromAcceptance()) {
                fromAcceptance++;
            }
        }
        return new LatencyHistogram(counts, measured, fromAcceptance);
    }

    /** The bucket of a latency in nanoseconds (negative latencies, from clock skew between CPUs, go to the first). */
    public static int bucket(long nanos) {
        long micros = Math.max(0, nanos) / 1_000;
        for (int i = 0; i < EDGES_MICROS.length; i++) {
            if (micros < EDGES_MICROS[i]) {
                return i;
            }
        }
        return EDGES_MICROS.length;
    }

    /** A bucket's label: "<1 µs", "1–2 µs", ..., "500 ms–1 s", "≥1 s". */
    public static String label(int bucket) {
        if (bucket < 0 || bucket >= BUCKETS) {
            throw new IndexOutOfBoundsException("no latency bucket " + bucket);
        }
        if (bucket == 0) {
            return "<" + micros(EDGES_MICROS[0]);
        }
        if (bucket == EDGES_MICROS.length) {
            return "≥" + micros(EDGES_MICROS[bucket - 1]);
        }
        String from = micros(EDGES_MICROS[bucket - 1]);
        String to = micros(EDGES_MICROS[bucket]);
        // "1–2 µs" rather than "1 µs–2 µs" when both ends have the same unit
        String fromUnit = from.substring(from.indexOf(' '));
        return to.endsWith(fromUnit) ? from.substring(0, from.indexOf(' ')) + "–" + to : from + "–" + to;
    }

    public static String[] labels() {
        String[] all = new String[BUCKETS];
        for (int i = 0; i < BUCKETS; i++) {
            all[i] = label(i);
        }
        return all;
    }

    private static String micros(long us) {
        if (us >= 1_000_000) {
            return us / 1_000_000 + " s";
        }
        if (us >= 1_000) {
            return us / 1_000 + " ms";
        }
        return us + " µs";
    }

    /** True when every measured latency starts at acceptance: this host reports no injection event. */
    public boolean allFromAcceptance() {
        return measured > 0 && fromAcceptance == measured;
    }

    /**
     * What the latency measures, honestly: "inject→EOI", "accept→EOI" when the host reports no injection, or both
     * when only some journeys had an injection event.
     */
    public String measure() {
        if (fromAcceptance == 0) {
            return "inject→EOI";
        }
        if (allFromAcceptance()) {
            return "accept→EOI";
        }
        return "inject→EOI (accept→EOI for " + fromAcceptance + " of " + measured + " without an injection event)";
    }

    public long count(int bucket) {
        return counts[bucket];
    }

    @Override
    public long[] counts() {
        return counts.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LatencyHistogram h && Arrays.equals(counts, h.counts) && measured == h.measured
                && fromAcceptance == h.fromAcceptance;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts) * 31 + Long.hashCode(measured * 31 + fromAcceptance);
    }

    @Override
    public String toString() {
        return measure() + " " + Arrays.toString(counts);
    }
}
