// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.irqscope.core.explain.Lesson;
import org.irqscope.core.explain.LessonAction;
import org.irqscope.core.explain.X86Lessons;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.sandbox.target.GuestSteering;
import org.irqscope.sandbox.target.SandboxTarget;
import org.irqscope.softkvm.lessons.PowerLessons;

/**
 * Every lesson this product ships: the POWER lessons of the software pseries machine and the x86 lessons, whose
 * sandbox-only steps (programming a level pin, holding the guest's EOI) are supplied here, where the sandbox is known.
 */
final class LessonCatalog {

    private LessonCatalog() {
    }

    static List<Lesson> all() {
        List<Lesson> out = new ArrayList<>(PowerLessons.all());
        out.add(X86Lessons.levelPinRemoteIrr(programLevelPin(), holdEoi(), releaseEoi()));
        return List.copyOf(out);
    }

    static Optional<Lesson> named(String name) {
        return all().stream().filter(l -> l.name().equals(name)).findFirst();
    }

    private static LessonAction programLevelPin() {
        return new LessonAction("program IOAPIC pin " + X86Lessons.PIN + ": vector 0x"
                + Integer.toHexString(X86Lessons.VECTOR) + ", fixed, physical APIC id 0, level, unmasked",
                TargetCapability.CONFIGURE, t -> sandbox(t, "program an IOAPIC pin completely")
                        .configureIoapicPin(X86Lessons.PIN, X86Lessons.VECTOR, 0, true, false));
    }

    private static LessonAction holdEoi() {
        return new LessonAction("make the guest hold the EOI of vector 0x" + Integer.toHexString(X86Lessons.VECTOR),
                TargetCapability.STEER_GUEST, t -> steering(t).holdEoi(X86Lessons.VECTOR));
    }

    private static LessonAction releaseEoi() {
        return new LessonAction("let the guest write the EOI it held", TargetCapability.STEER_GUEST,
                t -> steering(t).releaseEoiHold());
    }

    private static SandboxTarget sandbox(Target t, String what) throws TargetException {
        if (t instanceof SandboxTarget s) {
            return s;
        }
        throw TargetException.notSupported(t, what, "only the x86 sandbox (kvm:x86) can");
    }

    private static GuestSteering steering(Target t) throws TargetException {
        if (t instanceof GuestSteering s) {
            return s;
        }
        throw TargetException.notSupported(t, "steer its guest", "only the x86 sandbox (kvm:x86) runs a guest "
                + "program irqscope controls");
    }
}
