// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_s390_irq_state} (32 bytes: u64 buf, u32 flags, u32 len, u32 reserved[4]) for
 * KVM_S390_GET/SET_IRQ_STATE (ABI fact page §7.1): a buffer of {@link S390Irq} with the vCPU's local interrupts.
 * Big-endian.
 */
public record S390IrqState(long buf, int flags, int len) {
    public static final int SIZE = 32;
    public static final int OFFSET_BUF = 0;
    public static final int OFFSET_FLAGS = 8;
    public static final int OFFSET_LEN = 12;

    public void encode(ByteBuffer dst) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_s390_irq_state", ByteOrder.BIG_ENDIAN);
        b.putLong(OFFSET_BUF, buf).putInt(OFFSET_FLAGS, flags).putInt(OFFSET_LEN, len);
        for (int i = 16; i < SIZE; i++) {
            b.put(i, (byte) 0);
        }
    }

    public static S390IrqState decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_s390_irq_state", ByteOrder.BIG_ENDIAN);
        return new S390IrqState(b.getLong(OFFSET_BUF), b.getInt(OFFSET_FLAGS), b.getInt(OFFSET_LEN));
    }
}
