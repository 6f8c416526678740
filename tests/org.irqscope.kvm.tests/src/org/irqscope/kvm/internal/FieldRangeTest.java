// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Range-check messages and IBM bit numbering. */
class FieldRangeTest {

    @Test
    void messageNamesFieldValueAndRange() {
        assertThatThrownBy(() -> FieldRange.check("IOAPIC pin", 24, 0, 23)).isInstanceOf(
                IllegalArgumentException.class).hasMessage("IOAPIC pin 24 is out of range 0..23");
        assertThatThrownBy(() -> FieldRange.check("server", 0x20000000L, 0, 0x1FFFFFFFL)).hasMessage(
                "server 0x20000000 (536870912) is out of range 0..0x1fffffff (536870911)");
        assertThatThrownBy(() -> FieldRange.unsigned("selector", 0x10000, 16)).hasMessageContaining("0..0xffff");
        assertThatThrownBy(() -> FieldRange.length("page", 3, 4)).hasMessage(
                "page is 3 bytes; it must be exactly 4 bytes");
        assertThat(FieldRange.check("x", 5, 0, 7)).isEqualTo(5);
    }

    @Test
    void ibmBits() {
        // PPC_BIT32(0) is the MSB, PPC_BITMASK32(12, 15) covers bits 19:16
        assertThat(IbmBits.bit32(0)).isEqualTo(0x80000000);
        assertThat(IbmBits.bit32(31)).isEqualTo(1);
        assertThat(IbmBits.mask32(12, 15)).isEqualTo(0x000F0000);
        assertThat(IbmBits.mask32(0, 31)).isEqualTo(-1);
        assertThat(IbmBits.bit64(0)).isEqualTo(Long.MIN_VALUE);
        assertThat(IbmBits.mask64(33, 63)).isEqualTo(0x7FFFFFFFL);
        assertThat(IbmBits.mask64(8, 31)).isEqualTo(0x00FFFFFF00000000L);
        assertThat(IbmBits.get32(0x00040000, IbmBits.mask32(12, 15))).isEqualTo(4);
        assertThat(IbmBits.set32(0, IbmBits.mask32(12, 15), 4)).isEqualTo(0x00040000);
    }
}
