// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.route;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.irqscope.core.journey.Hop;
import org.irqscope.core.journey.Journey;
import org.irqscope.ui.route.RouteDrawing.Box;

/**
 * Lays out a journey recorded from the host kernel's KVM events for the Routing view: one box per hop with its stage,
 * its offset from the first hop in µs (the kernel's timestamps) and its detail, and, for a journey that stopped short,
 * a red box for the hop that never came.
 */
public final class JourneyPresenter {
    private JourneyPresenter() {
    }

    public static RouteDrawing present(Journey j) {
        List<Box> boxes = new ArrayList<>();
        for (Hop h : j.hops()) {
            boxes.add(new Box(h.stage().label() + "  " + offset(j, h), h.detail(), true, hopText(j, h)));
        }
        int blocking = -1;
        String missing = switch (j.outcome()) {
            case NEVER_ACCEPTED -> "accepted|no LAPIC accepted it";
            case NEVER_EOI -> "EOI|never came";
            case NEVER_ACKNOWLEDGED -> "acknowledged|the IOAPIC/PIC never saw the EOI";
            case OPEN -> "…|still under way";
            case COMPLETE -> null;
        };
        if (missing != null) {
            String[] parts = missing.split("\\|");
            blocking = boxes.size();
            boxes.add(new Box(parts[0], parts[1], false, j.why()));
        }
        String verdict = j.why() + (j.coalesced() ? " Coalesced into an interrupt already pending." : "")
                + (j.nearLoss() ? " The kernel lost events while it was open: a hop may be missing." : "");
        return new RouteDrawing(title(j), boxes, blocking, verdict);
    }

    /** "journey #12 · GSI 4 level 1 · vector 0x31 → APIC 1 · from kernel events". */
    public static String title(Journey j) {
        String vector = j.vector() >= 0 ? "vector 0x" + Integer.toHexString(j.vector()) : "";
        // an MSI's raise already names its vector and APIC
        boolean said = !vector.isEmpty() && j.raisedBy().contains(vector);
        return "journey #" + j.id() + " · " + j.raisedBy() + (vector.isEmpty() || said ? "" : " · " + vector)
                + (j.destinations().isEmpty() || said ? "" : " → APIC " + apics(j)) + " · from kernel events";
    }

    /** One line for a list of journeys: "#12 MSI vector 0x31 → APIC 1 · complete · 5 hops". */
    public static String summary(Journey j) {
        return "#" + j.id() + "  " + j.origin()
                + (j.vector() >= 0 ? " vector 0x" + Integer.toHexString(j.vector()) : "")
                + (j.destinations().isEmpty() ? "" : " → APIC " + apics(j)) + " · "
                + j.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " · " + j.hops().size()
                + (j.hops().size() == 1 ? " hop" : " hops");
    }

    /** A hop in words: "accepted · +3.21 µs · vCPU 1 · host CPU 3, thread 4567 · APIC 1 vector 0x31". */
    public static String hopText(Journey j, Hop h) {
        return h.stage().label() + " · " + offset(j, h) + (h.vcpu() >= 0 ? " · vCPU " + h.vcpu() : "") + " · host CPU "
                + h.cpu() + ", thread " + h.thread() + (h.detail().isEmpty() ? "" : " · " + h.detail());
    }

    /** The hop's time from the journey's first hop, in µs from the kernel's timestamps: "+3.21 µs". */
    public static String offset(Journey j, Hop h) {
        return String.format(java.util.Locale.ROOT, "+%.2f µs", (h.timeNanos() - j.startNanos()) / 1000.0);
    }

    private static String apics(Journey j) {
        return j.destinations().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
