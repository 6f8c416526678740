// SPDX-License-Identifier: EPL-2.0
package org.irqscope.benchmarks.state;

import java.util.concurrent.TimeUnit;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** What it costs a reader to assemble a large snapshot, and a view to look a source up in it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MachineStateBenchmark {
    static final int SOURCES = 65_536;
    static final int VCPUS = 1_024;

    private MachineState state;

    @Setup
    public void setUp() {
        state = build();
    }

    static MachineState build() {
        MachineState.Builder b = MachineState.builder("soft:power9?mode=xive", Arch.PPC64, InterruptMode.XIVE);
        for (int v = 0; v < VCPUS; v++) {
            b.vcpu(new VcpuState(v, RunState.RUNNING, XiveThreadContext.ofOsRing(XiveRing.RESET, 0x400 + v)));
        }
        for (int n = 0; n < SOURCES; n++) {
            b.source(SourceState.builder(n, n < VCPUS ? SourceKind.IPI : SourceKind.MSI).server(n % VCPUS).priority(6)
                    .pq(0).eisn(n).build());
        }
        return b.build();
    }

    @Benchmark
    public MachineState build65536Sources() {
        return build();
    }

    @Benchmark
    public Object lookUpSource() {
        return state.source(0x9abc);
    }
}
