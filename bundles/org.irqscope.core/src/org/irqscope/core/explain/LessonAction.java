// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;

/**
 * The command of a lesson step: inject, configure, set CPPR, flip, step, run the guest, or just look.
 *
 * @param text the command as the narration shows it ("inject an edge on 0x1300")
 * @param needs the capability the target must have, or null when the step only reads
 * @param run the command
 * @param fits whether a target can run the command at all, beyond the capability: a command of one backend (the x86
 *     sandbox's level pin) on another target that happens to declare the same capability
 * @param unfit why not, when {@code fits} says no ("only the x86 sandbox (kvm:x86) can")
 */
public record LessonAction(String text, TargetCapability needs, TargetAction run, Predicate<Target> fits,
        String unfit) {
    public LessonAction {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(fits, "fits");
        Objects.requireNonNull(unfit, "unfit");
    }

    /** A command any target with the capability can run. */
    public LessonAction(String text, TargetCapability needs, TargetAction run) {
        this(text, needs, run, t -> true, "");
    }

    /** The same command, runnable only on targets that fit; {@code why} completes "TARGET cannot TEXT: ". */
    public LessonAction onlyWhere(Predicate<Target> fit, String why) {
        return new LessonAction(text, needs, run, fit, why);
    }

    /** Only read the state. */
    public static LessonAction observe() {
        return new LessonAction("look at the state", null, t -> {
        });
    }

    public static LessonAction inject(Injection injection, String text) {
        return new LessonAction(text, TargetCapability.INJECT, t -> t.inject(injection));
    }

    public static LessonAction edge(int source) {
        return inject(Injection.edge(source), "trigger source " + RouteTracer.hex(source));
    }

    public static LessonAction ipi(int vcpu, int priority) {
        return inject(Injection.ipi(vcpu, priority), "send an IPI to vCPU " + vcpu + " at priority "
                + RouteTracer.hex2(priority));
    }

    public static LessonAction mask(int source, boolean masked) {
        return new LessonAction((masked ? "mask" : "unmask") + " source " + RouteTracer.hex(source),
                TargetCapability.CONFIGURE, t -> t.configure(new SourceConfiguration(source, OptionalInt.empty(),
                        OptionalInt.empty(), Optional.of(masked))));
    }

    public static LessonAction route(int source, int server, int priority) {
        return new LessonAction("route source " + RouteTracer.hex(source) + " to server " + server + " at priority "
                + priority, TargetCapability.CONFIGURE,
                t -> t.configure(new SourceConfiguration(source,
                        OptionalInt.of(priority), OptionalInt.of(server), Optional.of(false))));
    }

    public static LessonAction cppr(int vcpu, int value) {
        return new LessonAction("set CPPR of vCPU " + vcpu + " to " + RouteTracer.hex2(value),
                TargetCapability.SET_PRESENTER_PRIORITY, t -> t.setPresenterPriority(vcpu, value));
    }

    public static LessonAction flip(InterruptMode to) {
        return new LessonAction("flip the machine to " + to.label(), TargetCapability.FLIP, t -> t.flip(to));
    }

    public static LessonAction step(int hops) {
        return new LessonAction("step " + hops + " hop" + (hops == 1 ? "" : "s"), TargetCapability.STEP,
                t -> t.step(hops));
    }

    public static LessonAction runGuest(long millis) {
        return new LessonAction("let the guest run for " + millis + " ms", null, t -> t.runGuest(millis));
    }
}
