// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** XIVE native attribute values, VP state, ESB, TIMA, EAS and END layouts (fact page §3), vectors by hand. */
class XiveCodecTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    static Stream<Arguments> sourceConfigs() {
        return Stream.of(
                // priority 6 (2:0) | server 1 << 3 = 0x8 | EISN 0x1000 << 33 = 1 << 45 = 0x2000_0000_0000
                Arguments.of(0x000020000000000EL, new XiveSourceConfig(6, 1, false, 0x1000)),
                // masked (bit 32) with everything else 0
                Arguments.of(0x0000000100000000L, new XiveSourceConfig(0, 0, true, 0)),
                // the largest of each: prio 7, server 0x1FFFFFFF, masked, EISN 0x7FFFFFFF → all 64 bits set
                Arguments.of(-1L, new XiveSourceConfig(7, 0x1FFFFFFF, true, 0x7FFFFFFF)));
    }

    @ParameterizedTest
    @MethodSource("sourceConfigs")
    void sourceConfigWords(long word, XiveSourceConfig expected) {
        assertThat(XiveSourceConfig.decode(word)).isEqualTo(expected);
        assertThat(expected.encode()).isEqualTo(word);
    }

    @Test
    void sourceConfigOutOfRange() {
        assertThatThrownBy(() -> new XiveSourceConfig(8, 0, false, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("priority").hasMessageContaining("8").hasMessageContaining("0..7");
        assertThatThrownBy(() -> new XiveSourceConfig(0, 0x20000000, false, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server")
                .hasMessageContaining("0x20000000").hasMessageContaining("0x1fffffff");
        assertThatThrownBy(() -> new XiveSourceConfig(0, 0, false, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EISN");
    }

    @Test
    void sourceStateWord() {
        // bit 0 LSI, bit 1 asserted
        assertThat(new XiveSourceState(true, true).encode()).isEqualTo(3);
        assertThat(XiveSourceState.decode(1)).isEqualTo(new XiveSourceState(true, false));
        assertThat(XiveSourceState.decode(0)).isEqualTo(new XiveSourceState(false, false));
    }

    @Test
    void eqIdIsTheSpaprEndIndex() {
        // server 2 << 3 | priority 6 = 0x16, the END of (vCPU 2, prio 6)
        assertThat(new XiveEqId(2, 6).encode()).isEqualTo(0x16);
        assertThat(XiveEqId.decode(0x16)).isEqualTo(new XiveEqId(2, 6));
        assertThat(XiveAttributes.spaprEndIndex(2, 6)).isEqualTo(0x16);
        assertThat(new XiveSourceConfig(6, 2, false, 0).eq()).isEqualTo(new XiveEqId(2, 6));
        assertThatThrownBy(() -> XiveEqId.decode(0x100000000L)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("EQ id");
    }

    @Test
    void eqConfigStruct() {
        // flags 1, qshift 16 (64 KiB), qaddr 0x12340000, qtoggle 1, qindex 5, then 40 zero bytes
        byte[] raw = hex("01000000 10000000 0000341200000000 01000000 05000000" + "00".repeat(40));
        XiveEqConfig eq = XiveEqConfig.decode(ByteBuffer.wrap(raw));
        assertThat(eq).isEqualTo(new XiveEqConfig(XiveEqConfig.ALWAYS_NOTIFY, 16, 0x12340000L, 1, 5));
        assertThat(eq.entries()).isEqualTo(16384);
        assertThat(eq.enabled()).isTrue();
        byte[] back = new byte[64];
        eq.encode().get(back);
        assertThat(back).isEqualTo(raw);
        assertThat(XiveEqConfig.SIZE).isEqualTo(64);
        assertThat(new int[]{XiveEqConfig.OFFSET_FLAGS, XiveEqConfig.OFFSET_QSHIFT, XiveEqConfig.OFFSET_QADDR,
                XiveEqConfig.OFFSET_QTOGGLE, XiveEqConfig.OFFSET_QINDEX, XiveEqConfig.OFFSET_PAD})
                .containsExactly(0, 4, 8, 16, 20, 24);
        assertThatThrownBy(() -> new XiveEqConfig(1, 12, 0, 2, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("qtoggle");
    }

    @Test
    void vpStateBytesInTimaOrder() {
        // NSR 0x80 (EO), CPPR 5, IPB 0x40 (priority 1), LSMFB 0xFF, ACK# 0xFF, INC 0, AGE 0xFF, PIPR 1; unused word
        byte[] reg = hex("80 05 40 ff ff 00 ff 01  00 00 00 00 00 00 00 00");
        XiveVpState s = XiveVpState.decode(reg);
        assertThat(s).isEqualTo(XiveVpState.of(0x80, 5, 0x40, 0xff, 0xff, 0, 0xff, 1));
        assertThat(s.w01()).isEqualTo(0x800540FFFF00FF01L);
        assertThat(XiveVpState.fromW01(0x800540FFFF00FF01L)).isEqualTo(s);
        assertThat(s.encode()).isEqualTo(reg);
        assertThat(s.toRing(0x80000400).exceptionPending()).isTrue();
        assertThat(s.toRing(0x80000400).pendingPriorities()).containsExactly(1);
        assertThatThrownBy(() -> XiveVpState.decode(new byte[8])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16");
    }

    @Test
    void timaRing() {
        // OS ring of vCPU 0 (sPAPR): bytes as above, word 2 = VO | CAM 0x400
        byte[] tima = new byte[0x40];
        System.arraycopy(hex("80 05 40 ff ff 00 ff 01  80 00 04 00"), 0, tima, XiveTima.QW1_OS, 12);
        XiveTimaRing r = XiveTimaRing.decode(tima, XiveTima.QW1_OS);
        assertThat(r.cppr()).isEqualTo(5);
        assertThat(r.camValid()).isTrue();
        assertThat(r.cam()).isEqualTo(XiveAttributes.spaprNvtIndex(0));
        assertThat(r.encode()).isEqualTo(hex("80 05 40 ff ff 00 ff 01  80 00 04 00  00 00 00 00"));
        assertThat(XiveTimaRing.osReset()).isEqualTo(new XiveTimaRing(0, 0, 0, 0xff, 0xff, 0, 0xff, 0xff, 0));
        assertThatThrownBy(() -> XiveTimaRing.decode(tima, 0x38)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ring offset");
    }

    @Test
    void ipbAndPipr() {
        // IPB bit = 1 << (7 - prio)
        assertThat(XiveTimaRing.ipbBit(0)).isEqualTo(0x80);
        assertThat(XiveTimaRing.ipbBit(6)).isEqualTo(0x02);
        assertThat(XiveTimaRing.ipbBit(7)).isEqualTo(0x01);
        // 0x42 = priorities 1 and 6; PIPR = most favoured = 1
        assertThat(XiveTimaRing.prioritiesOf(0x42)).containsExactly(1, 6);
        assertThat(XiveTimaRing.piprOf(0x42)).isEqualTo(1);
        assertThat(XiveTimaRing.piprOf(0x01)).isEqualTo(7);
        assertThat(XiveTimaRing.piprOf(0)).isEqualTo(0xff);
        assertThatThrownBy(() -> XiveTimaRing.ipbBit(8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0..7");
    }

    @Test
    void timaOffsets() {
        // OS view is the third 64 KiB page
        assertThat(XiveTima.osAckOffset()).isEqualTo(0x20810L);
        assertThat(XiveTima.osCpprOffset()).isEqualTo(0x20011L);
        assertThat(XiveTima.osSetPendingOffset()).isEqualTo(0x20812L);
        assertThat(XiveTima.offset(XiveTima.PAGE_USER, 0)).isEqualTo(0x30000L);
        assertThatThrownBy(() -> XiveTima.offset(4, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("view page");
    }

    @Test
    void esbOffsets() {
        // source 0x1000: trigger page at 0x1000 << 17 = 0x2000_0000, management page 64 KiB later
        assertThat(XiveEsb.triggerPage(0x1000)).isEqualTo(0x20000000L);
        assertThat(XiveEsb.managementPage(0x1000)).isEqualTo(0x20010000L);
        assertThat(XiveEsb.managementOffset(0x1000, XiveEsb.GET)).isEqualTo(0x20010800L);
        assertThat(XiveEsb.setPqOperation(XivePq.OFF)).isEqualTo(0xd00);
        assertThat(XiveEsb.setPqOperation(XivePq.QUEUED)).isEqualTo(0xf00);
        assertThat(XiveEsb.operationAt(0x3ff)).isEqualTo(XiveEsb.Operation.EOI);
        assertThat(XiveEsb.operationAt(0x400)).isEqualTo(XiveEsb.Operation.STORE_EOI);
        assertThat(XiveEsb.operationAt(0x9f8)).isEqualTo(XiveEsb.Operation.GET);
        assertThat(XiveEsb.operationAt(0xe00)).isEqualTo(XiveEsb.Operation.SET_PQ_10);
        assertThat(XiveEsb.operationAt(0xe00).setsTo()).isEqualTo(XivePq.PENDING);
    }

    @Test
    void pqStateMachine() {
        assertThat(XivePq.of(0b10)).isEqualTo(XivePq.PENDING);
        assertThat(XivePq.fromLoad(1)).isEqualTo(XivePq.OFF);
        assertThat(XivePq.QUEUED.p()).isTrue();
        assertThat(XivePq.OFF.q()).isTrue();
        // trigger: 00→10 notify, 10→11, 11→11, 01→01
        assertThat(XivePq.RESET.trigger()).isEqualTo(new XivePq.Transition(XivePq.PENDING, true));
        assertThat(XivePq.PENDING.trigger()).isEqualTo(new XivePq.Transition(XivePq.QUEUED, false));
        assertThat(XivePq.QUEUED.trigger()).isEqualTo(new XivePq.Transition(XivePq.QUEUED, false));
        assertThat(XivePq.OFF.trigger()).isEqualTo(new XivePq.Transition(XivePq.OFF, false));
        // EOI: 10→00, 11→10 and notify again, 01→01
        assertThat(XivePq.PENDING.eoi()).isEqualTo(new XivePq.Transition(XivePq.RESET, false));
        assertThat(XivePq.QUEUED.eoi()).isEqualTo(new XivePq.Transition(XivePq.PENDING, true));
        assertThat(XivePq.OFF.eoi()).isEqualTo(new XivePq.Transition(XivePq.OFF, false));
        assertThatThrownBy(() -> XivePq.fromLoad(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ESB load result");
    }

    static Stream<Arguments> eases() {
        return Stream.of(
                // VALID (IBM bit 0 = bit 63), END index 0x0E in IBM 8-31 (= 55:32), EISN 0x1000 in 33-63 (30:0)
                Arguments.of(0x8000000E00001000L, new XiveEas(true, 0, 0x0E, false, 0x1000)),
                // MASKED is IBM bit 32 = bit 31
                Arguments.of(0x8000000000000000L | 0x80000000L, new XiveEas(true, 0, 0, true, 0)),
                // END block 0xF in IBM 4-7 (= 59:56), not valid
                Arguments.of(0x0F00000000000000L, new XiveEas(false, 0xF, 0, false, 0)));
    }

    @ParameterizedTest
    @MethodSource("eases")
    void easWords(long word, XiveEas expected) {
        assertThat(XiveEas.decode(word)).isEqualTo(expected);
        assertThat(expected.encode()).isEqualTo(word);
    }

    @Test
    void endWords() {
        XiveEnd end = XiveEnd.of(
                // w0: VALID (IBM 0) | ENQUEUE (IBM 1) = 0xC0000000, QSIZE 4 in IBM 12-15 (= 19:16)
                0xC0040000,
                // w1: GENERATION (IBM 9 = bit 22) | PAGE_OFF 3
                0x00400003,
                // w2/w3: queue address 0x1_2345_0000
                0x00000001, 0x23450000,
                // w4: escalation END block 2 (IBM 4-7 = 27:24), index 5
                0x02000005,
                // w5: escalation data 0x77
                0x00000077,
                // w6: NVT block 0, index 0x401 (IBM 13-31 = 18:0)
                0x00000401,
                // w7: priority 6 in IBM 8-15 (= 23:16)
                0x00060000);
        assertThat(end.valid()).isTrue();
        assertThat(end.enqueue()).isTrue();
        assertThat(end.unconditionalNotify()).isFalse();
        assertThat(end.qsize()).isEqualTo(4);
        assertThat(end.queueEntries()).isEqualTo(16384);
        assertThat(end.generation()).isTrue();
        assertThat(end.queueIndex()).isEqualTo(3);
        assertThat(end.queueAddress()).isEqualTo(0x123450000L);
        assertThat(end.escalationEndBlock()).isEqualTo(2);
        assertThat(end.escalationEndIndex()).isEqualTo(5);
        assertThat(end.escalationEndData()).isEqualTo(0x77);
        assertThat(end.format1()).isFalse();
        assertThat(end.nvtBlock()).isZero();
        assertThat(end.nvtIndex()).isEqualTo(0x401);
        assertThat(end.priority()).isEqualTo(6);
        assertThat(end.esn()).isEqualTo(XivePq.RESET);
        // ESn P|Q are IBM bits 0,1 of w1
        assertThat(XiveEnd.of(0, 0xC0000000, 0, 0, 0, 0, 0, 0).esn()).isEqualTo(XivePq.QUEUED);
        assertThat(XiveEnd.of(0, 0x20000000, 0, 0, 0, 0, 0, 0).ese()).isEqualTo(XivePq.PENDING);
        assertThat(XiveEnd.enqueuing(0x123450000L, 4, 0, 0x401, 6, true, 3)).isEqualTo(XiveEnd.of(0xC0040000,
                0x00400003, 0x00000001, 0x23450000, 0, 0, 0x00000401, 0x00060000));
        assertThatThrownBy(() -> XiveEnd.of(1, 2, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("word count");
    }

    @Test
    void eqEntries() {
        // generation bit 31 set, EISN 0x1000
        assertThat(XiveEqEntry.decode(0x80001000)).isEqualTo(new XiveEqEntry(true, 0x1000));
        assertThat(XiveEqEntry.decode(hex("00 00 10 02"), 0)).isEqualTo(new XiveEqEntry(false, 0x1002));
        assertThat(new XiveEqEntry(true, 0x1000).encode()).isEqualTo(0x80001000);
    }
}
