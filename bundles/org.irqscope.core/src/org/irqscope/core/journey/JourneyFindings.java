// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.irqscope.core.explain.Element;
import org.irqscope.core.explain.Finding;
import org.irqscope.core.explain.Severity;

/**
 * Findings from a kernel event trace rather than from a snapshot: a LAPIC accepted a vector and no EOI came, either
 * in a journey the trace gave up on ({@link Outcome#NEVER_EOI}) or in one still open for longer than a threshold.
 * One finding per vector and APIC, however many journeys it covers.
 */
public final class JourneyFindings {
    public static final String EOI_NEVER_CAME = "trace.eoi-never-came";
    static final String RULE = "A vector a LAPIC accepted stays in service until the guest writes its EOI; until then "
            + "it blocks the vectors of its priority class and below on that vCPU.";

    private JourneyFindings() {
    }

    /**
     * @param finished journeys the trace reported (any outcome; only NEVER_EOI ones count)
     * @param open journeys still under way
     * @param nowNanos the trace clock now (System.nanoTime() on a host with the "mono" trace clock)
     * @param thresholdNanos how long an accepted vector may wait for its EOI before it is reported
     */
    public static List<Finding> eoiNeverCame(List<Journey> finished, List<Journey> open, long nowNanos,
            long thresholdNanos) {
        Map<Long, Tally> byVectorAndApic = new TreeMap<>();
        for (Journey j : finished) {
            if (j.outcome() == Outcome.NEVER_EOI && j.vector() >= 0) {
                for (int apic : withoutEoi(j)) {
                    tally(byVectorAndApic, j.vector(), apic).ended(j);
                }
            }
        }
        for (Journey j : open) {
            Optional<Hop> accepted = j.first(Stage.ACCEPTED);
            if (j.vector() < 0 || accepted.isEmpty() || nowNanos - accepted.get().timeNanos() <= thresholdNanos) {
                continue;
            }
            for (int apic : withoutEoi(j)) {
                tally(byVectorAndApic, j.vector(), apic).waiting(j, nowNanos - accepted.get().timeNanos());
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Tally t : byVectorAndApic.values()) {
            out.add(new Finding(EOI_NEVER_CAME, Severity.WARNING, Element.vcpu(t.apic), t.explain(), RULE,
                    Optional.empty()));
        }
        out.sort(Finding.ORDER);
        return out;
    }

    /** The APICs that accepted the journey's vector and sent no EOI for it. */
    private static List<Integer> withoutEoi(Journey j) {
        List<Integer> accepted = new ArrayList<>(j.destinations());
        if (accepted.isEmpty()) {
            j.hops().stream().filter(h -> h.stage() == Stage.ACCEPTED && h.vcpu() >= 0).map(Hop::vcpu).distinct()
                    .forEach(accepted::add);
        }
        List<Integer> out = new ArrayList<>();
        for (int apic : accepted) {
            boolean eoi = j.hops().stream().anyMatch(h -> h.stage() == Stage.EOI && (h.vcpu() == apic
                    || h.vcpu() < 0));
            if (!eoi) {
                out.add(apic);
            }
        }
        return out;
    }

    private static Tally tally(Map<Long, Tally> tallies, int vector, int apic) {
        return tallies.computeIfAbsent(((long) vector << 32) | (apic & 0xffffffffL), k -> new Tally(vector, apic));
    }

    private static final class Tally {
        final int vector;
        final int apic;
        int ended;
        long lastEnded = -1;
        long waitingId = -1;
        long longestWait;

        Tally(int vector, int apic) {
            this.vector = vector;
            this.apic = apic;
        }

        void ended(Journey j) {
            ended++;
            lastEnded = Math.max(lastEnded, j.id());
        }

        void waiting(Journey j, long waitedNanos) {
            if (waitedNanos > longestWait) {
                longestWait = waitedNanos;
                waitingId = j.id();
            }
        }

        String explain() {
            List<String> evidence = new ArrayList<>();
            if (waitingId >= 0) {
                evidence.add(String.format("journey #%d accepted it %.1f s ago and is still open", waitingId,
                        longestWait / 1e9));
            }
            if (ended > 0) {
                evidence.add(ended == 1
                        ? "journey #" + lastEnded + " ended without one"
                        : ended + " journeys ended without one, the latest #" + lastEnded);
            }
            return "EOI never came for vector 0x" + Integer.toHexString(vector) + " on APIC " + apic
                    + " (from kernel events: " + String.join("; ", evidence) + ")";
        }
    }
}
