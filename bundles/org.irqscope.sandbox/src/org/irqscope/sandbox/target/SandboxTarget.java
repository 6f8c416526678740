// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.target;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import org.irqscope.core.readers.x86.X86IrqchipReader;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.RunState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.VmThreads;
import org.irqscope.kvm.Kvm;
import org.irqscope.kvm.KvmCap;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.KvmLapicState;
import org.irqscope.kvm.KvmMpState;
import org.irqscope.kvm.KvmMsi;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVm;
import org.irqscope.kvm.x86.ApicDeliveryMode;
import org.irqscope.kvm.x86.IoapicRedirectionEntry;
import org.irqscope.kvm.x86.IoapicState;
import org.irqscope.sandbox.SandboxVm;
import org.irqscope.sandbox.guest.GuestProgram;

/**
 * A sandbox VM as a {@link Target}: reads the whole in-kernel irqchip, injects on IRQ lines and by MSI (recording
 * what KVM answered for each), programs IOAPIC pins, sets TPR through the guest, pauses, and steers the guest.
 *
 * <p>Injection accounting: every line edge, line assert and MSI counts once in {@code inject.total} and once in
 * exactly one of {@code inject.delivered}, {@code inject.coalesced}, {@code inject.masked} (KVM's status: &gt; 0,
 * 0, &lt; 0; ABI fact page §1.3). {@code inject.deliveredTo} sums the CPUs reached, which is what the guest counts
 * once everything delivered has been handled. An IRQ line 0–15 reaches both the PIC and the IOAPIC (KVM's default
 * routing); KVM then reports the sum of both deliveries.
 */
public final class SandboxTarget implements Target, GuestSteering {
    private static final Set<TargetCapability> CAPABILITIES = EnumSet.of(TargetCapability.READ,
            TargetCapability.INJECT, TargetCapability.CONFIGURE, TargetCapability.SET_PRESENTER_PRIORITY,
            TargetCapability.PAUSE, TargetCapability.STEER_GUEST);
    private static final int IRQ_LINES = IoapicState.NUM_PINS;
    private static final int MAX_RECORDED_MSIS = 64;
    private static final int LAPIC_TPR = 0x80;
    private static final int LAPIC_EOI = 0xb0;
    private static final int LAPIC_ICR_LOW = 0x300;
    private static final int LAPIC_ICR_HIGH = 0x310;
    /** ICR: fixed delivery, physical destination, level = assert (bit 14), as a guest sends an IPI. */
    private static final int ICR_ASSERT = 1 << 14;

    private final String uri;
    private final Kvm kvm;
    private final SandboxVm sandbox;
    private final Object irqchipLock = new Object();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong total = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong deliveredTo = new AtomicLong();
    private final AtomicLong coalesced = new AtomicLong();
    private final AtomicLong masked = new AtomicLong();
    private final AtomicLong ipis = new AtomicLong();
    private final AtomicLongArray injectedPerLine = new AtomicLongArray(IRQ_LINES);
    private final Set<MsiRoute> recordedMsis = new LinkedHashSet<>();
    /** What this host's KVM offers the sandbox, found once at open; immutable, so every read shares it. */
    private final Set<String> capabilityNames;
    /** What one read fills and keeps for the next; reads take its lock, one at a time. */
    private final ReadBuffers buffers;
    private boolean paused;

    SandboxTarget(String uri, Kvm kvm, SandboxVm sandbox) {
        this.uri = uri;
        this.kvm = kvm;
        this.sandbox = sandbox;
        this.buffers = new ReadBuffers(sandbox.vcpuCount());
        Set<String> capabilities = new LinkedHashSet<>();
        capabilities.add("KVM_CAP_IRQCHIP");
        if (kvm.checkExtension(KvmCap.SIGNAL_MSI) > 0) {
            capabilities.add("KVM_CAP_SIGNAL_MSI");
        }
        if (kvm.checkExtension(KvmCap.IRQ_INJECT_STATUS) > 0) {
            capabilities.add("KVM_CAP_IRQ_INJECT_STATUS");
        }
        this.capabilityNames = Set.copyOf(capabilities);
    }

    /** The VM behind the target (tests and benchmarks read it directly). */
    /** This JVM owns the VM: its threads issue every ioctl, and the vCPU threads say who they are. */
    @Override
    public Optional<VmThreads> vmThreads() throws TargetException {
        checkOpen();
        return Optional.of(new VmThreads(ProcessHandle.current().pid(), sandbox.vcpuHostThreads()));
    }

