// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import org.irqscope.kvm.KvmMsi;
import org.irqscope.kvm.internal.FieldRange;

/**
 * An x86 MSI message in its architectural meaning (ABI fact page §6; redirection hint and level bit from the Intel
 * SDM, not in the fact page): address_lo = 0xFEE in 31:20, destination id 19:12, redirection hint 3, destination
 * mode 2 (1 = logical); address_hi 31:8 = destination id bits 31:8 (only with KVM_X2APIC_API_USE_32BIT_IDS);
 * data = vector 7:0, delivery mode 10:8, level 14 (assert), trigger 15 (1 = level).
 *
 * @param destId destination APIC id (8 bits in xAPIC, up to 32 bits with the x2APIC API)
 */
public record X86MsiMessage(long destId, boolean destLogical, boolean redirectionHint, int vector,
        ApicDeliveryMode deliveryMode, boolean levelAssert, boolean levelTriggered) {
    /** Bits 31:20 of every x86 MSI address. */
    public static final int ADDRESS_BASE = 0xfee00000;
    public static final int ADDRESS_BASE_MASK = 0xfff00000;
    public static final int ADDRESS_DEST_ID_SHIFT = 12;
    public static final int ADDRESS_REDIRECTION_HINT = 1 << 3;
    public static final int ADDRESS_DEST_MODE_LOGICAL = 1 << 2;
    public static final int DATA_DELIVERY_MODE_SHIFT = 8;
    public static final int DATA_LEVEL_ASSERT = 1 << 14;
    public static final int DATA_TRIGGER_LEVEL = 1 << 15;

    public X86MsiMessage {
        FieldRange.check("MSI destination id", destId, 0, 0xffffffffL);
        FieldRange.check("MSI vector", vector, 0, 0xff);
        if (deliveryMode == null) {
            throw new IllegalArgumentException("MSI delivery mode must not be null");
        }
    }

    /** A fixed-delivery, edge, physical-destination message. */
    public static X86MsiMessage fixed(int destId, int vector) {
        return new X86MsiMessage(destId, false, false, vector, ApicDeliveryMode.FIXED, false, false);
    }

    /** Decodes the address and data of an MSI. Bits outside the named fields are ignored. */
    public static X86MsiMessage decode(KvmMsi msi) {
        return decode(msi.addressLo(), msi.addressHi(), msi.data());
    }

    public static X86MsiMessage decode(int addressLo, int addressHi, int data) {
        long dest = (addressLo >>> ADDRESS_DEST_ID_SHIFT & 0xff) | (Integer.toUnsignedLong(addressHi) & ~0xffL);
        return new X86MsiMessage(dest, (addressLo & ADDRESS_DEST_MODE_LOGICAL) != 0,
                (addressLo & ADDRESS_REDIRECTION_HINT) != 0, data & 0xff,
                ApicDeliveryMode.of(data >>> DATA_DELIVERY_MODE_SHIFT & 7), (data & DATA_LEVEL_ASSERT) != 0,
                (data & DATA_TRIGGER_LEVEL) != 0);
    }

    /** Whether an address is in the x86 MSI window (bits 31:20 = 0xFEE). */
    public static boolean isMsiAddress(int addressLo) {
        return (addressLo & ADDRESS_BASE_MASK) == ADDRESS_BASE;
    }

    public int addressLo() {
        return ADDRESS_BASE | (int) (destId & 0xff) << ADDRESS_DEST_ID_SHIFT
                | (redirectionHint ? ADDRESS_REDIRECTION_HINT : 0) | (destLogical ? ADDRESS_DEST_MODE_LOGICAL : 0);
    }

    public int addressHi() {
        return (int) (destId & ~0xffL);
    }

    public int data() {
        return vector | deliveryMode.code() << DATA_DELIVERY_MODE_SHIFT | (levelAssert ? DATA_LEVEL_ASSERT : 0)
                | (levelTriggered ? DATA_TRIGGER_LEVEL : 0);
    }

    /** The KVM_SIGNAL_MSI argument. */
    public KvmMsi toMsi() {
        return new KvmMsi(addressLo(), addressHi(), data(), 0, 0);
    }
}
