// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_s390_irq} (72 bytes: u64 type, 64-byte union), the element of FLIC GET_ALL_IRQS / ENQUEUE and the
 * argument of KVM_S390_IRQ (ABI fact page §7.1). Big-endian (s390). The union is kept raw; {@link #io()} and
 * {@link #ext()} decode the two layouts a viewer needs: {@code io {u16 subchannel_id; u16 subchannel_nr; u32
 * io_int_parm; u32 io_int_word}} and {@code ext {u32 ext_params; u32 pad; u64 ext_params2}}.
 */
public final class S390Irq {
    public static final int SIZE = 72;
    public static final int OFFSET_TYPE = 0;
    public static final int OFFSET_UNION = 8;
    public static final int UNION_SIZE = 64;

    private final long type;
    private final byte[] union;

    private S390Irq(long type, byte[] union) {
        this.type = type;
        this.union = union;
    }

    /** An interrupt with a raw 64-byte union (copied). */
    public static S390Irq of(long type, byte[] union) {
        FieldRange.length("kvm_s390_irq union", union.length, UNION_SIZE);
        return new S390Irq(type, union.clone());
    }

    /** An I/O interrupt for a subchannel, with the io union filled. */
    public static S390Irq io(S390InterruptType.Io type, int subchannelId, int subchannelNr, int intParm,
            int intWord) {
        FieldRange.unsigned("subchannel_id", subchannelId, 16);
        FieldRange.unsigned("subchannel_nr", subchannelNr, 16);
        ByteBuffer u = ByteBuffer.allocate(UNION_SIZE).order(ByteOrder.BIG_ENDIAN);
        u.putShort(0, (short) subchannelId).putShort(2, (short) subchannelNr).putInt(4, intParm).putInt(8, intWord);
        return new S390Irq(type.encode(), u.array());
    }

    public long type() {
        return type;
    }

    public byte[] union() {
        return union.clone();
    }

    /** The io member of the union (meaningful when {@link S390InterruptType#isIo(long)} holds for the type). */
    public IoInfo io() {
        ByteBuffer u = ByteBuffer.wrap(union).order(ByteOrder.BIG_ENDIAN);
        return new IoInfo(Short.toUnsignedInt(u.getShort(0)), Short.toUnsignedInt(u.getShort(2)), u.getInt(4),
                u.getInt(8));
    }

    /** The ext member of the union (external interrupts: service, virtio, emergency...). */
    public ExtInfo ext() {
        ByteBuffer u = ByteBuffer.wrap(union).order(ByteOrder.BIG_ENDIAN);
        return new ExtInfo(u.getInt(0), u.getLong(8));
    }

    /** {@code struct kvm_s390_io_info}. */
    public record IoInfo(int subchannelId, int subchannelNr, int ioIntParm, int ioIntWord) {
    }

    /** {@code struct kvm_s390_ext_info}. */
    public record ExtInfo(int extParams, long extParams2) {
    }

    /** Writes the structure (big-endian) at the buffer's position and advances it. */
    public void encode(ByteBuffer dst) {
        StructBuffer.take(dst, SIZE, "struct kvm_s390_irq", ByteOrder.BIG_ENDIAN).putLong(OFFSET_TYPE, type)
                .put(OFFSET_UNION, union);
    }

    /** Reads the structure (big-endian) at the buffer's position and advances it. */
    public static S390Irq decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_s390_irq", ByteOrder.BIG_ENDIAN);
        byte[] u = new byte[UNION_SIZE];
        b.get(OFFSET_UNION, u);
        return new S390Irq(b.getLong(OFFSET_TYPE), u);
    }

    /** Decodes the array GET_ALL_IRQS filled: {@code bytes / 72} entries (the kernel returns the count). */
    public static S390Irq[] decodeAll(ByteBuffer src, int count) {
        FieldRange.check("kvm_s390_irq count", count, 0, src.remaining() / SIZE);
        S390Irq[] out = new S390Irq[count];
        for (int i = 0; i < count; i++) {
            out[i] = decode(src);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof S390Irq s && s.type == type && Arrays.equals(s.union, union);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(type) * 31 + Arrays.hashCode(union);
    }

    @Override
    public String toString() {
        return "S390Irq[" + S390InterruptType.describe(type) + "]";
    }
}
