// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

/**
 * KVM capability numbers ({@code KVM_CAP_*} in include/uapi/linux/kvm.h) for KVM_CHECK_EXTENSION and
 * KVM_ENABLE_CAP. The interrupt ones are in the ABI fact page §1.4; the others are the ones needed to run a VM.
 */
public final class KvmCap {
    public static final int IRQCHIP = 0;
    public static final int HLT = 1;
    public static final int USER_MEMORY = 3;
    public static final int SET_TSS_ADDR = 4;
    public static final int NR_VCPUS = 9;
    public static final int NR_MEMSLOTS = 10;
    public static final int MP_STATE = 14;
    public static final int IRQ_ROUTING = 25;
    public static final int IRQ_INJECT_STATUS = 26;
    public static final int IRQFD = 32;
    public static final int SET_IDENTITY_MAP_ADDR = 37;
    public static final int VCPU_EVENTS = 41;
    public static final int MAX_VCPUS = 66;
    public static final int ONE_REG = 70;
    public static final int SIGNAL_MSI = 77;
    public static final int DEVICE_CTRL = 89;
    /** Per vCPU: args[0] = MPIC fd, args[1] = cpu number. */
    public static final int IRQ_MPIC = 90;
    /** Per vCPU: args[0] = XICS fd, args[1] = server number. */
    public static final int IRQ_XICS = 92;
    public static final int S390_IRQCHIP = 99;
    public static final int S390_INJECT_IRQ = 113;
    public static final int S390_IRQ_STATE = 114;
    public static final int SPLIT_IRQCHIP = 121;
    public static final int MAX_VCPU_ID = 128;
    public static final int X2APIC_API = 129;
    public static final int MSI_DEVID = 131;
    public static final int IMMEDIATE_EXIT = 136;
    /** Per vCPU: args[0] = XIVE fd, args[1] = server; absent in nested KVM and PowerVM LPARs. */
    public static final int PPC_IRQ_XIVE = 169;
    public static final int ARM_IRQ_LINE_LAYOUT_2 = 174;

    private KvmCap() {
    }
}
