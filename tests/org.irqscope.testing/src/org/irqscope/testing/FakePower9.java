// SPDX-License-Identifier: EPL-2.0
package org.irqscope.testing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;

/**
 * A hand-written POWER9 machine for widget tests: N sources routed round-robin to vCPUs at priority 6, an MSI
 * injection sets P and the target vCPU's IPB, {@link #touch} bumps counters so change detection has work.
 */
public final class FakePower9 implements Target {
    /** Opens fake:power9?mode=xive|xics targets for workbench tests when the software KVM is not registered. */
    public static final class Provider implements org.irqscope.core.target.TargetProvider {
        @Override
        public String scheme() {
            return "fake";
        }

        @Override
        public String usage() {
            return "fake:power9?mode=xive|xics (workbench tests only)";
        }

        @Override
        public java.util.Optional<String> unavailableReason() {
            return java.util.Optional.empty();
        }

        @Override
        public Target open(org.irqscope.core.target.TargetUri uri) {
            return new FakePower9("xics".equals(uri.parameter("mode", "xive"))
                    ? InterruptMode.XICS
                    : InterruptMode.XIVE, 64, uri.parameter("vcpus", "4").equals("4") ? 4 : 2);
        }
    }

    private final int sourceCount;
    private final int vcpus;
    private InterruptMode mode;
    private long sequence;
    private final List<SourceState> sources = new ArrayList<>();
    private final int[] ipb;
    private final int[] cppr;
    private boolean closed;

    public FakePower9(InterruptMode mode, int sourceCount, int vcpus) {
        this.mode = mode;
        this.sourceCount = sourceCount;
        this.vcpus = vcpus;
        this.ipb = new int[vcpus];
        this.cppr = new int[vcpus];
        java.util.Arrays.fill(cppr, 0xff);
        for (int i = 0; i < sourceCount; i++) {
            int n = 0x1000 + i;
            sources.add(SourceState.builder(n, i % 7 == 0 ? SourceKind.LSI : SourceKind.MSI).owner("dev" + (i % 13))
                    .server(i % vcpus).priority(6).pq(mode == InterruptMode.XIVE ? 0 : -1).eisn(n)
                    .endIndex(((i % vcpus) << 3) + 6).count(0).build());
        }
    }

    public synchronized boolean closed() {
        return closed;
    }

    /** Bumps the counters of {@code changes} sources starting at {@code first}. */
    public synchronized void touch(int first, int changes) {
        for (int k = 0; k < changes; k++) {
            int i = (first + k) % sourceCount;
            SourceState s = sources.get(i);
            sources.set(i, s.toBuilder().count(s.count() + 1).build());
        }
    }

    @Override
    public String uri() {
        return "fake:power9?mode=" + mode.label();
    }

    @Override
    public String displayName() {
        return "fake POWER9 (" + mode.label() + ")";
    }

    @Override
    public Set<TargetCapability> capabilities() {
        return EnumSet.of(TargetCapability.READ, TargetCapability.INJECT, TargetCapability.FLIP);
    }

    @Override
    public synchronized MachineState read() {
        MachineState.Builder b = MachineState.builder(uri(), Arch.PPC64, mode).irqchip(IrqchipLocation.SOFT)
                .backend(BackendKind.SOFT_KVM).sequence(++sequence);
        List<XiveEventQueue> ends = new ArrayList<>();
        for (int v = 0; v < vcpus; v++) {
            if (mode == InterruptMode.XIVE) {
                XiveRing os = new XiveRing(0, cppr[v], ipb[v], 0xff, 0xff, 0, 0xff, XiveRing.piprOf(ipb[v]),
                        0x80000400 + v);
                b.vcpu(new VcpuState(v, RunState.RUNNING, XiveThreadContext.ofOsRing(os, 0x400 + v)));
                ends.add(new XiveEventQueue((v << 3) + 6, v, 6, true, true, 16, 0, 1, 0x1000_0000L + v * 0x10000L,
                        -1, List.of()));
            } else {
                b.vcpu(new VcpuState(v, RunState.RUNNING, new XicsIcp(cppr[v], 0xff, 0, 0xff)));
            }
        }
        if (mode == InterruptMode.XIVE) {
            b.controller(new ControllerState.XiveRouter(ends, List.of()));
        } else {
            b.controller(new ControllerState.IcsBlock("ics0", 0x1000, sourceCount));
        }
        sources.forEach(b::source);
        return b.build();
    }

    @Override
    public synchronized InjectionResult inject(Injection injection) throws TargetException {
        int i = injection.source() - 0x1000;
        if (i < 0 || i >= sourceCount) {
            throw TargetException.invalid("source 0x" + Integer.toHexString(injection.source()) + " does not exist");
        }
        SourceState s = sources.get(i);
        sources.set(i, s.toBuilder().pending(true).presented(true).pq(mode == InterruptMode.XIVE ? 2 : -1)
                .count(s.count() + 1).build());
        ipb[s.server()] |= XiveRing.ipbBit(6);
        return new InjectionResult(InjectionResult.Outcome.DELIVERED, 1, "");
    }

    @Override
    public synchronized List<String> flip(InterruptMode to) {
        mode = to;
        for (int i = 0; i < sourceCount; i++) {
            sources.set(i, sources.get(i).toBuilder().pq(to == InterruptMode.XIVE ? 0 : -1).build());
        }
        return List.of("closed the device", "created " + to.label(), "reconnected " + vcpus + " vCPUs");
    }

    /** Sets a vCPU's CPPR so pending priorities are held back. */
    public synchronized void setCppr(int vcpu, int value) {
        cppr[vcpu] = value;
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
