// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.mpic;

import org.irqscope.kvm.internal.FieldRange;

/**
 * Device attribute groups of the Freescale MPIC ({@code KVM_DEV_TYPE_FSL_MPIC_20/42}), ABI fact page §7.2, and the
 * register offsets a viewer reads through {@link #GRP_REGISTER}.
 *
 * <p>The groups and {@link #BASE_ADDR} come from the fact page. The register map (offsets below, and the source
 * numbering of IPIs and timers) is derived from the kernel's emulation, arch/powerpc/kvm/mpic.c (OpenPIC layout),
 * and is not in the fact page.
 */
public final class MpicAttributes {
    /** {@code KVM_DEV_MPIC_GRP_MISC}. */
    public static final int GRP_MISC = 1;
    /** {@code KVM_DEV_MPIC_BASE_ADDR} (GRP_MISC): u64 guest-physical base of the 256 KiB register space, 0 = none. */
    public static final long BASE_ADDR = 0;
    /** {@code KVM_DEV_MPIC_GRP_REGISTER}: attr = byte offset (4-aligned), u32 value; behaves as a guest access. */
    public static final int GRP_REGISTER = 2;
    /** {@code KVM_DEV_MPIC_GRP_IRQ_ACTIVE}: attr = source number, u32 0/1. */
    public static final int GRP_IRQ_ACTIVE = 3;
    /** Size of the register space. */
    public static final int REGISTER_SPACE_SIZE = 0x40000;
    /** Routing: irqchip 0, 256 pins. */
    public static final int ROUTING_PINS = 256;

    /** Derived (mpic.c): global registers. */
    public static final int FRR = 0x1000;
    public static final int GCR = 0x1020;
    public static final int VIR = 0x1080;
    public static final int PIR = 0x1090;
    /** IPI vector/priority registers, 16 bytes apart (4 IPIs). */
    public static final int IPI_IVPR0 = 0x10a0;
    public static final int SPVE = 0x10e0;
    /** Shared MSI index register: writing it signals an MSI. */
    public static final int MSIIR = 0x1740;
    /** Source registers: EIVPR0 at 0x10000, 32 bytes per source (IVPR +0, IDR +0x10, ILR +0x18). */
    public static final int SRC_REG_START = 0x10000;
    public static final int SRC_STRIDE = 0x20;
    public static final int SRC_IVPR = 0x00;
    public static final int SRC_IDR = 0x10;
    public static final int SRC_ILR = 0x18;
    /** Number of source register blocks (external and internal sources). */
    public static final int MAX_SRC = 256;
    /** Per-CPU registers: 0x20000 + 0x1000 × cpu. */
    public static final int CPU_REG_START = 0x20000;
    public static final int CPU_STRIDE = 0x1000;
    public static final int CPU_IPIDR0 = 0x40;
    public static final int CPU_CTPR = 0x80;
    public static final int CPU_WHOAMI = 0x90;
    public static final int CPU_IACK = 0xa0;
    public static final int CPU_EOI = 0xb0;
    /** Largest CPU count of the emulation. */
    public static final int MAX_CPU = 32;

    private MpicAttributes() {
    }

    /** Register offset of source {@code source}'s IVPR (0x10000 + 32·n). */
    public static int ivprOffset(int source) {
        FieldRange.check("MPIC source", source, 0, MAX_SRC - 1);
        return SRC_REG_START + SRC_STRIDE * source;
    }

    /** Register offset of source {@code source}'s IDR. */
    public static int idrOffset(int source) {
        return ivprOffset(source) + SRC_IDR;
    }

    /** The IRQ_ACTIVE attribute (source number) of an IVPR offset: (offset − EIVPR0) / 32 (fact page §7.2). */
    public static int sourceOfIvprOffset(int offset) {
        FieldRange.check("MPIC IVPR offset", offset, SRC_REG_START, SRC_REG_START + SRC_STRIDE * (MAX_SRC - 1));
        if ((offset - SRC_REG_START) % SRC_STRIDE != 0) {
            throw new IllegalArgumentException("MPIC offset 0x" + Integer.toHexString(offset)
                    + " is not an IVPR (must be 0x10000 + 32·n)");
        }
        return (offset - SRC_REG_START) / SRC_STRIDE;
    }

    /** Register offset of per-CPU register {@code reg} (e.g. {@link #CPU_CTPR}) of {@code cpu}. */
    public static int cpuRegister(int cpu, int reg) {
        FieldRange.check("MPIC cpu", cpu, 0, MAX_CPU - 1);
        FieldRange.check("MPIC per-CPU register", reg, 0, CPU_STRIDE - 1);
        return CPU_REG_START + CPU_STRIDE * cpu + reg;
    }
}
