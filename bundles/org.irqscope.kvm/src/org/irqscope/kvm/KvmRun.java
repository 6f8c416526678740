// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;

import org.irqscope.kvm.internal.FieldRange;

/**
 * Layout of {@code struct kvm_run}, the page shared between KVM and the VMM that a vCPU fd mmaps (size from
 * KVM_GET_VCPU_MMAP_SIZE), from include/uapi/linux/kvm.h: {@code request_interrupt_window} u8 @0,
 * {@code immediate_exit} u8 @1, padding, {@code exit_reason} u32 @8, {@code ready_for_interrupt_injection} u8 @12,
 * {@code if_flag} u8 @13, {@code flags} u16 @14, {@code cr8} u64 @16, {@code apic_base} u64 @24, then (s390 only:
 * psw mask and address) the 256-byte exit union.
 *
 * <p>{@link #decodeExit} reads the exit from a buffer over the whole mapping (I/O data lives at
 * {@code io.data_offset}, normally in the second page); {@link #complete} writes the answer of an I/O IN or MMIO
 * read back.
 */
public final class KvmRun {
    public static final int OFFSET_REQUEST_INTERRUPT_WINDOW = 0;
    /** Set to 1 to make the next KVM_RUN return at once with EINTR (KVM_CAP_IMMEDIATE_EXIT): how a pause works. */
    public static final int OFFSET_IMMEDIATE_EXIT = 1;
    public static final int OFFSET_EXIT_REASON = 8;
    public static final int OFFSET_READY_FOR_INTERRUPT_INJECTION = 12;
    public static final int OFFSET_IF_FLAG = 13;
    public static final int OFFSET_FLAGS = 14;
    public static final int OFFSET_CR8 = 16;
    public static final int OFFSET_APIC_BASE = 24;
    /** The exit union on every architecture but s390 (which has the 16-byte PSW first). */
    public static final int OFFSET_EXIT_UNION = 32;
    public static final int OFFSET_EXIT_UNION_S390 = 48;
    public static final int EXIT_UNION_SIZE = 256;

    /** Within the union: {@code io {u8 direction; u8 size; u16 port; u32 count; u64 data_offset}}. */
    public static final int IO_DIRECTION = 0;
    public static final int IO_SIZE = 1;
    public static final int IO_PORT = 2;
    public static final int IO_COUNT = 4;
    public static final int IO_DATA_OFFSET = 8;
    public static final int IO_IN = 0;
    public static final int IO_OUT = 1;
    /** Within the union: {@code mmio {u64 phys_addr; u8 data[8]; u32 len; u8 is_write}}. */
    public static final int MMIO_PHYS_ADDR = 0;
    public static final int MMIO_DATA = 8;
    public static final int MMIO_LEN = 16;
    public static final int MMIO_IS_WRITE = 20;

    public static final int EXIT_UNKNOWN = 0;
    public static final int EXIT_EXCEPTION = 1;
    public static final int EXIT_IO = 2;
    public static final int EXIT_HYPERCALL = 3;
    public static final int EXIT_DEBUG = 4;
    public static final int EXIT_HLT = 5;
    public static final int EXIT_MMIO = 6;
    public static final int EXIT_IRQ_WINDOW_OPEN = 7;
    public static final int EXIT_SHUTDOWN = 8;
    public static final int EXIT_FAIL_ENTRY = 9;
    public static final int EXIT_INTR = 10;
    public static final int EXIT_SET_TPR = 11;
    public static final int EXIT_TPR_ACCESS = 12;
    public static final int EXIT_S390_SIEIC = 13;
    public static final int EXIT_S390_RESET = 14;
    public static final int EXIT_DCR = 15;
    public static final int EXIT_NMI = 16;
    public static final int EXIT_INTERNAL_ERROR = 17;
    public static final int EXIT_OSI = 18;
    public static final int EXIT_PAPR_HCALL = 19;
    public static final int EXIT_S390_UCONTROL = 20;
    public static final int EXIT_WATCHDOG = 21;
    public static final int EXIT_S390_TSCH = 22;
    public static final int EXIT_EPR = 23;
    public static final int EXIT_SYSTEM_EVENT = 24;
    public static final int EXIT_S390_STSI = 25;
    public static final int EXIT_IOAPIC_EOI = 26;
    public static final int EXIT_HYPERV = 27;

    private static final String[] EXIT_NAMES = {"UNKNOWN", "EXCEPTION", "IO", "HYPERCALL", "DEBUG", "HLT", "MMIO",
            "IRQ_WINDOW_OPEN", "SHUTDOWN", "FAIL_ENTRY", "INTR", "SET_TPR", "TPR_ACCESS", "S390_SIEIC", "S390_RESET",
            "DCR", "NMI", "INTERNAL_ERROR", "OSI", "PAPR_HCALL", "S390_UCONTROL", "WATCHDOG", "S390_TSCH", "EPR",
            "SYSTEM_EVENT", "S390_STSI", "IOAPIC_EOI", "HYPERV"};

