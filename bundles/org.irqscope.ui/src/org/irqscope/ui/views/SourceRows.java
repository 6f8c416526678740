// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;

/**
 * The rows of the Sources table for one state: filtered, sorted, with the time each source last changed. Computed
 * off the UI thread; the table only reads it. Change times carry over from the previous rows so a highlight fades
 * over several reads instead of blinking.
 *
 * @param changedAt source number → wall-clock millis of its last change (only recent changes are kept)
 */
public record SourceRows(MachineState state, SourceState[] rows, Map<Integer, Long> changedAt, long computedAt) {
    /** How long a change stays highlighted, fading. */
    public static final long FADE_MILLIS = 2_000;

    public static final SourceRows EMPTY = new SourceRows(null, new SourceState[0], Map.of(), 0);

    /**
     * @param before the state shown before (null: nothing changed)
     * @param previous the rows computed last time, whose change times carry over
     * @param sortColumn null keeps the number order; descending reverses it
     */
    public static SourceRows compute(MachineState state, MachineState before, SourceRows previous,
            SourceFilter filter, SourceColumn sortColumn, boolean descending, long now) {
        Map<Integer, Long> changedAt = new HashMap<>();
        for (Map.Entry<Integer, Long> e : previous.changedAt.entrySet()) {
            if (now - e.getValue() < FADE_MILLIS) {
                changedAt.put(e.getKey(), e.getValue());
            }
        }
        if (before != null && before != state && before.target().equals(state.target())) {
            markChanges(before.sources(), state.sources(), changedAt, now);
        }
        List<SourceState> out = new ArrayList<>();
        for (SourceState s : state.sources()) {
            if (filter.accepts(s, changedAt.containsKey(s.number()))) {
                out.add(s);
            }
        }
        SourceState[] rows = out.toArray(SourceState[]::new);
        if (sortColumn != null && sortColumn != SourceColumn.NUMBER) {
            Comparator<SourceState> order = sortColumn.order().thenComparingInt(SourceState::number);
            Arrays.sort(rows, descending ? order.reversed() : order);
        } else if (descending) {
            for (int i = 0, j = rows.length - 1; i < j; i++, j--) {
                SourceState t = rows[i];
                rows[i] = rows[j];
                rows[j] = t;
            }
        }
        return new SourceRows(state, rows, changedAt, now);
    }

    /** Both lists are sorted by number (MachineState guarantees it): one merge walk. */
    private static void markChanges(List<SourceState> before, List<SourceState> after, Map<Integer, Long> changedAt,
            long now) {
        int i = 0;
        for (SourceState s : after) {
            while (i < before.size() && before.get(i).number() < s.number()) {
                i++;
            }
            if (i >= before.size() || before.get(i).number() != s.number() || !before.get(i).equals(s)) {
                changedAt.put(s.number(), now);
            }
        }
    }

    /** 1.0 just changed … 0.0 faded (or never changed). */
    public double freshness(int number, long now) {
        Long at = changedAt.get(number);
        if (at == null) {
            return 0;
        }
        double age = (now - at) / (double) FADE_MILLIS;
        return age >= 1 ? 0 : 1 - age;
    }
}
