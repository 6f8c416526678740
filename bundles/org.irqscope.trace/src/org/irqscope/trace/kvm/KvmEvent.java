// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.kvm;

/**
 * The interrupt-related events of the host kernel's kvm trace group, decoded from their records. Every event carries
 * the kernel's timestamp, the host CPU and the thread (common_pid: a task id) it fired in.
 */
public sealed interface KvmEvent {

    long timeNanos();

    int cpu();

    long thread();

    /** kvm_set_irq: a GSI's level set through KVM_IRQ_LINE or an in-kernel source. */
    record SetIrq(long timeNanos, int cpu, long thread, int gsi, int level, int sourceId) implements KvmEvent {
    }

    /** kvm_msi_set_irq: an MSI delivered (KVM_SIGNAL_MSI, an MSI route, an irqfd). */
    record MsiSetIrq(long timeNanos, int cpu, long thread, long address, long data) implements KvmEvent {
        /** Destination APIC id: address bits 19:12, extended id in bits 63:40 (the kernel's own print). */
        public int destination() {
            return (int) (((address >>> 12) & 0xff) | ((address >>> 32) & 0xffffff00L));
        }

        public int vector() {
            return (int) (data & 0xff);
        }

        public boolean logical() {
            return (address & (1 << 2)) != 0;
        }

        public boolean levelTriggered() {
            return (data & (1 << 15)) != 0;
        }
    }

    /** kvm_pic_set_irq: the 8259 pin a line reached, with its edge/level and mask state. */
    record PicSetIrq(long timeNanos, int cpu, long thread, int chip, int pin, int elcr, int imr, boolean coalesced)
            implements
                KvmEvent {
        public boolean masked() {
            return (imr & (1 << pin)) != 0;
        }

        public boolean levelTriggered() {
            return (elcr & (1 << pin)) != 0;
        }
    }

    /** kvm_ioapic_set_irq: the IOAPIC pin serviced, with the 64-bit redirection entry in force. */
    record IoapicSetIrq(long timeNanos, int cpu, long thread, int pin, long entry, boolean coalesced)
            implements
                KvmEvent {
        public int vector() {
            return (int) (entry & 0xff);
        }

        public int destination() {
            return (int) (entry >>> 56);
        }

        public boolean logical() {
            return (entry & (1 << 11)) != 0;
        }

        public boolean levelTriggered() {
            return (entry & (1 << 15)) != 0;
        }

        public boolean masked() {
            return (entry & (1 << 16)) != 0;
        }
    }

    /**
     * kvm_apic_accept_irq: a LAPIC took a vector into its IRR. {@code apicId} is what the kernel records there (the
     * vCPU id).
     */
    record ApicAcceptIrq(long timeNanos, int cpu, long thread, int apicId, int deliveryMode, boolean levelTriggered,
            int vector) implements KvmEvent {
    }

    /** kvm_apic_ipi: a vCPU wrote its ICR. */
    record ApicIpi(long timeNanos, int cpu, long thread, long icrLow, int destination) implements KvmEvent {
        public int vector() {
            return (int) (icrLow & 0xff);
        }

        /** ICR destination shorthand: 0 none, 1 self, 2 all, 3 all but self. */
        public int shorthand() {
            return (int) ((icrLow >>> 18) & 3);
        }
    }

    /** kvm_inj_virq: KVM injected an interrupt into the vCPU running on this thread. */
    record InjVirq(long timeNanos, int cpu, long thread, int vector, boolean soft, boolean reinjected)
            implements
                KvmEvent {
    }

    /** kvm_eoi / kvm_pv_eoi: the guest ended the vector's service; vector -1 means the ISR was empty. */
    record Eoi(long timeNanos, int cpu, long thread, int apicId, int vector, boolean paravirtual) implements KvmEvent {
    }

    /** kvm_ack_irq: the PIC master (0), PIC slave (1) or IOAPIC (2) saw the acknowledgement of a pin. */
    record AckIrq(long timeNanos, int cpu, long thread, int irqchip, int pin) implements KvmEvent {
    }

    /** kvm_ioapic_delayed_eoi_inj: an IOAPIC re-injection delayed after an interrupt storm. */
    record IoapicDelayedEoiInj(long timeNanos, int cpu, long thread, long entry) implements KvmEvent {
    }
}
