// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_msi} (32 bytes), the argument of KVM_SIGNAL_MSI (ABI fact page §1.2): a message-signalled
 * interrupt as a device would write it. The architecture-specific meaning of address and data is decoded by
 * {@code org.irqscope.kvm.x86.X86MsiMessage} (x86) or is a device id plus event (arm64 ITS).
 *
 * @param addressLo low 32 bits of the MSI address
 * @param addressHi high 32 bits of the MSI address
 * @param data the MSI data word
 * @param flags {@link #VALID_DEVID} or 0
 * @param devid the requester (device) id, meaningful when {@link #VALID_DEVID} is set
 */
public record KvmMsi(int addressLo, int addressHi, int data, int flags, int devid) {
    public static final int SIZE = 32;
    public static final int OFFSET_ADDRESS_LO = 0;
    public static final int OFFSET_ADDRESS_HI = 4;
    public static final int OFFSET_DATA = 8;
    public static final int OFFSET_FLAGS = 12;
    public static final int OFFSET_DEVID = 16;
    /** {@code KVM_MSI_VALID_DEVID}: the devid field is valid (needed by the arm64 ITS). */
    public static final int VALID_DEVID = 1;

    /** An MSI without a device id. */
    public static KvmMsi of(long address, int data) {
        return new KvmMsi((int) address, (int) (address >>> 32), data, 0, 0);
    }

    /** The 64-bit address. */
    public long address() {
        return Integer.toUnsignedLong(addressHi) << 32 | Integer.toUnsignedLong(addressLo);
    }

    /** Writes the structure (little-endian) at the buffer's position and advances it. */
    public void encode(ByteBuffer dst) {
        encode(dst, ByteOrder.LITTLE_ENDIAN);
    }

    /** Writes the structure in {@code order} at the buffer's position and advances it. */
    public void encode(ByteBuffer dst, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_msi", order);
        b.putInt(OFFSET_ADDRESS_LO, addressLo).putInt(OFFSET_ADDRESS_HI, addressHi).putInt(OFFSET_DATA, data)
                .putInt(OFFSET_FLAGS, flags).putInt(OFFSET_DEVID, devid);
        for (int i = OFFSET_DEVID + 4; i < SIZE; i++) {
            b.put(i, (byte) 0);
        }
    }

    /** A new little-endian buffer holding the structure, positioned at 0. */
    public ByteBuffer encode() {
        ByteBuffer b = StructBuffer.allocate(SIZE, ByteOrder.LITTLE_ENDIAN);
        encode(b);
        return b.flip();
    }

    /** Reads the structure (little-endian) at the buffer's position and advances it. */
    public static KvmMsi decode(ByteBuffer src) {
        return decode(src, ByteOrder.LITTLE_ENDIAN);
    }

    /** Reads the structure in {@code order} at the buffer's position and advances it. */
    public static KvmMsi decode(ByteBuffer src, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_msi", order);
        return new KvmMsi(b.getInt(OFFSET_ADDRESS_LO), b.getInt(OFFSET_ADDRESS_HI), b.getInt(OFFSET_DATA),
                b.getInt(OFFSET_FLAGS), b.getInt(OFFSET_DEVID));
    }
}
