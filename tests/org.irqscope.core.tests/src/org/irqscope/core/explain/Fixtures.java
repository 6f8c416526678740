// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.VectorSet;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;

/** Small hand-built machines for the explain tests; every value is chosen so the expected answer can be worked out. */
final class Fixtures {
    private Fixtures() {
    }

    // ------------------------------------------------------------ XICS

    static MachineState.Builder xics() {
        return MachineState.builder("fixture:xics", Arch.PPC64, InterruptMode.XICS)
                .controller(new ControllerState.IcsBlock("ics", 0x1000, 0x1000));
    }

    static VcpuState icp(int id, RunState run, int cppr, int mfrr, int xisr, int ppri) {
        return new VcpuState(id, run, new XicsIcp(cppr, mfrr, xisr, ppri));
    }

    static VcpuState openIcp(int id) {
        return icp(id, RunState.RUNNING, 0xff, 0xff, 0, 0xff);
    }

    static SourceState.Builder xicsMsi(int number, int server, int priority) {
        return SourceState.builder(number, SourceKind.MSI).server(server).priority(priority);
    }

    static SourceState.Builder xicsLsi(int number, int server, int priority) {
        return SourceState.builder(number, SourceKind.LSI).server(server).priority(priority);
    }

    // ------------------------------------------------------------ XIVE

    static MachineState.Builder xive(XiveEventQueue... ends) {
        List<Integer> nvts = new ArrayList<>();
        for (XiveEventQueue e : ends) {
            if (!nvts.contains(0x400 + e.server())) {
                nvts.add(0x400 + e.server());
            }
        }
        return MachineState.builder("fixture:xive", Arch.PPC64, InterruptMode.XIVE)
                .controller(new ControllerState.XiveRouter(List.of(ends), nvts));
    }

    /** A 64 KiB queue (qshift 16, 16384 entries) for (server, priority). */
    static XiveEventQueue end(int server, int priority, Integer... window) {
        return new XiveEventQueue(server << 3 | priority, server, priority, true, true, 16, 5, 1,
                0x1fe3e0000L + (server << 16), -1, List.of(window));
    }

    static VcpuState thread(int id, RunState run, int nsr, int cppr, int ipb) {
        return new VcpuState(id, run, XiveThreadContext.ofOsRing(
                new XiveRing(nsr, cppr, ipb, 0xff, 0xff, 0, 0xff, XiveRing.piprOf(ipb), 0x8000_0400 + id), 0x400 + id));
    }

    static VcpuState openThread(int id) {
        return thread(id, RunState.RUNNING, 0, 0xff, 0);
    }

    /** A source routed like the XIVE reader shows it: targeted at (server, priority) with this PQ. */
    static SourceState.Builder xiveSource(int lisn, SourceKind kind, int server, int priority, int pq) {
        return SourceState.builder(lisn, kind).server(server).priority(priority).pq(pq).masked(pq == 1)
                .pending((pq & 2) != 0).presented((pq & 2) != 0).queued((pq & 1) != 0).eisn(lisn)
                .endIndex(server << 3 | priority).targetingFromVmm(true);
    }

    /** An unused source in its reset state: PQ=01 and EAS masked ("-Q  M" in info pic). */
    static SourceState.Builder xiveUnused(int lisn) {
        return SourceState.builder(lisn, SourceKind.MSI).pq(1).masked(true).queued(true);
    }

    // ------------------------------------------------------------ x86

    static MachineState.Builder x86(IoapicState.RedirectionEntry... pins) {
        return x86Irr(0, pins);
    }

    static MachineState.Builder x86Irr(int ioapicIrr, IoapicState.RedirectionEntry... pins) {
        List<IoapicState.RedirectionEntry> all = new ArrayList<>();
        for (int pin = 0; pin < 24; pin++) {
            all.add(new IoapicState.RedirectionEntry(pin, 1L << 16));
        }
        for (IoapicState.RedirectionEntry e : pins) {
            all.set(e.pin(), e);
        }
        IoapicState io = new IoapicState(0, 0xfec00000L, 0, ioapicIrr, all);
        MachineState.Builder b = MachineState.builder("fixture:x86", Arch.X86_64, InterruptMode.X86_KERNEL_IRQCHIP)
                .controller(io);
        for (IoapicState.RedirectionEntry e : all) {
            boolean irr = (ioapicIrr & (1 << e.pin())) != 0;
            b.source(SourceState.builder(e.pin(), SourceKind.LSI).server(e.destination()).priority(e.vector())
                    .masked(e.masked()).asserted(irr && e.levelTriggered()).pending(irr).presented(e.remoteIrr())
                    .build());
        }
        return b;
    }

    /** A redirection entry: fixed delivery, physical destination. */
    static IoapicState.RedirectionEntry pin(int pin, int vector, int dest, boolean level, boolean masked,
            boolean remoteIrr) {
        long raw = vector | (level ? 1L << 15 : 0) | (masked ? 1L << 16 : 0) | (remoteIrr ? 1L << 14 : 0)
                | (long) dest << 56;
        return new IoapicState.RedirectionEntry(pin, raw);
    }

    static final int SVR_ENABLED = 0x1ff;

    static VcpuState lapic(int id, RunState run, int svr, int tpr, VectorSet irr, VectorSet isr) {
        List<LapicState.LvtEntry> lvt = List.of(new LapicState.LvtEntry("TIMER", 0x10000),
                new LapicState.LvtEntry("THERMAL", 0x10000), new LapicState.LvtEntry("PERFMON", 0x10000),
                new LapicState.LvtEntry("LINT0", 0x700), new LapicState.LvtEntry("LINT1", 0x400),
                new LapicState.LvtEntry("ERROR", 0x10000), new LapicState.LvtEntry("CMCI", 0x10000));
        return new VcpuState(id, run, new LapicState(id, 0x50014, tpr, 0, 0, svr, 1 << (24 + id), 0xffffffff, 0,
                irr, isr, VectorSet.EMPTY, 0, lvt, 0, 0, 0));
    }

    static VcpuState idleLapic(int id) {
        return lapic(id, RunState.RUNNING, SVR_ENABLED, 0, VectorSet.EMPTY, VectorSet.EMPTY);
    }
}
