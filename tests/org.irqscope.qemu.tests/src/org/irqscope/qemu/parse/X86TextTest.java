// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.junit.jupiter.api.Test;

/**
 * q35 captures: TCG with a Debian 6.1 kernel waiting for root (the guest has programmed the IOAPIC), and KVM
 * (kernel-irqchip on / split), where this host's KVM cannot run the kernel far, so the chips stay near reset.
 */
class X86TextTest {

    private static MachineState tcg() throws ParseException {
        return MonitorTextParser.parse("q35", Fixtures.text("q35-x86tcg.info-pic.txt"),
                Fixtures.text("q35-x86tcg.info-lapic.txt"), Fixtures.text("q35-x86tcg.info-irq.txt"),
                new MachineFacts(null, false, null, Map.of()));
    }

    @Test
    void linuxProgrammedTheIoapic() throws ParseException {
        MachineState s = tcg();
        assertThat(s.mode()).isEqualTo(InterruptMode.X86_EMULATED);
        IoapicState io = s.ioapic().orElseThrow();
        assertThat(io.pins()).hasSize(24);
        // Keyboard (ISA IRQ 1) edge-triggered, unmasked, logical destination; the PIT (IRQ 0) is routed via pin 2.
        IoapicState.RedirectionEntry kbd = io.pins().get(1);
        assertThat(kbd.masked()).isFalse();
        assertThat(kbd.levelTriggered()).isFalse();
        assertThat(kbd.logicalDestination()).isTrue();
        assertThat(kbd.vector()).isEqualTo(34);
        assertThat(io.pins().get(2).vector()).isEqualTo(48);
        // ACPI SCI (IRQ 9) is level-triggered, active high, as ACPI's MADT override says.
        assertThat(io.pins().get(9).levelTriggered()).isTrue();
        assertThat(io.pins().get(9).activeLow()).isFalse();
        assertThat(io.pins().get(3).masked()).isTrue();
        SourceState kbdSource = s.source(1).orElseThrow();
        assertThat(kbdSource.count()).isEqualTo(11);
        assertThat(kbdSource.priority()).isEqualTo(34);
    }

    @Test
    void picsAreTheRemappedPair() throws ParseException {
        List<PicState> pics = tcg().pics();
        assertThat(pics).extracting(PicState::chip).containsExactlyInAnyOrder(0, 1);
        PicState master = pics.stream().filter(p -> p.chip() == 0).findFirst().orElseThrow();
        // Linux masks the whole legacy PIC once the IOAPIC takes over; Linux remaps it to vectors 0x30/0x38.
        assertThat(master.imr()).isEqualTo(0xff);
        assertThat(master.irqBase()).isEqualTo(0x30);
        assertThat(master.irr()).isEqualTo(0x13);
    }

    @Test
    void lapicOfTheSecondCpu() throws ParseException {
        LapicState l = (LapicState) tcg().vcpu(1).orElseThrow().presenter();
        assertThat(l.softwareEnabled()).isTrue();
        assertThat(l.spuriousVector()).isEqualTo(0xff);
        // Linux's local timer vector is 0xec (236), here pending in IRR; the error vector is 0xfe.
        assertThat(l.irr().vectors()).containsExactly(236);
        assertThat(l.isr().isEmpty()).isTrue();
        assertThat(l.lvt().get(0).name()).isEqualTo("TIMER");
        assertThat(l.lvt().get(0).vector()).isEqualTo(236);
        assertThat(l.lvt().get(5).vector()).isEqualTo(0xfe);
        assertThat(l.tpr()).isEqualTo(0x10);
        assertThat(l.ldr()).isEqualTo(0x02);
        assertThat(l.timerDivide()).isEqualTo(3);
        assertThat(l.timerInitialCount()).isEqualTo(733001);
        assertThat(l.icr() >>> 32).isEqualTo(0x01000000L);
    }

    @Test
    void kernelIrqchipIsRecognisedFromTheKvmIoapic() throws ParseException {
        MachineState s = MonitorTextParser.parse("q35", Fixtures.text("q35-x86kvm.info-pic.txt"),
                Fixtures.text("q35-x86kvm.info-lapic.txt"), Fixtures.text("q35-x86kvm.info-irq.txt"),
                MachineFacts.NONE);
        assertThat(s.mode()).isEqualTo(InterruptMode.X86_KERNEL_IRQCHIP);
        assertThat(s.irqchip()).isEqualTo(IrqchipLocation.IN_KERNEL);
        assertThat(s.counters()).containsEntry("irq.kvm-ioapic.4", 1L);
        // LINT0 as ExtINT, level: the virtual-wire mode firmware leaves on the BSP.
        LapicState bsp = (LapicState) s.vcpu(0).orElseThrow().presenter();
        assertThat(bsp.lvt().get(3).deliveryMode()).isEqualTo(7);
    }

    @Test
    void splitIrqchipNeedsTheFact() throws ParseException {
        String pic = Fixtures.text("q35-x86split.info-pic.txt");
        MachineState s = MonitorTextParser.parse("q35", pic, null, Fixtures.text("q35-x86split.info-irq.txt"),
                new MachineFacts(null, true, "split", Map.of()));
        assertThat(s.mode()).isEqualTo(InterruptMode.X86_SPLIT_IRQCHIP);
        assertThat(s.counters()).containsEntry("irq.ioapic.0", 221L);
    }

    @Test
    void infoLapicAloneAndTruncated() throws ParseException {
        String text = Fixtures.text("q35-x86tcg.info-lapic.txt");
        List<VcpuState> v = MonitorTextParser.parseInfoLapic(text);
        assertThat(v).extracting(VcpuState::id).containsExactly(0, 1);
        String cut = text.substring(0, text.indexOf("SPIV"));
        assertThatThrownBy(() -> MonitorTextParser.parseInfoLapic(cut)).isInstanceOf(ParseException.class)
                .hasMessageContaining("has no SPIV line");
        assertThatThrownBy(() -> MonitorTextParser.parseInfoLapic(text.replace("ESR\t 0x0", "ESR\t 0xq")))
                .isInstanceOf(ParseException.class).hasMessageContaining("line");
    }

    @Test
    void xQueryIrqJsonCarriesTheSameCounts() throws ParseException {
        assertThat(MonitorTextParser.parseXQueryIrq(Fixtures.text("q35-x86tcg.x-query-irq.json")))
                .isEqualTo(MonitorTextParser.parseInfoIrq(Fixtures.text("q35-x86tcg.info-irq.txt")))
                .containsEntry("irq.isa-i8259.12", 3L);
        assertThatThrownBy(() -> MonitorTextParser.parseXQueryIrq("{\"return\": {}}"))
                .isInstanceOf(ParseException.class).hasMessageContaining("human-readable-text");
        assertThatThrownBy(() -> MonitorTextParser.parseXQueryIrq("{oops")).isInstanceOf(ParseException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void infoIrqWithoutStatistics() throws ParseException {
        assertThat(MonitorTextParser.parseInfoIrq(Fixtures.text("pseries-xive.info-irq.txt"))).isEmpty();
        assertThatThrownBy(() -> MonitorTextParser.parseInfoIrq(" 4: 1\n")).isInstanceOf(ParseException.class)
                .hasMessageContaining("line 1");
    }
}
