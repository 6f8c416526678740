// SPDX-License-Identifier: EPL-2.0
package org.irqscope.benchmarks.model;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;

/** The large machine: a XIVE guest with 65,536 sources and 1,024 vCPUs, one END per vCPU. */
final class LargeMachine {
    static final int SOURCES = 65_536;
    static final int VCPUS = 1_024;
    private static final int PRIORITY = 5;

    private LargeMachine() {
    }

    static MachineState build() {
        MachineState.Builder b = MachineState.builder("soft:power9?mode=xive&vcpus=1024", Arch.PPC64,
                InterruptMode.XIVE).irqchip(IrqchipLocation.SOFT).backend(BackendKind.SOFT_KVM).sequence(1);
        List<XiveEventQueue> ends = new ArrayList<>();
        List<Integer> nvts = new ArrayList<>();
        for (int v = 0; v < VCPUS; v++) {
            b.vcpu(new VcpuState(v, RunState.RUNNING, XiveThreadContext.ofOsRing(XiveRing.RESET, 0x400 + v)));
            ends.add(new XiveEventQueue((v << 3) + PRIORITY, v, PRIORITY, true, true, 16, 0, 1, 0x2000_0000L + v,
                    -1, List.of()));
            nvts.add(0x400 + v);
        }
        b.controller(new ControllerState.XiveRouter(ends, nvts));
        for (int n = 0; n < SOURCES; n++) {
            int server = n % VCPUS;
            b.source(SourceState.builder(0x1000 + n, SourceKind.MSI).server(server).priority(PRIORITY).pq(0)
                    .eisn(0x1000 + n).endIndex((server << 3) + PRIORITY).count(0).build());
        }
        return b.build();
    }

    /** The same machine with every hundredth source's PQ flipped: 1% of the sources changed. */
    static MachineState onePercentChanged(MachineState base) {
        List<SourceState> sources = new ArrayList<>(base.sources());
        for (int i = 0; i < sources.size(); i += 100) {
            SourceState s = sources.get(i);
            sources.set(i, s.toBuilder().pq(s.pq() == 0 ? 2 : 0).build());
        }
        MachineState m = base;
        return new MachineState(m.target(), m.arch(), m.mode(), m.irqchip(), m.backend(), m.sequence(),
                m.capturedAtMillis(), m.capabilities(), m.vcpus(), sources, m.controllers(), m.routes(),
                m.counters(), m.notes());
    }
}
