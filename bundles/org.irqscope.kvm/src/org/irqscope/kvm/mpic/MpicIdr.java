// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.mpic;

import org.irqscope.kvm.internal.FieldRange;

/**
 * An MPIC interrupt destination register (derived from arch/powerpc/kvm/mpic.c, not in the fact page): bit n = deliver
 * to CPU n; on FSL MPICs before v4.0 also EP (external pin) bit 31 and the critical-interrupt bits CI0 30, CI1 29, ...
 * (critical to CPU n = bit 30 − n).
 */
public record MpicIdr(int bits) {
    public static final int EP = 1 << 31;
    public static final int CI0_SHIFT = 30;

    /** Whether the source is delivered (as a normal interrupt) to {@code cpu}. */
    public boolean targets(int cpu) {
        FieldRange.check("MPIC cpu", cpu, 0, 28);
        return (bits >>> cpu & 1) != 0;
    }

    /** Whether the source is delivered to {@code cpu} as a critical interrupt (FSL before v4.0). */
    public boolean criticalTo(int cpu) {
        FieldRange.check("MPIC cpu", cpu, 0, 28);
        return (bits >>> (CI0_SHIFT - cpu) & 1) != 0;
    }

    /** EP: routed to the external pin. */
    public boolean externalPin() {
        return (bits & EP) != 0;
    }

    /** An IDR delivering to exactly these CPUs. */
    public static MpicIdr toCpus(int... cpus) {
        int b = 0;
        for (int c : cpus) {
            FieldRange.check("MPIC cpu", c, 0, 28);
            b |= 1 << c;
        }
        return new MpicIdr(b);
    }
}
