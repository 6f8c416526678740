// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of the 256 x86 interrupt vectors, as the LAPIC's IRR, ISR and TMR hold them.
 * Vector v is bit (v &amp; 63) of word (v &gt;&gt; 6).
 */
public final class VectorSet {
    public static final VectorSet EMPTY = new VectorSet(new long[4]);

    private final long[] words;

    private VectorSet(long[] words) {
        this.words = words;
    }

    /** From four 64-bit words, vector 0 in bit 0 of word 0. */
    public static VectorSet ofWords(long w0, long w1, long w2, long w3) {
        return new VectorSet(new long[]{w0, w1, w2, w3});
    }

    /** From the eight 32-bit registers of the LAPIC page (register i holds vectors 32i..32i+31). */
    public static VectorSet ofRegisters(int[] regs) {
        if (regs.length != 8) {
            throw new IllegalArgumentException("a LAPIC vector register set has 8 registers, got " + regs.length);
        }
        long[] w = new long[4];
        for (int i = 0; i < 8; i++) {
            w[i >> 1] |= (regs[i] & 0xffffffffL) << (32 * (i & 1));
        }
        return new VectorSet(w);
    }

    public static VectorSet of(int... vectors) {
        long[] w = new long[4];
        for (int v : vectors) {
            checkVector(v);
            w[v >> 6] |= 1L << (v & 63);
        }
        return new VectorSet(w);
    }

    private static void checkVector(int v) {
        if (v < 0 || v > 255) {
            throw new IllegalArgumentException("vector " + v + " is outside 0..255");
        }
    }

    public boolean contains(int vector) {
        checkVector(vector);
        return (words[vector >> 6] & (1L << (vector & 63))) != 0;
    }

    public VectorSet with(int vector) {
        checkVector(vector);
        long[] w = words.clone();
        w[vector >> 6] |= 1L << (vector & 63);
        return new VectorSet(w);
    }

    public VectorSet without(int vector) {
        checkVector(vector);
        long[] w = words.clone();
        w[vector >> 6] &= ~(1L << (vector & 63));
        return new VectorSet(w);
    }

    /** The highest vector in the set (the LAPIC serves the highest first), or -1 when empty. */
    public int highest() {
        for (int i = 3; i >= 0; i--) {
            if (words[i] != 0) {
                return i * 64 + 63 - Long.numberOfLeadingZeros(words[i]);
            }
        }
        return -1;
    }

    public boolean isEmpty() {
        return (words[0] | words[1] | words[2] | words[3]) == 0;
    }

    public int size() {
        return Long.bitCount(words[0]) + Long.bitCount(words[1]) + Long.bitCount(words[2]) + Long.bitCount(words[3]);
    }

    /** Word i (0..3) of the set. */
    public long word(int i) {
        return words[i];
    }

    /** The vectors in ascending order. */
    public List<Integer> vectors() {
        List<Integer> out = new ArrayList<>(size());
        for (int v = 0; v < 256; v++) {
            if ((words[v >> 6] & (1L << (v & 63))) != 0) {
                out.add(v);
            }
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VectorSet other && Arrays.equals(words, other.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return vectors().toString();
    }
}
