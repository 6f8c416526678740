// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.GicCpuInterface;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.VectorSet;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;

/** Hand-made machine snapshots for the sync, history, file and diff tests (and the figures). */
public final class SampleStates {
    /** sPAPR numbers device sources from 0x1000 (kvm-interrupt-abi.md, XICS/XIVE source numbering). */
    public static final int FIRST_DEVICE_SOURCE = 0x1000;
    public static final int XIVE_PRIORITY = 5;

    private SampleStates() {
    }

    /** A pseries guest in XIVE mode: one END per vCPU at priority 5, sources spread over the vCPUs. */
    public static MachineState xive(int vcpus, int sources) {
        MachineState.Builder b = MachineState.builder("soft:power9?mode=xive&vcpus=" + vcpus, Arch.PPC64,
                InterruptMode.XIVE).irqchip(IrqchipLocation.SOFT).backend(BackendKind.SOFT_KVM).sequence(1)
                .capturedAtMillis(1_790_000_000_000L).capability("KVM_CAP_PPC_IRQ_XIVE").counter("inject.delivered", 0);
        List<XiveEventQueue> ends = new ArrayList<>();
        List<Integer> nvts = new ArrayList<>();
        for (int v = 0; v < vcpus; v++) {
            int ipb = v % 3 == 0 ? XiveRing.ipbBit(XIVE_PRIORITY) : 0;
            XiveRing os = new XiveRing(0, 0xff, ipb, 0xff, 0xff, 0, 0xff, XiveRing.piprOf(ipb), 0x80000000 | v);
            b.vcpu(new VcpuState(v, RunState.RUNNING, XiveThreadContext.ofOsRing(os, 0x400 + v),
                    Map.of("irq.accepted", (long) v)));
            ends.add(new XiveEventQueue((v << 3) + XIVE_PRIORITY, v, XIVE_PRIORITY, true, true, 16, v % 7, 1,
                    0x2000_0000L + 0x10000L * v, -1, List.of(0x8000_1000 | v)));
            nvts.add(0x400 + v);
        }
        b.controller(new ControllerState.XiveRouter(ends, nvts));
        for (int i = 0; i < sources; i++) {
            int server = i % vcpus;
            b.source(SourceState.builder(FIRST_DEVICE_SOURCE + i, i % 5 == 0 ? SourceKind.LSI : SourceKind.MSI)
                    .owner(i % 2 == 0 ? "virtio-net" : "").server(server).priority(XIVE_PRIORITY).pq(i % 4 == 1 ? 2 : 0)
                    .eisn(FIRST_DEVICE_SOURCE + i).endIndex((server << 3) + XIVE_PRIORITY).targetingFromVmm(true)
                    .count(i).build());
        }
        return b.build();
    }

    /** A pseries guest in XICS mode with one ICS block. */
    public static MachineState xics(int vcpus, int sources) {
        MachineState.Builder b = MachineState.builder("soft:power8?mode=xics&vcpus=" + vcpus, Arch.PPC64,
                InterruptMode.XICS).irqchip(IrqchipLocation.SOFT).backend(BackendKind.SOFT_KVM).sequence(7)
                .capturedAtMillis(1_790_000_001_000L).capability("KVM_CAP_IRQ_XICS");
        for (int v = 0; v < vcpus; v++) {
            b.vcpu(new VcpuState(v, v == 0 ? RunState.HALTED : RunState.RUNNING,
                    new XicsIcp(0xff, 0xff, v == 1 ? FIRST_DEVICE_SOURCE : 0, v == 1 ? 5 : 0xff)));
        }
        b.controller(new ControllerState.IcsBlock("ics0", FIRST_DEVICE_SOURCE, sources));
        for (int i = 0; i < sources; i++) {
            b.source(SourceState.builder(FIRST_DEVICE_SOURCE + i, SourceKind.MSI).server(i % vcpus).priority(5)
                    .masked(i % 9 == 0).savedPriority(i % 9 == 0 ? 5 : -1).presented(i == 0).count(2L * i).build());
        }
        return b.build();
    }

