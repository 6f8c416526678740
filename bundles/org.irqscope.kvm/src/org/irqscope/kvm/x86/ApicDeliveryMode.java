// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The 3-bit x86 interrupt delivery mode shared by IOAPIC redirection entries, LAPIC LVT entries, the ICR and MSI data
 * (bits 10:8 in all of them; ABI fact page §6). Values from the Intel SDM / IOAPIC datasheet: 0 fixed, 1 lowest
 * priority, 2 SMI, 4 NMI, 5 INIT, 6 start-up (ICR only), 7 ExtINT; 3 is reserved.
 */
public enum ApicDeliveryMode {
    FIXED, LOWEST_PRIORITY, SMI, RESERVED_3, NMI, INIT, STARTUP, EXTINT;

    /** The 3-bit code. */
    public int code() {
        return ordinal();
    }

    public static ApicDeliveryMode of(int code) {
        FieldRange.check("delivery mode", code, 0, 7);
        return values()[code];
    }
}
