// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The attribute of a vGICv3 CPU_SYSREGS access (ABI fact page §5.1): mpidr 63:32 | RES0 31:16 | instr 15:0 with Op0
 * 15:14, Op1 13:11, CRn 10:7, CRm 6:3, Op2 2:0 ({@code KVM_DEV_ARM_VGIC_SYSREG_INSTR_MASK 0xffff}). The RES0 bits
 * are dropped on decode.
 */
public record VgicSysregAttr(VgicMpidr mpidr, int op0, int op1, int crn, int crm, int op2) {
    public static final int INSTR_MASK = 0xffff;
    public static final int OP0_SHIFT = 14;
    public static final int OP1_SHIFT = 11;
    public static final int CRN_SHIFT = 7;
    public static final int CRM_SHIFT = 3;

    public VgicSysregAttr {
        FieldRange.check("sysreg Op0", op0, 0, 3);
        FieldRange.check("sysreg Op1", op1, 0, 7);
        FieldRange.check("sysreg CRn", crn, 0, 15);
        FieldRange.check("sysreg CRm", crm, 0, 15);
        FieldRange.check("sysreg Op2", op2, 0, 7);
        if (mpidr == null) {
            throw new IllegalArgumentException("vGIC sysreg attribute: mpidr must not be null");
        }
    }

    public static VgicSysregAttr decode(long attr) {
        int instr = (int) attr & INSTR_MASK;
        return new VgicSysregAttr(VgicMpidr.fromAttr(attr), instr >>> OP0_SHIFT & 3, instr >>> OP1_SHIFT & 7,
                instr >>> CRN_SHIFT & 15, instr >>> CRM_SHIFT & 15, instr & 7);
    }

    /** The 16-bit instruction encoding. */
    public int instr() {
        return op0 << OP0_SHIFT | op1 << OP1_SHIFT | crn << CRN_SHIFT | crm << CRM_SHIFT | op2;
    }

    public long encode() {
        return mpidr.toAttrBits() | instr();
    }
}
