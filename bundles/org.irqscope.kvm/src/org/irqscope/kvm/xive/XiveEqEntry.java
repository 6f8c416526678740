// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import org.irqscope.kvm.internal.FieldRange;

/**
 * One 32-bit entry of a XIVE event queue in guest RAM (ABI fact page §3.6): {@code generation << 31 | (EISN &
 * 0x7fffffff)}, stored big-endian. The producer flips the generation bit each time its index wraps, so an entry
 * whose generation differs from the consumer's toggle has not been written in this lap.
 */
public record XiveEqEntry(boolean generation, int eisn) {
    public XiveEqEntry {
        FieldRange.check("EQ entry EISN", eisn, 0, Integer.MAX_VALUE);
    }

    /** From the entry as a number (already converted from big-endian). */
    public static XiveEqEntry decode(int word) {
        return new XiveEqEntry(word < 0, word & Integer.MAX_VALUE);
    }

    /** From the 4 bytes at {@code offset} of a queue page (big-endian). */
    public static XiveEqEntry decode(byte[] queue, int offset) {
        FieldRange.check("EQ entry offset", offset, 0, queue.length - 4);
        return decode((queue[offset] & 0xff) << 24 | (queue[offset + 1] & 0xff) << 16
                | (queue[offset + 2] & 0xff) << 8 | (queue[offset + 3] & 0xff));
    }

    public int encode() {
        return (generation ? Integer.MIN_VALUE : 0) | eisn;
    }
}
