// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.mpic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

/** FSL MPIC attributes (fact page §7.2) and the register layout derived from the kernel's mpic.c, by hand. */
class MpicCodecTest {

    @Test
    void groups() {
        assertThat(MpicAttributes.GRP_MISC).isEqualTo(1);
        assertThat(MpicAttributes.BASE_ADDR).isZero();
        assertThat(MpicAttributes.GRP_REGISTER).isEqualTo(2);
        assertThat(MpicAttributes.GRP_IRQ_ACTIVE).isEqualTo(3);
    }

    @Test
    void ivprFields() {
        // mask (31) | sense (22) | priority 5 (19:16) | vector 0x33 → masked level source, priority 5
        MpicIvpr v = MpicIvpr.decode(0x80450033);
        assertThat(v).isEqualTo(new MpicIvpr(true, false, false, false, true, 5, 0x33));
        assertThat(v.encode()).isEqualTo(0x80450033);
        // activity (30) | polarity (23) | priority 15 | vector 0xFFFF
        assertThat(MpicIvpr.decode(0x408FFFFF)).isEqualTo(new MpicIvpr(false, true, false, true, false, 15, 0xFFFF));
        assertThatThrownBy(() -> new MpicIvpr(false, false, false, false, false, 16, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("priority")
                .hasMessageContaining("0..15");
    }

    @Test
    void idrFields() {
        // CPUs 0 and 2, EP
        MpicIdr d = new MpicIdr(0x80000005);
        assertThat(d.targets(0)).isTrue();
        assertThat(d.targets(1)).isFalse();
        assertThat(d.targets(2)).isTrue();
        assertThat(d.externalPin()).isTrue();
        // CI0 is bit 30: critical to CPU 0
        assertThat(new MpicIdr(0x40000000).criticalTo(0)).isTrue();
        assertThat(MpicIdr.toCpus(0, 2).bits()).isEqualTo(5);
    }

    @Test
    void registerOffsets() {
        // EIVPR0 at 0x10000, 32 bytes per source
        assertThat(MpicAttributes.ivprOffset(0)).isEqualTo(0x10000);
        assertThat(MpicAttributes.ivprOffset(2)).isEqualTo(0x10040);
        assertThat(MpicAttributes.idrOffset(2)).isEqualTo(0x10050);
        assertThat(MpicAttributes.sourceOfIvprOffset(0x10040)).isEqualTo(2);
        // CPU 1's CTPR: 0x20000 + 0x1000 + 0x80
        assertThat(MpicAttributes.cpuRegister(1, MpicAttributes.CPU_CTPR)).isEqualTo(0x21080);
        assertThatThrownBy(() -> MpicAttributes.sourceOfIvprOffset(0x10050))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an IVPR");
        assertThatThrownBy(() -> MpicAttributes.ivprOffset(256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MPIC source").hasMessageContaining("0..255");
    }

    @Property
    void ivprRoundTrips(@ForAll int reg) {
        // defined: 31, 30, 29, 23, 22, 19:16, 15:0
        int defined = reg & 0xE0CFFFFF;
        assertThat(MpicIvpr.decode(defined).encode()).isEqualTo(defined);
    }
}
