// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.kvm;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.irqscope.core.journey.Hop;
import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.Origin;
import org.irqscope.core.journey.Outcome;
import org.irqscope.core.journey.Stage;

/**
 * Correlates kvm events, fed in time order, into one {@link Journey} per interrupt.
 * <p>
 * What the kernel guarantees and this relies on: a raise (kvm_set_irq, kvm_msi_set_irq, kvm_apic_ipi) is delivered
 * synchronously in the raising thread, so the routing (kvm_ioapic_set_irq, kvm_pic_set_irq — traced after the
 * delivery) and the acceptance (kvm_apic_accept_irq) that follow in that same thread belong to it, until the thread
 * raises again. EOIs (kvm_eoi) fire on the vCPU's own thread with the vCPU's APIC id and the vector taken from its ISR;
 * they close the oldest open delivery of that (APIC, vector). kvm_ack_irq follows a level-triggered pin's EOI in
 * the same thread. An acceptance without a raise in its thread (the LAPIC timer, a raise outside the traced scope)
 * starts an {@link Origin#UNTRACED} journey; one an IOAPIC re-delivers at EOI because the line is still asserted
 * becomes a {@link Origin#LINE} journey of its own.
 * <p>
 * Not thread-safe: one trace thread owns it.
 */
public final class JourneyBuilder {
    /** Past this many open journeys the oldest is reported as never EOI'd, so a guest that never EOIs stays bounded. */
    static final int MAX_OPEN = 65_536;

    private final Consumer<Journey> out;
    private final Map<Long, Open> context = new HashMap<>();
    private final Map<Long, ArrayDeque<Open>> awaitingEoi = new HashMap<>();
    private final Map<Long, ArrayDeque<Open>> awaitingInjection = new HashMap<>();
    private final Map<Long, Open> lastEoi = new HashMap<>();
    private final Map<Long, ArrayDeque<Open>> awaitingPicAck = new HashMap<>();
    private final Map<Long, Integer> vcpuOfThread = new HashMap<>();
    private final Set<Open> open = new LinkedHashSet<>();
    private long nextId = 1;
    private long emptyEois;
    private long unmatchedEois;
    private long unmatchedInjections;
    private boolean routingTraced = true;

    /** A journey under construction. */
    private static final class Open {
        final long id;
        Origin origin;
        String raisedBy;
        final int gsi;
        final boolean lowered;
        int vector = -1;
        final List<Integer> destinations = new ArrayList<>();
        final List<Hop> hops = new ArrayList<>();
        int pendingEoi;
        boolean routed;
        boolean contextEnded;
        boolean coalesced;
        boolean nearLoss;
        boolean picPath;
        boolean picAcked;
        int ackChip = -1;
        int ackPin = -1;
        boolean awaitingAck;
        String blocked;

        Open(long id, Origin origin, String raisedBy, int gsi, boolean lowered) {
            this.id = id;
            this.origin = origin;
            this.raisedBy = raisedBy;
            this.gsi = gsi;
            this.lowered = lowered;
        }
    }

    public JourneyBuilder(Consumer<Journey> out) {
        this.out = out;
    }

    /** Threads known to run vCPUs (from the VMM); more are learned from the EOIs they write. */
    public void knowVcpuThreads(Map<Long, Integer> threads) {
        vcpuOfThread.putAll(threads);
    }

    /** Whether kvm_ioapic_set_irq / kvm_pic_set_irq are traced; without them a line journey cannot wait for them. */
    public void routingTraced(boolean traced) {
        routingTraced = traced;
    }

    /** EOIs the guest wrote with nothing in service (kvm_eoi vector -1). */
    public long emptyEois() {
        return emptyEois;
    }

    /** EOIs of a vector no traced journey delivered (raised before the trace began, or outside its scope). */
    public long unmatchedEois() {
        return unmatchedEois;
    }

    public long unmatchedInjections() {
        return unmatchedInjections;
    }

    /** Marks every open journey: events were lost while it was open. */
    public void lost() {
        for (Open o : open) {
            o.nearLoss = true;
        }
    }

