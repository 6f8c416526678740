// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_userspace_memory_region} (32 bytes) for KVM_SET_USER_MEMORY_REGION (include/uapi/linux/kvm.h):
 * guest-physical range {@code [guestPhysAddr, guestPhysAddr + memorySize)} of memory slot {@code slot} is backed by
 * host memory at {@code userspaceAddr}. A size of 0 deletes the slot.
 *
 * @param slot memory slot number (bits 15:0 slot, 31:16 address space)
 * @param flags {@link #MEM_LOG_DIRTY_PAGES}, {@link #MEM_READONLY}
 * @param guestPhysAddr guest physical start (page aligned)
 * @param memorySize bytes (page multiple), 0 = delete
 * @param userspaceAddr host virtual address of the backing memory (page aligned)
 */
public record KvmUserspaceMemoryRegion(int slot, int flags, long guestPhysAddr, long memorySize,
        long userspaceAddr) {
    public static final int SIZE = 32;
    public static final int OFFSET_SLOT = 0;
    public static final int OFFSET_FLAGS = 4;
    public static final int OFFSET_GUEST_PHYS_ADDR = 8;
    public static final int OFFSET_MEMORY_SIZE = 16;
    public static final int OFFSET_USERSPACE_ADDR = 24;
    public static final int MEM_LOG_DIRTY_PAGES = 1;
    public static final int MEM_READONLY = 2;
    /** KVM requires 4 KiB alignment of addresses and sizes. */
    public static final long PAGE_SIZE = 4096;

    public KvmUserspaceMemoryRegion {
        FieldRange.check("kvm_userspace_memory_region.memory_size", memorySize, 0, Long.MAX_VALUE);
        checkAligned("guest_phys_addr", guestPhysAddr);
        checkAligned("memory_size", memorySize);
        checkAligned("userspace_addr", userspaceAddr);
    }

    private static void checkAligned(String field, long v) {
        if ((v & (PAGE_SIZE - 1)) != 0) {
            throw new IllegalArgumentException("kvm_userspace_memory_region." + field + " 0x" + Long.toHexString(v)
                    + " is not a multiple of 4 KiB");
        }
    }

    /** Writes the structure at the buffer's position and advances it. */
    public void encode(ByteBuffer dst, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_userspace_memory_region", order);
        b.putInt(OFFSET_SLOT, slot).putInt(OFFSET_FLAGS, flags).putLong(OFFSET_GUEST_PHYS_ADDR, guestPhysAddr)
                .putLong(OFFSET_MEMORY_SIZE, memorySize).putLong(OFFSET_USERSPACE_ADDR, userspaceAddr);
    }

    /** Reads the structure at the buffer's position and advances it. */
    public static KvmUserspaceMemoryRegion decode(ByteBuffer src, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_userspace_memory_region", order);
        return new KvmUserspaceMemoryRegion(b.getInt(OFFSET_SLOT), b.getInt(OFFSET_FLAGS),
                b.getLong(OFFSET_GUEST_PHYS_ADDR), b.getLong(OFFSET_MEMORY_SIZE), b.getLong(OFFSET_USERSPACE_ADDR));
    }
}
