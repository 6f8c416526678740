// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.Comparator;
import java.util.Optional;

/**
 * One diagnostic result.
 *
 * @param ruleId the rule's stable id ("xive.pq-off-while-routed")
 * @param severity the rule's severity
 * @param element the source, vCPU or pin it points at
 * @param explanation what is wrong here, in user words, with the values seen
 * @param rule the architecture rule behind the verdict, in one sentence
 * @param fix a quick fix where one exists
 */
public record Finding(String ruleId, Severity severity, Element element, String explanation, String rule,
        Optional<QuickFix> fix) {

    /** Severity first, then the element, then the rule id: the order views and the CLI show. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::element).thenComparing(Finding::ruleId);

    @Override
    public String toString() {
        return severity.label() + " " + ruleId + " " + element + ": " + explanation;
    }
}