    /** Snapshots of the journeys still open, outcome {@link Outcome#OPEN}, oldest first. */
    public List<Journey> openJourneys() {
        List<Journey> list = new ArrayList<>();
        for (Open o : open) {
            if (!o.lowered) {
                list.add(snapshot(o, Outcome.OPEN, waitingFor(o)));
            }
        }
        return list;
    }

    public void accept(KvmEvent e) {
        switch (e) {
            case KvmEvent.SetIrq s -> setIrq(s);
            case KvmEvent.MsiSetIrq m -> raise(m.thread(), new Open(nextId++, Origin.MSI, "MSI address 0x"
                    + Long.toHexString(m.address()) + " data 0x" + Long.toHexString(m.data()) + " (" + (m.logical()
                            ? "logical 0x"
                            : "APIC ")
                    + Integer.toHexString(m.destination()) + ", vector 0x" + Integer.toHexString(m.vector()) + ")", -1,
                    false),
                    new Hop(Stage.RAISED, m.timeNanos(), m.cpu(), m.thread(), -1, "MSI to " + (m.logical()
                            ? "logical 0x"
                            : "APIC ") + Integer.toHexString(m.destination()) + " vector 0x"
                            + Integer.toHexString(m.vector()) + (m.levelTriggered() ? ", level" : ", edge")));
            case KvmEvent.ApicIpi i -> {
                int from = vcpuOfThread.getOrDefault(i.thread(), -1);
                String sender = from >= 0 ? "vCPU " + from : "thread " + i.thread();
                raise(i.thread(), new Open(nextId++, Origin.IPI, "IPI from " + sender + " to APIC "
                        + Integer.toHexString(i.destination()) + " vector 0x" + Integer.toHexString(i.vector()), -1,
                        false),
                        new Hop(Stage.RAISED, i.timeNanos(), i.cpu(), i.thread(), from, "ICR 0x"
                                + Long.toHexString(i.icrLow()) + " to APIC " + Integer.toHexString(i.destination())));
            }
            case KvmEvent.IoapicSetIrq r -> ioapic(r);
            case KvmEvent.PicSetIrq p -> pic(p);
            case KvmEvent.ApicAcceptIrq a -> acceptIrq(a);
            case KvmEvent.InjVirq v -> injected(v);
            case KvmEvent.Eoi eoi -> eoi(eoi);
            case KvmEvent.AckIrq ack -> ack(ack);
            case KvmEvent.IoapicDelayedEoiInj d -> {
                Open o = context.get(d.thread());
                if (o != null && !o.lowered) {
                    o.hops.add(new Hop(Stage.ROUTED, d.timeNanos(), d.cpu(), d.thread(), -1,
                            "IOAPIC delayed the re-injection (interrupt storm on a level pin)"));
                }
            }
        }
    }

    /** Ends the trace: every journey still open is reported with how far it got. */
    public void finish() {
        for (Open o : new ArrayList<>(open)) {
            o.contextEnded = true;
            if (o.lowered) {
                open.remove(o);
                continue;
            }
            report(o, finalOutcome(o), finalWhy(o));
        }
        context.clear();
        awaitingPicAck.clear();
        awaitingEoi.clear();
        awaitingInjection.clear();
    }

    private void setIrq(KvmEvent.SetIrq s) {
        if (s.level() == 0) {
            // the line went low: not an interrupt, but its routing events follow and must not join a journey
            endContext(s.thread());
            Open lowered = new Open(0, Origin.LINE, "", s.gsi(), true);
            context.put(s.thread(), lowered);
            return;
        }
        raise(s.thread(), new Open(nextId++, Origin.LINE, "GSI " + s.gsi() + " level " + s.level(), s.gsi(), false),
                new Hop(Stage.RAISED, s.timeNanos(), s.cpu(), s.thread(), -1, "GSI " + s.gsi() + " set to "
                        + s.level() + " (irq source " + s.sourceId() + ")"));
    }

    private void raise(long thread, Open o, Hop hop) {
        endContext(thread);
        o.hops.add(hop);
        context.put(thread, o);
        track(o);
    }

    private void track(Open o) {
        open.add(o);
        if (open.size() > MAX_OPEN) {
            Open oldest = open.iterator().next();
            report(oldest, Outcome.NEVER_EOI, "more than " + MAX_OPEN + " journeys were open; the oldest was given up");
        }
    }

