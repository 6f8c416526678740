// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

/**
 * One diagnostic rule over a snapshot (and, for "held for long" rules, the snapshots before it).
 *
 * @param id stable id, "area.what" ("xics.ipi-not-presented")
 * @param severity severity of every finding it makes
 * @param title a short title for lists
 * @param rule the architecture rule it checks, in one sentence
 * @param check the check itself
 */
public record DiagnosticRule(String id, Severity severity, String title, String rule, Check check) {

    /** The check of a rule: reports each offending element to the sink. */
    @FunctionalInterface
    public interface Check {
        void run(DiagnosticContext context, Sink sink);
    }

    /** Where a check reports; it fills in the rule's id, severity and sentence. */
    @FunctionalInterface
    public interface Sink {
        void report(Element element, String explanation, QuickFix fix);
    }
}
