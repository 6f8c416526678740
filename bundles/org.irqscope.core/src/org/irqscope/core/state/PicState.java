// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/** One 8259 PIC (struct kvm_pic_state, 16 bytes). chip 0 = master, 1 = slave. */
public record PicState(int chip, int lastIrr, int irr, int imr, int isr, int priorityAdd, int irqBase,
        int readRegSelect, int poll, int specialMask, int initState, int autoEoi, int rotateOnAutoEoi,
        int specialFullyNestedMode, int init4, int elcr, int elcrMask) implements ControllerState {
    public PicState {
        StateChecks.range("chip", chip, 0, 1);
        StateChecks.u8("irr", irr);
        StateChecks.u8("imr", imr);
        StateChecks.u8("isr", isr);
    }
}
