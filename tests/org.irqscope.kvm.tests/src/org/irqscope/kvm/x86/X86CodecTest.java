// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.stream.Stream;

import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.KvmLapicState;
import org.irqscope.kvm.KvmMsi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** x86 PIC, IOAPIC, LAPIC and MSI layouts (fact page §6), vectors worked out by hand. */
class X86CodecTest {

    static Stream<Arguments> redirectionEntries() {
        return Stream.of(
                // vector 0x31, fixed, physical, edge, active high, unmasked, destination APIC 1 (bits 63:56)
                Arguments.of(0x0100000000000031L, IoapicRedirectionEntry.fixed(0x31, 1, false)),
                // vector 0x41 | lowest priority 1 << 8 | logical 1 << 11 | active low 1 << 13 | remote IRR 1 << 14
                // | level 1 << 15 | masked 1 << 16 = 0x1E941, destination 0xFF
                Arguments.of(0xFF0000000001E941L, new IoapicRedirectionEntry(0x41, ApicDeliveryMode.LOWEST_PRIORITY,
                        true, false, true, true, true, true, 0, 0xFF)),
                // reset state: only the mask bit
                Arguments.of(0x0000000000010000L, IoapicRedirectionEntry.resetEntry()),
                // delivery status (bit 12) with ExtINT (7 << 8): 0x1700; reserved bit 17 kept
                Arguments.of(0x0000000000021700L, new IoapicRedirectionEntry(0, ApicDeliveryMode.EXTINT, false,
                        true, false, false, false, false, 1, 0)));
    }

    @ParameterizedTest
    @MethodSource("redirectionEntries")
    void redirectionEntryWords(long bits, IoapicRedirectionEntry expected) {
        assertThat(IoapicRedirectionEntry.decode(bits)).isEqualTo(expected);
        assertThat(expected.encode()).isEqualTo(bits);
    }

    @Test
    void ioapicStateFromIrqchipBytes() {
        ByteBuffer b = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
        // base 0xFEC00000, ioregsel 0x10, id 0, irr bit 1 (pin 1 asserted), pad
        b.putLong(0, 0xFEC00000L).putInt(8, 0x10).putInt(12, 0).putInt(16, 0x2);
        for (int pin = 0; pin < 24; pin++) {
            b.putLong(24 + 8 * pin, 0x10000L);
        }
        // pin 1 → vector 0x31 on APIC 1, pin 23 → level, vector 0x50, remote IRR
        b.putLong(24 + 8, 0x0100000000000031L);
        b.putLong(24 + 8 * 23, 0x000000000000C050L);
        KvmIrqchip chip = KvmIrqchip.of(KvmIrqchip.IOAPIC, b.array());
        IoapicState s = IoapicState.decode(chip);
        assertThat(s.baseAddress()).isEqualTo(IoapicState.DEFAULT_BASE_ADDRESS);
        assertThat(s.ioregsel()).isEqualTo(0x10);
        assertThat(s.irrSet(1)).isTrue();
        assertThat(s.irrSet(0)).isFalse();
        assertThat(s.entry(1)).isEqualTo(IoapicRedirectionEntry.fixed(0x31, 1, false));
        assertThat(s.entry(0).masked()).isTrue();
        assertThat(s.entry(23).remoteIrr()).isTrue();
        assertThat(s.entry(23).levelTriggered()).isTrue();
        assertThat(s.toIrqchip()).isEqualTo(chip);
        assertThat(s.withEntry(0, s.entry(0).withMasked(false)).entry(0).masked()).isFalse();
        assertThat(IoapicState.SIZE).isEqualTo(216);
        assertThat(new int[]{IoapicState.OFFSET_BASE_ADDRESS, IoapicState.OFFSET_IOREGSEL, IoapicState.OFFSET_ID,
                IoapicState.OFFSET_IRR, IoapicState.OFFSET_PAD, IoapicState.OFFSET_REDIRTBL})
                .containsExactly(0, 8, 12, 16, 20, 24);
    }

