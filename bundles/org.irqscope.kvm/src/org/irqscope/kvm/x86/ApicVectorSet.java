// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.irqscope.kvm.internal.FieldRange;

/**
 * A 256-bit LAPIC vector register — IRR, ISR or TMR (ABI fact page §6): eight 32-bit registers at a 16-byte stride;
 * vector v is bit {@code v & 31} of register {@code v >> 5}. Immutable.
 */
public final class ApicVectorSet {
    /** {@code APIC_ISR_NR}: registers per set. */
    public static final int REGISTERS = 8;
    /** Bytes between the registers of a set in the register page. */
    public static final int STRIDE = 0x10;

    private static final ApicVectorSet EMPTY = new ApicVectorSet(new int[REGISTERS]);

    private final int[] words;

    private ApicVectorSet(int[] words) {
        this.words = words;
    }

    public static ApicVectorSet empty() {
        return EMPTY;
    }

    /** From the eight 32-bit registers (register 0 holds vectors 0–31). */
    public static ApicVectorSet ofRegisters(int... registers) {
        FieldRange.check("APIC vector register count", registers.length, REGISTERS, REGISTERS);
        return new ApicVectorSet(registers.clone());
    }

    /** The set holding exactly these vectors. */
    public static ApicVectorSet of(int... vectors) {
        int[] w = new int[REGISTERS];
        for (int v : vectors) {
            checkVector(v);
            w[v >> 5] |= 1 << (v & 31);
        }
        return new ApicVectorSet(w);
    }

    private static void checkVector(int vector) {
        FieldRange.check("interrupt vector", vector, 0, 255);
    }

    /** Register {@code i} (0..7). */
    public int register(int i) {
        FieldRange.check("APIC vector register index", i, 0, REGISTERS - 1);
        return words[i];
    }

    /** The eight registers. */
    public int[] registers() {
        return words.clone();
    }

    public boolean isSet(int vector) {
        checkVector(vector);
        return (words[vector >> 5] >>> (vector & 31) & 1) != 0;
    }

    /** The highest vector set (highest priority), or -1 when empty. */
    public int highest() {
        for (int i = REGISTERS - 1; i >= 0; i--) {
            if (words[i] != 0) {
                return i * 32 + 31 - Integer.numberOfLeadingZeros(words[i]);
            }
        }
        return -1;
    }

    /** The vectors set, ascending. */
    public List<Integer> vectors() {
        List<Integer> out = new ArrayList<>();
        for (int v = 0; v < 256; v++) {
            if ((words[v >> 5] >>> (v & 31) & 1) != 0) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    public boolean isEmpty() {
        return highest() < 0;
    }

    /** A copy with {@code vector} set or cleared. */
    public ApicVectorSet with(int vector, boolean set) {
        checkVector(vector);
        int[] w = words.clone();
        if (set) {
            w[vector >> 5] |= 1 << (vector & 31);
        } else {
            w[vector >> 5] &= ~(1 << (vector & 31));
        }
        return new ApicVectorSet(w);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApicVectorSet s && Arrays.equals(s.words, words);
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
