// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import java.util.function.Function;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmArch;
import org.irqscope.kvm.KvmEnableCap;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIoctl;
import org.irqscope.kvm.KvmLapicState;
import org.irqscope.kvm.KvmMpState;
import org.irqscope.kvm.KvmOneReg;
import org.irqscope.kvm.KvmRegs;
import org.irqscope.kvm.KvmRun;
import org.irqscope.kvm.KvmRunExit;
import org.irqscope.kvm.KvmSregs;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVcpuEvents;
import org.irqscope.kvm.internal.FieldRange;

/**
 * A vCPU fd with its mmapped {@code kvm_run}.
 *
 * <p><b>How a pause works.</b> KVM_RUN holds the vCPU lock while the guest runs or halts in the kernel, so every
 * other vCPU ioctl waits (ABI fact page §0.2). To make KVM_RUN return, this class uses what QEMU uses, without a
 * signal handler in Java (a JNA callback inside a signal handler is not safe in a JVM):
 * <ol>
 * <li>The thread that calls {@link #run()} blocks {@code SIGUSR1} for itself, and gives KVM, through
 * KVM_SET_SIGNAL_MASK, the same mask with {@code SIGUSR1} unblocked. KVM installs that mask only for the duration of
 * KVM_RUN, so the signal can interrupt the guest (KVM_RUN returns EINTR) but is never delivered to Java: outside
 * KVM_RUN it is blocked and stays pending, and is drained with {@code sigtimedwait}.</li>
 * <li>{@link #pause()} sets {@code kvm_run.immediate_exit} (which catches the window just before the thread enters
 * KVM_RUN) and sends {@code SIGUSR1} to that thread with {@code tgkill} (which wakes a guest that runs or halts).
 * It re-sends every few milliseconds until the thread is out, so no race can leave it waiting.</li>
 * <li>The process-wide disposition of {@code SIGUSR1}, if still the default (terminate), is set to "ignore", so a
 * stray {@code SIGUSR1} can never kill the JVM. A blocked signal is queued even when ignored, which is what makes
 * KVM see it.</li>
 * </ol>
 * While paused, the run thread waits in {@link #run()} and any thread may issue vCPU ioctls.
 */
final class LinuxKvmVcpu implements KvmVcpu {
    /** {@code KVM_SET_SIGNAL_MASK = _IOW(KVMIO, 0x8b, struct kvm_signal_mask)}; the struct header is a u32 len. */
    private static final int SET_SIGNAL_MASK_NR = 0x8b;
    private static final long KICK_RETRY_MILLIS = 2;
    private static final Pointer SIG_IGN = new Pointer(1);
    private static volatile boolean kickSignalPrepared;

    private final LinuxKvmVm vm;
    private final int id;
    private final KvmFileDescriptor fd;
    private final Pointer run;
    private final int runSize;
    private final ByteBuffer runView;
    private final KvmArch arch;
    private final Memory lapic = new Memory(KvmLapicState.SIZE);
    private final ByteBuffer lapicView = lapic.getByteBuffer(0, KvmLapicState.SIZE);
    /** KVM_GET_LAPIC into {@link #lapic}, made on first use (x86 only); guarded by {@code lapic}. */
    private PreparedIoctl getLapic;
    private final Object state = new Object();
    private int pauses;
    private boolean inRun;
    private volatile int runTid;
    private Thread preparedThread;
    /** Written under {@code state}; volatile so {@link #checkOpen} reads it without taking the lock on every read. */
    private volatile boolean closed;

    LinuxKvmVcpu(LinuxKvmVm vm, int id, KvmFileDescriptor fd, Pointer run, int runSize) {
        this.vm = vm;
        this.id = id;
        this.fd = fd;
        this.run = run;
        this.runSize = runSize;
        this.runView = run.getByteBuffer(0, runSize);
        this.arch = vm.arch();
    }

    @Override
    public int id() {
        return id;
    }

