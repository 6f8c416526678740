// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The attribute of a vGICv3 LEVEL_INFO access (ABI fact page §5.1): mpidr 63:32 | info 31:10
 * ({@code KVM_DEV_ARM_VGIC_LINE_LEVEL_INFO_SHIFT 10}; {@code VGIC_LEVEL_INFO_LINE_LEVEL 0}) | vINTID 9:0, a multiple
 * of 32 (the value is a 32-bit bitmap of the line levels of vINTID .. vINTID + 31).
 */
public record VgicLevelInfoAttr(VgicMpidr mpidr, int info, int vintid) {
    public static final int INFO_SHIFT = 10;
    public static final int INFO_MASK = 0x3fffff;
    public static final int VINTID_MASK = 0x3ff;

    public VgicLevelInfoAttr {
        FieldRange.check("LEVEL_INFO info", info, 0, INFO_MASK);
        FieldRange.check("LEVEL_INFO vINTID", vintid, 0, VINTID_MASK);
        if (vintid % 32 != 0) {
            throw new IllegalArgumentException("LEVEL_INFO vINTID " + vintid + " is not a multiple of 32");
        }
        if (mpidr == null) {
            throw new IllegalArgumentException("LEVEL_INFO attribute: mpidr must not be null");
        }
    }

    /** The line levels of vINTIDs {@code vintid .. vintid + 31} of the vCPU {@code mpidr}. */
    public static VgicLevelInfoAttr lineLevel(VgicMpidr mpidr, int vintid) {
        return new VgicLevelInfoAttr(mpidr, VgicAttributes.LEVEL_INFO_LINE_LEVEL, vintid);
    }

    public static VgicLevelInfoAttr decode(long attr) {
        int low = (int) attr;
        return new VgicLevelInfoAttr(VgicMpidr.fromAttr(attr), low >>> INFO_SHIFT & INFO_MASK, low & VINTID_MASK);
    }

    public long encode() {
        return mpidr.toAttrBits() | (long) info << INFO_SHIFT | vintid;
    }
}
