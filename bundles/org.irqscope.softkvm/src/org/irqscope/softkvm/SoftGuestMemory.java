// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import org.irqscope.kvm.GuestMemory;

/** Guest memory of a software VM: a zeroed Java array (so at most 1 GiB per slot), little-endian like ppc64le. */
final class SoftGuestMemory implements GuestMemory {
    private static final long MAX = 1L << 30;

    private final int slot;
    private final long base;
    private final byte[] bytes;

    SoftGuestMemory(int slot, long base, long size) {
        if ((base & 0xfff) != 0 || (size & 0xfff) != 0 || size <= 0) {
            throw new IllegalArgumentException("guest memory at 0x" + Long.toHexString(base) + " of " + size
                    + " bytes: address and size must be positive 4 KiB multiples");
        }
        if (size > MAX) {
            throw new IllegalArgumentException("guest memory of " + size + " bytes: the software KVM maps at most "
                    + MAX + " bytes per slot");
        }
        this.slot = slot;
        this.base = base;
        this.bytes = new byte[(int) size];
    }

    @Override
    public int slot() {
        return slot;
    }

    @Override
    public long guestPhysAddr() {
        return base;
    }

    @Override
    public long size() {
        return bytes.length;
    }

    @Override
    public long hostAddress() {
        return base;
    }

    private int at(long gpa, long length) {
        if (!contains(gpa, length)) {
            throw new IndexOutOfBoundsException("guest address 0x" + Long.toHexString(gpa) + " (+" + length
                    + ") is outside slot " + slot + " [0x" + Long.toHexString(base) + ", 0x"
                    + Long.toHexString(base + bytes.length) + ")");
        }
        return (int) (gpa - base);
    }

    @Override
    public synchronized void read(long gpa, byte[] dst, int offset, int length) {
        System.arraycopy(bytes, at(gpa, length), dst, offset, length);
    }

    @Override
    public synchronized void write(long gpa, byte[] src, int offset, int length) {
        System.arraycopy(src, offset, bytes, at(gpa, length), length);
    }

    @Override
    public synchronized long load(long gpa, int size) {
        checkSize(size);
        int i = at(gpa, size);
        long v = 0;
        for (int k = size - 1; k >= 0; k--) {
            v = v << 8 | (bytes[i + k] & 0xff);
        }
        return v;
    }

    @Override
    public synchronized void store(long gpa, int size, long value) {
        checkSize(size);
        int i = at(gpa, size);
        for (int k = 0; k < size; k++) {
            bytes[i + k] = (byte) (value >>> (8 * k));
        }
    }

    private static void checkSize(int size) {
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw new IllegalArgumentException("access size " + size + " is not 1, 2, 4 or 8");
        }
    }
}
