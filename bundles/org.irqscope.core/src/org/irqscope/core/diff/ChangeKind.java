// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.diff;

/** What happened to an element between two snapshots. */
public enum ChangeKind {
    ADDED("added"), REMOVED("removed"), CHANGED("changed");

    private final String label;

    ChangeKind(String label) {
        this.label = label;
    }

    /** The word used in reports and JSON. */
    public String label() {
        return label;
    }
}
