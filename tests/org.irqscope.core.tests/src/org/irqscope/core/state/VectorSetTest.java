// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class VectorSetTest {

    @Test
    void lapicRegistersMapVectorToBitOfRegister() {
        // IRR register 1 bit 0 is vector 32; register 7 bit 31 is vector 255; register 2 bit 17 is vector 81.
        int[] regs = new int[8];
        regs[1] = 0x1;
        regs[7] = 0x80000000;
        regs[2] = 1 << 17;
        VectorSet set = VectorSet.ofRegisters(regs);
        assertThat(set.vectors()).containsExactly(32, 81, 255);
        assertThat(set.highest()).isEqualTo(255);
        assertThat(set.contains(81)).isTrue();
        assertThat(set.contains(80)).isFalse();
    }

    @Test
    void emptySetHasNoHighestVector() {
        assertThat(VectorSet.EMPTY.highest()).isEqualTo(-1);
        assertThat(VectorSet.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void rejectsVectorsOutsideTheRange() {
        assertThatThrownBy(() -> VectorSet.of(256)).hasMessageContaining("vector 256 is outside 0..255");
        assertThatThrownBy(() -> VectorSet.ofRegisters(new int[7])).hasMessageContaining("8 registers");
    }

    @Property
    void withAndWithoutAreInverse(@ForAll @IntRange(min = 0, max = 255) int a,
            @ForAll @IntRange(min = 0, max = 255) int b) {
        VectorSet s = VectorSet.of(a).with(b);
        assertThat(s.contains(a)).isTrue();
        assertThat(s.contains(b)).isTrue();
        assertThat(s.without(a).contains(a)).isFalse();
        assertThat(s.highest()).isEqualTo(Math.max(a, b));
        assertThat(s.vectors()).isEqualTo(a == b ? List.of(a) : List.of(Math.min(a, b), Math.max(a, b)));
    }

    @Test
    void xivePiprFollowsTheMostFavouredIpbBit() {
        // IPB bit of priority p is 1 << (7 - p): 0x80 = priority 0, 0x02 = priority 6, 0x01 = priority 7
        assertThat(XiveRing.piprOf(0x02)).isEqualTo(6);
        assertThat(XiveRing.piprOf(0x82)).isEqualTo(0);
        assertThat(XiveRing.piprOf(0x01)).isEqualTo(7);
        assertThat(XiveRing.piprOf(0)).isEqualTo(0xff);
        assertThat(XiveRing.ipbBit(6)).isEqualTo(0x02);
    }

    @Test
    void machineStateKeepsSourcesSortedAndRejectsDuplicates() {
        MachineState s = MachineState.builder("soft:power9", Arch.PPC64, InterruptMode.XIVE)
                .source(SourceState.builder(0x1300, SourceKind.MSI).build())
                .source(SourceState.builder(0x10, SourceKind.IPI).build())
                .build();
        assertThat(s.sources()).extracting(SourceState::number).containsExactly(0x10, 0x1300);
        assertThat(s.source(0x1300)).isPresent();
        assertThat(s.source(0x1301)).isEmpty();
        assertThatThrownBy(() -> MachineState.builder("t", Arch.PPC64, InterruptMode.XIVE)
                .source(SourceState.builder(7, SourceKind.MSI).build())
                .source(SourceState.builder(7, SourceKind.LSI).build()).build())
                .hasMessageContaining("source 7 appears twice");
    }
}
