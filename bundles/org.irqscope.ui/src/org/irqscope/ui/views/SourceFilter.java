// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.util.Locale;

import org.irqscope.core.state.SourceState;

/**
 * Which sources the Sources table lists: a state condition and a text that must appear in the number (hex or
 * decimal), kind or owner.
 */
public record SourceFilter(Condition condition, String text) {
    public static final SourceFilter ALL = new SourceFilter(Condition.ALL, "");

    /** The state conditions users filter on. */
    public enum Condition {
        ALL("All sources"), PENDING("Pending"), MASKED("Masked"), ASSERTED("Asserted"), CHANGED("Changed"), ALLOCATED(
                "Allocated");

        private final String label;

        Condition(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public SourceFilter {
        text = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    public boolean accepts(SourceState s, boolean changed) {
        boolean ok = switch (condition) {
            case ALL -> true;
            case PENDING -> s.pending() || s.presented() || s.queued();
            case MASKED -> s.masked();
            case ASSERTED -> s.asserted();
            case CHANGED -> changed;
            case ALLOCATED -> s.allocated();
        };
        if (!ok || text.isEmpty()) {
            return ok;
        }
        String hex = "0x" + Integer.toHexString(s.number());
        return hex.contains(text) || Integer.toString(s.number()).equals(text)
                || s.owner().toLowerCase(Locale.ROOT).contains(text)
                || s.kind().name().toLowerCase(Locale.ROOT).equals(text);
    }
}
