// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.target;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.irqscope.core.target.RouteEvent;
import org.irqscope.softkvm.Agenda;

/**
 * Runs a software machine one hop at a time: a hop is one routing item of the device (trigger, PQ change, EAS
 * lookup, enqueue, notify, reject, resend...) or, when the device has nothing left, one action of the guest (accept,
 * handler, EOI). While stepping the device's agenda is held, so commands leave their routing queued for the next
 * steps; {@link #release()} lets everything settle again.
 */
public final class StepController {
    private final SpaprMachine machine;
    private final Agenda agenda;

    public StepController(SpaprMachine machine) {
        this.machine = machine;
        this.agenda = machine.vm().agenda();
    }

    /** Enters stepping: from now on, routing waits for {@link #step()}. */
    public void hold() {
        synchronized (machine.vm()) {
            agenda.hold(true);
        }
    }

    public boolean holding() {
        synchronized (machine.vm()) {
            return agenda.held();
        }
    }

    /** Leaves stepping and settles whatever routing is queued. */
    public void release() {
        synchronized (machine.vm()) {
            agenda.hold(false);
            agenda.drain();
        }
    }

    /** One hop; the events it produced (empty when the machine is quiescent). */
    public List<RouteEvent> step() {
        synchronized (machine.vm()) {
            List<RouteEvent> out = new ArrayList<>();
            try (AutoCloseable sub = machine.hops()
                    .add((seq, stage, source, vcpu, text) -> out.add(new RouteEvent(seq, stage, source, vcpu, text)))) {
                if (!agenda.runOne()) {
                    machine.guest().step();
                }
            } catch (Exception e) {
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
            return out;
        }
    }

    /** Whether a step would do anything. */
    public boolean quiescent() {
        synchronized (machine.vm()) {
            if (!agenda.isEmpty()) {
                return false;
            }
            for (int cpu = 0; cpu < machine.vcpus(); cpu++) {
                if (machine.guest().handling(cpu) >= 0 && !machine.guest().stopped(cpu)) {
                    return false;
                }
                boolean line = machine.active() == org.irqscope.softkvm.guest.PseriesPlatform.Mode.XICS
                        ? machine.xicsException(cpu)
                        : machine.xiveException(cpu);
                if (line && !machine.guest().stopped(cpu)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Up to {@code hops} hops, stopping early when quiescent; every event produced. */
    public List<RouteEvent> run(int hops) {
        List<RouteEvent> out = new ArrayList<>();
        for (int i = 0; i < hops && !quiescent(); i++) {
            out.addAll(step());
        }
        return out;
    }

    /** Hops until {@code condition} holds (checked before each hop) or {@code maxHops} ran. */
    public List<RouteEvent> runUntil(BooleanSupplier condition, int maxHops) {
        List<RouteEvent> out = new ArrayList<>();
        for (int i = 0; i < maxHops && !condition.getAsBoolean() && !quiescent(); i++) {
            out.addAll(step());
        }
        return out;
    }
}
