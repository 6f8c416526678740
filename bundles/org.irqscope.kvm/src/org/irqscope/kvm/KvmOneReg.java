// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_one_reg} (16 bytes: u64 id, u64 addr) for KVM_GET_ONE_REG / KVM_SET_ONE_REG, and the layout
 * of register ids (include/uapi/linux/kvm.h): architecture in bits 63:56, value size {@code 1 << n} bytes with n
 * in bits 55:52, the rest architecture-defined. The PPC interrupt ids are in the ABI fact page §1.5.
 *
 * @param id the register id
 * @param addr user-space address of the value buffer (filled in by the native backend)
 */
public record KvmOneReg(long id, long addr) {
    public static final int SIZE = 16;
    public static final int OFFSET_ID = 0;
    public static final int OFFSET_ADDR = 8;

    public static final long REG_ARCH_MASK = 0xff00000000000000L;
    public static final long REG_GENERIC = 0L;
    public static final long REG_PPC = 0x1000000000000000L;
    public static final long REG_X86 = 0x2000000000000000L;
    public static final long REG_ARM = 0x4000000000000000L;
    public static final long REG_S390 = 0x5000000000000000L;
    public static final long REG_ARM64 = 0x6000000000000000L;
    public static final int REG_SIZE_SHIFT = 52;
    public static final long REG_SIZE_MASK = 0x00f0000000000000L;
    public static final long REG_SIZE_U8 = 0L;
    public static final long REG_SIZE_U16 = 0x0010000000000000L;
    public static final long REG_SIZE_U32 = 0x0020000000000000L;
    public static final long REG_SIZE_U64 = 0x0030000000000000L;
    public static final long REG_SIZE_U128 = 0x0040000000000000L;
    public static final long REG_SIZE_U256 = 0x0050000000000000L;
    public static final long REG_SIZE_U512 = 0x0060000000000000L;
    public static final long REG_SIZE_U1024 = 0x0070000000000000L;

    /** {@code KVM_REG_PPC_ICP_STATE} = KVM_REG_PPC | KVM_REG_SIZE_U64 | 0x8c: the XICS presenter state (§2.3). */
    public static final long PPC_ICP_STATE = REG_PPC | REG_SIZE_U64 | 0x8c;
    /** {@code KVM_REG_PPC_VP_STATE} = KVM_REG_PPC | KVM_REG_SIZE_U128 | 0x8d: the XIVE thread context (§3.4). */
    public static final long PPC_VP_STATE = REG_PPC | REG_SIZE_U128 | 0x8d;

    /** The value size in bytes that a register id encodes: {@code 1 << ((id & REG_SIZE_MASK) >> 52)}. */
    public static int valueSize(long id) {
        return 1 << (int) ((id & REG_SIZE_MASK) >>> REG_SIZE_SHIFT);
    }

    /** The architecture part of an id ({@link #REG_PPC}, {@link #REG_X86}, ...). */
    public static long arch(long id) {
        return id & REG_ARCH_MASK;
    }

    /** Writes the structure at the buffer's position and advances it. */
    public void encode(ByteBuffer dst, ByteOrder order) {
        StructBuffer.take(dst, SIZE, "struct kvm_one_reg", order).putLong(OFFSET_ID, id).putLong(OFFSET_ADDR, addr);
    }

    /** Reads the structure at the buffer's position and advances it. */
    public static KvmOneReg decode(ByteBuffer src, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_one_reg", order);
        return new KvmOneReg(b.getLong(OFFSET_ID), b.getLong(OFFSET_ADDR));
    }
}
