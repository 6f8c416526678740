// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xics;

import org.irqscope.kvm.internal.FieldRange;

/**
 * Per-vCPU XICS presenter state, the u64 of ONE_REG {@code KVM_REG_PPC_ICP_STATE} (ABI fact page §2.3): PPRI 23:16,
 * MFRR 31:24, XISR 55:32, CPPR 63:56; bits 15:0 unused (dropped on decode). {@code word >>> 32} is the architected
 * XIRR ({@code CPPR << 24 | XISR}).
 *
 * @param cppr current processor priority (0 = nothing deliverable, 0xFF = open to everything)
 * @param xisr pending source (0 none, 2 IPI), 24 bits
 * @param mfrr IPI priority (0xFF = no IPI)
 * @param ppri priority of the pending interrupt (0xFF = none)
 */
public record IcpState(int cppr, int xisr, int mfrr, int ppri) {
    public static final int PPRI_SHIFT = 16;
    public static final int PPRI_MASK = 0xff;
    public static final int MFRR_SHIFT = 24;
    public static final int MFRR_MASK = 0xff;
    public static final int XISR_SHIFT = 32;
    public static final int XISR_MASK = 0xffffff;
    public static final int CPPR_SHIFT = 56;
    public static final int CPPR_MASK = 0xff;

    public IcpState {
        FieldRange.check("ICP CPPR", cppr, 0, CPPR_MASK);
        FieldRange.check("ICP XISR", xisr, 0, XISR_MASK);
        FieldRange.check("ICP MFRR", mfrr, 0, MFRR_MASK);
        FieldRange.check("ICP PPRI", ppri, 0, PPRI_MASK);
    }

    /** A reset presenter: CPPR 0, nothing pending, no IPI. */
    public static IcpState reset() {
        return new IcpState(0, 0, 0xff, 0xff);
    }

    public static IcpState decode(long word) {
        return new IcpState((int) (word >>> CPPR_SHIFT) & CPPR_MASK, (int) (word >>> XISR_SHIFT) & XISR_MASK,
                (int) (word >>> MFRR_SHIFT) & MFRR_MASK, (int) (word >>> PPRI_SHIFT) & PPRI_MASK);
    }

    public long encode() {
        return (long) cppr << CPPR_SHIFT | (long) xisr << XISR_SHIFT | (long) mfrr << MFRR_SHIFT
                | (long) ppri << PPRI_SHIFT;
    }

    /** The architected XIRR: {@code CPPR << 24 | XISR}. */
    public int xirr() {
        return cppr << 24 | xisr;
    }

    /** Whether an IPI is the pending interrupt. */
    public boolean ipiPending() {
        return xisr == XicsAttributes.XISR_IPI;
    }

    /** Whether the presenter raises the external-interrupt line: {@code XISR != 0 && PPRI < CPPR} (§2.5). */
    public boolean outputAsserted() {
        return xisr != 0 && ppri < cppr;
    }
}
