// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveThreadContext;
import org.junit.jupiter.api.Test;

/** pseries XICS (booted, dual before CAS, dual with xive=off) and powernv9 firmware captures from QEMU 7.2. */
class XicsAndPowernvTextTest {

    @Test
    void bootedXicsGuestOpensCpprAndUsesPriority5() throws ParseException {
        MachineState s = MonitorTextParser.parseInfoPic(Fixtures.text("pseries-xics-booted.info-pic.txt"), "x");
        assertThat(s.mode()).isEqualTo(InterruptMode.XICS);
        for (int cpu = 0; cpu < 2; cpu++) {
            XicsIcp icp = (XicsIcp) s.vcpu(cpu).orElseThrow().presenter();
            // Linux sets CPPR to 0xff (least favoured = accept all) once the ICP is up; no IPI requested.
            assertThat(icp.cppr()).isEqualTo(0xff);
            assertThat(icp.mfrr()).isEqualTo(0xff);
            assertThat(icp.xisr()).isZero();
        }
        // Linux's XICS DEFAULT_PRIORITY is 5 for device interrupts it has started; unused ones stay masked (0xff).
        assertThat(s.source(0x1000).orElseThrow().priority()).isEqualTo(5);
        assertThat(s.source(0x1000).orElseThrow().masked()).isFalse();
        assertThat(s.source(0x1101).orElseThrow().masked()).isTrue();
        assertThat(s.controllers(ControllerState.IcsBlock.class))
                .containsExactly(new ControllerState.IcsBlock("ICS 1000..1fff", 0x1000, 0x1000));
    }

    @Test
    void dualBeforeCasIsReportedAsDual() throws ParseException {
        String text = Fixtures.text("pseries-dual-before-cas.info-pic.txt");
        MachineFacts dual = new MachineFacts(InterruptMode.DUAL, false, null, Map.of());
        assertThat(MonitorTextParser.parseInfoPic(text, "x", dual).mode()).isEqualTo(InterruptMode.DUAL);
        assertThat(MonitorTextParser.parseInfoPic(text, "x").mode()).isEqualTo(InterruptMode.XICS);
        MachineState chose = MonitorTextParser.parseInfoPic(
                Fixtures.text("pseries-dual-xive-off.info-pic.txt"), "x", dual);
        assertThat(chose.mode()).isEqualTo(InterruptMode.XICS);
        assertThat(chose.notes()).anyMatch(n -> n.contains("chose XICS"));
        MachineState xive = MonitorTextParser.parseInfoPic(Fixtures.text("pseries-dual-booted.info-pic.txt"), "x",
                dual);
        assertThat(xive.mode()).isEqualTo(InterruptMode.XIVE);
    }

    @Test
    void statusBitsDecode() {
        SourceState s = InfoPicParser.xicsSource(0x1200, org.irqscope.core.state.SourceKind.LSI, 5, 0x03);
        assertThat(s.asserted()).isTrue();
        assertThat(s.presented()).isTrue();
        assertThat(s.pending()).isFalse();
        SourceState m = InfoPicParser.xicsSource(0x1000, org.irqscope.core.state.SourceKind.MSI, 0xff, 0x08);
        assertThat(m.masked()).isTrue();
        assertThat(m.pending()).isTrue();
    }

    @Test
    void icsRowOutsideItsBlockIsRejected() {
        String text = "ICS 1000..1fff 0x0\n  0fff MSI 05 00\n";
        assertThatThrownBy(() -> MonitorTextParser.parseInfoPic(text, "x")).isInstanceOf(ParseException.class)
                .hasMessageContaining("line 2").hasMessageContaining("inside the ICS block");
    }

    @Test
    void powernv9FirmwareSections() throws ParseException {
        MachineState s = MonitorTextParser.parseInfoPic(Fixtures.text("powernv9-firmware.info-pic.txt"), "pnv");
        assertThat(s.mode()).isEqualTo(InterruptMode.XIVE);
        // skiboot configures one source (0x10) for its own use: EAS to END 0xf, data 0x10.
        SourceState src = s.source(0x10).orElseThrow();
        assertThat(src.endIndex()).isEqualTo(0xf);
        assertThat(src.eisn()).isEqualTo(0x10);
        assertThat(src.pq()).isZero();
        XiveEventQueue end = s.xiveRouter().orElseThrow().ends().get(0);
        assertThat(end.index()).isEqualTo(0xf);
        assertThat(end.priority()).isEqualTo(7);
        assertThat(end.valid()).isTrue();
        assertThat(end.enqueue()).isTrue();
        assertThat(end.server()).isEqualTo(0x80);
        assertThat(end.entries()).isEqualTo(16384);
        assertThat(end.qaddr()).isEqualTo(0x32900000L);
        assertThat(s.xiveRouter().orElseThrow().nvts()).containsExactly(0x80);
        XiveThreadContext tc = (XiveThreadContext) s.vcpu(0).orElseThrow().presenter();
        // The hypervisor (PHYS) ring is the one firmware uses: W2 valid bit set.
        assertThat(tc.rings().get(XiveThreadContext.PHYS).w2()).isEqualTo(0x80000000);
        assertThat(tc.vpId()).isEqualTo(-1);
    }

    @Test
    void garbageIsRejectedWithAReason() {
        assertThatThrownBy(() -> MonitorTextParser.parseInfoPic("hello\nworld\n", "x"))
                .isInstanceOf(ParseException.class).hasMessageContaining("no interrupt controller section");
        assertThatThrownBy(() -> MonitorTextParser.parseInfoPic("CPU 0 XIRR=ff000000 ((nil)) PP=ff MFRR=ff\n"
                + "   zz\n", "x")).isInstanceOf(ParseException.class).hasMessageContaining("line 2");
    }
}
