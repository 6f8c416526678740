// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/** Range checks shared by the state records: a wrong bit must never make it into a snapshot silently. */
final class StateChecks {
    private StateChecks() {
    }

    static void u8(String field, int value) {
        range(field, value, 0, 0xff);
    }

    static void range(String field, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " = " + value + " (0x" + Long.toHexString(value)
                    + ") is outside " + min + ".." + max);
        }
    }
}