    private void endContext(long thread) {
        Open o = context.remove(thread);
        if (o == null) {
            return;
        }
        o.contextEnded = true;
        if (o.lowered) {
            open.remove(o);
            return;
        }
        if (!open.contains(o)) {
            return;
        }
        if (o.destinations.isEmpty() && !o.picPath) {
            report(o, Outcome.NEVER_ACCEPTED, o.blocked != null ? o.blocked : "no LAPIC accepted it");
        } else {
            maybeComplete(o);
        }
    }

    private void ioapic(KvmEvent.IoapicSetIrq r) {
        Open o = context.get(r.thread());
        if (o != null && o.lowered) {
            return;
        }
        if (o == null || (o.origin == Origin.UNTRACED && o.hops.size() == 1)) {
            // serviced without a raise in this thread: the IOAPIC re-delivers a level line still asserted at EOI
            if (o == null) {
                o = new Open(nextId++, Origin.LINE, "", r.pin(), false);
                context.put(r.thread(), o);
                track(o);
            }
            o.origin = Origin.LINE;
            o.raisedBy = "IOAPIC pin " + r.pin() + " re-delivered (line still asserted)";
        }
        o.routed = true;
        String entry = "IOAPIC pin " + r.pin() + " → " + (r.logical() ? "logical 0x" : "APIC ")
                + Integer.toHexString(r.destination()) + " vector 0x" + Integer.toHexString(r.vector()) + ", "
                + (r.levelTriggered() ? "level" : "edge") + (r.masked() ? ", masked" : "")
                + (r.coalesced() ? ", coalesced" : "");
        o.hops.add(new Hop(Stage.ROUTED, r.timeNanos(), r.cpu(), r.thread(), -1, entry));
        if (r.masked()) {
            o.blocked = "IOAPIC pin " + r.pin() + " is masked";
        } else if (r.coalesced()) {
            o.coalesced = true;
            o.blocked = "IOAPIC pin " + r.pin() + " coalesced it into an interrupt still pending (IRR or remote IRR "
                    + "set)";
        }
        if (r.levelTriggered() && !r.masked() && !r.coalesced()) {
            o.ackChip = 2;
            o.ackPin = r.pin();
            o.awaitingAck = true;
        }
        maybeComplete(o);
    }

    private void pic(KvmEvent.PicSetIrq p) {
        Open o = context.get(p.thread());
        if (o == null || o.lowered) {
            return;
        }
        o.hops.add(new Hop(Stage.ROUTED, p.timeNanos(), p.cpu(), p.thread(), -1, "PIC " + (p.chip() == 0
                ? "master"
                : "slave") + " pin " + p.pin() + ", " + (p.levelTriggered() ? "level" : "edge")
                + (p.masked() ? ", masked" : "") + (p.coalesced() ? ", coalesced" : "")));
        if (!p.masked() && !p.coalesced() && !o.picPath) {
            // delivered as ExtINT on the vCPU's next entry: no LAPIC acceptance event reports that path, but the
            // guest's EOI to the PIC does (kvm_ack_irq)
            o.picPath = true;
            o.ackChip = p.chip();
            o.ackPin = p.pin();
            awaitingPicAck.computeIfAbsent(key(p.chip(), p.pin()), k -> new ArrayDeque<>()).add(o);
        } else if (p.coalesced()) {
            o.coalesced = true;
        }
        if (o.blocked == null && o.destinations.isEmpty()) {
            o.blocked = "PIC " + (p.chip() == 0 ? "master" : "slave") + " pin " + p.pin()
                    + (p.masked() ? " is masked" : " coalesced it");
        }
    }

    private void acceptIrq(KvmEvent.ApicAcceptIrq a) {
        Open o = context.get(a.thread());
        if (o == null || o.lowered) {
            o = new Open(nextId++, Origin.UNTRACED, "accepted by APIC " + a.apicId()
                    + " without a traced raise (LAPIC timer or LINT, or raised outside the traced threads)", -1,
                    false);
            context.put(a.thread(), o);
            track(o);
        }
        o.hops.add(new Hop(Stage.ACCEPTED, a.timeNanos(), a.cpu(), a.thread(), a.apicId(), "APIC " + a.apicId()
                + " IRR ← vector 0x" + Integer.toHexString(a.vector()) + " (" + deliveryMode(a.deliveryMode()) + ", "
                + (a.levelTriggered() ? "level" : "edge") + ")"));
        o.destinations.add(a.apicId());
        o.vector = a.vector();
        o.pendingEoi++;
        awaitingEoi.computeIfAbsent(key(a.apicId(), a.vector()), k -> new ArrayDeque<>()).add(o);
        awaitingInjection.computeIfAbsent(key(a.apicId(), a.vector()), k -> new ArrayDeque<>()).add(o);
    }

