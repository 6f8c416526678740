// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.HexFormat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import org.junit.jupiter.api.Test;

/** FLIC structures and the KVM_S390_INT_IO encoding (fact page §7.1), big-endian, by hand. */
class S390CodecTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void ioInterruptType() {
        // schid 1 | ssid 0 << 16 | cssid 0xFE << 18 (= 0x3F8_0000), no adapter bit
        S390InterruptType.Io io = new S390InterruptType.Io(false, 0xFE, 0, 1);
        assertThat(io.encode()).isEqualTo(0x03F80001L);
        // with the adapter bit 26 (0x0400_0000) and ssid 3 (0x3_0000)
        assertThat(S390InterruptType.Io.decode(0x07FB0001L)).isEqualTo(new S390InterruptType.Io(true, 0xFE, 3, 1));
        assertThat(S390InterruptType.isIo(0x03F80001L)).isTrue();
        assertThat(S390InterruptType.isIo(S390InterruptType.INT_SERVICE)).isFalse();
        assertThat(S390InterruptType.describe(S390InterruptType.INT_EMERGENCY)).isEqualTo("INT_EMERGENCY");
        assertThat(S390InterruptType.describe(0x03F80001L)).isEqualTo("I/O fe.0.0001");
        assertThatThrownBy(() -> new S390InterruptType.Io(false, 0, 4, 0)).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("ssid").hasMessageContaining("0..3");
    }

    @Test
    void irqStructIsBigEndian() {
        // type 0x03F80001 as big-endian u64, then io: subchannel_id 0x0001, subchannel_nr 0x0002,
        // io_int_parm 0x11223344, io_int_word 0x80000000, 52 zero bytes
        byte[] raw = hex("00000000 03f80001 0001 0002 11223344 80000000" + "00".repeat(52));
        S390Irq irq = S390Irq.decode(ByteBuffer.wrap(raw));
        assertThat(irq.type()).isEqualTo(0x03F80001L);
        assertThat(irq.io()).isEqualTo(new S390Irq.IoInfo(1, 2, 0x11223344, 0x80000000));
        assertThat(irq).isEqualTo(S390Irq.io(S390InterruptType.Io.decode(0x03F80001L), 1, 2, 0x11223344,
                0x80000000));
        ByteBuffer out = ByteBuffer.allocate(S390Irq.SIZE);
        irq.encode(out);
        assertThat(out.array()).isEqualTo(raw);
        // service interrupt: ext_params 0x12345678 at 8, ext_params2 at 16
        S390Irq svc = S390Irq.decode(ByteBuffer.wrap(hex("00000000 ffff2401 12345678 00000000 0000000000000042"
                + "00".repeat(48))));
        assertThat(svc.ext()).isEqualTo(new S390Irq.ExtInfo(0x12345678, 0x42));
        assertThat(svc.toString()).contains("INT_SERVICE");
        assertThat(S390Irq.decodeAll(ByteBuffer.wrap(new byte[144]), 2)).hasSize(2);
        assertThatThrownBy(() -> S390Irq.decodeAll(ByteBuffer.wrap(new byte[100]), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("count");
    }

    @Test
    void adapterStructs() {
        ByteBuffer b = ByteBuffer.allocate(8);
        // id 5, isc 3, maskable, no swap, flags SUPPRESSIBLE
        new S390IoAdapter(5, 3, true, false, FlicAttributes.ADAPTER_SUPPRESSIBLE).encode(b);
        assertThat(b.array()).isEqualTo(hex("00000005 03 01 00 01"));
        ByteBuffer r = ByteBuffer.allocate(16);
        // id 5, type MASK, mask 1, pad, addr 0
        new S390IoAdapterRequest(5, FlicAttributes.IO_ADAPTER_MASK, true, 0).encode(r);
        assertThat(r.array()).isEqualTo(hex("00000005 01 01 0000 0000000000000000"));
        ByteBuffer a = ByteBuffer.allocate(4);
        // isc 2, padding byte, mode SINGLE (u16 at offset 2)
        new S390AisRequest(2, FlicAttributes.AIS_MODE_SINGLE).encode(a);
        assertThat(a.array()).isEqualTo(hex("02 00 0001"));
        // simm bit for ISC 0 is 0x80 (MSB first)
        S390AisAll all = S390AisAll.decode(hex("80 01"));
        assertThat(all.singleMode(0)).isTrue();
        assertThat(all.noInterruptionMode(7)).isTrue();
        assertThat(all.singleMode(1)).isFalse();
        assertThatThrownBy(() -> new S390IoAdapter(0, 8, false, false, 0)).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("isc");
    }

    @Test
    void irqStateStruct() {
        ByteBuffer b = ByteBuffer.allocate(32);
        // buf 0x1000, flags 0, len 72
        new S390IrqState(0x1000, 0, 72).encode(b);
        assertThat(b.array()).isEqualTo(hex("0000000000001000 00000000 00000048" + "00".repeat(16)));
        assertThat(S390IrqState.decode(b.rewind())).isEqualTo(new S390IrqState(0x1000, 0, 72));
    }

    @Property
    void ioTypeRoundTrips(@ForAll @IntRange(min = 0, max = 0x07FFFFFF) int type) {
        assertThat(S390InterruptType.Io.decode(type).encode()).isEqualTo(type);
    }

    @Property
    void irqRoundTrips(@ForAll @Size(72) byte[] raw) {
        ByteBuffer out = ByteBuffer.allocate(72);
        S390Irq.decode(ByteBuffer.wrap(raw)).encode(out);
        assertThat(out.array()).isEqualTo(raw);
    }
}
