// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/** Run state of a vCPU as the backend last saw it. */
public enum RunState {
    RUNNING("running"), HALTED("halted"), PAUSED("paused"), STOPPED("stopped"), UNKNOWN("unknown");

    private final String label;

    RunState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
