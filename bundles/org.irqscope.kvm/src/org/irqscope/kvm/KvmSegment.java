// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * x86 {@code struct kvm_segment} (24 bytes: u64 base, u32 limit, u16 selector, u8 type, present, dpl, db, s, l, g,
 * avl, unusable, padding), part of {@link KvmSregs}.
 */
public record KvmSegment(long base, int limit, int selector, int type, boolean present, int dpl, boolean db,
        boolean s, boolean l, boolean g, boolean avl, boolean unusable) {
    public static final int SIZE = 24;
    public static final int OFFSET_BASE = 0;
    public static final int OFFSET_LIMIT = 8;
    public static final int OFFSET_SELECTOR = 12;
    public static final int OFFSET_TYPE = 14;
    public static final int OFFSET_PRESENT = 15;
    public static final int OFFSET_DPL = 16;
    public static final int OFFSET_DB = 17;
    public static final int OFFSET_S = 18;
    public static final int OFFSET_L = 19;
    public static final int OFFSET_G = 20;
    public static final int OFFSET_AVL = 21;
    public static final int OFFSET_UNUSABLE = 22;

    public KvmSegment {
        FieldRange.unsigned("kvm_segment.selector", selector, 16);
        FieldRange.unsigned("kvm_segment.type", type, 8);
        FieldRange.check("kvm_segment.dpl", dpl, 0, 3);
    }

    /**
     * A 16-bit real-mode data/code segment: base = any 32-bit linear base (real mode normally uses selector·16,
     * but KVM honours the base it is given, which is how a real-mode guest reaches the LAPIC at 0xFEE00000),
     * limit 0xffff, present, S = 1.
     *
     * @param code true for a code segment (type 0xb, execute/read accessed), false for data (type 0x3)
     */
    public static KvmSegment realMode(int selector, long base, boolean code) {
        return new KvmSegment(base, 0xffff, selector, code ? 0xb : 0x3, true, 0, false, true, false, false, false,
                false);
    }

    /** A copy with another selector and base. */
    public KvmSegment withSelectorAndBase(int newSelector, long newBase) {
        return new KvmSegment(newBase, limit, newSelector, type, present, dpl, db, s, l, g, avl, unusable);
    }

    void encode(ByteBuffer dst) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_segment", ByteOrder.LITTLE_ENDIAN);
        b.putLong(OFFSET_BASE, base).putInt(OFFSET_LIMIT, limit).putShort(OFFSET_SELECTOR, (short) selector)
                .put(OFFSET_TYPE, (byte) type).put(OFFSET_PRESENT, bit(present)).put(OFFSET_DPL, (byte) dpl)
                .put(OFFSET_DB, bit(db)).put(OFFSET_S, bit(s)).put(OFFSET_L, bit(l)).put(OFFSET_G, bit(g))
                .put(OFFSET_AVL, bit(avl)).put(OFFSET_UNUSABLE, bit(unusable)).put(23, (byte) 0);
    }

    static KvmSegment decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_segment", ByteOrder.LITTLE_ENDIAN);
        return new KvmSegment(b.getLong(OFFSET_BASE), b.getInt(OFFSET_LIMIT),
                Short.toUnsignedInt(b.getShort(OFFSET_SELECTOR)), Byte.toUnsignedInt(b.get(OFFSET_TYPE)),
                b.get(OFFSET_PRESENT) != 0, b.get(OFFSET_DPL) & 3, b.get(OFFSET_DB) != 0, b.get(OFFSET_S) != 0,
                b.get(OFFSET_L) != 0, b.get(OFFSET_G) != 0, b.get(OFFSET_AVL) != 0, b.get(OFFSET_UNUSABLE) != 0);
    }

    private static byte bit(boolean v) {
        return (byte) (v ? 1 : 0);
    }
}
