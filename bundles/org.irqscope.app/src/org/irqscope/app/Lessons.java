// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.explain.Lesson;
import org.irqscope.core.explain.LessonAction;
import org.irqscope.core.explain.LessonCatalog;
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
 * The CLI ({@code irqscope lesson}) reads {@link #all()}; the workbench's lessons panel reads the
 * {@link LessonCatalog} that {@link #registerAll()} fills at start, since the ui bundle cannot see this one.
 */
public final class Lessons {
    private static final String SANDBOX_ONLY = "only the x86 sandbox (kvm:x86) can";
    private static final String SANDBOX_GUEST_ONLY = "only the x86 sandbox (kvm:x86) runs a guest program irqscope "
            + "controls";

    private Lessons() {
    }

    /** The product's lessons in teaching order. */
    public static List<Lesson> all() {
        List<Lesson> out = new ArrayList<>(PowerLessons.all());
        out.add(X86Lessons.levelPinRemoteIrr(programLevelPin(), holdEoi(), releaseEoi()));
        return List.copyOf(out);
    }

    /** Registers every lesson of {@link #all()} in the process's catalog. */
    public static LessonCatalog registerAll() {
        LessonCatalog catalog = LessonCatalog.shared();
        catalog.registerAll(all());
        return catalog;
    }

    private static LessonAction programLevelPin() {
        return new LessonAction("program IOAPIC pin " + X86Lessons.PIN + ": vector 0x"
                + Integer.toHexString(X86Lessons.VECTOR) + ", fixed, physical APIC id 0, level, unmasked",
                TargetCapability.CONFIGURE, t -> sandbox(t, "program an IOAPIC pin completely")
                        .configureIoapicPin(X86Lessons.PIN, X86Lessons.VECTOR, 0, true, false))
                .onlyWhere(SandboxTarget.class::isInstance, SANDBOX_ONLY);
    }

    private static LessonAction holdEoi() {
        return new LessonAction("make the guest hold the EOI of vector 0x" + Integer.toHexString(X86Lessons.VECTOR),
                TargetCapability.STEER_GUEST, t -> steering(t).holdEoi(X86Lessons.VECTOR))
                .onlyWhere(GuestSteering.class::isInstance, SANDBOX_GUEST_ONLY);
    }

    private static LessonAction releaseEoi() {
        return new LessonAction("let the guest write the EOI it held", TargetCapability.STEER_GUEST,
                t -> steering(t).releaseEoiHold()).onlyWhere(GuestSteering.class::isInstance, SANDBOX_GUEST_ONLY);
    }

    private static SandboxTarget sandbox(Target t, String what) throws TargetException {
        if (t instanceof SandboxTarget s) {
            return s;
        }
        throw TargetException.notSupported(t, what, SANDBOX_ONLY);
    }

    private static GuestSteering steering(Target t) throws TargetException {
        if (t instanceof GuestSteering s) {
            return s;
        }
        throw TargetException.notSupported(t, "steer its guest", SANDBOX_GUEST_ONLY);
    }
}
