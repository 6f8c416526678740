// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.session;

import java.util.List;

import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.target.VmThreads;
import org.irqscope.trace.tracefs.KvmTrace;
import org.irqscope.trace.tracefs.TraceException;

/**
 * A running trace of the host kernel's KVM events as the session sees it: {@link KvmTrace} in the product, a
 * hand-fed one in tests (which need no root and no kernel).
 */
public interface KernelTrace extends AutoCloseable {

    /** Journeys still under way. */
    List<Journey> openJourneys();

    /** What this kernel cannot report, in sentences. */
    List<String> notes();

    /** Stops tracing; the journeys still open reach the listener with how far they got. */
    @Override
    void close();

    /** Starts a trace of one VM. */
    @FunctionalInterface
    interface Starter {
        KernelTrace start(VmThreads scope, JourneyListener listener) throws TraceException;
    }

    /** The real thing: {@link KvmTrace} with its default options. */
    static KernelTrace kvm(VmThreads scope, JourneyListener listener) throws TraceException {
        KvmTrace trace = KvmTrace.start(scope, listener, KvmTrace.Options.defaults());
        return new KernelTrace() {
            @Override
            public List<Journey> openJourneys() {
                return trace.openJourneys();
            }

            @Override
            public List<String> notes() {
                return trace.notes();
            }

            @Override
            public void close() {
                trace.close();
            }
        };
    }
}
