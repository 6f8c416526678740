// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.target;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.irqscope.core.readers.power.PowerReadContext;
import org.irqscope.core.readers.power.XicsStateReader;
import org.irqscope.core.readers.power.XiveStateReader;
import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.RouteEvent;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.xics.XicsAttributes;
import org.irqscope.kvm.xics.XicsSourceState;
import org.irqscope.kvm.xive.XiveEsb;
import org.irqscope.kvm.xive.XiveTima;
import org.irqscope.softkvm.SoftMappedRegion;
import org.irqscope.softkvm.guest.LinuxGuest;
import org.irqscope.softkvm.guest.PseriesPlatform.DeviceSource;
import org.irqscope.softkvm.guest.PseriesPlatform.Mode;

/**
 * A software pseries machine as a target: reads go through the POWER readers over the KVM interfaces, commands
 * through the KVM ABI as a VMM issues them, and the guest model runs only when asked ({@link #runGuest}), so every
 * run is reproducible from the URI's seed.
 */
public final class SoftPowerTarget implements Target, XiveRawAccess {
    /** Guest actions per simulated millisecond. */
    static final int STEPS_PER_MS = 256;

    private final String uri;
    private final SpaprMachine machine;
    private final StepController stepper;
    private long sequence;

    SoftPowerTarget(String uri, SpaprMachine machine) {
        this.uri = uri;
        this.machine = machine;
        this.stepper = new StepController(machine);
    }

    public SpaprMachine machine() {
        return machine;
    }

