// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_ppc_xive_eq} (64 bytes: u32 flags, u32 qshift, u64 qaddr, u32 qtoggle, u32 qindex, 40 pad), the
 * value of {@code KVM_DEV_XIVE_GRP_EQ_CONFIG} (ABI fact page §3.1).
 *
 * @param flags {@link #ALWAYS_NOTIFY} (required by KVM)
 * @param qshift log2 of the queue size in bytes (12 = 4 KiB, 16 = 64 KiB); 0 = no queue
 * @param qaddr guest-physical address of the queue
 * @param qtoggle the generation bit the producer writes next (0 or 1)
 * @param qindex the index of the next entry the producer writes
 */
public record XiveEqConfig(int flags, int qshift, long qaddr, int qtoggle, int qindex) {
    public static final int SIZE = 64;
    public static final int OFFSET_FLAGS = 0;
    public static final int OFFSET_QSHIFT = 4;
    public static final int OFFSET_QADDR = 8;
    public static final int OFFSET_QTOGGLE = 16;
    public static final int OFFSET_QINDEX = 20;
    public static final int OFFSET_PAD = 24;
    /** {@code KVM_XIVE_EQ_ALWAYS_NOTIFY}. */
    public static final int ALWAYS_NOTIFY = 0x1;

    public XiveEqConfig {
        FieldRange.check("kvm_ppc_xive_eq.qshift", qshift, 0, 63);
        FieldRange.check("kvm_ppc_xive_eq.qtoggle", qtoggle, 0, 1);
    }

    /** Whether a queue is configured. */
    public boolean enabled() {
        return qshift != 0;
    }

    /** Number of 4-byte entries in the queue (0 without a queue). */
    public long entries() {
        return qshift < 2 ? 0 : 1L << (qshift - 2);
    }

    public void encode(ByteBuffer dst) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_ppc_xive_eq", ByteOrder.LITTLE_ENDIAN);
        b.putInt(OFFSET_FLAGS, flags).putInt(OFFSET_QSHIFT, qshift).putLong(OFFSET_QADDR, qaddr)
                .putInt(OFFSET_QTOGGLE, qtoggle).putInt(OFFSET_QINDEX, qindex);
        for (int i = OFFSET_PAD; i < SIZE; i++) {
            b.put(i, (byte) 0);
        }
    }

    /** A new little-endian buffer holding the structure, positioned at 0. */
    public ByteBuffer encode() {
        ByteBuffer b = StructBuffer.allocate(SIZE, ByteOrder.LITTLE_ENDIAN);
        encode(b);
        return b.flip();
    }

    public static XiveEqConfig decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_ppc_xive_eq", ByteOrder.LITTLE_ENDIAN);
        return new XiveEqConfig(b.getInt(OFFSET_FLAGS), b.getInt(OFFSET_QSHIFT), b.getLong(OFFSET_QADDR),
                b.getInt(OFFSET_QTOGGLE), b.getInt(OFFSET_QINDEX));
    }
}
