// SPDX-License-Identifier: EPL-2.0
package org.irqscope.benchmarks.model;

import java.util.concurrent.TimeUnit;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.sync.ModelSync;
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

/**
 * Applying snapshots of the 65,536-source / 1,024-vCPU machine to its model. Targets (issue 3): 1% of the sources
 * changed ≤ 5 ms; nothing changed ≤ 1 ms. "Equal records" is a reader that rebuilds every record instead of reusing
 * the unchanged ones: every field of every source is then compared.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ModelSyncBenchmark {
    private MachineState base;
    private MachineState changed;
    private MachineState equalCopy;
    private MachineState equalCopyShared;
    private ModelSync sync;
    private boolean toggle;

    /** Runs on the benchmark thread, which thereby owns the model (ModelSync refuses other threads). */
    @Setup
    public void setUp() {
        base = LargeMachine.build();
        changed = LargeMachine.onePercentChanged(base);
        equalCopy = LargeMachine.build();
        equalCopyShared = equalCopy.reusingUnchanged(base);
        sync = ModelSync.forNewMachine();
        sync.apply(base);
    }

    /** Alternates between two snapshots that differ in 656 sources, so every call changes 1% of them. */
    @Benchmark
    public int applyOnePercentChanged() {
        toggle = !toggle;
        return sync.apply(toggle ? changed : base);
    }

    /** The same snapshot again: must send no notification. */
    @Benchmark
    public int applyUnchanged() {
        return sync.apply(base);
    }

    /** Alternates between two equal snapshots made of different record objects. */
    @Benchmark
    public int applyUnchangedFromEqualRecords() {
        toggle = !toggle;
        return sync.apply(toggle ? equalCopy : base);
    }

    /**
     * What the session's poll thread does with each fresh read before handing it to the UI thread: share the records
     * that equal the previous snapshot's (off the model thread).
     */
    @Benchmark
    public MachineState shareUnchangedRecords() {
        return equalCopy.reusingUnchanged(base);
    }

    /** The UI thread's part of a poll in which nothing changed, after the poll thread shared the records. */
    @Benchmark
    public int applyUnchangedAfterSharing() {
        toggle = !toggle;
        return sync.apply(toggle ? equalCopyShared : base);
    }
}
