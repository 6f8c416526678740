// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_lapic_state} (x86): the local APIC's 1 KiB register page as KVM_GET_LAPIC returns it and
 * KVM_SET_LAPIC takes it (ABI fact page §6). Immutable raw bytes with 32-bit register access;
 * {@code org.irqscope.kvm.x86.LapicRegisters} decodes the registers.
 */
public final class KvmLapicState {
    /** {@code KVM_APIC_REG_SIZE}. */
    public static final int SIZE = 0x400;

    private final byte[] regs;

    private KvmLapicState(byte[] regs) {
        this.regs = regs;
    }

    /** A register page from exactly 1024 bytes (copied). */
    public static KvmLapicState of(byte[] regs) {
        FieldRange.length("LAPIC register page", regs.length, SIZE);
        return new KvmLapicState(regs.clone());
    }

    /** An all-zero page. */
    public static KvmLapicState zero() {
        return new KvmLapicState(new byte[SIZE]);
    }

    /** A copy of the 1024 bytes. */
    public byte[] bytes() {
        return regs.clone();
    }

    /** The 32-bit register at byte {@code offset} (a multiple of 4 in 0..0x3fc), little-endian. */
    public int register(int offset) {
        checkOffset(offset);
        return ByteBuffer.wrap(regs).order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
    }

    /** A copy of this page with the 32-bit register at {@code offset} replaced. */
    public KvmLapicState withRegister(int offset, int value) {
        checkOffset(offset);
        byte[] copy = regs.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(offset, value);
        return new KvmLapicState(copy);
    }

    private static void checkOffset(int offset) {
        FieldRange.check("LAPIC register offset", offset, 0, SIZE - 4);
        if ((offset & 3) != 0) {
            throw new IllegalArgumentException("LAPIC register offset 0x" + Integer.toHexString(offset)
                    + " is not 4-byte aligned");
        }
    }

    /** Writes the 1024 bytes at the buffer's position and advances it. */
    public void encode(ByteBuffer dst) {
        StructBuffer.take(dst, SIZE, "struct kvm_lapic_state", ByteOrder.LITTLE_ENDIAN).put(0, regs);
    }

    /** Reads 1024 bytes at the buffer's position and advances it. */
    public static KvmLapicState decode(ByteBuffer src) {
        byte[] data = new byte[SIZE];
        StructBuffer.take(src, SIZE, "struct kvm_lapic_state", ByteOrder.LITTLE_ENDIAN).get(0, data);
        return new KvmLapicState(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KvmLapicState other && Arrays.equals(other.regs, regs);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(regs);
    }

    @Override
    public String toString() {
        return "KvmLapicState[id=0x" + Integer.toHexString(register(0x20)) + "]";
    }
}
