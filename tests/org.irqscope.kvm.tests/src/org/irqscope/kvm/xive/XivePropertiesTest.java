// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Encode/decode round trips of the XIVE codecs. */
class XivePropertiesTest {

    @Property
    void sourceConfigEveryWordRoundTrips(@ForAll long word) {
        // every bit of the config word belongs to a field
        assertThat(XiveSourceConfig.decode(word).encode()).isEqualTo(word);
    }

    @Property
    void sourceConfigRecordRoundTrips(@ForAll @IntRange(min = 0, max = 7) int prio,
            @ForAll @IntRange(min = 0, max = 0x1FFFFFFF) int server, @ForAll boolean masked,
            @ForAll @IntRange(min = 0, max = Integer.MAX_VALUE) int eisn) {
        XiveSourceConfig c = new XiveSourceConfig(prio, server, masked, eisn);
        assertThat(XiveSourceConfig.decode(c.encode())).isEqualTo(c);
    }

    @Property
    void eqIdRoundTrips(@ForAll @IntRange(min = 0, max = 0x1FFFFFFF) int server,
            @ForAll @IntRange(min = 0, max = 7) int prio) {
        XiveEqId id = new XiveEqId(server, prio);
        assertThat(XiveEqId.decode(id.encode())).isEqualTo(id);
    }

    @Provide
    Arbitrary<XiveEqConfig> eqConfigs() {
        return Combinators.combine(Arbitraries.integers(), Arbitraries.integers().between(0, 63), Arbitraries.longs(),
                Arbitraries.integers().between(0, 1), Arbitraries.integers()).as(XiveEqConfig::new);
    }

    @Property
    void eqConfigRoundTrips(@ForAll("eqConfigs") XiveEqConfig eq) {
        ByteBuffer b = eq.encode();
        assertThat(b.remaining()).isEqualTo(XiveEqConfig.SIZE);
        assertThat(XiveEqConfig.decode(b)).isEqualTo(eq);
    }

    @Property
    void vpStateBytesRoundTrip(@ForAll @Size(16) byte[] reg) {
        assertThat(XiveVpState.decode(reg).encode()).isEqualTo(reg);
    }

    @Property
    void vpStateW01RoundTrips(@ForAll long w01) {
        assertThat(XiveVpState.fromW01(w01).w01()).isEqualTo(w01);
    }

    @Property
    void timaRingRoundTrips(@ForAll @Size(12) byte[] ring) {
        byte[] full = new byte[16];
        System.arraycopy(ring, 0, full, 0, 12);
        assertThat(XiveTimaRing.decode(full, 0).encode()).isEqualTo(full);
    }

    @Property
    void easRoundTrips(@ForAll long word) {
        // IBM bits 1-3 (= 62:60) are reserved
        long defined = word & ~0x7000000000000000L;
        assertThat(XiveEas.decode(defined).encode()).isEqualTo(defined);
    }

    @Property
    void eqEntryRoundTrips(@ForAll int word) {
        assertThat(XiveEqEntry.decode(word).encode()).isEqualTo(word);
    }

    @Property
    void piprIsTheMostFavouredPendingPriority(@ForAll @IntRange(min = 1, max = 255) int ipb) {
        int pipr = XiveTimaRing.piprOf(ipb);
        assertThat(XiveTimaRing.prioritiesOf(ipb).get(0)).isEqualTo(pipr);
        assertThat(ipb & XiveTimaRing.ipbBit(pipr)).isNotZero();
    }

    @Property
    void pqRoundTrips(@ForAll @IntRange(min = 0, max = 3) int bits) {
        assertThat(XivePq.of(bits).bits()).isEqualTo(bits);
        assertThat(XiveEsb.operationAt(XiveEsb.setPqOperation(XivePq.of(bits))).setsTo()).isEqualTo(XivePq.of(bits));
    }
}
