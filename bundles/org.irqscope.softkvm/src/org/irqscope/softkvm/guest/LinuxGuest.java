// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.guest;

import static org.irqscope.softkvm.HopLog.hex;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.irqscope.softkvm.HopLog;
import org.irqscope.softkvm.guest.PseriesPlatform.DeviceSource;
import org.irqscope.softkvm.guest.PseriesPlatform.Mode;

/**
 * A guest that handles interrupts as Linux on pseries does. XICS (arch/powerpc/sysdev/xics): CPPR opened to
 * LOWEST_PRIORITY 0xFF, sources targeted with ibm,set-xive at DEFAULT_PRIORITY 5, IPIs through H_IPI at
 * IPI_PRIORITY 4 (cleared with MFRR 0xFF by the handler), H_XIRR to accept, H_EOI with the XIRR to end.
 * XIVE (arch/powerpc/sysdev/xive/common.c, spapr.c): one priority for everything, the highest one the platform does
 * not reserve (QEMU reserves 7, "Using priority 6 for all interrupts"), one event queue per CPU at that priority,
 * the per-CPU IPIs at LISN 0..nr_cpus-1 with EISN = LISN, sources unmasked with ESB SET_PQ_00, the OS CPPR opened
 * to 0xFF; on an exception: TIMA ACK, scan the queue (entries are valid while their generation bit differs from
 * the queue's toggle), run the handler, EOI an MSI with SET_PQ_00 (re-trigger if Q was set) or an LSI with the
 * load-EOI, peek the queue again and drop the CPPR back to 0xFF when it is empty.
 *
 * <p>Each {@link #step()} is one guest action on one vCPU (round robin), so a step controller interleaves guest
 * actions with device hops. Knobs make bugs visible: slow EOI, a forgotten EOI, a raised CPPR, a masked source, an
 * MSI storm, random IPIs, a vCPU that stops taking interrupts. Randomness comes only from the seed.
 */
public final class LinuxGuest {
    /** arch/powerpc/include/asm/xics.h. */
    public static final int XICS_DEFAULT_PRIORITY = 5;
    public static final int XICS_IPI_PRIORITY = 4;
    public static final int LOWEST_PRIORITY = 0xff;
    /** The priority Linux picks on sPAPR XIVE: 7 is QEMU's, so the highest free one is 6. */
    public static final int XIVE_PRIORITY = 6;
    /** Linux sizes its XIVE queues to a 64 KiB page. */
    public static final int XIVE_QUEUE_SHIFT = 16;
    /** Where this guest allocates its queue pages: one 64 KiB page per (cpu, priority). */
    public static final long QUEUE_BASE = 0x4000_0000L;
    private static final int XICS_IPI = 2;
    private static final int ESB_LOAD_EOI = 0x000;
    private static final int ESB_SET_PQ_00 = 0xc00;
    private static final int ESB_SET_PQ_01 = 0xd00;
    private static final int COUNTED_SOURCES = 0x2000;

    private final PseriesPlatform platform;
    private final HopLog hops;
    private final SplittableRandom random;
    private final int n;
    private boolean xiveOff;
    private Mode mode;

    private final int[] current;
    private final int[] currentXirr;
    private final int[] eoiWait;
    private final boolean[] replay;
    private final int[] pendingPrio;
    private final int[][] queueIndex;
    private final int[][] queueToggle;
    private final long[][] counts;
    private final boolean[] stopped;
    private int baseCppr = LOWEST_PRIORITY;
    private int slowEoi;
    private final Set<Integer> forgottenEoi = new HashSet<>();
    private final Set<Integer> masked = new HashSet<>();
    private int stormSource = -1;
    private int stormPerMs;
    private int ipisPerMs;
    private int roundRobin;
    private long handled;

    public LinuxGuest(PseriesPlatform platform, HopLog hops, long seed) {
        this.platform = platform;
        this.hops = hops;
        this.random = new SplittableRandom(seed);
        this.n = platform.vcpus();
        current = new int[n];
        currentXirr = new int[n];
        eoiWait = new int[n];
        replay = new boolean[n];
        pendingPrio = new int[n];
        queueIndex = new int[n][8];
        queueToggle = new int[n][8];
        counts = new long[n][];
        stopped = new boolean[n];
        java.util.Arrays.fill(current, -1);
    }

    /** The kernel command line's {@code xive=off}: the guest does not ask for XIVE at CAS. */
    public void setXiveOff(boolean off) {
        xiveOff = off;
    }

    public Mode mode() {
        return mode;
    }

