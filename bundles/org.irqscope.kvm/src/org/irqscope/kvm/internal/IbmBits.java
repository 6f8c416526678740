// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.internal;

/**
 * IBM (POWER) bit numbering, where bit 0 is the most significant bit: {@code PPC_BIT(n)} and
 * {@code PPC_BITMASK(first, last)} of the XIVE structure definitions (ABI fact page §3.6), converted to ordinary
 * masks and shifts.
 */
public final class IbmBits {
    private IbmBits() {
    }

    /** {@code PPC_BIT32(n)}: bit n of a 32-bit word, counted from the MSB. */
    public static int bit32(int n) {
        return 1 << (31 - n);
    }

    /** {@code PPC_BITMASK32(first, last)}. */
    public static int mask32(int first, int last) {
        int width = last - first + 1;
        int ones = width == 32 ? -1 : (1 << width) - 1;
        return ones << (31 - last);
    }

    /** {@code PPC_BIT(n)}: bit n of a 64-bit word, counted from the MSB. */
    public static long bit64(int n) {
        return 1L << (63 - n);
    }

    /** {@code PPC_BITMASK(first, last)}. */
    public static long mask64(int first, int last) {
        int width = last - first + 1;
        long ones = width == 64 ? -1L : (1L << width) - 1;
        return ones << (63 - last);
    }

    /** The field under {@code mask} of a 32-bit word, shifted down. */
    public static int get32(int word, int mask) {
        return (word & mask) >>> Integer.numberOfTrailingZeros(mask);
    }

    /** {@code word} with the field under {@code mask} replaced by {@code value} (already range-checked). */
    public static int set32(int word, int mask, int value) {
        return (word & ~mask) | ((value << Integer.numberOfTrailingZeros(mask)) & mask);
    }

    /** The field under {@code mask} of a 64-bit word, shifted down. */
    public static long get64(long word, long mask) {
        return (word & mask) >>> Long.numberOfTrailingZeros(mask);
    }

    /** {@code word} with the field under {@code mask} replaced by {@code value} (already range-checked). */
    public static long set64(long word, long mask, long value) {
        return (word & ~mask) | ((value << Long.numberOfTrailingZeros(mask)) & mask);
    }
}
