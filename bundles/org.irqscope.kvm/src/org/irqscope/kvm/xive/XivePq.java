// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The two ESB state bits of a XIVE source (ABI fact page §3.3): P (0x2, an event was forwarded and not yet EOId) and
 * Q (0x1, another arrived meanwhile). Reset/masked is OFF (01).
 */
public enum XivePq {
    /** 00: ready; a trigger forwards. */
    RESET(0b00),
    /** 01: "ints off", the masked state; triggers are dropped. */
    OFF(0b01),
    /** 10: forwarded, waiting for EOI. */
    PENDING(0b10),
    /** 11: forwarded and one more arrived (coalesced); EOI re-forwards. */
    QUEUED(0b11);

    /** {@code XIVE_ESB_VAL_P}. */
    public static final int VAL_P = 0x2;
    /** {@code XIVE_ESB_VAL_Q}. */
    public static final int VAL_Q = 0x1;

    private final int bits;

    XivePq(int bits) {
        this.bits = bits;
    }

    /** The two bits, P in bit 1, Q in bit 0. */
    public int bits() {
        return bits;
    }

    public boolean p() {
        return (bits & VAL_P) != 0;
    }

    public boolean q() {
        return (bits & VAL_Q) != 0;
    }

    /** The state for a two-bit value. */
    public static XivePq of(int bits) {
        FieldRange.check("XIVE PQ", bits, 0, 3);
        for (XivePq pq : values()) {
            if (pq.bits == bits) {
                return pq;
            }
        }
        throw new IllegalStateException("unreachable: every two-bit value names a state");
    }

    /**
     * The state an ESB management load returns (8-byte load, previous PQ in the low two bits).
     *
     * @throws IllegalArgumentException when other bits are set (not an ESB load result)
     */
    public static XivePq fromLoad(long value) {
        FieldRange.check("ESB load result", value, 0, 3);
        return of((int) value);
    }

    /** What a trigger does: 00→10 and notify; 10/11→11; 01 stays (dropped). */
    public Transition trigger() {
        return switch (this) {
            case RESET -> new Transition(PENDING, true);
            case PENDING, QUEUED -> new Transition(QUEUED, false);
            case OFF -> new Transition(OFF, false);
        };
    }

    /** What an EOI does: 00/10→00; 11→10 and re-notify; 01 stays. */
    public Transition eoi() {
        return switch (this) {
            case RESET, PENDING -> new Transition(RESET, false);
            case QUEUED -> new Transition(PENDING, true);
            case OFF -> new Transition(OFF, false);
        };
    }

    /** A PQ state change and whether the source notifies (forwards an event) as part of it. */
    public record Transition(XivePq next, boolean notifies) {
    }
}
