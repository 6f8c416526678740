// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_enable_cap} (104 bytes), the argument of KVM_ENABLE_CAP on a VM or vCPU fd (ABI fact page
 * §1.2, §1.4). Connecting a vCPU to an interrupt controller is {@code KVM_ENABLE_CAP(vcpu, cap, args[0] = device
 * fd, args[1] = server number)}; see {@link #connect(int, int, int)}.
 *
 * @param cap a {@link KvmCap} number
 * @param flags must be 0
 * @param arg0 args[0]
 * @param arg1 args[1]
 * @param arg2 args[2]
 * @param arg3 args[3]
 */
public record KvmEnableCap(int cap, int flags, long arg0, long arg1, long arg2, long arg3) {
    public static final int SIZE = 104;
    public static final int OFFSET_CAP = 0;
    public static final int OFFSET_FLAGS = 4;
    public static final int OFFSET_ARGS = 8;
    public static final int OFFSET_PAD = 40;

    /** A capability with up to four arguments (missing ones are 0). */
    public static KvmEnableCap of(int cap, long... args) {
        if (args.length > 4) {
            throw new IllegalArgumentException("KVM_ENABLE_CAP takes at most 4 args, got " + args.length);
        }
        long[] a = new long[4];
        System.arraycopy(args, 0, a, 0, args.length);
        return new KvmEnableCap(cap, 0, a[0], a[1], a[2], a[3]);
    }

    /**
     * Connects a vCPU to an interrupt-controller device: {@code cap} is {@link KvmCap#IRQ_XICS},
     * {@link KvmCap#PPC_IRQ_XIVE} or {@link KvmCap#IRQ_MPIC}; args[0] the device fd, args[1] the server (vCPU)
     * number (§2.4, §3.4, §7.2).
     */
    public static KvmEnableCap connect(int cap, int deviceFd, int server) {
        return of(cap, deviceFd, Integer.toUnsignedLong(server));
    }

    /** args[i] for i in 0..3. */
    public long arg(int i) {
        return switch (i) {
            case 0 -> arg0;
            case 1 -> arg1;
            case 2 -> arg2;
            case 3 -> arg3;
            default -> throw new IllegalArgumentException("args index " + i + " is out of range 0..3");
        };
    }

    /** Writes the structure (little-endian) at the buffer's position and advances it. */
    public void encode(ByteBuffer dst) {
        encode(dst, ByteOrder.LITTLE_ENDIAN);
    }

    /** Writes the structure in {@code order} at the buffer's position and advances it. */
    public void encode(ByteBuffer dst, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_enable_cap", order);
        b.putInt(OFFSET_CAP, cap).putInt(OFFSET_FLAGS, flags);
        for (int i = 0; i < 4; i++) {
            b.putLong(OFFSET_ARGS + 8 * i, arg(i));
        }
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

    /** Reads the structure (little-endian) at the buffer's position and advances it. */
    public static KvmEnableCap decode(ByteBuffer src) {
        return decode(src, ByteOrder.LITTLE_ENDIAN);
    }

    /** Reads the structure in {@code order} at the buffer's position and advances it. */
    public static KvmEnableCap decode(ByteBuffer src, ByteOrder order) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_enable_cap", order);
        return new KvmEnableCap(b.getInt(OFFSET_CAP), b.getInt(OFFSET_FLAGS), b.getLong(OFFSET_ARGS),
                b.getLong(OFFSET_ARGS + 8), b.getLong(OFFSET_ARGS + 16), b.getLong(OFFSET_ARGS + 24));
    }
}
