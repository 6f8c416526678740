// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

/**
 * The blank-separated fields of one monitor line, without regular expressions or substrings: the hot path when a
 * guest has thousands of sources. Tolerates any amount of blanks between fields, which is what changes between
 * QEMU versions.
 */
final class Tokens {
    private final String line;
    private final int[] start = new int[64];
    private final int[] end = new int[64];
    private int count;

    Tokens(String line) {
        this.line = line;
        int i = 0;
        int n = line.length();
        while (i < n && count < start.length) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            start[count] = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            end[count++] = i;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    int count() {
        return count;
    }

    String text(int i) {
        return line.substring(start[i], end[i]);
    }

    int length(int i) {
        return end[i] - start[i];
    }

    char charAt(int i, int offset) {
        return line.charAt(start[i] + offset);
    }

    boolean is(int i, String s) {
        return length(i) == s.length() && line.startsWith(s, start[i]);
    }

    /** Field i (or its part [from, to) relative to the field) as unsigned hex; -1 when it is not hex. */
    long hex(int i, int from, int to) {
        int a = start[i] + from;
        int b = to < 0 ? end[i] : start[i] + to;
        if (b <= a || b - a > 16) {
            return -1;
        }
        long v = 0;
        for (int k = a; k < b; k++) {
            int d = Character.digit(line.charAt(k), 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    long hex(int i) {
        return hex(i, 0, -1);
    }

    /** Field i (or a part) as unsigned decimal; -1 when it is not a number. */
    long dec(int i, int from, int to) {
        int a = start[i] + from;
        int b = to < 0 ? end[i] : start[i] + to;
        if (b <= a || b - a > 18) {
            return -1;
        }
        long v = 0;
        for (int k = a; k < b; k++) {
            char c = line.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The offset of {@code c} inside field i, or -1. */
    int indexOf(int i, char c) {
        for (int k = start[i]; k < end[i]; k++) {
            if (line.charAt(k) == c) {
                return k - start[i];
            }
        }
        return -1;
    }
}
