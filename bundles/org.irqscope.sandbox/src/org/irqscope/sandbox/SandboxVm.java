// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.irqscope.kvm.GuestMemory;
import org.irqscope.kvm.Kvm;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.KvmLapicState;
import org.irqscope.kvm.KvmMpState;
import org.irqscope.kvm.KvmRegs;
import org.irqscope.kvm.KvmRunExit;
import org.irqscope.kvm.KvmSegment;
import org.irqscope.kvm.KvmSregs;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVm;
import org.irqscope.kvm.x86.PicState;
import org.irqscope.sandbox.guest.GuestProgram;

/**
 * The x86 sandbox VM: 1–8 vCPUs with the whole irqchip in the kernel (PIC pair, IOAPIC, one LAPIC per vCPU), all
 * running {@link GuestProgram} in real mode on their own threads. irqscope programs the controllers from outside
 * (KVM_SET_IRQCHIP) and steers the guest through per-vCPU mailboxes in guest memory.
 *
 * <p>Setup, per vCPU: registers and segments are set directly (every vCPU starts at the same entry, so no INIT/SIPI
 * boot is needed; KVM leaves application processors UNINITIALIZED when the irqchip is in the kernel, so each one is
 * made RUNNABLE); the LAPIC is software-enabled (SVR = 0x1FF, spurious vector 0xFF), flat logical destination
 * {@code 1 << id}, LINT0 = ExtINT on vCPU 0 (so the PIC reaches it) and masked elsewhere. The PIC master is
 * based at vector 0x20 with only the cascade line 2 unmasked, the slave at 0x28 all masked; every IOAPIC pin stays
 * masked (KVM's reset value) until configured.
 */
public final class SandboxVm implements AutoCloseable {
    /** The guest's counter block per vCPU: a 32-bit count for each of the 256 vectors. */
    public static final int GUEST_COUNT_BYTES = 1024;

    /** Three pages above guest RAM for KVM's real-mode TSS (Intel hosts need it before the first KVM_RUN). */
    public static final long TSS_ADDRESS = 0xfffbd000L;
    /** Master PIC mask at start: every line masked but the cascade (line 2), so the slave can be unmasked alone. */
    public static final int PIC_MASTER_MASK = 0xfb;
    public static final int PIC_SLAVE_MASK = 0xff;
    private static final long MAILBOX_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long MAILBOX_KICK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final KvmVm vm;
    private final GuestMemory memory;
    private final GuestProgram program;
    private final List<KvmVcpu> vcpus;
    private final List<VcpuThread> threads = new ArrayList<>();
    private final int[] mailboxSequence;
    private final Object steering = new Object();
    private volatile boolean closed;

    private SandboxVm(KvmVm vm, GuestMemory memory, GuestProgram program, List<KvmVcpu> vcpus) {
        this.vm = vm;
        this.memory = memory;
        this.program = program;
        this.vcpus = List.copyOf(vcpus);
        this.mailboxSequence = new int[vcpus.size()];
    }

    /**
     * Creates the VM on {@code kvm} and starts its vCPUs.
     *
     * @throws IllegalArgumentException for a vCPU count outside 1..8
     * @throws KvmException when KVM refuses a step; nothing is left open then
     */
    public static SandboxVm start(Kvm kvm, int vcpuCount) {
        if (vcpuCount < 1 || vcpuCount > GuestProgram.MAX_VCPUS) {
            throw new IllegalArgumentException("the sandbox has 1.." + GuestProgram.MAX_VCPUS + " vCPUs, not "
                    + vcpuCount);
        }
        KvmVm vm = kvm.createVm();
        try {
            vm.setTssAddr(TSS_ADDRESS);
            vm.createIrqchip();
            GuestMemory memory = vm.memory(0, 0, GuestProgram.MEMORY_SIZE);
            GuestProgram program = GuestProgram.assemble();
            program.load(memory);
            programPics(vm);
            List<KvmVcpu> vcpus = new ArrayList<>();
            for (int id = 0; id < vcpuCount; id++) {
                vcpus.add(prepareVcpu(vm, memory, program, id));
            }
            SandboxVm sandbox = new SandboxVm(vm, memory, program, vcpus);
            for (KvmVcpu v : vcpus) {
                VcpuThread t = new VcpuThread(v);
                sandbox.threads.add(t);
                t.start();
            }
            return sandbox;
        } catch (RuntimeException e) {
            vm.close();
            throw e;
        }
    }

