// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.derived;

import org.irqscope.model.Ioapic;
import org.irqscope.model.IoapicPin;

/**
 * Fields of a 64-bit IOAPIC redirection-table entry (kvm-interrupt-abi.md section 6, struct kvm_ioapic_state):
 * vector 7:0, delivery mode 10:8, destination mode 11, delivery status 12, polarity 13, remote IRR 14, trigger 15,
 * mask 16, destination 63:56. The model keeps the raw word so reserved bits survive a save and load.
 */
public final class RedirectionEntries {
    private RedirectionEntries() {
    }

    public static int vector(long raw) {
        return (int) (raw & 0xff);
    }

    public static int deliveryMode(long raw) {
        return (int) (raw >>> 8) & 7;
    }

    public static boolean bit(long raw, int bit) {
        return (raw & (1L << bit)) != 0;
    }

    public static int destination(long raw) {
        return (int) (raw >>> 56) & 0xff;
    }

    /** The pin's bit in its IOAPIC's IRR: its input line is asserted. */
    public static boolean inputAsserted(IoapicPin pin) {
        return pin.eContainer() instanceof Ioapic ioapic && pin.getPin() >= 0 && pin.getPin() < 32
                && (ioapic.getIrr() & (1 << pin.getPin())) != 0;
    }
}
