// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_irqchip} (520 bytes), the argument of the x86 KVM_GET_IRQCHIP / KVM_SET_IRQCHIP (ABI fact page
 * §1.2, §6): a chip id and a 512-byte union holding a {@code kvm_pic_state} (chips 0 and 1) or a
 * {@code kvm_ioapic_state} (chip 2). The union is kept as raw bytes; {@code org.irqscope.kvm.x86.PicState} and
 * {@code IoapicState} decode it. Immutable: the bytes are copied in and out.
 */
public final class KvmIrqchip {
    public static final int SIZE = 520;
    public static final int OFFSET_CHIP_ID = 0;
    public static final int OFFSET_PAD = 4;
    public static final int OFFSET_CHIP = 8;
    public static final int CHIP_SIZE = 512;
    /** {@code KVM_IRQCHIP_PIC_MASTER}. */
    public static final int PIC_MASTER = 0;
    /** {@code KVM_IRQCHIP_PIC_SLAVE}. */
    public static final int PIC_SLAVE = 1;
    /** {@code KVM_IRQCHIP_IOAPIC}. */
    public static final int IOAPIC = 2;
    /** {@code KVM_NR_IRQCHIPS}. */
    public static final int NR_IRQCHIPS = 3;

    private final int chipId;
    private final byte[] chip;

    private KvmIrqchip(int chipId, byte[] chip) {
        this.chipId = chipId;
        this.chip = chip;
    }

    /**
     * @param chipId {@link #PIC_MASTER}, {@link #PIC_SLAVE} or {@link #IOAPIC}
     * @param chipData the chip state, at most 512 bytes; the rest of the union is zero
     */
    public static KvmIrqchip of(int chipId, byte[] chipData) {
        FieldRange.check("kvm_irqchip.chip_id", chipId, 0, NR_IRQCHIPS - 1);
        FieldRange.check("kvm_irqchip chip data length", chipData.length, 0, CHIP_SIZE);
        return new KvmIrqchip(chipId, Arrays.copyOf(chipData, CHIP_SIZE));
    }

    /** An all-zero request for KVM_GET_IRQCHIP of {@code chipId}. */
    public static KvmIrqchip request(int chipId) {
        return of(chipId, new byte[0]);
    }

    public int chipId() {
        return chipId;
    }

    /** A copy of the 512-byte union. */
    public byte[] chip() {
        return chip.clone();
    }

    /** The 512-byte union as a read-only little-endian buffer at position 0. */
    public ByteBuffer chipBuffer() {
        return ByteBuffer.wrap(chip).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Writes the structure (little-endian) at the buffer's position and advances it. */
    public void encode(ByteBuffer dst) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_irqchip", ByteOrder.LITTLE_ENDIAN);
        b.putInt(OFFSET_CHIP_ID, chipId).putInt(OFFSET_PAD, 0).put(OFFSET_CHIP, chip);
    }

    /** A new little-endian buffer holding the structure, positioned at 0. */
    public ByteBuffer encode() {
        ByteBuffer b = StructBuffer.allocate(SIZE, ByteOrder.LITTLE_ENDIAN);
        encode(b);
        return b.flip();
    }

    /** Reads the structure (little-endian) at the buffer's position and advances it. */
    public static KvmIrqchip decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_irqchip", ByteOrder.LITTLE_ENDIAN);
        byte[] data = new byte[CHIP_SIZE];
        b.get(OFFSET_CHIP, data);
        return of(b.getInt(OFFSET_CHIP_ID), data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KvmIrqchip other && other.chipId == chipId && Arrays.equals(other.chip, chip);
    }

    @Override
    public int hashCode() {
        return 31 * chipId + Arrays.hashCode(chip);
    }

    @Override
    public String toString() {
        return "KvmIrqchip[chipId=" + chipId + "]";
    }
}
