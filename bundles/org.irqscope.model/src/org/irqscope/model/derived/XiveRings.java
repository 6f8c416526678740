// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.derived;

import java.util.List;

import org.irqscope.model.XiveRing;
import org.irqscope.model.XiveThreadContext;

/** Facts about the rings of a XIVE thread interrupt management area. */
public final class XiveRings {
    /** Ring names in TIMA order QW0..QW3. */
    public static final List<String> NAMES = List.of("USER", "OS", "POOL", "PHYS");

    private XiveRings() {
    }

    /** The ring's name from its position in its thread context, or "?" for a ring outside one. */
    public static String name(XiveRing ring) {
        if (ring.eContainer() instanceof XiveThreadContext context) {
            int index = context.getRings().indexOf(ring);
            if (index >= 0 && index < NAMES.size()) {
                return NAMES.get(index);
            }
        }
        return "?";
    }

    /** PIPR as the architecture derives it from IPB: the most favoured pending priority, 0xFF if none. */
    public static int piprOf(int ipb) {
        int bits = ipb & 0xff;
        return bits == 0 ? 0xff : Integer.numberOfLeadingZeros(bits) - 24;
    }
}
