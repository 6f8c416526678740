// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.sync;

import org.irqscope.core.state.MachineState;

/**
 * Told once per applied snapshot, after the whole batch, on the thread that applied it: the hook for views that mark
 * themselves dirty once per batch instead of refreshing once per EMF notification.
 */
@FunctionalInterface
public interface ApplyListener {
    /**
     * @param state the snapshot the model now equals
     * @param changedFeatures the number of features changed (= EMF notifications sent), 0 when nothing changed
     */
    void applied(MachineState state, int changedFeatures);
}
