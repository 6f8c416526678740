// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;

/**
 * Explains one interrupt's path hop by hop from a snapshot: XICS source → ICS → ICP → vCPU; XIVE ESB → EAS → END →
 * NVT/TIMA → vCPU; x86 IOAPIC pin, PIC line or MSI → LAPIC → vCPU. Each hop states the rule that decides it (ABI fact
 * page §2.5, §3.3–§3.6, §6). Pure function of the snapshot, safe from any thread.
 */
public final class RouteTracer {
    static final String RULE_XICS_SOURCE = "A XICS source exists once the VMM has allocated it in an ICS "
            + "(its source word carries the LSI or MSI flag).";
    static final String RULE_ICS = "The ICS presents a source only while it is unmasked with a priority below 0xFF; "
            + "a masked source keeps its interrupt as masked-pending until ibm,int-on.";
    static final String RULE_ICP = "An ICP accepts an interrupt only if its priority is below CPPR, below MFRR and "
            + "below the pending PPRI; otherwise the source is rejected and resent when CPPR is lowered or at EOI.";
    static final String RULE_VCPU = "A running or halted vCPU takes the external exception as soon as its presenter "
            + "raises it; a paused or stopped vCPU takes it only once it runs again.";
    static final String RULE_XIVE_SOURCE = "A XIVE source exists once the VMM has claimed it (its EAS is valid).";
    static final String RULE_ESB = "The ESB's PQ bits gate triggers: 00 notifies and becomes 10, 10 or 11 coalesce "
            + "into 11 without notifying, and 01 (off) drops the trigger.";
    static final String RULE_EAS = "The router forwards a notification only through a valid, unmasked EAS to the END "
            + "it names; a masked EAS drops it.";
    static final String RULE_END = "A valid END with enqueue set writes generation|EISN at its queue index and "
            + "notifies the NVT of its server; without a queue the guest can never learn the source.";
    static final String RULE_TIMA = "The thread context records the priority in IPB and signals the OS (NSR EO) "
            + "only while PIPR is more favoured than CPPR; ack sets CPPR to PIPR until EOI.";
    static final String RULE_IOAPIC_MASK = "A masked IOAPIC redirection entry sends nothing; the pin's IRR "
            + "still latches a level input.";
    static final String RULE_IOAPIC_VECTOR = "Vectors 0-15 are reserved for exceptions: a LAPIC rejects a fixed or "
            + "lowest-priority interrupt below 16 and sets the illegal-vector error.";
    static final String RULE_REMOTE_IRR = "A level-triggered pin sends once and then holds remote IRR until the "
            + "LAPIC's EOI for its vector is broadcast back; while it is set, the pin sends nothing new.";
    static final String RULE_DESTINATION = "A physical destination names one APIC id (0xFF all); a logical one "
            + "matches the LDR under the DFR's flat or cluster model.";
    static final String RULE_LAPIC = "A software-enabled LAPIC sets the vector in IRR and dispatches it only when "
            + "its priority class is above the processor priority (max of TPR and the highest in-service class).";
    static final String RULE_LAPIC_DISABLED = "A software-disabled LAPIC (SVR bit 8 clear) drops fixed "
            + "interrupts; only NMI, INIT, SMI and SIPI get through.";
    static final String RULE_MSI = "An x86 MSI is a write to 0xFEExxxxx whose address carries the destination and "
            + "whose data carries vector, delivery mode and trigger mode.";
    static final String RULE_PIC = "An 8259 forwards a line only while its IMR bit is clear, and a slave line "
            + "also needs the master's cascade line 2 unmasked.";
    static final String RULE_LINT0 = "The PIC's INTR reaches the boot vCPU only through its LAPIC's LINT0 entry, "
            + "unmasked and programmed as ExtINT.";

    private RouteTracer() {
    }

