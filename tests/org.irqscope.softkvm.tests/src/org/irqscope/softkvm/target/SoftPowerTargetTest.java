// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.RouteEvent;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetUri;
import org.irqscope.softkvm.guest.LinuxGuest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scenarios on the soft target: a Linux-like guest over each device, the flip, the knobs, stepping, validation. */
class SoftPowerTargetTest {
    private final List<SoftPowerTarget> opened = new ArrayList<>();

    private SoftPowerTarget open(String uri) throws TargetException {
        SoftPowerTarget t = (SoftPowerTarget) new SoftPowerTargetProvider().open(TargetUri.parse(uri));
        opened.add(t);
        return t;
    }

    @AfterEach
    void tearDown() {
        opened.forEach(SoftPowerTarget::close);
    }

    private static int[] deviceSources(SoftPowerTarget t) {
        return t.machine().deviceSources().stream().mapToInt(s -> s.number()).toArray();
    }

    /** Injects every device source once (LSIs asserted then deasserted after handling) and runs the guest. */
    private static void injectAll(SoftPowerTarget t) throws TargetException {
        for (var s : t.machine().deviceSources()) {
            t.inject(Injection.of(s.number(), s.lsi() ? Injection.Kind.ASSERT : Injection.Kind.EDGE));
            t.runGuest(1);
            if (s.lsi()) {
                t.inject(Injection.of(s.number(), Injection.Kind.DEASSERT));
            }
        }
        t.runGuest(1);
    }

