// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.mpic;

import org.irqscope.kvm.internal.FieldRange;

/**
 * An MPIC interrupt vector/priority register (derived from arch/powerpc/kvm/mpic.c, not in the fact page): mask 31,
 * activity 30 (read-only: in service or pending), mode 29 (distributed delivery), polarity 23, sense 22 (1 = level),
 * priority 19:16 (0 never delivered .. 15 highest), vector 15:0 (FSL vector mask 0xFFFF). Other bits read as 0.
 */
public record MpicIvpr(boolean masked, boolean active, boolean distributed, boolean polarity, boolean levelSensitive,
        int priority, int vector) {
    public static final int MASK = 1 << 31;
    public static final int ACTIVITY = 1 << 30;
    public static final int MODE = 1 << 29;
    public static final int POLARITY = 1 << 23;
    public static final int SENSE = 1 << 22;
    public static final int PRIORITY_SHIFT = 16;
    public static final int PRIORITY_MASK = 0xf << PRIORITY_SHIFT;
    public static final int VECTOR_MASK = 0xffff;

    public MpicIvpr {
        FieldRange.check("MPIC IVPR priority", priority, 0, 15);
        FieldRange.check("MPIC IVPR vector", vector, 0, VECTOR_MASK);
    }

    public static MpicIvpr decode(int reg) {
        return new MpicIvpr((reg & MASK) != 0, (reg & ACTIVITY) != 0, (reg & MODE) != 0, (reg & POLARITY) != 0,
                (reg & SENSE) != 0, (reg & PRIORITY_MASK) >>> PRIORITY_SHIFT, reg & VECTOR_MASK);
    }

    public int encode() {
        return (masked ? MASK : 0) | (active ? ACTIVITY : 0) | (distributed ? MODE : 0) | (polarity ? POLARITY : 0)
                | (levelSensitive ? SENSE : 0) | priority << PRIORITY_SHIFT | vector;
    }
}