    public SandboxVm sandbox() {
        return sandbox;
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public String displayName() {
        return "x86 sandbox VM, " + sandbox.vcpuCount() + " vCPU" + (sandbox.vcpuCount() == 1 ? "" : "s") + " ("
                + kvm.describe() + ")";
    }

    @Override
    public Set<TargetCapability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public MachineState read() throws TargetException {
        checkOpen();
        synchronized (buffers) {
            X86IrqchipReader.RawIrqchip raw;
            try {
                raw = sandbox.pausedAll(this::readRaw);
            } catch (KvmException e) {
                throw new TargetException(TargetException.Kind.FAILED, "reading " + uri + " failed: " + e.getMessage(),
                        e);
            }
            long[] perLine = new long[IRQ_LINES];
            for (int i = 0; i < IRQ_LINES; i++) {
                perLine[i] = injectedPerLine.get(i);
            }
            List<String> notes = new ArrayList<>();
            for (int id = 0; id < sandbox.vcpuCount(); id++) {
                int vcpu = id;
                sandbox.failure(id).ifPresent(f -> notes.add("vCPU " + vcpu + " stopped: " + f));
            }
            List<MsiRoute> routes;
            synchronized (recordedMsis) {
                routes = new ArrayList<>(recordedMsis);
            }
            return X86IrqchipReader.read(uri, sequence.incrementAndGet(), raw, perLine, counters(), routes,
                    capabilityNames, notes);
        }
    }

    /**
     * The three irqchips and every LAPIC, read while all vCPUs are out of KVM_RUN, so they agree: straight into the
     * arrays the decode reads (kept from read to read: the decode copies what it keeps), without building a
     * KvmIrqchip or KvmLapicState to copy the bytes back out of.
     */
    private X86IrqchipReader.RawIrqchip readRaw() {
        KvmVm vm = sandbox.vm();
        int n = sandbox.vcpuCount();
        byte[][] chips = buffers.chips;
        vm.getIrqchip(KvmIrqchip.PIC_MASTER, chips[0]);
        vm.getIrqchip(KvmIrqchip.PIC_SLAVE, chips[1]);
        vm.getIrqchip(KvmIrqchip.IOAPIC, chips[2]);
        for (int id = 0; id < n; id++) {
            sandbox.vcpu(id).getLapic(buffers.pages[id]);
        }
        // A paused target reports PAUSED and needs no KVM_GET_MP_STATE; a running one tells HALTED from RUNNING.
        boolean targetPaused = isPaused();
        List<X86IrqchipReader.RawVcpu> vcpus = new ArrayList<>(n);
        for (int id = 0; id < n; id++) {
            RunState state = sandbox.failure(id).isPresent()
                    ? RunState.STOPPED
                    : targetPaused ? RunState.PAUSED : runState(sandbox.vcpu(id).getMpState());
            vcpus.add(new X86IrqchipReader.RawVcpu(id, buffers.pages[id], state, guestCounters(id)));
        }
        return new X86IrqchipReader.RawIrqchip(chips[0], chips[1], chips[2], vcpus);
    }

    /**
     * The arrays one read fills and decodes (the decode copies what it keeps), and each vCPU's guest counter block
     * as last read with the counters made of it: an unchanged block (a paused or idle guest) needs no decoding.
     */
    private static final class ReadBuffers {
        final byte[][] chips = new byte[3][KvmIrqchip.CHIP_SIZE];
        final byte[][] pages;
        final byte[][] counts;
        final byte[][] lastCounts;
        final Map<String, Long>[] lastCounters;

        @SuppressWarnings("unchecked")
        ReadBuffers(int vcpus) {
            pages = new byte[vcpus][KvmLapicState.SIZE];
            counts = new byte[vcpus][SandboxVm.GUEST_COUNT_BYTES];
            lastCounts = new byte[vcpus][SandboxVm.GUEST_COUNT_BYTES];
            lastCounters = new Map[vcpus];
        }
    }

    private static RunState runState(int mpState) {
        return mpState == KvmMpState.HALTED ? RunState.HALTED : RunState.RUNNING;
    }

    /**
     * The guest's own count of each vector it handled on vCPU {@code id}: "vector.N" (decimal N) and the total
     * "interrupts". The map is rebuilt only when the counters changed since the last read (a paused or idle guest
     * is read many times with the same counts). Called under the {@code buffers} lock.
     */
    private Map<String, Long> guestCounters(int id) {
        byte[] raw = buffers.counts[id];
        sandbox.guestCountBytes(id, raw);
        if (buffers.lastCounters[id] != null && Arrays.equals(raw, buffers.lastCounts[id])) {
            return buffers.lastCounters[id];
        }
        // the block just read becomes the last one; the old last one is the next read's buffer
        buffers.counts[id] = buffers.lastCounts[id];
        buffers.lastCounts[id] = raw;
        long[] counts = SandboxVm.decodeGuestCounts(raw);
        Map<String, Long> out = new TreeMap<>();
        long sum = 0;
        for (int v = 0; v < counts.length; v++) {
            if (counts[v] != 0) {
                out.put("vector." + v, counts[v]);
                sum += counts[v];
            }
        }
        out.put("interrupts", sum);
        buffers.lastCounters[id] = Map.copyOf(out);
        return buffers.lastCounters[id];
    }

    /** The injection accounting. */
    public Map<String, Long> counters() {
        return Map.of("inject.total", total.get(), "inject.delivered", delivered.get(), "inject.deliveredTo",
                deliveredTo.get(), "inject.coalesced", coalesced.get(), "inject.masked", masked.get(), "inject.ipi",
                ipis.get());
    }

    @Override
    public InjectionResult inject(Injection injection) throws TargetException {
        checkOpen();
        return switch (injection.kind()) {
            case EDGE -> {
                int line = checkLine(injection.source());
                int status;
                synchronized (irqchipLock) {
                    status = sandbox.vm().irqLine(line, 1);
                    sandbox.vm().irqLine(line, 0);
                }
                yield account(line, status, "edge on IRQ line " + line);
            }
            case ASSERT -> {
                int line = checkLine(injection.source());
                int status;
                synchronized (irqchipLock) {
                    status = sandbox.vm().irqLine(line, 1);
                }
                yield account(line, status, "IRQ line " + line + " raised");
            }
            case DEASSERT -> {
                int line = checkLine(injection.source());
                int status;
                synchronized (irqchipLock) {
                    status = sandbox.vm().irqLine(line, 0);
                }
                yield new InjectionResult(InjectionResult.Outcome.ACCEPTED, 0, "IRQ line " + line + " lowered (KVM "
                        + "answered " + status + ")");
            }
            case MSI -> {
                if (injection.source() >= 0 && injection.msiAddress() == 0) {
                    // QEMU and SoftKvm know a device's MSI by its source; the sandbox has no devices, only addresses
                    throw TargetException.invalid("the x86 sandbox has no MSI source " + injection.source()
                            + ": give the MSI's address and data instead (address 0xFEE0_0000 | APIC id << 12, data "
                            + "= vector)");
                }
                yield injectMsi(injection.msiAddress(), injection.msiData());
            }
            case IPI -> {
                sendIpi(0, injection.source(), injection.priority());
                yield new InjectionResult(InjectionResult.Outcome.ACCEPTED, 1, "vCPU 0 sent IPI vector 0x"
                        + Integer.toHexString(injection.priority()) + " to vCPU " + injection.source());
            }
        };
    }

    private InjectionResult injectMsi(long address, int data) throws TargetException {
        if ((address & 0xfff00000L) != 0xfee00000L || (address >>> 32) != 0) {
            throw TargetException.invalid("MSI address 0x" + Long.toHexString(address) + " is malformed: an x86 MSI"
                    + " goes to the LAPIC window 0xFEExxxxx");
        }
        int vector = data & 0xff;
        if (vector < 0x10) {
            throw TargetException.invalid("MSI vector 0x" + Integer.toHexString(vector) + " is reserved (0..15 are"
                    + " illegal LAPIC vectors)");
        }
        int mode = (data >>> 8) & 7;
        if (mode != ApicDeliveryMode.FIXED.code() && mode != ApicDeliveryMode.LOWEST_PRIORITY.code()) {
            throw TargetException.invalid("MSI delivery mode " + mode + " would stop or reset the sandbox guest; use"
                    + " fixed (0) or lowest priority (1)");
        }
        int dest = (int) (address >>> 12) & 0xff;
        boolean logical = (address & 4) != 0;
        int all = (1 << sandbox.vcpuCount()) - 1;
        boolean exists = dest == 0xff || (logical ? (dest & ~all) == 0 && dest != 0 : dest < sandbox.vcpuCount());
        if (!exists) {
            throw TargetException.invalid("MSI destination " + (logical ? "logical mask 0x" : "APIC id 0x")
                    + Integer.toHexString(dest) + " names a vCPU that does not exist; this sandbox has vCPUs 0.."
                    + (sandbox.vcpuCount() - 1));
        }
        int status = sandbox.vm().signalMsi(KvmMsi.of(address, data));
        synchronized (recordedMsis) {
            if (recordedMsis.size() < MAX_RECORDED_MSIS) {
                recordedMsis.add(new MsiRoute(-1, -1, 0, address, data));
            }
        }
        return account(-1, status, "MSI 0x" + Long.toHexString(address) + "/0x" + Integer.toHexString(data));
    }

    private InjectionResult account(int line, int status, String what) {
        total.incrementAndGet();
        if (status > 0) {
            delivered.incrementAndGet();
            deliveredTo.addAndGet(status);
            if (line >= 0) {
                injectedPerLine.incrementAndGet(line);
            }
        } else if (status == 0) {
            coalesced.incrementAndGet();
        } else {
            masked.incrementAndGet();
        }
        return InjectionResult.ofKvmStatus(status, what);
    }

    private static int checkLine(int line) throws TargetException {
        if (line < 0 || line >= IRQ_LINES) {
            throw TargetException.invalid("IRQ line " + line + " is outside the irqchip: the IOAPIC has lines 0.."
                    + (IRQ_LINES - 1) + " (0..15 also reach the PIC pair)");
        }
        return line;
    }

    private int checkVcpu(int vcpu) throws TargetException {
        if (vcpu < 0 || vcpu >= sandbox.vcpuCount()) {
            throw TargetException.invalid("vCPU " + vcpu + " does not exist; this sandbox has vCPUs 0.."
                    + (sandbox.vcpuCount() - 1));
        }
        return vcpu;
    }

    private static int checkVector(int vector, int min) throws TargetException {
        if (vector < min || vector > 0xfe) {
            throw TargetException.invalid("vector 0x" + Integer.toHexString(vector) + " is outside 0x"
                    + Integer.toHexString(min) + "..0xfe");
        }
        return vector;
    }

    /**
     * {@inheritDoc} On x86 the source is an IOAPIC pin; its priority is the pin's vector and its server the
     * destination APIC id (physical).
     */
    @Override
    public void configure(SourceConfiguration c) throws TargetException {
        checkOpen();
        int pin = checkLine(c.source());
        synchronized (irqchipLock) {
            IoapicState io = IoapicState.decode(sandbox.vm().getIrqchip(KvmIrqchip.IOAPIC));
            IoapicRedirectionEntry e = io.entry(pin);
            int vector = c.priority().isPresent() ? checkVector(c.priority().getAsInt(), 0x10) : e.vector();
            int dest = c.server().isPresent() ? checkVcpu(c.server().getAsInt()) : (int) e.destId();
            boolean mask = c.masked().orElse(e.masked());
            writePin(io, pin, vector, dest, e.levelTriggered(), mask);
        }
    }

    /**
     * Programs IOAPIC pin {@code pin} completely: fixed delivery of {@code vector} to the vCPU with APIC id
     * {@code destination} (physical), edge or level, masked or not.
     */
    public void configureIoapicPin(int pin, int vector, int destination, boolean levelTriggered, boolean mask)
            throws TargetException {
        checkOpen();
        checkLine(pin);
        checkVector(vector, 0x10);
        checkVcpu(destination);
        synchronized (irqchipLock) {
            writePin(IoapicState.decode(sandbox.vm().getIrqchip(KvmIrqchip.IOAPIC)), pin, vector, destination,
                    levelTriggered, mask);
        }
    }

    private void writePin(IoapicState io, int pin, int vector, int destination, boolean level, boolean mask) {
        IoapicRedirectionEntry e = IoapicRedirectionEntry.fixed(vector, destination, level).withMasked(mask);
        sandbox.vm().setIrqchip(io.withEntry(pin, e).toIrqchip());
    }

    @Override
    public void setPresenterPriority(int vcpu, int value) throws TargetException {
        checkSteerable();
        checkVcpu(vcpu);
        if (value < 0 || value > 0xff) {
            throw TargetException.invalid("TPR " + value + " is outside 0..255");
        }
        guest(() -> sandbox.guestApicWrite(vcpu, LAPIC_TPR, value));
    }

    @Override
    public void holdEoi(int vector) throws TargetException {
        checkOpen();
        checkVector(vector, GuestProgram.PIC_MASTER_BASE);
        sandbox.holdEoi(vector);
    }

    @Override
    public void releaseEoiHold() throws TargetException {
        checkSteerable();
        int held = sandbox.heldVector();
        sandbox.holdEoi(-1);
        if (held < 0) {
            return;
        }
        if (held < GuestProgram.FIRST_LAPIC_VECTOR) {
            boolean slave = held >= GuestProgram.PIC_SLAVE_BASE;
            int chip = slave ? KvmIrqchip.PIC_SLAVE : KvmIrqchip.PIC_MASTER;
            int base = slave ? GuestProgram.PIC_SLAVE_BASE : GuestProgram.PIC_MASTER_BASE;
            int isr = sandbox.vm().getIrqchip(chip).chip()[org.irqscope.kvm.x86.PicState.OFFSET_ISR] & 0xff;
            if ((isr & (1 << (held - base))) != 0) {
                guest(() -> {
                    if (slave) {
                        sandbox.guestPortOut(0, 0xa0, 0x20);
                    }
                    sandbox.guestPortOut(0, 0x20, 0x20);
                });
            }
            return;
        }
        for (int id = 0; id < sandbox.vcpuCount(); id++) {
            KvmVcpu v = sandbox.vcpu(id);
            KvmLapicState page = v.paused(() -> v.getLapic());
            int isr = page.register(0x100 + 0x10 * (held >>> 5));
            if ((isr & (1 << (held & 31))) != 0) {
                int vcpu = id;
                guest(() -> sandbox.guestApicWrite(vcpu, LAPIC_EOI, 0));
            }
        }
    }

    @Override
    public int heldEoi() {
        return sandbox.heldVector();
    }

    @Override
    public void setGuestInterrupts(int vcpu, boolean enabled) throws TargetException {
        checkSteerable();
        checkVcpu(vcpu);
        guest(() -> sandbox.guestInterrupts(vcpu, enabled));
    }

    @Override
    public void setPicMasks(int masterMask, int slaveMask) throws TargetException {
        checkSteerable();
        if ((masterMask & ~0xff) != 0 || (slaveMask & ~0xff) != 0) {
            throw TargetException.invalid("PIC masks are 8-bit: 0x" + Integer.toHexString(masterMask) + ", 0x"
                    + Integer.toHexString(slaveMask));
        }
        guest(() -> {
            sandbox.guestPortOut(0, 0x21, masterMask);
            sandbox.guestPortOut(0, 0xa1, slaveMask);
        });
    }

    @Override
    public void sendIpi(int from, int to, int vector) throws TargetException {
        checkSteerable();
        checkVcpu(from);
        checkVcpu(to);
        checkVector(vector, 0x10);
        guest(() -> {
            sandbox.guestApicWrite(from, LAPIC_ICR_HIGH, to << 24);
            sandbox.guestApicWrite(from, LAPIC_ICR_LOW, ICR_ASSERT | vector);
        });
        ipis.incrementAndGet();
    }

    private void guest(Runnable action) throws TargetException {
        try {
            action.run();
        } catch (IllegalStateException | KvmException e) {
            throw new TargetException(TargetException.Kind.FAILED, "the sandbox guest did not do it: "
                    + e.getMessage(), e);
        }
    }

    private void checkSteerable() throws TargetException {
        checkOpen();
        if (isPaused()) {
            throw new TargetException(TargetException.Kind.FAILED, uri + " is paused; resume it so the guest can"
                    + " act");
        }
    }

    private void checkOpen() throws TargetException {
        if (sandbox.isClosed()) {
            throw new TargetException(TargetException.Kind.FAILED, uri + " is closed");
        }
    }

    private synchronized boolean isPaused() {
        return paused;
    }

    @Override
    public synchronized void pause() throws TargetException {
        checkOpen();
        if (!paused) {
            sandbox.pauseAll();
            paused = true;
        }
    }

    @Override
    public synchronized void resume() throws TargetException {
        checkOpen();
        if (paused) {
            sandbox.resumeAll();
            paused = false;
        }
    }

    /** Lets the guest run for {@code millis} ms; a paused sandbox runs for that time and is paused again. */
    @Override
    public void runGuest(long millis) throws TargetException {
        checkOpen();
        if (millis < 0) {
            throw TargetException.invalid("cannot run the guest for " + millis + " ms");
        }
        boolean wasPaused;
        synchronized (this) {
            wasPaused = paused;
            if (wasPaused) {
                sandbox.resumeAll();
                paused = false;
            }
        }
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (wasPaused) {
                pause();
            }
        }
    }

    @Override
    public void close() {
        sandbox.close();
        kvm.close();
    }
}
