// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.diff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;

/**
 * The differences between two snapshots, keyed by source number and vCPU id (controllers and routes by position), as
 * structured {@link Change} records and as a text report. Fields are found from the snapshot records themselves,
 * so a new presenter or controller record is diffed without changes here. Sequence and capture time are shown in
 * the report header, not as changes: they differ between any two reads.
 */
public record SnapshotDiff(MachineState before, MachineState after, List<Change> changes) {
    /** Register-like fields users read in hex. */
    private static final Set<String> HEX = Set.of("number", "priority", "savedPriority", "cppr", "mfrr", "xisr",
            "ppri", "nsr", "ipb", "lsmfb", "pipr", "w2", "raw", "address", "data", "qaddr", "eisn", "icr", "svr",
            "tpr", "apr", "ppr", "ldr", "dfr", "esr", "mpidr", "pending", "active", "enabled", "escalation",
            "baseAddress", "irr", "imr", "isr", "elcr", "elcrMask", "ctlr", "pmr", "index", "vpId", "ackCount",
            "age", "inc", "lastIrr", "irqBase", "floatingIrqTypes", "window", "nvts");

    public SnapshotDiff {
        changes = List.copyOf(changes);
    }

    public static SnapshotDiff between(MachineState before, MachineState after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<Change> out = new ArrayList<>();
        diffMachine(before, after, out);
        diffVcpus(before.vcpus(), after.vcpus(), out);
        diffSources(before.sources(), after.sources(), out);
        diffByPosition("controller", before.controllers(), after.controllers(), out);
        diffByPosition("route", before.routes(), after.routes(), out);
        return new SnapshotDiff(before, after, out);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The JSON-friendly form: a list of {kind, element, field, before, after}. */
    public List<Map<String, String>> toJson() {
        List<Map<String, String>> out = new ArrayList<>(changes.size());
        for (Change c : changes) {
            out.add(c.toJson());
        }
        return out;
    }

    /** A readable report: a header line, then one line per change. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(before.target()).append(" #").append(before.sequence()).append(" -> ");
        if (!after.target().equals(before.target())) {
            sb.append(after.target()).append(' ');
        }
        sb.append('#').append(after.sequence()).append(": ");
        sb.append(changes.isEmpty() ? "no changes" : changes.size() + (changes.size() == 1 ? " change" : " changes"));
        sb.append('\n');
        for (Change c : changes) {
            sb.append("  ").append(c.toText()).append('\n');
        }
        return sb.toString();
    }

    private static void diffMachine(MachineState a, MachineState b, List<Change> out) {
        compareFields("machine", machineFields(a), machineFields(b), out);
    }

    private static Map<String, String> machineFields(MachineState s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("target", s.target());
        m.put("arch", s.arch().label());
        m.put("mode", s.mode().label());
        m.put("irqchip", s.irqchip().label());
        m.put("backend", s.backend().label());
        m.put("capabilities", new TreeSet<>(s.capabilities()).toString());
        flattenMap("counter", s.counters(), m);
        m.put("notes", s.notes().toString());
        return m;
    }

    private static void diffVcpus(List<VcpuState> a, List<VcpuState> b, List<Change> out) {
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || i < a.size() && a.get(i).id() < b.get(j).id()) {
                VcpuState v = a.get(i++);
                out.add(new Change(ChangeKind.REMOVED, "vcpu " + v.id(), "", summary(v), ""));
            } else if (i >= a.size() || a.get(i).id() > b.get(j).id()) {
                VcpuState v = b.get(j++);
                out.add(new Change(ChangeKind.ADDED, "vcpu " + v.id(), "", "", summary(v)));
            } else {
                VcpuState x = a.get(i++);
                VcpuState y = b.get(j++);
                if (x != y && !x.equals(y)) {
                    compareFields("vcpu " + x.id(), vcpuFields(x), vcpuFields(y), out);
                }
            }
        }
    }

    private static Map<String, String> vcpuFields(VcpuState v) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("runState", v.runState().label());
        m.put("presenter", presenterKind(v.presenter()));
        if (!(v.presenter() instanceof Presenter.None)) {
            flatten("presenter", v.presenter(), m);
        }
        flattenMap("counter", v.counters(), m);
        return m;
    }

    private static String presenterKind(Presenter p) {
        return p instanceof Presenter.None ? "none" : p.getClass().getSimpleName();
    }

    private static String summary(VcpuState v) {
        return v.runState().label() + ", presenter " + presenterKind(v.presenter());
    }

    private static void diffSources(List<SourceState> a, List<SourceState> b, List<Change> out) {
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || i < a.size() && a.get(i).number() < b.get(j).number()) {
                SourceState s = a.get(i++);
                out.add(new Change(ChangeKind.REMOVED, sourceName(s), "", summary(s), ""));
            } else if (i >= a.size() || a.get(i).number() > b.get(j).number()) {
                SourceState s = b.get(j++);
                out.add(new Change(ChangeKind.ADDED, sourceName(s), "", "", summary(s)));
            } else {
                SourceState x = a.get(i++);
                SourceState y = b.get(j++);
                if (x != y && !x.equals(y)) {
                    Map<String, String> fx = new LinkedHashMap<>();
                    Map<String, String> fy = new LinkedHashMap<>();
                    flattenComponents("", x, fx);
                    flattenComponents("", y, fy);
                    compareFields(sourceName(x), fx, fy, out);
                }
            }
        }
    }

    private static String sourceName(SourceState s) {
        return "source 0x" + Integer.toHexString(s.number());
    }

    private static String summary(SourceState s) {
        return s.kind() + " server " + s.server() + " priority " + format("priority", s.priority())
                + (s.masked() ? " masked" : "") + (s.pending() ? " pending" : "");
    }

    private static void diffByPosition(String what, List<?> a, List<?> b, List<Change> out) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            Object x = i < a.size() ? a.get(i) : null;
            Object y = i < b.size() ? b.get(i) : null;
            if (Objects.equals(x, y)) {
                continue;
            }
            if (x == null) {
                out.add(new Change(ChangeKind.ADDED, what + " " + i + " (" + kindOf(y) + ")", "", "", y.toString()));
            } else if (y == null) {
                out.add(new Change(ChangeKind.REMOVED, what + " " + i + " (" + kindOf(x) + ")", "", x.toString(), ""));
            } else if (x.getClass() != y.getClass()) {
                out.add(new Change(ChangeKind.CHANGED, what + " " + i, "kind", kindOf(x), kindOf(y)));
            } else {
                Map<String, String> fx = new LinkedHashMap<>();
                Map<String, String> fy = new LinkedHashMap<>();
                flattenComponents("", (Record) x, fx);
                flattenComponents("", (Record) y, fy);
                compareFields(what + " " + i + " (" + kindOf(x) + ")", fx, fy, out);
            }
        }
    }

    private static String kindOf(Object o) {
        return o.getClass().getSimpleName();
    }

    private static void compareFields(String element, Map<String, String> x, Map<String, String> y,
            List<Change> out) {
        Set<String> keys = new LinkedHashSet<>(x.keySet());
        keys.addAll(y.keySet());
        for (String k : keys) {
            String before = x.getOrDefault(k, "");
            String after = y.getOrDefault(k, "");
            if (!before.equals(after)) {
                out.add(new Change(ChangeKind.CHANGED, element, k, before, after));
            }
        }
    }

    private static void flattenMap(String prefix, Map<String, Long> map, Map<String, String> out) {
        new TreeMap<>(map).forEach((k, v) -> out.put(prefix + " " + k, Long.toString(v)));
    }

    /** Record components become fields, nested records and lists become paths (rings[1].pipr). */
    private static void flatten(String path, Object value, Map<String, String> out) {
        if (value instanceof Record r) {
            flattenComponents(path + ".", r, out);
        } else if (value instanceof Collection<?> c && !c.isEmpty() && c.iterator().next() instanceof Record) {
            int i = 0;
            for (Object o : c) {
                flatten(path + "[" + i++ + "]", o, out);
            }
        } else {
            out.put(path, format(path, value));
        }
    }

    private static void flattenComponents(String prefix, Record r, Map<String, String> out) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
            }
            flatten(prefix + c.getName(), v, out);
        }
    }

    private static String format(String path, Object value) {
        String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[.*", "");
        boolean hex = HEX.contains(field);
        if (value instanceof Integer n) {
            // XIVE queue entries carry the generation in bit 31: an unsigned word, never "absent" (-1)
            if (field.equals("window")) {
                return "0x" + Integer.toHexString(n);
            }
            return hex && n >= 0 ? "0x" + Integer.toHexString(n) : n.toString();
        }
        if (value instanceof Long n) {
            return hex && n >= 0 ? "0x" + Long.toHexString(n) : n.toString();
        }
        if (value instanceof Collection<?> c && hex) {
            List<String> items = new ArrayList<>();
            for (Object o : c) {
                items.add(format(field, o));
            }
            return items.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }
}
