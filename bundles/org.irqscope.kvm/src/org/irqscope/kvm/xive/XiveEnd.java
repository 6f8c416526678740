// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import java.util.Arrays;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.IbmBits;

/**
 * A XIVE Event Notification Descriptor (END, formerly EQD): eight 32-bit words (ABI fact page §3.6, QEMU
 * xive_regs.h; IBM bit numbering within each word). The words are kept raw (as numbers, already converted from the
 * big-endian table entry); the accessors decode the named fields:
 * <ul>
 * <li>w0: VALID 0, ENQUEUE 1, UCOND_NOTIFY 2, BACKLOG 3, PRECL_ESC_CTL 4, ESCALATE_CTL 5, UNCOND_ESCALATE 6,
 * SILENT_ESCALATE 7, QSIZE 12–15, SW0/FW 16, HWDEP 24–31</li>
 * <li>w1: ESn P 0, ESn Q 1, ESe P 2, ESe Q 3, GENERATION 9, PAGE_OFF (queue index) 10–31</li>
 * <li>w2: MIGRATION_REG 0–3, OP_DESC_HI 4–31; w3: OP_DESC_LO; queue address = (w2 &amp; 0x0fffffff) &lt;&lt; 32 |
 * w3</li>
 * <li>w4: ESC_END_BLOCK 4–7, ESC_END_INDEX 8–31; w5: ESC_END_DATA 1–31</li>
 * <li>w6: FORMAT 8, NVT_BLOCK 9–12, NVT_INDEX 13–31; w7 (format 0): IGNORE 0, BLK_GROUPING 1, PRIORITY 8–15</li>
 * </ul>
 */
public final class XiveEnd {
    public static final int WORDS = 8;
    public static final int W0_VALID = IbmBits.bit32(0);
    public static final int W0_ENQUEUE = IbmBits.bit32(1);
    public static final int W0_UCOND_NOTIFY = IbmBits.bit32(2);
    public static final int W0_BACKLOG = IbmBits.bit32(3);
    public static final int W0_PRECL_ESC_CTL = IbmBits.bit32(4);
    public static final int W0_ESCALATE_CTL = IbmBits.bit32(5);
    public static final int W0_UNCOND_ESCALATE = IbmBits.bit32(6);
    public static final int W0_SILENT_ESCALATE = IbmBits.bit32(7);
    public static final int W0_QSIZE = IbmBits.mask32(12, 15);
    public static final int W0_SW0 = IbmBits.bit32(16);
    public static final int W0_HWDEP = IbmBits.mask32(24, 31);
    public static final int W1_ESN_P = IbmBits.bit32(0);
    public static final int W1_ESN_Q = IbmBits.bit32(1);
    public static final int W1_ESE_P = IbmBits.bit32(2);
    public static final int W1_ESE_Q = IbmBits.bit32(3);
    public static final int W1_GENERATION = IbmBits.bit32(9);
    public static final int W1_PAGE_OFF = IbmBits.mask32(10, 31);
    public static final int W2_MIGRATION_REG = IbmBits.mask32(0, 3);
    public static final int W2_OP_DESC_HI = IbmBits.mask32(4, 31);
    public static final int W4_ESC_END_BLOCK = IbmBits.mask32(4, 7);
    public static final int W4_ESC_END_INDEX = IbmBits.mask32(8, 31);
    public static final int W5_ESC_END_DATA = IbmBits.mask32(1, 31);
    public static final int W6_FORMAT_BIT = IbmBits.bit32(8);
    public static final int W6_NVT_BLOCK = IbmBits.mask32(9, 12);
    public static final int W6_NVT_INDEX = IbmBits.mask32(13, 31);
    public static final int W7_F0_IGNORE = IbmBits.bit32(0);
    public static final int W7_F0_BLK_GROUPING = IbmBits.bit32(1);
    public static final int W7_F0_PRIORITY = IbmBits.mask32(8, 15);

    private final int[] w;

    private XiveEnd(int[] w) {
        this.w = w;
    }

    /** An END from its eight words. */
    public static XiveEnd of(int... words) {
        FieldRange.check("XIVE END word count", words.length, WORDS, WORDS);
        return new XiveEnd(words.clone());
    }

