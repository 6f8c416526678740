// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.irqscope.kvm.internal.StructBuffer;

/**
 * x86 {@code struct kvm_regs} (144 bytes: eighteen u64 in the order of {@link Register}) for KVM_GET_REGS /
 * KVM_SET_REGS (arch/x86/include/uapi/asm/kvm.h). Immutable.
 */
public final class KvmRegs {
    public static final int SIZE = 144;

    /** The registers in structure order; the offset of each is {@code 8 * ordinal()}. */
    public enum Register {
        RAX, RBX, RCX, RDX, RSI, RDI, RSP, RBP, R8, R9, R10, R11, R12, R13, R14, R15, RIP, RFLAGS;

        /** Byte offset in {@code struct kvm_regs}. */
        public int offset() {
            return 8 * ordinal();
        }
    }

    /** RFLAGS bit 1 is always 1 on x86; a freshly reset vCPU has RFLAGS = 0x2. */
    public static final long RFLAGS_RESERVED = 0x2;
    /** RFLAGS.IF, bit 9: maskable interrupts enabled. */
    public static final long RFLAGS_IF = 1L << 9;

    private final long[] values;

    private KvmRegs(long[] values) {
        this.values = values;
    }

    /** All registers zero except RFLAGS = 0x2 (the reserved bit). */
    public static KvmRegs reset() {
        long[] v = new long[Register.values().length];
        v[Register.RFLAGS.ordinal()] = RFLAGS_RESERVED;
        return new KvmRegs(v);
    }

    public long get(Register r) {
        return values[r.ordinal()];
    }

    /** A copy with one register replaced. */
    public KvmRegs with(Register r, long value) {
        long[] v = values.clone();
        v[r.ordinal()] = value;
        return new KvmRegs(v);
    }

    public long rip() {
        return get(Register.RIP);
    }

    public long rflags() {
        return get(Register.RFLAGS);
    }

    /** Writes the structure (little-endian) at the buffer's position and advances it. */
    public void encode(ByteBuffer dst) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_regs", ByteOrder.LITTLE_ENDIAN);
        for (Register r : Register.values()) {
            b.putLong(r.offset(), values[r.ordinal()]);
        }
    }

    /** Reads the structure (little-endian) at the buffer's position and advances it. */
    public static KvmRegs decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_regs", ByteOrder.LITTLE_ENDIAN);
        long[] v = new long[Register.values().length];
        for (Register r : Register.values()) {
            v[r.ordinal()] = b.getLong(r.offset());
        }
        return new KvmRegs(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KvmRegs other && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "KvmRegs[rip=0x" + Long.toHexString(rip()) + ", rflags=0x" + Long.toHexString(rflags()) + "]";
    }
}
