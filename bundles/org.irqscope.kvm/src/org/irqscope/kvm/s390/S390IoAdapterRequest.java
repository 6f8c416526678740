// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_s390_io_adapter_req} (16 bytes: u32 id, u8 type, u8 mask, u16 pad, u64 addr), the value of FLIC
 * ADAPTER_MODIFY (ABI fact page §7.1). Type is {@link FlicAttributes#IO_ADAPTER_MASK}, MAP or UNMAP. Big-endian.
 */
public record S390IoAdapterRequest(int id, int type, boolean mask, long addr) {
    public static final int SIZE = 16;

    public S390IoAdapterRequest {
        FieldRange.check("I/O adapter request type", type, 0, 0xff);
    }

    public void encode(ByteBuffer dst) {
        StructBuffer.take(dst, SIZE, "struct kvm_s390_io_adapter_req", ByteOrder.BIG_ENDIAN).putInt(0, id)
                .put(4, (byte) type).put(5, (byte) (mask ? 1 : 0)).putShort(6, (short) 0).putLong(8, addr);
    }

    public static S390IoAdapterRequest decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_s390_io_adapter_req", ByteOrder.BIG_ENDIAN);
        return new S390IoAdapterRequest(b.getInt(0), b.get(4) & 0xff, b.get(5) != 0, b.getLong(8));
    }
}
