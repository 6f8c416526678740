// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.target;

import static org.irqscope.softkvm.HopLog.hex;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.irqscope.core.readers.power.XiveVmmConfiguration;
import org.irqscope.core.state.SourceKind;
import org.irqscope.kvm.GuestMemory;
import org.irqscope.kvm.KvmCap;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmDeviceType;
import org.irqscope.kvm.KvmEnableCap;
import org.irqscope.kvm.KvmMappedRegion;
import org.irqscope.kvm.KvmVm;
import org.irqscope.kvm.xics.XicsAttributes;
import org.irqscope.kvm.xics.XicsSourceState;
import org.irqscope.kvm.xive.XiveAttributes;
import org.irqscope.kvm.xive.XiveEqConfig;
import org.irqscope.kvm.xive.XiveEqId;
import org.irqscope.kvm.xive.XiveEsb;
import org.irqscope.kvm.xive.XiveSourceConfig;
import org.irqscope.kvm.xive.XiveTima;
import org.irqscope.softkvm.HopLog;
import org.irqscope.softkvm.SoftKvm;
import org.irqscope.softkvm.SoftMappedRegion;
import org.irqscope.softkvm.SoftVcpu;
import org.irqscope.softkvm.SoftVm;
import org.irqscope.softkvm.guest.LinuxGuest;
import org.irqscope.softkvm.guest.PseriesPlatform;

/**
 * The VMM of a software pseries machine, doing what QEMU's sPAPR machine does with KVM (ABI fact page §2.4, §3, §4):
 * it claims the sPAPR interrupt numbers, creates and connects the XICS or XIVE device through the KVM ABI, handles
 * the guest's XIVE hcalls (keeping the EAT that KVM cannot give back), and flips between the two devices the way
 * {@code spapr_irq_update_active_intc} does. Everything the guest does in the kernel (XICS hcalls, RTAS) or in
 * hardware (ESB, TIMA) reaches the device directly.
 *
 * <p>Priorities across a flip: XICS has 0..0xFE (0xFF = masked), XIVE 0..7 with 7 reserved by QEMU for escalations.
 * XIVE → XICS keeps the number (0..7 are valid XICS priorities in the same order); XICS → XIVE keeps 0..6 and clamps
 * 7..0xFE to 6, the least favoured priority a guest may use, so the order never inverts and a round trip through
 * the other mode is lossless for 0..6, which covers Linux's own priorities (XICS 4 and 5, XIVE 6). XICS 0xFF
 * (masked, with its saved priority) becomes a source masked at its ESB (PQ 01) targeted at the translated saved
 * priority, the way Linux masks under XIVE, so unmasking it works in either mode.
 */
public final class SpaprMachine implements PseriesPlatform, AutoCloseable {
    /** QEMU's {@code ic-mode}. */
    public enum IcMode {
        XICS, XIVE, DUAL
    }

    public static final int EPOW = 0x1000;
    public static final int HOTPLUG = 0x1001;
    public static final int VIO = 0x1100;
    public static final int PHB_LSI = 0x1200;
    public static final int PHB_MSI = 0x1300;
    public static final int MAX_MSIS = 0x2000 - PHB_MSI;
    public static final int PHB_LSIS = 4;
    /** Where the VMM places event queues it has to provide itself (for a restored priority the guest never used). */
    static final long VMM_QUEUE_BASE = 0x7000_0000L;
    private static final int VMM_QUEUE_SHIFT = 12;
    /** Queue pages are backed by guest RAM up to 64 vCPUs (32 MiB); beyond, the readers show no queue window. */
    private static final long MAX_QUEUE_RAM = 32L << 20;

    private final SoftKvm kvm = new SoftKvm();
    private final SoftVm vm;
    private final SoftVcpu[] vcpus;
    private final IcMode icMode;
    private final List<DeviceSource> sources = new ArrayList<>();
    private final Map<Integer, Eas> eat = new TreeMap<>();
    private final LinuxGuest guest;
    private Mode active;
    private KvmDevice device;
    private KvmMappedRegion esb;
    private KvmMappedRegion tima;

    /** The VMM's copy of one EAS, as QEMU keeps it in its EAT. */
    record Eas(int server, int priority, boolean masked, int eisn) {
    }

