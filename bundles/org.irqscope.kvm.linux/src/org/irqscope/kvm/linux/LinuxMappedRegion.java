// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;

import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmMappedRegion;

/**
 * A device region mapped into this process. XIVE MMIO is big-endian (ABI fact page §3.2), so values are swapped
 * from the host's little-endian loads; each access is exactly one load or store of the given size, because the
 * access itself is the operation.
 */
final class LinuxMappedRegion implements KvmMappedRegion {
    private final KvmDeviceRegion kind;
    private final Pointer base;
    private final long length;
    private volatile boolean closed;

    LinuxMappedRegion(KvmDeviceRegion kind, Pointer base, long length) {
        this.kind = kind;
        this.base = base;
        this.length = length;
    }

    @Override
    public KvmDeviceRegion kind() {
        return kind;
    }

    @Override
    public long length() {
        return length;
    }

    boolean isClosed() {
        return closed;
    }

    private void check(long offset, int size) {
        if (closed) {
            throw new IllegalStateException(kind + " is unmapped");
        }
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw new IllegalArgumentException("an MMIO access is 1, 2, 4 or 8 bytes, not " + size);
        }
        if (offset < 0 || offset > length - size || offset % size != 0) {
            throw new IllegalArgumentException("offset 0x" + Long.toHexString(offset) + " (" + size
                    + " bytes) is unaligned or outside " + kind + " of 0x" + Long.toHexString(length) + " bytes");
        }
    }

    @Override
    public long load(long offset, int size) {
        check(offset, size);
        return switch (size) {
            case 1 -> Byte.toUnsignedLong(base.getByte(offset));
            case 2 -> Short.toUnsignedLong(Short.reverseBytes(base.getShort(offset)));
            case 4 -> Integer.toUnsignedLong(Integer.reverseBytes(base.getInt(offset)));
            default -> Long.reverseBytes(base.getLong(offset));
        };
    }

    @Override
    public void store(long offset, int size, long value) {
        check(offset, size);
        switch (size) {
            case 1 -> base.setByte(offset, (byte) value);
            case 2 -> base.setShort(offset, Short.reverseBytes((short) value));
            case 4 -> base.setInt(offset, Integer.reverseBytes((int) value));
            default -> base.setLong(offset, Long.reverseBytes(value));
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                LibC.munmap(base, length);
            } catch (LastErrorException e) {
                // Nothing was mapped at that range any more; nothing to free.
                return;
            }
        }
    }
}
