// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.lessons;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.RouteEvent;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;

/**
 * The session's view of a target a lesson runs on: everything goes to the lesson's target, except that the session's
 * poller may not run the guest between reads. A lesson's steps expect the state their commands left (an injected
 * event still in the queue for the next step to acknowledge); a guest that ran between two clicks would take and EOI
 * it first. The session stops asking once this refuses, so the poll only reads.
 */
final class HeldGuestTarget implements Target {
    private final Target lessonTarget;

    HeldGuestTarget(Target lessonTarget) {
        this.lessonTarget = lessonTarget;
    }

    /** The target the lesson's steps run on. */
    Target lessonTarget() {
        return lessonTarget;
    }

    @Override
    public void runGuest(long millis) throws TargetException {
        throw TargetException.notSupported(this, "run the guest between reads",
                "a lesson holds the guest so that its steps see the state the previous step left");
    }

    @Override
    public String uri() {
        return lessonTarget.uri();
    }

    @Override
    public String displayName() {
        return lessonTarget.displayName();
    }

    @Override
    public Set<TargetCapability> capabilities() {
        return lessonTarget.capabilities();
    }

    @Override
    public MachineState read() throws TargetException {
        return lessonTarget.read();
    }

    @Override
    public InjectionResult inject(Injection injection) throws TargetException {
        return lessonTarget.inject(injection);
    }

    @Override
    public void configure(SourceConfiguration configuration) throws TargetException {
        lessonTarget.configure(configuration);
    }

    @Override
    public void setPresenterPriority(int vcpu, int value) throws TargetException {
        lessonTarget.setPresenterPriority(vcpu, value);
    }

    @Override
    public List<String> flip(InterruptMode to) throws TargetException {
        return lessonTarget.flip(to);
    }

    @Override
    public List<RouteEvent> step(int hops) throws TargetException {
        return lessonTarget.step(hops);
    }

    @Override
    public void pause() throws TargetException {
        lessonTarget.pause();
    }

    @Override
    public void resume() throws TargetException {
        lessonTarget.resume();
    }

    @Override
    public AutoCloseable addRouteListener(Consumer<RouteEvent> listener) {
        return lessonTarget.addRouteListener(listener);
    }

    @Override
    public java.util.Optional<org.irqscope.core.target.VmThreads> vmThreads() throws TargetException {
        return lessonTarget.vmThreads();
    }

    @Override
    public void close() {
        lessonTarget.close();
    }
}
