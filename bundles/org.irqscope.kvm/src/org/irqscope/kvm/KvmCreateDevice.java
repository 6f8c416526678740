// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_create_device} (12 bytes: u32 type, u32 fd (out), u32 flags) for KVM_CREATE_DEVICE (ABI fact
 * page §1.2).
 *
 * @param type a {@link KvmDeviceType}
 * @param fd the new device fd, filled in by KVM
 * @param flags {@link #FLAG_TEST} to only probe
 */
public record KvmCreateDevice(int type, int fd, int flags) {
    public static final int SIZE = 12;
    public static final int OFFSET_TYPE = 0;
    public static final int OFFSET_FD = 4;
    public static final int OFFSET_FLAGS = 8;
    /** {@code KVM_CREATE_DEVICE_TEST}: check that the type is supported, create nothing. */
    public static final int FLAG_TEST = 1;

    public void encode(ByteBuffer dst, ByteOrder order) {
        StructBuffer.take(dst, SIZE, "struct kvm_create_device", order).putInt(OFFSET_TYPE, type)
                .putInt(OFFSET_FD, fd).putInt(OFFSET_FLAGS, flags);
    }

    public static KvmCreateDevice decode(ByteBuffer src, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_create_device", order);
        return new KvmCreateDevice(b.getInt(OFFSET_TYPE), b.getInt(OFFSET_FD), b.getInt(OFFSET_FLAGS));
    }
}