    /**
     * Traces one source of the machine.
     *
     * @throws IllegalArgumentException when the machine has no such source; the message names the valid range
     */
    public static RouteTrace trace(MachineState state, int source) {
        InterruptMode mode = state.mode();
        if (mode == InterruptMode.XICS) {
            return traceXics(state, source);
        }
        if (mode == InterruptMode.XIVE) {
            return traceXive(state, source);
        }
        if (mode == InterruptMode.X86_KERNEL_IRQCHIP || mode == InterruptMode.X86_SPLIT_IRQCHIP
                || mode == InterruptMode.X86_EMULATED) {
            return traceX86(state, source);
        }
        throw new IllegalArgumentException("cannot trace source " + source + ": route tracing covers XICS, XIVE "
                + "and x86 machines, this one is in " + mode.label() + " mode");
    }

    /** Traces an x86 MSI given by its address and data (as KVM_SIGNAL_MSI or a GSI route carries it). */
    public static RouteTrace traceMsi(MachineState state, MsiRoute msi) {
        Walk w = new Walk(msi.gsi());
        return x86Message(state, w, msi.vector(), msi.deliveryMode(), msi.logicalDestination(), msi.destinationId(),
                msi.levelTriggered(), msi);
    }

    // ---------------------------------------------------------------- XICS

    private static RouteTrace traceXics(MachineState state, int number) {
        Walk w = new Walk(number);
        Optional<SourceState> found = state.source(number);
        if (found.isEmpty()) {
            for (ControllerState.IcsBlock ics : state.controllers(ControllerState.IcsBlock.class)) {
                if (number >= ics.offset() && number < ics.offset() + ics.count()) {
                    return w.blocked("source", hex(number) + " is in ICS " + ics.name() + " but not allocated",
                            RULE_XICS_SOURCE, "source " + hex(number) + " was never allocated, so it cannot fire");
                }
            }
            throw unknownSource(state, number);
        }
        SourceState s = found.get();
        if (!s.allocated()) {
            return w.blocked("source", hex(number) + " not allocated", RULE_XICS_SOURCE,
                    "source " + hex(number) + " was never allocated, so it cannot fire");
        }
        w.pass("source", hex(number) + " " + s.kind() + sourceFlags(s), RULE_XICS_SOURCE);
        String ics = "server " + s.server() + ", priority " + hex2(s.priority())
                + (s.masked() ? ", masked (saved priority " + hex2(s.savedPriority()) + ")" : "");
        if (s.masked() || s.priority() == 0xff) {
            return w.blocked("ICS", ics, RULE_ICS, s.masked()
                    ? "the source is masked (ibm,int-off)" + (s.pending()
                            ? " with an interrupt held masked-pending"
                            : "")
                    : "priority 0xFF means never deliver");
        }
        Optional<VcpuState> vcpu = state.vcpu(s.server());
        if (vcpu.isEmpty() || !(vcpu.get().presenter() instanceof XicsIcp icp)) {
            return w.blocked("ICS", ics, RULE_ICS, "server " + s.server() + " is not a vCPU connected to XICS");
        }
        w.pass("ICS", ics, RULE_ICS);
        int prio = s.priority();
        String icpText = "CPPR " + hex2(icp.cppr()) + " MFRR " + hex2(icp.mfrr()) + " XISR " + hex(icp.xisr())
                + " PPRI " + hex2(icp.ppri());
        String stage = "ICP " + s.server();
        if (icp.xisr() == number) {
            if (icp.ppri() >= icp.cppr()) {
                return w.pending(stage, icpText, RULE_ICP, "held in XISR but PPRI " + hex2(icp.ppri())
                        + " is not below CPPR " + hex2(icp.cppr()));
            }
            w.pass(stage, icpText + " — presented, the external exception is raised", RULE_ICP);
            return vcpuHop(w, vcpu.get(), "presented to vCPU " + s.server() + " in XISR at priority " + hex2(prio)
                    + "; the guest accepts it with H_XIRR");
        }
        if (s.presented() && !s.pending()) {
            w.pass(stage, icpText + " — accepted earlier (P set), in service until H_EOI", RULE_ICP);
            return vcpuHop(w, vcpu.get(), "accepted by vCPU " + s.server() + ", in service until its H_EOI");
        }
        String refusal = prio >= icp.cppr()
                ? "priority " + hex2(prio) + " is not below CPPR " + hex2(icp.cppr())
                : prio >= icp.mfrr()
                        ? "priority " + hex2(prio) + " is not below MFRR " + hex2(icp.mfrr())
                                + " (the IPI wins)"
                        : prio >= icp.ppri()
                                ? "priority " + hex2(prio) + " is not below PPRI " + hex2(icp.ppri())
                                        + " of pending source " + hex(icp.xisr())
                                : null;
        if (refusal == null) {
            if (s.pending() || s.queued()) {
                return w.pending(stage, icpText, RULE_ICP, "the ICP would accept it now but it waits for the "
                        + "resend that H_CPPR or H_EOI triggers");
            }
            w.pass(stage, icpText + " — would accept priority " + hex2(prio), RULE_ICP);
            return vcpuHop(w, vcpu.get(), "a trigger reaches vCPU " + s.server() + " at priority " + hex2(prio));
        }
        if (s.pending() || s.queued()) {
            return w.pending(stage, icpText, RULE_ICP, refusal + "; the source waits for a resend");
        }
        return w.blocked(stage, icpText, RULE_ICP, refusal + "; a trigger now would be rejected");
    }

