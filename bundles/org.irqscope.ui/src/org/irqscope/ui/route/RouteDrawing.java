// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.route;

import java.util.List;

/**
 * What the Routing view draws for one source: a box per hop and the hop that holds or blocks the interrupt.
 *
 * @param blocking index of the hop that holds or blocks it, -1 when every hop is open
 * @param verdict one sentence: delivered, or where and why it stops
 */
public record RouteDrawing(String title, List<Box> boxes, int blocking, String verdict) {
    public RouteDrawing {
        boxes = List.copyOf(boxes);
    }

    /** One hop: its name, what it holds now, whether the interrupt passes, and the rule that decides. */
    public record Box(String stage, String state, boolean ok, String rule) {
    }
}
