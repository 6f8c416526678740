// SPDX-License-Identifier: EPL-2.0
package org.irqscope.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.irqscope.core.journey.Hop;
import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.Origin;
import org.irqscope.core.journey.Outcome;
import org.irqscope.core.journey.Stage;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.VmThreads;

/** Hand-made journeys, as the kernel trace would report them, and a target whose kernel events can be traced. */
public final class Journeys {
    private Journeys() {
    }

    /** An MSI to {@code apic}: raised, accepted 1 µs later, (injected 1 µs after that,) EOI'd latency later. */
    public static Journey msi(long id, int vector, int apic, long latencyNanos, boolean injected) {
        long start = 1_000_000_000L + id * 1_000_000L;
        String v = "0x" + Integer.toHexString(vector);
        List<Hop> hops = new ArrayList<>();
        hops.add(new Hop(Stage.RAISED, start, 2, 4000, -1, "MSI 0xfee0" + apic + "000/0x40" + v.substring(2)));
        hops.add(new Hop(Stage.ACCEPTED, start + 1_000, 2, 4000, apic, "APIC " + apic + " vector " + v + ", fixed, "
                + "edge"));
        if (injected) {
            hops.add(new Hop(Stage.INJECTED, start + 2_000, 3, 4100 + apic, apic, "vector " + v));
        }
        hops.add(new Hop(Stage.EOI, start + (injected ? 2_000 : 1_000) + latencyNanos, 3, 4100 + apic, apic,
                "vector " + v));
        return new Journey(id, Origin.MSI, "MSI 0xfee0" + apic + "000/0x40" + v.substring(2), -1, vector,
                List.of(apic), hops, Outcome.COMPLETE, "complete: accepted by APIC " + apic + " and EOI'd", false,
                false);
    }

    /** An MSI accepted by {@code apic} whose EOI never came before the trace gave up on it. */
    public static Journey neverEoi(long id, int vector, int apic) {
        long start = 1_000_000_000L + id * 1_000_000L;
        String v = "0x" + Integer.toHexString(vector);
        List<Hop> hops = List.of(new Hop(Stage.RAISED, start, 2, 4000, -1, "MSI 0xfee00000/0x40" + v.substring(2)),
                new Hop(Stage.ACCEPTED, start + 1_500, 2, 4000, apic, "APIC " + apic + " vector " + v));
        return new Journey(id, Origin.MSI, "MSI 0xfee00000/0x40" + v.substring(2), -1, vector, List.of(apic), hops,
                Outcome.NEVER_EOI, "APIC " + apic + " accepted vector " + v + " but no EOI came before the trace ended",
                false, false);
    }

    /** A fake POWER9 that says it is a KVM guest of this process, so the session offers to trace it. */
    public static Target traceable() {
        FakePower9 inner = new FakePower9(InterruptMode.XIVE, 8, 2);
        return new Target() {
            @Override
            public String uri() {
                return "fake:traced";
            }

            @Override
            public String displayName() {
                return "traced fake";
            }

            @Override
            public Set<TargetCapability> capabilities() {
                return inner.capabilities();
            }

            @Override
            public MachineState read() throws TargetException {
                return inner.read();
            }

            @Override
            public Optional<VmThreads> vmThreads() {
                return Optional.of(new VmThreads(ProcessHandle.current().pid(), Map.of(1L, 0)));
            }

            @Override
            public void close() {
                inner.close();
            }
        };
    }
}
