// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.route;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.irqscope.core.explain.RouteHop;
import org.irqscope.core.explain.RouteTrace;
import org.irqscope.core.explain.RouteTracer;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.ui.route.RouteDrawing.Box;

/**
 * Lays out one source's route for the Routing view. The hops, their rules and the verdict come from core.explain's
 * {@link RouteTracer}; where it cannot trace a machine (a mode it does not cover, a snapshot it rejects) the route is
 * laid out from the snapshot's fields, the first hop that stops the interrupt being the blocking one.
 */
public final class RoutePresenter {
    private RoutePresenter() {
    }

    public static RouteDrawing present(MachineState state, int number) {
        Optional<SourceState> found = state.source(number);
        if (found.isPresent()) {
            try {
                return fromTrace(state, found.get(), RouteTracer.trace(state, number));
            } catch (RuntimeException e) {
                // The tracer refuses this machine or mode: fall through to the field-based layout below.
            }
        }
        return fromFields(state, number, found);
    }

    private static RouteDrawing fromTrace(MachineState state, SourceState s, RouteTrace trace) {
        List<Box> boxes = new ArrayList<>();
        for (RouteHop hop : trace.hops()) {
            boxes.add(new Box(hop.stage(), hop.state(), hop.ok(), hop.rule()));
        }
        return new RouteDrawing(title(state, s), boxes, trace.blockingHop(), trace.summary());
    }

    private static String title(MachineState state, SourceState s) {
        return "source 0x" + Integer.toHexString(s.number()) + " (" + s.kind() + (s.owner().isEmpty()
                ? ""
                : ", " + s.owner()) + ")  ·  " + state.mode().label();
    }

    static RouteDrawing fromFields(MachineState state, int number, Optional<SourceState> found) {
        if (found.isEmpty()) {
            return new RouteDrawing("source 0x" + Integer.toHexString(number), List.of(), -1,
                    "this machine has no source 0x" + Integer.toHexString(number));
        }
        SourceState s = found.get();
        List<Box> boxes = switch (state.mode()) {
            case XIVE -> xive(state, s);
            case XICS -> xics(state, s);
            case DUAL -> List.of(new Box("source", describe(s), false,
                    "in dual mode nothing is routed until the guest picks XICS or XIVE at CAS"));
            default -> x86(state, s);
        };
        int blocking = -1;
        for (int i = 0; i < boxes.size(); i++) {
            if (!boxes.get(i).ok()) {
                blocking = i;
                break;
            }
        }
        String title = title(state, s);
        String verdict = blocking < 0
                ? "every hop is open: the interrupt reaches vCPU " + s.server()
                : "stops at " + boxes.get(blocking).stage() + ": " + boxes.get(blocking).rule();
        return new RouteDrawing(title, boxes, blocking, verdict);
    }

    private static String describe(SourceState s) {
        return s.kind() + (s.pending() ? " pending" : "") + (s.asserted() ? " asserted" : "");
    }

    private static List<Box> xive(MachineState state, SourceState s) {
        List<Box> out = new ArrayList<>();
        String pq = s.pqText().isEmpty() ? "?" : s.pqText();
        boolean off = s.pq() == 1;
        out.add(new Box("ESB PQ", "PQ=" + pq + (s.asserted() ? " asserted" : ""), !off,
                off
                        ? "PQ=01 is 'off': triggers are dropped until the guest resets PQ"
                        : "a trigger with P=0 sets P and notifies the router; with P=1 it only sets Q"));
        boolean easOk = !s.masked() && s.endIndex() >= 0 && s.priority() != 0xff;
        out.add(new Box("EAS", s.masked()
                ? "masked"
                : "END " + s.endIndex() + "  EISN 0x" + Long.toHexString(s.eisn())
                        + (s.targetingFromVmm() ? " (from VMM)" : ""),
                easOk,
                easOk ? "the EAS names the END that receives the event" : "the EAS is masked or names no END"));
        Optional<XiveEventQueue> end = state.xiveRouter().flatMap(r -> r.ends().stream()
                .filter(e -> e.index() == s.endIndex()).findFirst());
        boolean endOk = end.map(e -> e.valid() && e.enqueue() && e.qshift() > 0).orElse(false);
        out.add(new Box("END / EQ", end.map(e -> "vCPU " + e.server() + " prio " + e.priority() + "  q "
                + e.qindex() + "/" + e.entries() + " g" + e.generation()).orElse("no END " + s.endIndex()), endOk,
                endOk
                        ? "the event number is written to the queue and the NVT is notified"
                        : "the END is invalid or has no queue configured"));
        Optional<VcpuState> vcpu = state.vcpu(s.server());
        XiveRing os = vcpu.map(VcpuState::presenter).filter(XiveThreadContext.class::isInstance)
                .map(p -> ((XiveThreadContext) p).os()).orElse(null);
        int prio = end.map(XiveEventQueue::priority).orElse(s.priority());
        boolean timaOk = os != null && prio < os.cppr();
        out.add(new Box("NVT / TIMA OS", os == null
                ? "vCPU " + s.server() + " has no thread context"
                : String.format("CPPR %02x IPB %02x PIPR %02x", os.cppr(), os.ipb(), os.pipr()), timaOk,
                os == null
                        ? "no presenter is connected for the target vCPU"
                        : timaOk
                                ? "priority " + prio + " is more favoured than CPPR " + os.cppr()
                                : "priority " + prio + " is not more favoured than CPPR " + os.cppr()));
        out.add(vcpuBox(vcpu, s.server()));
        return out;
    }

