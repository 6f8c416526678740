// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_device_attr} (24 bytes: u32 flags = 0, u32 group, u64 attr, u64 addr) for
 * KVM_SET/GET/HAS_DEVICE_ATTR (ABI fact page §1.2). {@code addr} points at the value in user memory; the native
 * backend fills it in.
 */
public record KvmDeviceAttr(int flags, int group, long attr, long addr) {
    public static final int SIZE = 24;
    public static final int OFFSET_FLAGS = 0;
    public static final int OFFSET_GROUP = 4;
    public static final int OFFSET_ATTR = 8;
    public static final int OFFSET_ADDR = 16;

    public void encode(ByteBuffer dst, ByteOrder order) {
        StructBuffer.take(dst, SIZE, "struct kvm_device_attr", order).putInt(OFFSET_FLAGS, flags)
                .putInt(OFFSET_GROUP, group).putLong(OFFSET_ATTR, attr).putLong(OFFSET_ADDR, addr);
    }

    public static KvmDeviceAttr decode(ByteBuffer src, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_device_attr", order);
        return new KvmDeviceAttr(b.getInt(OFFSET_FLAGS), b.getInt(OFFSET_GROUP), b.getLong(OFFSET_ATTR),
                b.getLong(OFFSET_ADDR));
    }
}
