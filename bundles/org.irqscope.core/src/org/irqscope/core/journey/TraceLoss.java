// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

/**
 * Events the kernel dropped: ring-buffer pages overwritten before they were read, or events that found no room.
 *
 * @param cpu the host CPU whose buffer lost them
 * @param events how many (the kernel's count; 0 when it only flagged that some were lost)
 * @param where what reported it: "page" (a read page flagged missed events) or "stats" (per-CPU overrun/dropped)
 */
public record TraceLoss(int cpu, long events, String where) {
}