    private void injected(KvmEvent.InjVirq v) {
        Integer vcpu = vcpuOfThread.get(v.thread());
        Open o = null;
        if (vcpu != null) {
            o = poll(awaitingInjection, key(vcpu, v.vector()));
        } else {
            for (Map.Entry<Long, ArrayDeque<Open>> e : awaitingInjection.entrySet()) {
                if ((e.getKey() & 0xff) == v.vector() && !e.getValue().isEmpty()) {
                    vcpu = (int) (e.getKey() >>> 8);
                    o = poll(awaitingInjection, e.getKey());
                    break;
                }
            }
        }
        if (o == null) {
            unmatchedInjections++;
            return;
        }
        o.hops.add(new Hop(Stage.INJECTED, v.timeNanos(), v.cpu(), v.thread(), vcpu, "vCPU " + vcpu
                + " entered with vector 0x" + Integer.toHexString(v.vector()) + (v.soft() ? " (soft)" : "")
                + (v.reinjected() ? " (reinjected)" : "")));
    }

    private void eoi(KvmEvent.Eoi e) {
        vcpuOfThread.put(e.thread(), e.apicId());
        if (e.vector() < 0) {
            emptyEois++;
            return;
        }
        Open o = poll(awaitingEoi, key(e.apicId(), e.vector()));
        if (o == null) {
            unmatchedEois++;
            return;
        }
        ArrayDeque<Open> inj = awaitingInjection.get(key(e.apicId(), e.vector()));
        if (inj != null) {
            inj.remove(o);
        }
        o.hops.add(new Hop(Stage.EOI, e.timeNanos(), e.cpu(), e.thread(), e.apicId(), "APIC " + e.apicId()
                + " ISR vector 0x" + Integer.toHexString(e.vector()) + " ended" + (e.paravirtual()
                        ? " (PV EOI)"
                        : "")));
        o.pendingEoi--;
        lastEoi.put(e.thread(), o);
        maybeComplete(o);
    }

    private void ack(KvmEvent.AckIrq a) {
        if (a.irqchip() != 2) {
            Open p = poll(awaitingPicAck, key(a.irqchip(), a.pin()));
            if (p != null) {
                p.hops.add(new Hop(Stage.ACKNOWLEDGED, a.timeNanos(), a.cpu(), a.thread(), vcpuOfThread.getOrDefault(
                        a.thread(), -1),
                        (a.irqchip() == 0 ? "PIC master" : "PIC slave") + " pin " + a.pin()
                                + " acknowledged (the guest's EOI to the PIC)"));
                p.picAcked = true;
                maybeComplete(p);
                return;
            }
        }
        Open o = lastEoi.remove(a.thread());
        if (o == null || !o.awaitingAck || o.ackPin != a.pin() || (o.ackChip == 2) != (a.irqchip() == 2)) {
            return;
        }
        o.hops.add(new Hop(Stage.ACKNOWLEDGED, a.timeNanos(), a.cpu(), a.thread(), -1, (a.irqchip() == 2
                ? "IOAPIC"
                : a.irqchip() == 0 ? "PIC master" : "PIC slave") + " pin " + a.pin()
                + " acknowledged (remote IRR cleared)"));
        o.awaitingAck = false;
        maybeComplete(o);
    }

