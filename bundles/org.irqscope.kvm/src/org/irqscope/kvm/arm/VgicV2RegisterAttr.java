// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The attribute of a vGICv2 DIST_REGS or CPU_REGS access (ABI fact page §5.1): cpuid 39:32
 * ({@code KVM_DEV_ARM_VGIC_CPUID_SHIFT 32}, mask 0xff) | register offset 31:0.
 */
public record VgicV2RegisterAttr(int cpuId, long offset) {
    public static final int CPUID_SHIFT = 32;
    public static final long CPUID_MASK = 0xffL;
    public static final long OFFSET_MASK = 0xffffffffL;

    public VgicV2RegisterAttr {
        FieldRange.check("vGICv2 cpuid", cpuId, 0, 0xff);
        FieldRange.check("vGICv2 register offset", offset, 0, OFFSET_MASK);
    }

    public static VgicV2RegisterAttr decode(long attr) {
        return new VgicV2RegisterAttr((int) (attr >>> CPUID_SHIFT & CPUID_MASK), attr & OFFSET_MASK);
    }

    public long encode() {
        return (long) cpuId << CPUID_SHIFT | offset;
    }
}
