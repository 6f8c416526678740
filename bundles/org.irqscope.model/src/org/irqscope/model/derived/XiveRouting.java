// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.derived;

import org.irqscope.model.Controller;
import org.irqscope.model.Machine;
import org.irqscope.model.Source;
import org.irqscope.model.XiveEventQueue;
import org.irqscope.model.XiveRouter;

/** Follows a XIVE source's EAS to its END. */
public final class XiveRouting {
    private XiveRouting() {
    }

    /**
     * The END the source's EAS names, or null when it names none or the machine has no such END. A lookup rather than
     * a stored reference, so that a snapshot update never has to re-point 65,536 references.
     */
    public static XiveEventQueue endOf(Source source) {
        int index = source.getEndIndex();
        if (index < 0 || !(source.eContainer() instanceof Machine machine)) {
            return null;
        }
        for (Controller controller : machine.getControllers()) {
            if (controller instanceof XiveRouter router) {
                for (XiveEventQueue end : router.getEnds()) {
                    if (end.getIndex() == index) {
                        return end;
                    }
                }
            }
        }
        return null;
    }
}
