// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

/** Where an interrupt from a source ends up, as a route trace judges it from one snapshot. */
public enum Verdict {
    /** Every hop is open: the interrupt reaches (or has reached) the vCPU. */
    DELIVERED("delivered"),
    /** An interrupt is held at one hop and will move on once that hop's condition changes (CPPR, EOI, ...). */
    PENDING("pending"),
    /** The configuration stops any interrupt of this source at one hop. */
    BLOCKED("blocked");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
