// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

/** The hops of an x86 interrupt's life as the host kernel's KVM events report them, in order. */
public enum Stage {
    /** A line level set (kvm_set_irq), an MSI signalled (kvm_msi_set_irq) or an IPI sent (kvm_apic_ipi). */
    RAISED("raised"),
    /** The IOAPIC or PIC pin the line reached, with the redirection entry in force (kvm_ioapic_set_irq, ...). */
    ROUTED("routed"),
    /** A LAPIC set the vector in its IRR (kvm_apic_accept_irq). */
    ACCEPTED("accepted"),
    /** KVM injected the vector into the vCPU on entry (kvm_inj_virq; not every host reports it). */
    INJECTED("injected"),
    /** The guest wrote the LAPIC EOI for the vector (kvm_eoi, kvm_pv_eoi). */
    EOI("EOI"),
    /** The IOAPIC or PIC saw the EOI of its level-triggered pin (kvm_ack_irq). */
    ACKNOWLEDGED("acknowledged");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
