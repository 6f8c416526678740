// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.irqscope.core.state.MachineState;

/** Runs every diagnostic rule over a snapshot. Pure function of its input, safe from any thread. */
public final class Diagnostics {
    private Diagnostics() {
    }

    /** Findings of one snapshot, sorted by severity, then element, then rule. */
    public static List<Finding> run(MachineState state) {
        return run(state, List.of());
    }

    /**
     * Findings of a snapshot given the snapshots before it (oldest first), which the "held for long" rules use.
     */
    public static List<Finding> run(MachineState state, List<MachineState> history) {
        return run(state, history, DiagnosticRules.all());
    }

    /** Runs only the given rules. */
    public static List<Finding> run(MachineState state, List<MachineState> history, List<DiagnosticRule> rules) {
        DiagnosticContext context = new DiagnosticContext(state, history);
        List<Finding> out = new ArrayList<>();
        for (DiagnosticRule r : rules) {
            r.check().run(context, (element, explanation, fix) -> out.add(new Finding(r.id(), r.severity(), element,
                    explanation, r.rule(), Optional.ofNullable(fix))));
        }
        out.sort(Finding.ORDER);
        return out;
    }

    /** The rule with this id. */
    public static Optional<DiagnosticRule> rule(String id) {
        return DiagnosticRules.all().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
