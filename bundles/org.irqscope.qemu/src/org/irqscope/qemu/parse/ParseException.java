// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

/**
 * QEMU monitor text that could not be decoded: the message names the line number, the line and what was expected
 * there, so a user can tell a truncated capture from a QEMU version whose format changed.
 */
public class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int lineNumber;

    public ParseException(int lineNumber, String line, String expected) {
        super("line " + lineNumber + ": expected " + expected + ", found '" + shorten(line) + "'");
        this.lineNumber = lineNumber;
    }

    public ParseException(String message) {
        super(message);
        this.lineNumber = -1;
    }

    /** The 1-based line the decoder stopped at, -1 when the problem is the text as a whole. */
    public int lineNumber() {
        return lineNumber;
    }

    private static String shorten(String line) {
        return line.length() <= 100 ? line : line.substring(0, 100) + "...";
    }
}
