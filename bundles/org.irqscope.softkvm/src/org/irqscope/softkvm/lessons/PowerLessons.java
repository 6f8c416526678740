// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.lessons;

import static org.irqscope.core.explain.Expectation.icp;
import static org.irqscope.core.explain.Expectation.pq;
import static org.irqscope.core.explain.Expectation.source;
import static org.irqscope.core.explain.Expectation.stopsAt;
import static org.irqscope.core.explain.Expectation.thread;
import static org.irqscope.core.explain.Expectation.verdict;

import java.util.List;

import org.irqscope.core.explain.Expectation;
import org.irqscope.core.explain.Lesson;
import org.irqscope.core.explain.LessonAction;
import org.irqscope.core.explain.LessonStep;
import org.irqscope.core.explain.Verdict;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.softkvm.target.XiveRawAccess;

/**
 * The POWER lessons, written for the software pseries machine. Every URI fixes the seed, so the guest's boot-time
 * routing is the same each run: PHB MSI 0x1300 goes to server 1 at priority 6 (XIVE, Linux's choice) or 5 (XICS).
 */
public final class PowerLessons {
    /** The PHB MSI every lesson follows. */
    static final int MSI = 0x1300;
    /** The vCPU Linux routed it to at boot with seed 1. */
    static final int CPU = 1;
    /** sPAPR END index of (server 1, priority 6): (1 << 3) + 6. */
    static final int END = (CPU << 3) | 6;
    private static final int NSR_EO = 0x80;

    static final String XIVE = "soft:power9?mode=xive&vcpus=2&sources=4&seed=1";
    static final String XICS = "soft:power9?mode=xics&vcpus=2&sources=4&seed=1";
    static final String DUAL = "soft:power9?mode=dual&vcpus=2&sources=4&seed=1";

    private PowerLessons() {
    }

    /** All POWER lessons, in teaching order. */
    public static List<Lesson> all() {
        return List.of(msiLifeUnderXive(), whyTheQBitExists(), cpprMasking(), ipiThroughMfrr(), flipAtCas(),
                maskingLayers());
    }

    static Lesson msiLifeUnderXive() {
        return new Lesson("xive-msi-life", "An MSI's life under XIVE: ESB, EAS, END, thread context", XIVE, List.of(
                new LessonStep("At boot Linux routed PHB MSI 0x1300 to vCPU 1 at priority 6: its EAS names END 0xe "
                        + "and its ESB is ready (PQ 00).", LessonAction.observe(),
                        verdict(MSI, Verdict.DELIVERED).and(pq(MSI, 0))),
                new LessonStep("The device stores to its trigger page. PQ 00 becomes 10 and notifies: the router "
                        + "looks up the EAS, writes the EISN into END 0xe's queue and sets IPB bit 6 in vCPU 1's OS "
                        + "ring; PIPR 6 is below CPPR 0xff, so NSR signals the OS.", LessonAction.edge(MSI),
                        pq(MSI, 2).and(queueIndex(END, 1)).and(thread(CPU, "IPB bit 6 set and NSR EO",
                                t -> (t.os().ipb() & XiveRing.ipbBit(6)) != 0 && (t.os().nsr() & NSR_EO) != 0))),
                new LessonStep("The guest acknowledges through TIMA offset 0x810: CPPR takes PIPR (6), the IPB bit "
                        + "and NSR clear. The source stays at PQ 10 while the handler runs.", LessonAction.step(1),
                        pq(MSI, 2).and(thread(CPU, "CPPR 6, IPB empty", t -> t.os().cppr() == 6
                                && t.os().ipb() == 0))),
                new LessonStep("The handler EOIs with an ESB load (SET_PQ_00) and puts CPPR back to 0xff: the "
                        + "source is ready again.", LessonAction.step(1),
                        pq(MSI, 0).and(thread(CPU, "CPPR 0xff", t -> t.os().cppr() == 0xff))
                                .and(source(MSI, "handled once", s -> s.count() == 1, s -> "count " + s.count())))));
    }

    static Lesson whyTheQBitExists() {
        return new Lesson("xive-q-bit", "Why the Q bit exists: a second trigger during the handler is not lost", XIVE,
                List.of(new LessonStep("First trigger: PQ 00 → 10, one event in the queue.", LessonAction.edge(MSI),
                        pq(MSI, 2).and(queueIndex(END, 1))),
                        new LessonStep("A second trigger before the EOI: P is already set, so the ESB only records it "
                                + "in Q (PQ 11) and sends nothing; the queue still holds one event.",
                                LessonAction.edge(MSI), pq(MSI, 3).and(queueIndex(END, 1))),
                        new LessonStep("The guest acknowledges the first event (CPPR 6).", LessonAction.step(1),
                                pq(MSI, 3).and(thread(CPU, "CPPR 6", t -> t.os().cppr() == 6))),
                        new LessonStep("Linux EOIs with SET_PQ_00, which returns the old PQ 11: Q says a trigger "
                                + "was coalesced, so the guest must replay it.", LessonAction.step(1),
                                pq(MSI, 0).and(source(MSI, "handled once", s -> s.count() == 1,
                                        s -> "count " + s.count()))),
                        new LessonStep("The replay is a store to the trigger page: PQ 00 → 10 again.",
                                LessonAction.step(1), pq(MSI, 2)),
                        new LessonStep("Step on: EAS lookup, enqueue, notify, ack, handler and EOI of the replayed "
                                + "event. Without Q the second trigger would have been lost.", LessonAction.step(8),
                                pq(MSI, 0).and(source(MSI, "handled twice", s -> s.count() == 2,
                                        s -> "count " + s.count())))));
    }

