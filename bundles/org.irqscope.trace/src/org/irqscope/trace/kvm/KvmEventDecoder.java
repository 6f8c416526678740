// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.kvm;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irqscope.trace.format.EventFormat;
import org.irqscope.trace.format.FieldFormat;
import org.irqscope.trace.format.TraceFormatException;

/**
 * Turns ring-buffer records into {@link KvmEvent}s, reading each field at the offset and size its event's format
 * file declares. Built once per trace from the formats of the events found on this kernel.
 */
public final class KvmEventDecoder {
    /** Without these two there are no journeys to correlate. */
    public static final Set<String> REQUIRED = Set.of("kvm_apic_accept_irq", "kvm_eoi");
    /** The rest of the interrupt path; each missing one costs its hop, and the trace says so. */
    public static final List<String> OPTIONAL = List.of("kvm_set_irq", "kvm_msi_set_irq", "kvm_apic_ipi",
            "kvm_ioapic_set_irq", "kvm_pic_set_irq", "kvm_inj_virq", "kvm_pv_eoi", "kvm_ack_irq",
            "kvm_ioapic_delayed_eoi_inj");

    private interface RecordDecoder {
        KvmEvent decode(long ts, int cpu, long thread, ByteBuffer b, int at);
    }

    private final FieldFormat commonType;
    private final FieldFormat commonPid;
    private final Map<Integer, RecordDecoder> byId = new HashMap<>();
    private final Map<Integer, Integer> sizeById = new HashMap<>();
    private final List<String> decoded = new ArrayList<>();

    /**
     * @param formats the formats of the kvm events this kernel has, by name
     * @throws TraceFormatException when a required event is missing or any event lacks a field it needs
     */
    public KvmEventDecoder(Map<String, EventFormat> formats) throws TraceFormatException {
        for (String r : REQUIRED) {
            if (!formats.containsKey(r)) {
                throw new TraceFormatException("this kernel has no kvm:" + r + " event; irqscope needs it to follow "
                        + "interrupts (kernel without CONFIG_KVM tracepoints?)");
            }
        }
        EventFormat any = formats.get("kvm_eoi");
        commonType = any.require("common_type", 2);
        commonPid = any.require("common_pid", 4);
        for (EventFormat f : formats.values()) {
            RecordDecoder d = decoderFor(f);
            if (d != null) {
                byId.put(f.id(), d);
                sizeById.put(f.id(), f.recordSize());
                decoded.add(f.name());
            }
        }
    }

    /** Names of the events this decoder reads. */
    public List<String> events() {
        return List.copyOf(decoded);
    }

    /**
     * @return the event, or null for a record of another type (an event this decoder does not follow)
     * @throws TraceFormatException when the record is shorter than its format says
     */
    public KvmEvent decode(long timeNanos, int cpu, ByteBuffer page, int offset, int length)
            throws TraceFormatException {
        if (length < commonPid.offset() + commonPid.size()) {
            throw new TraceFormatException("a " + length + "-byte record is shorter than the common fields");
        }
        int type = (int) unsigned(page, offset + commonType.offset(), commonType.size());
        RecordDecoder d = byId.get(type);
        if (d == null) {
            return null;
        }
        int need = sizeById.get(type);
        if (length < need) {
            throw new TraceFormatException("a record of type " + type + " has " + length + " bytes; its format needs "
                    + need);
        }
        long pid = signed(page, offset + commonPid.offset(), commonPid.size());
        return d.decode(timeNanos, cpu, pid, page, offset);
    }

