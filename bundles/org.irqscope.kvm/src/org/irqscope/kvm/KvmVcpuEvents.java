// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * x86 {@code struct kvm_vcpu_events} (64 bytes) for KVM_GET_VCPU_EVENTS / KVM_SET_VCPU_EVENTS
 * (arch/x86/include/uapi/asm/kvm.h): exception {injected, nr, has_error_code, pad, u32 error_code} @0, interrupt
 * {injected, nr, soft, shadow} @8, nmi {injected, pending, masked, pad} @12, u32 sipi_vector @16, u32 flags @20,
 * smi {smm, pending, smm_inside_nmi, latched_init} @24, reserved to 64. Raw bytes are kept so a get–set round
 * trip preserves fields newer kernels put in the reserved area.
 */
public final class KvmVcpuEvents {
    public static final int SIZE = 64;
    public static final int OFFSET_EXCEPTION_INJECTED = 0;
    public static final int OFFSET_EXCEPTION_NR = 1;
    public static final int OFFSET_EXCEPTION_HAS_ERROR_CODE = 2;
    public static final int OFFSET_EXCEPTION_ERROR_CODE = 4;
    public static final int OFFSET_INTERRUPT_INJECTED = 8;
    public static final int OFFSET_INTERRUPT_NR = 9;
    public static final int OFFSET_INTERRUPT_SOFT = 10;
    public static final int OFFSET_INTERRUPT_SHADOW = 11;
    public static final int OFFSET_NMI_INJECTED = 12;
    public static final int OFFSET_NMI_PENDING = 13;
    public static final int OFFSET_NMI_MASKED = 14;
    public static final int OFFSET_SIPI_VECTOR = 16;
    public static final int OFFSET_FLAGS = 20;
    public static final int OFFSET_SMI_SMM = 24;
    public static final int OFFSET_SMI_PENDING = 25;
    public static final int OFFSET_SMI_INSIDE_NMI = 26;
    public static final int OFFSET_SMI_LATCHED_INIT = 27;
    /** {@code KVM_VCPUEVENT_VALID_NMI_PENDING}: SET applies nmi.pending. */
    public static final int VALID_NMI_PENDING = 0x1;
    /** {@code KVM_VCPUEVENT_VALID_SIPI_VECTOR}. */
    public static final int VALID_SIPI_VECTOR = 0x2;
    /** {@code KVM_VCPUEVENT_VALID_SHADOW}: SET applies interrupt.shadow. */
    public static final int VALID_SHADOW = 0x4;
    /** {@code KVM_VCPUEVENT_VALID_SMM}. */
    public static final int VALID_SMM = 0x8;
    /** interrupt.shadow bit: blocked by MOV SS. */
    public static final int SHADOW_INT_MOV_SS = 0x1;
    /** interrupt.shadow bit: blocked by STI. */
    public static final int SHADOW_INT_STI = 0x2;

    private final byte[] raw;

    private KvmVcpuEvents(byte[] raw) {
        this.raw = raw;
    }

    /** From exactly 64 raw bytes (copied). */
    public static KvmVcpuEvents of(byte[] raw) {
        FieldRange.length("struct kvm_vcpu_events", raw.length, SIZE);
        return new KvmVcpuEvents(raw.clone());
    }

    public byte[] bytes() {
        return raw.clone();
    }

    private int u8(int offset) {
        return raw[offset] & 0xff;
    }

    private int u32(int offset) {
        return ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
    }

    public boolean exceptionInjected() {
        return u8(OFFSET_EXCEPTION_INJECTED) != 0;
    }

    public int exceptionNr() {
        return u8(OFFSET_EXCEPTION_NR);
    }

    public boolean exceptionHasErrorCode() {
        return u8(OFFSET_EXCEPTION_HAS_ERROR_CODE) != 0;
    }

    public int exceptionErrorCode() {
        return u32(OFFSET_EXCEPTION_ERROR_CODE);
    }

    /** An external interrupt is being injected (vector {@link #interruptNr()}). */
    public boolean interruptInjected() {
        return u8(OFFSET_INTERRUPT_INJECTED) != 0;
    }

    public int interruptNr() {
        return u8(OFFSET_INTERRUPT_NR);
    }

    public boolean interruptSoft() {
        return u8(OFFSET_INTERRUPT_SOFT) != 0;
    }

    /** {@link #SHADOW_INT_MOV_SS} / {@link #SHADOW_INT_STI} bits: interrupts blocked for one instruction. */
    public int interruptShadow() {
        return u8(OFFSET_INTERRUPT_SHADOW);
    }

    public boolean nmiInjected() {
        return u8(OFFSET_NMI_INJECTED) != 0;
    }

    public boolean nmiPending() {
        return u8(OFFSET_NMI_PENDING) != 0;
    }

    public boolean nmiMasked() {
        return u8(OFFSET_NMI_MASKED) != 0;
    }

    public int sipiVector() {
        return u32(OFFSET_SIPI_VECTOR);
    }

    /** {@code KVM_VCPUEVENT_VALID_*} bits. */
    public int flags() {
        return u32(OFFSET_FLAGS);
    }

    public boolean smiSmm() {
        return u8(OFFSET_SMI_SMM) != 0;
    }

    public boolean smiPending() {
        return u8(OFFSET_SMI_PENDING) != 0;
    }

    public boolean smiInsideNmi() {
        return u8(OFFSET_SMI_INSIDE_NMI) != 0;
    }

    public boolean smiLatchedInit() {
        return u8(OFFSET_SMI_LATCHED_INIT) != 0;
    }

    /** A copy with nmi.pending set as given and {@link #VALID_NMI_PENDING} added to the flags (to inject an NMI). */
    public KvmVcpuEvents withNmiPending(boolean pending) {
        byte[] copy = raw.clone();
        copy[OFFSET_NMI_PENDING] = (byte) (pending ? 1 : 0);
        ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN).putInt(OFFSET_FLAGS, flags() | VALID_NMI_PENDING);
        return new KvmVcpuEvents(copy);
    }

    public void encode(ByteBuffer dst) {
        StructBuffer.take(dst, SIZE, "struct kvm_vcpu_events", ByteOrder.LITTLE_ENDIAN).put(0, raw);
    }

    public static KvmVcpuEvents decode(ByteBuffer src) {
        byte[] data = new byte[SIZE];
        StructBuffer.take(src, SIZE, "struct kvm_vcpu_events", ByteOrder.LITTLE_ENDIAN).get(0, data);
        return new KvmVcpuEvents(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KvmVcpuEvents other && Arrays.equals(other.raw, raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return "KvmVcpuEvents[interrupt=" + (interruptInjected() ? interruptNr() : "-") + ", nmiPending="
                + nmiPending() + ", shadow=" + interruptShadow() + "]";
    }
}
