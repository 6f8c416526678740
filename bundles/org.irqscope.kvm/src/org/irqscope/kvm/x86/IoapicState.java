// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_ioapic_state} (216 bytes), chip 2 of KVM_GET_IRQCHIP (ABI fact page §6): u64 base_address @0,
 * u32 ioregsel @8, u32 id @12, u32 irr @16, u32 pad @20, then 24 redirection entries of 8 bytes @24.
 *
 * @param baseAddress MMIO base (0xFEC00000 by default)
 * @param ioregsel the register select of the indirect access window
 * @param id the IOAPIC id as a plain number (the guest-visible ID register shows it in bits 27:24)
 * @param irr bit n: pin n's input is asserted (latched for edge pins)
 * @param redirectionTable exactly 24 entries
 */
public record IoapicState(long baseAddress, int ioregsel, int id, int irr,
        List<IoapicRedirectionEntry> redirectionTable) {
    public static final int SIZE = 216;
    public static final int OFFSET_BASE_ADDRESS = 0;
    public static final int OFFSET_IOREGSEL = 8;
    public static final int OFFSET_ID = 12;
    public static final int OFFSET_IRR = 16;
    public static final int OFFSET_PAD = 20;
    public static final int OFFSET_REDIRTBL = 24;
    /** {@code KVM_IOAPIC_NUM_PINS}. */
    public static final int NUM_PINS = 24;
    /** The default IOAPIC MMIO base. */
    public static final long DEFAULT_BASE_ADDRESS = 0xfec00000L;

    public IoapicState {
        FieldRange.check("IOAPIC redirection table length", redirectionTable.size(), NUM_PINS, NUM_PINS);
        redirectionTable = List.copyOf(redirectionTable);
    }

    /** The redirection entry of {@code pin} (0..23). */
    public IoapicRedirectionEntry entry(int pin) {
        FieldRange.check("IOAPIC pin", pin, 0, NUM_PINS - 1);
        return redirectionTable.get(pin);
    }

    /** A copy with one entry replaced. */
    public IoapicState withEntry(int pin, IoapicRedirectionEntry e) {
        FieldRange.check("IOAPIC pin", pin, 0, NUM_PINS - 1);
        List<IoapicRedirectionEntry> t = new ArrayList<>(redirectionTable);
        t.set(pin, e);
        return new IoapicState(baseAddress, ioregsel, id, irr, t);
    }

    /** Whether pin {@code pin}'s IRR bit is set. */
    public boolean irrSet(int pin) {
        FieldRange.check("IOAPIC pin", pin, 0, NUM_PINS - 1);
        return (irr >>> pin & 1) != 0;
    }

    public static IoapicState decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_ioapic_state", ByteOrder.LITTLE_ENDIAN);
        List<IoapicRedirectionEntry> t = new ArrayList<>(NUM_PINS);
        for (int pin = 0; pin < NUM_PINS; pin++) {
            t.add(IoapicRedirectionEntry.decode(b.getLong(OFFSET_REDIRTBL + 8 * pin)));
        }
        return new IoapicState(b.getLong(OFFSET_BASE_ADDRESS), b.getInt(OFFSET_IOREGSEL), b.getInt(OFFSET_ID),
                b.getInt(OFFSET_IRR), t);
    }

    /** Decodes the IOAPIC from a KVM_GET_IRQCHIP result for chip {@link KvmIrqchip#IOAPIC}. */
    public static IoapicState decode(KvmIrqchip chip) {
        if (chip.chipId() != KvmIrqchip.IOAPIC) {
            throw new IllegalArgumentException("kvm_irqchip chip_id " + chip.chipId() + " is not the IOAPIC ("
                    + KvmIrqchip.IOAPIC + ")");
        }
        return decode(chip.chipBuffer());
    }

    public void encode(ByteBuffer dst) {
        ByteBuffer b = StructBuffer.take(dst, SIZE, "struct kvm_ioapic_state", ByteOrder.LITTLE_ENDIAN);
        b.putLong(OFFSET_BASE_ADDRESS, baseAddress).putInt(OFFSET_IOREGSEL, ioregsel).putInt(OFFSET_ID, id)
                .putInt(OFFSET_IRR, irr).putInt(OFFSET_PAD, 0);
        for (int pin = 0; pin < NUM_PINS; pin++) {
            b.putLong(OFFSET_REDIRTBL + 8 * pin, redirectionTable.get(pin).encode());
        }
    }

    /** The KVM_SET_IRQCHIP argument for this state. */
    public KvmIrqchip toIrqchip() {
        ByteBuffer b = StructBuffer.allocate(SIZE, ByteOrder.LITTLE_ENDIAN);
        encode(b);
        return KvmIrqchip.of(KvmIrqchip.IOAPIC, b.array());
    }
}
