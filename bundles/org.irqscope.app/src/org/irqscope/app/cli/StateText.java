// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;

/** The human-readable form of a snapshot: register values in hex, as the architecture manuals print them. */
public final class StateText {

    private StateText() {
    }

    public static String snapshot(MachineState s) {
        StringBuilder sb = new StringBuilder();
        sb.append(s.target()).append("  #").append(s.sequence()).append('\n');
        sb.append("  ").append(s.arch().label()).append(", mode ").append(s.mode().label()).append(", irqchip ")
                .append(s.irqchip().label()).append(", backend ").append(s.backend().label()).append('\n');
        if (!s.vcpus().isEmpty()) {
            sb.append("vCPUs\n");
            for (VcpuState v : s.vcpus()) {
                sb.append(String.format("  %-4d %-8s %s%n", v.id(), v.runState().label(), presenter(v.presenter())));
                if (!v.counters().isEmpty()) {
                    sb.append("       counters ").append(counters(v.counters())).append('\n');
                }
            }
        }
        if (!s.sources().isEmpty()) {
            sb.append("sources\n");
            sb.append(String.format("  %-8s %-4s %-7s %-5s %-3s %s%n", "number", "kind", "server", "prio", "pq",
                    "flags"));
            for (SourceState src : s.sources()) {
                sb.append(String.format("  %-8s %-4s %-7s %-5s %-3s %s", hex(src.number()), src.kind(),
                        src.server() < 0 ? "-" : Integer.toString(src.server()), hex(src.priority()),
                        src.pq() < 0 ? "-" : src.pqText(), flags(src)).stripTrailing()).append('\n');
            }
        }
        s.ioapic().ifPresent(io -> ioapic(io, sb));
        for (PicState p : s.pics()) {
            sb.append(String.format("PIC %s  irr %02x imr %02x isr %02x base %02x elcr %02x%n",
                    p.chip() == 0 ? "master" : "slave ", p.irr(), p.imr(), p.isr(), p.irqBase(), p.elcr()));
        }
        for (ControllerState.IcsBlock b : s.controllers(ControllerState.IcsBlock.class)) {
            sb.append("ICS ").append(b.name()).append("  sources ").append(hex(b.offset())).append("..")
                    .append(hex(b.offset() + b.count() - 1)).append('\n');
        }
        s.xiveRouter().ifPresent(r -> {
            sb.append("XIVE ENDs\n");
            for (XiveEventQueue q : r.ends()) {
                sb.append(String.format("  END %-5s server %-3d prio %d %s%s qshift %d qindex %d gen %d%s%n",
                        hex(q.index()), q.server(), q.priority(), q.valid() ? "valid" : "invalid",
                        q.enqueue() ? " enqueue" : "", q.qshift(), q.qindex(), q.generation(),
                        q.window().isEmpty() ? "" : " window " + hexList(q.window())));
            }
        });
        for (MsiRoute r : s.routes()) {
            if (r.isMsi()) {
                sb.append(String.format("route gsi %d  MSI addr %x data %x (vector %d dest %d)%n", r.gsi(),
                        r.address(), r.data(), r.vector(), r.destinationId()));
            } else {
                sb.append(String.format("route gsi %d  irqchip %d pin %d%n", r.gsi(), r.irqchip(), r.pin()));
            }
        }
        if (!s.counters().isEmpty()) {
            sb.append("counters ").append(counters(s.counters())).append('\n');
        }
        for (String n : s.notes()) {
            sb.append("note: ").append(n).append('\n');
        }
        return sb.toString();
    }

    private static void ioapic(IoapicState io, StringBuilder sb) {
        sb.append("IOAPIC ").append(io.id()).append(" at ").append(Long.toHexString(io.baseAddress())).append('\n');
        for (IoapicState.RedirectionEntry e : io.pins()) {
            sb.append(String.format("  pin %-2d vector %-3d dest %-3d %-8s %-5s%s%s%n", e.pin(), e.vector(),
                    e.destination(), e.logicalDestination() ? "logical" : "physical",
                    e.levelTriggered() ? "level" : "edge", e.masked() ? " masked" : "",
                    e.remoteIrr() ? " remote-irr" : ""));
        }
    }

    static String presenter(Presenter p) {
        return switch (p) {
            case XicsIcp icp -> String.format("ICP  cppr %02x mfrr %02x xisr %06x ppri %02x", icp.cppr(), icp.mfrr(),
                    icp.xisr(), icp.ppri());
            case XiveThreadContext tc -> {
                XiveRing os = tc.os();
                yield String.format("TIMA OS  nsr %02x cppr %02x ipb %02x pipr %02x cam %06x%s vp %s", os.nsr(),
                        os.cppr(), os.ipb(), os.pipr(), StateJson.osCam(os), (os.w2() >>> 31) == 1 ? " (valid)" : "",
                        tc.vpId() < 0 ? "-" : hex(tc.vpId()));
            }
            case LapicState l -> String.format("LAPIC id %d tpr %02x ppr %02x irr %s isr %s tmr %s%s", l.apicId(),
                    l.tpr(), l.ppr(), l.irr(), l.isr(), l.tmr(), l.softwareEnabled() ? "" : " (disabled)");
            case GicCpuInterface g -> String.format("GICv3 mpidr %x pmr %02x igrpen1 %d", g.mpidr(), g.pmr(),
                    g.igrpen1());
            case Presenter.None none -> "no presenter";
        };
    }

    private static String flags(SourceState s) {
        StringBuilder f = new StringBuilder();
        append(f, !s.allocated(), "unallocated");
        append(f, s.masked(), "masked");
        append(f, s.asserted(), "asserted");
        append(f, s.pending(), "pending");
        append(f, s.presented(), "P");
        append(f, s.queued(), "Q");
        append(f, s.eisn() >= 0, "eisn " + Long.toHexString(s.eisn()));
        append(f, s.endIndex() >= 0, "end " + Integer.toHexString(s.endIndex()));
        append(f, s.count() >= 0, "count " + s.count());
        append(f, !s.owner().isEmpty(), s.owner());
        append(f, s.targetingFromVmm(), "(targeting from VMM)");
        return f.toString();
    }

    private static void append(StringBuilder f, boolean when, String word) {
        if (when) {
            f.append(f.length() == 0 ? "" : " ").append(word);
        }
    }

    static String hex(long n) {
        return n < 0 ? Long.toString(n) : "0x" + Long.toHexString(n);
    }

    private static String hexList(List<Integer> values) {
        StringBuilder sb = new StringBuilder("[");
        for (Integer v : values) {
            sb.append(sb.length() == 1 ? "" : " ").append(Integer.toHexString(v));
        }
        return sb.append(']').toString();
    }

    static String counters(Map<String, Long> counters) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(counters).forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append('=')
                .append(v));
        return sb.toString();
    }
}
