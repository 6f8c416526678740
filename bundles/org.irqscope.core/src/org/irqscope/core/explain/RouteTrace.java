// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.List;

/**
 * One interrupt source's path through the machine, hop by hop, and what stops it.
 *
 * @param source the source number (POWER) or GSI / IOAPIC pin (x86); -1 for an x86 MSI given by address/data
 * @param hops the hops in routing order
 * @param verdict delivered, pending at a hop or blocked at a hop
 * @param reason why, in one sentence naming the hop and its rule
 * @param blockingHop index into {@code hops} of the hop that holds or blocks it, -1 when delivered
 */
public record RouteTrace(int source, List<RouteHop> hops, Verdict verdict, String reason, int blockingHop) {
    public RouteTrace {
        hops = List.copyOf(hops);
        if (verdict == Verdict.DELIVERED ? blockingHop != -1 : blockingHop < 0 || blockingHop >= hops.size()) {
            throw new IllegalArgumentException("blocking hop " + blockingHop + " does not fit verdict " + verdict
                    + " with " + hops.size() + " hops");
        }
    }

    /** The hop that holds or blocks the interrupt, if any. */
    public java.util.Optional<RouteHop> blocking() {
        return blockingHop < 0 ? java.util.Optional.empty() : java.util.Optional.of(hops.get(blockingHop));
    }

    /** A one-line summary: "delivered", "pending at ICP: ..." or "blocked at EAS: ...". */
    public String summary() {
        if (verdict == Verdict.DELIVERED) {
            return "delivered: " + reason;
        }
        return verdict.label() + " at " + hops.get(blockingHop).stage() + ": " + reason;
    }

    /** The trace as text, one hop per line, as the CLI prints it. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(source < 0 ? "MSI" : "source 0x" + Integer.toHexString(source)).append('\n');
        for (int i = 0; i < hops.size(); i++) {
            RouteHop h = hops.get(i);
            sb.append(i == blockingHop ? " ✗ " : h.ok() ? " ✓ " : " · ").append(h.stage()).append(": ")
                    .append(h.state()).append("\n     ").append(h.rule()).append('\n');
        }
        return sb.append(summary()).append('\n').toString();
    }
}
