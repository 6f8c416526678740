// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.VectorSet;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.core.target.TargetUri;

/** Hand-made machines and a provider of read-only targets over them, for tests that need no backend. */
final class FakeTargets {

    private FakeTargets() {
    }

    /** A XICS machine: two vCPUs, vCPU 1 with an IPI pending; an MSI at 0x1300 masked, an LSI at 0x1200. */
    static MachineState xics(String target) {
        return MachineState.builder(target, Arch.PPC64, InterruptMode.XICS).irqchip(IrqchipLocation.SOFT)
                .backend(BackendKind.SOFT_KVM).sequence(3).capturedAtMillis(1_000)
                .vcpu(new VcpuState(0, RunState.RUNNING, new XicsIcp(0xff, 0xff, 0, 0xff), Map.of("guest.ipi", 2L)))
                .vcpu(new VcpuState(1, RunState.HALTED, new XicsIcp(0x05, 0x04, 2, 0x04)))
                .source(SourceState.builder(0x1200, SourceKind.LSI).server(0).priority(5).asserted(true)
                        .pending(true).build())
                .source(SourceState.builder(0x1300, SourceKind.MSI).server(1).priority(0xff).masked(true)
                        .savedPriority(5).count(7).build())
                .controller(new ControllerState.IcsBlock("ics", 0x1200, 0x200))
                .counter("hops", 12).note("a note").build();
    }

    /** A XIVE machine: one vCPU with priority 6 pending in IPB, source 0x1300 with PQ 10 and EISN 0x1300. */
    static MachineState xive(String target) {
        XiveRing os = new XiveRing(0x80, 0xff, 0x02, 0xff, 0xff, 0, 0xff, 6, 0x80000400);
        return MachineState.builder(target, Arch.PPC64, InterruptMode.XIVE).irqchip(IrqchipLocation.SOFT)
                .backend(BackendKind.SOFT_KVM).sequence(1).capturedAtMillis(2_000)
                .vcpu(new VcpuState(0, RunState.RUNNING, XiveThreadContext.ofOsRing(os, 0x400)))
                .source(SourceState.builder(0x1300, SourceKind.MSI).server(0).priority(6).pq(2).eisn(0x1300)
                        .endIndex(6).build())
                .controller(new ControllerState.XiveRouter(List.of(new XiveEventQueue(6, 0, 6, true, true, 16, 1, 1,
                        0x4000_0000L, -1, List.of(0x8000_1300))), List.of(0x400)))
                .build();
    }

    /** An x86 machine: a LAPIC with vectors in IRR/ISR, an IOAPIC with a level pin stuck on remote IRR, two PICs. */
    static MachineState x86(String target) {
        LapicState lapic = new LapicState(0, 0x14, 0x20, 0, 0x30, 0x1ff, 0, -1, 0, VectorSet.of(0x31, 0x40),
                VectorSet.of(0x30), VectorSet.of(0x30), 0, List.of(new LapicState.LvtEntry("TIMER", 0x10000)), 0, 0,
                0);
        long pin1 = 0x31L | 1L << 15 | 1L << 14 | 1L << 11 | 1L << 56;
        long pin2 = 0x32L | 1L << 16;
        return MachineState.builder(target, Arch.X86_64, InterruptMode.X86_KERNEL_IRQCHIP)
                .irqchip(IrqchipLocation.IN_KERNEL).backend(BackendKind.LINUX_KVM).sequence(9).capturedAtMillis(3_000)
                .vcpu(new VcpuState(0, RunState.HALTED, lapic))
                .source(SourceState.builder(1, SourceKind.LSI).server(1).priority(0x31).build())
                .controller(new IoapicState(0, 0xfec00000L, 0, 0, List.of(new IoapicState.RedirectionEntry(1, pin1),
                        new IoapicState.RedirectionEntry(2, pin2))))
                .controller(new PicState(0, 0, 0x02, 0xfb, 0, 0, 0x20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xf8))
                .controller(new PicState(1, 0, 0, 0xff, 0, 0, 0x28, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xde))
                .counter("inject.total", 4).build();
    }

    /** A read-and-inject target over a fixed state; records what it was asked to do. */
    static final class FakeTarget implements Target {
        final String uri;
        final MachineState state;
        final List<String> calls = new ArrayList<>();
        boolean closed;

        FakeTarget(String uri, MachineState state) {
            this.uri = uri;
            this.state = state;
        }

        @Override
        public String uri() {
            return uri;
        }

        @Override
        public String displayName() {
            return "fake " + uri;
        }

        @Override
        public Set<TargetCapability> capabilities() {
            return EnumSet.of(TargetCapability.READ, TargetCapability.INJECT);
        }

        @Override
        public MachineState read() throws TargetException {
            if (closed) {
                throw new TargetException(TargetException.Kind.FAILED, uri + " is closed");
            }
            calls.add("read");
            // a fresh record per read, as real targets give
            return new MachineState(state.target(), state.arch(), state.mode(), state.irqchip(), state.backend(),
                    state.sequence(), state.capturedAtMillis(), state.capabilities(), state.vcpus(), state.sources(),
                    state.controllers(), state.routes(), state.counters(), state.notes());
        }

        @Override
        public InjectionResult inject(Injection injection) throws TargetException {
            if (state.source(injection.source()).isEmpty() && injection.kind() != Injection.Kind.IPI) {
                throw TargetException.invalid("source " + injection.source() + " does not exist");
            }
            calls.add("inject " + injection.source() + " " + injection.kind());
            return new InjectionResult(InjectionResult.Outcome.DELIVERED, 1, "fake");
        }

        @Override
        public void close() {
            closed = true;
            calls.add("close");
        }
    }

    /**
     * Scheme "fake": {@code fake:xics}, {@code fake:xive}, {@code fake:x86}. The last target opened is kept for
     * assertions.
     */
    static final class FakeProvider implements TargetProvider {
        FakeTarget last;

        @Override
        public String scheme() {
            return "fake";
        }

        @Override
        public String usage() {
            return "fake:xics|xive|x86  a fixed machine";
        }

        @Override
        public Optional<String> unavailableReason() {
            return Optional.empty();
        }

        @Override
        public Target open(TargetUri uri) throws TargetException {
            MachineState s = switch (uri.path()) {
                case "xics" -> xics(uri.text());
                case "xive" -> xive(uri.text());
                case "x86" -> x86(uri.text());
                default -> throw TargetException.invalid("fake:" + uri.path() + " is not xics, xive or x86");
            };
            last = new FakeTarget(uri.text(), s);
            return last;
        }
    }

    /** Scheme "absent": never available here. */
    static final class AbsentProvider implements TargetProvider {
        @Override
        public String scheme() {
            return "absent";
        }

        @Override
        public String usage() {
            return "absent:any  needs hardware this machine lacks";
        }

        @Override
        public Optional<String> unavailableReason() {
            return Optional.of("/dev/absent is missing");
        }

        @Override
        public Target open(TargetUri uri) throws TargetException {
            throw new TargetException(TargetException.Kind.UNAVAILABLE, "cannot open " + uri.text());
        }
    }

    static TargetRegistry registry(FakeProvider fake) {
        TargetRegistry r = new TargetRegistry();
        r.register(fake);
        r.register(new AbsentProvider());
        return r;
    }
}
