// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irqscope.core.explain.Fixtures.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.VectorSet;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DiagnosticsTest {

    /** One rule's pair of fixtures: the last state is the current one, the ones before it its history. */
    record Case(String ruleId, Element element, Supplier<List<MachineState>> fires,
            Supplier<List<MachineState>> quiet) {
        @Override
        public String toString() {
            return ruleId;
        }
    }

    private static final int S = 0x1300;

    private static MachineState xiveOne(int pq, int cppr, int ipb, int nsr, Integer... window) {
        return xive(end(0, 6, window)).source(xiveSource(S, SourceKind.MSI, 0, 6, pq).build())
                .vcpu(thread(0, RunState.RUNNING, nsr, cppr, ipb)).build();
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("xive.pq-off-while-routed", Element.source(S),
                        () -> List.of(xiveOne(1, 0xff, 0, 0)),
                        () -> List.of(xive(end(0, 6)).source(xiveUnused(S).build()).vcpu(openThread(0)).build())),
                new Case("xive.eas-masked-pq-set", Element.source(S),
                        () -> List.of(xive(end(0, 6)).source(xiveSource(S, SourceKind.MSI, 0, 0xff, 2).endIndex(-1)
                                .build()).vcpu(openThread(0)).build()),
                        () -> List.of(xive(end(0, 6)).source(xiveSource(S, SourceKind.MSI, 0, 0xff, 1).endIndex(-1)
                                .build()).vcpu(openThread(0)).build())),
                new Case("xive.pq-stuck-11", Element.source(S),
                        () -> List.of(xiveOne(3, 6, 0, 0), xiveOne(3, 6, 0, 0)),
                        () -> List.of(xiveOne(2, 6, 0, 0), xiveOne(3, 6, 0, 0))),
                new Case("xive.q-without-queued-event", Element.source(S),
                        () -> List.of(xiveOne(3, 0xff, 0, 0, 0x8000_0999)),
                        () -> List.of(xiveOne(3, 0xff, 0, 0, 0x8000_0000 | S))),
                new Case("xive.end-missing", Element.source(S),
                        () -> List.of(xive(end(0, 6)).source(xiveSource(S, SourceKind.MSI, 1, 6, 0).build())
                                .vcpu(openThread(0)).vcpu(openThread(1)).build()),
                        () -> List.of(xiveOne(0, 0xff, 0, 0))),
                new Case("xive.ipb-without-nsr", Element.vcpu(0),
                        () -> List.of(xiveOne(2, 0xff, 0x02, 0)),
                        () -> List.of(xiveOne(2, 0xff, 0x02, 0x80))),
                new Case("presenter.priority-masks-pending", Element.vcpu(0),
                        () -> List.of(xiveOne(2, 5, 0x02, 0)),
                        () -> List.of(xive(end(0, 6), end(0, 5)).source(xiveSource(S, SourceKind.MSI, 0, 6, 2).build())
                                .source(xiveSource(S + 1, SourceKind.MSI, 0, 5, 2).build())
                                .vcpu(thread(0, RunState.RUNNING, 0, 5, 0x02)).build())),
                new Case("xics.queued-without-presented", Element.source(0x1100),
                        () -> List.of(xics().source(xicsMsi(0x1100, 0, 5).queued(true).build()).vcpu(openIcp(0))
                                .build()),
                        () -> List.of(xics().source(xicsMsi(0x1100, 0, 5).queued(true).presented(true).build())
                                .vcpu(openIcp(0)).build())),
                new Case("xics.xisr-held-resend-pending", Element.source(0x1101),
                        () -> List.of(xics().source(xicsMsi(0x1100, 0, 3).presented(true).build())
                                .source(xicsMsi(0x1101, 0, 5).pending(true).build())
                                .vcpu(icp(0, RunState.RUNNING, 0xff, 0xff, 0x1100, 3)).build()),
                        () -> List.of(xics().source(xicsMsi(0x1101, 0, 5).pending(true).build())
                                .vcpu(icp(0, RunState.RUNNING, 0xff, 0xff, 0, 0xff)).build())),
                new Case("xics.ipi-not-presented", Element.vcpu(0),
                        () -> List.of(xics().vcpu(icp(0, RunState.RUNNING, 0xff, 5, 0, 0xff)).build()),
                        () -> List.of(xics().vcpu(icp(0, RunState.RUNNING, 0xff, 5, 2, 5)).build())),
                new Case("xics.ipi-never-accepted", Element.vcpu(0),
                        () -> List.of(xics().vcpu(icp(0, RunState.RUNNING, 0xff, 5, 2, 5)).build(),
                                xics().vcpu(icp(0, RunState.RUNNING, 0xff, 5, 2, 5)).build()),
                        () -> List.of(xics().vcpu(icp(0, RunState.RUNNING, 0xff, 0xff, 0, 0xff)).build(),
                                xics().vcpu(icp(0, RunState.RUNNING, 0xff, 5, 2, 5)).build())),
                new Case("xics.masked-pending", Element.source(0x1100),
                        () -> List.of(xics().source(xicsMsi(0x1100, 0, 0xff).masked(true).savedPriority(5)
                                .pending(true).build()).vcpu(openIcp(0)).build()),
                        () -> List.of(xics().source(xicsMsi(0x1100, 0, 0xff).masked(true).savedPriority(5).build())
                                .vcpu(openIcp(0)).build())),
                new Case("source.lsi-asserted-not-pending", Element.source(0x1200),
                        () -> List.of(xics().source(xicsLsi(0x1200, 0, 5).asserted(true).build()).vcpu(openIcp(0))
                                .build()),
                        () -> List.of(xics().source(xicsLsi(0x1200, 0, 5).asserted(true).pending(true).build())
                                .vcpu(openIcp(0)).build())),
                new Case("source.server-not-vcpu", Element.source(0x1100),
                        () -> List.of(xics().source(xicsMsi(0x1100, 7, 5).build()).vcpu(openIcp(0)).build()),
                        () -> List.of(xics().source(xicsMsi(0x1100, 0, 5).build()).vcpu(openIcp(0)).build())),
                new Case("source.kind-mismatch", Element.source(S),
                        () -> List.of(xive(end(0, 6)).source(xiveSource(S, SourceKind.LSI, 0, 6, 3).build())
                                .vcpu(openThread(0)).build()),
                        () -> List.of(xiveOne(3, 0xff, 0, 0))),
                new Case("vcpu.halted-with-pending-ipi", Element.vcpu(0),
                        () -> List.of(xics().vcpu(icp(0, RunState.HALTED, 0xff, 5, 2, 5)).build()),
                        () -> List.of(xics().vcpu(icp(0, RunState.RUNNING, 0xff, 5, 2, 5)).build())),
                new Case("vcpu.halted-with-deliverable", Element.vcpu(0),
                        () -> List.of(x86().vcpu(lapic(0, RunState.HALTED, SVR_ENABLED, 0, VectorSet.of(0x31),
                                VectorSet.EMPTY)).build()),
                        () -> List.of(x86().vcpu(lapic(0, RunState.HALTED, SVR_ENABLED, 0x40, VectorSet.of(0x31),
                                VectorSet.EMPTY)).build())),
                new Case("lapic.isr-held", Element.vcpu(0),
                        () -> List.of(x86().vcpu(lapic(0, RunState.RUNNING, SVR_ENABLED, 0, VectorSet.of(0x31),
                                VectorSet.of(0x61))).build()),
                        () -> List.of(x86().vcpu(lapic(0, RunState.RUNNING, SVR_ENABLED, 0, VectorSet.of(0x31),
                                VectorSet.of(0x21))).build())),
                new Case("lapic.disabled-with-irr", Element.vcpu(0),
                        () -> List.of(x86().vcpu(lapic(0, RunState.RUNNING, 0xff, 0, VectorSet.of(0x31),
                                VectorSet.EMPTY)).build()),
                        () -> List.of(x86().vcpu(lapic(0, RunState.RUNNING, 0xff, 0, VectorSet.EMPTY,
                                VectorSet.EMPTY)).build())),
                new Case("lapic.spurious-vector", Element.vcpu(0),
                        () -> List.of(x86().vcpu(lapic(0, RunState.RUNNING, 0x10f, 0, VectorSet.EMPTY,
                                VectorSet.EMPTY)).build()),
                        () -> List.of(x86().vcpu(idleLapic(0)).build())),
                new Case("ioapic.remote-irr-stuck", Element.pin(10),
                        () -> List.of(x86(pin(10, 0x3a, 0, true, false, true)).vcpu(idleLapic(0)).build()),
                        () -> List.of(x86(pin(10, 0x3a, 0, true, false, true)).vcpu(lapic(0, RunState.RUNNING,
                                SVR_ENABLED, 0, VectorSet.EMPTY, VectorSet.of(0x3a))).build())),
                new Case("ioapic.reserved-vector", Element.pin(5),
                        () -> List.of(x86(pin(5, 5, 0, false, false, false)).vcpu(idleLapic(0)).build()),
                        () -> List.of(x86(pin(5, 5, 0, false, true, false)).vcpu(idleLapic(0)).build())),
                new Case("ioapic.no-destination", Element.pin(4),
                        () -> List.of(x86(pin(4, 0x31, 3, false, false, false)).vcpu(idleLapic(0)).build()),
                        () -> List.of(x86(pin(4, 0x31, 0, false, false, false)).vcpu(idleLapic(0)).build())));
    }

    private static List<Finding> run(List<MachineState> states, String ruleId) {
        MachineState current = states.get(states.size() - 1);
        List<MachineState> history = states.subList(0, states.size() - 1);
        return Diagnostics.run(current, history).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @ParameterizedTest(name = "{0} fires")
    @MethodSource("cases")
    void ruleFiresOnItsFixture(Case c) {
        List<Finding> found = run(c.fires().get(), c.ruleId());
        assertThat(found).as(c.ruleId()).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.element()).isEqualTo(c.element());
        assertThat(f.explanation()).isNotBlank();
        DiagnosticRule rule = Diagnostics.rule(c.ruleId()).orElseThrow();
        assertThat(f.rule()).isEqualTo(rule.rule()).endsWith(".");
        assertThat(f.severity()).isEqualTo(rule.severity());
    }

    @ParameterizedTest(name = "{0} stays quiet")
    @MethodSource("cases")
    void ruleStaysQuietOnTheNearMiss(Case c) {
        assertThat(run(c.quiet().get(), c.ruleId())).as(c.ruleId()).isEmpty();
    }

    @Test
    void everyRuleHasAPairOfFixturesAndAUniqueId() {
        Set<String> ids = DiagnosticRules.all().stream().map(DiagnosticRule::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(DiagnosticRules.all().size()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(cases().map(Case::ruleId).collect(Collectors.toSet())).isEqualTo(ids);
    }

    @Test
    void findingsAreSortedBySeverity() {
        MachineState m = xics().source(xicsMsi(0x1100, 7, 5).build())
                .source(xicsMsi(0x1101, 0, 0xff).masked(true).savedPriority(5).pending(true).build())
                .vcpu(icp(0, RunState.RUNNING, 0, 0xff, 0, 0xff)).build();
        List<Finding> all = Diagnostics.run(m);
        assertThat(all).extracting(Finding::ruleId)
                .containsExactly("source.server-not-vcpu", "xics.masked-pending");
        assertThat(all).isSortedAccordingTo(Finding.ORDER);
    }

    @Test
    void cpprMaskingOnXicsCountsMfrrAndPendingSources() {
        // CPPR 04; source 0x1100 pending at 05 and MFRR 06: the most favoured pending is 05, not below 04.
        MachineState m = xics().source(xicsMsi(0x1100, 0, 5).pending(true).build())
                .vcpu(icp(0, RunState.RUNNING, 4, 6, 0, 0xff)).build();
        assertThat(run(List.of(m), "presenter.priority-masks-pending")).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("CPPR 04").contains("05"));
        MachineState open = xics().source(xicsMsi(0x1100, 0, 5).pending(true).build())
                .vcpu(icp(0, RunState.RUNNING, 6, 0xff, 0, 0xff)).build();
        assertThat(run(List.of(open), "presenter.priority-masks-pending")).isEmpty();
    }

    @Test
    void tprMaskingOnX86() {
        MachineState m = x86().vcpu(lapic(0, RunState.RUNNING, SVR_ENABLED, 0x40, VectorSet.of(0x31),
                VectorSet.EMPTY)).build();
        assertThat(run(List.of(m), "presenter.priority-masks-pending")).singleElement()
                .satisfies(f -> assertThat(f.fix()).isPresent());
    }

    @Test
    void elcrAndIoapicTriggerModeDisagree() {
        // ELCR bit 3 says level, the IOAPIC entry of pin 3 says edge, and PIC line 3 is open (IMR 0xf7).
        PicState open = new PicState(0, 0, 0, 0xf7, 0, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0xf8);
        MachineState m = x86(pin(3, 0x33, 0, false, false, false)).controller(open).vcpu(idleLapic(0)).build();
        assertThat(run(List.of(m), "source.kind-mismatch")).singleElement()
                .satisfies(f -> assertThat(f.element()).isEqualTo(Element.pin(3)));
        PicState closed = new PicState(0, 0, 0, 0xff, 0, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0x08, 0xf8);
        MachineState quiet = x86(pin(3, 0x33, 0, false, false, false)).controller(closed).vcpu(idleLapic(0))
                .build();
        assertThat(run(List.of(quiet), "source.kind-mismatch")).isEmpty();
    }

    @Test
    void quickFixesIssueTheirTargetCommands() throws Exception {
        RecordingTarget t = new RecordingTarget();
        Finding unmask = run(List.of(xiveOne(1, 0xff, 0, 0)), "xive.pq-off-while-routed").get(0);
        assertThat(unmask.fix()).get().extracting(QuickFix::needs).isEqualTo(TargetCapability.CONFIGURE);
        unmask.fix().orElseThrow().action().apply(t);
        Finding nsr = run(List.of(xiveOne(2, 0xff, 0x02, 0)), "xive.ipb-without-nsr").get(0);
        nsr.fix().orElseThrow().action().apply(t);
        Finding lsi = run(List.of(xics().source(xicsLsi(0x1200, 0, 5).asserted(true).build()).vcpu(openIcp(0))
                .build()), "source.lsi-asserted-not-pending").get(0);
        lsi.fix().orElseThrow().action().apply(t);
        assertThat(t.log).containsExactly("configure 0x1300 masked=Optional[false]", "cppr 0 255",
                "inject 4608 ASSERT");
    }

    /** A target that records what quick fixes ask of it. */
    static final class RecordingTarget implements Target {
        final List<String> log = new ArrayList<>();

        @Override
        public String uri() {
            return "test:recording";
        }

        @Override
        public String displayName() {
            return "recording";
        }

        @Override
        public Set<TargetCapability> capabilities() {
            return Set.of(TargetCapability.values());
        }

        @Override
        public MachineState read() {
            throw new UnsupportedOperationException("not read in these tests");
        }

        @Override
        public void configure(SourceConfiguration c) {
            log.add("configure 0x" + Integer.toHexString(c.source()) + " masked=" + c.masked());
        }

        @Override
        public void setPresenterPriority(int vcpu, int value) {
            log.add("cppr " + vcpu + " " + value);
        }

        @Override
        public InjectionResult inject(Injection i) {
            log.add("inject " + i.source() + " " + i.kind());
            return new InjectionResult(InjectionResult.Outcome.ACCEPTED, 0, "");
        }

        @Override
        public void close() {
        }
    }
}
