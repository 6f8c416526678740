// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import static org.irqscope.core.explain.RouteTracer.hex;
import static org.irqscope.core.explain.RouteTracer.hex2;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.TargetCapability;

/** The diagnostic rules: what users hunt by hand when an interrupt is lost or stuck (pain points §3). */
public final class DiagnosticRules {
    private static final int NSR_EO = 0x80;

    private DiagnosticRules() {
    }

    /** Every rule, in a stable order. */
    public static List<DiagnosticRule> all() {
        return RULES;
    }

    private static final List<DiagnosticRule> RULES = List.of(
            new DiagnosticRule("xive.pq-off-while-routed", Severity.WARNING, "Source off at the ESB, routed at the EAS",
                    "PQ=01 switches a XIVE source off and drops every trigger, whatever its EAS says.",
                    DiagnosticRules::pqOffWhileRouted),
            new DiagnosticRule("xive.eas-masked-pq-set", Severity.ERROR, "Notification sent into a masked EAS",
                    "A masked EAS drops the notification, so a source whose PQ holds P waits for an EOI that "
                            + "can never come.",
                    DiagnosticRules::easMaskedPqSet),
            new DiagnosticRule("xive.pq-stuck-11", Severity.WARNING, "PQ stuck at 11 (EOI never came)",
                    "PQ=11 lasts only until the guest's EOI, which turns it into 10 and notifies again.",
                    DiagnosticRules::pqStuck11),
            new DiagnosticRule("xive.q-without-queued-event", Severity.WARNING, "Q set with nothing queued",
                    "Q records a trigger coalesced behind a notification that must sit in the event queue or "
                            + "IPB until the guest EOIs it.",
                    DiagnosticRules::qWithoutQueuedEvent),
            new DiagnosticRule("xive.end-missing", Severity.ERROR, "EAS points at an END without a queue",
                    "The router can deliver only through a valid END with an event queue.",
                    DiagnosticRules::endMissing),
            new DiagnosticRule("xive.ipb-without-nsr", Severity.ERROR, "IPB bit set but the OS was not signalled",
                    "Whenever PIPR is more favoured than CPPR the thread context must set NSR EO and raise the "
                            + "OS exception line.",
                    DiagnosticRules::ipbWithoutNsr),
            new DiagnosticRule("presenter.priority-masks-pending", Severity.WARNING,
                    "CPPR/TPR more favoured than every pending priority",
                    "A presenter dispatches an interrupt only when its priority is more favoured than CPPR "
                            + "(XICS/XIVE) or its class is above the processor priority (x86).",
                    DiagnosticRules::priorityMasksPending),
            new DiagnosticRule("xics.queued-without-presented", Severity.ERROR, "XICS Q bit without P",
                    "The ICS sets Q only for a trigger that arrives while P is set, and EOI clears both.",
                    DiagnosticRules::xicsQWithoutP),
            new DiagnosticRule("xics.xisr-held-resend-pending", Severity.WARNING,
                    "XISR held while another source waits for a resend",
                    "A rejected XICS source is resent only when the guest lowers CPPR or EOIs, which it does "
                            + "after accepting what XISR holds.",
                    DiagnosticRules::xisrHeldResendPending),
            new DiagnosticRule("xics.ipi-not-presented", Severity.ERROR, "MFRR IPI favoured but not presented",
                    "An ICP presents the IPI (XISR 2) whenever MFRR is below CPPR and not above PPRI.",
                    DiagnosticRules::ipiNotPresented),
            new DiagnosticRule("xics.ipi-never-accepted", Severity.WARNING, "IPI presented but never accepted",
                    "A presented IPI raises the external exception until the guest accepts it with H_XIRR.",
                    DiagnosticRules::ipiNeverAccepted),
            new DiagnosticRule("xics.masked-pending", Severity.INFO, "Interrupt held masked-pending",
                    "A masked XICS source keeps its interrupt as masked-pending and delivers it on ibm,int-on.",
                    DiagnosticRules::xicsMaskedPending),
            new DiagnosticRule("source.lsi-asserted-not-pending", Severity.ERROR, "LSI asserted but not pending",
                    "An asserted level-sensitive source stays pending (P set) until its line drops.",
                    DiagnosticRules::lsiAssertedNotPending),
            new DiagnosticRule("source.server-not-vcpu", Severity.ERROR, "Source targets a server that is no vCPU",
                    "An unmasked source must target the server number of a vCPU connected to the presenter.",
                    DiagnosticRules::serverNotVcpu),
            new DiagnosticRule("source.kind-mismatch", Severity.WARNING, "LSI/MSI type disagrees between layers",
                    "A source must be level-sensitive or edge/message in every layer that handles it.",
                    DiagnosticRules::kindMismatch),
            new DiagnosticRule("vcpu.halted-with-pending-ipi", Severity.ERROR, "IPI pending to a halted vCPU",
                    "A deliverable IPI must wake a halted vCPU; one that stays halted lost its kick.",
                    DiagnosticRules::haltedWithPendingIpi),
            new DiagnosticRule("vcpu.halted-with-deliverable", Severity.ERROR,
                    "Halted vCPU with a deliverable interrupt",
                    "A presenter that signals a deliverable interrupt must wake its halted vCPU.",
                    DiagnosticRules::haltedWithDeliverable),
            new DiagnosticRule("lapic.isr-held", Severity.WARNING, "LAPIC ISR bit held (missing EOI)",
                    "An in-service vector raises the processor priority to its class until the guest writes EOI, "
                            + "holding every lower-class vector in IRR.",
                    DiagnosticRules::isrHeld),
            new DiagnosticRule("lapic.disabled-with-irr", Severity.WARNING, "Software-disabled LAPIC with IRR bits",
                    "A software-disabled LAPIC (SVR bit 8 clear) dispatches nothing from IRR until it is enabled.",
                    DiagnosticRules::disabledWithIrr),
            new DiagnosticRule("lapic.spurious-vector", Severity.WARNING, "Spurious vector misconfigured",
                    "The spurious vector must be 16 or above and not used by any device, or a spurious "
                            + "interrupt looks like a real one.",
                    DiagnosticRules::spuriousVector),
            new DiagnosticRule("ioapic.remote-irr-stuck", Severity.ERROR, "IOAPIC remote IRR stuck on a level pin",
                    "Remote IRR on a level pin is cleared only by the EOI of its vector, so with the vector in "
                            + "no LAPIC's IRR or ISR no EOI will ever clear it.",
                    DiagnosticRules::remoteIrrStuck),
            new DiagnosticRule("ioapic.reserved-vector", Severity.ERROR, "IOAPIC pin unmasked with vector below 16",
                    "Vectors 0-15 are reserved for exceptions; a LAPIC rejects them as illegal.",
                    DiagnosticRules::reservedVector),
            new DiagnosticRule("ioapic.no-destination", Severity.ERROR, "IOAPIC pin addresses no LAPIC",
                    "A redirection entry must name an APIC id (physical) or an LDR match (logical) of some vCPU.",
                    DiagnosticRules::noDestination));

