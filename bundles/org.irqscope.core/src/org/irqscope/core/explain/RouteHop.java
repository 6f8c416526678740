// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.Objects;

/**
 * One hop of an interrupt's route.
 *
 * @param stage the hop's name in the architecture's words ("ESB", "EAS", "END", "TIMA OS ring", "ICS", "ICP", ...)
 * @param state what the hop holds now, in the register names users see in {@code info pic}
 * @param ok the interrupt passes this hop
 * @param rule the architecture rule that decides this hop, in one sentence
 */
public record RouteHop(String stage, String state, boolean ok, String rule) {
    public RouteHop {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(rule, "rule");
    }
}
