// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

/** Receives what a kernel event trace reconstructs; called on the trace's own thread. */
public interface JourneyListener {

    /** A journey that finished, or that the trace gave up on (its outcome says which). */
    void journey(Journey journey);

    /** The kernel lost events; the journeys open at the time carry {@code nearLoss}. */
    default void lost(TraceLoss loss) {
    }

    /** The trace stopped; {@code reason} is null when it was asked to, else why (the guest exited, ...). */
    default void stopped(String reason) {
    }
}