    private void maybeComplete(Open o) {
        if (!open.contains(o)) {
            return;
        }
        if (o.destinations.isEmpty() && o.picAcked) {
            report(o, Outcome.COMPLETE, "delivered through PIC " + (o.ackChip == 0 ? "master" : "slave") + " pin "
                    + o.ackPin + " (ExtINT) and acknowledged there by the guest");
            return;
        }
        if (o.destinations.isEmpty() || o.pendingEoi > 0 || o.awaitingAck) {
            return;
        }
        // a line's routing event is traced after its delivery: wait for it unless the raise is over
        if (o.origin == Origin.LINE && routingTraced && !o.routed && !o.contextEnded) {
            return;
        }
        report(o, Outcome.COMPLETE, "delivered to APIC " + o.destinations + " and EOI'd" + (o.ackChip >= 0
                ? "; the level pin was acknowledged"
                : ""));
    }

    private void report(Open o, Outcome outcome, String why) {
        open.remove(o);
        if (context.get(hopThread(o)) == o && outcome != Outcome.COMPLETE) {
            context.remove(hopThread(o));
        }
        if (outcome != Outcome.COMPLETE) {
            for (ArrayDeque<Open> q : awaitingEoi.values()) {
                q.remove(o);
            }
        }
        for (ArrayDeque<Open> q : awaitingInjection.values()) {
            q.remove(o);
        }
        if (o.picPath && !o.picAcked) {
            ArrayDeque<Open> q = awaitingPicAck.get(key(o.ackChip, o.ackPin));
            if (q != null) {
                q.remove(o);
            }
        }
        out.accept(snapshot(o, outcome, why));
    }

    private static long hopThread(Open o) {
        return o.hops.isEmpty() ? -1 : o.hops.get(0).thread();
    }

    private static Journey snapshot(Open o, Outcome outcome, String why) {
        List<Hop> hops = new ArrayList<>(o.hops);
        hops.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        return new Journey(o.id, o.origin, o.raisedBy, o.gsi, o.vector, o.destinations, hops, outcome, why,
                o.coalesced, o.nearLoss);
    }

    private static Outcome finalOutcome(Open o) {
        if (o.destinations.isEmpty()) {
            return Outcome.NEVER_ACCEPTED;
        }
        if (o.pendingEoi > 0) {
            return Outcome.NEVER_EOI;
        }
        if (o.awaitingAck) {
            return Outcome.NEVER_ACKNOWLEDGED;
        }
        return Outcome.COMPLETE;
    }

    private static String finalWhy(Open o) {
        return switch (finalOutcome(o)) {
            case NEVER_ACCEPTED -> o.picPath
                    ? "routed through PIC " + (o.ackChip == 0 ? "master" : "slave") + " pin " + o.ackPin
                            + " (ExtINT), but the guest never acknowledged it at the PIC"
                    : o.blocked != null ? o.blocked : "no LAPIC accepted it";
            case NEVER_EOI -> "APIC " + o.destinations + " accepted vector 0x" + Integer.toHexString(o.vector)
                    + " but no EOI came before the trace ended (still in service, or merged with a later "
                    + "delivery of the same vector)";
            case NEVER_ACKNOWLEDGED -> "EOI'd at the LAPIC, but the " + (o.ackChip == 2 ? "IOAPIC" : "PIC")
                    + " never acknowledged pin " + o.ackPin + " (remote IRR may stay set)";
            default -> "delivered to APIC " + o.destinations + " and EOI'd";
        };
    }

    private static String waitingFor(Open o) {
        if (o.destinations.isEmpty()) {
            return "waiting for a LAPIC to accept it";
        }
        if (o.pendingEoi > 0) {
            return "waiting for the EOI of vector 0x" + Integer.toHexString(o.vector) + " on APIC " + o.destinations;
        }
        return o.awaitingAck ? "waiting for pin " + o.ackPin + " to be acknowledged" : "waiting for its routing event";
    }

    private static Open poll(Map<Long, ArrayDeque<Open>> map, long key) {
        ArrayDeque<Open> q = map.get(key);
        return q == null ? null : q.poll();
    }

    private static long key(int apic, int vector) {
        return ((long) apic << 8) | (vector & 0xff);
    }

    private static String deliveryMode(int dm) {
        return switch (dm) {
            case 0 -> "fixed";
            case 1 -> "lowest priority";
            case 2 -> "SMI";
            case 4 -> "NMI";
            case 5 -> "INIT";
            case 6 -> "SIPI";
            case 7 -> "ExtINT";
            default -> "reserved " + dm;
        };
    }
}
