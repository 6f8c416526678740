// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import java.nio.ByteBuffer;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;

import org.irqscope.kvm.GuestMemory;

/**
 * Guest RAM: an anonymous private mapping that KVM_SET_USER_MEMORY_REGION hands to the guest. The VMM reads and
 * writes it directly (the guest program, its counters and mailbox) while the guest runs.
 */
final class LinuxGuestMemory implements GuestMemory {
    private final int slot;
    private final long guestPhysAddr;
    private final long size;
    private final Pointer host;
    /**
     * A direct buffer over the whole mapping for bulk copies: a copy through it is a plain memory copy, where a
     * copy through {@link Pointer} is a JNI call (the counters of a state read are copied many times a second).
     * Single loads and stores stay on {@link Pointer}: each is a native call, which the JIT never reorders, so
     * the mailbox's "arguments first, sequence number last" order reaches the guest as written.
     */
    private final ByteBuffer bulk;
    private volatile boolean unmapped;

    LinuxGuestMemory(int slot, long guestPhysAddr, long size, Pointer host) {
        this.slot = slot;
        this.guestPhysAddr = guestPhysAddr;
        this.size = size;
        this.host = host;
        this.bulk = size <= Integer.MAX_VALUE ? host.getByteBuffer(0, size) : null;
    }

    @Override
    public int slot() {
        return slot;
    }

    @Override
    public long guestPhysAddr() {
        return guestPhysAddr;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public long hostAddress() {
        return Pointer.nativeValue(host);
    }

    private long offset(long gpa, long length) {
        if (unmapped) {
            throw new IllegalStateException("guest memory slot " + slot + " is unmapped (its VM is closed)");
        }
        if (!contains(gpa, length)) {
            throw new IndexOutOfBoundsException("guest-physical 0x" + Long.toHexString(gpa) + " + " + length
                    + " bytes is outside slot " + slot + " [0x" + Long.toHexString(guestPhysAddr) + ", 0x"
                    + Long.toHexString(guestPhysAddr + size) + ")");
        }
        return gpa - guestPhysAddr;
    }

    @Override
    public void read(long gpa, byte[] dst, int offset, int length) {
        long at = offset(gpa, length);
        if (bulk != null) {
            bulk.get((int) at, dst, offset, length);
        } else {
            host.read(at, dst, offset, length);
        }
    }

    @Override
    public void write(long gpa, byte[] src, int offset, int length) {
        long at = offset(gpa, length);
        if (bulk != null) {
            bulk.put((int) at, src, offset, length);
        } else {
            host.write(at, src, offset, length);
        }
    }

    @Override
    public long load(long gpa, int size) {
        long o = offset(gpa, size);
        return switch (size) {
            case 1 -> Byte.toUnsignedLong(host.getByte(o));
            case 2 -> Short.toUnsignedLong(host.getShort(o));
            case 4 -> Integer.toUnsignedLong(host.getInt(o));
            case 8 -> host.getLong(o);
            default -> throw new IllegalArgumentException("a load is 1, 2, 4 or 8 bytes, not " + size);
        };
    }

    @Override
    public void store(long gpa, int size, long value) {
        long o = offset(gpa, size);
        switch (size) {
            case 1 -> host.setByte(o, (byte) value);
            case 2 -> host.setShort(o, (short) value);
            case 4 -> host.setInt(o, (int) value);
            case 8 -> host.setLong(o, value);
            default -> throw new IllegalArgumentException("a store is 1, 2, 4 or 8 bytes, not " + size);
        }
    }

    void unmap() {
        if (!unmapped) {
            unmapped = true;
            try {
                LibC.munmap(host, size);
            } catch (LastErrorException e) {
                // munmap fails only for a range that is not mapped; then there is nothing to free.
                return;
            }
        }
    }
}
