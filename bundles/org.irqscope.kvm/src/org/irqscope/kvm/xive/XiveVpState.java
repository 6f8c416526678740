// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The 128-bit ONE_REG {@code KVM_REG_PPC_VP_STATE} of a vCPU connected to XIVE native (ABI fact page §3.4): the
 * first 8 bytes are the OS ring's words 0–1 in TIMA order — NSR, CPPR, IPB, LSMFB, ACK#, INC, AGE, PIPR — exactly as
 * they sit in memory (the kernel keeps them as a big-endian u64, so they are bytes, not a host integer). The second
 * u64 is unused; it is kept so a get–set round trip is byte-exact.
 *
 * <p>On GET the kernel ORs into IPB the priorities that arrived while the VP was not dispatched. The OS CAM word
 * (word 2) is not part of this register; see {@link XiveTimaRing#word2()}.
 */
public record XiveVpState(int nsr, int cppr, int ipb, int lsmfb, int ackCount, int inc, int age, int pipr,
        byte[] unusedWord) {
    /** Size of the ONE_REG value. */
    public static final int SIZE = 16;

    public XiveVpState {
        FieldRange.check("VP_STATE NSR", nsr, 0, 0xff);
        FieldRange.check("VP_STATE CPPR", cppr, 0, 0xff);
        FieldRange.check("VP_STATE IPB", ipb, 0, 0xff);
        FieldRange.check("VP_STATE LSMFB", lsmfb, 0, 0xff);
        FieldRange.check("VP_STATE ACK#", ackCount, 0, 0xff);
        FieldRange.check("VP_STATE INC", inc, 0, 0xff);
        FieldRange.check("VP_STATE AGE", age, 0, 0xff);
        FieldRange.check("VP_STATE PIPR", pipr, 0, 0xff);
        FieldRange.length("VP_STATE second word", unusedWord.length, 8);
        unusedWord = unusedWord.clone();
    }

    /** A state with the given OS-ring bytes and a zero second word. */
    public static XiveVpState of(int nsr, int cppr, int ipb, int lsmfb, int ackCount, int inc, int age, int pipr) {
        return new XiveVpState(nsr, cppr, ipb, lsmfb, ackCount, inc, age, pipr, new byte[8]);
    }

    @Override
    public byte[] unusedWord() {
        return unusedWord.clone();
    }

    /** Decodes the 16 bytes {@link org.irqscope.kvm.KvmVcpu#getOneRegBytes(long)} returns. */
    public static XiveVpState decode(byte[] reg) {
        FieldRange.length("KVM_REG_PPC_VP_STATE value", reg.length, SIZE);
        byte[] rest = new byte[8];
        System.arraycopy(reg, 8, rest, 0, 8);
        return new XiveVpState(reg[0] & 0xff, reg[1] & 0xff, reg[2] & 0xff, reg[3] & 0xff, reg[4] & 0xff,
                reg[5] & 0xff, reg[6] & 0xff, reg[7] & 0xff, rest);
    }

    /** The 16 bytes for {@link org.irqscope.kvm.KvmVcpu#setOneRegBytes(long, byte[])}. */
    public byte[] encode() {
        byte[] b = new byte[SIZE];
        b[0] = (byte) nsr;
        b[1] = (byte) cppr;
        b[2] = (byte) ipb;
        b[3] = (byte) lsmfb;
        b[4] = (byte) ackCount;
        b[5] = (byte) inc;
        b[6] = (byte) age;
        b[7] = (byte) pipr;
        System.arraycopy(unusedWord, 0, b, 8, 8);
        return b;
    }

    /**
     * The kernel's {@code w01} as a number (what debugfs prints as {@code w01=%016llx}): NSR in bits 63:56 ... PIPR
     * in 7:0.
     */
    public long w01() {
        long v = 0;
        for (int x : new int[]{nsr, cppr, ipb, lsmfb, ackCount, inc, age, pipr}) {
            v = v << 8 | x;
        }
        return v;
    }

    /** From the numeric {@code w01} (NSR in bits 63:56). */
    public static XiveVpState fromW01(long w01) {
        return of((int) (w01 >>> 56) & 0xff, (int) (w01 >>> 48) & 0xff, (int) (w01 >>> 40) & 0xff,
                (int) (w01 >>> 32) & 0xff, (int) (w01 >>> 24) & 0xff, (int) (w01 >>> 16) & 0xff,
                (int) (w01 >>> 8) & 0xff, (int) w01 & 0xff);
    }

    /** The OS ring with these bytes and the given word 2 (CAM line). */
    public XiveTimaRing toRing(int word2) {
        return new XiveTimaRing(nsr, cppr, ipb, lsmfb, ackCount, inc, age, pipr, word2);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XiveVpState s && s.w01() == w01() && java.util.Arrays.equals(s.unusedWord, unusedWord);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(w01()) * 31 + java.util.Arrays.hashCode(unusedWord);
    }

    @Override
    public String toString() {
        return String.format("XiveVpState[NSR=%02x CPPR=%02x IPB=%02x LSMFB=%02x ACK#=%02x INC=%02x AGE=%02x"
                + " PIPR=%02x]", nsr, cppr, ipb, lsmfb, ackCount, inc, age, pipr);
    }
}
