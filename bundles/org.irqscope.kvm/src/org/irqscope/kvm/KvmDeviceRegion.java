// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

/**
 * The regions a KVM device fd can mmap (ABI fact page §3.2). Only XIVE native has any: the Thread Interrupt
 * Management Area and the Event State Buffers, both accessed by explicit loads and stores.
 */
public enum KvmDeviceRegion {
    /**
     * TIMA: {@code KVM_XIVE_TIMA_PAGE_OFFSET} 0, four 64 KiB pages (USER, OS, POOL, PHYS views); KVM exposes the
     * OS (third) and USER (fourth) pages to the guest.
     */
    XIVE_TIMA(0, 4L << 16),
    /**
     * ESB: {@code KVM_XIVE_ESB_PAGE_OFFSET} 4, two 64 KiB pages per source (even = trigger, odd = management).
     * The default length covers 0x2000 sources, the number QEMU's sPAPR machine claims (0x1000 IPIs + 0x1000
     * device sources).
     */
    XIVE_ESB(4, 0x2000L << 17);

    /** Page size used for the page offsets (QEMU maps with {@code pgoff << 16}). */
    public static final int PAGE_SHIFT = 16;

    private final long pageOffset;
    private final long defaultLength;

    KvmDeviceRegion(long pageOffset, long defaultLength) {
        this.pageOffset = pageOffset;
        this.defaultLength = defaultLength;
    }

    /** The mmap page offset (pgoff) on the device fd. */
    public long pageOffset() {
        return pageOffset;
    }

    /** The mmap file offset in bytes: {@code pageOffset() << 16}. */
    public long fileOffset() {
        return pageOffset << PAGE_SHIFT;
    }

    /** The length mapped when none is given. */
    public long defaultLength() {
        return defaultLength;
    }
}