    // ---------------------------------------------------------------- XIVE

    private static RouteTrace traceXive(MachineState state, int number) {
        Walk w = new Walk(number);
        SourceState s = state.source(number).orElseThrow(() -> unknownSource(state, number));
        if (!s.allocated()) {
            return w.blocked("source", "LISN " + hex(number) + " not claimed", RULE_XIVE_SOURCE,
                    "LISN " + hex(number) + " was never claimed, so its EAS is invalid");
        }
        w.pass("source", "LISN " + hex(number) + " " + s.kind() + (s.asserted() ? " asserted" : ""),
                RULE_XIVE_SOURCE);
        int pq = Math.max(s.pq(), 0);
        String esb = "PQ=" + (s.pq() < 0 ? "unknown" : s.pqText()) + switch (pq) {
            case 0 -> " (ready: the next trigger notifies)";
            case 2 -> " (P: notified, waiting for EOI)";
            case 3 -> " (P+Q: a further trigger coalesced; EOI will notify once more)";
            default -> " (off)";
        };
        if (s.pq() == 1) {
            return w.blocked("ESB", esb, RULE_ESB, "PQ=01 turns the source off: every trigger is dropped");
        }
        w.pass("ESB", esb, RULE_ESB);
        boolean easMasked = s.server() < 0 || s.endIndex() < 0 || s.priority() == 0xff;
        String eas = easMasked
                ? "masked"
                : "END " + hex(s.endIndex()) + " (server " + s.server() + ", priority "
                        + s.priority() + "), EISN " + hex(s.eisn());
        if (easMasked) {
            return w.blocked("EAS", eas, RULE_EAS, "the EAS is masked"
                    + (pq >= 2 ? ", so the notification that set P was dropped and no EOI will come" : ""));
        }
        w.pass("EAS", eas, RULE_EAS);
        Optional<XiveEventQueue> end = state.xiveRouter().flatMap(r -> endOf(r, s.endIndex()));
        if (end.isEmpty() || !end.get().valid()) {
            return w.blocked("END", "END " + hex(s.endIndex()) + (end.isEmpty() ? " not configured" : " invalid"),
                    RULE_END, "END " + hex(s.endIndex()) + " is not configured, so the router drops the event");
        }
        XiveEventQueue eq = end.get();
        String endText = "EQ " + eq.qindex() + "/" + eq.entries() + " @" + Long.toHexString(eq.qaddr()) + " ^"
                + eq.generation() + (eq.enqueue() ? "" : ", enqueue off") + (inWindow(eq, s.eisn())
                        ? ", EISN " + hex(s.eisn()) + " in the queue"
                        : "");
        if (eq.qshift() == 0 || !eq.enqueue()) {
            return w.blocked("END", endText, RULE_END, "END " + hex(eq.index()) + " has no queue to write to, so the "
                    + "guest cannot find the source");
        }
        w.pass("END", endText, RULE_END);
        int server = eq.server();
        Optional<VcpuState> vcpu = state.vcpu(server);
        String stage = "TIMA OS ring " + server;
        if (vcpu.isEmpty() || !(vcpu.get().presenter() instanceof XiveThreadContext tctx)) {
            return w.blocked("NVT", "server " + server + " has no thread context", RULE_TIMA,
                    "END " + hex(eq.index()) + " targets server " + server + ", which is not a vCPU connected to XIVE");
        }
        XiveRing os = tctx.os();
        int prio = s.priority();
        boolean inIpb = (os.ipb() & XiveRing.ipbBit(prio)) != 0;
        String ring = "NVT " + hex(tctx.vpId()) + ": NSR " + hex2(os.nsr()) + " CPPR " + hex2(os.cppr()) + " IPB "
                + hex2(os.ipb()) + " PIPR " + hex2(os.pipr());
        if (prio < os.cppr()) {
            if (pq >= 2 && !inIpb) {
                return w.pending(stage, ring, RULE_TIMA, "P is set but priority " + prio + " is not in IPB: the "
                        + "notification is in flight or was lost, and new triggers only set Q until an EOI");
            }
            boolean signalled = inIpb && (os.nsr() & 0x80) != 0;
            w.pass(stage, ring + (signalled ? " — signalled, waiting for the guest's ack" : ""), RULE_TIMA);
            return vcpuHop(w, vcpu.get(), signalled
                    ? "signalled to vCPU " + server + " at priority " + prio
                            + "; the guest takes it with an OS ack"
                    : "a trigger reaches vCPU " + server + " at priority " + prio);
        }
        if (prio == os.cppr() && pq >= 2 && !inIpb) {
            w.pass(stage, ring + " — acknowledged: CPPR = priority while the handler runs", RULE_TIMA);
            return vcpuHop(w, vcpu.get(), "acknowledged by vCPU " + server + " (CPPR " + prio
                    + "), in service until the ESB EOI");
        }
        String refusal = "priority " + prio + " is not more favoured than CPPR " + hex2(os.cppr());
        if (inIpb || pq >= 2) {
            return w.pending(stage, ring, RULE_TIMA, refusal + ", so it waits in IPB");
        }
        return w.blocked(stage, ring, RULE_TIMA, refusal + "; a trigger now would wait in IPB");
    }

