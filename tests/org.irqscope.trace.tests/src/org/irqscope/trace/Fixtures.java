// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irqscope.trace.format.EventFormat;
import org.irqscope.trace.format.EventFormatParser;
import org.irqscope.trace.format.TraceFormatException;
import org.irqscope.trace.kvm.KvmEvent;
import org.irqscope.trace.kvm.KvmEventDecoder;
import org.irqscope.trace.ring.PageLayout;
import org.irqscope.trace.ring.RingBufferPage;

/**
 * Recorded tracefs data from this project's build host (Linux 6.18, x86_64): the kvm events' format files, the
 * header_page, and one trace_pipe_raw page per CPU read while the sandbox VM took two edges on GSI 4 (vector 0x31,
 * APIC 1), an IPI from vCPU 0 to APIC 1 (vector 0x40) and an edge on masked GSI 5; trace.txt is the kernel's own
 * text rendering of the same buffer, kept to check the decoding against.
 */
public final class Fixtures {
    public static final String SANDBOX = "fixtures/sandbox-6.18/";
    public static final List<String> EVENTS = List.of("kvm_msi_set_irq", "kvm_apic_accept_irq", "kvm_eoi",
            "kvm_ack_irq", "kvm_set_irq", "kvm_pic_set_irq", "kvm_ioapic_set_irq", "kvm_inj_virq", "kvm_apic_ipi",
            "kvm_pv_eoi", "kvm_ioapic_delayed_eoi_inj");

    private Fixtures() {
    }

    public static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, EventFormat> formats() throws TraceFormatException {
        Map<String, EventFormat> m = new LinkedHashMap<>();
        for (String e : EVENTS) {
            m.put(e, EventFormatParser.parse("kvm", text(SANDBOX + "formats/" + e + ".format"), e));
        }
        return m;
    }

    public static PageLayout layout() throws TraceFormatException {
        return PageLayout.of(EventFormatParser.parseFields(text(SANDBOX + "formats/header_page"), "header_page"));
    }

    /** Every event of both recorded pages, in time order. */
    public static List<KvmEvent> sandboxEvents() throws TraceFormatException {
        KvmEventDecoder decoder = new KvmEventDecoder(formats());
        PageLayout layout = layout();
        List<KvmEvent> out = new ArrayList<>();
        for (int cpu = 0; cpu < 2; cpu++) {
            int c = cpu;
            ByteBuffer page = ByteBuffer.wrap(bytes(SANDBOX + "cpu" + cpu + ".raw")).order(ByteOrder.LITTLE_ENDIAN);
            List<TraceFormatException> failures = new ArrayList<>();
            RingBufferPage.decode(page, page.capacity(), layout, (ts, buf, offset, length) -> {
                try {
                    KvmEvent e = decoder.decode(ts, c, buf, offset, length);
                    if (e != null) {
                        out.add(e);
                    }
                } catch (TraceFormatException ex) {
                    failures.add(ex);
                }
            });
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
        }
        out.sort(Comparator.comparingLong(KvmEvent::timeNanos));
        return out;
    }
}
