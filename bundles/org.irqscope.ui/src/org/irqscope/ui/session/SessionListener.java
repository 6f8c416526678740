// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.session;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;

/**
 * Hears what a {@link TargetSession} does. Calls come from worker threads (the poll job) or from the UI thread (the
 * timeline); a view never touches widgets here but hands the state to its own coalescing refresh.
 */
public interface SessionListener {

    /** A state is now the one every view shows; {@code before} is the one before it in the history, or null. */
    void stateShown(MachineState shown, MachineState before);

    /** The current target changed (null: none is open). */
    default void targetChanged(Target target) {
    }

    /** Reading or opening failed; the message is for users. Cleared by the next {@link #stateShown}. */
    default void failed(String message) {
    }

    /**
     * The session's journey log changed: journeys arrived or the kernel lost events. Called on the trace's own thread,
     * possibly thousands of times a second: hand it to a coalescing refresh.
     */
    default void journeysChanged() {
    }

    /** Tracing kernel events started, stopped or failed to start ({@link TargetSession#traceFailure()}); any thread. */
    default void traceChanged() {
    }
}
