// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.irqscope.kvm.KvmLapicState;

/** Encode/decode round trips of the x86 codecs. */
class X86PropertiesTest {

    @Property
    void redirectionEntryEveryWordRoundTrips(@ForAll long bits) {
        // every bit belongs to a field (reserved 55:17 is kept)
        assertThat(IoapicRedirectionEntry.decode(bits).encode()).isEqualTo(bits);
    }

    @Property
    void ioapicStateRoundTrips(@ForAll long base, @ForAll int ioregsel, @ForAll int id, @ForAll int irr,
            @ForAll @Size(24) List<Long> rtes) {
        IoapicState s = new IoapicState(base, ioregsel, id, irr,
                rtes.stream().map(IoapicRedirectionEntry::decode).toList());
        assertThat(IoapicState.decode(s.toIrqchip())).isEqualTo(s);
    }

    @Property
    void picStateRoundTrips(@ForAll @Size(16) byte[] raw) {
        assertThat(PicState.decode(java.nio.ByteBuffer.wrap(raw)).encode()).isEqualTo(raw);
    }

    @Property
    void lvtRoundTrips(@ForAll int reg) {
        // defined: 7:0, 10:8, 12..16, 18:17
        int defined = reg & 0x7F7FF;
        assertThat(LvtEntry.decode(defined).encode()).isEqualTo(defined);
    }

    @Property
    void icrRoundTrips(@ForAll int low, @ForAll int high) {
        // defined low bits: 7:0, 10:8, 11, 12, 14, 15, 19:18
        int defined = low & 0xCDFFF;
        ApicIcr icr = ApicIcr.decode(defined, high);
        assertThat(icr.low()).isEqualTo(defined);
        assertThat(icr.high()).isEqualTo(high);
    }

    @Property
    void svrRoundTrips(@ForAll int reg) {
        int defined = reg & 0x13FF;
        assertThat(ApicSvr.decode(defined).encode()).isEqualTo(defined);
    }

    @Property
    void vectorSetFromVectors(@ForAll List<@IntRange(min = 0, max = 255) Integer> vectors) {
        ApicVectorSet s = ApicVectorSet.of(vectors.stream().mapToInt(Integer::intValue).toArray());
        assertThat(s.vectors()).containsExactlyElementsOf(vectors.stream().distinct().sorted().toList());
        assertThat(s.highest()).isEqualTo(vectors.stream().mapToInt(Integer::intValue).max().orElse(-1));
        assertThat(ApicVectorSet.ofRegisters(s.registers())).isEqualTo(s);
    }

    @Property
    void lapicPageRoundTrips(@ForAll @Size(1024) byte[] page) {
        KvmLapicState p = KvmLapicState.of(page);
        LapicRegisters r = LapicRegisters.decode(p);
        // decoding and writing back onto the same page keeps every byte whose bits are defined; re-decoding the
        // result gives the same registers
        assertThat(LapicRegisters.decode(r.applyTo(p))).isEqualTo(r);
        assertThat(LapicRegisters.decode(r.applyTo(KvmLapicState.zero()))).isEqualTo(r);
    }

    @Provide
    Arbitrary<X86MsiMessage> msis() {
        return Combinators.combine(Arbitraries.longs().between(0, 0xFFFFFFFFL), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 255),
                Arbitraries.of(ApicDeliveryMode.class), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(X86MsiMessage::new);
    }

    @Property
    void msiRoundTrips(@ForAll("msis") X86MsiMessage m) {
        assertThat(X86MsiMessage.decode(m.toMsi())).isEqualTo(m);
        assertThat(X86MsiMessage.isMsiAddress(m.addressLo())).isTrue();
    }
}