    /** An x86 guest with the full in-kernel irqchip: PIC pair, IOAPIC, LAPICs, GSI routes. */
    public static MachineState x86(int vcpus) {
        MachineState.Builder b = MachineState.builder("kvm:sandbox?vcpus=" + vcpus, Arch.X86_64,
                InterruptMode.X86_KERNEL_IRQCHIP).irqchip(IrqchipLocation.IN_KERNEL).backend(BackendKind.LINUX_KVM)
                .sequence(3).capturedAtMillis(1_790_000_002_000L).capability("KVM_CAP_IRQCHIP")
                .capability("KVM_CAP_SIGNAL_MSI").note("TMCCT computed by KVM at read time");
        for (int v = 0; v < vcpus; v++) {
            List<LapicState.LvtEntry> lvt = List.of(new LapicState.LvtEntry("TIMER", 0x000200ec),
                    new LapicState.LvtEntry("LINT0", 0x700), new LapicState.LvtEntry("LINT1", 0x400),
                    new LapicState.LvtEntry("ERROR", 0x10000 | 0xfe));
            b.vcpu(new VcpuState(v, RunState.RUNNING, new LapicState(v, 0x50014, 0, 0, v == 0 ? 0x30 : 0, 0x1ff,
                    1 << (24 + v), 0xffffffff, 0, v == 0 ? VectorSet.of(0x31, 0xec) : VectorSet.EMPTY,
                    v == 0 ? VectorSet.of(0x30) : VectorSet.EMPTY, VectorSet.of(0x31), 0xc4500L, lvt, 100_000,
                    42_000, 3), Map.of("vector.48", 17L + v)));
        }
        List<IoapicState.RedirectionEntry> pins = new ArrayList<>();
        for (int pin = 0; pin < 24; pin++) {
            long raw = pin < 16 ? (0x30 + pin) | (pin == 4 ? 0 : 1L << 16) : (1L << 16) | (1L << 15) | (0x50 + pin);
            pins.add(new IoapicState.RedirectionEntry(pin, raw | (pin == 9 ? 0x0100_0000_0000_4000L : 0)));
        }
        b.controller(new PicState(0, 0, 0x01, 0xfb, 0, 0, 0x08, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0xf8));
        b.controller(new PicState(1, 0, 0, 0xff, 0, 0, 0x70, 0, 0, 0, 0, 0, 0, 0, 1, 0x0c, 0xde));
        b.controller(new IoapicState(0, 0xfec00000L, 0x10, 1 << 4, pins));
        for (int gsi = 0; gsi < 24; gsi++) {
            b.source(SourceState.builder(gsi, gsi < 16 ? SourceKind.LSI : SourceKind.MSI).server(0)
                    .priority(0).asserted(gsi == 4).pending(gsi == 4).build());
            if (gsi < 16) {
                b.route(new MsiRoute(gsi, gsi < 8 ? 0 : 1, gsi % 8, 0, 0));
            }
            b.route(new MsiRoute(gsi, 2, gsi, 0, 0));
        }
        b.route(new MsiRoute(-1, -1, 0, 0xfee01000L, 0x4031));
        return b.build();
    }

    /** Room-for-growth controllers and presenters: an ARM vCPU, a GICv3 distributor and a FLIC. */
    public static MachineState arm() {
        return MachineState.builder("qmp:/run/guest.sock", Arch.ARM64, InterruptMode.GICV3)
                .irqchip(IrqchipLocation.IN_KERNEL).backend(BackendKind.QEMU_QMP).sequence(2)
                .vcpu(new VcpuState(0, RunState.PAUSED, new GicCpuInterface(0x80000000L, 0xf0, 0, 1, 1L << 27,
                        0, 0xffffL)))
                .vcpu(new VcpuState(1, RunState.UNKNOWN, Presenter.NONE))
                .controller(new ControllerState.GicDistributor(0x12, 96))
                .controller(new ControllerState.Flic(List.of(0xfffe0000L, 0x0001_0002L)))
                .source(SourceState.builder(32, SourceKind.LSI).server(1).priority(0xa0).build())
                .build();
    }

    /** The snapshot with {@code source} replaced (found by number). */
    public static MachineState withSource(MachineState s, SourceState source) {
        List<SourceState> sources = new ArrayList<>(s.sources());
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).number() == source.number()) {
                sources.set(i, source);
                return withSources(s, sources);
            }
        }
        sources.add(source);
        return withSources(s, sources);
    }

    public static MachineState withSources(MachineState s, List<SourceState> sources) {
        return new MachineState(s.target(), s.arch(), s.mode(), s.irqchip(), s.backend(), s.sequence(),
                s.capturedAtMillis(), s.capabilities(), s.vcpus(), sources, s.controllers(), s.routes(),
                s.counters(), s.notes());
    }

    public static MachineState withVcpus(MachineState s, List<VcpuState> vcpus) {
        return new MachineState(s.target(), s.arch(), s.mode(), s.irqchip(), s.backend(), s.sequence(),
                s.capturedAtMillis(), s.capabilities(), vcpus, s.sources(), s.controllers(), s.routes(),
                s.counters(), s.notes());
    }
}
