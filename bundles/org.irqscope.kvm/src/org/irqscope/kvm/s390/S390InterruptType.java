// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The {@code type} of a {@link S390Irq} / {@code kvm_s390_interrupt} (include/uapi/linux/kvm.h, ABI fact page §7.1).
 * Values below 0xfffe0000 are I/O interrupts encoded by {@code KVM_S390_INT_IO(ai, cssid, ssid, schid) = schid |
 * ssid << 16 | cssid << 18 | ai << 26}; the others are named constants.
 */
public final class S390InterruptType {
    public static final long SIGP_STOP = 0xfffe0000L;
    public static final long PROGRAM_INT = 0xfffe0001L;
    public static final long SIGP_SET_PREFIX = 0xfffe0002L;
    public static final long RESTART = 0xfffe0003L;
    public static final long INT_PFAULT_INIT = 0xfffe0004L;
    public static final long INT_PFAULT_DONE = 0xfffe0005L;
    public static final long MCHK = 0xfffe1000L;
    public static final long INT_CLOCK_COMP = 0xffff1004L;
    public static final long INT_CPU_TIMER = 0xffff1005L;
    public static final long INT_VIRTIO = 0xffff2603L;
    public static final long INT_SERVICE = 0xffff2401L;
    public static final long INT_EMERGENCY = 0xffff1201L;
    public static final long INT_EXTERNAL_CALL = 0xffff1202L;
    /** {@code KVM_S390_INT_IO_MAX}. */
    public static final long INT_IO_MAX = 0xfffdffffL;
    /** {@code KVM_S390_INT_IO_AI_MASK}: adapter interruption. */
    public static final long INT_IO_AI_MASK = 0x04000000L;

    private S390InterruptType() {
    }

    /** Whether {@code type} is an I/O interrupt. */
    public static boolean isIo(long type) {
        return type >= 0 && type <= INT_IO_MAX;
    }

    /**
     * An I/O interrupt type, decoded.
     *
     * @param adapter the adapter-interruption bit (26)
     * @param cssid channel subsystem id (25:18)
     * @param ssid subchannel set id (17:16)
     * @param schid subchannel number (15:0)
     */
    public record Io(boolean adapter, int cssid, int ssid, int schid) {
        public Io {
            FieldRange.check("KVM_S390_INT_IO cssid", cssid, 0, 0xff);
            FieldRange.check("KVM_S390_INT_IO ssid", ssid, 0, 3);
            FieldRange.check("KVM_S390_INT_IO schid", schid, 0, 0xffff);
        }

        /** Decodes an I/O type; bits 31:27 must be 0. */
        public static Io decode(long type) {
            FieldRange.check("KVM_S390_INT_IO type", type, 0, 0x07ffffffL);
            return new Io((type & INT_IO_AI_MASK) != 0, (int) (type >>> 18) & 0xff, (int) (type >>> 16) & 3,
                    (int) type & 0xffff);
        }

        /** {@code KVM_S390_INT_IO(ai, cssid, ssid, schid)}. */
        public long encode() {
            return schid | (long) ssid << 16 | (long) cssid << 18 | (adapter ? INT_IO_AI_MASK : 0);
        }
    }

    /** A readable name of a type: the constant's name or "I/O cssid.ssid.schid". */
    public static String describe(long type) {
        if (isIo(type) && type <= 0x07ffffffL) {
            Io io = Io.decode(type);
            return String.format("I/O%s %x.%x.%04x", io.adapter() ? " (adapter)" : "", io.cssid(), io.ssid(),
                    io.schid());
        }
        if (type == SIGP_STOP) {
            return "SIGP_STOP";
        } else if (type == PROGRAM_INT) {
            return "PROGRAM_INT";
        } else if (type == SIGP_SET_PREFIX) {
            return "SIGP_SET_PREFIX";
        } else if (type == RESTART) {
            return "RESTART";
        } else if (type == INT_PFAULT_INIT) {
            return "INT_PFAULT_INIT";
        } else if (type == INT_PFAULT_DONE) {
            return "INT_PFAULT_DONE";
        } else if (type == MCHK) {
            return "MCHK";
        } else if (type == INT_CLOCK_COMP) {
            return "INT_CLOCK_COMP";
        } else if (type == INT_CPU_TIMER) {
            return "INT_CPU_TIMER";
        } else if (type == INT_VIRTIO) {
            return "INT_VIRTIO";
        } else if (type == INT_SERVICE) {
            return "INT_SERVICE";
        } else if (type == INT_EMERGENCY) {
            return "INT_EMERGENCY";
        } else if (type == INT_EXTERNAL_CALL) {
            return "INT_EXTERNAL_CALL";
        }
        return "type 0x" + Long.toHexString(type);
    }
}
