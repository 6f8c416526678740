// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

/** How far a journey got when it was reported. */
public enum Outcome {
    /** Raised, accepted by every destination LAPIC and EOI'd (and acknowledged at a level-triggered pin). */
    COMPLETE,
    /** Raised but no LAPIC accepted it: masked, coalesced, or routed nowhere. */
    NEVER_ACCEPTED,
    /** Accepted but no EOI came before the trace ended. */
    NEVER_EOI,
    /** Level-triggered pin: EOI'd at the LAPIC but the IOAPIC/PIC never saw the acknowledgement. */
    NEVER_ACKNOWLEDGED,
    /** Still under way when reported (the trace goes on). */
    OPEN
}