    /**
     * @param msis PHB MSIs claimed from 0x1300
     * @param seed the guest model's seed
     */
    public SpaprMachine(IcMode icMode, int vcpuCount, int msis, long seed) {
        if (vcpuCount < 1 || vcpuCount > 256) {
            throw new IllegalArgumentException("vCPU count " + vcpuCount + " is outside 1..256");
        }
        if (msis < 0 || msis > MAX_MSIS) {
            throw new IllegalArgumentException("MSI count " + msis + " is outside 0.." + MAX_MSIS
                    + " (sPAPR MSIs are 0x1300..0x1fff)");
        }
        this.icMode = icMode;
        this.vm = kvm.createVm(SoftKvm.DEFAULT_XIVE_SOURCES);
        this.vcpus = new SoftVcpu[vcpuCount];
        for (int i = 0; i < vcpuCount; i++) {
            vcpus[i] = vm.createVcpu(i);
        }
        sources.add(new DeviceSource(EPOW, false, "epow"));
        sources.add(new DeviceSource(HOTPLUG, false, "hotplug"));
        sources.add(new DeviceSource(VIO, false, "vty"));
        for (int i = 0; i < PHB_LSIS; i++) {
            sources.add(new DeviceSource(PHB_LSI + i, true, "pci-intx"));
        }
        for (int i = 0; i < msis; i++) {
            sources.add(new DeviceSource(PHB_MSI + i, false, "pci-msi"));
        }
        this.guest = new LinuxGuest(this, vm.hops(), seed);
        // guest RAM for the event queue pages, so that queue entries can be read where the guest reads them
        long guestQueues = (long) vcpuCount << 3 << LinuxGuest.XIVE_QUEUE_SHIFT;
        if (guestQueues <= MAX_QUEUE_RAM) {
            vm.memory(0, LinuxGuest.QUEUE_BASE, guestQueues);
            vm.memory(1, VMM_QUEUE_BASE, (long) vcpuCount << 3 << VMM_QUEUE_SHIFT);
        }
    }

    public SoftVm vm() {
        return vm;
    }

    public LinuxGuest guest() {
        return guest;
    }

    public HopLog hops() {
        return vm.hops();
    }

    public IcMode icMode() {
        return icMode;
    }

    /** The active mode, null before CAS. */
    public Mode active() {
        synchronized (vm) {
            return active;
        }
    }

    public KvmDevice device() {
        synchronized (vm) {
            return device;
        }
    }

    public KvmMappedRegion esb() {
        synchronized (vm) {
            return esb;
        }
    }

    public KvmMappedRegion tima() {
        synchronized (vm) {
            return tima;
        }
    }

    /** Boots the guest: CAS and its interrupt driver. */
    public void boot() {
        synchronized (vm) {
            guest.boot();
        }
    }

    @Override
    public int vcpus() {
        return vcpus.length;
    }

    @Override
    public List<DeviceSource> deviceSources() {
        return sources;
    }

