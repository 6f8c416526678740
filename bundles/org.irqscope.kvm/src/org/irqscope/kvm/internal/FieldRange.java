// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.internal;

/**
 * Range checks for the fields of ABI words and structures. A value that does not fit its field is refused with an
 * {@link IllegalArgumentException} naming the field, the value and the allowed range, before anything is encoded.
 */
public final class FieldRange {
    private FieldRange() {
    }

    /** Checks {@code min <= value <= max} (signed comparison) and returns the value. */
    public static long check(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " " + show(value) + " is out of range " + show(min) + ".."
                    + show(max));
        }
        return value;
    }

    /** Checks {@code min <= value <= max} and returns the value. */
    public static int check(String field, int value, int min, int max) {
        return (int) check(field, (long) value, min, max);
    }

    /** Checks that {@code value} fits an unsigned field of {@code bits} bits (bits &lt; 64). */
    public static long unsigned(String field, long value, int bits) {
        long max = bits >= 63 ? Long.MAX_VALUE : (1L << bits) - 1;
        return check(field, value, 0, max);
    }

    /** Checks that {@code value} fits an unsigned field of {@code bits} bits (bits &lt; 32). */
    public static int unsigned(String field, int value, int bits) {
        return (int) unsigned(field, (long) value, bits);
    }

    /** Checks an array or buffer length. */
    public static void length(String what, int actual, int expected) {
        if (actual != expected) {
            throw new IllegalArgumentException(what + " is " + actual + " bytes; it must be exactly " + expected
                    + " bytes");
        }
    }

    /** Checks that {@code remaining} bytes are enough for a structure of {@code size} bytes. */
    public static void remaining(String what, int remaining, int size) {
        if (remaining < size) {
            throw new IllegalArgumentException(what + " needs " + size + " bytes but the buffer has only "
                    + remaining);
        }
    }

    /** Values below 1024 in decimal, larger ones in hex with the decimal value after it. */
    static String show(long v) {
        if (v > -1024 && v < 1024) {
            return Long.toString(v);
        }
        return v < 0 ? Long.toString(v) : "0x" + Long.toHexString(v) + " (" + v + ")";
    }
}
