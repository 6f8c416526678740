// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Monitor text as numbered lines with a cursor. Lines keep their leading blanks (the XIVE tables indent) but lose
 * trailing blanks and carriage returns, which QEMU versions emit inconsistently.
 */
final class MonitorLines {
    private final List<String> lines;
    private int next;

    MonitorLines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int len = text.length();
        while (start < len) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = len;
            }
            int stop = end;
            while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
                stop--;
            }
            out.add(text.substring(start, stop));
            start = end + 1;
        }
        this.lines = out;
    }

    boolean hasNext() {
        return next < lines.size();
    }

    String peek() {
        return lines.get(next);
    }

    String take() {
        return lines.get(next++);
    }

    /** The 1-based number of the line {@link #peek()} returns, or of the line {@link #take()} just returned. */
    int peekNumber() {
        return next + 1;
    }

    int lastNumber() {
        return next;
    }

    int size() {
        return lines.size();
    }
}
