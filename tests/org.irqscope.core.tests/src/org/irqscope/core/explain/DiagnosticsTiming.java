// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.XiveEventQueue;

/**
 * Timing harness for the 50 ms budget: diagnostics (and one trace per source) over a 65,536-source XIVE machine with
 * 64 vCPUs. A plain main so it runs without JMH: {@code java -cp ... org.irqscope.core.explain.DiagnosticsTiming}.
 */
public final class DiagnosticsTiming {
    static final int SOURCES = 65_536;
    static final int VCPUS = 64;

    private DiagnosticsTiming() {
    }

    /** Every 7th source PQ=10, every 97th PQ=11, every 13th off, the rest ready; all routed at priority 6. */
    static MachineState bigXive() {
        List<XiveEventQueue> ends = new ArrayList<>();
        List<Integer> nvts = new ArrayList<>();
        for (int v = 0; v < VCPUS; v++) {
            ends.add(Fixtures.end(v, 6, 0x8000_0000 | v));
            nvts.add(0x400 + v);
        }
        MachineState.Builder b = MachineState.builder("timing:xive", Arch.PPC64, InterruptMode.XIVE)
                .controller(new ControllerState.XiveRouter(ends, nvts));
        for (int v = 0; v < VCPUS; v++) {
            b.vcpu(Fixtures.thread(v, v % 5 == 0 ? RunState.HALTED : RunState.RUNNING, 0, v % 3 == 0 ? 6 : 0xff,
                    v % 3 == 0 ? 0x02 : 0));
        }
        for (int n = 0; n < SOURCES; n++) {
            int pq = n % 97 == 0 ? 3 : n % 13 == 0 ? 1 : n % 7 == 0 ? 2 : 0;
            b.source(Fixtures.xiveSource(n, n < VCPUS ? SourceKind.IPI : SourceKind.MSI, n % VCPUS, 6, pq).build());
        }
        return b.build();
    }

    public static void main(String[] args) {
        MachineState m = bigXive();
        List<MachineState> history = List.of(m);
        int findings = 0;
        for (int i = 0; i < 20; i++) {
            findings = Diagnostics.run(m, history).size();
        }
        int runs = 50;
        long[] ns = new long[runs];
        long[] cpu = new long[runs];
        // CPU time too: on a shared build host the wall clock mostly measures the other processes.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            findings = Diagnostics.run(m, history).size();
            ns[i] = System.nanoTime() - t0;
            cpu[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        java.util.Arrays.sort(ns);
        java.util.Arrays.sort(cpu);
        long t0 = System.nanoTime();
        int delivered = 0;
        for (int n = 0; n < SOURCES; n++) {
            if (RouteTracer.trace(m, n).verdict() == Verdict.DELIVERED) {
                delivered++;
            }
        }
        long traceAll = System.nanoTime() - t0;
        System.out.printf("diagnostics over %d sources, %d vCPUs, 1 history state: median %.1f ms, p90 %.1f ms,"
                + " max %.1f ms (%d findings)%n", SOURCES, VCPUS, ns[runs / 2] / 1e6, ns[runs * 9 / 10] / 1e6,
                ns[runs - 1] / 1e6, findings);
        System.out.printf("  CPU time of the calling thread: median %.1f ms, p90 %.1f ms%n", cpu[runs / 2] / 1e6,
                cpu[runs * 9 / 10] / 1e6);
        System.out.printf("route trace of all %d sources: %.1f ms total, %.2f µs each (%d delivered)%n", SOURCES,
                traceAll / 1e6, traceAll / 1e3 / SOURCES, delivered);
    }
}
