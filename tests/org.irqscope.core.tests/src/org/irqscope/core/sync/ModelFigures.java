// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.irqscope.core.files.IrqscopeFiles;
import org.irqscope.core.history.StateHistory;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;

/**
 * Measures the figures for the large machine (65,536 sources, 1,024 vCPUs): model heap, applying a snapshot
 * with 1% of the sources changed, applying an unchanged one, and saving and loading the model as XMI. Not a test
 * (nothing asserts on wall-clock time in the unit tier); run it by hand, or move it into the JMH module:
 * {@code java -cp <test and main classes, EMF> org.irqscope.core.sync.ModelFigures}.
 */
public final class ModelFigures {
    static final int SOURCES = 65_536;
    static final int VCPUS = 1_024;
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ModelFigures() {
    }

    public static void main(String[] args) throws Exception {
        MachineState base = SampleStates.xive(VCPUS, SOURCES);
        MachineState onePercent = changeEveryHundredth(base);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long before = usedHeap(memory);
        ModelSync sync = ModelSync.forNewMachine();
        long t0 = System.nanoTime();
        sync.apply(base);
        long firstApply = System.nanoTime() - t0;
        long after = usedHeap(memory);
        System.out.printf("model heap: %.1f MB (first apply %.1f ms)%n", (after - before) / 1e6, firstApply / 1e6);

        NotificationCounter counter = new NotificationCounter();
        sync.machine().eAdapters().add(counter);
        double[] changed = new double[60];
        double[] changedCpu = new double[changed.length];
        int changedFeatures = 0;
        for (int i = 0; i < changed.length; i++) {
            counter.reset();
            long c = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            int n = sync.apply(i % 2 == 0 ? onePercent : base);
            changed[i] = (System.nanoTime() - s) / 1e6;
            changedCpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
            changedFeatures = n;
            if (counter.count() != n) {
                throw new IllegalStateException("notifications " + counter.count() + " != changed features " + n);
            }
        }
        report("apply with 1% of sources changed (" + changedFeatures + " features), wall", changed);
        report("apply with 1% of sources changed, thread CPU", changedCpu);

        double[] same = new double[200];
        double[] sameCpu = new double[same.length];
        counter.reset();
        for (int i = 0; i < same.length; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            sync.apply(base);
            same[i] = (System.nanoTime() - s) / 1e6;
            sameCpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        report("apply unchanged (notifications: " + counter.count() + "), wall", same);
        report("apply unchanged, thread CPU", sameCpu);

        // A reader that builds new but equal records: every field of every source is compared.
        MachineState[] equalCopies = {SampleStates.xive(VCPUS, SOURCES), SampleStates.xive(VCPUS, SOURCES)};
        double[] equal = new double[60];
        double[] equalCpu = new double[equal.length];
        counter.reset();
        for (int i = 0; i < equal.length; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            sync.apply(equalCopies[i % 2]);
            equal[i] = (System.nanoTime() - s) / 1e6;
            equalCpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
        }
        report("apply unchanged from new equal records (notifications: " + counter.count() + "), wall", equal);
        report("apply unchanged from new equal records, thread CPU", equalCpu);

        for (int i = 0; i < 3; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long s = System.nanoTime();
            Diagnostic result = Diagnostician.INSTANCE.validate(sync.machine());
            System.out.printf("validate whole model: %.1f ms wall, %.1f ms CPU, severity %d%n",
                    (System.nanoTime() - s) / 1e6, (THREADS.getCurrentThreadCpuTime() - c) / 1e6,
                    result.getSeverity());
        }

        long beforeHistory = usedHeap(memory);
        StateHistory history = new StateHistory(100, 20);
        MachineState current = base;
        for (int i = 0; i < 100; i++) {
            current = nextRead(current, i);
            history.append(current);
        }
        current = null;
        long afterHistory = usedHeap(memory);
        long s0 = System.nanoTime();
        MachineState rebuilt = history.get(98);
        System.out.printf("history of 100 snapshots (1%% changed each, keyframe every 20): %.1f MB retained, "
                + "%d keyframes; rebuilding snapshot 98: %.1f ms%n", (afterHistory - beforeHistory) / 1e6,
                history.keyframeCount(), (System.nanoTime() - s0) / 1e6);
        if (rebuilt.sequence() != base.sequence() + 99) {
            throw new IllegalStateException("history rebuilt the wrong snapshot");
        }

        Path file = Files.createTempFile("figures", ".irqscope");
        try {
            double[] save = new double[4];
            double[] load = new double[4];
            double[] saveCpu = new double[4];
            double[] loadCpu = new double[4];
            for (int i = 0; i < save.length; i++) {
                long c = THREADS.getCurrentThreadCpuTime();
                long s = System.nanoTime();
                IrqscopeFiles.saveModel(file, sync.machine());
                save[i] = (System.nanoTime() - s) / 1e6;
                saveCpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                c = THREADS.getCurrentThreadCpuTime();
                s = System.nanoTime();
                MachineState loaded = IrqscopeFiles.loadSnapshot(file);
                load[i] = (System.nanoTime() - s) / 1e6;
                loadCpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
                if (!loaded.equals(base)) {
                    throw new IllegalStateException("the loaded snapshot differs from the saved one");
                }
            }
            System.out.printf("XMI file: %.1f MB%n", Files.size(file) / 1e6);
            System.out.println("save XMI ms (runs): " + Arrays.toString(round(save)));
            System.out.println("save XMI thread CPU ms: " + Arrays.toString(round(saveCpu)));
            System.out.println("load XMI ms (runs, includes conversion to MachineState): "
                    + Arrays.toString(round(load)));
            System.out.println("load XMI thread CPU ms: " + Arrays.toString(round(loadCpu)));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The next read: 1% of the sources (a different 1% each time) have new counts. */
    static MachineState nextRead(MachineState previous, int step) {
        List<SourceState> sources = new ArrayList<>(previous.sources());
        for (int i = step % 100; i < sources.size(); i += 100) {
            SourceState s = sources.get(i);
            sources.set(i, s.toBuilder().count(s.count() + 1).build());
        }
        MachineState p = previous;
        return new MachineState(p.target(), p.arch(), p.mode(), p.irqchip(), p.backend(), p.sequence() + 1,
                p.capturedAtMillis() + 100, p.capabilities(), p.vcpus(), sources, p.controllers(), p.routes(),
                p.counters(), p.notes());
    }

    static MachineState changeEveryHundredth(MachineState base) {
        List<SourceState> sources = new ArrayList<>(base.sources());
        for (int i = 0; i < sources.size(); i += 100) {
            SourceState s = sources.get(i);
            sources.set(i, s.toBuilder().pq(s.pq() == 0 ? 2 : 0).build());
        }
        return SampleStates.withSources(base, sources);
    }

    private static long usedHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void report(String what, double[] ms) {
        double[] warm = Arrays.copyOfRange(ms, ms.length / 2, ms.length);
        Arrays.sort(warm);
        System.out.printf("%s: median %.3f ms, max %.3f ms (warm half of %d runs)%n", what, warm[warm.length / 2],
                warm[warm.length - 1], ms.length);
    }

    private static double[] round(double[] ms) {
        double[] out = new double[ms.length];
        for (int i = 0; i < ms.length; i++) {
            out[i] = Math.round(ms[i]);
        }
        return out;
    }
}