    private static List<Box> xics(MachineState state, SourceState s) {
        List<Box> out = new ArrayList<>();
        boolean srcOk = !s.masked() && s.priority() != 0xff;
        out.add(new Box("source", (s.presented() ? "P " : "") + (s.queued() ? "Q " : "") + "prio "
                + Integer.toHexString(s.priority()) + (s.masked() ? " masked" : ""), srcOk,
                srcOk ? "the ICS presents it at its priority" : "priority 0xff masks the source at the ICS"));
        Optional<ControllerState.IcsBlock> ics = state.controllers(ControllerState.IcsBlock.class).stream()
                .filter(b -> s.number() >= b.offset() && s.number() < b.offset() + b.count()).findFirst();
        out.add(new Box("ICS", ics.map(b -> b.name() + " [0x" + Integer.toHexString(b.offset()) + ", +"
                + b.count() + ")").orElse("no ICS block holds it"), ics.isPresent(),
                ics.isPresent() ? "the ICS sends it to server " + s.server() : "the source is outside every ICS"));
        Optional<VcpuState> vcpu = state.vcpu(s.server());
        XicsIcp icp = vcpu.map(VcpuState::presenter).filter(XicsIcp.class::isInstance).map(XicsIcp.class::cast)
                .orElse(null);
        boolean icpOk = icp != null && s.priority() < icp.cppr();
        out.add(new Box("ICP", icp == null
                ? "no ICP on vCPU " + s.server()
                : String.format("CPPR %02x XISR %06x PPRI %02x", icp.cppr(), icp.xisr(), icp.ppri()), icpOk,
                icp == null
                        ? "no presenter is connected for the target server"
                        : icpOk
                                ? "priority " + s.priority() + " is more favoured than CPPR " + icp.cppr()
                                : "priority " + s.priority() + " is not more favoured than CPPR " + icp.cppr()
                                        + ": the ICP rejects it and the ICS resends later"));
        out.add(vcpuBox(vcpu, s.server()));
        return out;
    }

    private static List<Box> x86(MachineState state, SourceState s) {
        List<Box> out = new ArrayList<>();
        out.add(new Box(s.kind() == SourceKind.MSI ? "MSI" : "pin / GSI " + s.number(),
                describe(s), true, "the line or message reaches the interrupt controller"));
        Optional<IoapicState> ioapic = state.ioapic();
        int vector = s.priority();
        int dest = s.server();
        if (ioapic.isPresent() && s.number() < ioapic.get().pins().size() && s.kind() != SourceKind.MSI) {
            IoapicState.RedirectionEntry rte = ioapic.get().pins().get(s.number());
            vector = rte.vector();
            dest = rte.destination();
            boolean ok = !rte.masked() && !(rte.levelTriggered() && rte.remoteIrr());
            out.add(new Box("IOAPIC RTE " + rte.pin(), String.format("vec %02x dest %d%s%s%s", rte.vector(),
                    rte.destination(), rte.masked() ? " masked" : "", rte.levelTriggered() ? " level" : " edge",
                    rte.remoteIrr() ? " remote-IRR" : ""), ok,
                    rte.masked()
                            ? "the redirection entry is masked"
                            : ok
                                    ? "the entry sends vector " + rte.vector() + " to APIC " + rte.destination()
                                    : "remote IRR is set on a level pin: waiting for the EOI"));
        }
        final int destination = dest;
        Optional<VcpuState> vcpu = state.vcpus().stream().filter(v -> v.presenter() instanceof LapicState l
                && l.apicId() == destination).findFirst();
        LapicState lapic = vcpu.map(VcpuState::presenter).map(LapicState.class::cast).orElse(null);
        if (lapic == null) {
            out.add(new Box("LAPIC", "no LAPIC with id " + dest, false, "no vCPU has that APIC id"));
        } else {
            boolean ok = vector >= 0 && lapic.softwareEnabled() && (vector & 0xf0) > (lapic.ppr() & 0xf0);
            out.add(new Box("LAPIC " + lapic.apicId(), String.format("TPR %02x PPR %02x IRR %s ISR %s", lapic.tpr(),
                    lapic.ppr(), lapic.irr(), lapic.isr()), ok,
                    !lapic.softwareEnabled()
                            ? "the APIC is software-disabled (SVR bit 8 clear)"
                            : ok
                                    ? "vector class above the PPR class: it is delivered"
                                    : "vector " + vector + " is not above PPR " + lapic.ppr()));
        }
        out.add(vcpuBox(vcpu, vcpu.map(VcpuState::id).orElse(-1)));
        return out;
    }

    private static Box vcpuBox(Optional<VcpuState> vcpu, int id) {
        if (vcpu.isEmpty()) {
            return new Box("vCPU", "no vCPU " + id, false, "the route ends at a vCPU that does not exist");
        }
        VcpuState v = vcpu.get();
        boolean connected = !(v.presenter() instanceof Presenter.None);
        return new Box("vCPU " + v.id(), v.runState().label(), connected,
                connected ? "the vCPU takes the interrupt when it runs" : "the vCPU's presenter is not connected");
    }
}
