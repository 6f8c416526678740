// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/**
 * One 16-byte ring of a XIVE thread interrupt management area (TIMA), bytes in TIMA order.
 *
 * @param w2 word 2 (for the OS ring: VO bit 31 and the OS CAM line)
 */
public record XiveRing(int nsr, int cppr, int ipb, int lsmfb, int ackCount, int inc, int age, int pipr, int w2) {
    public static final XiveRing RESET = new XiveRing(0, 0, 0, 0xff, 0xff, 0, 0xff, 0xff, 0);

    public XiveRing {
        StateChecks.u8("nsr", nsr);
        StateChecks.u8("cppr", cppr);
        StateChecks.u8("ipb", ipb);
        StateChecks.u8("lsmfb", lsmfb);
        StateChecks.u8("ack#", ackCount);
        StateChecks.u8("inc", inc);
        StateChecks.u8("age", age);
        StateChecks.u8("pipr", pipr);
    }

    /** PIPR as the architecture derives it from IPB: the most favoured pending priority, 0xFF if none. */
    public static int piprOf(int ipb) {
        return ipb == 0 ? 0xff : Integer.numberOfLeadingZeros(ipb & 0xff) - 24;
    }

    /** IPB bit of a priority 0..7 (priority 0 is the most significant bit). */
    public static int ipbBit(int priority) {
        return 1 << (7 - priority);
    }
}
