// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.kvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irqscope.core.journey.Hop;
import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.Origin;
import org.irqscope.core.journey.Outcome;
import org.irqscope.core.journey.Stage;
import org.irqscope.trace.Fixtures;
import org.junit.jupiter.api.Test;

class JourneyBuilderTest {
    private static final long APP = 100;
    private static final long VCPU0 = 200;
    private static final long VCPU1 = 201;

    private final List<Journey> out = new ArrayList<>();
    private final JourneyBuilder builder = new JourneyBuilder(out::add);

    /** Expected journeys written by hand from the recorded trace.txt. */
    @Test
    void recordedSandboxTraceGivesItsFourJourneys() throws Exception {
        Fixtures.sandboxEvents().forEach(builder::accept);
        builder.finish();

        assertThat(out).hasSize(4);
        Journey first = out.get(0);
        assertThat(first.origin()).isEqualTo(Origin.LINE);
        assertThat(first.gsi()).isEqualTo(4);
        assertThat(first.vector()).isEqualTo(0x31);
        assertThat(first.destinations()).containsExactly(1);
        assertThat(first.outcome()).isEqualTo(Outcome.COMPLETE);
        assertThat(first.hops()).extracting(Hop::stage).containsExactly(Stage.RAISED, Stage.ACCEPTED, Stage.ROUTED,
                Stage.ROUTED, Stage.EOI);
        assertThat(micros(first.hops().get(0).timeNanos())).isEqualTo(12272_366384L);
        assertThat(micros(first.hops().get(4).timeNanos())).isEqualTo(12272_366460L);
        assertThat(first.hops().get(4).thread()).isEqualTo(5662);
        assertThat(first.hops().get(2).detail()).isEqualTo("IOAPIC pin 4 → APIC 1 vector 0x31, edge");
        assertThat(first.injectToEoiNanos().orElseThrow()).isEqualTo(
                first.hops().get(4).timeNanos() - first.hops().get(1).timeNanos()).isBetween(70_000L, 72_000L);
        assertThat(first.latencyFromAcceptance()).isTrue();

        Journey second = out.get(1);
        assertThat(second.gsi()).isEqualTo(4);
        assertThat(second.outcome()).isEqualTo(Outcome.COMPLETE);
        assertThat(micros(second.startNanos())).isEqualTo(12272_388247L);

        Journey ipi = out.get(2);
        assertThat(ipi.origin()).isEqualTo(Origin.IPI);
        assertThat(ipi.vector()).isEqualTo(0x40);
        assertThat(ipi.destinations()).containsExactly(1);
        assertThat(ipi.raisedBy()).isEqualTo("IPI from thread 5661 to APIC 1 vector 0x40");
        assertThat(ipi.outcome()).isEqualTo(Outcome.COMPLETE);

        Journey masked = out.get(3);
        assertThat(masked.gsi()).isEqualTo(5);
        assertThat(masked.outcome()).isEqualTo(Outcome.NEVER_ACCEPTED);
        assertThat(masked.why()).isEqualTo("IOAPIC pin 5 is masked");
        assertThat(masked.vector()).isEqualTo(-1);

        // the sandbox guest writes a second EOI with nothing in service after each interrupt
        assertThat(builder.emptyEois()).isEqualTo(3);
        assertThat(builder.unmatchedEois()).isZero();
    }

    @Test
    void anIpiNamesItsSenderOnceTheVcpuThreadIsKnown() {
        builder.knowVcpuThreads(Map.of(VCPU0, 0, VCPU1, 1));
        builder.accept(new KvmEvent.ApicIpi(10, 0, VCPU0, 0x4040, 1));
        builder.accept(new KvmEvent.ApicAcceptIrq(11, 0, VCPU0, 1, 0, false, 0x40));
        builder.accept(new KvmEvent.InjVirq(15, 1, VCPU1, 0x40, false, false));
        builder.accept(new KvmEvent.Eoi(20, 1, VCPU1, 1, 0x40, false));
        assertThat(out).singleElement().satisfies(j -> {
            assertThat(j.raisedBy()).isEqualTo("IPI from vCPU 0 to APIC 1 vector 0x40");
            assertThat(j.hops()).extracting(Hop::stage).containsExactly(Stage.RAISED, Stage.ACCEPTED,
                    Stage.INJECTED, Stage.EOI);
            assertThat(j.injectToEoiNanos()).contains(5L);
            assertThat(j.latencyFromAcceptance()).isFalse();
        });
    }