    private KvmRun() {
    }

    /** {@code KVM_EXIT_*} name of an exit reason, or "exit N". */
    public static String exitName(int exitReason) {
        return exitReason >= 0 && exitReason < EXIT_NAMES.length ? EXIT_NAMES[exitReason] : "exit " + exitReason;
    }

    /** Offset of the exit union for an architecture. */
    public static int exitUnionOffset(KvmArch arch) {
        return arch == KvmArch.S390X ? OFFSET_EXIT_UNION_S390 : OFFSET_EXIT_UNION;
    }

    /**
     * Decodes the exit from a buffer over the whole kvm_run mapping (indexed from 0 at the start of kvm_run, in
     * the architecture's byte order).
     */
    public static KvmRunExit decodeExit(ByteBuffer run, KvmArch arch) {
        ByteBuffer r = run.duplicate().order(arch.byteOrder());
        int reason = r.getInt(OFFSET_EXIT_REASON);
        int u = exitUnionOffset(arch);
        FieldRange.remaining("struct kvm_run", r.capacity(), u + EXIT_UNION_SIZE);
        return switch (reason) {
            case EXIT_IO -> {
                int size = Byte.toUnsignedInt(r.get(u + IO_SIZE));
                int count = r.getInt(u + IO_COUNT);
                long dataOffset = r.getLong(u + IO_DATA_OFFSET);
                long len = (long) size * Integer.toUnsignedLong(count);
                FieldRange.check("kvm_run io data_offset", dataOffset, 0, r.capacity() - len);
                byte[] data = new byte[(int) len];
                r.get((int) dataOffset, data);
                yield new KvmRunExit.Io(r.get(u + IO_DIRECTION) == IO_OUT, size,
                        Short.toUnsignedInt(r.getShort(u + IO_PORT)), count, data);
            }
            case EXIT_MMIO -> {
                int len = r.getInt(u + MMIO_LEN);
                FieldRange.check("kvm_run mmio len", len, 0, 8);
                byte[] data = new byte[len];
                r.get(u + MMIO_DATA, data);
                yield new KvmRunExit.Mmio(r.getLong(u + MMIO_PHYS_ADDR), data, len, r.get(u + MMIO_IS_WRITE) != 0);
            }
            case EXIT_HLT -> new KvmRunExit.Hlt();
            case EXIT_SHUTDOWN -> new KvmRunExit.Shutdown();
            case EXIT_INTR -> new KvmRunExit.Interrupted();
            case EXIT_IRQ_WINDOW_OPEN -> new KvmRunExit.IrqWindowOpen();
            case EXIT_FAIL_ENTRY -> new KvmRunExit.FailEntry(r.getLong(u), r.getInt(u + 8));
            case EXIT_INTERNAL_ERROR -> {
                int ndata = Math.min(Math.max(r.getInt(u + 4), 0), 16);
                long[] data = new long[ndata];
                for (int i = 0; i < ndata; i++) {
                    data[i] = r.getLong(u + 8 + 8 * i);
                }
                yield new KvmRunExit.InternalError(r.getInt(u), data);
            }
            case EXIT_SYSTEM_EVENT -> new KvmRunExit.SystemEvent(r.getInt(u), r.getLong(u + 8));
            default -> {
                byte[] raw = new byte[EXIT_UNION_SIZE];
                r.get(u, raw);
                yield new KvmRunExit.Other(reason, raw);
            }
        };
    }

    /**
     * Writes the answer to an I/O IN or MMIO read exit into the kvm_run mapping, where KVM picks it up on the next
     * KVM_RUN.
     *
     * @throws IllegalArgumentException when the current exit needs no answer or {@code data} has the wrong length
     */
    public static void complete(ByteBuffer run, KvmArch arch, byte[] data) {
        ByteBuffer r = run.duplicate().order(arch.byteOrder());
        int reason = r.getInt(OFFSET_EXIT_REASON);
        int u = exitUnionOffset(arch);
        if (reason == EXIT_IO && r.get(u + IO_DIRECTION) == IO_IN) {
            int len = Byte.toUnsignedInt(r.get(u + IO_SIZE)) * r.getInt(u + IO_COUNT);
            FieldRange.length("answer to the I/O IN exit", data.length, len);
            r.put((int) r.getLong(u + IO_DATA_OFFSET), data);
        } else if (reason == EXIT_MMIO && r.get(u + MMIO_IS_WRITE) == 0) {
            FieldRange.length("answer to the MMIO read exit", data.length, r.getInt(u + MMIO_LEN));
            r.put(u + MMIO_DATA, data);
        } else {
            throw new IllegalArgumentException("the current exit (" + exitName(reason)
                    + ") takes no answer; only an I/O IN or an MMIO read does");
        }
    }
}
