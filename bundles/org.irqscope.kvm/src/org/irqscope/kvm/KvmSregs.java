// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * x86 {@code struct kvm_sregs} (312 bytes) for KVM_GET_SREGS / KVM_SET_SREGS (arch/x86/include/uapi/asm/kvm.h):
 * eight {@link KvmSegment}s (cs, ds, es, fs, gs, ss, tr, ldt), gdt and idt ({@code struct kvm_dtable}: u64 base,
 * u16 limit, 3 × u16 padding), cr0, cr2, cr3, cr4, cr8, efer, apic_base, and a 256-bit pending-interrupt bitmap.
 *
 * <p>The raw bytes are kept, so a get–modify–set round trip changes nothing but the fields touched. Only what a
 * real-mode guest needs is named: the segments (a real-mode guest reaches the LAPIC through a segment base of
 * 0xFEE00000, see the architecture page), the descriptor tables and the control registers.
 */
public final class KvmSregs {
    public static final int SIZE = 312;

    /** The segment registers in structure order; each is 24 bytes at {@code 24 * ordinal()}. */
    public enum Segment {
        CS, DS, ES, FS, GS, SS, TR, LDT;

        public int offset() {
            return KvmSegment.SIZE * ordinal();
        }
    }

    public static final int OFFSET_GDT = 192;
    public static final int OFFSET_IDT = 208;
    /** Size of {@code struct kvm_dtable}. */
    public static final int DTABLE_SIZE = 16;
    public static final int OFFSET_CR0 = 224;
    public static final int OFFSET_CR2 = 232;
    public static final int OFFSET_CR3 = 240;
    public static final int OFFSET_CR4 = 248;
    public static final int OFFSET_CR8 = 256;
    public static final int OFFSET_EFER = 264;
    public static final int OFFSET_APIC_BASE = 272;
    public static final int OFFSET_INTERRUPT_BITMAP = 280;

    private final byte[] raw;

    private KvmSregs(byte[] raw) {
        this.raw = raw;
    }

    /** From exactly 312 raw bytes (copied). */
    public static KvmSregs of(byte[] raw) {
        FieldRange.length("struct kvm_sregs", raw.length, SIZE);
        return new KvmSregs(raw.clone());
    }

    /** A copy of the raw structure. */
    public byte[] bytes() {
        return raw.clone();
    }

    private ByteBuffer view() {
        return ByteBuffer.wrap(raw).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
    }

    private KvmSregs withLong(int offset, long value) {
        byte[] copy = raw.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putLong(offset, value);
        return new KvmSregs(copy);
    }

    public KvmSegment segment(Segment s) {
        return KvmSegment.decode(view().position(s.offset()));
    }

    /** A copy with one segment replaced. */
    public KvmSregs withSegment(Segment s, KvmSegment value) {
        byte[] copy = raw.clone();
        value.encode(ByteBuffer.wrap(copy).position(s.offset()));
        return new KvmSregs(copy);
    }

    /** GDT base. */
    public long gdtBase() {
        return view().getLong(OFFSET_GDT);
    }

    /** GDT limit (u16). */
    public int gdtLimit() {
        return Short.toUnsignedInt(view().getShort(OFFSET_GDT + 8));
    }

    /** IDT base (in real mode: the interrupt vector table, normally 0). */
    public long idtBase() {
        return view().getLong(OFFSET_IDT);
    }

    /** IDT limit (u16; 0x3ff for the real-mode IVT). */
    public int idtLimit() {
        return Short.toUnsignedInt(view().getShort(OFFSET_IDT + 8));
    }

    /** A copy with another IDT base and limit. */
    public KvmSregs withIdt(long base, int limit) {
        FieldRange.unsigned("kvm_dtable.limit", limit, 16);
        byte[] copy = raw.clone();
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putLong(OFFSET_IDT, base)
                .putShort(OFFSET_IDT + 8, (short) limit);
        return new KvmSregs(copy);
    }

    public long cr0() {
        return view().getLong(OFFSET_CR0);
    }

    /** A copy with another CR0 (bit 0 PE = protected mode). */
    public KvmSregs withCr0(long value) {
        return withLong(OFFSET_CR0, value);
    }

    public long cr2() {
        return view().getLong(OFFSET_CR2);
    }

    public long cr3() {
        return view().getLong(OFFSET_CR3);
    }

    public long cr4() {
        return view().getLong(OFFSET_CR4);
    }

    public long cr8() {
        return view().getLong(OFFSET_CR8);
    }

    public long efer() {
        return view().getLong(OFFSET_EFER);
    }

    /** The IA32_APIC_BASE MSR value (base address in bits 35:12, enable bit 11, BSP bit 8). */
    public long apicBase() {
        return view().getLong(OFFSET_APIC_BASE);
    }

    /** A copy with another APIC base MSR value. */
    public KvmSregs withApicBase(long value) {
        return withLong(OFFSET_APIC_BASE, value);
    }

    /**
     * Whether bit {@code vector} of the pending-interrupt bitmap is set (an interrupt queued for injection by the
     * userspace-irqchip path; empty with an in-kernel irqchip).
     */
    public boolean interruptPending(int vector) {
        FieldRange.check("interrupt vector", vector, 0, 255);
        long word = view().getLong(OFFSET_INTERRUPT_BITMAP + 8 * (vector >> 6));
        return (word >>> (vector & 63) & 1) != 0;
    }

    /** Writes the 312 bytes at the buffer's position and advances it. */
    public void encode(ByteBuffer dst) {
        StructBuffer.take(dst, SIZE, "struct kvm_sregs", ByteOrder.LITTLE_ENDIAN).put(0, raw);
    }

    /** Reads 312 bytes at the buffer's position and advances it. */
    public static KvmSregs decode(ByteBuffer src) {
        byte[] data = new byte[SIZE];
        StructBuffer.take(src, SIZE, "struct kvm_sregs", ByteOrder.LITTLE_ENDIAN).get(0, data);
        return new KvmSregs(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KvmSregs other && Arrays.equals(other.raw, raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "KvmSregs[cs=" + segment(Segment.CS) + ", cr0=0x" + Long.toHexString(cr0()) + "]";
    }
}
