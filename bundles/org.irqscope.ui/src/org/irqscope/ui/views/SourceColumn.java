// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.SourceState;

/** A column of the Sources table: its header, its text and its order, and the architectures it belongs to. */
public enum SourceColumn {
    NUMBER("Source", 80, s -> hex(s.number()), Comparator.comparingInt(SourceState::number), Family.ALL),
    KIND("Kind", 50, s -> s.kind().name(), Comparator.comparing(SourceState::kind), Family.ALL),
    OWNER("Owner", 110, SourceState::owner, Comparator.comparing(SourceState::owner), Family.ALL),
    SERVER("vCPU", 50, s -> s.server() < 0 ? "" : Integer.toString(s.server()),
            Comparator.comparingInt(SourceState::server), Family.ALL),
    PRIORITY("Prio", 50, s -> s.priority() == 0xff ? "ff" : Integer.toString(s.priority()),
            Comparator.comparingInt(SourceState::priority), Family.POWER),
    VECTOR("Vector", 60, s -> s.priority() < 0 || s.priority() == 0xff ? "" : hex(s.priority()),
            Comparator.comparingInt(SourceState::priority), Family.X86),
    MASKED("Masked", 60, s -> s.masked() ? "masked" : "", Comparator.comparing(SourceState::masked), Family.ALL),
    PQ("PQ", 40, SourceState::pqText, Comparator.comparingInt(SourceState::pq), Family.XIVE),
    P("P", 30, s -> s.presented() ? "P" : "", Comparator.comparing(SourceState::presented), Family.XICS),
    Q("Q", 30, s -> s.queued() ? "Q" : "", Comparator.comparing(SourceState::queued), Family.XICS),
    SAVED_PRIORITY("Saved prio", 75, s -> s.savedPriority() < 0 ? "" : Integer.toString(s.savedPriority()),
            Comparator.comparingInt(SourceState::savedPriority), Family.XICS),
    PENDING("Pending", 60, s -> s.pending() ? "pending" : "", Comparator.comparing(SourceState::pending),
            Family.ALL),
    ASSERTED("Asserted", 65, s -> s.asserted() ? "asserted" : "", Comparator.comparing(SourceState::asserted),
            Family.ALL),
    PRESENTED("Presented", 70, s -> s.presented() ? "presented" : "", Comparator.comparing(SourceState::presented),
            Family.NOT_XICS),
    QUEUED("Queued", 60, s -> s.queued() ? "queued" : "", Comparator.comparing(SourceState::queued),
            Family.NOT_XICS),
    EISN("EISN", 80, s -> s.eisn() < 0 ? "" : hex(s.eisn()), Comparator.comparingLong(SourceState::eisn),
            Family.XIVE),
    END("END", 50, s -> s.endIndex() < 0 ? "" : Integer.toString(s.endIndex()),
            Comparator.comparingInt(SourceState::endIndex), Family.XIVE),
    COUNT("Count", 80, s -> s.count() < 0 ? "" : Long.toString(s.count()),
            Comparator.comparingLong(SourceState::count), Family.ALL);

    /** Which interrupt architectures show a column. */
    enum Family {
        ALL, POWER, XIVE, XICS, NOT_XICS, X86;

        boolean includes(InterruptMode mode) {
            return switch (this) {
                case ALL -> true;
                case POWER -> mode == null || mode.isPower();
                case XIVE -> mode == InterruptMode.XIVE || mode == InterruptMode.DUAL;
                case XICS -> mode == InterruptMode.XICS || mode == InterruptMode.DUAL;
                case NOT_XICS -> mode != InterruptMode.XICS;
                case X86 -> mode != null && !mode.isPower();
            };
        }
    }

    private final String header;
    private final int width;
    private final Function<SourceState, String> text;
    private final Comparator<SourceState> order;
    private final Family family;

    SourceColumn(String header, int width, Function<SourceState, String> text, Comparator<SourceState> order,
            Family family) {
        this.header = header;
        this.width = width;
        this.text = text;
        this.order = order;
        this.family = family;
    }

    public String header() {
        return header;
    }

    public int width() {
        return width;
    }

    public String text(SourceState s) {
        return text.apply(s);
    }

    public Comparator<SourceState> order() {
        return order;
    }

    /** The columns that make sense for a machine in this mode, in display order. */
    public static List<SourceColumn> forMode(InterruptMode mode) {
        List<SourceColumn> out = new ArrayList<>();
        for (SourceColumn c : values()) {
            if (c.family.includes(mode)) {
                out.add(c);
            }
        }
        return out;
    }

    static String hex(long v) {
        return "0x" + Long.toHexString(v);
    }
}