    private static RecordDecoder decoderFor(EventFormat f) throws TraceFormatException {
        switch (f.name()) {
            case "kvm_set_irq" -> {
                FieldFormat gsi = f.require("gsi", 4);
                FieldFormat level = f.require("level", 4);
                FieldFormat source = f.require("irq_source_id", 4);
                return (ts, cpu, t, b, at) -> new KvmEvent.SetIrq(ts, cpu, t, (int) get(b, at, gsi),
                        (int) get(b, at, level), (int) get(b, at, source));
            }
            case "kvm_msi_set_irq" -> {
                FieldFormat address = f.require("address", 8);
                FieldFormat data = f.require("data", 8, 4);
                return (ts, cpu, t, b, at) -> new KvmEvent.MsiSetIrq(ts, cpu, t, get(b, at, address),
                        get(b, at, data));
            }
            case "kvm_pic_set_irq" -> {
                FieldFormat chip = f.require("chip", 1);
                FieldFormat pin = f.require("pin", 1);
                FieldFormat elcr = f.require("elcr", 1);
                FieldFormat imr = f.require("imr", 1);
                FieldFormat coalesced = f.require("coalesced", 1);
                return (ts, cpu, t, b, at) -> new KvmEvent.PicSetIrq(ts, cpu, t, (int) get(b, at, chip),
                        (int) get(b, at, pin), (int) get(b, at, elcr), (int) get(b, at, imr),
                        get(b, at, coalesced) != 0);
            }
            case "kvm_ioapic_set_irq" -> {
                FieldFormat e = f.require("e", 8);
                FieldFormat pin = f.require("pin", 4);
                FieldFormat coalesced = f.require("coalesced", 1);
                return (ts, cpu, t, b, at) -> new KvmEvent.IoapicSetIrq(ts, cpu, t, (int) get(b, at, pin),
                        get(b, at, e), get(b, at, coalesced) != 0);
            }
            case "kvm_apic_accept_irq" -> {
                FieldFormat apicid = f.require("apicid", 4);
                FieldFormat dm = f.require("dm", 2, 4);
                FieldFormat tm = f.require("tm", 2, 4);
                FieldFormat vec = f.require("vec", 1, 4);
                // dm holds the ICR delivery-mode bits (APIC_DM_*, bits 10:8), as the kernel's print decodes it
                return (ts, cpu, t, b, at) -> new KvmEvent.ApicAcceptIrq(ts, cpu, t, (int) get(b, at, apicid),
                        (int) (get(b, at, dm) >>> 8 & 7), get(b, at, tm) != 0, (int) get(b, at, vec) & 0xff);
            }
            case "kvm_apic_ipi" -> {
                FieldFormat icr = f.require("icr_low", 4);
                FieldFormat dest = f.require("dest_id", 4);
                return (ts, cpu, t, b, at) -> new KvmEvent.ApicIpi(ts, cpu, t, get(b, at, icr),
                        (int) get(b, at, dest));
            }
            case "kvm_inj_virq" -> {
                FieldFormat vector = f.require("vector", 4);
                FieldFormat soft = f.require("soft", 1);
                FieldFormat reinjected = f.require("reinjected", 1);
                return (ts, cpu, t, b, at) -> new KvmEvent.InjVirq(ts, cpu, t, (int) get(b, at, vector),
                        get(b, at, soft) != 0, get(b, at, reinjected) != 0);
            }
            case "kvm_eoi", "kvm_pv_eoi" -> {
                FieldFormat apicid = f.require("apicid", 4);
                FieldFormat vector = f.require("vector", 4);
                boolean pv = f.name().equals("kvm_pv_eoi");
                return (ts, cpu, t, b, at) -> new KvmEvent.Eoi(ts, cpu, t, (int) get(b, at, apicid),
                        (int) get(b, at, vector), pv);
            }
            case "kvm_ack_irq" -> {
                FieldFormat irqchip = f.require("irqchip", 4);
                FieldFormat pin = f.require("pin", 4);
                return (ts, cpu, t, b, at) -> new KvmEvent.AckIrq(ts, cpu, t, (int) get(b, at, irqchip),
                        (int) get(b, at, pin));
            }
            case "kvm_ioapic_delayed_eoi_inj" -> {
                FieldFormat e = f.require("e", 8);
                return (ts, cpu, t, b, at) -> new KvmEvent.IoapicDelayedEoiInj(ts, cpu, t, get(b, at, e));
            }
            default -> {
                return null;
            }
        }
    }

    /** The field's value, sign-extended when the format marks it signed. */
    private static long get(ByteBuffer b, int at, FieldFormat f) {
        return f.signed() ? signed(b, at + f.offset(), f.size()) : unsigned(b, at + f.offset(), f.size());
    }

    private static long unsigned(ByteBuffer b, int at, int size) {
        return switch (size) {
            case 1 -> b.get(at) & 0xffL;
            case 2 -> b.getShort(at) & 0xffffL;
            case 4 -> b.getInt(at) & 0xffff_ffffL;
            default -> b.getLong(at);
        };
    }

    private static long signed(ByteBuffer b, int at, int size) {
        return switch (size) {
            case 1 -> b.get(at);
            case 2 -> b.getShort(at);
            case 4 -> b.getInt(at);
            default -> b.getLong(at);
        };
    }
}
