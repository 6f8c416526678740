// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import org.irqscope.kvm.internal.FieldRange;

/**
 * One 64-bit IOAPIC redirection table entry, {@code kvm_ioapic_state.redirtbl[pin]} (ABI fact page §6): vector 7:0,
 * delivery mode 10:8, destination mode 11 (1 = logical), delivery status 12, polarity 13 (1 = active low), remote
 * IRR 14, trigger mode 15 (1 = level), mask 16, reserved 55:17 (kept as found, so a read–modify–write keeps it),
 * destination id 63:56.
 */
public record IoapicRedirectionEntry(int vector, ApicDeliveryMode deliveryMode, boolean destLogical,
        boolean deliveryPending, boolean activeLow, boolean remoteIrr, boolean levelTriggered, boolean masked,
        long reserved, int destId) {
    public static final long VECTOR_MASK = 0xffL;
    public static final int DELIVERY_MODE_SHIFT = 8;
    public static final long DEST_MODE = 1L << 11;
    public static final long DELIVERY_STATUS = 1L << 12;
    public static final long POLARITY = 1L << 13;
    public static final long REMOTE_IRR = 1L << 14;
    public static final long TRIG_MODE = 1L << 15;
    public static final long MASK = 1L << 16;
    public static final int RESERVED_SHIFT = 17;
    public static final long RESERVED_MASK = (1L << 39) - 1;
    public static final int DEST_ID_SHIFT = 56;

    public IoapicRedirectionEntry {
        FieldRange.check("IOAPIC RTE vector", vector, 0, 0xff);
        FieldRange.check("IOAPIC RTE reserved bits", reserved, 0, RESERVED_MASK);
        FieldRange.check("IOAPIC RTE destination id", destId, 0, 0xff);
        if (deliveryMode == null) {
            throw new IllegalArgumentException("IOAPIC RTE delivery mode must not be null");
        }
    }

    /** The entry after an IOAPIC reset: masked, everything else 0. */
    public static IoapicRedirectionEntry resetEntry() {
        return decode(MASK);
    }

    /** An unmasked fixed-delivery, physical-destination entry. */
    public static IoapicRedirectionEntry fixed(int vector, int destId, boolean levelTriggered) {
        return new IoapicRedirectionEntry(vector, ApicDeliveryMode.FIXED, false, false, false, false, levelTriggered,
                false, 0, destId);
    }

    public static IoapicRedirectionEntry decode(long bits) {
        return new IoapicRedirectionEntry((int) (bits & VECTOR_MASK),
                ApicDeliveryMode.of((int) (bits >>> DELIVERY_MODE_SHIFT) & 7), (bits & DEST_MODE) != 0,
                (bits & DELIVERY_STATUS) != 0, (bits & POLARITY) != 0, (bits & REMOTE_IRR) != 0,
                (bits & TRIG_MODE) != 0, (bits & MASK) != 0, (bits >>> RESERVED_SHIFT) & RESERVED_MASK,
                (int) (bits >>> DEST_ID_SHIFT) & 0xff);
    }

    public long encode() {
        long b = vector | (long) deliveryMode.code() << DELIVERY_MODE_SHIFT | reserved << RESERVED_SHIFT
                | (long) destId << DEST_ID_SHIFT;
        if (destLogical) {
            b |= DEST_MODE;
        }
        if (deliveryPending) {
            b |= DELIVERY_STATUS;
        }
        if (activeLow) {
            b |= POLARITY;
        }
        if (remoteIrr) {
            b |= REMOTE_IRR;
        }
        if (levelTriggered) {
            b |= TRIG_MODE;
        }
        if (masked) {
            b |= MASK;
        }
        return b;
    }

    /** A copy with the mask bit set as given. */
    public IoapicRedirectionEntry withMasked(boolean m) {
        return new IoapicRedirectionEntry(vector, deliveryMode, destLogical, deliveryPending, activeLow, remoteIrr,
                levelTriggered, m, reserved, destId);
    }
}
