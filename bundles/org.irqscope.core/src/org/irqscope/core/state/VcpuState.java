// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import java.util.Map;

/**
 * One vCPU: its run state, its interrupt presenter and any per-vCPU counters the backend has
 * (e.g. guest-counted interrupts per vector: "vector.32" → 17).
 */
public record VcpuState(int id, RunState runState, Presenter presenter, Map<String, Long> counters) {
    public VcpuState {
        if (id < 0) {
            throw new IllegalArgumentException("vCPU id " + id + " is negative");
        }
        counters = Map.copyOf(counters);
    }

    public VcpuState(int id, RunState runState, Presenter presenter) {
        this(id, runState, presenter, Map.of());
    }
}
