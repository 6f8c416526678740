// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XiveEventQueue;

/**
 * A snapshot indexed once for all rules, so every rule stays linear in the number of sources (65,536 sources in
 * well under 50 ms). Per-server aggregates are computed in one pass over the sources.
 */
public final class DiagnosticContext {
    private final MachineState state;
    private final List<MachineState> history;
    private final Map<Integer, VcpuState> vcpus = new HashMap<>();
    private final Map<Integer, XiveEventQueue> ends = new HashMap<>();
    private final Map<Integer, Integer> minPendingPriority = new HashMap<>();
    private final Map<Integer, BitSet> inServicePriorities = new HashMap<>();
    private final BitSet routedVectors = new BitSet(256);

    DiagnosticContext(MachineState state, List<MachineState> history) {
        this.state = state;
        this.history = List.copyOf(history);
        for (VcpuState v : state.vcpus()) {
            vcpus.put(v.id(), v);
        }
        for (ControllerState.XiveRouter r : state.controllers(ControllerState.XiveRouter.class)) {
            for (XiveEventQueue e : r.ends()) {
                ends.put(e.index(), e);
            }
        }
        boolean power = state.mode().isPower();
        if (power) {
            for (SourceState s : state.sources()) {
                if (s.server() < 0 || s.priority() == 0xff) {
                    continue;
                }
                boolean holding = state.mode() == InterruptMode.XIVE ? s.pq() >= 2 : s.presented();
                if (holding) {
                    inServicePriorities.computeIfAbsent(s.server(), k -> new BitSet(256)).set(s.priority());
                }
                if ((s.pending() || s.queued()) && !s.masked()) {
                    minPendingPriority.merge(s.server(), s.priority(), Math::min);
                }
            }
        }
        Optional<IoapicState> io = state.ioapic();
        if (io.isPresent()) {
            for (IoapicState.RedirectionEntry e : io.get().pins()) {
                if (!e.masked() && X86Destinations.vectored(e.deliveryMode())) {
                    routedVectors.set(e.vector());
                }
            }
        }
        for (MsiRoute r : state.routes()) {
            if (r.isMsi() && X86Destinations.vectored(r.deliveryMode())) {
                routedVectors.set(r.vector());
            }
        }
    }

    public MachineState state() {
        return state;
    }

    /** Earlier snapshots of the same target, oldest first (may be empty). */
    public List<MachineState> history() {
        return history;
    }

    public Optional<VcpuState> vcpu(int id) {
        return Optional.ofNullable(vcpus.get(id));
    }

    public Optional<XiveEventQueue> end(int index) {
        return Optional.ofNullable(ends.get(index));
    }

    /** The most favoured priority of an unmasked source holding an interrupt for this server, 0x100 if none. */
    public int minPendingPriority(int server) {
        return minPendingPriority.getOrDefault(server, 0x100);
    }

    /** True when a source of this server at this priority has been presented and waits for its EOI. */
    public boolean inService(int server, int priority) {
        BitSet b = inServicePriorities.get(server);
        return b != null && priority >= 0 && b.get(priority);
    }

    /** True when an unmasked IOAPIC pin or an MSI route uses this vector. */
    public boolean vectorRouted(int vector) {
        return routedVectors.get(vector & 0xff);
    }

    /**
     * How many consecutive snapshots, ending with the current one, satisfy the test for this source (1 when only the
     * current one does, or when there is no history).
     */
    public int heldFor(int source, java.util.function.Predicate<SourceState> test) {
        int n = 1;
        for (int i = history.size() - 1; i >= 0; i--) {
            Optional<SourceState> s = history.get(i).source(source);
            if (s.isEmpty() || !test.test(s.get())) {
                break;
            }
            n++;
        }
        return n;
    }

    /** Like {@link #heldFor(int, java.util.function.Predicate)} for a vCPU. */
    public int vcpuHeldFor(int vcpu, java.util.function.Predicate<VcpuState> test) {
        int n = 1;
        for (int i = history.size() - 1; i >= 0; i--) {
            Optional<VcpuState> v = history.get(i).vcpu(vcpu);
            if (v.isEmpty() || !test.test(v.get())) {
                break;
            }
            n++;
        }
        return n;
    }
}
