// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/** The interrupt-controller mode a machine runs in. */
public enum InterruptMode {
    /** POWER XICS: ICS sources and per-CPU ICP presenters. */
    XICS("xics"),
    /** POWER XIVE (native exploitation mode). */
    XIVE("xive"),
    /** POWER dual mode before the guest negotiated at CAS: neither is active yet. */
    DUAL("dual"),
    /** x86 with PIC pair, IOAPIC and LAPICs all in the kernel. */
    X86_KERNEL_IRQCHIP("x86-irqchip"),
    /** x86 with LAPICs in the kernel, PIC and IOAPIC in the VMM. */
    X86_SPLIT_IRQCHIP("x86-split"),
    /** x86 with everything emulated in the VMM (TCG or kernel-irqchip=off). */
    X86_EMULATED("x86-emulated"), GICV3("gicv3"), FLIC("flic"), MPIC("mpic");

    private final String label;

    InterruptMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isPower() {
        return this == XICS || this == XIVE || this == DUAL;
    }
}
