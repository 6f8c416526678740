// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The vCPU affinity carried in bits 63:32 of vGICv3 REDIST_REGS, CPU_SYSREGS and LEVEL_INFO attributes (ABI fact
 * page §5.1, {@code KVM_DEV_ARM_VGIC_V3_MPIDR_SHIFT 32}): Aff3 63:56, Aff2 55:48, Aff1 47:40, Aff0 39:32.
 */
public record VgicMpidr(int aff3, int aff2, int aff1, int aff0) {
    /** {@code KVM_DEV_ARM_VGIC_V3_MPIDR_SHIFT}. */
    public static final int SHIFT = 32;

    public VgicMpidr {
        FieldRange.check("MPIDR Aff3", aff3, 0, 0xff);
        FieldRange.check("MPIDR Aff2", aff2, 0, 0xff);
        FieldRange.check("MPIDR Aff1", aff1, 0, 0xff);
        FieldRange.check("MPIDR Aff0", aff0, 0, 0xff);
    }

    /** From a 32-bit affinity word: Aff3 31:24, Aff2 23:16, Aff1 15:8, Aff0 7:0 (higher bits ignored). */
    public static VgicMpidr ofAffinityWord(long word) {
        return new VgicMpidr((int) (word >>> 24) & 0xff, (int) (word >>> 16) & 0xff, (int) (word >>> 8) & 0xff,
                (int) word & 0xff);
    }

    /** The four affinity bytes as a 32-bit value (Aff3 in 31:24). */
    public long affinityWord() {
        return (long) aff3 << 24 | aff2 << 16 | aff1 << 8 | aff0;
    }

    /** Bits 63:32 of an attribute. */
    public static VgicMpidr fromAttr(long attr) {
        return ofAffinityWord(attr >>> SHIFT);
    }

    /** This affinity in bits 63:32. */
    public long toAttrBits() {
        return affinityWord() << SHIFT;
    }
}