    private static void programPics(KvmVm vm) {
        setPic(vm, KvmIrqchip.PIC_MASTER, GuestProgram.PIC_MASTER_BASE, PIC_MASTER_MASK);
        setPic(vm, KvmIrqchip.PIC_SLAVE, GuestProgram.PIC_SLAVE_BASE, PIC_SLAVE_MASK);
    }

    private static void setPic(KvmVm vm, int chip, int irqBase, int imr) {
        byte[] state = vm.getIrqchip(chip).chip();
        state[PicState.OFFSET_IRQ_BASE] = (byte) irqBase;
        state[PicState.OFFSET_IMR] = (byte) imr;
        vm.setIrqchip(KvmIrqchip.of(chip, state));
    }

    private static KvmVcpu prepareVcpu(KvmVm vm, GuestMemory memory, GuestProgram program, int id) {
        KvmVcpu v = vm.createVcpu(id);
        long data = GuestProgram.dataPage(id);
        long stack = GuestProgram.stackSegment(id);
        KvmSregs s = v.getSregs()
                .withSegment(KvmSregs.Segment.CS, KvmSegment.realMode(0, 0, true))
                .withSegment(KvmSregs.Segment.DS, KvmSegment.realMode(0, 0, false))
                .withSegment(KvmSregs.Segment.ES, KvmSegment.realMode(0, 0, false))
                .withSegment(KvmSregs.Segment.FS, KvmSegment.realMode((int) (data >>> 4), data, false))
                .withSegment(KvmSregs.Segment.GS, KvmSegment.realMode(0, GuestProgram.LAPIC_BASE, false))
                .withSegment(KvmSregs.Segment.SS, KvmSegment.realMode((int) (stack >>> 4), stack, false))
                .withIdt(0, 0x3ff);
        v.setSregs(s);
        v.setRegs(KvmRegs.reset().with(KvmRegs.Register.RIP, program.entry())
                .with(KvmRegs.Register.RSP, GuestProgram.PER_VCPU_STRIDE));
        KvmLapicState lapic = v.getLapic()
                .withRegister(Lapic.SVR, 0x100 | GuestProgram.SPURIOUS_VECTOR)
                .withRegister(Lapic.DFR, 0xffffffff)
                .withRegister(Lapic.LDR, (1 << id) << 24)
                .withRegister(Lapic.TPR, 0)
                .withRegister(Lapic.LVT_LINT0, id == 0 ? Lapic.LVT_EXTINT : Lapic.LVT_MASKED);
        v.setLapic(lapic);
        memory.store(data + GuestProgram.INTERRUPTS_ENABLED, 1, 1);
        v.setMpState(KvmMpState.RUNNABLE);
        return v;
    }

    public int vcpuCount() {
        return vcpus.size();
    }

    /**
     * Host task id → vCPU id of the vCPU threads (Linux: from /proc/thread-self as each thread starts); empty entries
     * are left out while a thread has not started yet.
     */
    public Map<Long, Integer> vcpuHostThreads() {
        Map<Long, Integer> out = new HashMap<>();
        for (VcpuThread t : threads) {
            if (t.hostThreadId > 0) {
                out.put(t.hostThreadId, t.vcpu.id());
            }
        }
        return out;
    }

    /** This thread's Linux task id ("/proc/thread-self" links to "PID/task/TID"), 0 where there is no procfs. */
    private static long hostThreadId() {
        try {
            Path link = Files.readSymbolicLink(Path.of("/proc/thread-self"));
            return Long.parseLong(link.getFileName().toString());
        } catch (IOException | UnsupportedOperationException | NumberFormatException e) {
            return 0;
        }
    }