    @ParameterizedTest(name = "mode={0}")
    @ValueSource(strings = {"xive", "xics", "dual"})
    void everySourceAndIpiIsHandledOnceByTheGuest(String mode) throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=" + mode + "&vcpus=4&sources=8");
        injectAll(t);
        LinuxGuest g = t.machine().guest();
        for (int src : deviceSources(t)) {
            assertThat(g.total(src)).as("source 0x%x", src).isEqualTo(1);
        }
        t.inject(Injection.ipi(2, 4));
        t.runGuest(1);
        // the IPI is XISR 2 under XICS and LISN 2 (vCPU 2's IPI) under XIVE: both count as 2
        assertThat(g.count(2, 2)).isEqualTo(1);
        MachineState s = t.read();
        assertThat(s.mode()).isEqualTo(mode.equals("xics") ? InterruptMode.XICS : InterruptMode.XIVE);
        // everything was EOI'd: no P, no Q anywhere, every presenter idle and open
        for (SourceState src : s.sources()) {
            assertThat(src.presented()).as("source 0x%x presented", src.number()).isFalse();
            assertThat(src.queued()).isFalse();
        }
        s.vcpus().forEach(v -> {
            if (v.presenter() instanceof XicsIcp icp) {
                assertThat(icp).isEqualTo(new XicsIcp(0xff, 0xff, 0, 0xff));
            } else {
                XiveThreadContext tc = (XiveThreadContext) v.presenter();
                assertThat(tc.os().cppr()).isEqualTo(0xff);
                assertThat(tc.os().ipb()).isZero();
                assertThat(tc.os().nsr()).isZero();
            }
        });
        assertThat(s.counters().get("guest.handled")).isEqualTo(deviceSources(t).length + 1L);
    }

    @ParameterizedTest(name = "flip to {0}")
    @ValueSource(strings = {"xics", "xive"})
    void aFlipKeepsEveryConfiguredSourceWorking(String to) throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=dual&vcpus=3&sources=6");
        if (to.equals("xive")) {
            t.flip(InterruptMode.XICS);
        }
        // configure: servers and priorities away from the defaults
        t.configure(new SourceConfiguration(0x1300, OptionalInt.of(3), OptionalInt.of(2), Optional.empty()));
        t.configure(new SourceConfiguration(0x1301, OptionalInt.of(1), OptionalInt.of(1), Optional.empty()));
        t.configure(new SourceConfiguration(0x1200, OptionalInt.of(4), OptionalInt.of(0), Optional.empty()));
        List<String> lines = t.flip(to.equals("xics") ? InterruptMode.XICS : InterruptMode.XIVE);
        assertThat(lines).anyMatch(l -> l.startsWith("deactivate")).anyMatch(l -> l.startsWith("activate"))
                .anyMatch(l -> l.startsWith("restore")).anyMatch(l -> l.startsWith("guest reboots"));
        MachineState s = t.read();
        assertThat(s.mode().label()).isEqualTo(to);
        SourceState moved = s.source(0x1300).orElseThrow();
        assertThat(moved.server()).isEqualTo(2);
        assertThat(moved.priority()).isEqualTo(3);
        assertThat(s.source(0x1200).orElseThrow().priority()).isEqualTo(4);
        injectAll(t);
        LinuxGuest g = t.machine().guest();
        for (int src : deviceSources(t)) {
            assertThat(g.total(src)).as("source 0x%x after the flip", src).isEqualTo(1);
        }
        assertThat(g.count(2, 0x1300)).isEqualTo(1);
        assertThat(g.count(1, 0x1301)).isEqualTo(1);
        // and back again
        t.flip(to.equals("xics") ? InterruptMode.XIVE : InterruptMode.XICS);
        injectAll(t);
        for (int src : deviceSources(t)) {
            assertThat(g.total(src)).as("source 0x%x after flipping back", src).isEqualTo(2);
        }
    }

    @Test
    void xicsPrioritiesAboveSixAreClampedOnTheWayToXive() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=dual&vcpus=2&sources=2");
        t.flip(InterruptMode.XICS);
        t.configure(new SourceConfiguration(0x1300, OptionalInt.of(0x80), OptionalInt.empty(), Optional.empty()));
        t.flip(InterruptMode.XIVE);
        assertThat(t.read().source(0x1300).orElseThrow().priority()).isEqualTo(6);
        assertThat(SpaprMachine.xicsToXive(5)).isEqualTo(5);
        assertThat(SpaprMachine.xicsToXive(7)).isEqualTo(6);
        assertThat(SpaprMachine.xiveToXics(6)).isEqualTo(6);
    }

    @Test
    void aVcpuThatStopsTakingInterruptsEscalatesUnderXive() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=xive&vcpus=2&sources=4");
        t.configure(new SourceConfiguration(0x1300, OptionalInt.empty(), OptionalInt.of(1), Optional.empty()));
        t.machine().guest().setStopped(1, true);
        t.inject(Injection.edge(0x1300));
        t.runGuest(2);
        MachineState s = t.read();
        assertThat(t.machine().vm().xive().thread(1).end(6).escalations()).isEqualTo(1);
        assertThat(s.counters()).containsEntry("soft.xive.escalations", 1L);
        XiveThreadContext tc = (XiveThreadContext) s.vcpu(1).orElseThrow().presenter();
        // the NVT kept the IPB bit of priority 6 (0x02); VP_STATE shows it
        assertThat(tc.os().ipb()).isEqualTo(0x02);
        assertThat(s.source(0x1300).orElseThrow().pq()).isEqualTo(2);
        assertThat(t.machine().guest().total(0x1300)).isZero();
        t.machine().guest().setStopped(1, false);
        t.runGuest(1);
        assertThat(t.machine().guest().count(1, 0x1300)).isEqualTo(1);
        assertThat(t.read().source(0x1300).orElseThrow().pq()).isZero();
    }

    @Test
    void aMaskedEasDropIsCountedNotSilent() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=xive&vcpus=1&sources=1");
        t.configure(new SourceConfiguration(0x1300, OptionalInt.empty(), OptionalInt.empty(), Optional.of(true)));
        t.inject(Injection.edge(0x1300));
        t.runGuest(1);
        MachineState s = t.read();
        assertThat(s.counters()).containsEntry("soft.xive.dropped", 1L);
        assertThat(s.source(0x1300).orElseThrow().masked()).isTrue();
        assertThat(t.machine().guest().total(0x1300)).isZero();
    }

    @Test
    void aForgottenEoiLeavesPSetAndCoalescesLaterTriggers() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=xive&vcpus=1&sources=2");
        t.machine().guest().forgetEoi(0x1301, true);
        t.inject(Injection.edge(0x1301));
        t.runGuest(1);
        t.inject(Injection.edge(0x1301));
        t.runGuest(1);
        assertThat(t.machine().guest().total(0x1301)).isEqualTo(1);
        SourceState s = t.read().source(0x1301).orElseThrow();
        assertThat(s.pq()).isEqualTo(3);
        // the CPPR stays at 6 too: the guest never dropped it
        assertThat(((XiveThreadContext) t.read().vcpu(0).orElseThrow().presenter()).os().cppr()).isEqualTo(6);
    }

    @Test
    void anMsiStormWithASlowHandlerCoalescesInQ() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=xive&vcpus=1&sources=1");
        LinuxGuest g = t.machine().guest();
        g.setSlowEoi(50);
        g.setStorm(0x1300, 20);
        t.runGuest(10);
        g.setStorm(0x1300, 0);
        t.runGuest(10);
        long triggers = t.machine().vm().xive().source(0x1300).triggers();
        // 200 from the device, plus one re-trigger per EOI that found Q set (Linux's xive_do_source_eoi)
        assertThat(triggers - 200).isBetween(1L, g.total(0x1300));
        // a coalesced burst costs one extra delivery, so the handler runs far fewer times than the device fired
        assertThat(g.total(0x1300)).isBetween(2L, 20L);
        assertThat(t.read().source(0x1300).orElseThrow().pq()).isZero();
    }

    @Test
    void underXicsAMaskedSourceIsKeptPendingAndARaisedCpprBlocks() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=xics&vcpus=1&sources=2");
        LinuxGuest g = t.machine().guest();
        g.mask(0x1300, true);
        t.inject(Injection.edge(0x1300));
        t.runGuest(1);
        assertThat(g.total(0x1300)).isZero();
        SourceState s = t.read().source(0x1300).orElseThrow();
        assertThat(s.masked()).isTrue();
        assertThat(s.pending()).isTrue();
        g.mask(0x1300, false);
        t.runGuest(1);
        assertThat(g.total(0x1300)).isEqualTo(1);
        g.setBaseCppr(5);
        t.inject(Injection.edge(0x1301));
        t.runGuest(1);
        assertThat(g.total(0x1301)).isZero();
        assertThat(t.read().vcpu(0).orElseThrow().presenter()).isEqualTo(new XicsIcp(5, 0xff, 0, 0xff));
        g.setBaseCppr(0xff);
        t.runGuest(1);
        assertThat(g.total(0x1301)).isEqualTo(1);
    }

    @Test
    void aSteppedMsiUnderXiveReadsLikeTheArchitecture() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=xive&vcpus=2&sources=4");
        t.pause();
        t.inject(Injection.edge(0x1302));
        List<RouteEvent> trace = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<RouteEvent> hop = t.step(1);
            if (hop.isEmpty()) {
                break;
            }
            trace.addAll(hop);
        }
        List<String> stages = trace.stream().map(RouteEvent::stage).toList();
        assertThat(stages).containsSubsequence("trigger", "eas", "enqueue", "notify", "ack", "guest", "pq", "guest");
        String text = String.join("\n", trace.stream().map(e -> e.stage() + ": " + e.text()).toList());
        assertThat(text).contains("source 0x1302 (MSI) triggers its ESB: PQ 00 → 10, event forwarded to the router")
                .contains("EAS lookup for 0x1302: END 0xe (server 1, priority 6), EISN 0x1302")
                .contains("END 0xe enqueues EISN 0x1302 at index 0 of 16384 with generation 1")
                .contains("NVT 0x401 notified for priority 6: IPB 0x2, PIPR 6, CPPR 0xff: PIPR < CPPR, NSR.EO set")
                .contains("vCPU 1 acknowledges (TIMA load 0x810): returns 0x8006; CPPR := 6")
                .contains("vCPU 1 runs the handler of 0x1302")
                .contains("ESB SET_PQ_00 on 0x1302: PQ 10 → 00")
                .contains("queue empty, CPPR back to 0xff");
        assertThat(trace.get(0).sequence()).isLessThan(trace.get(trace.size() - 1).sequence());
        assertThat(t.step(1)).isEmpty();
        t.resume();
        // the entry sits in the guest's queue page: generation 1 in bit 31, EISN 0x1302; the window ends with it
        var end = t.read().xiveRouter().orElseThrow().ends().stream().filter(e -> e.index() == 0xe).findFirst()
                .orElseThrow();
        assertThat(end.qindex()).isEqualTo(1);
        assertThat(end.window()).hasSize(6).endsWith(0x8000_1302);
    }

    @Test
    void aSeedMakesRunsReproducible() throws TargetException {
        long[] handled = new long[2];
        long[] hops = new long[2];
        for (int i = 0; i < 2; i++) {
            SoftPowerTarget t = open("soft:power9?mode=xive&vcpus=4&sources=4&seed=42");
            t.machine().guest().setIpisPerMs(3);
            t.runGuest(20);
            handled[i] = t.machine().guest().count(1, 1) * 1000 + t.machine().guest().count(3, 3);
            hops[i] = t.machine().hops().sequence();
        }
        assertThat(handled[0]).isEqualTo(handled[1]);
        assertThat(handled[0]).isPositive();
        assertThat(hops[0]).isEqualTo(hops[1]);
    }

    @Test
    void badArgumentsAreRefusedWithInvalidArgumentAndChangeNothing() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=xive&vcpus=2&sources=2");
        MachineState before = t.read();
        assertInvalid(() -> t.inject(Injection.edge(0x1400)), "0x1400");
        assertInvalid(() -> t.inject(Injection.of(0x1300, Injection.Kind.ASSERT)), "MSI");
        assertInvalid(() -> t.inject(Injection.ipi(2, 4)), "vCPU 2");
        assertInvalid(() -> t.configure(new SourceConfiguration(0x1300, OptionalInt.of(7), OptionalInt.empty(),
                Optional.empty())), "priority 7");
        assertInvalid(() -> t.configure(new SourceConfiguration(0x1300, OptionalInt.of(3), OptionalInt.of(9),
                Optional.empty())), "vCPU 9");
        assertInvalid(() -> t.setPresenterPriority(0, 8), "CPPR 8");
        assertInvalid(() -> t.setPresenterPriority(5, 1), "vCPU 5");
        assertInvalid(() -> t.esb(0x1300, "poke"), "poke");
        assertInvalid(() -> t.tima(0, "set-os-pending", 9), "priority 9");
        SoftPowerTarget dual = open("soft:power9?mode=dual&vcpus=1&sources=0");
        assertInvalid(() -> dual.flip(InterruptMode.XIVE), "already");
        MachineState after = t.read();
        assertThat(after.sources()).isEqualTo(before.sources());
        assertThat(after.vcpus()).isEqualTo(before.vcpus());
        assertThatThrownBy(() -> open("soft:power9?mode=xive&vcpus=0")).isInstanceOfSatisfying(
                TargetException.class, e -> assertThat(e.kind()).isEqualTo(TargetException.Kind.INVALID_ARGUMENT));
        assertThatThrownBy(() -> open("soft:power9?mode=xics&colour=red")).hasMessageContaining("colour");
        SoftPowerTarget xics = open("soft:power9?mode=xics&vcpus=1&sources=1");
        assertThat(xics.capabilities()).doesNotContain(TargetCapability.FLIP);
        assertThatThrownBy(() -> xics.flip(InterruptMode.XIVE)).isInstanceOfSatisfying(TargetException.class,
                e -> assertThat(e.kind()).isEqualTo(TargetException.Kind.NOT_SUPPORTED));
        assertInvalid(() -> xics.configure(new SourceConfiguration(0x1300, OptionalInt.of(0x100),
                OptionalInt.empty(), Optional.empty())), "256");
    }

    private interface Call {
        void run() throws TargetException;
    }

    private static void assertInvalid(Call call, String mentions) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(TargetException.class, e -> {
            assertThat(e.kind()).isEqualTo(TargetException.Kind.INVALID_ARGUMENT);
            assertThat(e.getMessage()).contains(mentions);
        });
    }

    @Test
    void rawXiveAccessGoesThroughTheEsbAndTima() throws TargetException {
        SoftPowerTarget t = open("soft:power9?mode=xive&vcpus=1&sources=1");
        t.pause();
        XiveRawAccess.EsbResult r = t.esb(0x1300, "set-pq-01");
        assertThat(r.returned()).isZero();
        assertThat(r.pqText()).isEqualTo("01");
        assertThat(t.esb(0x1300, "trigger").pqAfter()).isEqualTo(1);
        assertThat(t.esb(0x1300, "set-pq-00").returned()).isEqualTo(1);
        t.tima(0, "set-os-pending", 2);
        // priority 2: IPB bit 1 << 5 = 0x20, PIPR 2 < CPPR 0xff: NSR.EO
        assertThat(t.tima(0, "read", 0)).isEqualTo(0x80ff_20ff_ff00_ff02L);
        assertThat(t.tima(0, "ack", 0)).isEqualTo(0x8002);
        t.resume();
    }

    @Test
    void theStepControllerRunsUntilAConditionAndTheFlipIsLogged() throws Exception {
        SoftPowerTarget t = open("soft:power9?mode=dual&vcpus=2&sources=2");
        List<RouteEvent> log = new ArrayList<>();
        try (AutoCloseable sub = t.addRouteListener(log::add)) {
            t.flip(InterruptMode.XICS);
            StepController steps = t.stepper();
            steps.hold();
            t.inject(Injection.edge(0x1300));
            List<RouteEvent> upToPresent = steps.runUntil(() -> t.machine().vm().xics().presenter(1).xisr() != 0, 50);
            assertThat(upToPresent).extracting(RouteEvent::stage).containsExactly("trigger", "present");
            assertThat(t.machine().guest().total(0x1300)).isZero();
            steps.release();
            t.runGuest(1);
            assertThat(t.machine().guest().total(0x1300)).isEqualTo(1);
        }
        assertThat(log).extracting(RouteEvent::stage).contains("flip");
        assertThat(log.stream().filter(e -> e.stage().equals("flip")).map(RouteEvent::text).toList())
                .anyMatch(l -> l.startsWith("deactivate XIVE: close device fd"))
                .anyMatch(l -> l.startsWith("activate XICS: KVM_CREATE_DEVICE(XICS)"));
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).sequence()).isEqualTo(log.get(i - 1).sequence() + 1);
        }
    }
}