    /** Whether {@code n} is a claimed source of the active mode (XIVE also has the IPIs 0..vcpus-1). */
    public boolean claimed(int n) {
        if (active == Mode.XIVE && n >= 0 && n < vcpus.length) {
            return true;
        }
        for (DeviceSource s : sources) {
            if (s.number() == n) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Mode negotiate(boolean guestExploitsXive) {
        synchronized (vm) {
            Mode chosen = switch (icMode) {
                case XICS -> Mode.XICS;
                case DUAL -> guestExploitsXive ? Mode.XIVE : Mode.XICS;
                case XIVE -> {
                    if (!guestExploitsXive) {
                        throw new IllegalStateException("ic-mode=xive needs a guest that exploits XIVE; this guest"
                                + " runs with xive=off and QEMU fails at CAS");
                    }
                    yield Mode.XIVE;
                }
            };
            if (chosen != active) {
                if (active != null) {
                    deactivate();
                }
                activate(chosen);
            }
            return chosen;
        }
    }

    private void log(List<String> lines, String text) {
        if (lines != null) {
            lines.add(text);
        }
        if (vm.hops().active()) {
            vm.hops().emit("flip", -1, -1, text);
        }
    }

    private void activate(Mode mode) {
        activate(mode, null);
    }

    private void activate(Mode mode, List<String> lines) {
        int n = vcpus.length;
        if (mode == Mode.XICS) {
            device = vm.createDevice(KvmDeviceType.XICS);
            device.setAttr(XicsAttributes.GRP_CTRL, XicsAttributes.CTRL_NR_SERVERS, n);
            for (SoftVcpu v : vcpus) {
                v.enableCap(KvmEnableCap.connect(KvmCap.IRQ_XICS, device.fd(), v.id()));
            }
            log(lines, "activate XICS: KVM_CREATE_DEVICE(XICS) fd " + device.fd() + ", NR_SERVERS " + n
                    + ", KVM_ENABLE_CAP(KVM_CAP_IRQ_XICS) on " + n + " vCPUs, " + sources.size()
                    + " ICS sources pushed (masked)");
            for (DeviceSource s : sources) {
                device.setAttr(XicsAttributes.GRP_SOURCES, s.number(), new XicsSourceState(0, 0xff, s.lsi(), true,
                        false, false, false).encode());
            }
        } else {
            device = vm.createDevice(KvmDeviceType.XIVE);
            device.setAttr(XiveAttributes.GRP_CTRL, XiveAttributes.CTRL_NR_SERVERS, n);
            esb = device.region(KvmDeviceRegion.XIVE_ESB).orElseThrow();
            tima = device.region(KvmDeviceRegion.XIVE_TIMA, (long) n << 18).orElseThrow();
            for (SoftVcpu v : vcpus) {
                v.enableCap(KvmEnableCap.connect(KvmCap.PPC_IRQ_XIVE, device.fd(), v.id()));
            }
            eat.clear();
            log(lines, "activate XIVE: KVM_CREATE_DEVICE(XIVE) fd " + device.fd() + ", NR_SERVERS " + n
                    + ", mmap ESB and TIMA, KVM_ENABLE_CAP(KVM_CAP_PPC_IRQ_XIVE) on " + n + " vCPUs, GRP_SOURCE for "
                    + (n + sources.size()) + " sources (" + n + " IPIs)");
            for (int i = 0; i < n; i++) {
                device.setAttr(XiveAttributes.GRP_SOURCE, i, 0);
            }
            for (DeviceSource s : sources) {
                device.setAttr(XiveAttributes.GRP_SOURCE, s.number(), s.lsi() ? 1 : 0);
            }
        }
        active = mode;
    }

    private void deactivate() {
        device.close();
        device = null;
        esb = null;
        tima = null;
        active = null;
    }

    /** One source's configuration carried across a flip, in the priority range of the mode it came from. */
    private record Carried(DeviceSource source, int server, int priority, boolean masked) {
    }

    /**
     * Switches to the other interrupt mode as QEMU does at the machine reset after CAS (ABI fact page §4): the old
     * device's fd is closed, the new one created and every vCPU connected to it, the source configuration restored
     * with translated priorities, and the guest's driver set up again. Returns one line per step.
     */
    public List<String> flip(Mode to) {
        synchronized (vm) {
            if (icMode != IcMode.DUAL) {
                throw new IllegalStateException("the machine runs with ic-mode=" + icMode.name().toLowerCase()
                        + ": only ic-mode=dual can switch");
            }
            if (to == active) {
                throw new IllegalArgumentException("the machine already runs " + to);
            }
            List<String> lines = new ArrayList<>();
            Mode from = active;
            vm.agenda().drain();
            List<Carried> carried = capture();
            log(lines, "guest reboots " + (to == Mode.XICS ? "with xive=off" : "without xive=off")
                    + "; CAS selects " + to);
            guest.setXiveOff(to == Mode.XICS);
            int fd = device.fd();
            deactivate();
            log(lines, "deactivate " + from + ": close device fd " + fd + "; KVM releases every presenter and source,"
                    + " the vCPUs are free for another controller");
            activate(to, lines);
            guest.renegotiate();
            log(lines, "guest " + to + " driver up on " + vcpus.length + " CPUs");
            restore(carried, to, lines);
            return lines;
        }
    }

    private List<Carried> capture() {
        List<Carried> out = new ArrayList<>();
        for (DeviceSource s : sources) {
            if (active == Mode.XICS) {
                XicsSourceState st = XicsSourceState.decode(device.getAttr(XicsAttributes.GRP_SOURCES,
                        s.number()));
                out.add(new Carried(s, (int) st.server(), st.priority(), st.masked() || st.priority() == 0xff));
            } else {
                Eas e = eat.get(s.number());
                if (e == null) {
                    continue;
                }
                int pq = (int) esb.load(XiveEsb.managementPage(s.number()) + XiveEsb.GET, 8) & 3;
                out.add(new Carried(s, e.server(), e.priority(), e.masked() || pq == 1));
            }
        }
        return out;
    }

    /** XICS → XIVE priority: 0..6 kept, 7..0xFE clamped to 6 (7 is QEMU's), 0xFF has no XIVE equivalent. */
    public static int xicsToXive(int priority) {
        return Math.min(priority, LinuxGuest.XIVE_PRIORITY);
    }

    /** XIVE → XICS priority: the same number. */
    public static int xiveToXics(int priority) {
        return priority;
    }

    private void restore(List<Carried> carried, Mode to, List<String> lines) {
        int translated = 0;
        for (Carried c : carried) {
            if (to == Mode.XIVE) {
                int prio = c.priority() == 0xff ? LinuxGuest.XIVE_PRIORITY : xicsToXive(c.priority());
                translated += prio != c.priority() ? 1 : 0;
                ensureQueue(c.server(), prio, lines);
                hIntSetSourceConfig(c.source().number(), c.server(), prio, c.source().number(), false);
                esb.load(XiveEsb.managementPage(c.source().number())
                        + (c.masked() ? XiveEsb.SET_PQ_01 : XiveEsb.SET_PQ_00), 8);
            } else {
                int prio = xiveToXics(c.priority());
                device.setAttr(XicsAttributes.GRP_SOURCES, c.source().number(), new XicsSourceState(c.server(),
                        prio, c.source().lsi(), c.masked(), false, false, false).encode());
            }
        }
        log(lines, "restore " + carried.size() + " source configurations into " + to + " ("
                + (to == Mode.XIVE
                        ? translated + " priorities translated from the XICS range 0..0xfe to 0..6"
                        : "XIVE priorities 0..7 kept as XICS priorities")
                + ")");
    }

    /** Configures an event queue for (server, priority) if none exists, as the flip restore does. */
    void ensureQueueFor(int server, int prio) {
        synchronized (vm) {
            ensureQueue(server, prio, null);
        }
    }

    private void ensureQueue(int server, int prio, List<String> lines) {
        ByteBuffer got = ByteBuffer.allocate(XiveEqConfig.SIZE);
        long eqId = new XiveEqId(server, prio).encode();
        device.getAttr(XiveAttributes.GRP_EQ_CONFIG, eqId, got);
        got.flip();
        if (XiveEqConfig.decode(got).qshift() != 0) {
            return;
        }
        long qaddr = VMM_QUEUE_BASE + ((long) (server << 3 | prio) << VMM_QUEUE_SHIFT);
        zeroQueuePage(qaddr, VMM_QUEUE_SHIFT);
        device.setAttr(XiveAttributes.GRP_EQ_CONFIG, eqId, new XiveEqConfig(XiveEqConfig.ALWAYS_NOTIFY,
                VMM_QUEUE_SHIFT, qaddr, 1, 0).encode());
        log(lines, "VMM provides an event queue for server " + server + " priority " + prio + " at " + hex(qaddr)
                + " (the restored configuration uses it; the guest driver only set up priority "
                + LinuxGuest.XIVE_PRIORITY + ")");
    }

    /** The EAT as the readers need it. */
    public XiveVmmConfiguration xiveConfiguration() {
        synchronized (vm) {
            List<XiveVmmConfiguration.Source> out = new ArrayList<>();
            for (int i = 0; i < vcpus.length; i++) {
                out.add(source(i, SourceKind.IPI, "ipi"));
            }
            for (DeviceSource s : sources) {
                out.add(source(s.number(), s.lsi() ? SourceKind.LSI : SourceKind.MSI, s.owner()));
            }
            return XiveVmmConfiguration.of(out);
        }
    }

    private XiveVmmConfiguration.Source source(int lisn, SourceKind kind, String owner) {
        Eas e = eat.get(lisn);
        if (e == null) {
            return new XiveVmmConfiguration.Source(lisn, kind, owner, false, -1, 0xff, true, 0);
        }
        return new XiveVmmConfiguration.Source(lisn, kind, owner, true, e.server(),
                e.masked() ? 0xff : e.priority(), e.masked(), e.eisn());
    }

    /** The VMM's EAS of a source: server, priority, masked, EISN; null if none was written. */
    public int[] eas(int lisn) {
        synchronized (vm) {
            Eas e = eat.get(lisn);
            return e == null ? null : new int[]{e.server(), e.priority(), e.masked() ? 1 : 0, e.eisn()};
        }
    }

    // ---------------------------------------------------------------- platform: device side

    @Override
    public void raise(int source, boolean lsiAssert, boolean lsiDeassert) {
        vm.irqLine(source, lsiAssert
                ? KvmVm.PPC_INTERRUPT_SET_LEVEL
                : lsiDeassert
                        ? KvmVm.PPC_INTERRUPT_UNSET
                        : KvmVm.PPC_INTERRUPT_SET);
    }

    // ---------------------------------------------------------------- platform: XICS (in-kernel hcalls and RTAS)

    @Override
    public int hXirr(int cpu) {
        synchronized (vm) {
            return vm.xics().hXirr(cpu);
        }
    }

    @Override
    public void hCppr(int cpu, int cppr) {
        synchronized (vm) {
            vm.xics().hCppr(cpu, cppr);
        }
    }

    @Override
    public int hIpi(int server, int mfrr) {
        synchronized (vm) {
            return vm.xics().hIpi(server, mfrr);
        }
    }

    @Override
    public int hEoi(int cpu, int xirr) {
        synchronized (vm) {
            return vm.xics().hEoi(cpu, xirr);
        }
    }

    @Override
    public void rtasSetXive(int irq, int server, int priority) {
        synchronized (vm) {
            vm.xics().setXive(irq, server, priority);
        }
    }

    @Override
    public void rtasIntOn(int irq) {
        synchronized (vm) {
            vm.xics().intOn(irq);
        }
    }

    @Override
    public void rtasIntOff(int irq) {
        synchronized (vm) {
            vm.xics().intOff(irq);
        }
    }

    @Override
    public boolean xicsException(int cpu) {
        synchronized (vm) {
            return vm.xics().presenter(cpu).outEe();
        }
    }

    // ---------------------------------------------------------------- platform: XIVE

    @Override
    public void hIntSetQueueConfig(int server, int priority, long qaddr, int qshift) {
        synchronized (vm) {
            zeroQueuePage(qaddr, qshift);
            device.setAttr(XiveAttributes.GRP_EQ_CONFIG, new XiveEqId(server, priority).encode(),
                    new XiveEqConfig(XiveEqConfig.ALWAYS_NOTIFY, qshift, qaddr, 1, 0).encode());
        }
    }

    @Override
    public void hIntSetSourceConfig(int lisn, int server, int priority, int eisn, boolean masked) {
        synchronized (vm) {
            device.setAttr(XiveAttributes.GRP_SOURCE_CONFIG, lisn,
                    new XiveSourceConfig(priority, server, masked, eisn).encode());
            eat.put(lisn, new Eas(server, priority, masked, eisn));
        }
    }

    @Override
    public long esbLoad(int lisn, int offset) {
        synchronized (vm) {
            return esb.load(XiveEsb.managementPage(lisn) + offset, 8);
        }
    }

    @Override
    public void esbTrigger(int lisn) {
        synchronized (vm) {
            esb.store(XiveEsb.triggerPage(lisn), 8, 0);
        }
    }

    @Override
    public int timaAck(int cpu) {
        synchronized (vm) {
            return (int) tima.load(SoftMappedRegion.timaOffset(cpu, XiveTima.SPC_ACK_OS_REG), 2);
        }
    }

    @Override
    public void timaSetCppr(int cpu, int cppr) {
        synchronized (vm) {
            tima.store(SoftMappedRegion.timaOffset(cpu, XiveTima.QW1_OS + XiveTima.CPPR), 1, cppr);
        }
    }

    @Override
    public boolean xiveException(int cpu) {
        synchronized (vm) {
            return vm.xive().thread(cpu).exceptionRaised();
        }
    }

    /** A queue page starts zeroed, as Linux's xive_queue_page_alloc clears it, so old entries cannot look valid. */
    private void zeroQueuePage(long qaddr, int qshift) {
        GuestMemory m = slotOf(qaddr, 1L << qshift);
        if (m != null) {
            m.write(qaddr, new byte[1 << qshift]);
        }
    }

    private GuestMemory slotOf(long gpa, long length) {
        for (GuestMemory m : vm.memorySlots()) {
            if (m.contains(gpa, length)) {
                return m;
            }
        }
        return null;
    }

    /** The guest loads its queue entry from guest RAM (big-endian); without RAM behind it, from the END's copy. */
    @Override
    public int queueEntry(int server, int priority, int index) {
        synchronized (vm) {
            var end = vm.xive().thread(server).end(priority);
            long gpa = end.qaddr() + 4L * index;
            GuestMemory m = slotOf(gpa, 4);
            return m == null ? end.entry(index) : Integer.reverseBytes((int) m.load(gpa, 4));
        }
    }

    @Override
    public int queueEntries(int server, int priority) {
        synchronized (vm) {
            return vm.xive().thread(server).end(priority).entries();
        }
    }

    @Override
    public void setDispatched(int cpu, boolean dispatched) {
        synchronized (vm) {
            if (active == Mode.XIVE) {
                vm.xive().setDispatched(cpu, dispatched);
            }
        }
    }

    @Override
    public void close() {
        kvm.close();
    }
}
