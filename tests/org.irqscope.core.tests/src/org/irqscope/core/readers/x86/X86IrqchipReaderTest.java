// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.readers.x86;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VectorSet;
import org.junit.jupiter.api.Test;

class X86IrqchipReaderTest {

    private static void put32(byte[] b, int at, int v) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (v >>> (8 * i));
        }
    }

    private static void put64(byte[] b, int at, long v) {
        put32(b, at, (int) v);
        put32(b, at + 4, (int) (v >>> 32));
    }

    /** The PIC master of a guest that took IRQ 1 (keyboard) and has IRQ 3 requested while IRQ 1 is in service. */
    private static byte[] picMasterFixture() {
        byte[] s = new byte[512];
        s[0] = 0x0a; // last_irr: lines 1 and 3 were high at the last sample
        s[1] = 0x08; // irr: line 3 requested
        s[2] = (byte) 0xf1; // imr: lines 0, 4, 5, 6, 7 masked; 1, 2 (cascade), 3 open
        s[3] = 0x02; // isr: line 1 in service (no EOI yet)
        s[4] = 0; // priority_add
        s[5] = 0x20; // irq_base: vectors 0x20..0x27
        s[6] = 1; // read_reg_select: a read of port 0x20 returns ISR
        s[7] = 0; // poll
        s[8] = 0; // special_mask
        s[9] = 0; // init_state: initialised
        s[10] = 0; // auto_eoi off
        s[11] = 0; // rotate_on_auto_eoi
        s[12] = 0; // special_fully_nested_mode
        s[13] = 1; // init4: ICW4 was given
        s[14] = 0x08; // elcr: line 3 level-triggered
        s[15] = (byte) 0xf8; // elcr_mask: lines 3..7 may be level-triggered on the master
        return s;
    }

    /**
     * An IOAPIC at 0xFEC00000, id 0, with: pin 2 = vector 0x30 to APIC 1, edge, unmasked; pin 9 = vector 0x61,
     * level, low active, remote IRR set (delivered, no EOI), to APIC 0, and its IRR bit set (line asserted);
     * pin 16 masked with vector 0x41 logical destination 0x03; every other pin masked (KVM's reset value 0x10000).
     */
    private static byte[] ioapicFixture() {
        byte[] s = new byte[512];
        put64(s, 0, 0xfec00000L); // base_address
        put32(s, 8, 0x10); // ioregsel: the guest last selected redirection entry 0 low word
        put32(s, 12, 0); // id
        put32(s, 16, 1 << 9); // irr: pin 9's line is high
        for (int pin = 0; pin < 24; pin++) {
            put64(s, 24 + 8 * pin, 0x10000L);
        }
        put64(s, 24 + 8 * 2, 0x30L | 1L << 56);
        put64(s, 24 + 8 * 9, 0x61L | 1L << 13 | 1L << 14 | 1L << 15);
        put64(s, 24 + 8 * 16, 0x41L | 1L << 11 | 1L << 16 | 3L << 56);
        return s;
    }

    /**
     * vCPU 1's LAPIC: id 1, version 0x50014 (max LVT 5, version 0x14), TPR 0x20, PPR 0x40 (vector 0x41 in service),
     * SVR 0x1FF (enabled, spurious 0xFF), LDR 0x02000000, DFR flat, ISR {0x41}, IRR {0x41, 0x35, 0xE0}, TMR {0x61},
     * ICR high 0x01000000 low 0x000040F3 (last IPI: vector 0xF3 to APIC 1, assert), LINT0 masked ExtINT, timer
     * one-shot vector 0xEC with TMICT 1000, TMCCT 250, TDCR 0xB (divide by 1).
     */
    private static byte[] lapicFixture() {
        byte[] p = new byte[1024];
        put32(p, 0x20, 1 << 24);
        put32(p, 0x30, 0x50014);
        put32(p, 0x80, 0x20);
        put32(p, 0x90, 0);
        put32(p, 0xa0, 0x40);
        put32(p, 0xd0, 0x02000000);
        put32(p, 0xe0, 0xffffffff);
        put32(p, 0xf0, 0x1ff);
        put32(p, 0x100 + 0x10 * 2, 1 << 1); // ISR register 2 bit 1: vector 0x41
        put32(p, 0x200 + 0x10 * 1, 1 << 21); // IRR register 1 bit 21: vector 0x35
        put32(p, 0x200 + 0x10 * 2, 1 << 1); // IRR register 2 bit 1: vector 0x41
        put32(p, 0x200 + 0x10 * 7, 1); // IRR register 7 bit 0: vector 0xE0
        put32(p, 0x180 + 0x10 * 3, 1 << 1); // TMR register 3 bit 1: vector 0x61
        put32(p, 0x280, 0);
        put32(p, 0x300, 0x40f3);
        put32(p, 0x310, 0x01000000);
        put32(p, 0x320, 0xec); // LVT timer: one-shot, vector 0xEC
        put32(p, 0x350, 0x10700); // LVT LINT0: masked, ExtINT
        put32(p, 0x360, 0x400); // LVT LINT1: NMI
        put32(p, 0x370, 0x10000); // LVT error: masked
        put32(p, 0x2f0, 0x10000); // LVT CMCI: masked
        put32(p, 0x380, 1000);
        put32(p, 0x390, 250);
        put32(p, 0x3e0, 0xb);
        return p;
    }

    @Test
    void decodesThePicFieldByField() {
        PicState pic = X86IrqchipReader.pic(0, picMasterFixture());
        assertThat(pic).isEqualTo(new PicState(0, 0x0a, 0x08, 0xf1, 0x02, 0, 0x20, 1, 0, 0, 0, 0, 0, 0, 1, 0x08,
                0xf8));
    }

    @Test
    void decodesTheIoapicAndItsPinsAsSources() {
        IoapicState io = X86IrqchipReader.ioapic(ioapicFixture());
        assertThat(io.baseAddress()).isEqualTo(0xfec00000L);
        assertThat(io.ioregsel()).isEqualTo(0x10);
        assertThat(io.irr()).isEqualTo(1 << 9);
        assertThat(io.pins()).hasSize(24);
        IoapicState.RedirectionEntry pin2 = io.pins().get(2);
        assertThat(pin2.vector()).isEqualTo(0x30);
        assertThat(pin2.destination()).isEqualTo(1);
        assertThat(pin2.masked()).isFalse();
        assertThat(pin2.levelTriggered()).isFalse();
        IoapicState.RedirectionEntry pin9 = io.pins().get(9);
        assertThat(pin9.levelTriggered()).isTrue();
        assertThat(pin9.activeLow()).isTrue();
        assertThat(pin9.remoteIrr()).isTrue();
        assertThat(io.pins().get(16).logicalDestination()).isTrue();
        assertThat(io.pins().get(16).destination()).isEqualTo(3);

        List<SourceState> sources = X86IrqchipReader.sources(io, new long[]{0, 0, 7});
        assertThat(sources).hasSize(24);
        SourceState s9 = sources.get(9);
        assertThat(s9.pending()).isTrue();
        assertThat(s9.asserted()).isTrue();
        assertThat(s9.presented()).isTrue();
        assertThat(s9.priority()).isEqualTo(0x61);
        assertThat(s9.server()).isZero();
        assertThat(sources.get(2).count()).isEqualTo(7);
        assertThat(sources.get(2).masked()).isFalse();
        assertThat(sources.get(3).masked()).isTrue();
        assertThat(sources.get(3).count()).isEqualTo(-1);
    }

    @Test
    void decodesTheLapicPage() {
        LapicState l = X86IrqchipReader.lapic(lapicFixture());
        assertThat(l.apicId()).isEqualTo(1);
        assertThat(l.version()).isEqualTo(0x50014);
        assertThat(l.tpr()).isEqualTo(0x20);
        assertThat(l.ppr()).isEqualTo(0x40);
        assertThat(l.softwareEnabled()).isTrue();
        assertThat(l.spuriousVector()).isEqualTo(0xff);
        assertThat(l.ldr()).isEqualTo(0x02000000);
        assertThat(l.dfr()).isEqualTo(0xffffffff);
        assertThat(l.isr()).isEqualTo(VectorSet.of(0x41));
        assertThat(l.irr()).isEqualTo(VectorSet.of(0x35, 0x41, 0xe0));
        assertThat(l.irr().highest()).isEqualTo(0xe0);
        assertThat(l.tmr()).isEqualTo(VectorSet.of(0x61));
        assertThat(l.icr()).isEqualTo(0x01000000_000040f3L);
        assertThat(l.lvt()).extracting(LapicState.LvtEntry::name)
                .containsExactly("TIMER", "THERMAL", "PERFMON", "LINT0", "LINT1", "ERROR", "CMCI");
        assertThat(l.lvt().get(0).vector()).isEqualTo(0xec);
        assertThat(l.lvt().get(3).masked()).isTrue();
        assertThat(l.lvt().get(3).deliveryMode()).isEqualTo(7);
        assertThat(l.lvt().get(4).deliveryMode()).isEqualTo(4);
        assertThat(l.timerInitialCount()).isEqualTo(1000);
        assertThat(l.timerCurrentCount()).isEqualTo(250);
        assertThat(l.timerDivide()).isEqualTo(0xb);
    }

    @Test
    void aHighVectorRegisterDecodesUnsigned() {
        byte[] p = new byte[1024];
        put32(p, 0x200 + 0x10 * 7, 0x80000000); // IRR register 7 bit 31: vector 0xFF
        put32(p, 0x390, 0xfffffff0); // TMCCT near the top of its 32 bits
        LapicState l = X86IrqchipReader.lapic(p);
        assertThat(l.irr()).isEqualTo(VectorSet.of(0xff));
        assertThat(l.timerCurrentCount()).isEqualTo(0xfffffff0L);
    }

    @Test
    void buildsTheMachineState() {
        byte[] slave = new byte[512];
        slave[5] = 0x28;
        slave[2] = (byte) 0xff;
        X86IrqchipReader.RawIrqchip raw = new X86IrqchipReader.RawIrqchip(picMasterFixture(), slave, ioapicFixture(),
                List.of(new X86IrqchipReader.RawVcpu(1, lapicFixture(), RunState.HALTED, Map.of("vector.65", 3L)),
                        new X86IrqchipReader.RawVcpu(0, new byte[1024], RunState.PAUSED, Map.of())));
        MachineState m = X86IrqchipReader.read("kvm:x86?vcpus=2", 7, raw, null, Map.of("inject.delivered", 5L),
                List.of(new MsiRoute(-1, -1, 0, 0xfee01000L, 0x41)), List.of("KVM_CAP_IRQCHIP"), List.of());
        assertThat(m.mode()).isEqualTo(InterruptMode.X86_KERNEL_IRQCHIP);
        assertThat(m.sequence()).isEqualTo(7);
        assertThat(m.pics()).extracting(PicState::irqBase).containsExactly(0x20, 0x28);
        assertThat(m.ioapic()).isPresent();
        assertThat(m.vcpus()).extracting(v -> v.id()).containsExactly(0, 1);
        assertThat(m.vcpu(1).orElseThrow().presenter()).isInstanceOfSatisfying(LapicState.class,
                l -> assertThat(l.isr().contains(0x41)).isTrue());
        assertThat(m.vcpu(1).orElseThrow().counters()).containsEntry("vector.65", 3L);
        assertThat(m.vcpu(0).orElseThrow().runState()).isEqualTo(RunState.PAUSED);
        assertThat(m.sources()).hasSize(24);
        assertThat(m.counters()).containsEntry("inject.delivered", 5L);
        assertThat(m.routes()).hasSize(1);
        assertThat(m.capabilities()).contains("KVM_CAP_IRQCHIP");
    }

    @Test
    void refusesTruncatedInputs() {
        assertThatThrownBy(() -> new X86IrqchipReader.RawVcpu(0, new byte[100], RunState.RUNNING, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LAPIC page of vCPU 0");
        assertThatThrownBy(() -> new X86IrqchipReader.RawIrqchip(new byte[16], new byte[512], new byte[512],
                List.of())).hasMessageContaining("PIC master");
    }
}
