// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

/**
 * A range of guest-physical memory that a VM's memory slot maps, readable and writable by the VMM (to load the
 * guest program, read its mailbox, or read XIVE event queues in guest RAM). Obtained from
 * {@link KvmVm#memory(int, long, long)}.
 *
 * <p>Addresses are guest-physical; multi-byte values are little-endian (x86, ppc64le and arm64 guests here).
 * Access outside {@code [guestPhysAddr(), guestPhysAddr() + size())} throws {@link IndexOutOfBoundsException}
 * naming the address and the range.
 */
public interface GuestMemory {
    /** The memory slot number. */
    int slot();

    /** First guest-physical address. */
    long guestPhysAddr();

    /** Size in bytes. */
    long size();

    /**
     * The host address of the backing memory, as given to KVM_SET_USER_MEMORY_REGION's {@code userspace_addr}. An
     * opaque token in backends without native memory.
     */
    long hostAddress();

    /** Copies {@code length} bytes from guest-physical {@code gpa} into {@code dst[offset..]}. */
    void read(long gpa, byte[] dst, int offset, int length);

    /** Copies {@code length} bytes from {@code src[offset..]} to guest-physical {@code gpa}. */
    void write(long gpa, byte[] src, int offset, int length);

    /** Reads a little-endian value of {@code size} bytes (1, 2, 4 or 8) at {@code gpa}, zero-extended. */
    long load(long gpa, int size);

    /** Writes the low {@code size} bytes (1, 2, 4 or 8) of {@code value}, little-endian, at {@code gpa}. */
    void store(long gpa, int size, long value);

    /** Whether {@code [gpa, gpa + length)} lies inside this range. */
    default boolean contains(long gpa, long length) {
        return length >= 0 && gpa >= guestPhysAddr() && gpa - guestPhysAddr() <= size() - length;
    }

    /** Writes all of {@code src} at {@code gpa}. */
    default void write(long gpa, byte[] src) {
        write(gpa, src, 0, src.length);
    }

    /** Reads {@code length} bytes at {@code gpa}. */
    default byte[] read(long gpa, int length) {
        byte[] b = new byte[length];
        read(gpa, b, 0, length);
        return b;
    }
}