    private static Optional<XiveEventQueue> endOf(ControllerState.XiveRouter router, int index) {
        for (XiveEventQueue e : router.ends()) {
            if (e.index() == index) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static boolean inWindow(XiveEventQueue eq, long eisn) {
        for (int entry : eq.window()) {
            if ((entry & 0x7fffffffL) == (eisn & 0x7fffffffL)) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- x86

    private static RouteTrace traceX86(MachineState state, int gsi) {
        for (MsiRoute r : state.routes()) {
            if (r.gsi() == gsi && r.isMsi()) {
                return traceMsi(state, r);
            }
        }
        Optional<IoapicState> ioapic = state.ioapic();
        if (ioapic.isPresent() && gsi >= 0 && gsi < ioapic.get().pins().size()) {
            return traceIoapic(state, ioapic.get().pins().get(gsi), gsi);
        }
        if (!state.pics().isEmpty() && gsi >= 0 && gsi < 16) {
            return tracePic(state, new Walk(gsi), gsi);
        }
        throw unknownSource(state, gsi);
    }

    private static RouteTrace traceIoapic(MachineState state, IoapicState.RedirectionEntry e, int gsi) {
        Walk w = new Walk(gsi);
        boolean pinIrr = state.ioapic().map(io -> (io.irr() & (1 << e.pin())) != 0).orElse(false);
        String pin = "vec " + hex2(e.vector()) + " " + X86Destinations.deliveryModeName(e.deliveryMode()) + " "
                + (e.logicalDestination() ? "logical" : "physical") + " dest " + hex2(e.destination()) + " "
                + (e.levelTriggered() ? "level" : "edge") + (e.activeLow() ? " active-low" : " active-high")
                + (e.masked() ? " masked" : "") + (e.remoteIrr() ? " remote-IRR" : "") + (pinIrr ? " IRR" : "");
        String stage = "IOAPIC pin " + e.pin();
        if (e.masked()) {
            if (gsi < 16 && picLineOpen(state, gsi)) {
                w.note(stage, pin, RULE_IOAPIC_MASK);
                return tracePic(state, w, gsi);
            }
            return w.blocked(stage, pin, RULE_IOAPIC_MASK, "the redirection entry is masked");
        }
        if (X86Destinations.vectored(e.deliveryMode()) && e.vector() < 16) {
            return w.blocked(stage, pin, RULE_IOAPIC_VECTOR, "vector " + e.vector() + " is reserved");
        }
        if (e.levelTriggered() && e.remoteIrr()) {
            String why = "remote IRR is set: the last interrupt of this pin was not EOI'd";
            return pinIrr
                    ? w.pending(stage, pin, RULE_REMOTE_IRR, why + ", and the asserted line waits for it")
                    : w.blocked(stage, pin, RULE_REMOTE_IRR, why + ", so a new assertion would wait");
        }
        w.pass(stage, pin, e.levelTriggered() ? RULE_REMOTE_IRR : RULE_IOAPIC_MASK);
        return x86Destination(state, w, e.vector(), e.deliveryMode(), e.logicalDestination(), e.destination());
    }

    private static RouteTrace x86Message(MachineState state, Walk w, int vector, int mode, boolean logical, int dest,
            boolean level, MsiRoute msi) {
        String text = "address 0x" + Long.toHexString(msi.address()) + " data 0x" + Integer.toHexString(msi.data())
                + ": dest " + hex2(dest) + (logical ? " logical" : " physical") + ", vec " + hex2(vector) + " "
                + X86Destinations.deliveryModeName(mode) + (level ? " level" : " edge");
        if ((msi.address() >>> 20) != 0xfee) {
            return w.blocked("MSI", text, RULE_MSI, "the address is outside the 0xFEExxxxx interrupt window");
        }
        if (X86Destinations.vectored(mode) && vector < 16) {
            return w.blocked("MSI", text, RULE_IOAPIC_VECTOR, "vector " + vector + " is reserved");
        }
        w.pass("MSI", text, RULE_MSI);
        return x86Destination(state, w, vector, mode, logical, dest);
    }

    private static RouteTrace x86Destination(MachineState state, Walk w, int vector, int mode, boolean logical,
            int dest) {
        List<VcpuState> targets = X86Destinations.match(state, logical, dest);
        String destText = (logical ? "logical " : "physical ") + hex2(dest);
        if (targets.isEmpty()) {
            return w.blocked("destination", destText + " → no LAPIC", RULE_DESTINATION,
                    "destination " + hex2(dest) + " matches no LAPIC");
        }
        StringBuilder ids = new StringBuilder();
        for (VcpuState v : targets) {
            ids.append(ids.length() == 0 ? "" : ", ").append(v.id());
        }
        w.pass("destination", destText + " → vCPU " + ids, RULE_DESTINATION);
        VcpuState v = targets.get(0);
        LapicState lapic = (LapicState) v.presenter();
        return lapicHop(w, v, lapic, vector, mode);
    }

    private static RouteTrace lapicHop(Walk w, VcpuState v, LapicState lapic, int vector, int mode) {
        int ppr = X86Destinations.processorPriority(lapic);
        String stage = "LAPIC " + lapic.apicId() + " (vCPU " + v.id() + ")";
        String text = "SVR " + hex(lapic.svr()) + " TPR " + hex2(lapic.tpr()) + " PPR " + hex2(ppr) + " IRR "
                + lapic.irr() + " ISR " + lapic.isr();
        if (!X86Destinations.vectored(mode)) {
            w.pass(stage, text + " — " + X86Destinations.deliveryModeName(mode) + " bypasses IRR and PPR",
                    RULE_LAPIC);
            return vcpuHop(w, v, X86Destinations.deliveryModeName(mode) + " reaches vCPU " + v.id());
        }
        if (!lapic.softwareEnabled()) {
            return w.blocked(stage, text, RULE_LAPIC_DISABLED, "the LAPIC is software-disabled (SVR bit 8 clear)");
        }
        if (lapic.isr().contains(vector)) {
            w.pass(stage, text + " — vector " + hex2(vector) + " in service", RULE_LAPIC);
            return vcpuHop(w, v, "vector " + hex2(vector) + " is in service on vCPU " + v.id()
                    + " until its EOI");
        }
        if (X86Destinations.deliverable(lapic, vector)) {
            w.pass(stage, text + " — class " + X86Destinations.priorityClass(vector) + " above PPR class "
                    + X86Destinations.priorityClass(ppr), RULE_LAPIC);
            return vcpuHop(w, v, "vector " + hex2(vector) + " reaches vCPU " + v.id());
        }
        String refusal = "vector class " + X86Destinations.priorityClass(vector) + " is not above PPR class "
                + X86Destinations.priorityClass(ppr);
        if (lapic.irr().contains(vector)) {
            return w.pending(stage, text, RULE_LAPIC, refusal + ", so it waits in IRR");
        }
        return w.blocked(stage, text, RULE_LAPIC, refusal + "; a new interrupt would wait in IRR");
    }

    private static boolean picLineOpen(MachineState state, int line) {
        List<PicState> pics = state.pics();
        PicState master = picOf(pics, 0);
        if (master == null) {
            return false;
        }
        if (line < 8) {
            return (master.imr() & (1 << line)) == 0;
        }
        PicState slave = picOf(pics, 1);
        return slave != null && (slave.imr() & (1 << (line - 8))) == 0 && (master.imr() & 4) == 0;
    }

    private static PicState picOf(List<PicState> pics, int chip) {
        for (PicState p : pics) {
            if (p.chip() == chip) {
                return p;
            }
        }
        return null;
    }

    private static RouteTrace tracePic(MachineState state, Walk w, int line) {
        List<PicState> pics = state.pics();
        PicState master = picOf(pics, 0);
        PicState chip = picOf(pics, line < 8 ? 0 : 1);
        if (master == null || chip == null) {
            return w.blocked("PIC", "no 8259 for line " + line, RULE_PIC, "line " + line + " has no PIC");
        }
        int bit = 1 << (line & 7);
        String stage = (line < 8 ? "PIC master" : "PIC slave") + " line " + (line & 7);
        String text = "IMR " + hex2(chip.imr()) + " IRR " + hex2(chip.irr()) + " ISR " + hex2(chip.isr())
                + " base " + hex2(chip.irqBase());
        if ((chip.imr() & bit) != 0) {
            return w.blocked(stage, text, RULE_PIC, "the line is masked in IMR");
        }
        if (line >= 8 && (master.imr() & 4) != 0) {
            return w.blocked(stage, text + ", master IMR " + hex2(master.imr()), RULE_PIC,
                    "the master's cascade line 2 is masked");
        }
        int vector = (chip.irqBase() & 0xf8) | (line & 7);
        w.pass(stage, text + " → vector " + hex2(vector), RULE_PIC);
        VcpuState bsp = state.vcpus().isEmpty() ? null : state.vcpus().get(0);
        if (bsp == null || !(bsp.presenter() instanceof LapicState lapic)) {
            return w.blocked("LINT0", "no LAPIC on the boot vCPU", RULE_LINT0, "no vCPU takes the PIC's output");
        }
        LapicState.LvtEntry lint0 = lapic.lvt().size() > 3 ? lapic.lvt().get(3) : null;
        String lintText = lint0 == null
                ? "absent"
                : "LVT LINT0 " + hex(lint0.raw()) + " "
                        + X86Destinations.deliveryModeName(lint0.deliveryMode()) + (lint0.masked() ? " masked" : "");
        if (lint0 == null || lint0.masked() || lint0.deliveryMode() != 7) {
            return w.blocked("LINT0 (vCPU " + bsp.id() + ")", lintText, RULE_LINT0,
                    "LINT0 is not an unmasked ExtINT entry, so the PIC's INTR is ignored");
        }
        w.pass("LINT0 (vCPU " + bsp.id() + ")", lintText, RULE_LINT0);
        return vcpuHop(w, bsp, "vector " + hex2(vector) + " reaches vCPU " + bsp.id() + " through the PIC");
    }

    // ---------------------------------------------------------------- common

    private static RouteTrace vcpuHop(Walk w, VcpuState v, String deliveredReason) {
        String stage = "vCPU " + v.id();
        RunState rs = v.runState();
        if (rs == RunState.STOPPED) {
            return w.blocked(stage, rs.label(), RULE_VCPU, "vCPU " + v.id() + " is stopped");
        }
        if (rs == RunState.PAUSED) {
            return w.pending(stage, rs.label(), RULE_VCPU, "vCPU " + v.id() + " is paused; it takes the interrupt "
                    + "when resumed");
        }
        w.pass(stage, rs.label() + (rs == RunState.HALTED ? " (the interrupt wakes it)" : ""), RULE_VCPU);
        return w.delivered(deliveredReason);
    }

    private static String sourceFlags(SourceState s) {
        StringBuilder sb = new StringBuilder();
        if (s.asserted()) {
            sb.append(" asserted");
        }
        if (s.pending()) {
            sb.append(" pending");
        }
        if (s.presented()) {
            sb.append(" P");
        }
        if (s.queued()) {
            sb.append(" Q");
        }
        return sb.toString();
    }

    static IllegalArgumentException unknownSource(MachineState state, int number) {
        List<SourceState> all = state.sources();
        String range;
        if (all.isEmpty()) {
            range = "this machine has no sources";
        } else {
            range = "valid sources are " + hex(all.get(0).number()) + ".." + hex(all.get(all.size() - 1).number())
                    + " (" + all.size() + " allocated)";
        }
        List<Integer> msiGsis = new ArrayList<>();
        for (MsiRoute r : state.routes()) {
            if (r.isMsi() && r.gsi() >= 0) {
                msiGsis.add(r.gsi());
            }
        }
        return new IllegalArgumentException("source " + hex(number) + " (" + number + ") is not a source of "
                + state.target() + ": " + range + (msiGsis.isEmpty() ? "" : ", MSI GSIs " + msiGsis));
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }

    static String hex2(int v) {
        return String.format("%02x", v & 0xff);
    }

    /** Collects hops until the first one that stops the interrupt. */
    private static final class Walk {
        private final int source;
        private final List<RouteHop> hops = new ArrayList<>(6);

        Walk(int source) {
            this.source = source;
        }

        void pass(String stage, String state, String rule) {
            hops.add(new RouteHop(stage, state, true, rule));
        }

        /** A hop the interrupt does not take, without stopping it: another path carries it. */
        void note(String stage, String state, String rule) {
            hops.add(new RouteHop(stage, state, false, rule));
        }

        RouteTrace blocked(String stage, String state, String rule, String reason) {
            hops.add(new RouteHop(stage, state, false, rule));
            return new RouteTrace(source, hops, Verdict.BLOCKED, reason, hops.size() - 1);
        }

        RouteTrace pending(String stage, String state, String rule, String reason) {
            hops.add(new RouteHop(stage, state, false, rule));
            return new RouteTrace(source, hops, Verdict.PENDING, reason, hops.size() - 1);
        }

        RouteTrace delivered(String reason) {
            return new RouteTrace(source, hops, Verdict.DELIVERED, reason, -1);
        }
    }
}
