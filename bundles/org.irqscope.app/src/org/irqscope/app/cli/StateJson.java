// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.GicCpuInterface;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.VectorSet;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * The {@code irqscope/1} JSON form of a {@link MachineState}, as docs/json-format.md describes it. Keys are stable:
 * a field the architecture does not have is {@code null} (e.g. {@code pq} on XICS), never left out, so consumers can
 * index without checks. Integers are JSON numbers; register values users read in hex are numbers too (the text
 * format shows them in hex). The UI's export uses the same mapping.
 */
public final class StateJson {
    /** The schema tag every object the CLI prints carries. */
    public static final String SCHEMA = "irqscope/1";

    /** Compact, one object per line (watch and run print JSON lines); nulls kept, no HTML escaping. */
    private static final Gson LINE = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();
    private static final Gson PRETTY = new GsonBuilder().serializeNulls().disableHtmlEscaping().setPrettyPrinting()
            .create();

    private StateJson() {
    }

    /** A new object with the schema tag and the kind of record ("snapshot", "diff", "explain", ...). */
    public static JsonObject envelope(String kind) {
        JsonObject o = new JsonObject();
        o.addProperty("schema", SCHEMA);
        o.addProperty("kind", kind);
        return o;
    }

    /** One JSON line. */
    public static String line(JsonElement e) {
        return LINE.toJson(e);
    }

    /** Indented JSON, for files people read. */
    public static String pretty(JsonElement e) {
        return PRETTY.toJson(e);
    }

    /** The whole snapshot as an {@code irqscope/1} object of kind "snapshot". */
    public static JsonObject snapshot(MachineState s) {
        JsonObject o = envelope("snapshot");
        o.addProperty("target", s.target());
        o.addProperty("arch", s.arch().label());
        o.addProperty("mode", s.mode().label());
        o.addProperty("irqchip", s.irqchip().label());
        o.addProperty("backend", s.backend().label());
        o.addProperty("sequence", s.sequence());
        o.addProperty("captured_at_ms", s.capturedAtMillis());
        o.add("capabilities", strings(new TreeSet<>(s.capabilities())));
        JsonArray vcpus = new JsonArray();
        s.vcpus().forEach(v -> vcpus.add(vcpu(v)));
        o.add("vcpus", vcpus);
        JsonArray sources = new JsonArray();
        s.sources().forEach(src -> sources.add(source(src)));
        o.add("sources", sources);
        o.add("ioapic", s.ioapic().<JsonElement>map(StateJson::ioapic).orElse(JsonNull.INSTANCE));
        JsonArray pics = new JsonArray();
        s.pics().forEach(p -> pics.add(pic(p)));
        o.add("pic", pics);
        JsonArray ics = new JsonArray();
        s.controllers(ControllerState.IcsBlock.class).forEach(b -> ics.add(icsBlock(b)));
        o.add("ics", ics);
        o.add("xive", s.xiveRouter().<JsonElement>map(StateJson::xiveRouter).orElse(JsonNull.INSTANCE));
        o.add("gic", s.controllers(ControllerState.GicDistributor.class).stream().findFirst()
                .<JsonElement>map(StateJson::gicDistributor).orElse(JsonNull.INSTANCE));
        o.add("flic", s.controllers(ControllerState.Flic.class).stream().findFirst()
                .<JsonElement>map(StateJson::flic).orElse(JsonNull.INSTANCE));
        JsonArray routes = new JsonArray();
        s.routes().forEach(r -> routes.add(route(r)));
        o.add("routes", routes);
        o.add("counters", counters(s.counters()));
        o.add("notes", strings(s.notes()));
        return o;
    }

    /** One vCPU: id, state, presenter (with a {@code type}), counters. */
    public static JsonObject vcpu(VcpuState v) {
        JsonObject o = new JsonObject();
        o.addProperty("id", v.id());
        o.addProperty("state", v.runState().label());
        o.add("presenter", presenter(v.presenter()));
        o.add("counters", counters(v.counters()));
        return o;
    }

