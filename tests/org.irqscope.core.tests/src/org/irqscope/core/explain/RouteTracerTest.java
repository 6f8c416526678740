// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irqscope.core.explain.Fixtures.*;

import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.VectorSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RouteTracerTest {

    private static void assertStops(RouteTrace t, Verdict verdict, int hop, String stage, String reasonPart) {
        assertThat(t.verdict()).as(t.render()).isEqualTo(verdict);
        assertThat(t.blockingHop()).as(t.render()).isEqualTo(hop);
        assertThat(t.hops().get(hop).stage()).isEqualTo(stage);
        assertThat(t.hops().get(hop).ok()).isFalse();
        assertThat(t.reason()).contains(reasonPart);
        assertThat(t.hops().subList(0, hop)).allMatch(RouteHop::ok);
        assertThat(t.hops()).allMatch(h -> !h.rule().isBlank());
    }

    @Nested
    class Xics {
        @Test
        void openPathIsDeliveredThroughFourHops() {
            MachineState m = xics().source(xicsMsi(0x1100, 1, 5).build()).vcpu(openIcp(0)).vcpu(openIcp(1)).build();
            RouteTrace t = RouteTracer.trace(m, 0x1100);
            assertThat(t.verdict()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.blockingHop()).isEqualTo(-1);
            assertThat(t.hops()).extracting(RouteHop::stage).containsExactly("source", "ICS", "ICP 1", "vCPU 1");
            assertThat(t.hops()).allMatch(RouteHop::ok);
            assertThat(t.summary()).startsWith("delivered: ").contains("vCPU 1").contains("05");
        }

        @Test
        void maskedSourceIsBlockedAtTheIcs() {
            MachineState m = xics().source(xicsMsi(0x1101, 0, 0xff).masked(true).savedPriority(5).pending(true)
                    .build()).vcpu(openIcp(0)).build();
            RouteTrace t = RouteTracer.trace(m, 0x1101);
            assertStops(t, Verdict.BLOCKED, 1, "ICS", "masked");
            assertThat(t.reason()).contains("masked-pending");
            assertThat(t.hops().get(1).state()).contains("saved priority 05");
        }

        @Test
        void priorityNotBelowCpprIsBlockedOrPendingAtTheIcp() {
            MachineState idle = xics().source(xicsMsi(0x1102, 0, 5).build())
                    .vcpu(icp(0, RunState.RUNNING, 4, 0xff, 0, 0xff)).build();
            assertStops(RouteTracer.trace(idle, 0x1102), Verdict.BLOCKED, 2, "ICP 0", "not below CPPR 04");

            MachineState waiting = xics().source(xicsMsi(0x1102, 0, 5).pending(true).build())
                    .vcpu(icp(0, RunState.RUNNING, 5, 0xff, 0, 0xff)).build();
            assertStops(RouteTracer.trace(waiting, 0x1102), Verdict.PENDING, 2, "ICP 0", "waits for a resend");
        }

        @Test
        void anIpiAtAMoreFavouredMfrrWins() {
            MachineState m = xics().source(xicsMsi(0x1103, 0, 5).build())
                    .vcpu(icp(0, RunState.RUNNING, 0xff, 3, 2, 3)).build();
            assertStops(RouteTracer.trace(m, 0x1103), Verdict.BLOCKED, 2, "ICP 0", "not below MFRR 03");
        }

        @Test
        void sourceHeldInXisrIsPresented() {
            MachineState m = xics().source(xicsMsi(0x1104, 0, 5).pending(false).presented(true).build())
                    .vcpu(icp(0, RunState.HALTED, 0xff, 0xff, 0x1104, 5)).build();
            RouteTrace t = RouteTracer.trace(m, 0x1104);
            assertThat(t.verdict()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.reason()).contains("XISR").contains("H_XIRR");
            assertThat(t.hops().get(3).state()).contains("wakes");
        }

        @Test
        void acceptedSourceIsInServiceUntilEoi() {
            MachineState m = xics().source(xicsMsi(0x1105, 0, 5).presented(true).build())
                    .vcpu(icp(0, RunState.RUNNING, 5, 0xff, 0, 0xff)).build();
            RouteTrace t = RouteTracer.trace(m, 0x1105);
            assertThat(t.verdict()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.reason()).contains("H_EOI");
        }

        @Test
        void unallocatedNumberInsideTheIcsIsBlockedAtTheSource() {
            MachineState m = xics().source(xicsMsi(0x1100, 0, 5).build()).vcpu(openIcp(0)).build();
            assertStops(RouteTracer.trace(m, 0x1500), Verdict.BLOCKED, 0, "source", "never allocated");
        }

        @Test
        void serverThatIsNoVcpuIsBlockedAtTheIcs() {
            MachineState m = xics().source(xicsMsi(0x1100, 7, 5).build()).vcpu(openIcp(0)).build();
            assertStops(RouteTracer.trace(m, 0x1100), Verdict.BLOCKED, 1, "ICS", "server 7");
        }

        @Test
        void numberOutsideEveryIcsIsAnError() {
            MachineState m = xics().source(xicsMsi(0x1100, 0, 5).build()).source(xicsMsi(0x1200, 0, 5).build())
                    .vcpu(openIcp(0)).build();
            assertThatThrownBy(() -> RouteTracer.trace(m, 0x20)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0x20 (32)").hasMessageContaining("0x1100..0x1200");
        }
    }

    @Nested
    class Xive {
        private MachineState withSource(int pq, int cppr, int ipb, int nsr) {
            return xive(end(0, 6)).source(xiveSource(0x1300, SourceKind.MSI, 0, 6, pq).build())
                    .vcpu(thread(0, RunState.RUNNING, nsr, cppr, ipb)).build();
        }

        @Test
        void readySourceIsDeliveredThroughSixHops() {
            RouteTrace t = RouteTracer.trace(withSource(0, 0xff, 0, 0), 0x1300);
            assertThat(t.verdict()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.hops()).extracting(RouteHop::stage)
                    .containsExactly("source", "ESB", "EAS", "END", "TIMA OS ring 0", "vCPU 0");
            assertThat(t.hops().get(3).state()).contains("EQ 5/16384").contains("^1");
        }

        @Test
        void pqOffDropsTheTrigger() {
            assertStops(RouteTracer.trace(withSource(1, 0xff, 0, 0), 0x1300), Verdict.BLOCKED, 1, "ESB", "PQ=01");
        }

        @Test
        void maskedEasWithPSetLosesTheNotification() {
            MachineState m = xive(end(0, 6)).source(xiveSource(0x1301, SourceKind.MSI, 0, 0xff, 2).endIndex(-1)
                    .build()).vcpu(openThread(0)).build();
            assertStops(RouteTracer.trace(m, 0x1301), Verdict.BLOCKED, 2, "EAS", "no EOI will come");
        }

        @Test
        void easPointingAtAnUnconfiguredEndIsBlocked() {
            MachineState m = xive(end(0, 6)).source(xiveSource(0x1302, SourceKind.MSI, 1, 6, 0).build())
                    .vcpu(openThread(0)).vcpu(openThread(1)).build();
            assertStops(RouteTracer.trace(m, 0x1302), Verdict.BLOCKED, 3, "END", "END 0xe");
        }

        @Test
        void cpprAtThePriorityKeepsItInIpb() {
            assertStops(RouteTracer.trace(withSource(2, 6, 0x02, 0), 0x1300), Verdict.PENDING, 4,
                    "TIMA OS ring 0", "waits in IPB");
            assertStops(RouteTracer.trace(withSource(0, 4, 0, 0), 0x1300), Verdict.BLOCKED, 4,
                    "TIMA OS ring 0", "CPPR 04");
        }

        @Test
        void acknowledgedInterruptIsInService() {
            RouteTrace t = RouteTracer.trace(withSource(2, 6, 0, 0), 0x1300);
            assertThat(t.verdict()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.reason()).contains("acknowledged").contains("EOI");
        }

        @Test
        void signalledInterruptWaitsForTheAck() {
            RouteTrace t = RouteTracer.trace(withSource(2, 0xff, 0x02, 0x80), 0x1300);
            assertThat(t.verdict()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.reason()).contains("signalled");
        }

        @Test
        void pSetWithNothingInIpbIsInFlightOrLost() {
            // PQ 10 says a notification went out, yet IPB has no priority-6 bit and CPPR is open: nothing was taken.
            assertStops(RouteTracer.trace(withSource(2, 0xff, 0, 0), 0x1300), Verdict.PENDING, 4,
                    "TIMA OS ring 0", "in flight or was lost");
        }

        @Test
        void stoppedVcpuBlocksTheLastHop() {
            MachineState m = xive(end(0, 6)).source(xiveSource(0x1300, SourceKind.MSI, 0, 6, 0).build())
                    .vcpu(thread(0, RunState.STOPPED, 0, 0xff, 0)).build();
            assertStops(RouteTracer.trace(m, 0x1300), Verdict.BLOCKED, 5, "vCPU 0", "stopped");
        }

        @Test
        void unknownLisnIsAnError() {
            assertThatThrownBy(() -> RouteTracer.trace(withSource(0, 0xff, 0, 0), 0x1301))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x1301")
                    .hasMessageContaining("0x1300..0x1300");
        }
    }

    @Nested
    class X86 {
        @Test
        void edgePinIsDeliveredToItsPhysicalDestination() {
            MachineState m = x86(pin(4, 0x31, 0, false, false, false)).vcpu(idleLapic(0)).build();
            RouteTrace t = RouteTracer.trace(m, 4);
            assertThat(t.verdict()).as(t.render()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.hops()).extracting(RouteHop::stage)
                    .containsExactly("IOAPIC pin 4", "destination", "LAPIC 0 (vCPU 0)", "vCPU 0");
        }

        @Test
        void maskedPinWithoutPicIsBlocked() {
            MachineState m = x86().vcpu(idleLapic(0)).build();
            assertStops(RouteTracer.trace(m, 9), Verdict.BLOCKED, 0, "IOAPIC pin 9", "masked");
        }

        @Test
        void levelPinWithRemoteIrrWaitsForEoi() {
            MachineState asserted = x86Irr(1 << 10, pin(10, 0x3a, 0, true, false, true)).vcpu(idleLapic(0))
                    .build();
            assertStops(RouteTracer.trace(asserted, 10), Verdict.PENDING, 0, "IOAPIC pin 10", "remote IRR");
            MachineState quiet = x86(pin(10, 0x3a, 0, true, false, true)).vcpu(idleLapic(0)).build();
            assertStops(RouteTracer.trace(quiet, 10), Verdict.BLOCKED, 0, "IOAPIC pin 10", "remote IRR");
        }

        @Test
        void reservedVectorIsBlocked() {
            MachineState m = x86(pin(5, 0x05, 0, false, false, false)).vcpu(idleLapic(0)).build();
            assertStops(RouteTracer.trace(m, 5), Verdict.BLOCKED, 0, "IOAPIC pin 5", "vector 5 is reserved");
        }

        @Test
        void destinationWithoutLapicIsBlocked() {
            MachineState m = x86(pin(4, 0x31, 3, false, false, false)).vcpu(idleLapic(0)).vcpu(idleLapic(1))
                    .build();
            assertStops(RouteTracer.trace(m, 4), Verdict.BLOCKED, 1, "destination", "matches no LAPIC");
        }

        @Test
        void tprClassAboveTheVectorHoldsIt() {
            // TPR 0x40 is class 4; vector 0x31 is class 3, so it may not be dispatched (3 > 4 is false).
            MachineState idle = x86(pin(4, 0x31, 0, false, false, false))
                    .vcpu(lapic(0, RunState.RUNNING, SVR_ENABLED, 0x40, VectorSet.EMPTY, VectorSet.EMPTY)).build();
            assertStops(RouteTracer.trace(idle, 4), Verdict.BLOCKED, 2, "LAPIC 0 (vCPU 0)", "class 3");
            // An in-service 0x61 raises PPR to 0x60: the waiting 0x31 stays in IRR.
            MachineState held = x86(pin(4, 0x31, 0, false, false, false))
                    .vcpu(lapic(0, RunState.RUNNING, SVR_ENABLED, 0, VectorSet.of(0x31), VectorSet.of(0x61)))
                    .build();
            assertStops(RouteTracer.trace(held, 4), Verdict.PENDING, 2, "LAPIC 0 (vCPU 0)", "PPR class 6");
        }

        @Test
        void softwareDisabledLapicDropsFixedInterrupts() {
            MachineState m = x86(pin(4, 0x31, 0, false, false, false))
                    .vcpu(lapic(0, RunState.RUNNING, 0xff, 0, VectorSet.EMPTY, VectorSet.EMPTY)).build();
            assertStops(RouteTracer.trace(m, 4), Verdict.BLOCKED, 2, "LAPIC 0 (vCPU 0)", "software-disabled");
        }

        @Test
        void msiRouteIsTracedByItsGsi() {
            MachineState m = x86().route(new MsiRoute(24, -1, 0, 0xfee01000L, 0x41)).vcpu(idleLapic(0))
                    .vcpu(idleLapic(1)).build();
            RouteTrace t = RouteTracer.trace(m, 24);
            assertThat(t.verdict()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.hops().get(0).stage()).isEqualTo("MSI");
            assertThat(t.hops().get(1).state()).contains("vCPU 1");
        }

        @Test
        void logicalFlatDestinationMatchesTheLdrBit() {
            // Fixture LDR of vCPU 1 is 1 << 25: logical id 0x02 under the flat model (DFR 0xFFFFFFFF).
            MachineState m = x86(new IoapicState.RedirectionEntry(6, 0x39 | 1L << 11 | 0x02L << 56))
                    .vcpu(idleLapic(0)).vcpu(idleLapic(1)).build();
            RouteTrace t = RouteTracer.trace(m, 6);
            assertThat(t.verdict()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.hops().get(2).stage()).isEqualTo("LAPIC 1 (vCPU 1)");
        }

        @Test
        void maskedIoapicPinFallsBackToAnOpenPicLine() {
            PicState master = new PicState(0, 0, 0, 0xfd, 0, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            PicState slave = new PicState(1, 0, 0, 0xff, 0, 0, 0x70, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            MachineState m = x86().controller(master).controller(slave).vcpu(idleLapic(0)).build();
            RouteTrace t = RouteTracer.trace(m, 1);
            assertThat(t.verdict()).as(t.render()).isEqualTo(Verdict.DELIVERED);
            assertThat(t.hops()).extracting(RouteHop::stage)
                    .containsExactly("IOAPIC pin 1", "PIC master line 1", "LINT0 (vCPU 0)", "vCPU 0");
            assertThat(t.reason()).contains("vector 09");
            assertStops(RouteTracer.trace(m, 2), Verdict.BLOCKED, 0, "IOAPIC pin 2", "masked");
        }

        @Test
        void unknownGsiIsAnError() {
            MachineState m = x86().vcpu(idleLapic(0)).build();
            assertThatThrownBy(() -> RouteTracer.trace(m, 40)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("0x28 (40)").hasMessageContaining("0x0..0x17");
        }
    }
}
