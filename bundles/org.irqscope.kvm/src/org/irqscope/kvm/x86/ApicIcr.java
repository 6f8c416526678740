// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The LAPIC interrupt command register as KVM_GET_LAPIC presents it, low word at 0x300 and high word at 0x310 (ABI
 * fact page §6; in x2APIC mode KVM splits its 64-bit ICR the same way). Low: vector 7:0, delivery mode 10:8,
 * destination mode 11 (1 = logical), delivery status 12 (busy), level 14 (assert), trigger 15 (1 = level),
 * shorthand 19:18 (0 none, 1 self, 2 all including self, 3 all excluding self). High: the destination (xAPIC: bits
 * 31:24; x2APIC: all 32 bits).
 */
public record ApicIcr(int vector, ApicDeliveryMode deliveryMode, boolean destLogical, boolean busy,
        boolean levelAssert, boolean levelTriggered, int shorthand, int high) {
    public static final int DEST_LOGICAL = 1 << 11;
    public static final int BUSY = 1 << 12;
    public static final int LEVEL_ASSERT = 1 << 14;
    public static final int TRIGGER_LEVEL = 1 << 15;
    public static final int SHORTHAND_SHIFT = 18;
    public static final int SHORTHAND_NONE = 0;
    public static final int SHORTHAND_SELF = 1;
    public static final int SHORTHAND_ALL_INCLUDING_SELF = 2;
    public static final int SHORTHAND_ALL_EXCLUDING_SELF = 3;

    public ApicIcr {
        FieldRange.check("ICR vector", vector, 0, 0xff);
        FieldRange.check("ICR shorthand", shorthand, 0, 3);
        if (deliveryMode == null) {
            throw new IllegalArgumentException("ICR delivery mode must not be null");
        }
    }

    public static ApicIcr decode(int low, int high) {
        return new ApicIcr(low & 0xff, ApicDeliveryMode.of(low >>> 8 & 7), (low & DEST_LOGICAL) != 0,
                (low & BUSY) != 0, (low & LEVEL_ASSERT) != 0, (low & TRIGGER_LEVEL) != 0, low >>> SHORTHAND_SHIFT & 3,
                high);
    }

    /** The low word (0x300). */
    public int low() {
        return vector | deliveryMode.code() << 8 | (destLogical ? DEST_LOGICAL : 0) | (busy ? BUSY : 0)
                | (levelAssert ? LEVEL_ASSERT : 0) | (levelTriggered ? TRIGGER_LEVEL : 0)
                | shorthand << SHORTHAND_SHIFT;
    }

    /** The xAPIC destination field: bits 31:24 of the high word. */
    public int xapicDestination() {
        return high >>> 24;
    }
}
