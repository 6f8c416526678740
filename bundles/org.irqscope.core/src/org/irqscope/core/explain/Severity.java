// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

/** How urgent a finding is; findings sort in this order. */
public enum Severity {
    /** An interrupt is lost or can never be delivered as configured. */
    ERROR("error"),
    /** Something is held or inconsistent and will stall the guest if it persists. */
    WARNING("warning"),
    /** Worth knowing; harmless on its own. */
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
