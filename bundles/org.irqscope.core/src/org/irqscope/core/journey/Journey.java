// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

import java.util.List;
import java.util.Optional;

/**
 * One interrupt's life, correlated from host-kernel KVM events: raised → routed → accepted by LAPIC(s) → injected →
 * EOI → acknowledged, each hop with the kernel's timestamp.
 *
 * @param id sequence number within one trace, from 1
 * @param origin how it began
 * @param raisedBy the raise in words ("GSI 4 level 1", "MSI 0xfee01000/0x4031", "IPI from vCPU 0")
 * @param gsi the line, -1 for MSI/IPI
 * @param vector the vector delivered, -1 when it never reached a LAPIC
 * @param destinations the APIC ids (KVM's vCPU ids) that accepted it, in order
 * @param hops every event, in time order
 * @param outcome how far it got
 * @param why the outcome in one sentence, naming the hop and the evidence
 * @param coalesced a controller reported it merged into an interrupt already pending
 * @param nearLoss the kernel dropped events on a CPU while this journey was open: a hop may be missing
 */
public record Journey(long id, Origin origin, String raisedBy, int gsi, int vector, List<Integer> destinations,
        List<Hop> hops, Outcome outcome, String why, boolean coalesced, boolean nearLoss) {

    public Journey {
        destinations = List.copyOf(destinations);
        hops = List.copyOf(hops);
    }

    /** The first hop of this stage. */
    public Optional<Hop> first(Stage stage) {
        return hops.stream().filter(h -> h.stage() == stage).findFirst();
    }

    /** The last hop of this stage. */
    public Optional<Hop> last(Stage stage) {
        Hop found = null;
        for (Hop h : hops) {
            if (h.stage() == stage) {
                found = h;
            }
        }
        return Optional.ofNullable(found);
    }

    public boolean complete() {
        return outcome == Outcome.COMPLETE;
    }

    public long startNanos() {
        return hops.isEmpty() ? 0 : hops.get(0).timeNanos();
    }

    public long endNanos() {
        return hops.isEmpty() ? 0 : hops.get(hops.size() - 1).timeNanos();
    }

    /**
     * Injection to EOI for the first destination, in nanoseconds; where the host reports no injection (kvm_inj_virq
     * does not fire on every KVM flavour) it is measured from acceptance, and {@link #latencyFromAcceptance()} says so.
     */
    public Optional<Long> injectToEoiNanos() {
        Optional<Hop> eoi = first(Stage.EOI);
        Optional<Hop> from = first(Stage.INJECTED).or(() -> first(Stage.ACCEPTED));
        if (eoi.isEmpty() || from.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(eoi.get().timeNanos() - from.get().timeNanos());
    }

    /** True when {@link #injectToEoiNanos()} starts at acceptance because no injection event was seen. */
    public boolean latencyFromAcceptance() {
        return first(Stage.INJECTED).isEmpty();
    }
}
