// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The attribute of a vGICv3 DIST_REGS or REDIST_REGS access (ABI fact page §5.1): mpidr 63:32 (ignored for
 * DIST_REGS) | register byte offset 31:0 (REDIST offsets include the SGI frame at +0x10000).
 */
public record VgicRegisterAttr(VgicMpidr mpidr, long offset) {
    public static final long OFFSET_MASK = 0xffffffffL;

    public VgicRegisterAttr {
        FieldRange.check("vGIC register offset", offset, 0, OFFSET_MASK);
        if (mpidr == null) {
            throw new IllegalArgumentException("vGIC register attribute: mpidr must not be null");
        }
    }

    /** A distributor register (mpidr 0). */
    public static VgicRegisterAttr dist(long offset) {
        return new VgicRegisterAttr(new VgicMpidr(0, 0, 0, 0), offset);
    }

    public static VgicRegisterAttr decode(long attr) {
        return new VgicRegisterAttr(VgicMpidr.fromAttr(attr), attr & OFFSET_MASK);
    }

    public long encode() {
        return mpidr.toAttrBits() | offset;
    }
}
