// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the Timeline shows of a trace's recent journeys: how many reached each vector and each vCPU in the window, the
 * latency histogram, and the events the kernel lost.
 *
 * @param windowNanos the window the counts cover
 * @param journeys journeys in the window
 * @param perVector journeys per vector in the window (journeys that reached no LAPIC have no vector and are left out)
 * @param perVcpu journeys per accepting vCPU (APIC id) in the window; one journey to two vCPUs counts for both
 * @param latency the window's inject-to-EOI (or accept-to-EOI) latencies
 * @param total journeys since the trace started, in or out of the window
 * @param lostEvents events the kernel reported lost since the trace started
 * @param lossReports how many loss reports came (a report may carry no count)
 */
public record JourneyStats(long windowNanos, int journeys, SortedMap<Integer, Long> perVector,
        SortedMap<Integer, Long> perVcpu, LatencyHistogram latency, long total, long lostEvents, long lossReports) {

    public JourneyStats {
        perVector = Collections.unmodifiableSortedMap(new TreeMap<>(perVector));
        perVcpu = Collections.unmodifiableSortedMap(new TreeMap<>(perVcpu));
    }

    /** The statistics of the journeys of one window. */
    public static JourneyStats of(List<Journey> window, long windowNanos, long total, long lostEvents,
            long lossReports) {
        SortedMap<Integer, Long> vectors = new TreeMap<>();
        SortedMap<Integer, Long> vcpus = new TreeMap<>();
        for (Journey j : window) {
            if (j.vector() >= 0) {
                vectors.merge(j.vector(), 1L, Long::sum);
            }
            for (int apic : j.destinations()) {
                vcpus.merge(apic, 1L, Long::sum);
            }
        }
        return new JourneyStats(windowNanos, window.size(), vectors, vcpus, LatencyHistogram.of(window), total,
                lostEvents, lossReports);
    }

    /** Nothing traced. */
    public static JourneyStats empty(long windowNanos) {
        return of(List.of(), windowNanos, 0, 0, 0);
    }

    public double windowSeconds() {
        return windowNanos / 1e9;
    }

    /** Journeys per second for a count of this window. */
    public double rate(long count) {
        return windowNanos <= 0 ? 0 : count / windowSeconds();
    }
}