    /**
     * A valid, enqueuing END in format 0 (what sPAPR configures): a queue of {@code 1 << (qsize + 12)} bytes at
     * {@code queueAddress}, notifying NVT {@code (nvtBlock, nvtIndex)} at {@code priority}.
     */
    public static XiveEnd enqueuing(long queueAddress, int qsize, int nvtBlock, int nvtIndex, int priority,
            boolean generation, int queueIndex) {
        FieldRange.check("END queue address", queueAddress, 0, (1L << 60) - 1);
        FieldRange.check("END QSIZE", qsize, 0, 0xf);
        FieldRange.check("END NVT block", nvtBlock, 0, 0xf);
        FieldRange.check("END NVT index", nvtIndex, 0, 0x7ffff);
        FieldRange.check("END priority", priority, 0, 0xff);
        FieldRange.check("END queue index", queueIndex, 0, 0x3fffff);
        int[] w = new int[WORDS];
        w[0] = IbmBits.set32(W0_VALID | W0_ENQUEUE, W0_QSIZE, qsize);
        w[1] = IbmBits.set32(generation ? W1_GENERATION : 0, W1_PAGE_OFF, queueIndex);
        w[2] = (int) (queueAddress >>> 32) & W2_OP_DESC_HI;
        w[3] = (int) queueAddress;
        w[6] = IbmBits.set32(IbmBits.set32(0, W6_NVT_BLOCK, nvtBlock), W6_NVT_INDEX, nvtIndex);
        w[7] = IbmBits.set32(0, W7_F0_PRIORITY, priority);
        return new XiveEnd(w);
    }

    /** Word {@code i} (0..7). */
    public int word(int i) {
        FieldRange.check("XIVE END word index", i, 0, WORDS - 1);
        return w[i];
    }

    /** All eight words. */
    public int[] words() {
        return w.clone();
    }

    public boolean valid() {
        return (w[0] & W0_VALID) != 0;
    }

    public boolean enqueue() {
        return (w[0] & W0_ENQUEUE) != 0;
    }

    public boolean unconditionalNotify() {
        return (w[0] & W0_UCOND_NOTIFY) != 0;
    }

    public boolean backlog() {
        return (w[0] & W0_BACKLOG) != 0;
    }

    public boolean escalate() {
        return (w[0] & W0_ESCALATE_CTL) != 0;
    }

    public boolean silentEscalate() {
        return (w[0] & W0_SILENT_ESCALATE) != 0;
    }

    /** QSIZE: the queue holds {@code 1 << (qsize + 10)} entries ({@code qsize + 12} = log2 bytes). */
    public int qsize() {
        return IbmBits.get32(w[0], W0_QSIZE);
    }

    /** Number of 4-byte entries in the queue. */
    public long queueEntries() {
        return 1L << (qsize() + 10);
    }

    /** The ESn PQ bits (notification ESB). */
    public XivePq esn() {
        return XivePq.of(((w[1] & W1_ESN_P) != 0 ? XivePq.VAL_P : 0) | ((w[1] & W1_ESN_Q) != 0 ? XivePq.VAL_Q : 0));
    }

    /** The ESe PQ bits (escalation ESB). */
    public XivePq ese() {
        return XivePq.of(((w[1] & W1_ESE_P) != 0 ? XivePq.VAL_P : 0) | ((w[1] & W1_ESE_Q) != 0 ? XivePq.VAL_Q : 0));
    }

    /** The generation bit the producer writes next. */
    public boolean generation() {
        return (w[1] & W1_GENERATION) != 0;
    }

    /** PAGE_OFF: the index of the next queue entry the producer writes. */
    public int queueIndex() {
        return IbmBits.get32(w[1], W1_PAGE_OFF);
    }

    /** Guest address of the queue: {@code (w2 & 0x0fffffff) << 32 | w3}. */
    public long queueAddress() {
        return Integer.toUnsignedLong(w[2] & W2_OP_DESC_HI) << 32 | Integer.toUnsignedLong(w[3]);
    }

    public int escalationEndBlock() {
        return IbmBits.get32(w[4], W4_ESC_END_BLOCK);
    }

    public int escalationEndIndex() {
        return IbmBits.get32(w[4], W4_ESC_END_INDEX);
    }

    public int escalationEndData() {
        return IbmBits.get32(w[5], W5_ESC_END_DATA);
    }

    /** FORMAT bit of w6: false = format 0 (w7 holds priority), true = format 1. */
    public boolean format1() {
        return (w[6] & W6_FORMAT_BIT) != 0;
    }

    public int nvtBlock() {
        return IbmBits.get32(w[6], W6_NVT_BLOCK);
    }

    public int nvtIndex() {
        return IbmBits.get32(w[6], W6_NVT_INDEX);
    }

    /** Format 0: notification priority (w7 bits 8–15). */
    public int priority() {
        return IbmBits.get32(w[7], W7_F0_PRIORITY);
    }

    public boolean ignore() {
        return (w[7] & W7_F0_IGNORE) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XiveEnd e && Arrays.equals(e.w, w);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(w);
    }

    @Override
    public String toString() {
        return String.format("XiveEnd[valid=%b enqueue=%b qsize=%d qaddr=0x%x index=%d gen=%d nvt=%d/0x%x prio=%d]",
                valid(), enqueue(), qsize(), queueAddress(), queueIndex(), generation() ? 1 : 0, nvtBlock(),
                nvtIndex(), priority());
    }
}
