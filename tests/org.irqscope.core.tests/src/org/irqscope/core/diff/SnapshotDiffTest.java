// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.sync.SampleStates;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;

class SnapshotDiffTest {
    private static final MachineState BASE = SampleStates.xive(3, 6);

    private static MachineState next(MachineState s, List<SourceState> sources, List<VcpuState> vcpus,
            Map<String, Long> counters, List<ControllerState> controllers) {
        return new MachineState(s.target(), s.arch(), s.mode(), s.irqchip(), s.backend(), s.sequence() + 1,
                s.capturedAtMillis() + 500, s.capabilities(), vcpus, sources, controllers, s.routes(), counters,
                s.notes());
    }

    @Test
    void sameSnapshotHasNoChangesEvenWhenReadLater() {
        MachineState later = next(BASE, BASE.sources(), BASE.vcpus(), BASE.counters(), BASE.controllers());
        SnapshotDiff diff = SnapshotDiff.between(BASE, later);
        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.toText()).isEqualTo("soft:power9?mode=xive&vcpus=3 #1 -> #2: no changes\n");
    }

    @Test
    void aSnapshotComparedWithItselfHasNoChanges() {
        assertThat(SnapshotDiff.between(BASE, BASE).changes()).isEmpty();
    }

    @Test
    void queueEntriesWithTheGenerationBitPrintAsUnsignedHex() {
        var a = new ControllerState.XiveRouter(List.of(new org.irqscope.core.state.XiveEventQueue(6, 0, 6, true,
                true, 16, 1, 1, 0x40000000L, -1, List.of(0x80001300))), List.of());
        var b = new ControllerState.XiveRouter(List.of(new org.irqscope.core.state.XiveEventQueue(6, 0, 6, true,
                true, 16, 2, 1, 0x40000000L, -1, List.of(0x80001300, 0x80001301))), List.of());
        SnapshotDiff diff = SnapshotDiff.between(next(BASE, BASE.sources(), BASE.vcpus(), BASE.counters(), List.of(a)),
                next(BASE, BASE.sources(), BASE.vcpus(), BASE.counters(), List.of(b)));
        assertThat(diff.toText()).contains("0x80001301").doesNotContain("-2147478783");
    }

    @Test
    void sourceAndVcpuChangesAreKeyedAndNamed() {
        List<SourceState> sources = new ArrayList<>(BASE.sources());
        sources.set(3, sources.get(3).toBuilder().priority(2).pq(3).build());
        sources.remove(5);
        sources.add(SourceState.builder(0x1300, SourceKind.LSI).server(1).priority(6).pending(true).build());
        List<VcpuState> vcpus = new ArrayList<>(BASE.vcpus());
        XiveRing os = new XiveRing(0, 0xff, XiveRing.ipbBit(3), 0xff, 0xff, 0, 0xff, 3, 0x80000001);
        vcpus.set(1, new VcpuState(1, RunState.HALTED, XiveThreadContext.ofOsRing(os, 0x401),
                Map.of("irq.accepted", 1L)));
        vcpus.add(new VcpuState(3, RunState.RUNNING, Presenter.NONE));
        Map<String, Long> counters = new HashMap<>(BASE.counters());
        counters.put("inject.delivered", 4L);

        SnapshotDiff diff = SnapshotDiff.between(BASE, next(BASE, sources, vcpus, counters, BASE.controllers()));

        assertThat(diff.changes()).containsExactly(
                new Change(ChangeKind.CHANGED, "machine", "counter inject.delivered", "0", "4"),
                new Change(ChangeKind.CHANGED, "vcpu 1", "runState", "running", "halted"),
                new Change(ChangeKind.CHANGED, "vcpu 1", "presenter.rings[1].ipb", "0x0", "0x10"),
                new Change(ChangeKind.CHANGED, "vcpu 1", "presenter.rings[1].pipr", "0xff", "0x3"),
                new Change(ChangeKind.ADDED, "vcpu 3", "", "", "running, presenter none"),
                new Change(ChangeKind.CHANGED, "source 0x1003", "priority", "0x5", "0x2"),
                new Change(ChangeKind.CHANGED, "source 0x1003", "pq", "0", "3"),
                new Change(ChangeKind.REMOVED, "source 0x1005", "", "LSI server 2 priority 0x5", ""),
                new Change(ChangeKind.ADDED, "source 0x1300", "", "", "LSI server 1 priority 0x6 pending"));
        assertThat(diff.toText()).isEqualTo("""
                soft:power9?mode=xive&vcpus=3 #1 -> #2: 9 changes
                  changed  machine  counter inject.delivered: 0 -> 4
                  changed  vcpu 1  runState: running -> halted
                  changed  vcpu 1  presenter.rings[1].ipb: 0x0 -> 0x10
                  changed  vcpu 1  presenter.rings[1].pipr: 0xff -> 0x3
                  added    vcpu 3  running, presenter none
                  changed  source 0x1003  priority: 0x5 -> 0x2
                  changed  source 0x1003  pq: 0 -> 3
                  removed  source 0x1005  LSI server 2 priority 0x5
                  added    source 0x1300  LSI server 1 priority 0x6 pending
                """);
    }

    @Test
    void jsonShapeIsAListOfKindElementFieldBeforeAfter() {
        MachineState after = SampleStates.withSource(BASE, BASE.sources().get(0).toBuilder().server(2).build());
        String json = new Gson().toJson(SnapshotDiff.between(BASE, after).toJson());
        assertThat(json).isEqualTo("[{\"kind\":\"changed\",\"element\":\"source 0x1000\",\"field\":\"server\","
                + "\"before\":\"0\",\"after\":\"2\"}]");
    }

    @Test
    void controllersAreComparedByPositionAndKind() {
        MachineState xics = next(BASE, BASE.sources(), BASE.vcpus(), BASE.counters(),
                List.of(new ControllerState.IcsBlock("ics0", 0x1000, 6), new ControllerState.GicDistributor(1, 32)));
        SnapshotDiff diff = SnapshotDiff.between(BASE, xics);
        assertThat(diff.changes()).extracting(Change::kind, Change::element, Change::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, "controller 0", "kind"),
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, "controller 1 (GicDistributor)", ""));
        assertThat(diff.changes().get(0).before()).isEqualTo("XiveRouter");
        assertThat(diff.changes().get(0).after()).isEqualTo("IcsBlock");
    }

    @Test
    void machineLevelFieldsAndPresenterKindsAreReported() {
        SnapshotDiff diff = SnapshotDiff.between(SampleStates.xics(2, 2), SampleStates.xive(2, 2));
        assertThat(diff.changes()).contains(
                new Change(ChangeKind.CHANGED, "machine", "mode", "xics", "xive"),
                new Change(ChangeKind.CHANGED, "vcpu 0", "presenter", "XicsIcp", "XiveThreadContext"));
        assertThat(diff.toText()).startsWith("soft:power8?mode=xics&vcpus=2 #7 -> soft:power9?mode=xive&vcpus=2 #1:");
    }
}
