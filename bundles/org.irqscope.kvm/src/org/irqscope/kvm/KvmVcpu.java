// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.util.function.Supplier;

import org.irqscope.kvm.internal.FieldRange;

/**
 * A virtual CPU: the vCPU fd (include/uapi/linux/kvm.h; ABI fact page §0.2).
 *
 * <p>Threading: one thread (the vCPU thread) calls {@link #run()} in a loop. Every other vCPU call takes the
 * vCPU's lock, which KVM_RUN holds while the guest runs, so a state read from another thread waits until the
 * vCPU leaves the guest. {@link #pause()} makes it leave (signal + {@code immediate_exit}) and stay out until
 * {@link #resume()}; {@link #paused(Supplier)} wraps a read in that pair.
 *
 * <p>Register ids for ONE_REG are {@code KVM_REG_*} ids ({@link KvmOneReg}); the value size is encoded in the id.
 */
public interface KvmVcpu extends AutoCloseable {
    /** The vCPU id given to KVM_CREATE_VCPU. */
    int id();

    /**
     * KVM_RUN: runs the guest until it exits. While the vCPU is paused, waits for {@link #resume()} before entering
     * the guest. Returns {@link KvmRunExit.Interrupted} when a pause, a signal or {@code immediate_exit} stopped it
     * (the caller simply calls run() again).
     *
     * @throws KvmException when KVM_RUN fails (e.g. EFAULT for a guest without memory)
     */
    KvmRunExit run();

    /**
     * Answers the last exit when it was an I/O IN ({@code size * count} bytes) or an MMIO read ({@code len}
     * bytes); the data is handed to the guest on the next {@link #run()}.
     *
     * @throws IllegalArgumentException when the last exit takes no answer or the length is wrong
     */
    void completeExit(byte[] data);

    /**
     * Makes the vCPU leave the guest and stay out of KVM_RUN until {@link #resume()}; returns once it is out.
     * Pauses nest: each pause needs one resume. Safe from any thread; a no-op wait when the vCPU is not running.
     */
    void pause();

    /** Ends one {@link #pause()}; when the last pause ends the vCPU thread may enter the guest again. */
    void resume();

    /** Whether at least one {@link #pause()} is in force. */
    boolean isPaused();

    /** Runs {@code action} with the vCPU paused and returns its result (pause, action, resume in a finally). */
    default <T> T paused(Supplier<T> action) {
        pause();
        try {
            return action.get();
        } finally {
            resume();
        }
    }

    /** Runs {@code action} with the vCPU paused. */
    default void paused(Runnable action) {
        pause();
        try {
            action.run();
        } finally {
            resume();
        }
    }

    /**
     * KVM_GET_ONE_REG for a register of at most 64 bits ({@code KVM_REG_SIZE_U8..U64}), zero-extended.
     *
     * @throws IllegalArgumentException when the id encodes a size above 64 bits (use {@link #getOneRegBytes})
     * @throws KvmException ENOENT/EINVAL for an id this vCPU does not have
     */
    long getOneReg(long id);

    /** KVM_SET_ONE_REG for a register of at most 64 bits (the low bytes of {@code value} are used). */
    void setOneReg(long id, long value);

    /**
     * KVM_GET_ONE_REG for any size: the register's bytes in memory order (for KVM_REG_PPC_VP_STATE: 16 bytes,
     * the first 8 being the TIMA OS ring bytes NSR..PIPR, see §3.4).
     */
    byte[] getOneRegBytes(long id);

    /** KVM_SET_ONE_REG for any size; {@code value.length} must equal the size the id encodes. */
    void setOneRegBytes(long id, byte[] value);

    /** KVM_GET_LAPIC (x86): the 1 KiB local APIC register page. */
    KvmLapicState getLapic();

    /** KVM_GET_LAPIC into {@code page} ({@value KvmLapicState#SIZE} bytes, raw): for readers that poll. */
    default void getLapic(byte[] page) {
        FieldRange.length("LAPIC page buffer", page.length, KvmLapicState.SIZE);
        System.arraycopy(getLapic().bytes(), 0, page, 0, KvmLapicState.SIZE);
    }

    /** KVM_SET_LAPIC (x86). */
    void setLapic(KvmLapicState state);

    /**
     * KVM_ENABLE_CAP on the vCPU fd; connecting the vCPU to an interrupt controller is
     * {@link KvmEnableCap#connect(int, int, int)}.
     *
     * @throws KvmException EBUSY when the vCPU already has an interrupt controller, EPERM when the fd is not this
     *         VM's, ENXIO/ENOSPC when the host cannot connect it
     */
    void enableCap(KvmEnableCap cap);

    /** KVM_GET_MP_STATE: a {@link KvmMpState} value. */
    int getMpState();

    /** KVM_SET_MP_STATE. */
    void setMpState(int mpState);

    /** KVM_GET_REGS (x86). */
    KvmRegs getRegs();

    /** KVM_SET_REGS (x86). */
    void setRegs(KvmRegs regs);

    /** KVM_GET_SREGS (x86). */
    KvmSregs getSregs();

    /** KVM_SET_SREGS (x86). */
    void setSregs(KvmSregs sregs);

    /** KVM_GET_VCPU_EVENTS (x86): pending/injected exception, interrupt, NMI and SMI state. */
    KvmVcpuEvents getVcpuEvents();

    /** KVM_SET_VCPU_EVENTS (x86). */
    void setVcpuEvents(KvmVcpuEvents events);

    /** Closes the vCPU fd and unmaps kvm_run; a running {@link #run()} is stopped first. Idempotent. */
    @Override
    void close();
}
