// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

import org.irqscope.core.state.MachineState;
import org.junit.jupiter.api.Test;

/**
 * Figure: decoding {@code info pic} of a pseries XIVE guest with 4,096 sources, in the layout captured from QEMU 7.2
 * (pseries-xive-booted.info-pic.txt), must take at most 5 ms.
 */
class LargeXiveTextTest {
    static final int CPUS = 4;
    static final int SOURCES = 4096;

    /** Four CPUs' TIMA rings, then 4,096 LISN rows: every third one routed (to CPU n % 4, priority 6), the rest off. */
    static String generate() {
        StringBuilder b = new StringBuilder(SOURCES * 120);
        for (int cpu = 0; cpu < CPUS; cpu++) {
            String p = String.format("CPU[%04x]:", cpu);
            b.append(p).append("   QW   NSR CPPR IPB LSMFB ACK# INC AGE PIPR  W2\r\n");
            b.append(p).append(" USER    00   00  00    00   00  00  00   00  00000000\r\n");
            b.append(p).append(String.format("   OS    00   ff  00    ff   ff  00  ff   ff  %08x\r\n",
                    0x80000400 + cpu));
            b.append(p).append(" POOL    00   00  00    00   00  00  00   00  00000000\r\n");
            b.append(p).append(" PHYS    00   00  00    00   00  00  00   ff  00000000\r\n");
        }
        b.append("  LISN         PQ    EISN     CPU/PRIO EQ\r\n");
        for (int i = 0; i < SOURCES; i++) {
            int lisn = i < CPUS ? i : 0x1000 + i;
            String type = i % 17 == 5 ? "LSI" : "MSI";
            if (i < CPUS || i % 3 == 0) {
                int cpu = i % CPUS;
                b.append(String.format("  %08x %s --    %08x %3d/%d  %6d/%5d @%x ^1 [ 80000010 80000010 80000010 "
                        + "80000010 80000010 ^00000000 ]\r\n", lisn, type, 0x10 + i, cpu, 6, 100 + cpu, 16384,
                        0x3000000 + cpu * 0x10000));
            } else {
                b.append(String.format("  %08x %s -Q  M 00000000 \r\n", lisn, type));
            }
        }
        b.append("irqchip: emulated\r\n");
        return b.toString();
    }

    @Test
    void fourThousandSourcesInAtMostFiveMilliseconds() throws ParseException {
        String text = generate();
        MachineState s = MonitorTextParser.parseInfoPic(text, "bench");
        assertThat(s.sources()).hasSize(SOURCES);
        assertThat(s.source(0x1000 + 9).orElseThrow().server()).isEqualTo(1);
        assertThat(s.source(0x1000 + 4).orElseThrow().masked()).isTrue();
        for (int i = 0; i < 200; i++) {
            MonitorTextParser.parseInfoPic(text, "bench");
        }
        // Thread CPU time is what the decoder costs; wall time on a shared 2-core builder also holds other jobs.
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long[] wall = new long[51];
        long[] own = new long[51];
        for (int i = 0; i < wall.length; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            MonitorTextParser.parseInfoPic(text, "bench");
            wall[i] = System.nanoTime() - t0;
            own[i] = cpu.getCurrentThreadCpuTime() - c0;
        }
        Arrays.sort(wall);
        Arrays.sort(own);
        double median = own[own.length / 2] / 1e6;
        System.out.printf("FIGURE info pic 4096 XIVE sources (%d KiB): CPU median %.2f ms (min %.2f); wall median "
                + "%.2f ms (min %.2f, max %.2f)%n", text.length() / 1024, median, own[0] / 1e6,
                wall[wall.length / 2] / 1e6, wall[0] / 1e6, wall[wall.length - 1] / 1e6);
        assertThat(median).as("median decode CPU time in ms").isLessThanOrEqualTo(5.0);
    }
}
