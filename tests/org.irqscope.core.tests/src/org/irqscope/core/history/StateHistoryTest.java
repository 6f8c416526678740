// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.sync.SampleStates;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class StateHistoryTest {

    @Property(tries = 200)
    void everyKeptSnapshotIsRecoveredEqual(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seed,
            @ForAll @IntRange(min = 1, max = 40) int length, @ForAll @IntRange(min = 1, max = 12) int capacity,
            @ForAll @IntRange(min = 1, max = 6) int keyframeInterval) {
        List<MachineState> states = randomTimeline(new Random(seed), length);
        StateHistory history = new StateHistory(capacity, keyframeInterval);
        for (MachineState s : states) {
            history.append(s);
        }
        int kept = Math.min(capacity, length);
        List<MachineState> expected = states.subList(length - kept, length);
        assertThat(history.size()).isEqualTo(kept);
        for (int i = 0; i < kept; i++) {
            assertThat(history.get(i)).as("snapshot %d of %d", i, kept).isEqualTo(expected.get(i));
        }
        assertThat(history.snapshots()).isEqualTo(expected);
        assertThat(history.latest()).isEqualTo(states.get(length - 1));
    }

    /** A random walk from a small XIVE machine: source edits, additions, removals, vCPU and header changes. */
    static List<MachineState> randomTimeline(Random random, int length) {
        List<MachineState> out = new ArrayList<>();
        MachineState current = SampleStates.xive(3, 12);
        for (int step = 0; step < length; step++) {
            current = mutate(current, random);
            out.add(current);
        }
        return out;
    }

    static MachineState mutate(MachineState s, Random random) {
        Map<Integer, SourceState> sources = new TreeMap<>();
        s.sources().forEach(x -> sources.put(x.number(), x));
        int edits = random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            List<Integer> numbers = new ArrayList<>(sources.keySet());
            switch (random.nextInt(5)) {
                case 0 -> {
                    int number = 0x1000 + random.nextInt(40);
                    sources.put(number, SourceState.builder(number, SourceKind.MSI).build());
                }
                case 1 -> {
                    if (!numbers.isEmpty()) {
                        sources.remove(numbers.get(random.nextInt(numbers.size())));
                    }
                }
                default -> {
                    if (!numbers.isEmpty()) {
                        SourceState x = sources.get(numbers.get(random.nextInt(numbers.size())));
                        sources.put(x.number(), x.toBuilder().pq(random.nextInt(4)).pending(random.nextBoolean())
                                .count(x.count() + 1).build());
                    }
                }
            }
        }
        List<VcpuState> vcpus = new ArrayList<>(s.vcpus());
        if (random.nextInt(3) == 0 && !vcpus.isEmpty()) {
            int i = random.nextInt(vcpus.size());
            int ipb = random.nextInt(256);
            XiveRing os = new XiveRing(0, random.nextInt(8), ipb, 0xff, 0xff, 0, 0xff, XiveRing.piprOf(ipb), 0);
            vcpus.set(i, new VcpuState(vcpus.get(i).id(), RunState.values()[random.nextInt(RunState.values().length)],
                    XiveThreadContext.ofOsRing(os, 0x400 + i), Map.of("irq.accepted", (long) random.nextInt(9))));
        }
        if (random.nextInt(8) == 0) {
            vcpus.add(new VcpuState(vcpus.size() + random.nextInt(3), RunState.RUNNING,
                    org.irqscope.core.state.Presenter.NONE));
        }
        if (random.nextInt(8) == 0 && vcpus.size() > 1) {
            vcpus.remove(random.nextInt(vcpus.size()));
        }
        Map<Integer, VcpuState> uniqueVcpus = new TreeMap<>();
        vcpus.forEach(v -> uniqueVcpus.put(v.id(), v));
        Map<String, Long> counters = new HashMap<>(s.counters());
        counters.merge("inject.delivered", (long) random.nextInt(3), Long::sum);
        List<ControllerState> controllers = random.nextInt(10) == 0
                ? List.of(new ControllerState.IcsBlock("ics" + random.nextInt(3), 0x1000, 40))
                : s.controllers();
        return new MachineState(s.target(), s.arch(), s.mode(), s.irqchip(), s.backend(), s.sequence() + 1,
                s.capturedAtMillis() + 1 + random.nextInt(100), s.capabilities(), new ArrayList<>(uniqueVcpus.values()),
                new ArrayList<>(sources.values()), controllers, s.routes(), counters,
                random.nextInt(10) == 0 ? List.of("note " + s.sequence()) : s.notes());
    }

    @Test
    void keepsMostlyDeltas() {
        StateHistory history = new StateHistory(100, 10);
        Random random = new Random(7);
        MachineState s = SampleStates.xive(4, 1000);
        for (int i = 0; i < 100; i++) {
            s = mutate(s, random);
            history.append(s);
        }
        assertThat(history.keyframeCount()).isEqualTo(10);
        assertThat(history.get(55)).isEqualTo(history.snapshots().get(55));
    }

    @Test
    void dropsTheOldestAndKeepsTheRestRecoverable() {
        StateHistory history = new StateHistory(3, 5);
        List<MachineState> states = randomTimeline(new Random(3), 10);
        states.forEach(history::append);
        assertThat(history.snapshots()).isEqualTo(states.subList(7, 10));
        assertThat(history.keyframeCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void findsKeptSnapshotsBySequence() {
        StateHistory history = new StateHistory(4, 2);
        List<MachineState> states = randomTimeline(new Random(11), 6);
        states.forEach(history::append);
        assertThat(history.findBySequence(states.get(3).sequence())).contains(states.get(3));
        assertThat(history.findBySequence(states.get(1).sequence())).isEmpty();
    }

    @Test
    void refusesBadArgumentsByName() {
        assertThatThrownBy(() -> new StateHistory(0, 1)).hasMessageContaining("at least 1 snapshot");
        assertThatThrownBy(() -> new StateHistory(1, 0)).hasMessageContaining("keyframe interval");
        StateHistory history = new StateHistory(2, 2);
        assertThatThrownBy(history::latest).hasMessageContaining("empty");
        assertThatThrownBy(() -> history.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> history.append(null)).hasMessageContaining("machine state");
    }
}
