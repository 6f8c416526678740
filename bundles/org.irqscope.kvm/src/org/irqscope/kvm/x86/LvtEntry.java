// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import org.irqscope.kvm.internal.FieldRange;

/**
 * A LAPIC local vector table entry (ABI fact page §6): vector 7:0, delivery mode 10:8, delivery status 12, polarity
 * 13 (1 = active low), remote IRR 14, trigger 15 (1 = level), mask 16, timer mode 18:17 (LVT Timer only: 0 one-shot,
 * 1 periodic, 2 TSC-deadline). Not every field exists in every LVT; undefined bits read as 0.
 */
public record LvtEntry(int vector, ApicDeliveryMode deliveryMode, boolean deliveryPending, boolean activeLow,
        boolean remoteIrr, boolean levelTriggered, boolean masked, int timerMode) {
    public static final int VECTOR_MASK = 0xff;
    public static final int DELIVERY_MODE_SHIFT = 8;
    public static final int DELIVERY_STATUS = 1 << 12;
    public static final int POLARITY = 1 << 13;
    public static final int REMOTE_IRR = 1 << 14;
    public static final int TRIGGER = 1 << 15;
    /** {@code APIC_LVT_MASKED}. */
    public static final int MASKED = 1 << 16;
    public static final int TIMER_MODE_SHIFT = 17;
    public static final int TIMER_ONE_SHOT = 0;
    public static final int TIMER_PERIODIC = 1;
    public static final int TIMER_TSC_DEADLINE = 2;

    public LvtEntry {
        FieldRange.check("LVT vector", vector, 0, 0xff);
        FieldRange.check("LVT timer mode", timerMode, 0, 3);
        if (deliveryMode == null) {
            throw new IllegalArgumentException("LVT delivery mode must not be null");
        }
    }

    /** A masked entry (the reset value of every LVT). */
    public static LvtEntry maskedEntry() {
        return decode(MASKED);
    }

    public static LvtEntry decode(int reg) {
        return new LvtEntry(reg & VECTOR_MASK, ApicDeliveryMode.of(reg >>> DELIVERY_MODE_SHIFT & 7),
                (reg & DELIVERY_STATUS) != 0, (reg & POLARITY) != 0, (reg & REMOTE_IRR) != 0, (reg & TRIGGER) != 0,
                (reg & MASKED) != 0, reg >>> TIMER_MODE_SHIFT & 3);
    }

    public int encode() {
        return vector | deliveryMode.code() << DELIVERY_MODE_SHIFT | (deliveryPending ? DELIVERY_STATUS : 0)
                | (activeLow ? POLARITY : 0) | (remoteIrr ? REMOTE_IRR : 0) | (levelTriggered ? TRIGGER : 0)
                | (masked ? MASKED : 0) | timerMode << TIMER_MODE_SHIFT;
    }
}
