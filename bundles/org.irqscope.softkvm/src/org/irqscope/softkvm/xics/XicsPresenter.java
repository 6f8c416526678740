// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xics;

/**
 * One ICP (book3s_xics.h {@code kvmppc_icp_state}): CPPR, MFRR, XISR, pending priority, and the internal
 * {@code need_resend} and {@code out_ee} bits that ONE_REG does not show. A new ICP has MFRR and PPRI at 0xFF and
 * CPPR at 0 (nothing deliverable until the guest opens it), as the kernel's zeroed allocation leaves it.
 */
public final class XicsPresenter {
    final int server;
    int cppr;
    int mfrr = 0xff;
    int xisr;
    int ppri = 0xff;
    boolean needResend;
    boolean outEe;
    /** ICS blocks (irq >> 10) that hold a source waiting for a resend to this ICP. */
    final long[] resendMap = new long[XicsController.MAX_ICS / 64];
    long accepted;
    long rejected;

    XicsPresenter(int server) {
        this.server = server;
    }

    public int server() {
        return server;
    }

    public int cppr() {
        return cppr;
    }

    public int mfrr() {
        return mfrr;
    }

    public int xisr() {
        return xisr;
    }

    public int ppri() {
        return ppri;
    }

    public boolean needResend() {
        return needResend;
    }

    /** The external-exception line to the vCPU: XISR != 0 and PPRI more favoured than CPPR. */
    public boolean outEe() {
        return outEe;
    }

    /** Interrupts this ICP handed to its vCPU through H_XIRR. */
    public long accepted() {
        return accepted;
    }

    /** Interrupts this ICP rejected back to their ICS. */
    public long rejected() {
        return rejected;
    }

    /** KVM_REG_PPC_ICP_STATE: CPPR 63:56, XISR 55:32, MFRR 31:24, PPRI 23:16 (ABI fact page §2.3). */
    public long oneRegValue() {
        return (long) cppr << 56 | (long) xisr << 32 | (long) mfrr << 24 | (long) ppri << 16;
    }
}
