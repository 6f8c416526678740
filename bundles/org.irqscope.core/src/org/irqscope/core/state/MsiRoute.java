// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/**
 * A GSI routing entry or a recorded MSI: either an irqchip pin or an MSI address/data pair.
 *
 * @param gsi the GSI, -1 for an MSI signalled directly (KVM_SIGNAL_MSI)
 * @param irqchip for an irqchip route: 0 PIC master, 1 PIC slave, 2 IOAPIC; -1 for MSI
 */
public record MsiRoute(int gsi, int irqchip, int pin, long address, int data) {

    public boolean isMsi() {
        return irqchip < 0;
    }

    /** x86 MSI destination id: address bits 19:12. */
    public int destinationId() {
        return (int) (address >>> 12) & 0xff;
    }

    /** x86 MSI destination mode: address bit 2 (1 = logical). */
    public boolean logicalDestination() {
        return (address & 4) != 0;
    }

    public int vector() {
        return data & 0xff;
    }

    public int deliveryMode() {
        return (data >>> 8) & 7;
    }

    public boolean levelTriggered() {
        return (data & 0x8000) != 0;
    }
}
