// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/** Where the interrupt controller's state lives. */
public enum IrqchipLocation {
    IN_KERNEL("in-kernel"), EMULATED("emulated"), SOFT("soft"), UNKNOWN("unknown");

    private final String label;

    IrqchipLocation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
