// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.ring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irqscope.trace.Fixtures;
import org.irqscope.trace.format.TraceFormatException;
import org.irqscope.trace.kvm.KvmEvent;
import org.junit.jupiter.api.Test;

class RingBufferPageTest {
    private static final PageLayout LAYOUT = new PageLayout(0, 8, 8, 16);
    // " app thread - or-5657    [001] ..... 12272.366384: kvm_set_irq: gsi 4 level 1 source 0"
    private static final Pattern LINE = Pattern
            .compile(".*-(\\d+)\\s+\\[(\\d+)\\] \\S+\\s+(\\d+)\\.(\\d{6}): (\\w+): (.*)");

    @Test
    void recordedPagesDecodeToWhatTheKernelPrinted() throws Exception {
        List<KvmEvent> events = Fixtures.sandboxEvents();
        List<String> lines = Fixtures.text(Fixtures.SANDBOX + "trace.txt").lines().filter(l -> !l.isBlank()).toList();
        assertThat(events).hasSize(lines.size()).hasSize(28);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = LINE.matcher(lines.get(i));
            assertThat(m.matches()).as(lines.get(i)).isTrue();
            KvmEvent e = events.get(i);
            long micros = Long.parseLong(m.group(3)) * 1_000_000 + Long.parseLong(m.group(4));
            // the kernel prints microseconds rounded to nearest (ns2usecs adds 500)
            assertThat((e.timeNanos() + 500) / 1000).as(lines.get(i)).isEqualTo(micros);
            assertThat(e.cpu()).as(lines.get(i)).isEqualTo(Integer.parseInt(m.group(2)));
            assertThat(e.thread()).as(lines.get(i)).isEqualTo(Long.parseLong(m.group(1)));
            assertThat(eventName(e)).as(lines.get(i)).isEqualTo(m.group(5));
        }
    }

    @Test
    void recordedFieldsHaveTheValuesTheKernelPrinted() throws Exception {
        List<KvmEvent> events = Fixtures.sandboxEvents();
        assertThat(events.get(0)).isInstanceOfSatisfying(KvmEvent.SetIrq.class, s -> {
            assertThat(s.gsi()).isEqualTo(4);
            assertThat(s.level()).isEqualTo(1);
            assertThat(s.sourceId()).isZero();
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(KvmEvent.ApicAcceptIrq.class, a -> {
            assertThat(a.apicId()).isEqualTo(1);
            assertThat(a.vector()).isEqualTo(49);
            assertThat(a.deliveryMode()).isZero();
            assertThat(a.levelTriggered()).isFalse();
        });
        assertThat(events.get(2)).isInstanceOfSatisfying(KvmEvent.IoapicSetIrq.class, r -> {
            assertThat(r.pin()).isEqualTo(4);
            assertThat(r.destination()).isEqualTo(1);
            assertThat(r.vector()).isEqualTo(49);
            assertThat(r.masked()).isFalse();
            assertThat(r.levelTriggered()).isFalse();
        });
        assertThat(events.get(3)).isInstanceOfSatisfying(KvmEvent.PicSetIrq.class, p -> {
            assertThat(p.chip()).isZero();
            assertThat(p.pin()).isEqualTo(4);
            assertThat(p.masked()).isTrue();
        });
        assertThat(events.get(5)).isInstanceOfSatisfying(KvmEvent.Eoi.class, e -> {
            assertThat(e.apicId()).isEqualTo(1);
            assertThat(e.vector()).isEqualTo(-1);
        });
        assertThat(events.get(18)).isInstanceOfSatisfying(KvmEvent.ApicIpi.class, i -> {
            assertThat(i.destination()).isEqualTo(1);
            assertThat(i.vector()).isEqualTo(64);
            assertThat(i.shorthand()).isZero();
        });
        assertThat(events.get(23)).isInstanceOfSatisfying(KvmEvent.IoapicSetIrq.class, r -> {
            assertThat(r.pin()).isEqualTo(5);
            assertThat(r.vector()).isEqualTo(50);
            assertThat(r.masked()).isTrue();
        });
    }

    @Test
    void timeExtendsAbsoluteStampsPaddingAndLongRecords() throws Exception {
        ByteBuffer page = page();
        int p = 16;
        p = event(page, p, 2, 5, 0xAA); // data, 8 bytes, +5
        page.putInt(p, 30 | (7 << 5)).putInt(p + 4, 2); // time extend: + (2 << 27) + 7
        p += 8;
        p = event(page, p, 1, 1, 0xBB); // +1
        page.putInt(p, 29 | (3 << 5)).putInt(p + 4, 8); // padding (a discarded event) of 8 + 4 bytes
        p += 12;
        page.putInt(p, 0 | (2 << 5)).putInt(p + 4, 4 + 120); // type_len 0: length in array[0], +2
        page.putShort(p + 8, (short) 0xCC);
        p += 8 + 120;
        page.putInt(p, 31 | (5 << 5)).putInt(p + 4, 1); // absolute: (1 << 27) | 5 under the page's top bits
        p += 8;
        p = event(page, p, 1, 0, 0xDD);
        page.putLong(0, 1_000L).putLong(8, p - 16);
        List<long[]> seen = new ArrayList<>();
        long missed = RingBufferPage.decode(page, page.capacity(), LAYOUT,
                (ts, buf, off, len) -> seen.add(new long[]{ts, buf.getShort(off) & 0xffff, len}));
        assertThat(missed).isZero();
        long t1 = 1_005;
        long t2 = t1 + (2L << 27) + 7 + 1;
        long t3 = t2 + 2;
        long t4 = (1L << 27) | 5;
        assertThat(seen).containsExactly(new long[]{t1, 0xAA, 8}, new long[]{t2, 0xBB, 4},
                new long[]{t3, 0xCC, 120}, new long[]{t4, 0xDD, 4});
    }

    @Test
    void missedEventsAreCountedFromTheCommitWord() throws Exception {
        ByteBuffer page = page();
        int end = event(page, 16, 1, 1, 0xAA);
        page.putLong(8, (end - 16) | RingBufferPage.MISSED_EVENTS | RingBufferPage.MISSED_STORED);
        page.putLong(end, 42);
        assertThat(RingBufferPage.decode(page, page.capacity(), LAYOUT, (ts, b, o, l) -> {
        })).isEqualTo(42);
        page.putLong(8, (end - 16) | RingBufferPage.MISSED_EVENTS);
        assertThat(RingBufferPage.decode(page, page.capacity(), LAYOUT, (ts, b, o, l) -> {
        })).isEqualTo(-1);
    }

    @Test
    void aNullPaddingEndsThePage() throws Exception {
        ByteBuffer page = page();
        int p = event(page, 16, 1, 1, 0xAA);
        page.putInt(p, 29); // padding with delta 0: nothing after it is data
        page.putLong(8, 4000);
        List<Long> seen = new ArrayList<>();
        RingBufferPage.decode(page, page.capacity(), LAYOUT, (ts, b, o, l) -> seen.add(ts));
        assertThat(seen).hasSize(1);
    }

    @Test
    void corruptPagesAreRefusedNotOverrun() {
        ByteBuffer page = page();
        page.putLong(8, 8000);
        assertThatThrownBy(() -> RingBufferPage.decode(page, page.capacity(), LAYOUT, (ts, b, o, l) -> {
        })).isInstanceOf(TraceFormatException.class).hasMessageContaining("commits 8000 bytes");
        ByteBuffer p2 = page();
        p2.putInt(16, 20); // type_len 20: 80 bytes, but only 16 committed
        p2.putLong(8, 16);
        assertThatThrownBy(() -> RingBufferPage.decode(p2, p2.capacity(), LAYOUT, (ts, b, o, l) -> {
        })).hasMessageContaining("runs past the committed data");
        assertThatThrownBy(() -> RingBufferPage.decode(page(), 10, LAYOUT, (ts, b, o, l) -> {
        })).hasMessageContaining("shorter than its header");
    }

    private static ByteBuffer page() {
        return ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** A data event of typeLen words whose first two bytes are {@code type}; returns the next offset. */
    private static int event(ByteBuffer page, int at, int typeLen, int delta, int type) {
        page.putInt(at, typeLen | (delta << 5));
        page.putShort(at + 4, (short) type);
        return at + 4 + 4 * typeLen;
    }

    private static String eventName(KvmEvent e) {
        return switch (e) {
            case KvmEvent.SetIrq s -> "kvm_set_irq";
            case KvmEvent.MsiSetIrq s -> "kvm_msi_set_irq";
            case KvmEvent.PicSetIrq s -> "kvm_pic_set_irq";
            case KvmEvent.IoapicSetIrq s -> "kvm_ioapic_set_irq";
            case KvmEvent.ApicAcceptIrq s -> "kvm_apic_accept_irq";
            case KvmEvent.ApicIpi s -> "kvm_apic_ipi";
            case KvmEvent.InjVirq s -> "kvm_inj_virq";
            case KvmEvent.Eoi s -> s.paravirtual() ? "kvm_pv_eoi" : "kvm_eoi";
            case KvmEvent.AckIrq s -> "kvm_ack_irq";
            case KvmEvent.IoapicDelayedEoiInj s -> "kvm_ioapic_delayed_eoi_inj";
        };
    }
}
