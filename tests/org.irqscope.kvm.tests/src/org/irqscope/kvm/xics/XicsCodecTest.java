// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** XICS source words (fact page §2.2) and ICP state (§2.3), vectors worked out by hand. */
class XicsCodecTest {

    static Stream<Arguments> sources() {
        return Stream.of(
                // server 3 in 31:0, priority 5 in 39:32, no flag: an MSI routed to server 3 at priority 5
                Arguments.of(0x0000000500000003L, new XicsSourceState(3, 5, false, false, false, false, false)),
                // bits 40 (LSI) + 41 (masked) = 0x300 << 32, saved priority 5, server 0: a masked LSI
                Arguments.of(0x0000030500000000L, new XicsSourceState(0, 5, true, true, false, false, false)),
                // bits 42, 43, 44 = 0x1C00 << 32, priority 0xFF, server 0xFFFFFFFF: pending+P+Q, never delivered
                Arguments.of(0x00001CFFFFFFFFFFL, new XicsSourceState(0xFFFFFFFFL, 0xFF, false, false, true, true,
                        true)),
                // nothing: server 0, priority 0 (most favoured), MSI
                Arguments.of(0L, new XicsSourceState(0, 0, false, false, false, false, false)));
    }

    @ParameterizedTest
    @MethodSource("sources")
    void sourceWords(long word, XicsSourceState expected) {
        assertThat(XicsSourceState.decode(word)).isEqualTo(expected);
        assertThat(expected.encode()).isEqualTo(word);
    }

    @Test
    void unusedHighBitsAreDropped() {
        // bit 63 is not a field
        assertThat(XicsSourceState.decode(0x8000000500000003L).encode()).isEqualTo(0x0000000500000003L);
    }

    @Test
    void deliverable() {
        assertThat(XicsSourceState.decode(0x0000000500000003L).deliverable()).isTrue();
        assertThat(XicsSourceState.decode(0x000000FF00000003L).deliverable()).isFalse();
        assertThat(XicsSourceState.decode(0x0000020500000003L).deliverable()).isFalse();
    }

    static Stream<Arguments> icps() {
        return Stream.of(
                // CPPR 0xFF (63:56), XISR 0x1000 (55:32), MFRR 0xFF (31:24), PPRI 5 (23:16): source 0x1000 pending
                Arguments.of(0xFF001000FF050000L, new IcpState(0xFF, 0x1000, 0xFF, 0x05)),
                // an IPI: XISR 2, MFRR 4 = PPRI 4, CPPR 0xFF
                Arguments.of(0xFF00000204040000L, new IcpState(0xFF, 2, 4, 4)),
                // reset: CPPR 0, nothing pending (XISR 0, PPRI 0xFF), no IPI (MFRR 0xFF)
                Arguments.of(0x00000000FFFF0000L, IcpState.reset()));
    }

    @ParameterizedTest
    @MethodSource("icps")
    void icpWords(long word, IcpState expected) {
        assertThat(IcpState.decode(word)).isEqualTo(expected);
        assertThat(expected.encode()).isEqualTo(word);
    }

    @Test
    void xirrAndOutput() {
        IcpState s = IcpState.decode(0xFF001000FF050000L);
        // state >> 32 is the architected XIRR
        assertThat(s.xirr()).isEqualTo(0xFF001000);
        assertThat(s.outputAsserted()).isTrue();
        assertThat(s.ipiPending()).isFalse();
        assertThat(IcpState.decode(0xFF00000204040000L).ipiPending()).isTrue();
        // CPPR 0x05 with PPRI 5: not more favoured than CPPR, so no output
        assertThat(new IcpState(5, 0x1000, 0xFF, 5).outputAsserted()).isFalse();
    }

    @Test
    void outOfRangeFieldsAreRefused() {
        assertThatThrownBy(() -> new XicsSourceState(0, 0x100, false, false, false, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XICS source priority")
                .hasMessageContaining("256").hasMessageContaining("0..255");
        assertThatThrownBy(() -> new XicsSourceState(0x100000000L, 0, false, false, false, false, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("server")
                .hasMessageContaining("0xffffffff");
        assertThatThrownBy(() -> new IcpState(0, 0x1000000, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("XISR").hasMessageContaining("0xffffff");
        assertThatThrownBy(() -> new IcpState(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CPPR");
    }

    @Test
    void icsNumbering() {
        assertThat(XicsAttributes.icsOf(0x1000)).isEqualTo(4);
        assertThat(XicsAttributes.icsOf(0x3ff)).isZero();
    }

    @Provide
    Arbitrary<XicsSourceState> sourceStates() {
        return Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL), Arbitraries.integers().between(0,
                255), Arbitraries.integers().between(0, 31)).as(
                        (server, prio, flags) -> new XicsSourceState(server,
                                prio, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0,
                                (flags & 16) != 0));
    }

    @Property
    void sourceStateRoundTrip(@ForAll("sourceStates") XicsSourceState s) {
        assertThat(XicsSourceState.decode(s.encode())).isEqualTo(s);
    }

    @Property
    void sourceWordRoundTrip(@ForAll long word) {
        // every defined bit (44:0) survives decode + encode
        long defined = word & ((1L << 45) - 1);
        assertThat(XicsSourceState.decode(defined).encode()).isEqualTo(defined);
    }

    @Property
    void icpWordRoundTrip(@ForAll long word) {
        // bits 15:0 are unused
        long defined = word & 0xFFFFFFFFFFFF0000L;
        assertThat(IcpState.decode(defined).encode()).isEqualTo(defined);
        assertThat(IcpState.decode(defined).xirr()).isEqualTo((int) (defined >>> 32));
    }
}