    /** A presenter; {@code type} is xics, xive, lapic, gicv3 or none. */
    public static JsonObject presenter(Presenter p) {
        JsonObject o = new JsonObject();
        switch (p) {
            case XicsIcp icp -> {
                o.addProperty("type", "xics");
                o.addProperty("cppr", icp.cppr());
                o.addProperty("mfrr", icp.mfrr());
                o.addProperty("xisr", icp.xisr());
                o.addProperty("ppri", icp.ppri());
            }
            case XiveThreadContext tc -> {
                o.addProperty("type", "xive");
                XiveRing os = tc.os();
                // the OS ring's fields at the top: they are what a pseries guest works with
                o.addProperty("nsr", os.nsr());
                o.addProperty("cppr", os.cppr());
                o.addProperty("ipb", os.ipb());
                o.addProperty("pipr", os.pipr());
                o.addProperty("cam", osCam(os));
                o.addProperty("vo", (os.w2() >>> 31) == 1);
                o.addProperty("vp", tc.vpId());
                JsonObject rings = new JsonObject();
                String[] names = {"user", "os", "pool", "phys"};
                for (int i = 0; i < names.length; i++) {
                    rings.add(names[i], ring(tc.rings().get(i)));
                }
                o.add("rings", rings);
            }
            case LapicState l -> {
                o.addProperty("type", "lapic");
                o.addProperty("apic_id", l.apicId());
                o.addProperty("version", l.version());
                o.addProperty("enabled", l.softwareEnabled());
                o.addProperty("tpr", l.tpr());
                o.addProperty("apr", l.apr());
                o.addProperty("ppr", l.ppr());
                o.addProperty("svr", l.svr());
                o.addProperty("ldr", l.ldr());
                o.addProperty("dfr", l.dfr());
                o.addProperty("esr", l.esr());
                o.add("irr", vectors(l.irr()));
                o.add("isr", vectors(l.isr()));
                o.add("tmr", vectors(l.tmr()));
                o.addProperty("icr", l.icr());
                JsonArray lvt = new JsonArray();
                for (LapicState.LvtEntry e : l.lvt()) {
                    JsonObject entry = new JsonObject();
                    entry.addProperty("name", e.name());
                    entry.addProperty("vector", e.vector());
                    entry.addProperty("delivery_mode", e.deliveryMode());
                    entry.addProperty("trigger", e.levelTriggered() ? "level" : "edge");
                    entry.addProperty("masked", e.masked());
                    entry.addProperty("remote_irr", e.remoteIrr());
                    entry.addProperty("raw", e.raw());
                    lvt.add(entry);
                }
                o.add("lvt", lvt);
                JsonObject timer = new JsonObject();
                timer.addProperty("initial_count", l.timerInitialCount());
                timer.addProperty("current_count", l.timerCurrentCount());
                timer.addProperty("divide", l.timerDivide());
                o.add("timer", timer);
            }
            case GicCpuInterface g -> {
                o.addProperty("type", "gicv3");
                o.addProperty("mpidr", g.mpidr());
                o.addProperty("pmr", g.pmr());
                o.addProperty("bpr1", g.bpr1());
                o.addProperty("igrpen1", g.igrpen1());
                o.add("pending", bits(g.pending()));
                o.add("active", bits(g.active()));
                o.add("enabled", bits(g.enabled()));
            }
            case Presenter.None none -> o.addProperty("type", "none");
        }
        return o;
    }

    /** The OS CAM line: TIMA QW1 word 2 bits 8-31 in IBM numbering, i.e. the low 24 bits (ABI page, TIMA). */
    static int osCam(XiveRing os) {
        return os.w2() & 0x00ffffff;
    }

