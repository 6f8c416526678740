// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveThreadContext;
import org.junit.jupiter.api.Test;

/**
 * A pseries ic-mode=xive guest (Debian 6.1 kernel, 2 vCPUs, TCG) waiting for its root disk. Expected values come from
 * how Linux drives sPAPR XIVE: one IPI LISN per CPU (0..nr_cpus-1) routed to its own CPU, every interrupt at the one
 * priority Linux uses under sPAPR XIVE (6), 64 KiB queues of 16384 entries, OS CAM line = VP 0x400 + vCPU.
 */
class SpaprXiveTextTest {
    private final MachineState state = parse();

    private static MachineState parse() {
        try {
            return MonitorTextParser.parseInfoPic(Fixtures.text("pseries-xive-booted.info-pic.txt"), "qemu:pseries");
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void modeAndLocation() {
        assertThat(state.arch()).isEqualTo(Arch.PPC64);
        assertThat(state.mode()).isEqualTo(InterruptMode.XIVE);
        assertThat(state.irqchip()).isEqualTo(IrqchipLocation.EMULATED);
    }

    @Test
    void perCpuIpiTargetsItsOwnCpuAtPriority6() {
        for (int cpu = 0; cpu < 2; cpu++) {
            SourceState ipi = state.source(cpu).orElseThrow();
            assertThat(ipi.kind()).isEqualTo(SourceKind.IPI);
            assertThat(ipi.server()).isEqualTo(cpu);
            assertThat(ipi.priority()).isEqualTo(6);
            assertThat(ipi.masked()).isFalse();
            assertThat(ipi.pq()).isZero();
            assertThat(ipi.endIndex()).isEqualTo(cpu * 8 + 6);
        }
    }

    @Test
    void unusedSourcesAreOffAndMasked() {
        SourceState vio = state.source(0x1101).orElseThrow();
        assertThat(vio.pqText()).isEqualTo("01");
        assertThat(vio.masked()).isTrue();
        assertThat(vio.eisn()).isEqualTo(-1);
        assertThat(state.source(0x1200).orElseThrow().kind()).isEqualTo(SourceKind.LSI);
        assertThat(state.sources()).hasSize(12);
    }

    @Test
    void threadContextsCarryTheSpaprVpIds() {
        for (int cpu = 0; cpu < 2; cpu++) {
            XiveThreadContext tc = (XiveThreadContext) state.vcpu(cpu).orElseThrow().presenter();
            assertThat(tc.vpId()).isEqualTo(0x400 + cpu);
            // Linux opens the OS ring to all priorities once XIVE is up.
            assertThat(tc.os().cppr()).isEqualTo(0xff);
            assertThat(tc.os().pipr()).isEqualTo(0xff);
        }
    }

    @Test
    void eventQueuesAreSixteenKEntriesWithGenerationOne() {
        XiveEventQueue q0 = state.xiveRouter().orElseThrow().ends().stream().filter(e -> e.server() == 0).findFirst()
                .orElseThrow();
        assertThat(q0.priority()).isEqualTo(6);
        assertThat(q0.entries()).isEqualTo(16384);
        assertThat(q0.generation()).isEqualTo(1);
        assertThat(q0.qaddr()).isEqualTo(0x32b0000L);
        assertThat(q0.qindex()).isEqualTo(231);
        // Every recent entry is generation 1 | EISN 0x10, the IPI's logical number.
        assertThat(q0.window()).hasSize(5).allMatch(w -> w == 0x80000010);
        assertThat(state.xiveRouter().orElseThrow().nvts()).containsExactly(0x400, 0x401);
    }

    @Test
    void deviceSourcesShareTheCpuQueue() {
        SourceState epow = state.source(0x1000).orElseThrow();
        assertThat(epow.eisn()).isEqualTo(0x12);
        assertThat(epow.endIndex()).isEqualTo(6);
    }

    @Test
    void truncatedRingBlockNamesTheLine() {
        String text = Fixtures.text("pseries-xive-booted.info-pic.txt");
        String cut = text.substring(0, text.indexOf("CPU[0000]: POOL"));
        assertThatThrownBy(() -> MonitorTextParser.parseInfoPic(cut, "t"))
                .isInstanceOf(ParseException.class).hasMessageContaining("line 1")
                .hasMessageContaining("four TIMA rings");
    }

    @Test
    void truncatedLisnRowNamesTheLine() {
        String text = Fixtures.text("pseries-xive-booted.info-pic.txt");
        int at = text.indexOf("  00001000 MSI");
        String cut = text.substring(0, at + 14) + "\r\n";
        assertThatThrownBy(() -> MonitorTextParser.parseInfoPic(cut, "t"))
                .isInstanceOf(ParseException.class).hasMessageContaining("line 14")
                .hasMessageContaining("a LISN row");
    }

    @Test
    void newerSpacingStillDecodes() {
        String text = Fixtures.text("pseries-xive-booted.info-pic.txt").replace("\r\n", "\n").replace("  LISN", " LISN")
                .replace("  0000", "   0000").replace("   0/6", " 0/6");
        MachineState again = parseOrFail(text);
        assertThat(again.sources()).isEqualTo(state.sources());
    }

    @Test
    void unknownLinesBecomeNotes() {
        MachineState s = parseOrFail(Fixtures.text("pseries-xive-booted.info-pic.txt")
                + "Interrupt controller information not available for power10_v2.0-powerpc64-cpu.\n");
        assertThat(s.notes()).anyMatch(n -> n.contains("line 25 not decoded")
                && n.contains("Interrupt controller information not available"));
    }

    static MachineState parseOrFail(String text) {
        try {
            return MonitorTextParser.parseInfoPic(text, "t");
        } catch (ParseException e) {
            throw new AssertionError(e);
        }
    }
}
