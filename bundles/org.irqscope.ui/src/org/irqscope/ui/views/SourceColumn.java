// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.SourceState;

/** A column of the Sources table: its header, its text and its order, and the architectures it belongs to. */
public enum SourceColumn {
    NUMBER("Source", 80, Family.ALL), KIND("Kind", 50, Family.ALL), OWNER("Owner", 110, Family.ALL), SERVER("vCPU", 50,
            Family.ALL), PRIORITY("Prio", 50, Family.POWER), VECTOR("Vector", 60, Family.X86), MASKED("Masked", 60,
                    Family.ALL), PQ("PQ", 40, Family.XIVE), P("P", 30, Family.XICS), Q("Q", 30,
                            Family.XICS), SAVED_PRIORITY("Saved prio", 75, Family.XICS), PENDING("Pending", 60,
                                    Family.ALL), ASSERTED("Asserted", 65, Family.ALL), PRESENTED("Presented", 70,
                                            Family.NOT_XICS), QUEUED("Queued", 60, Family.NOT_XICS), EISN("EISN", 80,
                                                    Family.XIVE), END("END", 50,
                                                            Family.XIVE), COUNT("Count", 80, Family.ALL);

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
    private final Family family;

    SourceColumn(String header, int width, Family family) {
        this.header = header;
        this.width = width;
        this.family = family;
    }

    public String header() {
        return header;
    }

    public int width() {
        return width;
    }

    /** The cell text; empty where the backend has no value (the records' documented "absent" values). */
    public String text(SourceState s) {
        return switch (this) {
            case NUMBER -> hex(s.number());
            case KIND -> s.kind().name();
            case OWNER -> s.owner();
            case SERVER -> s.server() < 0 ? "" : Integer.toString(s.server());
            case PRIORITY -> s.priority() == 0xff ? "ff" : Integer.toString(s.priority());
            case VECTOR -> s.priority() < 0 || s.priority() == 0xff ? "" : hex(s.priority());
            case MASKED -> s.masked() ? "masked" : "";
            case PQ -> s.pqText();
            case P -> s.presented() ? "P" : "";
            case Q -> s.queued() ? "Q" : "";
            case SAVED_PRIORITY -> s.savedPriority() < 0 ? "" : Integer.toString(s.savedPriority());
            case PENDING -> s.pending() ? "pending" : "";
            case ASSERTED -> s.asserted() ? "asserted" : "";
            case PRESENTED -> s.presented() ? "presented" : "";
            case QUEUED -> s.queued() ? "queued" : "";
            case EISN -> s.eisn() < 0 ? "" : hex(s.eisn());
            case END -> s.endIndex() < 0 ? "" : Integer.toString(s.endIndex());
            case COUNT -> s.count() < 0 ? "" : Long.toString(s.count());
        };
    }

    /** The order a click on the header sorts by. */
    public Comparator<SourceState> order() {
        return switch (this) {
            case NUMBER -> Comparator.comparingInt(SourceState::number);
            case KIND -> Comparator.comparing(SourceState::kind);
            case OWNER -> Comparator.comparing(SourceState::owner);
            case SERVER -> Comparator.comparingInt(SourceState::server);
            case PRIORITY, VECTOR -> Comparator.comparingInt(SourceState::priority);
            case MASKED -> Comparator.comparing(SourceState::masked);
            case PQ -> Comparator.comparingInt(SourceState::pq);
            case P, PRESENTED -> Comparator.comparing(SourceState::presented);
            case Q, QUEUED -> Comparator.comparing(SourceState::queued);
            case SAVED_PRIORITY -> Comparator.comparingInt(SourceState::savedPriority);
            case PENDING -> Comparator.comparing(SourceState::pending);
            case ASSERTED -> Comparator.comparing(SourceState::asserted);
            case EISN -> Comparator.comparingLong(SourceState::eisn);
            case END -> Comparator.comparingInt(SourceState::endIndex);
            case COUNT -> Comparator.comparingLong(SourceState::count);
        };
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