    private static JsonObject ring(XiveRing r) {
        JsonObject o = new JsonObject();
        o.addProperty("nsr", r.nsr());
        o.addProperty("cppr", r.cppr());
        o.addProperty("ipb", r.ipb());
        o.addProperty("lsmfb", r.lsmfb());
        o.addProperty("ack", r.ackCount());
        o.addProperty("inc", r.inc());
        o.addProperty("age", r.age());
        o.addProperty("pipr", r.pipr());
        o.addProperty("w2", r.w2() & 0xffffffffL);
        return o;
    }

    /** One interrupt source; ESB/EAS fields are null where the architecture has none. */
    public static JsonObject source(SourceState s) {
        JsonObject o = new JsonObject();
        o.addProperty("number", s.number());
        o.addProperty("kind", s.kind().name());
        o.addProperty("allocated", s.allocated());
        o.addProperty("owner", s.owner());
        o.add("server", orNull(s.server()));
        o.addProperty("priority", s.priority());
        o.addProperty("masked", s.masked());
        o.add("saved_priority", orNull(s.savedPriority()));
        o.addProperty("pending", s.pending());
        o.addProperty("asserted", s.asserted());
        o.addProperty("presented", s.presented());
        o.addProperty("queued", s.queued());
        if (s.pq() < 0) {
            o.add("pq", JsonNull.INSTANCE);
        } else {
            o.addProperty("pq", s.pqText());
        }
        o.add("eisn", s.eisn() < 0 ? JsonNull.INSTANCE : new JsonPrimitive(s.eisn()));
        o.add("end", orNull(s.endIndex()));
        o.addProperty("derived_targeting", s.targetingFromVmm());
        o.add("count", s.count() < 0 ? JsonNull.INSTANCE : new JsonPrimitive(s.count()));
        return o;
    }

    /** The IOAPIC with its redirection table decoded per pin. */
    public static JsonObject ioapic(IoapicState io) {
        JsonObject o = new JsonObject();
        o.addProperty("id", io.id());
        o.addProperty("base_address", io.baseAddress());
        o.addProperty("ioregsel", io.ioregsel());
        o.addProperty("irr", io.irr());
        JsonArray pins = new JsonArray();
        for (IoapicState.RedirectionEntry e : io.pins()) {
            JsonObject p = new JsonObject();
            p.addProperty("pin", e.pin());
            p.addProperty("vector", e.vector());
            p.addProperty("dest", e.destination());
            p.addProperty("dest_mode", e.logicalDestination() ? "logical" : "physical");
            p.addProperty("delivery_mode", e.deliveryMode());
            p.addProperty("trigger", e.levelTriggered() ? "level" : "edge");
            p.addProperty("polarity", e.activeLow() ? "low" : "high");
            p.addProperty("masked", e.masked());
            p.addProperty("remote_irr", e.remoteIrr());
            p.addProperty("delivery_pending", e.deliveryPending());
            p.addProperty("raw", e.raw());
            pins.add(p);
        }
        o.add("pins", pins);
        return o;
    }

    /** One 8259: the registers users read, and the less common ones. */
    public static JsonObject pic(PicState p) {
        JsonObject o = new JsonObject();
        o.addProperty("chip", p.chip() == 0 ? "master" : "slave");
        o.addProperty("irr", p.irr());
        o.addProperty("imr", p.imr());
        o.addProperty("isr", p.isr());
        o.addProperty("base", p.irqBase());
        o.addProperty("elcr", p.elcr());
        o.addProperty("last_irr", p.lastIrr());
        o.addProperty("priority_add", p.priorityAdd());
        o.addProperty("auto_eoi", p.autoEoi());
        o.addProperty("special_mask", p.specialMask());
        o.addProperty("init_state", p.initState());
        return o;
    }

    private static JsonObject icsBlock(ControllerState.IcsBlock b) {
        JsonObject o = new JsonObject();
        o.addProperty("name", b.name());
        o.addProperty("offset", b.offset());
        o.addProperty("count", b.count());
        return o;
    }

