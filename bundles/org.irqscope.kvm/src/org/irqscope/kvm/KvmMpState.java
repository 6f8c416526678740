// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

/**
 * {@code struct kvm_mp_state} values (KVM_GET_MP_STATE / KVM_SET_MP_STATE, a single u32), from
 * include/uapi/linux/kvm.h. Kept as ints because newer kernels add states; {@link #name(int)} names them.
 */
public final class KvmMpState {
    public static final int SIZE = 4;
    public static final int RUNNABLE = 0;
    public static final int UNINITIALIZED = 1;
    public static final int INIT_RECEIVED = 2;
    public static final int HALTED = 3;
    public static final int SIPI_RECEIVED = 4;
    public static final int STOPPED = 5;
    public static final int CHECK_STOP = 6;
    public static final int OPERATING = 7;
    public static final int LOAD = 8;
    public static final int AP_RESET_HOLD = 9;
    public static final int SUSPENDED = 10;

    private KvmMpState() {
    }

    /** The state's name without the {@code KVM_MP_STATE_} prefix, or "state N". */
    public static String name(int state) {
        return switch (state) {
            case RUNNABLE -> "RUNNABLE";
            case UNINITIALIZED -> "UNINITIALIZED";
            case INIT_RECEIVED -> "INIT_RECEIVED";
            case HALTED -> "HALTED";
            case SIPI_RECEIVED -> "SIPI_RECEIVED";
            case STOPPED -> "STOPPED";
            case CHECK_STOP -> "CHECK_STOP";
            case OPERATING -> "OPERATING";
            case LOAD -> "LOAD";
            case AP_RESET_HOLD -> "AP_RESET_HOLD";
            case SUSPENDED -> "SUSPENDED";
            default -> "state " + state;
        };
    }
}
