// SPDX-License-Identifier: EPL-2.0
package org.irqscope.benchmarks.kvm;

import java.util.concurrent.TimeUnit;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetUri;
import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.KvmLapicState;
import org.irqscope.kvm.KvmVm;
import org.irqscope.kvm.linux.LinuxKvm;
import org.irqscope.sandbox.SandboxVm;
import org.irqscope.sandbox.target.SandboxTarget;
import org.irqscope.sandbox.target.SandboxTargetProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The full state read of a 4-vCPU sandbox: 3 × KVM_GET_IRQCHIP, 4 × KVM_GET_LAPIC and the decode to a
 * {@link MachineState}. Compare with the C floor of the same ioctls,
 * {@code tests/org.irqscope.benchmarks/native/build.sh 4} (budget: at most 1.5 × the floor).
 * <ul>
 * <li>{@code readPausedSandbox}: {@code Target.read()} while the sandbox is paused, so every vCPU is already out of
 * KVM_RUN — the same situation as the C floor, whose vCPUs never run.</li>
 * <li>{@code ioctlsOnly}: the seven ioctls through the {@code Kvm} API into byte arrays, the way the read issues them,
 * without the decode: the binding's share against the decode's.</li>
 * <li>{@code readRunningSandbox}: {@code Target.read()} on a running sandbox, which adds pausing four vCPUs (a signal
 * to each run thread and its exit from KVM_RUN) and resuming them.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class FullStateReadBenchmark {
    private static final int VCPUS = 4;
    // the figure is for steady-state polling: after 5,000 warm-up reads a read still took 41-46 us, after 20,000 34 us
    // (same machine, same hour), so 5,000 calls do not yet bring the whole read path to the JIT's last tier
    private static final int WARMUP_CALLS = 20_000;

    /** A sandbox target, paused or running. */
    public abstract static class Sandbox {
        SandboxTarget target;
        /** The buffers {@link FullStateReadBenchmark#ioctlsOnly} reads into, as the read path's raw reads do. */
        final byte[][] chips = new byte[3][KvmIrqchip.CHIP_SIZE];
        final byte[][] pages = new byte[VCPUS][KvmLapicState.SIZE];

        abstract boolean paused();

        @Setup(Level.Trial)
        public void open() throws TargetException {
            target = (SandboxTarget) new SandboxTargetProvider(LinuxKvm::open)
                    .open(TargetUri.parse("kvm:x86?vcpus=" + VCPUS));
            if (paused()) {
                target.pause();
            }
        }

        @TearDown(Level.Trial)
        public void close() {
            target.close();
        }
    }

    /** The sandbox with every vCPU paused. */
    @State(Scope.Benchmark)
    public static class PausedSandbox extends Sandbox {
        @Override
        boolean paused() {
            return true;
        }
    }

    /** The sandbox with its vCPUs running (idle in hlt). */
    @State(Scope.Benchmark)
    public static class RunningSandbox extends Sandbox {
        @Override
        boolean paused() {
            return false;
        }
    }

    @Benchmark
    public MachineState readPausedSandbox(PausedSandbox s) throws TargetException {
        return s.target.read();
    }

    @Benchmark
    public void ioctlsOnly(PausedSandbox s, Blackhole bh) {
        SandboxVm sandbox = s.target.sandbox();
        KvmVm vm = sandbox.vm();
        vm.getIrqchip(KvmIrqchip.PIC_MASTER, s.chips[0]);
        vm.getIrqchip(KvmIrqchip.PIC_SLAVE, s.chips[1]);
        vm.getIrqchip(KvmIrqchip.IOAPIC, s.chips[2]);
        for (int id = 0; id < VCPUS; id++) {
            sandbox.vcpu(id).getLapic(s.pages[id]);
        }
        bh.consume(s.chips);
        bh.consume(s.pages);
    }

    @Benchmark
    public MachineState readRunningSandbox(RunningSandbox s) throws TargetException {
        return s.target.read();
    }

    /**
     * The same figures without JMH, measured like the C floor: rounds of reads, the best round's mean per read (on a
     * shared machine others can only slow a round down), and the measuring thread's CPU time per read (user + system),
     * which other processes do not inflate. Args: [reads per round = 500] [rounds = 20].
     */
    public static void main(String[] args) throws Exception {
        int perRound = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        FullStateReadBenchmark b = new FullStateReadBenchmark();
        Blackhole bh = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly" + " is dangerous.");
        // One sandbox at a time, so the running one's vCPU threads do not compete with the paused measurement.
        PausedSandbox paused = new PausedSandbox();
        paused.open();
        double read;
        double ioctls;
        double readCpu;
        double ioctlsCpu;
        try {
            read = best(rounds, perRound, () -> bh.consume(b.readPausedSandbox(paused)));
            readCpu = lastCpuPerOp;
            ioctls = best(rounds, perRound, () -> b.ioctlsOnly(paused, bh));
            ioctlsCpu = lastCpuPerOp;
        } finally {
            paused.close();
        }
        RunningSandbox running = new RunningSandbox();
        running.open();
        double live;
        try {
            live = best(rounds, perRound / 5 + 1, () -> bh.consume(b.readRunningSandbox(running)));
        } finally {
            running.close();
        }
        System.out.printf("full state read, paused 4-vCPU sandbox: best round %.1f us/read, cpu %.1f us/read; the 7"
                + " ioctls through the Kvm API alone: best round %.1f us, cpu %.1f us; running sandbox, with pause and"
                + " resume: best round %.1f us, cpu %.1f us%n", read, readCpu, ioctls, ioctlsCpu, live, lastCpuPerOp);
    }

    /** An operation measured by {@link #best}. */
    private interface Op {
        void run() throws Exception;
    }

    /** The measuring thread's CPU time (user + system) per operation in the last {@link #best} call, in us. */
    private static double lastCpuPerOp;

    private static double best(int rounds, int perRound, Op op) throws Exception {
        // Enough calls for the JIT to compile the whole read path before anything is measured.
        for (int i = 0; i < Math.max(perRound, WARMUP_CALLS); i++) {
            op.run();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                op.run();
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e3 / perRound);
        }
        lastCpuPerOp = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / ((double) rounds * perRound);
        return best;
    }
}