    @Test
    void anMsiToTwoLogicalDestinationsCompletesWhenBothEoi() {
        long address = 0xfee03004L; // logical destination 0x03
        builder.accept(new KvmEvent.MsiSetIrq(10, 0, APP, address, 0x41));
        builder.accept(new KvmEvent.ApicAcceptIrq(11, 0, APP, 0, 0, false, 0x41));
        builder.accept(new KvmEvent.ApicAcceptIrq(12, 0, APP, 1, 0, false, 0x41));
        builder.accept(new KvmEvent.Eoi(20, 1, VCPU0, 0, 0x41, false));
        assertThat(out).isEmpty();
        builder.accept(new KvmEvent.Eoi(22, 1, VCPU1, 1, 0x41, false));
        assertThat(out).singleElement().satisfies(j -> {
            assertThat(j.origin()).isEqualTo(Origin.MSI);
            assertThat(j.raisedBy()).isEqualTo("MSI address 0xfee03004 data 0x41 (logical 0x3, vector 0x41)");
            assertThat(j.destinations()).containsExactly(0, 1);
            assertThat(j.outcome()).isEqualTo(Outcome.COMPLETE);
        });
    }

    @Test
    void aLevelPinCompletesOnlyWhenTheIoapicSeesTheAck() {
        long level = 0x31L | (1L << 15) | (1L << 56);
        builder.accept(new KvmEvent.SetIrq(10, 0, APP, 10, 1, 0));
        builder.accept(new KvmEvent.ApicAcceptIrq(11, 0, APP, 1, 0, true, 0x31));
        builder.accept(new KvmEvent.IoapicSetIrq(12, 0, APP, 10, level, false));
        builder.accept(new KvmEvent.Eoi(20, 1, VCPU1, 1, 0x31, false));
        assertThat(out).isEmpty();
        builder.accept(new KvmEvent.AckIrq(21, 1, VCPU1, 2, 10));
        assertThat(out).singleElement().satisfies(j -> {
            assertThat(j.outcome()).isEqualTo(Outcome.COMPLETE);
            assertThat(j.last(Stage.ACKNOWLEDGED)).isPresent();
            assertThat(j.why()).contains("level pin was acknowledged");
        });
    }

    @Test
    void aStillAssertedLevelLineReDeliveredAtEoiIsItsOwnJourney() {
        long level = 0x31L | (1L << 15) | (1L << 56);
        builder.accept(new KvmEvent.SetIrq(10, 0, APP, 10, 1, 0));
        builder.accept(new KvmEvent.ApicAcceptIrq(11, 0, APP, 1, 0, true, 0x31));
        builder.accept(new KvmEvent.IoapicSetIrq(12, 0, APP, 10, level, false));
        builder.accept(new KvmEvent.Eoi(20, 1, VCPU1, 1, 0x31, false));
        builder.accept(new KvmEvent.AckIrq(21, 1, VCPU1, 2, 10));
        // the line is still high: the IOAPIC services the pin again from the EOI path, in the vCPU's thread
        builder.accept(new KvmEvent.ApicAcceptIrq(22, 1, VCPU1, 1, 0, true, 0x31));
        builder.accept(new KvmEvent.IoapicSetIrq(23, 1, VCPU1, 10, level, false));
        builder.finish();
        assertThat(out).hasSize(2);
        assertThat(out.get(1).origin()).isEqualTo(Origin.LINE);
        assertThat(out.get(1).raisedBy()).isEqualTo("IOAPIC pin 10 re-delivered (line still asserted)");
        assertThat(out.get(1).outcome()).isEqualTo(Outcome.NEVER_EOI);
        assertThat(out.get(1).why()).contains("no EOI came before the trace ended");
    }

