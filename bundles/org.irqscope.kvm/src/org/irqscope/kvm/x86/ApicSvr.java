// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The LAPIC spurious-interrupt vector register at 0xF0 (ABI fact page §6): spurious vector 7:0, APIC software enable
 * 8, focus-processor checking disabled 9, EOI-broadcast suppression (directed EOI) 12.
 */
public record ApicSvr(int spuriousVector, boolean apicEnabled, boolean focusDisabled,
        boolean eoiBroadcastSuppression) {
    public static final int APIC_ENABLED = 1 << 8;
    public static final int FOCUS_DISABLED = 1 << 9;
    public static final int EOI_BROADCAST_SUPPRESSION = 1 << 12;

    public ApicSvr {
        FieldRange.check("SVR spurious vector", spuriousVector, 0, 0xff);
    }

    public static ApicSvr decode(int reg) {
        return new ApicSvr(reg & 0xff, (reg & APIC_ENABLED) != 0, (reg & FOCUS_DISABLED) != 0,
                (reg & EOI_BROADCAST_SUPPRESSION) != 0);
    }

    public int encode() {
        return spuriousVector | (apicEnabled ? APIC_ENABLED : 0) | (focusDisabled ? FOCUS_DISABLED : 0)
                | (eoiBroadcastSuppression ? EOI_BROADCAST_SUPPRESSION : 0);
    }
}
