// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_irq_level} (8 bytes: union {u32 irq; s32 status}, u32 level) for KVM_IRQ_LINE and
 * KVM_IRQ_LINE_STATUS (ABI fact page §1.2). KVM_IRQ_LINE_STATUS overwrites the first word with the status
 * ({@code < 0} masked, 0 coalesced, {@code > 0} delivered CPUs).
 *
 * @param irqOrStatus the irq on the way in, the status on the way out
 * @param level the line level (ppc: {@link KvmVm#PPC_INTERRUPT_SET} and friends)
 */
public record KvmIrqLevel(int irqOrStatus, int level) {
    public static final int SIZE = 8;
    public static final int OFFSET_IRQ = 0;
    public static final int OFFSET_STATUS = 0;
    public static final int OFFSET_LEVEL = 4;

    public void encode(ByteBuffer dst, ByteOrder order) {
        StructBuffer.take(dst, SIZE, "struct kvm_irq_level", order).putInt(OFFSET_IRQ, irqOrStatus)
                .putInt(OFFSET_LEVEL, level);
    }

    public static KvmIrqLevel decode(ByteBuffer src, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_irq_level", order);
        return new KvmIrqLevel(b.getInt(OFFSET_IRQ), b.getInt(OFFSET_LEVEL));
    }
}
