// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.IbmBits;

/**
 * A XIVE Event Assignment Structure (IVE): one 64-bit word per source that routes it to an END (ABI fact page §3.6,
 * IBM bit numbering, bit 0 = MSB): VALID bit 0, END_BLOCK 4–7, END_INDEX 8–31, MASKED 32, END_DATA 33–63. As plain
 * bit positions: valid 63, block 59:56, index 55:32, masked 31, data 30:0. Bits 1–3 are reserved and dropped.
 *
 * <p>KVM cannot return EASes (XIVE native has no GET for targeting); they come from QEMU's EAT or from
 * {@link XiveSourceConfig} writes the tool itself made.
 */
public record XiveEas(boolean valid, int endBlock, int endIndex, boolean masked, int endData) {
    public static final long VALID = IbmBits.bit64(0);
    public static final long END_BLOCK = IbmBits.mask64(4, 7);
    public static final long END_INDEX = IbmBits.mask64(8, 31);
    public static final long MASKED = IbmBits.bit64(32);
    public static final long END_DATA = IbmBits.mask64(33, 63);

    public XiveEas {
        FieldRange.check("EAS END block", endBlock, 0, 0xf);
        FieldRange.check("EAS END index", endIndex, 0, 0xffffff);
        FieldRange.check("EAS END data", endData, 0, Integer.MAX_VALUE);
    }

    public static XiveEas decode(long word) {
        return new XiveEas((word & VALID) != 0, (int) IbmBits.get64(word, END_BLOCK),
                (int) IbmBits.get64(word, END_INDEX), (word & MASKED) != 0, (int) IbmBits.get64(word, END_DATA));
    }

    public long encode() {
        long w = IbmBits.set64(0, END_BLOCK, endBlock);
        w = IbmBits.set64(w, END_INDEX, endIndex);
        w = IbmBits.set64(w, END_DATA, endData);
        return w | (valid ? VALID : 0) | (masked ? MASKED : 0);
    }
}
