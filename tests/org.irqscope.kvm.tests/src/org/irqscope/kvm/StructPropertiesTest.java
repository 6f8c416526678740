// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Encode/decode round trips of the generic structures, in both byte orders where the structure is shared. */
class StructPropertiesTest {

    @Provide
    Arbitrary<ByteOrder> orders() {
        return Arbitraries.of(ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN);
    }

    @Property
    void msi(@ForAll int lo, @ForAll int hi, @ForAll int data, @ForAll int flags, @ForAll int devid,
            @ForAll("orders") ByteOrder order) {
        KvmMsi m = new KvmMsi(lo, hi, data, flags, devid);
        ByteBuffer b = ByteBuffer.allocate(KvmMsi.SIZE);
        m.encode(b, order);
        assertThat(b.position()).isEqualTo(KvmMsi.SIZE);
        assertThat(KvmMsi.decode(b.flip(), order)).isEqualTo(m);
    }

    @Property
    void enableCap(@ForAll int cap, @ForAll long a0, @ForAll long a1, @ForAll long a2, @ForAll long a3,
            @ForAll("orders") ByteOrder order) {
        KvmEnableCap c = new KvmEnableCap(cap, 0, a0, a1, a2, a3);
        ByteBuffer b = ByteBuffer.allocate(KvmEnableCap.SIZE);
        c.encode(b, order);
        assertThat(KvmEnableCap.decode(b.flip(), order)).isEqualTo(c);
    }

    @Property
    void deviceAttrOneRegIrqLevelCreateDevice(@ForAll int a, @ForAll int b, @ForAll long c, @ForAll long d,
            @ForAll("orders") ByteOrder order) {
        ByteBuffer buf = ByteBuffer.allocate(24 + 16 + 8 + 12);
        new KvmDeviceAttr(a, b, c, d).encode(buf, order);
        new KvmOneReg(c, d).encode(buf, order);
        new KvmIrqLevel(a, b).encode(buf, order);
        new KvmCreateDevice(a, b, a ^ b).encode(buf, order);
        buf.flip();
        assertThat(KvmDeviceAttr.decode(buf, order)).isEqualTo(new KvmDeviceAttr(a, b, c, d));
        assertThat(KvmOneReg.decode(buf, order)).isEqualTo(new KvmOneReg(c, d));
        assertThat(KvmIrqLevel.decode(buf, order)).isEqualTo(new KvmIrqLevel(a, b));
        assertThat(KvmCreateDevice.decode(buf, order)).isEqualTo(new KvmCreateDevice(a, b, a ^ b));
        assertThat(buf.hasRemaining()).isFalse();
    }

    @Provide
    Arbitrary<KvmIrqRoutingEntry> routingEntries() {
        Arbitrary<KvmIrqRoutingEntry> irqchip = Combinators.combine(Arbitraries.integers(), Arbitraries.integers(),
                Arbitraries.integers()).as(KvmIrqRoutingEntry.Irqchip::new);
        Arbitrary<KvmIrqRoutingEntry> msi = Combinators.combine(Arbitraries.integers(), Arbitraries.integers(),
                Arbitraries.integers(), Arbitraries.integers(), Arbitraries.integers(), Arbitraries.integers())
                .as(KvmIrqRoutingEntry.Msi::new);
        Arbitrary<KvmIrqRoutingEntry> other = Combinators.combine(Arbitraries.integers(), Arbitraries.integers()
                .between(3, 5), Arbitraries.integers(), Arbitraries.bytes().array(byte[].class).ofSize(32))
                .as(KvmIrqRoutingEntry.Other::new);
        return Arbitraries.oneOf(irqchip, msi, other);
    }

    @Property
    void routingTable(@ForAll @Size(max = 20) List<@From("routingEntries") KvmIrqRoutingEntry> entries,
            @ForAll("orders") ByteOrder order) {
        ByteBuffer t = KvmIrqRoutingEntry.encodeTable(entries, order);
        assertThat(t.remaining()).isEqualTo(8 + 48 * entries.size());
        assertThat(KvmIrqRoutingEntry.decodeTable(t, order)).containsExactlyElementsOf(entries);
    }

    @Property
    void memoryRegion(@ForAll int slot, @ForAll int flags, @ForAll @IntRange(min = 0, max = 1 << 20) int gpaPage,
            @ForAll @IntRange(min = 0, max = 1 << 20) int sizePages, @ForAll("orders") ByteOrder order) {
        KvmUserspaceMemoryRegion r = new KvmUserspaceMemoryRegion(slot, flags, gpaPage * 4096L, sizePages * 4096L,
                0x7f0000000000L + gpaPage * 4096L);
        ByteBuffer b = ByteBuffer.allocate(32);
        r.encode(b, order);
        assertThat(KvmUserspaceMemoryRegion.decode(b.flip(), order)).isEqualTo(r);
    }

    @Property
    void rawStructures(@ForAll @Size(312) byte[] sregs, @ForAll @Size(64) byte[] events,
            @ForAll @Size(1024) byte[] lapic, @ForAll @Size(512) byte[] chip,
            @ForAll @IntRange(min = 0, max = 2) int chipId) {
        ByteBuffer b = ByteBuffer.allocate(312 + 64 + 1024 + 520);
        KvmSregs.of(sregs).encode(b);
        KvmVcpuEvents.of(events).encode(b);
        KvmLapicState.of(lapic).encode(b);
        KvmIrqchip.of(chipId, chip).encode(b);
        b.flip();
        assertThat(KvmSregs.decode(b).bytes()).isEqualTo(sregs);
        assertThat(KvmVcpuEvents.decode(b).bytes()).isEqualTo(events);
        assertThat(KvmLapicState.decode(b).bytes()).isEqualTo(lapic);
        KvmIrqchip c = KvmIrqchip.decode(b);
        assertThat(c.chipId()).isEqualTo(chipId);
        assertThat(c.chip()).isEqualTo(chip);
    }

    @Property
    void segmentsSurviveSregsRoundTrip(@ForAll long base, @ForAll int limit,
            @ForAll @IntRange(min = 0, max = 0xffff) int selector, @ForAll @IntRange(min = 0, max = 255) int type,
            @ForAll @IntRange(min = 0, max = 3) int dpl, @ForAll boolean flag) {
        KvmSegment s = new KvmSegment(base, limit, selector, type, flag, dpl, !flag, flag, !flag, flag, !flag, flag);
        for (KvmSregs.Segment which : KvmSregs.Segment.values()) {
            KvmSregs r = KvmSregs.of(new byte[KvmSregs.SIZE]).withSegment(which, s);
            assertThat(r.segment(which)).isEqualTo(s);
        }
    }

    @Property
    void regs(@ForAll @Size(18) List<Long> values) {
        KvmRegs r = KvmRegs.reset();
        for (KvmRegs.Register reg : KvmRegs.Register.values()) {
            r = r.with(reg, values.get(reg.ordinal()));
        }
        ByteBuffer b = ByteBuffer.allocate(KvmRegs.SIZE);
        r.encode(b);
        assertThat(KvmRegs.decode(b.flip())).isEqualTo(r);
    }
}