    private static JsonObject xiveRouter(ControllerState.XiveRouter r) {
        JsonObject o = new JsonObject();
        JsonArray ends = new JsonArray();
        for (XiveEventQueue q : r.ends()) {
            JsonObject e = new JsonObject();
            e.addProperty("index", q.index());
            e.addProperty("server", q.server());
            e.addProperty("priority", q.priority());
            e.addProperty("valid", q.valid());
            e.addProperty("enqueue", q.enqueue());
            e.addProperty("qshift", q.qshift());
            e.addProperty("entries", q.entries());
            e.addProperty("qindex", q.qindex());
            e.addProperty("generation", q.generation());
            e.addProperty("qaddr", q.qaddr());
            e.add("escalation", q.escalation() < 0
                    ? JsonNull.INSTANCE
                    : new JsonPrimitive(q.escalation()));
            JsonArray window = new JsonArray();
            q.window().forEach(w -> window.add(w & 0xffffffffL));
            e.add("window", window);
            ends.add(e);
        }
        o.add("ends", ends);
        JsonArray nvts = new JsonArray();
        r.nvts().forEach(nvts::add);
        o.add("nvts", nvts);
        return o;
    }

    private static JsonObject gicDistributor(ControllerState.GicDistributor g) {
        JsonObject o = new JsonObject();
        o.addProperty("ctlr", g.ctlr());
        o.addProperty("nr_spis", g.nrSpis());
        return o;
    }

    private static JsonObject flic(ControllerState.Flic f) {
        JsonObject o = new JsonObject();
        JsonArray types = new JsonArray();
        f.floatingIrqTypes().forEach(types::add);
        o.add("floating_irq_types", types);
        return o;
    }

    private static JsonObject route(MsiRoute r) {
        JsonObject o = new JsonObject();
        o.add("gsi", orNull(r.gsi()));
        o.addProperty("type", r.isMsi() ? "msi" : "irqchip");
        if (r.isMsi()) {
            o.add("irqchip", JsonNull.INSTANCE);
            o.add("pin", JsonNull.INSTANCE);
            o.addProperty("address", r.address());
            o.addProperty("data", r.data());
            o.addProperty("vector", r.vector());
            o.addProperty("dest", r.destinationId());
            o.addProperty("dest_mode", r.logicalDestination() ? "logical" : "physical");
        } else {
            o.addProperty("irqchip", switch (r.irqchip()) {
                case 0 -> "pic-master";
                case 1 -> "pic-slave";
                case 2 -> "ioapic";
                default -> "irqchip-" + r.irqchip();
            });
            o.addProperty("pin", r.pin());
            o.add("address", JsonNull.INSTANCE);
            o.add("data", JsonNull.INSTANCE);
            o.add("vector", JsonNull.INSTANCE);
            o.add("dest", JsonNull.INSTANCE);
            o.add("dest_mode", JsonNull.INSTANCE);
        }
        return o;
    }

    /** Counters sorted by name, values as numbers. */
    public static JsonObject counters(Map<String, Long> counters) {
        JsonObject o = new JsonObject();
        new TreeMap<>(counters).forEach(o::addProperty);
        return o;
    }

    static JsonArray vectors(VectorSet set) {
        JsonArray a = new JsonArray();
        set.vectors().forEach(a::add);
        return a;
    }

    private static JsonArray bits(long word) {
        JsonArray a = new JsonArray();
        for (int i = 0; i < 64; i++) {
            if ((word & (1L << i)) != 0) {
                a.add(i);
            }
        }
        return a;
    }

    static JsonArray strings(Iterable<String> items) {
        JsonArray a = new JsonArray();
        items.forEach(a::add);
        return a;
    }

    private static JsonElement orNull(int value) {
        return value < 0 ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    /** For text output and tests: the keys a snapshot object always has, in order. */
    static List<String> snapshotKeys() {
        return List.of("schema", "kind", "target", "arch", "mode", "irqchip", "backend", "sequence", "captured_at_ms",
                "capabilities", "vcpus", "sources", "ioapic", "pic", "ics", "xive", "gic", "flic", "routes",
                "counters", "notes");
    }
}
