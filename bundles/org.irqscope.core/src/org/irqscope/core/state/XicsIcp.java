// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/**
 * A XICS interrupt presenter (ICP), as KVM_REG_PPC_ICP_STATE holds it.
 *
 * @param cppr current processor priority (0 most favoured, 0xFF least favoured / open)
 * @param mfrr IPI priority, 0xFF = no IPI requested
 * @param xisr pending source number, 0 = none, 2 = the IPI
 * @param ppri priority of the pending interrupt, 0xFF = none
 */
public record XicsIcp(int cppr, int mfrr, int xisr, int ppri) implements Presenter {
    public XicsIcp {
        StateChecks.u8("cppr", cppr);
        StateChecks.u8("mfrr", mfrr);
        StateChecks.range("xisr", xisr, 0, 0xffffff);
        StateChecks.u8("ppri", ppri);
    }

    /** The architected XIRR: CPPR in bits 31:24, XISR in 23:0. */
    public int xirr() {
        return cppr << 24 | xisr;
    }
}
