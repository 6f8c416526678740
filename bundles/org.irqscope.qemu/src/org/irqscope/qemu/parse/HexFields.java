// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

/** Number decoding for monitor fields; a field that is not a number becomes a {@link ParseException}. */
final class HexFields {
    private HexFields() {
    }

    static int hex(String field, int lineNumber, String line, String what) throws ParseException {
        try {
            return Integer.parseUnsignedInt(strip0x(field), 16);
        } catch (NumberFormatException e) {
            throw new ParseException(lineNumber, line, what + " as a hexadecimal number (got '" + field + "')");
        }
    }

    static long hexLong(String field, int lineNumber, String line, String what) throws ParseException {
        try {
            return Long.parseUnsignedLong(strip0x(field), 16);
        } catch (NumberFormatException e) {
            throw new ParseException(lineNumber, line, what + " as a hexadecimal number (got '" + field + "')");
        }
    }

    static long dec(String field, int lineNumber, String line, String what) throws ParseException {
        try {
            return Long.parseLong(field);
        } catch (NumberFormatException e) {
            throw new ParseException(lineNumber, line, what + " as a decimal number (got '" + field + "')");
        }
    }

    private static String strip0x(String s) {
        return s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
    }
}