    @Test
    void ioapicPinOutOfRange() {
        IoapicState s = IoapicState.decode(KvmIrqchip.request(KvmIrqchip.IOAPIC));
        assertThatThrownBy(() -> s.entry(24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IOAPIC pin").hasMessageContaining("24").hasMessageContaining("0..23");
        assertThatThrownBy(() -> IoapicState.decode(KvmIrqchip.request(KvmIrqchip.PIC_MASTER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the IOAPIC");
    }

    @Test
    void picStateNamedFields() {
        // last_irr 0, irr 0x01 (IR0 = timer), imr 0xB8, isr 0x00, priority_add 0, irq_base 0x08, read_reg_select 0,
        // poll 0, special_mask 0, init_state 0, auto_eoi 0, rotate 0, sfnm 0, init4 1, elcr 0x00, elcr_mask 0xF8
        byte[] raw = {0, 0x01, (byte) 0xB8, 0, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 1, 0, (byte) 0xF8};
        PicState p = PicState.decode(KvmIrqchip.of(KvmIrqchip.PIC_MASTER, raw));
        assertThat(p.irr()).isEqualTo(1);
        assertThat(p.imr()).isEqualTo(0xB8);
        assertThat(p.irqBase()).isEqualTo(8);
        assertThat(p.init4()).isEqualTo(1);
        assertThat(p.elcrMask()).isEqualTo(0xF8);
        assertThat(p.requested(0)).isTrue();
        assertThat(p.masked(3)).isTrue();
        assertThat(p.masked(0)).isFalse();
        assertThat(p.vector(0)).isEqualTo(8);
        assertThat(p.encode()).isEqualTo(raw);
        assertThat(p.toIrqchip(KvmIrqchip.PIC_MASTER).chip()[2]).isEqualTo((byte) 0xB8);
        assertThatThrownBy(() -> p.masked(8)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PIC pin");
    }

    /**
     * A LAPIC page written by hand: APIC id 1, version 0x14 with 6 LVTs and directed EOI, TPR 0x20, PPR 0x30, SVR
     * enabled with spurious vector 0xFF, vector 0x31 in service and level-triggered, vectors 0x31 and 0xEC
     * requested, an INIT IPI to all-but-self in the ICR, periodic timer on vector 0x30, LINT0 ExtINT, LINT1 NMI,
     * LVT error masked, timer counts 0x1000/0x800 with divide-by-1.
     */
    private static KvmLapicState handMadePage() {
        ByteBuffer b = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0x20, 0x01000000); // ID: xAPIC id 1 in 31:24
        b.putInt(0x30, 0x01050014); // LVR: directed EOI (24), max LVT 5 (23:16), version 0x14
        b.putInt(0x80, 0x20); // TPR
        b.putInt(0xA0, 0x30); // PPR
        b.putInt(0xF0, 0x1FF); // SVR: enabled (bit 8), vector 0xFF
        b.putInt(0x110, 0x00020000); // ISR[1]: vector 0x31 = 32 + 17
        b.putInt(0x190, 0x00020000); // TMR[1]: vector 0x31 level
        b.putInt(0x210, 0x00020000); // IRR[1]: vector 0x31
        b.putInt(0x270, 0x00001000); // IRR[7]: vector 0xEC = 224 + 12
        b.putInt(0x300, 0x000C4500); // ICR low: shorthand 3 (19:18), level assert (14), INIT (5 << 8)
        b.putInt(0x320, 0x00020030); // LVT timer: periodic (1 << 17), vector 0x30
        b.putInt(0x350, 0x00000700); // LINT0: ExtINT, unmasked
        b.putInt(0x360, 0x00000400); // LINT1: NMI
        b.putInt(0x370, 0x00010000); // LVT error: masked
        b.putInt(0x2F0, 0x00010000); // CMCI masked
        b.putInt(0x330, 0x00010000); // thermal masked
        b.putInt(0x340, 0x00010000); // perfmon masked
        b.putInt(0x380, 0x1000); // TMICT
        b.putInt(0x390, 0x800); // TMCCT
        b.putInt(0x3E0, 0xB); // TDCR 0b1011 = divide by 1
        return KvmLapicState.of(b.array());
    }

    @Test
    void lapicRegisters() {
        LapicRegisters r = LapicRegisters.decode(handMadePage());
        assertThat(r.xapicId()).isEqualTo(1);
        assertThat(r.versionNumber()).isEqualTo(0x14);
        assertThat(r.maxLvtEntry()).isEqualTo(5);
        assertThat(r.directedEoiSupported()).isTrue();
        assertThat(r.tpr()).isEqualTo(0x20);
        assertThat(r.processorPriorityClass()).isEqualTo(3);
        assertThat(r.svr()).isEqualTo(new ApicSvr(0xFF, true, false, false));
        assertThat(r.isr().vectors()).containsExactly(0x31);
        assertThat(r.tmr().isSet(0x31)).isTrue();
        assertThat(r.irr().vectors()).containsExactly(0x31, 0xEC);
        assertThat(r.irr().highest()).isEqualTo(0xEC);
        assertThat(r.irr().isSet(0xEB)).isFalse();
        assertThat(r.icr()).isEqualTo(new ApicIcr(0, ApicDeliveryMode.INIT, false, false, true, false,
                ApicIcr.SHORTHAND_ALL_EXCLUDING_SELF, 0));
        assertThat(r.lvtTimer()).isEqualTo(new LvtEntry(0x30, ApicDeliveryMode.FIXED, false, false, false, false,
                false, LvtEntry.TIMER_PERIODIC));
        assertThat(r.lvtLint0().deliveryMode()).isEqualTo(ApicDeliveryMode.EXTINT);
        assertThat(r.lvtLint1().deliveryMode()).isEqualTo(ApicDeliveryMode.NMI);
        assertThat(r.lvtError().masked()).isTrue();
        assertThat(r.timerInitialCount()).isEqualTo(0x1000);
        assertThat(r.timerCurrentCount()).isEqualTo(0x800);
        assertThat(r.timerDivisor()).isEqualTo(1);
        assertThat(r.timerMode()).isEqualTo(LvtEntry.TIMER_PERIODIC);
        // writing the decoded registers back reproduces the page byte for byte
        assertThat(r.applyTo(KvmLapicState.zero())).isEqualTo(handMadePage());
    }

    @Test
    void timerDivisorTable() {
        // Intel SDM TDCR encodings (bits 3, 1, 0)
        int[][] table = {{0x0, 2}, {0x1, 4}, {0x2, 8}, {0x3, 16}, {0x8, 32}, {0x9, 64}, {0xA, 128}, {0xB, 1}};
        LapicRegisters base = LapicRegisters.decode(KvmLapicState.zero());
        for (int[] row : table) {
            LapicRegisters r = LapicRegisters.decode(base.applyTo(KvmLapicState.zero())
                    .withRegister(LapicRegisters.OFFSET_TIMER_DIVIDE_CONFIG, row[0]));
            assertThat(r.timerDivisor()).as("TDCR 0x%x", row[0]).isEqualTo(row[1]);
        }
    }

    @Test
    void lapicPageOfWrongSizeIsRefused() {
        assertThatThrownBy(() -> LapicRegisters.decode(new byte[4096])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4096").hasMessageContaining("1024");
    }

    @Test
    void vectorSets() {
        ApicVectorSet s = ApicVectorSet.of(0x20, 0xFF, 0x31);
        assertThat(s.vectors()).containsExactly(0x20, 0x31, 0xFF);
        assertThat(s.highest()).isEqualTo(0xFF);
        // vector 0xFF = bit 31 of register 7
        assertThat(s.register(7)).isEqualTo(0x80000000);
        // 0x20 and 0x31 are bits 0 and 17 of register 1
        assertThat(s.register(1)).isEqualTo(0x00020001);
        assertThat(ApicVectorSet.empty().highest()).isEqualTo(-1);
        assertThat(s.with(0xFF, false).highest()).isEqualTo(0x31);
        assertThatThrownBy(() -> s.isSet(256)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vector").hasMessageContaining("256").hasMessageContaining("0..255");
    }

    @Test
    void msiMessages() {
        // address 0xFEE01000: dest 1 (19:12), physical, no RH; data 0x31: fixed, edge
        assertThat(X86MsiMessage.decode(new KvmMsi(0xFEE01000, 0, 0x31, 0, 0))).isEqualTo(X86MsiMessage.fixed(1,
                0x31));
        // address 0xFEE0F00C: dest 0x0F, RH (bit 3), logical (bit 2); data 0xC131: vector 0x31, lowest priority,
        // level assert (14), level trigger (15)
        X86MsiMessage m = X86MsiMessage.decode(0xFEE0F00C, 0, 0xC131);
        assertThat(m).isEqualTo(new X86MsiMessage(0x0F, true, true, 0x31, ApicDeliveryMode.LOWEST_PRIORITY, true,
                true));
        assertThat(m.addressLo()).isEqualTo(0xFEE0F00C);
        assertThat(m.data()).isEqualTo(0xC131);
        // x2APIC 32-bit ids: address_hi 0x100 carries dest bits 31:8 → dest 0x1FF with low byte 0xFF
        assertThat(X86MsiMessage.decode(0xFEEFF000, 0x100, 0x41).destId()).isEqualTo(0x1FFL);
        assertThat(X86MsiMessage.isMsiAddress(0xFEE01000)).isTrue();
        assertThat(X86MsiMessage.isMsiAddress(0xFED00000)).isFalse();
        assertThat(X86MsiMessage.fixed(1, 0x31).toMsi()).isEqualTo(new KvmMsi(0xFEE01000, 0, 0x31, 0, 0));
        assertThatThrownBy(() -> X86MsiMessage.fixed(1, 0x100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MSI vector");
    }

    @Test
    void icrDestination() {
        // ICR high 0x02000000: xAPIC destination 2
        assertThat(ApicIcr.decode(0x4031, 0x02000000).xapicDestination()).isEqualTo(2);
        assertThat(ApicIcr.decode(0x4031, 0).levelAssert()).isTrue();
    }
}