    public StepController stepper() {
        return stepper;
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public String displayName() {
        return "software POWER9 (" + machine.icMode().name().toLowerCase() + ", " + machine.vcpus() + " vCPUs)";
    }

    @Override
    public Set<TargetCapability> capabilities() {
        Set<TargetCapability> caps = EnumSet.of(TargetCapability.READ, TargetCapability.INJECT,
                TargetCapability.CONFIGURE, TargetCapability.SET_PRESENTER_PRIORITY, TargetCapability.STEP,
                TargetCapability.PAUSE, TargetCapability.XIVE_RAW, TargetCapability.STEER_GUEST);
        if (machine.icMode() == SpaprMachine.IcMode.DUAL) {
            caps.add(TargetCapability.FLIP);
        }
        return caps;
    }

    @Override
    public MachineState read() throws TargetException {
        synchronized (machine.vm()) {
            PowerReadContext ctx = new PowerReadContext(uri, BackendKind.SOFT_KVM, IrqchipLocation.SOFT, ++sequence);
            MachineState raw;
            try {
                if (machine.active() == Mode.XICS) {
                    raw = new XicsStateReader().read(ctx, machine.vm(), machine.device(), icsRanges());
                } else {
                    raw = new XiveStateReader().read(ctx, machine.vm(), machine.device(),
                            machine.xiveConfiguration());
                }
            } catch (KvmException e) {
                throw new TargetException(TargetException.Kind.FAILED, "reading " + uri + " failed: "
                        + e.getMessage(), e);
            }
            return withGuestFacts(raw);
        }
    }

    /** The claimed XICS sources as contiguous ranges, as QEMU sweeps only its claimed sources. */
    private List<XicsStateReader.IcsRange> icsRanges() {
        List<XicsStateReader.IcsRange> out = new ArrayList<>();
        int start = -1;
        int prev = -2;
        for (DeviceSource s : machine.deviceSources()) {
            if (s.number() != prev + 1) {
                if (start >= 0) {
                    out.add(new XicsStateReader.IcsRange("ics", start, prev - start + 1));
                }
                start = s.number();
            }
            prev = s.number();
        }
        if (start >= 0) {
            out.add(new XicsStateReader.IcsRange("ics", start, prev - start + 1));
        }
        return out;
    }

    private MachineState withGuestFacts(MachineState s) {
        LinuxGuest g = machine.guest();
        List<VcpuState> vcpus = new ArrayList<>();
        for (VcpuState v : s.vcpus()) {
            Map<String, Long> counters = new HashMap<>(v.counters());
            long total = 0;
            for (SourceState src : s.sources()) {
                total += g.count(v.id(), src.number());
            }
            if (machine.active() == Mode.XICS) {
                total += g.count(v.id(), XicsAttributes.XISR_IPI);
                counters.put("guest.ipi", g.count(v.id(), XicsAttributes.XISR_IPI));
            }
            counters.put("guest.handled", total);
            vcpus.add(new VcpuState(v.id(), g.stopped(v.id()) ? RunState.STOPPED : RunState.RUNNING,
                    v.presenter(), counters));
        }
        List<SourceState> sources = new ArrayList<>();
        for (SourceState src : s.sources()) {
            sources.add(src.toBuilder().count(g.total(src.number())).build());
        }
        Map<String, Long> counters = new HashMap<>(s.counters());
        counters.put("guest.handled", g.handled());
        counters.put("hops", machine.hops().sequence());
        if (machine.active() == Mode.XIVE) {
            // what the software device saw but KVM has no attribute for: kept so a drop is never silent
            var xive = machine.vm().xive();
            long dropped = 0;
            long escalations = 0;
            for (SourceState src : s.sources()) {
                var xs = xive.source(src.number());
                dropped += xs == null ? 0 : xs.dropped();
            }
            for (int server : xive.servers()) {
                for (int p = 0; p < 8; p++) {
                    escalations += xive.thread(server).end(p).escalations();
                }
            }
            counters.put("soft.xive.dropped", dropped);
            counters.put("soft.xive.escalations", escalations);
        }
        List<String> notes = new ArrayList<>(s.notes());
        if (stepper.holding()) {
            notes.add("stepping: " + machine.vm().agenda().pending() + " routing hops queued");
        }
        return new MachineState(s.target(), s.arch(), s.mode(), s.irqchip(), s.backend(), s.sequence(),
                s.capturedAtMillis(), s.capabilities(), vcpus, sources, s.controllers(), s.routes(), counters, notes);
    }

    // ---------------------------------------------------------------- commands

    private void checkSource(int source, String what) throws TargetException {
        if (!machine.claimed(source)) {
            throw TargetException.invalid(what + ": source 0x" + Integer.toHexString(source) + " is not a claimed"
                    + " source of " + uri + " (" + claimedText() + ")");
        }
    }

    private String claimedText() {
        List<DeviceSource> s = machine.deviceSources();
        return (machine.active() == Mode.XIVE ? "IPIs 0x0..0x" + Integer.toHexString(machine.vcpus() - 1) + ", " : "")
                + "0x1000, 0x1001, 0x1100, 0x1200..0x1203" + (s.size() > 7
                        ? ", 0x1300..0x"
                                + Integer.toHexString(s.get(s.size() - 1).number())
                        : "");
    }

    private void checkVcpu(int vcpu) throws TargetException {
        if (vcpu < 0 || vcpu >= machine.vcpus()) {
            throw TargetException.invalid("vCPU " + vcpu + " does not exist: " + uri + " has vCPUs 0.."
                    + (machine.vcpus() - 1));
        }
    }

    private boolean isLsi(int source) {
        for (DeviceSource s : machine.deviceSources()) {
            if (s.number() == source) {
                return s.lsi();
            }
        }
        return false;
    }

    @Override
    public InjectionResult inject(Injection injection) throws TargetException {
        synchronized (machine.vm()) {
            try {
                switch (injection.kind()) {
                    case IPI -> {
                        checkVcpu(injection.source());
                        int prio = injection.priority() < 0 ? LinuxGuest.XICS_IPI_PRIORITY : injection.priority();
                        if (machine.active() == Mode.XICS) {
                            if (prio > 0xff) {
                                throw TargetException.invalid("IPI priority " + prio + " is outside the XICS MFRR"
                                        + " range 0..0xff");
                            }
                            machine.hIpi(injection.source(), prio);
                        } else {
                            machine.esbTrigger(injection.source());
                        }
                        return new InjectionResult(InjectionResult.Outcome.ACCEPTED, 0, "IPI to vCPU "
                                + injection.source() + (machine.active() == Mode.XICS
                                        ? " (MFRR " + prio + ")"
                                        : " (ESB trigger of IPI LISN " + injection.source() + ")"));
                    }
                    case EDGE, MSI, ASSERT, DEASSERT -> {
                        if (injection.kind() == Injection.Kind.MSI && injection.source() < 0) {
                            throw TargetException.invalid("a POWER MSI is raised by its source number; give the"
                                    + " source (0x1300.. on sPAPR), not an address/data pair");
                        }
                        checkSource(injection.source(), "inject");
                        boolean level = injection.kind() == Injection.Kind.ASSERT
                                || injection.kind() == Injection.Kind.DEASSERT;
                        if (level && !isLsi(injection.source())) {
                            throw TargetException.invalid("source 0x" + Integer.toHexString(injection.source())
                                    + " is an MSI: it has no level to assert or deassert");
                        }
                        machine.raise(injection.source(), injection.kind() == Injection.Kind.ASSERT,
                                injection.kind() == Injection.Kind.DEASSERT);
                        return new InjectionResult(InjectionResult.Outcome.ACCEPTED, 0, "KVM_IRQ_LINE 0x"
                                + Integer.toHexString(injection.source()) + " "
                                + switch (injection.kind()) {
                                    case ASSERT -> "SET_LEVEL";
                                    case DEASSERT -> "UNSET";
                                    default -> "SET";
                                } + (machine.active() == Mode.XIVE
                                        ? ": PQ now " + new EsbResult(0,
                                                (int) machine.esbLoad(injection.source(), XiveEsb.GET) & 3).pqText()
                                        : ""));
                    }
                    default -> throw TargetException.invalid("unknown injection kind " + injection.kind());
                }
            } catch (KvmException e) {
                throw new TargetException(TargetException.Kind.FAILED, "inject on " + uri + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void configure(SourceConfiguration c) throws TargetException {
        synchronized (machine.vm()) {
            checkSource(c.source(), "configure");
            if (c.server().isPresent()) {
                checkVcpu(c.server().getAsInt());
            }
            try {
                if (machine.active() == Mode.XICS) {
                    configureXics(c);
                } else {
                    configureXive(c);
                }
            } catch (KvmException e) {
                throw new TargetException(TargetException.Kind.FAILED, "configure on " + uri + ": " + e.getMessage(),
                        e);
            }
        }
    }

    private void configureXics(SourceConfiguration c) throws TargetException {
        if (c.priority().isPresent() && (c.priority().getAsInt() < 0 || c.priority().getAsInt() > 0xff)) {
            throw TargetException.invalid("XICS priority " + c.priority().getAsInt() + " is outside 0..0xff");
        }
        XicsSourceState st = XicsSourceState.decode(machine.device().getAttr(XicsAttributes.GRP_SOURCES,
                c.source()));
        int server = c.server().orElse((int) st.server());
        int prio = c.priority().orElse(st.priority());
        boolean masked = c.masked().orElse(st.masked());
        machine.device().setAttr(XicsAttributes.GRP_SOURCES, c.source(), new XicsSourceState(server, prio,
                st.levelSensitive(), masked, st.pending() && !st.levelSensitive(), st.presented(), st.queued())
                .encode());
    }

    private void configureXive(SourceConfiguration c) throws TargetException {
        if (c.priority().isPresent()) {
            int p = c.priority().getAsInt();
            if (p < 0 || p > 6) {
                throw TargetException.invalid("XIVE priority " + p + " is outside 0..6 (7 is reserved by the"
                        + " hypervisor for escalations)");
            }
        }
        int[] eas = machine.eas(c.source());
        int server = c.server().orElse(eas == null ? 0 : eas[0]);
        int prio = c.priority().orElse(eas == null ? LinuxGuest.XIVE_PRIORITY : eas[1]);
        boolean masked = c.masked().orElse(eas != null && eas[2] != 0);
        machine.ensureQueueFor(server, prio);
        machine.hIntSetSourceConfig(c.source(), server, prio, c.source(), masked);
        if (c.masked().isPresent() && !masked
                && (machine.esbLoad(c.source(), XiveEsb.GET) & 3) == 1) {
            machine.esbLoad(c.source(), XiveEsb.SET_PQ_00);
        }
    }

    @Override
    public void setPresenterPriority(int vcpu, int value) throws TargetException {
        synchronized (machine.vm()) {
            checkVcpu(vcpu);
            if (machine.active() == Mode.XICS) {
                if (value < 0 || value > 0xff) {
                    throw TargetException.invalid("XICS CPPR " + value + " is outside 0..0xff");
                }
                machine.hCppr(vcpu, value);
            } else {
                if (!(value >= 0 && value <= 7 || value == 0xff)) {
                    throw TargetException.invalid("XIVE CPPR " + value + " is outside 0..7 and 0xff");
                }
                machine.timaSetCppr(vcpu, value);
            }
        }
    }

    @Override
    public List<String> flip(InterruptMode to) throws TargetException {
        if (to != InterruptMode.XICS && to != InterruptMode.XIVE) {
            throw TargetException.invalid("a POWER machine flips to xics or xive, not " + to.label());
        }
        if (machine.icMode() != SpaprMachine.IcMode.DUAL) {
            throw TargetException.notSupported(this, "flip the interrupt mode", "it was opened with mode="
                    + machine.icMode().name().toLowerCase() + "; only mode=dual has both controllers");
        }
        Mode m = to == InterruptMode.XICS ? Mode.XICS : Mode.XIVE;
        synchronized (machine.vm()) {
            if (machine.active() == m) {
                throw TargetException.invalid(uri + " already runs " + to.label());
            }
            try {
                return machine.flip(m);
            } catch (KvmException e) {
                throw new TargetException(TargetException.Kind.FAILED, "flip of " + uri + " failed: "
                        + e.getMessage(), e);
            }
        }
    }

    @Override
    public List<RouteEvent> step(int hops) throws TargetException {
        if (hops < 1) {
            throw TargetException.invalid("step count " + hops + " must be at least 1");
        }
        stepper.hold();
        return stepper.run(hops);
    }

    @Override
    public void runGuest(long millis) throws TargetException {
        if (millis < 0) {
            throw TargetException.invalid("guest run time " + millis + " ms is negative");
        }
        synchronized (machine.vm()) {
            machine.guest().run(millis, STEPS_PER_MS);
        }
    }

    @Override
    public void pause() {
        stepper.hold();
    }

    @Override
    public void resume() {
        stepper.release();
    }

    @Override
    public AutoCloseable addRouteListener(Consumer<RouteEvent> listener) {
        return machine.hops().add(
                (seq, stage, source, vcpu, text) -> listener.accept(new RouteEvent(seq, stage, source, vcpu, text)));
    }

    // ---------------------------------------------------------------- XIVE raw access

    private void checkXive(String what) throws TargetException {
        if (machine.active() != Mode.XIVE) {
            throw TargetException.notSupported(this, what, "it runs XICS now; raw ESB and TIMA exist under XIVE");
        }
    }

    @Override
    public EsbResult esb(int source, String op) throws TargetException {
        synchronized (machine.vm()) {
            checkXive("access the ESB");
            checkSource(source, "ESB " + op);
            try {
                long ret;
                switch (op) {
                    case "trigger" -> {
                        machine.esb().store(XiveEsb.triggerPage(source), 8, 0);
                        ret = 0;
                    }
                    case "eoi" -> ret = machine.esbLoad(source, XiveEsb.LOAD_EOI);
                    case "get" -> ret = machine.esbLoad(source, XiveEsb.GET);
                    case "set-pq-00" -> ret = machine.esbLoad(source, XiveEsb.SET_PQ_00);
                    case "set-pq-01" -> ret = machine.esbLoad(source, XiveEsb.SET_PQ_01);
                    case "set-pq-10" -> ret = machine.esbLoad(source, XiveEsb.SET_PQ_10);
                    case "set-pq-11" -> ret = machine.esbLoad(source, XiveEsb.SET_PQ_11);
                    default -> throw TargetException.invalid("unknown ESB operation '" + op + "'; known: trigger,"
                            + " eoi, get, set-pq-00, set-pq-01, set-pq-10, set-pq-11");
                }
                return new EsbResult(ret, (int) machine.esbLoad(source, XiveEsb.GET) & 3);
            } catch (KvmException e) {
                throw new TargetException(TargetException.Kind.FAILED, "ESB " + op + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public long tima(int vcpu, String op, int value) throws TargetException {
        synchronized (machine.vm()) {
            checkXive("access the TIMA");
            checkVcpu(vcpu);
            try {
                switch (op) {
                    case "ack" -> {
                        return machine.timaAck(vcpu);
                    }
                    case "read" -> {
                        return machine.tima().load(SoftMappedRegion.timaOffset(vcpu, XiveTima.QW1_OS), 8);
                    }
                    case "set-cppr" -> {
                        if (value < 0 || value > 0xff) {
                            throw TargetException.invalid("CPPR byte " + value + " is outside 0..0xff");
                        }
                        machine.timaSetCppr(vcpu, value);
                        return 0;
                    }
                    case "set-os-pending" -> {
                        if (value < 0 || value > 7) {
                            throw TargetException.invalid("SET_OS_PENDING priority " + value + " is outside 0..7");
                        }
                        machine.tima().store(SoftMappedRegion.timaOffset(vcpu, XiveTima.SPC_SET_OS_PENDING), 1,
                                value);
                        return 0;
                    }
                    default -> throw TargetException.invalid("unknown TIMA operation '" + op + "'; known: ack,"
                            + " read, set-cppr, set-os-pending");
                }
            } catch (KvmException e) {
                throw new TargetException(TargetException.Kind.FAILED, "TIMA " + op + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void close() {
        machine.close();
    }
}