    @Override
    public KvmRunExit run() {
        prepareRunThread();
        synchronized (state) {
            while (pauses > 0 && !closed) {
                try {
                    state.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return new KvmRunExit.Interrupted();
                }
            }
            if (closed) {
                throw new IllegalStateException("vCPU " + id + " is closed");
            }
            run.setByte(KvmRun.OFFSET_IMMEDIATE_EXIT, (byte) 0);
            inRun = true;
        }
        try {
            fd.callValue(KvmIoctl.RUN, 0, null);
            return KvmRun.decodeExit(runView, arch);
        } catch (KvmException e) {
            if (e.is(Errno.EINTR)) {
                drainKickSignal();
                return new KvmRunExit.Interrupted();
            }
            throw e;
        } finally {
            synchronized (state) {
                inRun = false;
                state.notifyAll();
            }
        }
    }

    /** Once per thread that runs this vCPU: block the kick signal and tell KVM to unblock it inside KVM_RUN. */
    private void prepareRunThread() {
        Thread me = Thread.currentThread();
        synchronized (state) {
            if (preparedThread == me) {
                return;
            }
        }
        prepareKickSignal();
        try (Memory set = new Memory(LibC.GLIBC_SIGSET_SIZE);
                Memory old = new Memory(LibC.GLIBC_SIGSET_SIZE);
                Memory mask = new Memory(4 + LibC.KERNEL_SIGSET_SIZE)) {
            LibC.sigemptyset(set);
            LibC.sigaddset(set, LibC.SIGUSR1);
            int err = LibC.pthread_sigmask(LibC.SIG_BLOCK, set, old);
            if (err != 0) {
                throw new KvmException("pthread_sigmask", err, "blocking SIGUSR1 in the thread of vCPU " + id);
            }
            long runMask = old.getLong(0) & ~(1L << (LibC.SIGUSR1 - 1));
            mask.setInt(0, LibC.KERNEL_SIGSET_SIZE);
            mask.setLong(4, runMask);
            fd.callRaw("KVM_SET_SIGNAL_MASK", Integer.toUnsignedLong(arch.iow(KvmArch.KVMIO, SET_SIGNAL_MASK_NR, 4)),
                    mask);
        }
        int tid = LibC.gettid();
        synchronized (state) {
            runTid = tid;
            preparedThread = me;
        }
    }

    private static void prepareKickSignal() {
        if (kickSignalPrepared) {
            return;
        }
        synchronized (LinuxKvmVcpu.class) {
            if (kickSignalPrepared) {
                return;
            }
            try (Memory old = new Memory(LibC.SIGACTION_SIZE)) {
                LibC.sigaction(LibC.SIGUSR1, null, old);
                if (old.getLong(0) == 0) {
                    LibC.signal(LibC.SIGUSR1, SIG_IGN);
                }
            } catch (LastErrorException e) {
                throw new KvmException("sigaction", e.getErrorCode(), "preparing SIGUSR1 to pause vCPUs");
            }
            kickSignalPrepared = true;
        }
    }

    private static void drainKickSignal() {
        try (Memory set = new Memory(LibC.GLIBC_SIGSET_SIZE); Memory zero = new Memory(LibC.TIMESPEC_SIZE)) {
            LibC.sigemptyset(set);
            LibC.sigaddset(set, LibC.SIGUSR1);
            zero.clear();
            while (true) {
                try {
                    LibC.sigtimedwait(set, null, zero);
                } catch (LastErrorException e) {
                    // EAGAIN: no kick pending any more.
                    return;
                }
            }
        }
    }

    @Override
    public void completeExit(byte[] data) {
        KvmRun.complete(runView, arch, data);
    }

    @Override
    public void pause() {
        synchronized (state) {
            pauses++;
            while (inRun) {
                run.setByte(KvmRun.OFFSET_IMMEDIATE_EXIT, (byte) 1);
                try {
                    LibC.tgkill(LibC.getpid(), runTid, LibC.SIGUSR1);
                } catch (LastErrorException e) {
                    throw new KvmException("tgkill", e.getErrorCode(), "pausing vCPU " + id);
                }
                try {
                    state.wait(KICK_RETRY_MILLIS);
                } catch (InterruptedException e) {
                    pauses--;
                    state.notifyAll();
                    Thread.currentThread().interrupt();
                    throw new KvmException("pause", Errno.EINTR, "pausing vCPU " + id);
                }
            }
        }
    }

