// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_s390_io_adapter} (8 bytes: u32 id, u8 isc, u8 maskable, u8 swap, u8 flags), the value of FLIC
 * ADAPTER_REGISTER (ABI fact page §7.1). Big-endian.
 */
public record S390IoAdapter(int id, int isc, boolean maskable, boolean swap, int flags) {
    public static final int SIZE = 8;

    public S390IoAdapter {
        FieldRange.check("I/O adapter isc", isc, 0, 7);
        FieldRange.check("I/O adapter flags", flags, 0, 0xff);
    }

    public void encode(ByteBuffer dst) {
        StructBuffer.take(dst, SIZE, "struct kvm_s390_io_adapter", ByteOrder.BIG_ENDIAN).putInt(0, id)
                .put(4, (byte) isc).put(5, (byte) (maskable ? 1 : 0)).put(6, (byte) (swap ? 1 : 0))
                .put(7, (byte) flags);
    }

    public static S390IoAdapter decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_s390_io_adapter", ByteOrder.BIG_ENDIAN);
        return new S390IoAdapter(b.getInt(0), b.get(4) & 0xff, b.get(5) != 0, b.get(6) != 0, b.get(7) & 0xff);
    }
}