    static Lesson cpprMasking() {
        return new Lesson("xive-cppr", "CPPR and priority masking in the thread context", XIVE, List.of(
                new LessonStep("Raise vCPU 1's CPPR to 6: only priorities 0..5 are now more favoured.",
                        LessonAction.cppr(CPU, 6), stopsAt(MSI, Verdict.BLOCKED, "TIMA")),
                new LessonStep("Trigger 0x1300 (priority 6): the event reaches the queue and IPB, but PIPR 6 is not "
                        + "below CPPR 6, so NSR stays clear and the OS is not interrupted.", LessonAction.edge(MSI),
                        stopsAt(MSI, Verdict.PENDING, "TIMA").and(thread(CPU, "IPB bit 6 set, NSR clear",
                                t -> (t.os().ipb() & XiveRing.ipbBit(6)) != 0 && (t.os().nsr() & NSR_EO) == 0))
                                .and(Expectation.finding("presenter.priority-masks-pending", true))),
                new LessonStep("Lower CPPR to 0xff: setting CPPR re-runs the notify check, PIPR 6 < 0xff, and NSR "
                        + "signals the pending interrupt at once.", LessonAction.cppr(CPU, 0xff),
                        verdict(MSI, Verdict.DELIVERED).and(thread(CPU, "NSR EO", t -> (t.os().nsr() & NSR_EO) != 0))
                                .and(Expectation.finding("presenter.priority-masks-pending", false))),
                new LessonStep("The guest takes and EOIs it.", LessonAction.runGuest(1),
                        pq(MSI, 0).and(source(MSI, "handled once", s -> s.count() == 1, s -> "count " + s.count())))));
    }

    static Lesson ipiThroughMfrr() {
        return new Lesson("xics-ipi", "IPIs through MFRR under XICS", XICS, List.of(
                new LessonStep("Each XICS ICP has an MFRR: writing a priority there (H_IPI) requests an IPI. vCPU 1 "
                        + "is idle: CPPR 0xff, MFRR 0xff, XISR 0.", LessonAction.observe(),
                        icp(CPU, "CPPR ff, MFRR ff, XISR 0", i -> i.cppr() == 0xff && i.mfrr() == 0xff
                                && i.xisr() == 0)),
                new LessonStep("H_IPI(1, 5): MFRR 5 is below CPPR 0xff and not above PPRI 0xff, so the ICP presents "
                        + "the IPI as XISR 2 at PPRI 5.", LessonAction.ipi(CPU, 5),
                        icp(CPU, "MFRR 5, XISR 2, PPRI 5", i -> i.mfrr() == 5 && i.xisr() == 2 && i.ppri() == 5)),
                new LessonStep("The guest accepts with H_XIRR (CPPR := 5, XISR := 0) and its IPI handler resets "
                        + "MFRR to 0xff.", LessonAction.step(1),
                        icp(CPU, "CPPR 5, MFRR ff, XISR 0", i -> i.cppr() == 5 && i.mfrr() == 0xff && i.xisr() == 0)),
                new LessonStep("H_EOI restores CPPR 0xff.", LessonAction.step(1),
                        icp(CPU, "CPPR ff", i -> i.cppr() == 0xff)),
                new LessonStep("Now raise CPPR to 4 ...", LessonAction.cppr(CPU, 4),
                        icp(CPU, "CPPR 4", i -> i.cppr() == 4)),
                new LessonStep("... and send the IPI at priority 5 again: MFRR 5 is not below CPPR 4, so the IPI "
                        + "waits in MFRR and nothing is presented.", LessonAction.ipi(CPU, 5),
                        icp(CPU, "MFRR 5, XISR 0", i -> i.mfrr() == 5 && i.xisr() == 0)
                                .and(Expectation.finding("xics.ipi-not-presented", false))),
                new LessonStep("Lowering CPPR (Down_CPPR) re-checks MFRR: 5 < 0xff, so the IPI is presented now.",
                        LessonAction.cppr(CPU, 0xff), icp(CPU, "XISR 2", i -> i.xisr() == 2))));
    }