    @Test
    void acceptedButNeverEoidIsReportedAtTheEndAndOpenBefore() {
        builder.accept(new KvmEvent.MsiSetIrq(10, 0, APP, 0xfee01000L, 0x45));
        builder.accept(new KvmEvent.ApicAcceptIrq(11, 0, APP, 1, 0, false, 0x45));
        assertThat(builder.openJourneys()).singleElement().satisfies(j -> {
            assertThat(j.outcome()).isEqualTo(Outcome.OPEN);
            assertThat(j.why()).isEqualTo("waiting for the EOI of vector 0x45 on APIC [1]");
        });
        builder.finish();
        assertThat(out).singleElement().satisfies(j -> assertThat(j.outcome()).isEqualTo(Outcome.NEVER_EOI));
    }

    @Test
    void anAcceptanceWithoutARaiseIsUntracedAndALossMarksOpenJourneys() {
        builder.accept(new KvmEvent.ApicAcceptIrq(11, 0, VCPU0, 0, 0, false, 0xec)); // e.g. the LAPIC timer
        builder.lost();
        builder.accept(new KvmEvent.Eoi(20, 0, VCPU0, 0, 0xec, false));
        assertThat(out).singleElement().satisfies(j -> {
            assertThat(j.origin()).isEqualTo(Origin.UNTRACED);
            assertThat(j.outcome()).isEqualTo(Outcome.COMPLETE);
            assertThat(j.nearLoss()).isTrue();
        });
    }

    @Test
    void aCoalescedEdgeIsNeverAcceptedAndSaysWhy() {
        builder.accept(new KvmEvent.SetIrq(10, 0, APP, 4, 1, 0));
        builder.accept(new KvmEvent.IoapicSetIrq(12, 0, APP, 4, 0x31L | (1L << 56), true));
        builder.accept(new KvmEvent.SetIrq(13, 0, APP, 4, 0, 0));
        assertThat(out).singleElement().satisfies(j -> {
            assertThat(j.outcome()).isEqualTo(Outcome.NEVER_ACCEPTED);
            assertThat(j.coalesced()).isTrue();
            assertThat(j.why()).contains("coalesced");
        });
    }

    @Test
    void eoisNoJourneyExplainsAreCountedNotInvented() {
        builder.accept(new KvmEvent.Eoi(20, 0, VCPU0, 0, 0x33, false));
        builder.accept(new KvmEvent.Eoi(21, 0, VCPU0, 0, -1, false));
        builder.finish();
        assertThat(out).isEmpty();
        assertThat(builder.unmatchedEois()).isEqualTo(1);
        assertThat(builder.emptyEois()).isEqualTo(1);
    }

    /** As recorded from SeaBIOS under QEMU/KVM: the in-kernel PIT ticks through PIC master pin 0 (ExtINT). */
    @Test
    void aPicDeliveryCompletesWhenTheGuestAcknowledgesItAtThePic() {
        long pit = 300;
        builder.accept(new KvmEvent.SetIrq(10, 1, pit, 0, 1, 2));
        builder.accept(new KvmEvent.PicSetIrq(11, 1, pit, 0, 0, 0, 0, false));
        builder.accept(new KvmEvent.IoapicSetIrq(12, 1, pit, 2, 1L << 16, false));
        builder.accept(new KvmEvent.SetIrq(13, 1, pit, 0, 0, 2));
        assertThat(out).isEmpty();
        builder.accept(new KvmEvent.AckIrq(40, 0, VCPU0, 0, 0));
        assertThat(out).singleElement().satisfies(j -> {
            assertThat(j.outcome()).isEqualTo(Outcome.COMPLETE);
            assertThat(j.destinations()).isEmpty();
            assertThat(j.hops()).extracting(Hop::stage).containsExactly(Stage.RAISED, Stage.ROUTED, Stage.ROUTED,
                    Stage.ACKNOWLEDGED);
            assertThat(j.why()).isEqualTo("delivered through PIC master pin 0 (ExtINT) and acknowledged there by the "
                    + "guest");
        });
        builder.accept(new KvmEvent.SetIrq(50, 1, pit, 0, 1, 2));
        builder.accept(new KvmEvent.PicSetIrq(51, 1, pit, 0, 0, 0, 0, false));
        builder.finish();
        assertThat(out.get(1).outcome()).isEqualTo(Outcome.NEVER_ACCEPTED);
        assertThat(out.get(1).why()).contains("never acknowledged it at the PIC");
    }

    /** As the kernel prints them: microseconds rounded to nearest. */
    private static long micros(long nanos) {
        return (nanos + 500) / 1000;
    }
}
