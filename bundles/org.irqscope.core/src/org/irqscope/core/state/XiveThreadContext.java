// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import java.util.List;

/**
 * A XIVE thread context: the four TIMA rings (USER, OS, POOL, PHYS) and the virtual processor id.
 *
 * @param rings exactly four rings in QW0..QW3 order
 * @param vpId the NVT / VP number bound to this vCPU (sPAPR: 0x400 + vCPU id), -1 if unknown
 */
public record XiveThreadContext(List<XiveRing> rings, int vpId) implements Presenter {
    public static final int USER = 0;
    public static final int OS = 1;
    public static final int POOL = 2;
    public static final int PHYS = 3;

    public XiveThreadContext {
        rings = List.copyOf(rings);
        if (rings.size() != 4) {
            throw new IllegalArgumentException("a XIVE thread context has 4 rings, got " + rings.size());
        }
    }

    /** The OS ring (QW1), the one a pseries guest works with. */
    public XiveRing os() {
        return rings.get(OS);
    }

    public static XiveThreadContext ofOsRing(XiveRing os, int vpId) {
        return new XiveThreadContext(List.of(XiveRing.RESET, os, XiveRing.RESET, XiveRing.RESET), vpId);
    }
}
