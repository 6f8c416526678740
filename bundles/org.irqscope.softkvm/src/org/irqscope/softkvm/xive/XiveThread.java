// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xive;

import org.irqscope.core.state.XiveRing;

/**
 * A vCPU's XIVE thread context, OS ring (TIMA QW1, ABI fact page §3.6), its eight ENDs, and what the NVT holds
 * while the VP is not dispatched on a thread (the IPB of events that arrived meanwhile).
 */
public final class XiveThread {
    /** NSR bit "exception outstanding" of the OS ring. */
    public static final int NSR_EO = 0x80;
    /** sPAPR NVT numbering: {@code SPAPR_XIVE_NVT_BASE + vcpu}. */
    public static final int NVT_BASE = 0x400;

    final int server;
    int nsr;
    int cppr;
    int ipb;
    int lsmfb = 0xff;
    int ackCount = 0xff;
    int inc;
    int age = 0xff;
    int pipr = 0xff;
    boolean dispatched = true;
    int nvtIpb;
    final XiveEnd[] ends = new XiveEnd[8];
    long acks;

    XiveThread(int server) {
        this.server = server;
        for (int p = 0; p < 8; p++) {
            ends[p] = new XiveEnd(server, p);
        }
    }

    public int server() {
        return server;
    }

    public int nsr() {
        return nsr;
    }

    public int cppr() {
        return cppr;
    }

    public int ipb() {
        return ipb;
    }

    public int pipr() {
        return pipr;
    }

    /** Whether the VP is on a hardware thread (the vCPU runs or is ready); otherwise notifications escalate. */
    public boolean dispatched() {
        return dispatched;
    }

    /** The IPB the NVT saved while the VP was not dispatched. */
    public int nvtIpb() {
        return nvtIpb;
    }

    /** The exception line to the vCPU: NSR.EO. */
    public boolean exceptionRaised() {
        return (nsr & NSR_EO) != 0;
    }

    public XiveEnd end(int priority) {
        return ends[priority];
    }

    /** OS CAM line word 2: VO | NVT index. */
    public int camWord() {
        return 0x8000_0000 | (NVT_BASE + server);
    }

    /** How many acknowledges returned an exception. */
    public long acks() {
        return acks;
    }

    /** The OS ring as the state records show it. */
    public XiveRing osRing() {
        return new XiveRing(nsr, cppr, ipb, lsmfb, ackCount, inc, age, pipr, camWord());
    }

    /** The eight raw TIMA bytes NSR, CPPR, IPB, LSMFB, ACK#, INC, AGE, PIPR. */
    public byte[] word01() {
        return new byte[]{(byte) nsr, (byte) cppr, (byte) ipb, (byte) lsmfb, (byte) ackCount, (byte) inc,
                (byte) age, (byte) pipr};
    }
}