    public KvmVm vm() {
        return vm;
    }

    public GuestMemory memory() {
        return memory;
    }

    public GuestProgram program() {
        return program;
    }

    /** @throws IndexOutOfBoundsException for a vCPU that does not exist */
    public KvmVcpu vcpu(int id) {
        return vcpus.get(id);
    }

    /** Why vCPU {@code id}'s thread stopped running the guest, if it did (a triple fault, an emulation failure). */
    public Optional<String> failure(int id) {
        return Optional.ofNullable(threads.get(id).failure);
    }

    /** The 256 guest-counted interrupts of vCPU {@code id}, indexed by vector. */
    public long[] guestCounts(int id) {
        byte[] raw = new byte[GUEST_COUNT_BYTES];
        guestCountBytes(id, raw);
        return decodeGuestCounts(raw);
    }

    /**
     * The guest's 256 little-endian u32 counters of vCPU {@code id} as they lie in guest memory, into {@code raw}
     * ({@link #GUEST_COUNT_BYTES} bytes).
     */
    public void guestCountBytes(int id, byte[] raw) {
        // One copy of the 1 KiB counter block: a native call per counter would cost more than the copy.
        memory.read(GuestProgram.dataPage(id) + GuestProgram.COUNTERS, raw, 0, GUEST_COUNT_BYTES);
    }

    /** {@link #guestCountBytes} as counts per vector. */
    public static long[] decodeGuestCounts(byte[] raw) {
        long[] counts = new long[256];
        for (int v = 0; v < 256; v++) {
            counts[v] = (raw[4 * v] & 0xffL) | (raw[4 * v + 1] & 0xffL) << 8 | (raw[4 * v + 2] & 0xffL) << 16
                    | (raw[4 * v + 3] & 0xffL) << 24;
        }
        return counts;
    }

    /** Pauses every vCPU (out of KVM_RUN), runs {@code action}, resumes them. */
    public <T> T pausedAll(Supplier<T> action) {
        int paused = 0;
        try {
            for (KvmVcpu v : vcpus) {
                v.pause();
                paused++;
            }
            return action.get();
        } finally {
            for (int i = 0; i < paused; i++) {
                vcpus.get(i).resume();
            }
        }
    }

    public void pauseAll() {
        vcpus.forEach(KvmVcpu::pause);
    }

    public void resumeAll() {
        vcpus.forEach(KvmVcpu::resume);
    }

    /** Holds the EOI of {@code vector} in every vCPU's handler (-1: hold nothing). */
    public void holdEoi(int vector) {
        memory.store(GuestProgram.HOLD_KEY, 2, vector < 0 ? GuestProgram.HOLD_NONE : vector * 4);
    }

    /** The vector whose EOI is held, or -1. */
    public int heldVector() {
        long key = memory.load(GuestProgram.HOLD_KEY, 2);
        return key == GuestProgram.HOLD_NONE ? -1 : (int) key / 4;
    }

    /** Makes vCPU {@code id}'s guest write {@code value} to its LAPIC register at {@code offset}. */
    public void guestApicWrite(int id, int offset, int value) {
        command(id, GuestProgram.COMMAND_APIC_WRITE, offset, value);
    }

    /** Makes vCPU {@code id}'s guest write a byte to an I/O port (PIC command and mask ports). */
    public void guestPortOut(int id, int port, int value) {
        command(id, GuestProgram.COMMAND_PORT_OUT, port, value & 0xff);
    }

    /** Makes vCPU {@code id}'s guest idle with interrupts enabled ({@code sti}) or disabled ({@code cli}). */
    public void guestInterrupts(int id, boolean enabled) {
        command(id, GuestProgram.COMMAND_SET_INTERRUPTS, enabled ? 1 : 0, 0);
    }