    /** CAS, then the interrupt driver of the negotiated mode initialises every CPU and source. */
    public void boot() {
        java.util.Arrays.fill(current, -1);
        java.util.Arrays.fill(replay, false);
        java.util.Arrays.fill(pendingPrio, 0);
        mode = platform.negotiate(!xiveOff);
        say(-1, -1, "guest negotiates at CAS" + (xiveOff ? " with xive=off" : " asking for XIVE") + ": " + mode
                + " active");
        if (mode == Mode.XICS) {
            bootXics();
        } else {
            bootXive();
        }
    }

    private void bootXics() {
        for (int cpu = 0; cpu < n; cpu++) {
            platform.hCppr(cpu, baseCppr);
        }
        int i = 0;
        for (DeviceSource s : platform.deviceSources()) {
            platform.rtasSetXive(s.number(), i++ % n, XICS_DEFAULT_PRIORITY);
            if (masked.contains(s.number())) {
                platform.rtasIntOff(s.number());
            }
        }
        say(-1, -1, "XICS driver up: CPPR " + hex(baseCppr) + " on " + n + " CPUs, " + i
                + " sources at priority " + XICS_DEFAULT_PRIORITY + " spread over the CPUs");
    }

    private void bootXive() {
        for (int cpu = 0; cpu < n; cpu++) {
            java.util.Arrays.fill(queueIndex[cpu], 0);
            java.util.Arrays.fill(queueToggle[cpu], 0);
            platform.hIntSetQueueConfig(cpu, XIVE_PRIORITY, queuePage(cpu, XIVE_PRIORITY), XIVE_QUEUE_SHIFT);
            platform.hIntSetSourceConfig(cpu, cpu, XIVE_PRIORITY, cpu, false);
            platform.esbLoad(cpu, ESB_SET_PQ_00);
            platform.timaSetCppr(cpu, baseCppr);
        }
        int i = 0;
        for (DeviceSource s : platform.deviceSources()) {
            platform.hIntSetSourceConfig(s.number(), i++ % n, XIVE_PRIORITY, s.number(), false);
            platform.esbLoad(s.number(), masked.contains(s.number()) ? ESB_SET_PQ_01 : ESB_SET_PQ_00);
        }
        say(-1, -1, "XIVE driver up: queue of 2^" + (XIVE_QUEUE_SHIFT - 2) + " entries at priority " + XIVE_PRIORITY
                + " and IPI LISN = CPU on each of " + n + " CPUs, " + i + " sources unmasked (SET_PQ_00)");
    }

    /** After a flip the VMM restored the source targeting: the driver of the new mode only sets up its CPUs. */
    public void renegotiate() {
        java.util.Arrays.fill(current, -1);
        java.util.Arrays.fill(replay, false);
        java.util.Arrays.fill(pendingPrio, 0);
        mode = platform.negotiate(!xiveOff);
        if (mode == Mode.XICS) {
            for (int cpu = 0; cpu < n; cpu++) {
                platform.hCppr(cpu, baseCppr);
            }
        } else {
            for (int cpu = 0; cpu < n; cpu++) {
                java.util.Arrays.fill(queueIndex[cpu], 0);
                java.util.Arrays.fill(queueToggle[cpu], 0);
                platform.hIntSetQueueConfig(cpu, XIVE_PRIORITY, queuePage(cpu, XIVE_PRIORITY), XIVE_QUEUE_SHIFT);
                platform.hIntSetSourceConfig(cpu, cpu, XIVE_PRIORITY, cpu, false);
                platform.esbLoad(cpu, ESB_SET_PQ_00);
                platform.timaSetCppr(cpu, baseCppr);
            }
        }
        for (int cpu = 0; cpu < n; cpu++) {
            if (stopped[cpu]) {
                platform.setDispatched(cpu, false);
            }
        }
        say(-1, -1, "guest renegotiates: " + mode + " driver set up on " + n + " CPUs");
    }

    /** The guest's queue page for (cpu, priority). */
    public static long queuePage(int cpu, int priority) {
        return QUEUE_BASE + ((long) (cpu << 3 | priority) << XIVE_QUEUE_SHIFT);
    }

    // ---------------------------------------------------------------- knobs