    @Override
    public void resume() {
        synchronized (state) {
            if (pauses == 0) {
                throw new IllegalStateException("vCPU " + id + " is not paused");
            }
            pauses--;
            if (pauses == 0) {
                state.notifyAll();
            }
        }
    }

    @Override
    public boolean isPaused() {
        synchronized (state) {
            return pauses > 0;
        }
    }

    private <T> T withBuffer(int size, Function<Memory, T> action) {
        try (Memory m = new Memory(size)) {
            m.clear();
            return action.apply(m);
        }
    }

    private void withBuffer(int size, Consumer<Memory> action) {
        try (Memory m = new Memory(size)) {
            m.clear();
            action.accept(m);
        }
    }

    private static ByteBuffer view(Memory m) {
        return m.getByteBuffer(0, m.size()).order(ByteOrder.LITTLE_ENDIAN);
    }

    @Override
    public long getOneReg(long regId) {
        int size = KvmOneReg.valueSize(regId);
        if (size > 8) {
            throw new IllegalArgumentException("register 0x" + Long.toHexString(regId) + " has " + size
                    + " bytes; read it with getOneRegBytes");
        }
        byte[] b = getOneRegBytes(regId);
        long v = 0;
        ByteOrder o = arch.byteOrder();
        for (int i = 0; i < size; i++) {
            int index = o == ByteOrder.LITTLE_ENDIAN ? size - 1 - i : i;
            v = v << 8 | (b[index] & 0xff);
        }
        return v;
    }

    @Override
    public void setOneReg(long regId, long value) {
        int size = KvmOneReg.valueSize(regId);
        if (size > 8) {
            throw new IllegalArgumentException("register 0x" + Long.toHexString(regId) + " has " + size
                    + " bytes; write it with setOneRegBytes");
        }
        byte[] b = new byte[size];
        ByteOrder o = arch.byteOrder();
        for (int i = 0; i < size; i++) {
            int shift = 8 * (o == ByteOrder.LITTLE_ENDIAN ? i : size - 1 - i);
            b[i] = (byte) (value >>> shift);
        }
        setOneRegBytes(regId, b);
    }

    @Override
    public byte[] getOneRegBytes(long regId) {
        int size = KvmOneReg.valueSize(regId);
        try (Memory value = new Memory(size); Memory reg = new Memory(KvmOneReg.SIZE)) {
            value.clear();
            new KvmOneReg(regId, Pointer.nativeValue(value)).encode(reg.getByteBuffer(0, KvmOneReg.SIZE),
                    arch.byteOrder());
            fd.call(KvmIoctl.GET_ONE_REG, reg, "reading register 0x" + Long.toHexString(regId) + " of vCPU " + id);
            return value.getByteArray(0, size);
        }
    }

    @Override
    public void setOneRegBytes(long regId, byte[] value) {
        int size = KvmOneReg.valueSize(regId);
        if (value.length != size) {
            throw new IllegalArgumentException("register 0x" + Long.toHexString(regId) + " takes " + size
                    + " bytes, not " + value.length);
        }
        try (Memory v = new Memory(size); Memory reg = new Memory(KvmOneReg.SIZE)) {
            v.write(0, value, 0, size);
            new KvmOneReg(regId, Pointer.nativeValue(v)).encode(reg.getByteBuffer(0, KvmOneReg.SIZE),
                    arch.byteOrder());
            fd.call(KvmIoctl.SET_ONE_REG, reg, "writing register 0x" + Long.toHexString(regId) + " of vCPU " + id);
        }
    }

    @Override
    public KvmLapicState getLapic() {
        synchronized (lapic) {
            checkOpen();
            getLapicCall().call();
            return KvmLapicState.decode(lapicView.duplicate());
        }
    }

