// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.derived;

/** Registers of a XICS presenter that the architecture derives from others. */
public final class XicsRegisters {
    private XicsRegisters() {
    }

    /** XIRR: CPPR in bits 31:24, XISR in bits 23:0 (kvm-interrupt-abi.md, XICS ICP state). */
    public static int xirr(int cppr, int xisr) {
        return (cppr & 0xff) << 24 | (xisr & 0xffffff);
    }
}
