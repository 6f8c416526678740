// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

/** Decoding exits from a hand-filled kvm_run page (layout from include/uapi/linux/kvm.h). */
class KvmRunTest {

    private static ByteBuffer page() {
        return ByteBuffer.allocate(2 * 4096).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Test
    void ioOutExitCarriesTheWrittenByte() {
        ByteBuffer run = page();
        run.putInt(8, KvmRun.EXIT_IO);
        // io at 32: direction OUT (1), size 1, port 0x3f8, count 1, data_offset 4096
        run.put(32, (byte) 1).put(33, (byte) 1).putShort(34, (short) 0x3f8).putInt(36, 1).putLong(40, 4096);
        run.put(4096, (byte) 'A');
        KvmRunExit exit = KvmRun.decodeExit(run, KvmArch.X86_64);
        assertThat(exit).isInstanceOf(KvmRunExit.Io.class);
        KvmRunExit.Io io = (KvmRunExit.Io) exit;
        assertThat(io.out()).isTrue();
        assertThat(io.port()).isEqualTo(0x3f8);
        assertThat(io.value()).isEqualTo('A');
        assertThat(io.exitReason()).isEqualTo(2);
    }

    @Test
    void ioInExitIsAnsweredAtDataOffset() {
        ByteBuffer run = page();
        run.putInt(8, KvmRun.EXIT_IO);
        // IN (0), size 2, port 0x60, count 1, data_offset 4096
        run.put(32, (byte) 0).put(33, (byte) 2).putShort(34, (short) 0x60).putInt(36, 1).putLong(40, 4096);
        KvmRun.complete(run, KvmArch.X86_64, new byte[]{0x34, 0x12});
        assertThat(run.getShort(4096)).isEqualTo((short) 0x1234);
        assertThatThrownBy(() -> KvmRun.complete(run, KvmArch.X86_64, new byte[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("I/O IN");
    }

    @Test
    void mmioReadAndOtherExits() {
        ByteBuffer run = page();
        run.putInt(8, KvmRun.EXIT_MMIO);
        // mmio at 32: phys_addr 0xFEE000B0 (LAPIC EOI), data, len 4, is_write 1
        run.putLong(32, 0xFEE000B0L).putInt(40, 0).putInt(48, 4).put(52, (byte) 1);
        KvmRunExit.Mmio m = (KvmRunExit.Mmio) KvmRun.decodeExit(run, KvmArch.X86_64);
        assertThat(m.physAddr()).isEqualTo(0xFEE000B0L);
        assertThat(m.write()).isTrue();
        assertThat(m.len()).isEqualTo(4);
        assertThatThrownBy(() -> KvmRun.complete(run, KvmArch.X86_64, new byte[4]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MMIO");

        run.putInt(8, KvmRun.EXIT_HLT);
        assertThat(KvmRun.decodeExit(run, KvmArch.X86_64)).isEqualTo(new KvmRunExit.Hlt());
        run.putInt(8, KvmRun.EXIT_INTR);
        assertThat(KvmRun.decodeExit(run, KvmArch.X86_64)).isInstanceOf(KvmRunExit.Interrupted.class);
        run.putInt(8, KvmRun.EXIT_INTERNAL_ERROR);
        // internal: suberror 1 (emulation), ndata 2, data 0xaa, 0xbb
        run.putInt(32, 1).putInt(36, 2).putLong(40, 0xaa).putLong(48, 0xbb);
        assertThat(KvmRun.decodeExit(run, KvmArch.X86_64))
                .isEqualTo(new KvmRunExit.InternalError(1, new long[]{0xaa, 0xbb}));
        run.putInt(8, KvmRun.EXIT_IOAPIC_EOI);
        KvmRunExit other = KvmRun.decodeExit(run, KvmArch.X86_64);
        assertThat(other).isInstanceOf(KvmRunExit.Other.class);
        assertThat(other.toString()).contains("IOAPIC_EOI");
    }

    @Test
    void s390UnionSitsAfterThePsw() {
        ByteBuffer run = ByteBuffer.allocate(4096).order(ByteOrder.BIG_ENDIAN);
        run.putInt(8, KvmRun.EXIT_SYSTEM_EVENT);
        // system_event at 48 on s390: type 2 (reset), flags 0
        run.putInt(48, 2);
        assertThat(KvmRun.decodeExit(run, KvmArch.S390X)).isEqualTo(new KvmRunExit.SystemEvent(2, 0));
    }

    @Test
    void ioDataOffsetOutsideThePageIsRefused() {
        ByteBuffer run = page();
        run.putInt(8, KvmRun.EXIT_IO);
        run.put(32, (byte) 1).put(33, (byte) 4).putInt(36, 1).putLong(40, 8190);
        assertThatThrownBy(() -> KvmRun.decodeExit(run, KvmArch.X86_64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("data_offset");
    }
}
