// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_pic_state} (16 × u8), chips 0 (master) and 1 (slave) of KVM_GET_IRQCHIP (ABI fact page §6). Byte
 * registers hold one bit per pin (bit n = IR n). Flags are kept as the 0/1 (or other) byte KVM stores.
 */
public record PicState(int lastIrr, int irr, int imr, int isr, int priorityAdd, int irqBase, int readRegSelect,
        int poll, int specialMask, int initState, int autoEoi, int rotateOnAutoEoi, int specialFullyNestedMode,
        int init4, int elcr, int elcrMask) {
    public static final int SIZE = 16;
    public static final int OFFSET_LAST_IRR = 0;
    public static final int OFFSET_IRR = 1;
    public static final int OFFSET_IMR = 2;
    public static final int OFFSET_ISR = 3;
    public static final int OFFSET_PRIORITY_ADD = 4;
    public static final int OFFSET_IRQ_BASE = 5;
    public static final int OFFSET_READ_REG_SELECT = 6;
    public static final int OFFSET_POLL = 7;
    public static final int OFFSET_SPECIAL_MASK = 8;
    public static final int OFFSET_INIT_STATE = 9;
    public static final int OFFSET_AUTO_EOI = 10;
    public static final int OFFSET_ROTATE_ON_AUTO_EOI = 11;
    public static final int OFFSET_SPECIAL_FULLY_NESTED_MODE = 12;
    public static final int OFFSET_INIT4 = 13;
    public static final int OFFSET_ELCR = 14;
    public static final int OFFSET_ELCR_MASK = 15;
    /** Pins per PIC. */
    public static final int PINS = 8;

    public PicState {
        int[] all = {lastIrr, irr, imr, isr, priorityAdd, irqBase, readRegSelect, poll, specialMask, initState,
                autoEoi, rotateOnAutoEoi, specialFullyNestedMode, init4, elcr, elcrMask};
        String[] names = {"last_irr", "irr", "imr", "isr", "priority_add", "irq_base", "read_reg_select", "poll",
                "special_mask", "init_state", "auto_eoi", "rotate_on_auto_eoi", "special_fully_nested_mode", "init4",
                "elcr", "elcr_mask"};
        for (int i = 0; i < all.length; i++) {
            FieldRange.check("kvm_pic_state." + names[i], all[i], 0, 0xff);
        }
    }

    public static PicState decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_pic_state", ByteOrder.LITTLE_ENDIAN);
        int[] v = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            v[i] = b.get(i) & 0xff;
        }
        return new PicState(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14], v[15]);
    }

    /** Decodes a PIC from a KVM_GET_IRQCHIP result for chip 0 or 1. */
    public static PicState decode(KvmIrqchip chip) {
        if (chip.chipId() != KvmIrqchip.PIC_MASTER && chip.chipId() != KvmIrqchip.PIC_SLAVE) {
            throw new IllegalArgumentException("kvm_irqchip chip_id " + chip.chipId() + " is not a PIC (0 or 1)");
        }
        return decode(chip.chipBuffer());
    }

    public byte[] encode() {
        return new byte[]{(byte) lastIrr, (byte) irr, (byte) imr, (byte) isr, (byte) priorityAdd, (byte) irqBase,
                (byte) readRegSelect, (byte) poll, (byte) specialMask, (byte) initState, (byte) autoEoi,
                (byte) rotateOnAutoEoi, (byte) specialFullyNestedMode, (byte) init4, (byte) elcr, (byte) elcrMask};
    }

    /** The KVM_SET_IRQCHIP argument for this PIC as chip {@code chipId} (0 master, 1 slave). */
    public KvmIrqchip toIrqchip(int chipId) {
        FieldRange.check("PIC chip id", chipId, KvmIrqchip.PIC_MASTER, KvmIrqchip.PIC_SLAVE);
        return KvmIrqchip.of(chipId, encode());
    }

    private static void checkPin(int pin) {
        FieldRange.check("PIC pin", pin, 0, PINS - 1);
    }

    /** IR{@code pin} is requested. */
    public boolean requested(int pin) {
        checkPin(pin);
        return (irr >>> pin & 1) != 0;
    }

    /** IR{@code pin} is masked in IMR. */
    public boolean masked(int pin) {
        checkPin(pin);
        return (imr >>> pin & 1) != 0;
    }

    /** IR{@code pin} is in service. */
    public boolean inService(int pin) {
        checkPin(pin);
        return (isr >>> pin & 1) != 0;
    }

    /** IR{@code pin} is level-triggered (ELCR). */
    public boolean levelTriggered(int pin) {
        checkPin(pin);
        return (elcr >>> pin & 1) != 0;
    }

    /** The vector IR{@code pin} delivers: {@code irq_base + pin}. */
    public int vector(int pin) {
        checkPin(pin);
        return (irqBase + pin) & 0xff;
    }
}
