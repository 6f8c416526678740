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
 * The rows of the Sources table for one state: filtered, sorted, with the time each source last changed and which of
 * its cells did. Computed off the UI thread; the table only reads it. Changes carry over from the previous rows so a
 * highlight fades over several reads instead of blinking.
 *
 * @param changes source number → its last change (only recent changes are kept)
 */
public record SourceRows(MachineState state, SourceState[] rows, Map<Integer, Change> changes, long computedAt) {
    /**
     * When a source last changed and which cells: bit {@code c.ordinal()} for each {@link SourceColumn} c. A source
     * that changes again while an earlier change still fades keeps those cells lit too, fading from the newer change.
     */
    public record Change(long at, int columns) {
        /** Every cell: a source that is new (or whose predecessor is unknown) changed as a whole. */
        public static final int ALL_COLUMNS = (1 << SourceColumn.values().length) - 1;
    }

    private static final Comparator<SourceState>[] ORDERS = orders();

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
        Map<Integer, Change> changes = new HashMap<>();
        for (Map.Entry<Integer, Change> e : previous.changes.entrySet()) {
            if (now - e.getValue().at() < FADE_MILLIS) {
                changes.put(e.getKey(), e.getValue());
            }
        }
        if (before != null && before != state && before.target().equals(state.target())) {
            markChanges(before.sources(), state.sources(), changes, now);
        }
        List<SourceState> out = new ArrayList<>();
        for (SourceState s : state.sources()) {
            if (filter.accepts(s, changes.containsKey(s.number()))) {
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
        return new SourceRows(state, rows, changes, now);
    }

    /** Both lists are sorted by number (MachineState guarantees it): one merge walk. */
    private static void markChanges(List<SourceState> before, List<SourceState> after, Map<Integer, Change> changes,
            long now) {
        int i = 0;
        for (SourceState s : after) {
            while (i < before.size() && before.get(i).number() < s.number()) {
                i++;
            }
            boolean known = i < before.size() && before.get(i).number() == s.number();
            int columns = known ? changedColumns(before.get(i), s) : Change.ALL_COLUMNS;
            if (columns != 0) {
                Change earlier = changes.get(s.number());
                changes.put(s.number(), new Change(now, earlier == null ? columns : columns | earlier.columns()));
            }
        }
    }

    /** The cells of a source that differ between two reads, compared by value as the columns sort. */
    static int changedColumns(SourceState was, SourceState is) {
        if (was == is || was.equals(is)) {
            return 0;
        }
        int columns = 0;
        for (int c = 0; c < ORDERS.length; c++) {
            if (ORDERS[c].compare(was, is) != 0) {
                columns |= 1 << c;
            }
        }
        // a difference no column shows (a field without a column) still marks the source, as the whole row
        return columns == 0 ? Change.ALL_COLUMNS : columns;
    }

    /** 1.0 just changed … 0.0 faded (or never changed), for any of the source's cells. */
    public double freshness(int number, long now) {
        Change c = changes.get(number);
        return c == null ? 0 : fade(c, now);
    }

    /** 1.0 just changed … 0.0 faded (or never changed), for one cell. */
    public double freshness(int number, SourceColumn column, long now) {
        Change c = changes.get(number);
        return c == null || (c.columns() & (1 << column.ordinal())) == 0 ? 0 : fade(c, now);
    }

    /** The cells of a source still highlighted at {@code now} (bits by {@link SourceColumn} ordinal), or 0. */
    public int litColumns(int number, long now) {
        Change c = changes.get(number);
        return c == null || fade(c, now) == 0 ? 0 : c.columns();
    }

    private static double fade(Change c, long now) {
        double age = (now - c.at()) / (double) FADE_MILLIS;
        return age >= 1 ? 0 : 1 - age;
    }

    @SuppressWarnings("unchecked")
    private static Comparator<SourceState>[] orders() {
        SourceColumn[] columns = SourceColumn.values();
        Comparator<SourceState>[] out = new Comparator[columns.length];
        for (SourceColumn c : columns) {
            out[c.ordinal()] = c.order();
        }
        return out;
    }
}
