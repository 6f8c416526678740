// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.kvm.internal.FieldRange;

/**
 * One 16-byte ring (QW) of a XIVE thread context as the TIMA lays it out (ABI fact page §3.6, QEMU xive_regs.h):
 * bytes NSR 0, CPPR 1, IPB 2, LSMFB 3, ACK# 4, INC 5, AGE 6, PIPR 7, then the big-endian word 2 at 8 (for the OS
 * ring: VO bit 0 and OS CAM bits 8–31, IBM numbering). Bytes 12–15 are not modelled.
 *
 * <p>Priority helpers follow QEMU's model: priorities 0–7, {@code IPB bit = 1 << (7 - prio)}, PIPR = the most
 * favoured pending priority, 0xFF when IPB is empty.
 */
public record XiveTimaRing(int nsr, int cppr, int ipb, int lsmfb, int ackCount, int inc, int age, int pipr,
        int word2) {
    public static final int SIZE = 16;
    /** {@code TM_QW1_NSR_EO}: an exception is pending for the OS (set by notify, cleared by acknowledge). */
    public static final int NSR_EO = 0x80;
    /** {@code TM_QW1W2_VO}: the OS context is valid (pushed). */
    public static final int W2_VALID = 0x80000000;
    /** {@code TM_QW1W2_OS_CAM}: the NVT (VP) the OS context belongs to. */
    public static final int W2_OS_CAM_MASK = 0x00ffffff;

    public XiveTimaRing {
        FieldRange.check("TIMA NSR", nsr, 0, 0xff);
        FieldRange.check("TIMA CPPR", cppr, 0, 0xff);
        FieldRange.check("TIMA IPB", ipb, 0, 0xff);
        FieldRange.check("TIMA LSMFB", lsmfb, 0, 0xff);
        FieldRange.check("TIMA ACK#", ackCount, 0, 0xff);
        FieldRange.check("TIMA INC", inc, 0, 0xff);
        FieldRange.check("TIMA AGE", age, 0, 0xff);
        FieldRange.check("TIMA PIPR", pipr, 0, 0xff);
    }

    /** The OS ring after reset (QEMU): CPPR 0, LSMFB/ACK#/AGE/PIPR 0xFF, the rest 0. */
    public static XiveTimaRing osReset() {
        return new XiveTimaRing(0, 0, 0, 0xff, 0xff, 0, 0xff, 0xff, 0);
    }

    /** Decodes the 16 bytes at {@code offset} of {@code tima} (e.g. a ring read from the TIMA, or QEMU's regs). */
    public static XiveTimaRing decode(byte[] tima, int offset) {
        FieldRange.check("TIMA ring offset", offset, 0, tima.length - SIZE);
        int w2 = (tima[offset + 8] & 0xff) << 24 | (tima[offset + 9] & 0xff) << 16 | (tima[offset + 10] & 0xff) << 8
                | (tima[offset + 11] & 0xff);
        return new XiveTimaRing(tima[offset] & 0xff, tima[offset + 1] & 0xff, tima[offset + 2] & 0xff,
                tima[offset + 3] & 0xff, tima[offset + 4] & 0xff, tima[offset + 5] & 0xff, tima[offset + 6] & 0xff,
                tima[offset + 7] & 0xff, w2);
    }

    /** The ring's 16 bytes (bytes 12–15 zero). */
    public byte[] encode() {
        return new byte[]{(byte) nsr, (byte) cppr, (byte) ipb, (byte) lsmfb, (byte) ackCount, (byte) inc,
                (byte) age, (byte) pipr, (byte) (word2 >>> 24), (byte) (word2 >>> 16), (byte) (word2 >>> 8),
                (byte) word2, 0, 0, 0, 0};
    }

    /** Whether NSR.EO is set: the OS has an exception to take. */
    public boolean exceptionPending() {
        return (nsr & NSR_EO) != 0;
    }

    /** The VO bit of word 2. */
    public boolean camValid() {
        return (word2 & W2_VALID) != 0;
    }

    /** The CAM (NVT index) of word 2, e.g. 0x400 for sPAPR vCPU 0. */
    public int cam() {
        return word2 & W2_OS_CAM_MASK;
    }

    /** The priorities whose IPB bit is set, most favoured first. */
    public List<Integer> pendingPriorities() {
        return prioritiesOf(ipb);
    }

    /** {@code 1 << (7 - priority)}. */
    public static int ipbBit(int priority) {
        FieldRange.check("XIVE priority", priority, 0, XiveAttributes.PRIORITY_MAX);
        return 1 << (XiveAttributes.PRIORITY_MAX - priority);
    }

    /** PIPR for an IPB: the most favoured pending priority, or 0xFF when none. */
    public static int piprOf(int ipb) {
        FieldRange.check("TIMA IPB", ipb, 0, 0xff);
        return ipb == 0 ? 0xff : Integer.numberOfLeadingZeros(ipb) - 24;
    }

    /** The priorities an IPB holds, most favoured first. */
    public static List<Integer> prioritiesOf(int ipb) {
        FieldRange.check("TIMA IPB", ipb, 0, 0xff);
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p <= XiveAttributes.PRIORITY_MAX; p++) {
            if ((ipb & ipbBit(p)) != 0) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }
}
