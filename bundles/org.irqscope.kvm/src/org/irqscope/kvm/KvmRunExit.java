// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * Why KVM_RUN returned: the decoded {@code exit_reason} of {@code struct kvm_run} and the part of its exit union
 * that goes with it ({@link KvmRun} decodes the mapping). Exits that need an answer (an I/O IN, an MMIO read) are
 * answered with {@link KvmVcpu#completeExit(byte[])} before the next {@link KvmVcpu#run()}.
 */
public sealed interface KvmRunExit {
    /** The {@code KVM_EXIT_*} number. */
    int exitReason();

    /**
     * Port I/O ({@code KVM_EXIT_IO}).
     *
     * @param out true for OUT (the guest wrote {@code data}), false for IN (answer with {@code size * count} bytes)
     * @param size access size in bytes (1, 2, 4)
     * @param port the I/O port
     * @param count repetitions (string I/O), normally 1
     * @param data for OUT: the {@code size * count} bytes written; for IN: the current buffer contents
     */
    record Io(boolean out, int size, int port, int count, byte[] data) implements KvmRunExit {
        public Io {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        /** The first value written, little-endian, zero-extended. */
        public long value() {
            long v = 0;
            for (int i = Math.min(size, data.length) - 1; i >= 0; i--) {
                v = v << 8 | (data[i] & 0xff);
            }
            return v;
        }

        @Override
        public int exitReason() {
            return KvmRun.EXIT_IO;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Io x && x.out == out && x.size == size && x.port == port && x.count == count
                    && Arrays.equals(x.data, data);
        }

        @Override
        public int hashCode() {
            return ((port * 31 + size) * 31 + count) * 2 + (out ? 1 : 0) + 31 * Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Io[" + (out ? "out" : "in") + " port=0x" + Integer.toHexString(port) + " size=" + size
                    + " count=" + count + " data=" + HexFormat.of().formatHex(data) + "]";
        }
    }

    /**
     * Memory-mapped I/O outside every memory slot ({@code KVM_EXIT_MMIO}).
     *
     * @param physAddr guest-physical address
     * @param data for a write: the {@code len} bytes written; for a read: answer with {@code len} bytes
     * @param len access length (1..8)
     * @param write true for a guest store
     */
    record Mmio(long physAddr, byte[] data, int len, boolean write) implements KvmRunExit {
        public Mmio {
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public int exitReason() {
            return KvmRun.EXIT_MMIO;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Mmio x && x.physAddr == physAddr && x.len == len && x.write == write
                    && Arrays.equals(x.data, data);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(physAddr) * 31 + len * 2 + (write ? 1 : 0) + 31 * Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "Mmio[" + (write ? "write" : "read") + " 0x" + Long.toHexString(physAddr) + " len=" + len
                    + " data=" + HexFormat.of().formatHex(data) + "]";
        }
    }

    /** The guest executed HLT with no in-kernel irqchip to wait for an interrupt ({@code KVM_EXIT_HLT}). */
    record Hlt() implements KvmRunExit {
        @Override
        public int exitReason() {
            return KvmRun.EXIT_HLT;
        }
    }

    /** Triple fault or similar: the guest reset itself ({@code KVM_EXIT_SHUTDOWN}). */
    record Shutdown() implements KvmRunExit {
        @Override
        public int exitReason() {
            return KvmRun.EXIT_SHUTDOWN;
        }
    }

    /**
     * KVM_RUN was interrupted before or while running the guest: a signal, {@code immediate_exit}, or a pause
     * request ({@code KVM_EXIT_INTR}, or the ioctl's EINTR). Nothing to answer; call {@link KvmVcpu#run()} again.
     */
    record Interrupted() implements KvmRunExit {
        @Override
        public int exitReason() {
            return KvmRun.EXIT_INTR;
        }
    }

    /** The interrupt window the VMM asked for is open ({@code KVM_EXIT_IRQ_WINDOW_OPEN}). */
    record IrqWindowOpen() implements KvmRunExit {
        @Override
        public int exitReason() {
            return KvmRun.EXIT_IRQ_WINDOW_OPEN;
        }
    }

    /** The hardware refused to enter the guest ({@code KVM_EXIT_FAIL_ENTRY}); usually an invalid guest state. */
    record FailEntry(long hardwareEntryFailureReason, int cpu) implements KvmRunExit {
        @Override
        public int exitReason() {
            return KvmRun.EXIT_FAIL_ENTRY;
        }
    }

    /**
     * KVM could not handle something ({@code KVM_EXIT_INTERNAL_ERROR}); suberror 1 = the instruction emulator
     * failed, 2 = simultaneous exceptions, 3 = unexpected exit during event delivery.
     */
    record InternalError(int suberror, long[] data) implements KvmRunExit {
        public InternalError {
            data = data.clone();
        }

        @Override
        public long[] data() {
            return data.clone();
        }

        @Override
        public int exitReason() {
            return KvmRun.EXIT_INTERNAL_ERROR;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof InternalError x && x.suberror == suberror && Arrays.equals(x.data, data);
        }

        @Override
        public int hashCode() {
            return suberror * 31 + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "InternalError[suberror=" + suberror + ", data=" + Arrays.toString(data) + "]";
        }
    }

    /** A system event: shutdown (1), reset (2), crash (3) ({@code KVM_EXIT_SYSTEM_EVENT}). */
    record SystemEvent(int type, long flags) implements KvmRunExit {
        @Override
        public int exitReason() {
            return KvmRun.EXIT_SYSTEM_EVENT;
        }
    }

    /** Any other exit, with the raw 256-byte exit union. */
    record Other(int exitReason, byte[] union) implements KvmRunExit {
        public Other {
            union = union.clone();
        }

        @Override
        public byte[] union() {
            return union.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Other x && x.exitReason == exitReason && Arrays.equals(x.union, union);
        }

        @Override
        public int hashCode() {
            return exitReason * 31 + Arrays.hashCode(union);
        }

        @Override
        public String toString() {
            return "Other[exitReason=" + exitReason + " (" + KvmRun.exitName(exitReason) + ")]";
        }
    }
}
