// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class InterruptVectorsTest {

    @Property(tries = 200)
    void textFormRoundTrips(@ForAll long w0, @ForAll long w1, @ForAll long w2, @ForAll long w3) {
        InterruptVectors v = InterruptVectors.ofWords(w0, w1, w2, w3);
        assertThat(v.toString()).hasSize(64);
        assertThat(InterruptVectors.parse(v.toString())).isEqualTo(v);
    }

    @Test
    void vectorBitsAreWhereTheLapicKeepsThem() {
        InterruptVectors v = InterruptVectors.ofWords(1L << 0x31, 0, 0, 1L << (0xec - 192));
        assertThat(v.contains(0x31)).isTrue();
        assertThat(v.contains(0xec)).isTrue();
        assertThat(v.contains(0x30)).isFalse();
        assertThat(v.toString()).startsWith("0000100000000000").endsWith("0002000000000000");
        assertThat(InterruptVectors.ofWords(0, 0, 0, 0)).isSameAs(InterruptVectors.EMPTY);
    }

    @Test
    void badTextIsRefusedByName() {
        assertThatThrownBy(() -> InterruptVectors.parse("12")).hasMessageContaining("64 hex digits, got \"12\"");
        assertThatThrownBy(() -> InterruptVectors.parse("z".repeat(64))).hasMessageContaining("64 hex digits");
        assertThatThrownBy(() -> InterruptVectors.EMPTY.contains(256)).hasMessageContaining("outside 0..255");
        assertThat(InterruptVectors.parse(null)).isNull();
    }
}
