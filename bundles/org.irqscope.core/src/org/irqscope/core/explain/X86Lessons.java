// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.List;
import java.util.Optional;

import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Injection;

/**
 * The x86 lessons, written for the sandbox VM ({@code kvm:x86}). Programming a level-triggered pin and holding the
 * guest's EOI are sandbox commands beyond the generic {@link org.irqscope.core.target.Target} API, so the caller
 * that knows the sandbox passes them in; on a host without /dev/kvm {@link LessonRunner#run(Lesson,
 * org.irqscope.core.target.TargetRegistry, java.util.function.Consumer)} says the lesson's target is unavailable.
 */
public final class X86Lessons {
    /** The IOAPIC pin the lesson uses (a PCI INTx-style GSI above the ISA range). */
    public static final int PIN = 10;
    /** The vector the pin delivers. */
    public static final int VECTOR = 0x3a;
    public static final String TARGET = "kvm:x86?vcpus=1";

    private X86Lessons() {
    }

    /**
     * A level-triggered IOAPIC pin and its remote IRR.
     *
     * @param programLevelPin programs pin {@link #PIN}: vector {@link #VECTOR}, fixed, physical APIC id 0, level,
     *     unmasked
     * @param holdEoi makes the guest keep vector {@link #VECTOR} in service (no EOI)
     * @param releaseEoi lets the guest write the EOI it held
     */
    public static Lesson levelPinRemoteIrr(LessonAction programLevelPin, LessonAction holdEoi,
            LessonAction releaseEoi) {
        return new Lesson("x86-remote-irr", "A level-triggered IOAPIC pin and its remote IRR", TARGET, List.of(
                new LessonStep("Program IOAPIC pin 10 as a level-triggered line delivering vector 0x3a to APIC 0.",
                        programLevelPin, pinIs("level-triggered, unmasked, vector 0x3a, remote IRR clear",
                                e -> e.levelTriggered() && !e.masked() && e.vector() == VECTOR && !e.remoteIrr())),
                new LessonStep("Ask the guest to keep vector 0x3a in service: it will take it but not write EOI.",
                        holdEoi, pinIs("remote IRR clear", e -> !e.remoteIrr())),
                new LessonStep("Raise the line. The IOAPIC sends vector 0x3a once and sets remote IRR: it waits "
                        + "for the EOI before it sends this pin again.",
                        LessonAction.inject(Injection.of(PIN, Injection.Kind.ASSERT), "raise IRQ line 10"),
                        pinIs("remote IRR set", IoapicState.RedirectionEntry::remoteIrr)),
                new LessonStep("Let the guest run: it takes 0x3a (ISR) and, as asked, holds its EOI. The trace "
                        + "shows the pin pending on remote IRR.", LessonAction.runGuest(20),
                        lapic0("vector 0x3a in ISR", l -> l.isr().contains(VECTOR))
                                .and(Expectation.stopsAt(PIN, Verdict.PENDING, "IOAPIC"))),
                new LessonStep("Lower the line. Remote IRR stays set: only the EOI clears it.",
                        LessonAction.inject(Injection.of(PIN, Injection.Kind.DEASSERT), "lower IRQ line 10"),
                        pinIs("remote IRR still set", IoapicState.RedirectionEntry::remoteIrr)),
                new LessonStep("Release the EOI: the LAPIC clears ISR and broadcasts the EOI for 0x3a to the "
                        + "IOAPIC, which clears remote IRR. The pin can fire again.", releaseEoi,
                        pinIs("remote IRR clear", e -> !e.remoteIrr())
                                .and(lapic0("ISR empty of 0x3a", l -> !l.isr().contains(VECTOR)))
                                .and(Expectation.verdict(PIN, Verdict.DELIVERED)))));
    }

    private static Expectation pinIs(String what, java.util.function.Predicate<IoapicState.RedirectionEntry> test) {
        return Expectation.state("IOAPIC pin " + PIN + ": " + what,
                m -> entry(m).map(test::test).orElse(false),
                m -> entry(m).map(e -> "entry 0x" + Long.toHexString(e.raw())).orElse("no IOAPIC"));
    }

    private static Expectation lapic0(String what, java.util.function.Predicate<LapicState> test) {
        return Expectation.state("LAPIC of vCPU 0: " + what,
                m -> lapic(m).map(test::test).orElse(false),
                m -> lapic(m).map(l -> "IRR " + l.irr() + " ISR " + l.isr()).orElse("no LAPIC on vCPU 0"));
    }

    private static Optional<IoapicState.RedirectionEntry> entry(MachineState m) {
        return m.ioapic().filter(io -> io.pins().size() > PIN).map(io -> io.pins().get(PIN));
    }

    private static Optional<LapicState> lapic(MachineState m) {
        return m.vcpu(0).map(v -> v.presenter()).filter(LapicState.class::isInstance).map(LapicState.class::cast);
    }
}