    // ---------------------------------------------------------------- XIVE

    private static boolean xive(DiagnosticContext c) {
        return c.state().mode() == InterruptMode.XIVE;
    }

    private static boolean easRouted(SourceState s) {
        return s.server() >= 0 && s.endIndex() >= 0 && s.priority() != 0xff;
    }

    private static QuickFix unmask(SourceState s) {
        return new QuickFix("unmask source " + hex(s.number()), TargetCapability.CONFIGURE,
                t -> t.configure(new SourceConfiguration(s.number(), OptionalInt.empty(), OptionalInt.empty(),
                        Optional.of(false))));
    }

    private static void pqOffWhileRouted(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!xive(c)) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (s.allocated() && s.pq() == 1 && easRouted(s)) {
                sink.report(Element.source(s.number()), "PQ is 01 (off) while the EAS routes it to server "
                        + s.server() + " priority " + s.priority() + ": every trigger is dropped", unmask(s));
            }
        }
    }

    private static void easMaskedPqSet(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!xive(c)) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (s.allocated() && s.pq() >= 2 && !easRouted(s)) {
                sink.report(Element.source(s.number()), "PQ is " + s.pqText() + " but the EAS is masked: the "
                        + "notification went nowhere and the source will stay silent", null);
            }
        }
    }

    private static void pqStuck11(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!xive(c) || c.history().isEmpty()) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (s.pq() == 3) {
                int n = c.heldFor(s.number(), p -> p.pq() == 3);
                if (n >= 2) {
                    sink.report(Element.source(s.number()), "PQ has been 11 for " + n + " snapshots: the guest "
                            + "never EOI'd the first notification", null);
                }
            }
        }
    }

    private static void qWithoutQueuedEvent(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!xive(c)) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (s.pq() != 3 || !easRouted(s)) {
                continue;
            }
            Optional<XiveEventQueue> end = c.end(s.endIndex());
            if (end.isEmpty() || end.get().window().isEmpty() || RouteTracer.inWindow(end.get(), s.eisn())) {
                continue;
            }
            Optional<VcpuState> v = c.vcpu(end.get().server());
            if (v.isEmpty() || !(v.get().presenter() instanceof XiveThreadContext t)) {
                continue;
            }
            XiveRing os = t.os();
            boolean inIpb = (os.ipb() & XiveRing.ipbBit(s.priority())) != 0;
            if (!inIpb && os.cppr() != s.priority()) {
                sink.report(Element.source(s.number()), "PQ is 11 but EISN " + hex(s.eisn()) + " is not in END "
                        + hex(end.get().index()) + "'s queue, IPB has no priority " + s.priority() + " bit and the "
                        + "guest is not in its handler: the first notification was lost", null);
            }
        }
    }

    private static void endMissing(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!xive(c)) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (!s.allocated() || !easRouted(s) || s.pq() == 1) {
                continue;
            }
            Optional<XiveEventQueue> end = c.end(s.endIndex());
            if (end.isEmpty() || !end.get().valid() || end.get().qshift() == 0 || !end.get().enqueue()) {
                sink.report(Element.source(s.number()), "the EAS routes to END " + hex(s.endIndex()) + " (server "
                        + s.server() + ", priority " + s.priority() + "), which "
                        + (end.isEmpty() ? "is not configured" : "has no usable queue"), null);
            }
        }
    }

    private static void ipbWithoutNsr(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (VcpuState v : c.state().vcpus()) {
            if (v.presenter() instanceof XiveThreadContext t) {
                XiveRing os = t.os();
                int pipr = XiveRing.piprOf(os.ipb());
                if (os.ipb() != 0 && pipr < os.cppr() && (os.nsr() & NSR_EO) == 0) {
                    int cppr = os.cppr();
                    sink.report(Element.vcpu(v.id()), "IPB " + hex2(os.ipb()) + " holds priority " + pipr
                            + ", more favoured than CPPR " + hex2(cppr) + ", yet NSR is " + hex2(os.nsr()),
                            new QuickFix("write CPPR " + hex2(cppr) + " again on vCPU " + v.id()
                                    + ", which re-runs the notify check", TargetCapability.SET_PRESENTER_PRIORITY,
                                    tg -> tg.setPresenterPriority(v.id(), cppr)));
                }
            }
        }
    }

    // ---------------------------------------------------------------- presenters

    private static void priorityMasksPending(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (VcpuState v : c.state().vcpus()) {
            switch (v.presenter()) {
                case XicsIcp icp -> {
                    int pending = Math.min(c.minPendingPriority(v.id()), icp.mfrr() == 0xff ? 0x100 : icp.mfrr());
                    if (pending <= 0xfe && pending >= icp.cppr() && !c.inService(v.id(), icp.cppr())) {
                        sink.report(Element.vcpu(v.id()), "CPPR " + hex2(icp.cppr()) + " holds back every pending "
                                + "interrupt (most favoured " + hex2(pending) + ") and no accepted interrupt at "
                                + "that priority is in service", openCppr(v.id(), 0xff));
                    }
                }
                case XiveThreadContext t -> {
                    XiveRing os = t.os();
                    int pipr = XiveRing.piprOf(os.ipb());
                    // An acknowledged interrupt has left IPB; a P-set source whose priority bit is still in IPB
                    // has not been taken yet, so it does not explain the raised CPPR.
                    boolean acked = os.cppr() <= 7 && (os.ipb() & XiveRing.ipbBit(os.cppr())) == 0
                            && c.inService(v.id(), os.cppr());
                    if (os.ipb() != 0 && pipr >= os.cppr() && !acked) {
                        sink.report(Element.vcpu(v.id()), "CPPR " + hex2(os.cppr()) + " holds back IPB "
                                + hex2(os.ipb()) + " (PIPR " + pipr + ") and no acknowledged interrupt at that "
                                + "priority is in service", openCppr(v.id(), 0xff));
                    }
                }
                case LapicState l -> {
                    int irr = l.irr().highest();
                    if (irr >= 0 && l.isr().isEmpty() && l.softwareEnabled()
                            && X86Destinations.priorityClass(irr) <= X86Destinations.priorityClass(l.tpr())) {
                        sink.report(Element.vcpu(v.id()), "TPR " + hex2(l.tpr()) + " holds back every vector in "
                                + "IRR (highest " + hex2(irr) + ") with nothing in service", openCppr(v.id(), 0));
                    }
                }
                default -> {
                }
            }
        }
    }

    private static QuickFix openCppr(int vcpu, int value) {
        return new QuickFix("set the presenter priority of vCPU " + vcpu + " to " + hex2(value) + " (accept all)",
                TargetCapability.SET_PRESENTER_PRIORITY, t -> t.setPresenterPriority(vcpu, value));
    }

    // ---------------------------------------------------------------- XICS

    private static boolean xics(DiagnosticContext c) {
        return c.state().mode() == InterruptMode.XICS;
    }

    private static void xicsQWithoutP(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!xics(c)) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (s.queued() && !s.presented()) {
                sink.report(Element.source(s.number()), "Q is set but P is clear: the ICS's PQ state is "
                        + "inconsistent and the coalesced trigger will never be replayed", null);
            }
        }
    }

    private static void xisrHeldResendPending(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!xics(c)) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (!s.pending() || s.presented() || s.masked() || s.priority() == 0xff) {
                continue;
            }
            Optional<VcpuState> v = c.vcpu(s.server());
            if (v.isPresent() && v.get().presenter() instanceof XicsIcp icp && icp.xisr() != 0
                    && icp.xisr() != s.number()) {
                sink.report(Element.source(s.number()), "waits for a resend to server " + s.server() + " while its "
                        + "XISR still holds " + hex(icp.xisr()) + " at priority " + hex2(icp.ppri()), null);
            }
        }
    }

    private static void ipiNotPresented(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (VcpuState v : c.state().vcpus()) {
            if (v.presenter() instanceof XicsIcp icp && icp.mfrr() < icp.cppr() && icp.mfrr() <= icp.ppri()
                    && icp.xisr() != 2) {
                sink.report(Element.vcpu(v.id()), "MFRR " + hex2(icp.mfrr()) + " is below CPPR " + hex2(icp.cppr())
                        + " and PPRI " + hex2(icp.ppri()) + " but XISR is " + hex(icp.xisr())
                        + ": the IPI was never presented", null);
            }
        }
    }

    private static void ipiNeverAccepted(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (c.history().isEmpty()) {
            return;
        }
        for (VcpuState v : c.state().vcpus()) {
            if (v.presenter() instanceof XicsIcp icp && icp.xisr() == 2) {
                int n = c.vcpuHeldFor(v.id(), p -> p.presenter() instanceof XicsIcp i && i.xisr() == 2);
                if (n >= 2) {
                    sink.report(Element.vcpu(v.id()), "the IPI (XISR 2, MFRR " + hex2(icp.mfrr()) + ") has been "
                            + "presented for " + n + " snapshots without H_XIRR", null);
                }
            }
        }
    }

    private static void xicsMaskedPending(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!xics(c)) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (s.masked() && s.pending() && s.savedPriority() >= 0 && s.savedPriority() < 0xff) {
                sink.report(Element.source(s.number()), "masked with an interrupt held; unmasking delivers it at "
                        + "priority " + hex2(s.savedPriority()), unmask(s));
            }
        }
    }

    // ---------------------------------------------------------------- sources

    private static void lsiAssertedNotPending(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (SourceState s : c.state().sources()) {
            if (s.kind() == SourceKind.LSI && s.asserted() && !s.pending() && !s.presented() && !s.masked()
                    && (s.pq() < 0 || s.pq() == 0)) {
                sink.report(Element.source(s.number()), "the line is asserted but the source holds nothing: the "
                        + "assertion was lost",
                        new QuickFix("assert the line of source " + hex(s.number())
                                + " again", TargetCapability.INJECT,
                                t -> t.inject(Injection.of(s.number(), Injection.Kind.ASSERT))));
            }
        }
    }

    private static void serverNotVcpu(DiagnosticContext c, DiagnosticRule.Sink sink) {
        if (!c.state().mode().isPower()) {
            return;
        }
        for (SourceState s : c.state().sources()) {
            if (s.allocated() && !s.masked() && s.priority() != 0xff && s.server() >= 0) {
                Optional<VcpuState> v = c.vcpu(s.server());
                if (v.isEmpty() || v.get().presenter() instanceof org.irqscope.core.state.Presenter.None) {
                    int first = c.state().vcpus().isEmpty() ? -1 : c.state().vcpus().get(0).id();
                    QuickFix fix = first < 0
                            ? null
                            : new QuickFix("target source " + hex(s.number()) + " at vCPU "
                                    + first, TargetCapability.CONFIGURE,
                                    t -> t.configure(new SourceConfiguration(s.number(),
                                            OptionalInt.of(s.priority()), OptionalInt.of(first), Optional.empty())));
                    sink.report(Element.source(s.number()), "targets server " + s.server() + ", which is not a "
                            + "connected vCPU", fix);
                }
            }
        }
    }

    private static void kindMismatch(DiagnosticContext c, DiagnosticRule.Sink sink) {
        MachineState m = c.state();
        if (xive(c)) {
            for (SourceState s : m.sources()) {
                if (s.kind() == SourceKind.LSI && s.pq() == 3) {
                    sink.report(Element.source(s.number()), "an LSI with Q set: the ESB treated it as an MSI "
                            + "(LSIs never set Q)", null);
                }
            }
        }
        if (m.mode().isPower()) {
            for (MsiRoute r : m.routes()) {
                Optional<SourceState> s = r.gsi() >= 0 ? m.source(r.gsi()) : Optional.empty();
                if (s.isPresent() && r.isMsi() && s.get().kind() == SourceKind.LSI) {
                    sink.report(Element.source(r.gsi()), "the controller has it as an LSI but its route is an MSI",
                            null);
                }
            }
        }
        Optional<IoapicState> io = m.ioapic();
        if (io.isPresent()) {
            for (PicState pic : m.pics()) {
                for (int line = 0; line < 8; line++) {
                    int gsi = pic.chip() * 8 + line;
                    if (gsi >= io.get().pins().size()) {
                        continue;
                    }
                    IoapicState.RedirectionEntry e = io.get().pins().get(gsi);
                    boolean elcrLevel = (pic.elcr() & (1 << line)) != 0;
                    // Only a line both chips may deliver matters: a masked PIC line's ELCR bit is never used.
                    boolean picOpen = (pic.imr() & (1 << line)) == 0;
                    if (!e.masked() && picOpen && elcrLevel != e.levelTriggered()) {
                        sink.report(Element.pin(gsi), "the PIC's ELCR says " + (elcrLevel ? "level" : "edge")
                                + " but the IOAPIC entry says " + (e.levelTriggered() ? "level" : "edge"), null);
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- vCPUs

    private static void haltedWithPendingIpi(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (VcpuState v : c.state().vcpus()) {
            if (v.runState() == RunState.HALTED && v.presenter() instanceof XicsIcp icp && icp.mfrr() != 0xff
                    && icp.mfrr() < icp.cppr()) {
                sink.report(Element.vcpu(v.id()), "halted with an IPI at MFRR " + hex2(icp.mfrr()) + " below CPPR "
                        + hex2(icp.cppr()) + ": the wake-up was lost", null);
            }
        }
        if (xive(c)) {
            for (SourceState s : c.state().sources()) {
                if (s.kind() != SourceKind.IPI || s.pq() < 2 || !easRouted(s)) {
                    continue;
                }
                Optional<VcpuState> v = c.vcpu(s.server());
                if (v.isPresent() && v.get().runState() == RunState.HALTED
                        && v.get().presenter() instanceof XiveThreadContext t && s.priority() < t.os().cppr()) {
                    sink.report(Element.vcpu(v.get().id()), "halted with IPI " + hex(s.number()) + " notified at "
                            + "priority " + s.priority() + " below CPPR " + hex2(t.os().cppr())
                            + ": the wake-up was lost", null);
                }
            }
        }
    }

    private static void haltedWithDeliverable(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (VcpuState v : c.state().vcpus()) {
            if (v.runState() != RunState.HALTED) {
                continue;
            }
            switch (v.presenter()) {
                case XicsIcp icp when icp.xisr() != 0 && icp.xisr() != 2 && icp.ppri() < icp.cppr() ->
                    sink.report(Element.vcpu(v.id()), "halted while its ICP presents " + hex(icp.xisr())
                            + " at priority " + hex2(icp.ppri()), null);
                case XiveThreadContext t when t.os().ipb() != 0 && XiveRing.piprOf(t.os().ipb()) < t.os().cppr() ->
                    sink.report(Element.vcpu(v.id()), "halted while IPB " + hex2(t.os().ipb()) + " holds priority "
                            + XiveRing.piprOf(t.os().ipb()) + " below CPPR " + hex2(t.os().cppr()), null);
                case LapicState l when l.softwareEnabled() && l.irr().highest() >= 0
                        && X86Destinations.deliverable(l, l.irr().highest()) ->
                    sink.report(Element.vcpu(v.id()), "halted while vector " + hex2(l.irr().highest()) + " waits in "
                            + "IRR above PPR " + hex2(X86Destinations.processorPriority(l)), null);
                default -> {
                }
            }
        }
    }

    // ---------------------------------------------------------------- x86

    private static void isrHeld(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (VcpuState v : c.state().vcpus()) {
            if (!(v.presenter() instanceof LapicState l) || l.isr().isEmpty() || l.irr().isEmpty()) {
                continue;
            }
            int isr = l.isr().highest();
            int irr = l.irr().highest();
            if (X86Destinations.priorityClass(irr) <= X86Destinations.priorityClass(isr)
                    && X86Destinations.priorityClass(irr) > X86Destinations.priorityClass(l.tpr())) {
                int n = c.vcpuHeldFor(v.id(), p -> p.presenter() instanceof LapicState h && h.isr().contains(isr));
                sink.report(Element.vcpu(v.id()), "vector " + hex2(isr) + " stays in service" + (n > 1
                        ? " for " + n + " snapshots"
                        : "") + ", holding " + hex2(irr) + " in IRR: its EOI is missing",
                        null);
            }
        }
    }

    private static void disabledWithIrr(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (VcpuState v : c.state().vcpus()) {
            if (v.presenter() instanceof LapicState l && !l.softwareEnabled() && !l.irr().isEmpty()) {
                sink.report(Element.vcpu(v.id()), "SVR " + hex(l.svr()) + " has the APIC disabled with vectors "
                        + l.irr() + " in IRR; they wait until the guest sets SVR bit 8", null);
            }
        }
    }

    private static void spuriousVector(DiagnosticContext c, DiagnosticRule.Sink sink) {
        for (VcpuState v : c.state().vcpus()) {
            if (v.presenter() instanceof LapicState l && l.softwareEnabled()) {
                int sv = l.spuriousVector();
                if (sv < 16) {
                    sink.report(Element.vcpu(v.id()), "spurious vector " + hex2(sv) + " is a reserved exception "
                            + "vector", null);
                } else if (c.vectorRouted(sv)) {
                    sink.report(Element.vcpu(v.id()), "spurious vector " + hex2(sv) + " is also a device's vector",
                            null);
                }
            }
        }
    }

    private static void remoteIrrStuck(DiagnosticContext c, DiagnosticRule.Sink sink) {
        Optional<IoapicState> io = c.state().ioapic();
        if (io.isEmpty()) {
            return;
        }
        for (IoapicState.RedirectionEntry e : io.get().pins()) {
            if (!e.levelTriggered() || !e.remoteIrr()) {
                continue;
            }
            boolean seen = false;
            for (VcpuState v : X86Destinations.match(c.state(), e.logicalDestination(), e.destination())) {
                LapicState l = (LapicState) v.presenter();
                seen |= l.isr().contains(e.vector()) || l.irr().contains(e.vector());
            }
            if (!seen) {
                sink.report(Element.pin(e.pin()), "remote IRR is set but vector " + hex2(e.vector()) + " is in no "
                        + "destination LAPIC's IRR or ISR: the EOI was lost and the pin is silenced", null);
            }
        }
    }

    private static void reservedVector(DiagnosticContext c, DiagnosticRule.Sink sink) {
        Optional<IoapicState> io = c.state().ioapic();
        if (io.isEmpty()) {
            return;
        }
        for (IoapicState.RedirectionEntry e : io.get().pins()) {
            if (!e.masked() && X86Destinations.vectored(e.deliveryMode()) && e.vector() < 16) {
                sink.report(Element.pin(e.pin()), "unmasked with vector " + e.vector(), maskPin(e.pin()));
            }
        }
    }

    private static void noDestination(DiagnosticContext c, DiagnosticRule.Sink sink) {
        Optional<IoapicState> io = c.state().ioapic();
        if (io.isEmpty()) {
            return;
        }
        for (IoapicState.RedirectionEntry e : io.get().pins()) {
            if (!e.masked() && X86Destinations.match(c.state(), e.logicalDestination(), e.destination()).isEmpty()) {
                sink.report(Element.pin(e.pin()), "unmasked with " + (e.logicalDestination() ? "logical" : "physical")
                        + " destination " + hex2(e.destination()) + ", which matches no LAPIC", maskPin(e.pin()));
            }
        }
    }

    private static QuickFix maskPin(int pin) {
        return new QuickFix("mask IOAPIC pin " + pin + " until the guest programs it", TargetCapability.CONFIGURE,
                t -> t.configure(new SourceConfiguration(pin, OptionalInt.empty(), OptionalInt.empty(),
                        Optional.of(true))));
    }
}