    @Override
    public void getLapic(byte[] page) {
        FieldRange.length("LAPIC page buffer", page.length, KvmLapicState.SIZE);
        synchronized (lapic) {
            checkOpen();
            getLapicCall().call();
            lapicView.get(0, page, 0, KvmLapicState.SIZE);
        }
    }

    private PreparedIoctl getLapicCall() {
        if (getLapic == null) {
            getLapic = PreparedIoctl.of(fd, KvmIoctl.GET_LAPIC, lapic);
        }
        return getLapic;
    }

    @Override
    public void setLapic(KvmLapicState page) {
        synchronized (lapic) {
            checkOpen();
            page.encode(lapicView.duplicate());
            fd.call(KvmIoctl.SET_LAPIC, lapic, "writing the LAPIC of vCPU " + id);
        }
    }

    @Override
    public void enableCap(KvmEnableCap cap) {
        withBuffer(KvmEnableCap.SIZE, m -> {
            cap.encode(view(m), arch.byteOrder());
            fd.call(KvmIoctl.ENABLE_CAP, m, "enabling capability " + cap.cap() + " on vCPU " + id);
        });
    }

    @Override
    public int getMpState() {
        return withBuffer(KvmMpState.SIZE, m -> {
            fd.call(KvmIoctl.GET_MP_STATE, m, "reading the run state of vCPU " + id);
            return m.getInt(0);
        });
    }

    @Override
    public void setMpState(int mpState) {
        withBuffer(KvmMpState.SIZE, m -> {
            m.setInt(0, mpState);
            fd.call(KvmIoctl.SET_MP_STATE, m, "setting vCPU " + id + " " + KvmMpState.name(mpState));
        });
    }

    @Override
    public KvmRegs getRegs() {
        return withBuffer(KvmRegs.SIZE, m -> {
            fd.call(KvmIoctl.GET_REGS, m, "reading the registers of vCPU " + id);
            return KvmRegs.decode(view(m));
        });
    }

    @Override
    public void setRegs(KvmRegs regs) {
        withBuffer(KvmRegs.SIZE, m -> {
            regs.encode(view(m));
            fd.call(KvmIoctl.SET_REGS, m, "writing the registers of vCPU " + id);
        });
    }

    @Override
    public KvmSregs getSregs() {
        return withBuffer(KvmSregs.SIZE, m -> {
            fd.call(KvmIoctl.GET_SREGS, m, "reading the segment registers of vCPU " + id);
            return KvmSregs.decode(view(m));
        });
    }

    @Override
    public void setSregs(KvmSregs sregs) {
        withBuffer(KvmSregs.SIZE, m -> {
            sregs.encode(view(m));
            fd.call(KvmIoctl.SET_SREGS, m, "writing the segment registers of vCPU " + id);
        });
    }

    @Override
    public KvmVcpuEvents getVcpuEvents() {
        return withBuffer(KvmVcpuEvents.SIZE, m -> {
            fd.call(KvmIoctl.GET_VCPU_EVENTS, m, "reading the pending events of vCPU " + id);
            return KvmVcpuEvents.decode(view(m));
        });
    }

    @Override
    public void setVcpuEvents(KvmVcpuEvents events) {
        withBuffer(KvmVcpuEvents.SIZE, m -> {
            events.encode(view(m));
            fd.call(KvmIoctl.SET_VCPU_EVENTS, m, "writing the pending events of vCPU " + id);
        });
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("vCPU " + id + " is closed");
        }
    }

    @Override
    public void close() {
        synchronized (state) {
            if (closed) {
                return;
            }
        }
        pause();
        synchronized (state) {
            closed = true;
            state.notifyAll();
        }
        synchronized (lapic) {
            fd.close();
            try {
                LibC.munmap(run, runSize);
            } catch (LastErrorException e) {
                // Already unmapped: nothing to free.
                return;
            } finally {
                if (getLapic != null) {
                    getLapic.close();
                }
                lapic.close();
                vm.forget(this);
            }
        }
    }
}
