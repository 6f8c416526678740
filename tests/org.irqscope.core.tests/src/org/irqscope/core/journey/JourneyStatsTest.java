// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.explain.Element;
import org.irqscope.core.explain.Finding;
import org.junit.jupiter.api.Test;

/** The journey log, its statistics and histogram, and the EOI-never-came finding, on hand-made journeys. */
class JourneyStatsTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1_000_000_000L;

    /** A journey accepted by {@code apic} at {@code start}, injected or not, EOI'd {@code latencyNanos} later. */
    static Journey complete(long id, int vector, int apic, long start, long latencyNanos, boolean injected) {
        List<Hop> hops = new ArrayList<>();
        hops.add(new Hop(Stage.RAISED, start, 0, 100, -1, "MSI 0xfee00000/0x" + Integer.toHexString(vector)));
        hops.add(new Hop(Stage.ACCEPTED, start + 1_000, 0, 100, apic, "APIC " + apic + " vector 0x"
                + Integer.toHexString(vector)));
        if (injected) {
            hops.add(new Hop(Stage.INJECTED, start + 2_000, 1, 200, apic, "vector 0x" + Integer.toHexString(vector)));
        }
        long from = start + (injected ? 2_000 : 1_000);
        hops.add(new Hop(Stage.EOI, from + latencyNanos, 1, 200, apic, "vector 0x" + Integer.toHexString(vector)));
        return new Journey(id, Origin.MSI, "MSI", -1, vector, List.of(apic), hops, Outcome.COMPLETE, "complete",
                false, false);
    }

    static Journey accepted(long id, int vector, int apic, long start, Outcome outcome) {
        List<Hop> hops = List.of(new Hop(Stage.RAISED, start, 0, 100, -1, "MSI"),
                new Hop(Stage.ACCEPTED, start + 1_000, 0, 100, apic, "APIC " + apic));
        return new Journey(id, Origin.MSI, "MSI", -1, vector, List.of(apic), hops, outcome, "no EOI", false, false);
    }

    @Test
    void bucketsAreLogScaleInMicroseconds() {
        assertThat(LatencyHistogram.bucket(500)).isZero();
        assertThat(LatencyHistogram.bucket(1_000)).isEqualTo(1);
        assertThat(LatencyHistogram.bucket(1_999)).isEqualTo(1);
        assertThat(LatencyHistogram.bucket(2_000)).isEqualTo(2);
        assertThat(LatencyHistogram.bucket(7_000)).isEqualTo(3);
        assertThat(LatencyHistogram.bucket(-5)).isZero();
        assertThat(LatencyHistogram.bucket(3 * S)).isEqualTo(LatencyHistogram.BUCKETS - 1);
        assertThat(LatencyHistogram.label(0)).isEqualTo("<1 µs");
        assertThat(LatencyHistogram.label(1)).isEqualTo("1–2 µs");
        assertThat(LatencyHistogram.label(9)).isEqualTo("500 µs–1 ms");
        assertThat(LatencyHistogram.label(18)).isEqualTo("500 ms–1 s");
        assertThat(LatencyHistogram.label(LatencyHistogram.BUCKETS - 1)).isEqualTo("≥1 s");
    }

    @Test
    void theHistogramSaysWhenItMeasuresFromAcceptance() {
        LatencyHistogram none = LatencyHistogram.of(List.of(complete(1, 0x31, 0, 0, 3_000, true)));
        assertThat(none.measure()).isEqualTo("inject→EOI");
        assertThat(none.count(2)).isEqualTo(1);
        LatencyHistogram all = LatencyHistogram.of(List.of(complete(1, 0x31, 0, 0, 3_000, false),
                complete(2, 0x31, 0, 0, 30_000, false), accepted(3, 0x31, 0, 0, Outcome.NEVER_EOI)));
        assertThat(all.measured()).isEqualTo(2);
        assertThat(all.allFromAcceptance()).isTrue();
        assertThat(all.measure()).isEqualTo("accept→EOI");
        assertThat(all.count(2)).isEqualTo(1);
        assertThat(all.count(5)).isEqualTo(1);
        LatencyHistogram mixed = LatencyHistogram.of(List.of(complete(1, 0x31, 0, 0, 3_000, false),
                complete(2, 0x31, 0, 0, 3_000, true)));
        assertThat(mixed.measure()).startsWith("inject→EOI").contains("accept→EOI for 1 of 2");
    }

    @Test
    void theLogKeepsTheNewestAndCountsEverything() {
        JourneyLog log = new JourneyLog(3);
        for (int i = 1; i <= 5; i++) {
            log.add(complete(i, 0x30 + i, 0, i * MS, 1_000, true), i * S);
        }
        assertThat(log.recent()).extracting(Journey::id).containsExactly(3L, 4L, 5L);
        assertThat(log.total()).isEqualTo(5);
        assertThat(log.heardSince(4 * S)).extracting(Journey::id).containsExactly(4L, 5L);
        log.lost(new TraceLoss(1, 7, "page"));
        log.lost(new TraceLoss(0, 0, "page"));
        assertThat(log.lostEvents()).isEqualTo(7);
        assertThat(log.lossReports()).isEqualTo(2);
        log.clear();
        assertThat(log.recent()).isEmpty();
        assertThat(log.total()).isZero();
        assertThat(log.lostEvents()).isZero();
        assertThatThrownBy(() -> new JourneyLog(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void statsCountPerVectorAndPerVcpuInTheWindowOnly() {
        JourneyLog log = new JourneyLog(100);
        log.add(complete(1, 0x31, 0, 0, 1_000, true), 1 * S);
        log.add(complete(2, 0x31, 1, 0, 1_000, true), 20 * S);
        log.add(complete(3, 0x31, 1, 0, 1_000, true), 21 * S);
        log.add(complete(4, 0x41, 0, 0, 100 * MS, true), 22 * S);
        log.add(accepted(5, 0x51, 1, 0, Outcome.NEVER_EOI), 23 * S);
        log.lost(new TraceLoss(0, 12, "stats"));
        JourneyStats stats = log.stats(10 * S, 25 * S);
        assertThat(stats.journeys()).isEqualTo(4);
        assertThat(stats.perVector()).containsExactly(java.util.Map.entry(0x31, 2L), java.util.Map.entry(0x41, 1L),
                java.util.Map.entry(0x51, 1L));
        assertThat(stats.perVcpu()).containsExactly(java.util.Map.entry(0, 1L), java.util.Map.entry(1, 3L));
        assertThat(stats.rate(2)).isEqualTo(0.2);
        assertThat(stats.latency().measured()).isEqualTo(3);
        assertThat(stats.latency().count(LatencyHistogram.bucket(100 * MS))).isEqualTo(1);
        assertThat(stats.total()).isEqualTo(5);
        assertThat(stats.lostEvents()).isEqualTo(12);
        assertThat(stats.lossReports()).isEqualTo(1);
    }

    @Test
    void anEoiThatNeverCameIsOneFindingPerVectorAndApic() {
        long now = 100 * S;
        List<Finding> findings = JourneyFindings.eoiNeverCame(
                List.of(accepted(1, 0x31, 2, 0, Outcome.NEVER_EOI), accepted(2, 0x31, 2, S, Outcome.NEVER_EOI),
                        complete(3, 0x31, 2, 0, 1_000, true), accepted(4, 0x41, 0, 0, Outcome.NEVER_ACCEPTED)),
                List.of(accepted(5, 0x51, 1, now - 3 * S, Outcome.OPEN),
                        accepted(6, 0x61, 1, now - 500 * MS, Outcome.OPEN)),
                now, S);
        assertThat(findings).hasSize(2);
        assertThat(findings).extracting(Finding::element).containsExactly(Element.vcpu(1), Element.vcpu(2));
        assertThat(findings.get(0).ruleId()).isEqualTo(JourneyFindings.EOI_NEVER_CAME);
        assertThat(findings.get(0).explanation()).startsWith("EOI never came for vector 0x51 on APIC 1")
                .contains("from kernel events").contains("journey #5 accepted it 3.0 s ago");
        assertThat(findings.get(1).explanation()).startsWith("EOI never came for vector 0x31 on APIC 2")
                .contains("2 journeys ended without one, the latest #2");
    }

    @Test
    void anEoiFromTheOtherDestinationDoesNotCountForThisOne() {
        List<Hop> hops = List.of(new Hop(Stage.RAISED, 0, 0, 1, -1, "IPI"), new Hop(Stage.ACCEPTED, 10, 0, 1, 0, ""),
                new Hop(Stage.ACCEPTED, 20, 0, 1, 1, ""), new Hop(Stage.EOI, 30, 0, 1, 0, ""));
        Journey j = new Journey(1, Origin.IPI, "IPI", -1, 0xfd, List.of(0, 1), hops, Outcome.NEVER_EOI, "", false,
                false);
        assertThat(JourneyFindings.eoiNeverCame(List.of(j), List.of(), 0, S)).extracting(Finding::element)
                .containsExactly(Element.vcpu(1));
    }
}
