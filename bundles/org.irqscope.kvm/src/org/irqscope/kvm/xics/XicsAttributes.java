// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xics;

/**
 * Device attribute groups and constants of the XICS device ({@code KVM_DEV_TYPE_XICS}, ABI fact page §2.1, from
 * arch/powerpc/include/uapi/asm/kvm.h).
 */
public final class XicsAttributes {
    /** {@code KVM_DEV_XICS_GRP_SOURCES}: attr = source number, value = {@link XicsSourceState} word. */
    public static final int GRP_SOURCES = 1;
    /** {@code KVM_DEV_XICS_GRP_CTRL}. */
    public static final int GRP_CTRL = 2;
    /** {@code KVM_DEV_XICS_NR_SERVERS} (GRP_CTRL, write-only u32: highest vCPU id + 1; XICS-on-XIVE only). */
    public static final long CTRL_NR_SERVERS = 1;

    /** {@code KVMPPC_XICS_FIRST_IRQ}: sources below 16 do not exist (0 = none, 2 = IPI). */
    public static final int FIRST_IRQ = 16;
    /** Exclusive upper bound of source numbers: 1024 ICSes of 1024 sources. */
    public static final int NR_IRQS = 1024 * 1024;
    /** Sources per ICS; ICS id = source >> 10. */
    public static final int SOURCES_PER_ICS = 1024;
    /** The XISR value of an IPI. */
    public static final int XISR_IPI = 2;
    /** Priority 0xFF: least favoured; a source at 0xFF is never delivered (masked). */
    public static final int PRIORITY_LEAST_FAVOURED = 0xff;
    /** QEMU sPAPR's ICS offset ({@code XICS_IRQ_BASE}): its first source number. */
    public static final int QEMU_SPAPR_IRQ_BASE = 0x1000;

    private XicsAttributes() {
    }

    /** The ICS (block) number a source belongs to. */
    public static int icsOf(int source) {
        return source >>> 10;
    }
}