    static Lesson flipAtCas() {
        return new Lesson("cas-flip", "Flipping XIVE to XICS at CAS, and what survives", DUAL, List.of(
                new LessonStep("In ic-mode=dual the guest chose XIVE at CAS: 0x1300 has an EAS to vCPU 1 and "
                        + "PQ 00.", LessonAction.observe(),
                        mode(InterruptMode.XIVE).and(pq(MSI, 0)).and(verdict(MSI, Verdict.DELIVERED))),
                new LessonStep("Reboot the guest with xive=off: CAS now picks XICS, QEMU closes the XIVE device (KVM "
                        + "releases every presenter) and creates XICS. The device sources survive with their "
                        + "numbers and targets; the per-CPU IPI LISNs and all PQ state do not: XICS has MFRR "
                        + "instead.", LessonAction.flip(InterruptMode.XICS),
                        mode(InterruptMode.XICS).and(source(MSI, "still routed to server 1, unmasked",
                                s -> s.server() == CPU && !s.masked() && s.pq() < 0, s -> s.toString()))
                                .and(Expectation.state("IPI LISN 0 is gone", m -> m.source(0).isEmpty(),
                                        m -> String.valueOf(m.source(0))))),
                new LessonStep("A trigger now goes through the ICS to ICP 1 and is presented in XISR.",
                        LessonAction.edge(MSI), icp(CPU, "XISR 0x1300", i -> i.xisr() == MSI)),
                new LessonStep("The guest's XICS driver accepts and EOIs it.", LessonAction.runGuest(1),
                        icp(CPU, "XISR 0, CPPR ff", i -> i.xisr() == 0 && i.cppr() == 0xff)),
                new LessonStep("Flip back: at the next CAS the guest picks XIVE again and re-creates the ENDs; the "
                        + "source is back at PQ 00 with its EAS.", LessonAction.flip(InterruptMode.XIVE),
                        mode(InterruptMode.XIVE).and(pq(MSI, 0)).and(verdict(MSI, Verdict.DELIVERED)))));
    }

    static Lesson maskingLayers() {
        return new Lesson("xive-mask-layers", "Masking at the EAS versus at the ESB", XIVE, List.of(
                new LessonStep("Mask 0x1300 in its EAS (H_INT_SET_SOURCE_CONFIG with the mask bit). The ESB is "
                        + "untouched: PQ stays 00.", LessonAction.mask(MSI, true),
                        stopsAt(MSI, Verdict.BLOCKED, "EAS").and(pq(MSI, 0))),
                new LessonStep("Trigger it: the ESB still sets P and notifies, and the masked EAS drops the event. "
                        + "Nothing will ever EOI it.", LessonAction.edge(MSI),
                        pq(MSI, 2).and(Expectation.finding("xive.eas-masked-pq-set", true))),
                new LessonStep("Unmask the EAS: the source stays silent, because P is still set and every new "
                        + "trigger only sets Q.", LessonAction.mask(MSI, false),
                        stopsAt(MSI, Verdict.PENDING, "TIMA").and(pq(MSI, 2))),
                new LessonStep("An EOI by hand (ESB load at 0x000) clears P: PQ 10 → 00, and the source works "
                        + "again.", esb("eoi"), pq(MSI, 0).and(verdict(MSI, Verdict.DELIVERED))),
                new LessonStep("Linux masks differently: it sets PQ to 01 (off) with an ESB load at 0xD00, so the "
                        + "ESB itself drops triggers and nothing reaches the router.", esb("set-pq-01"),
                        stopsAt(MSI, Verdict.BLOCKED, "ESB")),
                new LessonStep("A trigger while off is dropped: PQ stays 01.", LessonAction.edge(MSI), pq(MSI, 1)),
                new LessonStep("Unmasking the Linux way (SET_PQ_00) makes it ready again.", esb("set-pq-00"),
                        pq(MSI, 0).and(verdict(MSI, Verdict.DELIVERED)))));
    }

    private static LessonAction esb(String op) {
        return new LessonAction("ESB " + op + " on source 0x" + Integer.toHexString(MSI), TargetCapability.XIVE_RAW,
                t -> {
                    if (!(t instanceof XiveRawAccess raw)) {
                        throw TargetException.notSupported(t, "access the ESB pages", "it has no raw XIVE access");
                    }
                    raw.esb(MSI, op);
                });
    }

    private static Expectation mode(InterruptMode mode) {
        return Expectation.state("the machine runs " + mode.label(), m -> m.mode() == mode,
                m -> "it runs " + m.mode().label());
    }

    private static Expectation queueIndex(int end, int qindex) {
        return Expectation.state("END 0x" + Integer.toHexString(end) + " queue index is " + qindex,
                m -> endOf(m, end) != null && endOf(m, end).qindex() == qindex,
                m -> endOf(m, end) == null
                        ? "no END 0x" + Integer.toHexString(end)
                        : "queue index " + endOf(m, end).qindex());
    }

    private static XiveEventQueue endOf(MachineState m, int index) {
        return m.xiveRouter().flatMap(r -> r.ends().stream().filter(e -> e.index() == index).findFirst())
                .orElse(null);
    }
}
