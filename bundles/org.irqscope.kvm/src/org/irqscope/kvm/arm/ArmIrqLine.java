// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The irq field of KVM_IRQ_LINE on arm64 (ABI fact page §5.1, [api]): vcpu2_index 31:28 | irq_type 27:24 |
 * vcpu_index 23:16 | irq_id 15:0. With KVM_CAP_ARM_IRQ_LINE_LAYOUT_2 the target vCPU is 256·vcpu2 + vcpu.
 *
 * @param vcpu2Index high part of the vCPU index (layout 2)
 * @param irqType {@link #TYPE_CPU} (irq_id 0 = IRQ, 1 = FIQ), {@link #TYPE_SPI}, {@link #TYPE_PPI}
 * @param vcpuIndex vCPU index (CPU and PPI types)
 * @param irqId interrupt id (SPI 32–1019, PPI 16–31)
 */
public record ArmIrqLine(int vcpu2Index, int irqType, int vcpuIndex, int irqId) {
    public static final int VCPU2_SHIFT = 28;
    public static final int TYPE_SHIFT = 24;
    public static final int VCPU_SHIFT = 16;
    public static final int TYPE_CPU = 0;
    public static final int TYPE_SPI = 1;
    public static final int TYPE_PPI = 2;
    /** irq_id of a TYPE_CPU line: the IRQ input. */
    public static final int CPU_IRQ = 0;
    /** irq_id of a TYPE_CPU line: the FIQ input. */
    public static final int CPU_FIQ = 1;

    public ArmIrqLine {
        FieldRange.check("KVM_IRQ_LINE vcpu2_index", vcpu2Index, 0, 0xf);
        FieldRange.check("KVM_IRQ_LINE irq_type", irqType, 0, 0xf);
        FieldRange.check("KVM_IRQ_LINE vcpu_index", vcpuIndex, 0, 0xff);
        FieldRange.check("KVM_IRQ_LINE irq_id", irqId, 0, 0xffff);
    }

    /** A shared peripheral interrupt (32–1019). */
    public static ArmIrqLine spi(int intid) {
        FieldRange.check("SPI INTID", intid, 32, 1019);
        return new ArmIrqLine(0, TYPE_SPI, 0, intid);
    }

    /** A private peripheral interrupt (16–31) of vCPU {@code vcpu} (0..4095 with layout 2). */
    public static ArmIrqLine ppi(int vcpu, int intid) {
        FieldRange.check("PPI INTID", intid, 16, 31);
        FieldRange.check("target vCPU", vcpu, 0, 0xfff);
        return new ArmIrqLine(vcpu >>> 8, TYPE_PPI, vcpu & 0xff, intid);
    }

    public static ArmIrqLine decode(int irq) {
        return new ArmIrqLine(irq >>> VCPU2_SHIFT & 0xf, irq >>> TYPE_SHIFT & 0xf, irq >>> VCPU_SHIFT & 0xff,
                irq & 0xffff);
    }

    public int encode() {
        return vcpu2Index << VCPU2_SHIFT | irqType << TYPE_SHIFT | vcpuIndex << VCPU_SHIFT | irqId;
    }

    /** The target vCPU with layout 2: {@code 256 * vcpu2Index + vcpuIndex}. */
    public int targetVcpu() {
        return 256 * vcpu2Index + vcpuIndex;
    }
}