    /** The handler takes {@code steps} guest steps before it EOIs. */
    public void setSlowEoi(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("slow EOI of " + steps + " steps is negative");
        }
        slowEoi = steps;
    }

    /** The handler of {@code source} never EOIs it (a driver bug). */
    public void forgetEoi(int source, boolean forget) {
        if (forget) {
            forgottenEoi.add(source);
        } else {
            forgottenEoi.remove(source);
        }
    }

    /** The base CPPR the guest runs at (0xFF normally); a more favoured value blocks its own interrupts. */
    public void setBaseCppr(int cppr) {
        if (cppr < 0 || cppr > 0xff) {
            throw new IllegalArgumentException("CPPR " + cppr + " is outside 0..0xff");
        }
        baseCppr = cppr;
        for (int cpu = 0; cpu < n; cpu++) {
            if (current[cpu] < 0 && mode != null) {
                if (mode == Mode.XICS) {
                    platform.hCppr(cpu, cppr);
                } else {
                    platform.timaSetCppr(cpu, cppr);
                }
            }
        }
    }

    /** The guest masks (disable_irq) or unmasks a source: ibm,int-off / int-on, or ESB SET_PQ_01 / SET_PQ_00. */
    public void mask(int source, boolean mask) {
        if (mask) {
            masked.add(source);
        } else {
            masked.remove(source);
        }
        if (mode == Mode.XICS) {
            if (mask) {
                platform.rtasIntOff(source);
            } else {
                platform.rtasIntOn(source);
            }
        } else if (mode == Mode.XIVE) {
            platform.esbLoad(source, mask ? ESB_SET_PQ_01 : ESB_SET_PQ_00);
        }
    }

    /** A device fires {@code source} {@code perMs} times per millisecond of {@link #run(long)}. */
    public void setStorm(int source, int perMs) {
        if (perMs < 0) {
            throw new IllegalArgumentException("storm rate " + perMs + " is negative");
        }
        stormSource = perMs == 0 ? -1 : source;
        stormPerMs = perMs;
    }

    /** Each millisecond, {@code perMs} IPIs from random CPUs to random CPUs (from the seed). */
    public void setIpisPerMs(int perMs) {
        ipisPerMs = perMs;
    }

    /** The vCPU stops taking interrupts (not dispatched: under XIVE its notifications escalate) or resumes. */
    public void setStopped(int cpu, boolean stop) {
        stopped[cpu] = stop;
        platform.setDispatched(cpu, !stop);
    }

    // ---------------------------------------------------------------- running

    /** Sends an IPI: H_IPI at IPI_PRIORITY under XICS, a store on the target's IPI ESB trigger page under XIVE. */
    public void sendIpi(int from, int to) {
        if (mode == Mode.XICS) {
            platform.hIpi(to, XICS_IPI_PRIORITY);
        } else {
            platform.esbTrigger(to);
        }
        say(-1, from, "vCPU " + from + " sends an IPI to vCPU " + to);
    }

    /** Advances the guest {@code millis} ms: the storm and IPIs of each ms, then the CPUs handle what arrived. */
    public void run(long millis, int stepsPerMs) {
        for (long ms = 0; ms < millis; ms++) {
            for (int i = 0; i < stormPerMs && stormSource >= 0; i++) {
                platform.raise(stormSource, false, false);
            }
            for (int i = 0; i < ipisPerMs && n > 0; i++) {
                sendIpi(random.nextInt(n), random.nextInt(n));
            }
            for (int s = 0; s < stepsPerMs && step(); s++) {
                // each step is one guest action; stop early once every CPU is idle
            }
        }
    }

    /** One guest action on the next vCPU that has something to do; false when every vCPU is idle. */
    public boolean step() {
        for (int i = 0; i < n; i++) {
            int cpu = (roundRobin + i) % n;
            if (work(cpu)) {
                roundRobin = cpu + 1;
                return true;
            }
        }
        return false;
    }

    private boolean work(int cpu) {
        if (stopped[cpu] || mode == null) {
            return false;
        }
        if (current[cpu] >= 0) {
            if (eoiWait[cpu] > 0) {
                eoiWait[cpu]--;
                say(current[cpu], cpu, "vCPU " + cpu + " is still in the handler of " + hex(current[cpu])
                        + " (" + eoiWait[cpu] + " more steps before its EOI)");
                return true;
            }
            eoi(cpu);
            return true;
        }
        boolean line = mode == Mode.XICS ? platform.xicsException(cpu) : platform.xiveException(cpu);
        if (line || replay[cpu]) {
            replay[cpu] = false;
            take(cpu);
            return true;
        }
        return false;
    }

    private void take(int cpu) {
        int src;
        if (mode == Mode.XICS) {
            int xirr = platform.hXirr(cpu);
            src = xirr & 0xffffff;
            if (src == 0) {
                say(-1, cpu, "vCPU " + cpu + " H_XIRR: nothing pending (spurious)");
                return;
            }
            currentXirr[cpu] = xirr;
            if (src == XICS_IPI) {
                platform.hIpi(cpu, LOWEST_PRIORITY);
            }
        } else {
            int ack = platform.timaAck(cpu);
            if ((ack >>> 8 & 0x80) != 0 && (ack & 0xff) < 8) {
                pendingPrio[cpu] |= 1 << (ack & 0xff);
            }
            src = scan(cpu, false);
            if (src < 0) {
                platform.timaSetCppr(cpu, baseCppr);
                say(-1, cpu, "vCPU " + cpu + " found its queues empty: CPPR back to " + hex(baseCppr));
                return;
            }
        }
        current[cpu] = src;
        eoiWait[cpu] = slowEoi;
        if (isLsi(src)) {
            // the driver's handler services its device, which drops the line before the EOI
            platform.raise(src, false, true);
        }
        countHandler(cpu, src);
        handled++;
        say(src, cpu, "vCPU " + cpu + " runs the handler of " + hex(src) + (src == XICS_IPI && mode == Mode.XICS
                || mode == Mode.XIVE && src < n ? " (IPI)" : "") + " (" + counts[cpu][src & COUNTED_SOURCES - 1]
                + " so far on this CPU)");
    }

    /** Pops (or with peek, looks at) the next valid entry of the pending priorities' queues; -1 when none. */
    private int scan(int cpu, boolean peek) {
        while (pendingPrio[cpu] != 0) {
            int prio = Integer.numberOfTrailingZeros(pendingPrio[cpu]);
            int entries = platform.queueEntries(cpu, prio);
            if (entries > 0) {
                int idx = queueIndex[cpu][prio];
                int entry = platform.queueEntry(cpu, prio, idx);
                if ((entry >>> 31) != queueToggle[cpu][prio]) {
                    if (!peek) {
                        queueIndex[cpu][prio] = (idx + 1) % entries;
                        if (queueIndex[cpu][prio] == 0) {
                            queueToggle[cpu][prio] ^= 1;
                        }
                    }
                    return entry & 0x7fffffff;
                }
            }
            pendingPrio[cpu] &= ~(1 << prio);
        }
        return -1;
    }

    private void eoi(int cpu) {
        int src = current[cpu];
        current[cpu] = -1;
        if (forgottenEoi.contains(src)) {
            say(src, cpu, "vCPU " + cpu + " returns from the handler of " + hex(src) + " without an EOI (forgotten)");
            return;
        }
        if (mode == Mode.XICS) {
            platform.hEoi(cpu, currentXirr[cpu]);
            say(src, cpu, "vCPU " + cpu + " H_EOI " + hex(currentXirr[cpu] & 0xffffffffL));
            return;
        }
        boolean lsi = isLsi(src);
        if (lsi) {
            platform.esbLoad(src, ESB_LOAD_EOI);
        } else {
            long old = platform.esbLoad(src, ESB_SET_PQ_00);
            if ((old & 1) != 0) {
                platform.esbTrigger(src);
            }
        }
        if (scan(cpu, true) >= 0) {
            replay[cpu] = true;
        } else {
            platform.timaSetCppr(cpu, baseCppr);
        }
        say(src, cpu, "vCPU " + cpu + " EOIs " + hex(src) + (lsi ? " with the ESB load-EOI" : " with ESB SET_PQ_00")
                + (replay[cpu]
                        ? "; more in the queue: handles it next"
                        : "; queue empty, CPPR back to "
                                + hex(baseCppr)));
    }

    private boolean isLsi(int src) {
        for (DeviceSource s : platform.deviceSources()) {
            if (s.number() == src) {
                return s.lsi();
            }
        }
        return false;
    }

    private void countHandler(int cpu, int src) {
        if (counts[cpu] == null) {
            counts[cpu] = new long[COUNTED_SOURCES];
        }
        counts[cpu][src & COUNTED_SOURCES - 1]++;
    }

    /** Handler runs of {@code source} on {@code cpu} (XICS IPIs count as source 2, XIVE IPIs as their LISN). */
    public long count(int cpu, int source) {
        return counts[cpu] == null ? 0 : counts[cpu][source & COUNTED_SOURCES - 1];
    }

    /** Handler runs of {@code source} on all CPUs. */
    public long total(int source) {
        long t = 0;
        for (int cpu = 0; cpu < n; cpu++) {
            t += count(cpu, source);
        }
        return t;
    }

    public long handled() {
        return handled;
    }

    /** The source whose handler the cpu is in, or -1. */
    public int handling(int cpu) {
        return current[cpu];
    }

    public boolean stopped(int cpu) {
        return stopped[cpu];
    }

    private void say(int source, int cpu, String text) {
        if (hops.active()) {
            hops.emit("guest", source, cpu, text);
        }
    }
}
