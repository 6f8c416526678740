// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import org.irqscope.kvm.internal.FieldRange;

/**
 * Offsets in the Thread Interrupt Management Area ({@link org.irqscope.kvm.KvmDeviceRegion#XIVE_TIMA}), ABI fact
 * page §3.2 and §3.6 (QEMU xive_regs.h). The region is four 64 KiB pages (HW, HV, OS, USER views; KVM exposes
 * the OS and USER pages); within a page, offsets below 2 KiB are raw register bytes, above 2 KiB are special
 * operations whose access has side effects.
 */
public final class XiveTima {
    /** {@code TM_SHIFT}: each view page is 64 KiB. */
    public static final int PAGE_SHIFT = 16;
    public static final int PAGE_HW = 0;
    public static final int PAGE_HV = 1;
    /** The view the guest OS uses (third page). */
    public static final int PAGE_OS = 2;
    public static final int PAGE_USER = 3;

    /** Ring (quad word) offsets. */
    public static final int QW0_USER = 0x00;
    public static final int QW1_OS = 0x10;
    public static final int QW2_HV_POOL = 0x20;
    public static final int QW3_HV_PHYS = 0x30;

    /** Byte offsets inside a ring. */
    public static final int NSR = 0x0;
    public static final int CPPR = 0x1;
    public static final int IPB = 0x2;
    public static final int LSMFB = 0x3;
    public static final int ACK_CNT = 0x4;
    public static final int INC = 0x5;
    public static final int AGE = 0x6;
    public static final int PIPR = 0x7;
    public static final int WORD2 = 0x8;

    /** Special operations (offsets within a view page). */
    public static final int SPC_ACK_EBB = 0x800;
    /** Load16: acknowledge the OS interrupt; returns {@code NSR << 8 | CPPR} (before the ack). */
    public static final int SPC_ACK_OS_REG = 0x810;
    /** Store8: set the IPB bit of the priority stored. */
    public static final int SPC_SET_OS_PENDING = 0x812;
    /** Load32/64: pull (invalidate) the OS context. */
    public static final int SPC_PULL_OS_CTX = 0x818;
    public static final int SPC_PULL_POOL_CTX = 0x828;
    /** Load16: acknowledge the HV interrupt. */
    public static final int SPC_ACK_HV_REG = 0x830;
    /** Offsets from here on are special operations. */
    public static final int SPECIAL_OPS_START = 0x800;

    private XiveTima() {
    }

    /** Offset in the mapped region of {@code pageOffset} in view {@code page}. */
    public static long offset(int page, int pageOffset) {
        FieldRange.check("TIMA view page", page, PAGE_HW, PAGE_USER);
        FieldRange.check("TIMA page offset", pageOffset, 0, (1 << PAGE_SHIFT) - 1);
        return ((long) page << PAGE_SHIFT) + pageOffset;
    }

    /** Offset in the mapped region of the OS view's CPPR register (a store1 here sets CPPR, values > 7 → 0xFF). */
    public static long osCpprOffset() {
        return offset(PAGE_OS, QW1_OS + CPPR);
    }

    /** Offset in the mapped region of the OS acknowledge operation. */
    public static long osAckOffset() {
        return offset(PAGE_OS, SPC_ACK_OS_REG);
    }

    /** Offset in the mapped region of the OS set-pending operation. */
    public static long osSetPendingOffset() {
        return offset(PAGE_OS, SPC_SET_OS_PENDING);
    }
}
