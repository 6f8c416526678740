// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

/**
 * Device attribute groups and constants of the ARM vGIC devices ({@code KVM_DEV_TYPE_ARM_VGIC_V3} 7, ITS 8, v2 5),
 * ABI fact page §5.1, from arch/arm64/include/uapi/asm/kvm.h. DIST/REDIST/CPU_SYSREGS accesses fail with EBUSY
 * while any vCPU runs.
 */
public final class VgicAttributes {
    /** Attr = one of the ADDR_TYPE values; value = u64 guest-physical address (64 KiB aligned). */
    public static final int GRP_ADDR = 0;
    /** Attr = {@link VgicRegisterAttr} (v3) or {@link VgicV2RegisterAttr} (v2); value = u32. */
    public static final int GRP_DIST_REGS = 1;
    /** v2 only: attr = {@link VgicV2RegisterAttr} with a GICC offset. */
    public static final int GRP_CPU_REGS = 2;
    /** Value = u32 number of interrupts, 64..1024 in steps of 32. */
    public static final int GRP_NR_IRQS = 3;
    public static final int GRP_CTRL = 4;
    /** Attr = {@link VgicRegisterAttr} (mpidr of the redistributor's vCPU | offset); value = u32. */
    public static final int GRP_REDIST_REGS = 5;
    /** Attr = {@link VgicSysregAttr}; value = u64 ICC_* register. AArch32 encodings → ENXIO. */
    public static final int GRP_CPU_SYSREGS = 6;
    /** Attr = {@link VgicLevelInfoAttr}; value = u32 bitmap of line levels. */
    public static final int GRP_LEVEL_INFO = 7;
    /** ITS: attr = offset from the ITS base; value = u64. */
    public static final int GRP_ITS_REGS = 8;
    /** Newer kernels (nested virtualization): vINTID of the maintenance interrupt (a PPI). */
    public static final int GRP_MAINT_IRQ = 9;

    public static final long V2_ADDR_TYPE_DIST = 0;
    public static final long V2_ADDR_TYPE_CPU = 1;
    public static final long V3_ADDR_TYPE_DIST = 2;
    public static final long V3_ADDR_TYPE_REDIST = 3;
    public static final long ITS_ADDR_TYPE = 4;
    /** Value = {@link VgicRedistRegion}. */
    public static final long V3_ADDR_TYPE_REDIST_REGION = 5;

    public static final long CTRL_INIT = 0;
    public static final long CTRL_ITS_SAVE_TABLES = 1;
    public static final long CTRL_ITS_RESTORE_TABLES = 2;
    public static final long CTRL_SAVE_PENDING_TABLES = 3;
    public static final long CTRL_ITS_RESET = 4;

    /** {@code VGIC_LEVEL_INFO_LINE_LEVEL}. */
    public static final int LEVEL_INFO_LINE_LEVEL = 0;

    public static final int NR_IRQS_MIN = 64;
    public static final int NR_IRQS_MAX = 1024;
    public static final int NR_IRQS_STEP = 32;

    private VgicAttributes() {
    }
}
