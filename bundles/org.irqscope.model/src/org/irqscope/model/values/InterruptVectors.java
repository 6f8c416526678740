// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.values;

import java.util.Arrays;

/**
 * An immutable set of the 256 x86 interrupt vectors (a LAPIC's IRR, ISR or TMR) in four 64-bit words: vector v is
 * bit (v &amp; 63) of word (v &gt;&gt; 6). Four longs instead of 256 booleans keep 1,024 LAPICs small, and the text
 * form (64 hex digits, vector 255 first, as the registers are usually printed) keeps XMI files readable.
 */
public final class InterruptVectors {
    public static final InterruptVectors EMPTY = new InterruptVectors(0, 0, 0, 0);

    private static final int HEX_DIGITS = 64;

    private final long w0;
    private final long w1;
    private final long w2;
    private final long w3;

    private InterruptVectors(long w0, long w1, long w2, long w3) {
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.w3 = w3;
    }

    /** From four words, vector 0 in bit 0 of {@code w0}. */
    public static InterruptVectors ofWords(long w0, long w1, long w2, long w3) {
        return (w0 | w1 | w2 | w3) == 0 ? EMPTY : new InterruptVectors(w0, w1, w2, w3);
    }

    /** Word i (0..3). */
    public long word(int i) {
        return switch (i) {
            case 0 -> w0;
            case 1 -> w1;
            case 2 -> w2;
            case 3 -> w3;
            default -> throw new IndexOutOfBoundsException("a vector set has words 0..3, not " + i);
        };
    }

    public boolean contains(int vector) {
        if (vector < 0 || vector > 255) {
            throw new IllegalArgumentException("vector " + vector + " is outside 0..255");
        }
        return (word(vector >> 6) & (1L << (vector & 63))) != 0;
    }

    public boolean isEmpty() {
        return (w0 | w1 | w2 | w3) == 0;
    }

    /** Parses the form {@link #toString()} writes: exactly 64 hexadecimal digits, vector 255 first. */
    public static InterruptVectors parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() != HEX_DIGITS) {
            throw new IllegalArgumentException("a 256-vector set is written as 64 hex digits, got \"" + text + "\"");
        }
        try {
            return ofWords(word(text, 3), word(text, 2), word(text, 1), word(text, 0));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a 256-vector set is written as 64 hex digits, got \"" + text + "\"", e);
        }
    }

    /** Word {@code w} of the text form: the last 16 digits are word 0. */
    private static long word(String text, int w) {
        return Long.parseUnsignedLong(text, w * 16, w * 16 + 16, 16);
    }

    @Override
    public String toString() {
        return hex(w3) + hex(w2) + hex(w1) + hex(w0);
    }

    private static String hex(long w) {
        String s = Long.toHexString(w);
        return "0".repeat(16 - s.length()) + s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InterruptVectors v && v.w0 == w0 && v.w1 == w1 && v.w2 == w2 && v.w3 == w3;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new long[]{w0, w1, w2, w3});
    }
}
