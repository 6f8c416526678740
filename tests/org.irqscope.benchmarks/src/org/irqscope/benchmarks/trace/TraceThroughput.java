// SPDX-License-Identifier: EPL-2.0
package org.irqscope.benchmarks.trace;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.journey.TraceLoss;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.TargetUri;
import org.irqscope.kvm.linux.LinuxKvm;
import org.irqscope.sandbox.target.SandboxTarget;
import org.irqscope.sandbox.target.SandboxTargetProvider;
import org.irqscope.trace.tracefs.KvmTrace;

/**
 * Live throughput of the kernel-event trace (issue 10): the sandbox VM takes MSIs as fast as one injecting thread
 * can signal them, at several paced rates, while the trace reads and correlates them. Reports, per rate: kernel events
 * handled per second, events lost, journeys, the CPU the trace's threads used (percent of one core) and the delay
 * from a journey's last kernel event to its report. Needs root, /dev/kvm and tracefs; not a JMH benchmark because
 * the load is a real VM.
 *
 * <pre>
 *   java -cp target/benchmarks.jar org.irqscope.benchmarks.trace.TraceThroughput [SECONDS]
 * </pre>
 */
public final class TraceThroughput {
    private static final int VECTOR = 0x41;

    private TraceThroughput() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        System.out.printf("%-12s %10s %12s %10s %10s %10s %10s %12s %12s%n", "target/s", "MSIs/s", "events/s", "lost",
                "journeys", "complete", "trace CPU", "delay mean", "delay max");
        for (long rate : new long[] {1_000, 5_000, 10_000, 20_000, 40_000, 0}) {
            run(rate, seconds);
        }
    }

    private static void run(long ratePerSecond, double seconds) throws Exception {
        AtomicLong journeys = new AtomicLong();
        AtomicLong complete = new AtomicLong();
        AtomicLong lost = new AtomicLong();
        JourneyListener listener = new JourneyListener() {
            @Override
            public void journey(Journey j) {
                journeys.incrementAndGet();
                if (j.complete()) {
                    complete.incrementAndGet();
                }
            }

            @Override
            public void lost(TraceLoss loss) {
                lost.addAndGet(Math.max(1, loss.events()));
            }
        };
        try (SandboxTarget t = (SandboxTarget) new SandboxTargetProvider(LinuxKvm::open)
                .open(TargetUri.parse("kvm:x86?vcpus=2"))) {
            while (t.vmThreads().orElseThrow().vcpuThreads().size() < 2) {
                Thread.onSpinWait();
            }
            KvmTrace trace = KvmTrace.start(t.vmThreads().orElseThrow(), listener, KvmTrace.Options.defaults());
            ThreadMXBean mx = ManagementFactory.getThreadMXBean();
            long cpu0 = traceCpu(mx);
            long t0 = System.nanoTime();
            long end = t0 + (long) (seconds * 1e9);
            long n = 0;
            while (System.nanoTime() < end) {
                if (ratePerSecond > 0) {
                    // sleep, not spin, until the next MSI is due: on 2 cores a spinning load starves the readers
                    long due = t0 + n * 1_000_000_000L / ratePerSecond;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                }
                t.inject(Injection.msi(0xfee00000L | ((n & 1) << 12), VECTOR));
                n++;
            }
            long elapsed = System.nanoTime() - t0;
            long cpu = traceCpu(mx) - cpu0;
            trace.close();
            trace.notes().stream().distinct().limit(3).forEach(note -> System.out.println("  note: " + note));
            KvmTrace.Stats s = trace.stats();
            System.out.printf("%-12s %10.0f %12.0f %10d %10d %10d %9.1f%% %10.2fms %10.2fms%n",
                    ratePerSecond == 0 ? "max" : Long.toString(ratePerSecond), n / (elapsed / 1e9),
                    s.events() / (elapsed / 1e9), s.lostEvents() + lost.get(), journeys.get(),
                    complete.get(), 100.0 * cpu / elapsed, s.meanDelayNanos() / 1e6, s.maxDelayNanos() / 1e6);
        }
    }

    /** CPU time of the trace's reader and correlator threads. */
    private static long traceCpu(ThreadMXBean mx) {
        long sum = 0;
        for (Thread th : Thread.getAllStackTraces().keySet()) {
            if (th.getName().startsWith("irqscope trace:")) {
                long c = mx.getThreadCpuTime(th.threadId());
                sum += Math.max(c, 0);
            }
        }
        return sum;
    }
}