    /**
     * Posts a command to a vCPU's mailbox and waits until the guest acknowledges it. A halted guest is woken by
     * pausing its vCPU and setting it RUNNABLE, which makes it return from {@code hlt} into the mailbox check
     * without an interrupt (so nothing is counted and a guest idling with interrupts off is reached too).
     */
    private void command(int id, int command, int arg0, int arg1) {
        KvmVcpu vcpu = vcpus.get(id);
        long page = GuestProgram.dataPage(id);
        synchronized (steering) {
            checkOpen();
            int seq = ++mailboxSequence[id];
            memory.store(page + GuestProgram.MAILBOX_COMMAND, 4, command);
            memory.store(page + GuestProgram.MAILBOX_ARG0, 4, arg0);
            memory.store(page + GuestProgram.MAILBOX_ARG1, 4, arg1);
            memory.store(page + GuestProgram.MAILBOX_SEQUENCE, 4, seq);
            long start = System.nanoTime();
            long lastKick = start - MAILBOX_KICK_NANOS;
            while (memory.load(page + GuestProgram.MAILBOX_ACK, 4) != Integer.toUnsignedLong(seq)) {
                long now = System.nanoTime();
                if (now - start > MAILBOX_TIMEOUT_NANOS) {
                    throw new IllegalStateException("vCPU " + id + " did not answer its mailbox within 2 s"
                            + failure(id).map(f -> " (it stopped: " + f + ")").orElse(""));
                }
                if (now - lastKick >= MAILBOX_KICK_NANOS) {
                    wake(vcpu);
                    lastKick = now;
                }
                LockSupport.parkNanos(20_000);
            }
        }
    }

    private static void wake(KvmVcpu vcpu) {
        vcpu.pause();
        try {
            if (vcpu.getMpState() == KvmMpState.HALTED) {
                vcpu.setMpState(KvmMpState.RUNNABLE);
            }
        } finally {
            vcpu.resume();
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the sandbox VM is closed");
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        synchronized (steering) {
            if (closed) {
                return;
            }
            closed = true;
        }
        threads.forEach(t -> t.stopRequested = true);
        // Closing the VM pauses every vCPU (kicking it out of KVM_RUN) and ends each run thread's loop.
        vm.close();
        for (VcpuThread t : threads) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** LAPIC register offsets the setup writes (ABI fact page §6). */
    static final class Lapic {
        static final int TPR = 0x80;
        static final int LDR = 0xd0;
        static final int DFR = 0xe0;
        static final int SVR = 0xf0;
        static final int LVT_LINT0 = 0x350;
        static final int LVT_EXTINT = 0x700;
        static final int LVT_MASKED = 0x10000;

        private Lapic() {
        }
    }

    /** The thread that runs one vCPU: KVM_RUN in a loop, stopping at the first exit the sandbox cannot serve. */
    private static final class VcpuThread extends Thread {
        private final KvmVcpu vcpu;
        private volatile boolean stopRequested;
        private volatile String failure;
        /** The host task id of this thread, for tracing the kernel's events of this vCPU; 0 until it runs. */
        private volatile long hostThreadId;

        VcpuThread(KvmVcpu vcpu) {
            super("irqscope-sandbox-vcpu-" + vcpu.id());
            this.vcpu = vcpu;
            setDaemon(true);
        }

        @Override
        public void run() {
            hostThreadId = hostThreadId();
            while (!stopRequested) {
                try {
                    switch (vcpu.run()) {
                        case KvmRunExit.Interrupted i -> {
                            continue;
                        }
                        case KvmRunExit.Io io when io.out() -> {
                            continue;
                        }
                        case KvmRunExit.Io io -> vcpu.completeExit(new byte[io.size() * io.count()]);
                        case KvmRunExit.Mmio m when m.write() -> {
                            continue;
                        }
                        case KvmRunExit.Mmio m -> vcpu.completeExit(new byte[m.len()]);
                        case org.irqscope.kvm.KvmRunExit other -> {
                            failure = "KVM_RUN ended with " + other;
                            return;
                        }
                    }
                } catch (IllegalStateException e) {
                    // The vCPU was closed under us: the sandbox is shutting down.
                    return;
                } catch (KvmException e) {
                    failure = e.getMessage();
                    return;
                }
            }
        }
    }
}
