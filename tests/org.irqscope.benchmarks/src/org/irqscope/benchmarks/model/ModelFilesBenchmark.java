// SPDX-License-Identifier: EPL-2.0
package org.irqscope.benchmarks.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.irqscope.core.files.IrqscopeFiles;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Saving and loading the 65,536-source / 1,024-vCPU model as an .irqscope XMI file. Target: ≤ 2 s each. */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ModelFilesBenchmark {
    private ModelSync sync;
    private Path file;

    @Setup
    public void setUp() throws IOException {
        MachineState base = LargeMachine.build();
        sync = ModelSync.forNewMachine();
        sync.apply(base);
        file = Files.createTempFile("irqscope-bench", "." + IrqscopeFiles.EXTENSION);
        IrqscopeFiles.saveModel(file, sync.machine());
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Path saveModel() throws IOException {
        IrqscopeFiles.saveModel(file, sync.machine());
        return file;
    }

    /** Reads and checks the file and converts it to a snapshot, as opening a file does before applying it. */
    @Benchmark
    public MachineState loadSnapshot() throws IOException {
        return IrqscopeFiles.loadSnapshot(file);
    }
}
