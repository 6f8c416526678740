// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

import java.util.Set;
import java.util.function.Consumer;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;

/**
 * One machine under inspection. A target declares what it can do; every operation it cannot do fails with
 * {@link TargetException.Kind#NOT_SUPPORTED} and a reason. Implementations are thread-safe: reads may come from a
 * poller while a command runs.
 */
public interface Target extends AutoCloseable {

    /** The URI this target was opened with ({@code soft:power9?mode=xive&vcpus=4}, {@code qmp:/run/vm.sock}). */
    String uri();

    /** A short human name for lists and titles. */
    String displayName();

    Set<TargetCapability> capabilities();

    /** Reads the whole interrupt state. Never returns a half-read state: on failure it throws. */
    MachineState read() throws TargetException;

    default InjectionResult inject(Injection injection) throws TargetException {
        throw TargetException.notSupported(this, "inject", "it is read-only");
    }

    default void configure(SourceConfiguration configuration) throws TargetException {
        throw TargetException.notSupported(this, "configure sources", "it is read-only");
    }

    /** Sets a vCPU's presenter priority: XICS/XIVE CPPR, or the LAPIC TPR. */
    default void setPresenterPriority(int vcpu, int value) throws TargetException {
        throw TargetException.notSupported(this, "set CPPR/TPR", "it is read-only");
    }

    /** Switches between XICS and XIVE; returns a description of what happened, one line per step. */
    default java.util.List<String> flip(InterruptMode to) throws TargetException {
        throw TargetException.notSupported(this, "flip the interrupt mode",
                "the mode is negotiated by the guest at boot and no command exists to change it from outside");
    }

    /** Runs up to {@code hops} routing hops; returns the events that happened. */
    default java.util.List<RouteEvent> step(int hops) throws TargetException {
        throw TargetException.notSupported(this, "step", "it does not run one hop at a time");
    }

    /** Lets the guest run for a while (a software guest advances its model; a real one just runs). */
    default void runGuest(long millis) throws TargetException {
        throw TargetException.notSupported(this, "run the guest", "it has no guest under irqscope's control");
    }

    default void pause() throws TargetException {
        throw TargetException.notSupported(this, "pause", "it cannot pause its vCPUs");
    }

    default void resume() throws TargetException {
        throw TargetException.notSupported(this, "resume", "it cannot pause its vCPUs");
    }

    /**
     * The host process and vCPU threads of this target's VM, for tracing the host kernel's KVM events; empty for a
     * target that is not a KVM guest on this host (a software model, a file).
     */
    default java.util.Optional<VmThreads> vmThreads() throws TargetException {
        return java.util.Optional.empty();
    }

    /** Subscribes to routing events; returns a handle that unsubscribes. */
    default AutoCloseable addRouteListener(Consumer<RouteEvent> listener) {
        return () -> {
        };
    }

    @Override
    void close();
}
