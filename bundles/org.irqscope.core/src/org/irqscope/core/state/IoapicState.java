// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import java.util.List;

/** The x86 IOAPIC: identity and its redirection table. */
public record IoapicState(int id, long baseAddress, int ioregsel, int irr, List<RedirectionEntry> pins)
        implements
            ControllerState {
    public IoapicState {
        pins = List.copyOf(pins);
    }

    /**
     * One redirection-table entry (64 bits): vector 7:0, delivery mode 10:8, destination mode 11 (logical),
     * delivery status 12, polarity 13 (low active), remote IRR 14, trigger 15 (level), mask 16, destination 63:56.
     */
    public record RedirectionEntry(int pin, long raw) {
        public int vector() {
            return (int) (raw & 0xff);
        }

        public int deliveryMode() {
            return (int) (raw >>> 8) & 7;
        }

        public boolean logicalDestination() {
            return (raw & (1L << 11)) != 0;
        }

        public boolean deliveryPending() {
            return (raw & (1L << 12)) != 0;
        }

        public boolean activeLow() {
            return (raw & (1L << 13)) != 0;
        }

        public boolean remoteIrr() {
            return (raw & (1L << 14)) != 0;
        }

        public boolean levelTriggered() {
            return (raw & (1L << 15)) != 0;
        }

        public boolean masked() {
            return (raw & (1L << 16)) != 0;
        }

        public int destination() {
            return (int) (raw >>> 56) & 0xff;
        }
    }
}
