// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/**
 * The per-vCPU interrupt presenter of an architecture. A new architecture adds a record here;
 * consumers switch over the sealed set.
 */
public sealed interface Presenter permits Presenter.None, XicsIcp, XiveThreadContext, LapicState, GicCpuInterface {

    /** A vCPU whose presenter is not connected (or not known to the backend). */
    record None() implements Presenter {
    }

    Presenter NONE = new None();
}
