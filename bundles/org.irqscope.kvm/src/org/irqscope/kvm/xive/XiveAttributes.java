// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

/**
 * Device attribute groups and constants of the XIVE native device ({@code KVM_DEV_TYPE_XIVE}, ABI fact page §3.1,
 * from arch/powerpc/include/uapi/asm/kvm.h), and the sPAPR conventions QEMU builds on it (§3.6).
 */
public final class XiveAttributes {
    /** {@code KVM_DEV_XIVE_GRP_CTRL}. */
    public static final int GRP_CTRL = 1;
    /** {@code KVM_DEV_XIVE_RESET}: reset sources and EQs. */
    public static final long CTRL_RESET = 1;
    /** {@code KVM_DEV_XIVE_EQ_SYNC}: sync sources and queues, mark EQ pages dirty. */
    public static final long CTRL_EQ_SYNC = 2;
    /** {@code KVM_DEV_XIVE_NR_SERVERS}: u32 highest vCPU id + 1; EBUSY once a vCPU is connected. */
    public static final long CTRL_NR_SERVERS = 3;
    /** {@code KVM_DEV_XIVE_GRP_SOURCE}: write-only, attr = source, value = {@link XiveSourceState}. */
    public static final int GRP_SOURCE = 2;
    /** {@code KVM_DEV_XIVE_GRP_SOURCE_CONFIG}: write-only, attr = source, value = {@link XiveSourceConfig}. */
    public static final int GRP_SOURCE_CONFIG = 3;
    /** {@code KVM_DEV_XIVE_GRP_EQ_CONFIG}: read/write, attr = {@link XiveEqId}, value = {@link XiveEqConfig}. */
    public static final int GRP_EQ_CONFIG = 4;
    /** {@code KVM_DEV_XIVE_GRP_SOURCE_SYNC}: write-only, attr = source; flushes in-flight notifications. */
    public static final int GRP_SOURCE_SYNC = 5;

    /** {@code XIVE_PRIORITY_MAX}: priorities are 0..7. */
    public static final int PRIORITY_MAX = 7;
    /** Least favoured CPPR value ("nothing accepted" is 0; 0xFF accepts every priority). */
    public static final int CPPR_LEAST_FAVOURED = 0xff;
    /** The priority QEMU sPAPR reserves for itself ({@code hv-prio}); Linux guests use 0–6. */
    public static final int QEMU_SPAPR_RESERVED_PRIORITY = 7;
    /** {@code SPAPR_XIVE_NVT_BASE}: sPAPR NVT index = 0x400 + vCPU id. */
    public static final int SPAPR_NVT_BASE = 0x400;

    private XiveAttributes() {
    }

    /** sPAPR END index of (vCPU, priority): {@code (vcpu << 3) + priority}. */
    public static int spaprEndIndex(int vcpuId, int priority) {
        return (vcpuId << 3) + priority;
    }

    /** sPAPR NVT index of a vCPU. */
    public static int spaprNvtIndex(int vcpuId) {
        return SPAPR_NVT_BASE + vcpuId;
    }
}
