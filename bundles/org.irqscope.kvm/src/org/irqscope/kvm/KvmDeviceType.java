// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

/**
 * {@code enum kvm_device_type}: the device types KVM_CREATE_DEVICE takes (ABI fact page §1.1).
 */
public final class KvmDeviceType {
    public static final int FSL_MPIC_20 = 1;
    public static final int FSL_MPIC_42 = 2;
    /** XICS; on POWER9+ hosts with XIVE this is the XICS-on-XIVE device. */
    public static final int XICS = 3;
    public static final int VFIO = 4;
    public static final int ARM_VGIC_V2 = 5;
    /** s390 floating interrupt controller. */
    public static final int FLIC = 6;
    public static final int ARM_VGIC_V3 = 7;
    public static final int ARM_VGIC_ITS = 8;
    /** XIVE native ("kvm-xive-native"), Linux 5.2 and later. */
    public static final int XIVE = 9;
    public static final int ARM_PV_TIME = 10;
    public static final int RISCV_AIA = 11;

    private KvmDeviceType() {
    }

    /** The constant's name without the {@code KVM_DEV_TYPE_} prefix, or "type N" for others. */
    public static String name(int type) {
        return switch (type) {
            case FSL_MPIC_20 -> "FSL_MPIC_20";
            case FSL_MPIC_42 -> "FSL_MPIC_42";
            case XICS -> "XICS";
            case VFIO -> "VFIO";
            case ARM_VGIC_V2 -> "ARM_VGIC_V2";
            case FLIC -> "FLIC";
            case ARM_VGIC_V3 -> "ARM_VGIC_V3";
            case ARM_VGIC_ITS -> "ARM_VGIC_ITS";
            case XIVE -> "XIVE";
            case ARM_PV_TIME -> "ARM_PV_TIME";
            case RISCV_AIA -> "RISCV_AIA";
            default -> "type " + type;
        };
    }
}
