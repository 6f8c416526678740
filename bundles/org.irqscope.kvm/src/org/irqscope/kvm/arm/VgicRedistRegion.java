// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The value of {@code KVM_VGIC_V3_ADDR_TYPE_REDIST_REGION} (ABI fact page §5.1): count 63:52, base address bits 51:16
 * in 51:16, flags 15:12 (must be 0), index 11:0.
 *
 * @param count number of redistributors in the region
 * @param base guest-physical base, 64 KiB aligned, below 2^52
 * @param flags 0
 * @param index region index
 */
public record VgicRedistRegion(int count, long base, int flags, int index) {
    public static final int COUNT_SHIFT = 52;
    public static final long BASE_MASK = 0x000fffffffff0000L;
    public static final int FLAGS_SHIFT = 12;
    public static final int INDEX_MASK = 0xfff;

    public VgicRedistRegion {
        FieldRange.check("redistributor region count", count, 0, 0xfff);
        FieldRange.check("redistributor region flags", flags, 0, 0xf);
        FieldRange.check("redistributor region index", index, 0, INDEX_MASK);
        FieldRange.check("redistributor region base", base, 0, BASE_MASK);
        if ((base & ~BASE_MASK) != 0) {
            throw new IllegalArgumentException("redistributor region base 0x" + Long.toHexString(base)
                    + " is not 64 KiB aligned");
        }
    }

    public static VgicRedistRegion decode(long value) {
        return new VgicRedistRegion((int) (value >>> COUNT_SHIFT), value & BASE_MASK,
                (int) (value >>> FLAGS_SHIFT) & 0xf, (int) value & INDEX_MASK);
    }

    public long encode() {
        return (long) count << COUNT_SHIFT | base | (long) flags << FLAGS_SHIFT | index;
    }
}
