// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.model.Machine;
import org.irqscope.model.Source;
import org.irqscope.model.util.IrqscopeValidator;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class ModelSyncTest {

    private static ModelSync synced(MachineState state) {
        ModelSync sync = ModelSync.forNewMachine();
        sync.apply(state);
        return sync;
    }

    private static NotificationCounter watch(Machine machine) {
        NotificationCounter counter = new NotificationCounter();
        machine.eAdapters().add(counter);
        return counter;
    }

    @Test
    void everySampleReadsBackEqual() {
        for (MachineState state : List.of(SampleStates.xive(4, 40), SampleStates.xics(3, 30), SampleStates.x86(2),
                SampleStates.arm())) {
            assertThat(ModelStateReader.read(synced(state).machine())).isEqualTo(state);
        }
    }

    @Test
    void modelCarriesTheDomainValues() {
        Machine m = synced(SampleStates.xive(4, 16)).machine();
        Source s = m.getSources().get(3);
        assertThat(s.getNumber()).isEqualTo(0x1003);
        assertThat(s.getEnd()).isNotNull();
        assertThat(s.getEnd().getServer()).isEqualTo(3);
        assertThat(s.getEnd().getEntries()).isEqualTo(1 << 14);
        assertThat(m.getArch()).isEqualTo(org.irqscope.model.Arch.PPC64);
        var os = ((org.irqscope.model.XiveThreadContext) m.getVcpus().get(0).getPresenter()).getRings().get(1);
        assertThat(os.getRingName()).isEqualTo("OS");
        Machine x86 = synced(SampleStates.x86(1)).machine();
        var ioapic = (org.irqscope.model.Ioapic) x86.getControllers().get(2);
        assertThat(ioapic.getPins().get(9).isRemoteIrr()).isTrue();
        assertThat(ioapic.getPins().get(4).isInputAsserted()).isTrue();
        assertThat(ioapic.getPins().get(5).isMasked()).isTrue();
        assertThat(ioapic.getPins().get(16).isLevelTriggered()).isTrue();
        var lapic = (org.irqscope.model.Lapic) x86.getVcpus().get(0).getPresenter();
        assertThat(lapic.getIrr().contains(0xec)).isTrue();
        assertThat(lapic.getIrr().contains(0xeb)).isFalse();
    }

    @Test
    void samplesPassTheModelConstraints() {
        for (MachineState state : List.of(SampleStates.xive(4, 40), SampleStates.xics(3, 30), SampleStates.x86(2),
                SampleStates.arm())) {
            Diagnostic d = Diagnostician.INSTANCE.validate(synced(state).machine());
            assertThat(d.getSeverity()).as(state.target() + ": " + d.getChildren())
                    .isEqualTo(Diagnostic.OK);
        }
        MachineState bad = SampleStates.withSource(SampleStates.xive(2, 2),
                SampleStates.xive(2, 2).sources().get(0).toBuilder().server(9).priority(9).build());
        Diagnostic d = Diagnostician.INSTANCE.validate(synced(bad).machine());
        assertThat(d.getChildren()).extracting(Diagnostic::getCode)
                .containsExactlyInAnyOrder(IrqscopeValidator.SOURCE__PRIORITY_IN_ARCHITECTURE_RANGE,
                        IrqscopeValidator.SOURCE__SERVER_IS_VCPU);
    }

    @Test
    void sameStateAgainSendsNoNotification() {
        MachineState state = SampleStates.xive(8, 200);
        ModelSync sync = synced(state);
        NotificationCounter counter = watch(sync.machine());
        assertThat(sync.apply(state)).isZero();
        // An equal but not identical snapshot must also be recognised as unchanged.
        assertThat(sync.apply(SampleStates.xive(8, 200))).isZero();
        assertThat(counter.count()).isZero();
    }

    @Test
    void notificationsEqualChangedFeatures() {
        MachineState before = SampleStates.xics(4, 50);
        ModelSync sync = synced(before);
        NotificationCounter counter = watch(sync.machine());
        List<SourceState> sources = new ArrayList<>(before.sources());
        sources.set(3, sources.get(3).toBuilder().priority(2).pending(true).build()); // 2 features
        sources.set(7, sources.get(7).toBuilder().server(0).build()); // 1 (server 3 -> 0)
        sources.remove(10); // 1 removal
        sources.add(SourceState.builder(0x2000, SourceKind.LSI).server(1).build()); // 1 addition
        List<VcpuState> vcpus = new ArrayList<>(before.vcpus());
        vcpus.set(2, new VcpuState(2, RunState.HALTED, new XicsIcp(0x05, 0xff, 0, 0xff))); // run state + CPPR = 2
        vcpus.set(3, new VcpuState(3, RunState.RUNNING, Presenter.NONE)); // presenter removed = 1
        MachineState after = SampleStates.withVcpus(SampleStates.withSources(before, sources), vcpus);

        int changed = sync.apply(after);

        assertThat(changed).isEqualTo(8);
        assertThat(counter.count()).isEqualTo(8);
        assertThat(ModelStateReader.read(sync.machine())).isEqualTo(after);
    }

    @Property(tries = 60)
    void notificationsEqualDifferingSourceFields(@ForAll @IntRange(min = 0, max = 1 << 30) int seed,
            @ForAll @IntRange(min = 1, max = 30) int edits) {
        MachineState before = SampleStates.xive(4, 60);
        ModelSync sync = synced(before);
        NotificationCounter counter = watch(sync.machine());
        java.util.Random random = new java.util.Random(seed);
        List<SourceState> sources = new ArrayList<>(before.sources());
        for (int e = 0; e < edits; e++) {
            int i = random.nextInt(sources.size());
            SourceState s = sources.get(i);
            switch (random.nextInt(6)) {
                case 0 -> sources.set(i, s.toBuilder().priority(random.nextInt(8)).build());
                case 1 -> sources.set(i, s.toBuilder().pq(random.nextInt(4)).pending(random.nextBoolean()).build());
                case 2 -> sources.set(i, s.toBuilder().server(random.nextInt(4)).masked(random.nextBoolean()).build());
                case 3 -> sources.set(i, s.toBuilder().count(s.count() + 1).owner("dev" + random.nextInt(3)).build());
                case 4 -> sources.remove(i);
                default -> sources.add(SourceState.builder(0x3000 + random.nextInt(100), SourceKind.MSI).build());
            }
            sources = dedupe(sources);
        }
        MachineState after = SampleStates.withSources(before, sources);

        int expected = differingSourceFeatures(before.sources(), after.sources());
        assertThat(sync.apply(after)).isEqualTo(expected);
        assertThat(counter.count()).isEqualTo(expected);
        assertThat(ModelStateReader.read(sync.machine())).isEqualTo(after);
    }

    private static List<SourceState> dedupe(List<SourceState> in) {
        java.util.Map<Integer, SourceState> byNumber = new java.util.TreeMap<>();
        for (SourceState s : in) {
            byNumber.put(s.number(), s);
        }
        return new ArrayList<>(byNumber.values());
    }

    /** The oracle: record components that differ per kept source, plus one per added or removed source. */
    private static int differingSourceFeatures(List<SourceState> before, List<SourceState> after) {
        java.util.Map<Integer, SourceState> old = new java.util.HashMap<>();
        before.forEach(s -> old.put(s.number(), s));
        int n = 0;
        for (SourceState s : after) {
            SourceState o = old.remove(s.number());
            if (o == null) {
                n++;
                continue;
            }
            for (RecordComponent c : SourceState.class.getRecordComponents()) {
                try {
                    if (!Objects.equals(c.getAccessor().invoke(o), c.getAccessor().invoke(s))) {
                        n++;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return n + old.size();
    }

    @Test
    void presenterOfAnotherArchitectureIsReplacedWithOneNotification() {
        MachineState xics = SampleStates.xics(2, 4);
        ModelSync sync = synced(xics);
        NotificationCounter counter = watch(sync.machine());
        MachineState xive = SampleStates.xive(2, 0);
        List<VcpuState> vcpus = List.of(xive.vcpus().get(0), xics.vcpus().get(1));
        MachineState mixed = SampleStates.withVcpus(xics, vcpus);
        // vCPU 0: presenter replaced (1), run state HALTED -> RUNNING (1), counter added (1)
        assertThat(sync.apply(mixed)).isEqualTo(3);
        assertThat(counter.count()).isEqualTo(3);
        assertThat(ModelStateReader.read(sync.machine())).isEqualTo(mixed);
    }

    @Test
    void switchingArchitecturesReplacesControllersAndReadsBackEqual() {
        ModelSync sync = synced(SampleStates.xive(4, 32));
        for (MachineState next : List.of(SampleStates.x86(2), SampleStates.arm(), SampleStates.xics(3, 8),
                SampleStates.xive(4, 32))) {
            sync.apply(next);
            assertThat(ModelStateReader.read(sync.machine())).isEqualTo(next);
        }
    }

    @Test
    void unorderedModelIsOrderedOnceThenSynced() {
        MachineState state = SampleStates.xics(2, 10);
        Machine machine = synced(state).machine();
        org.eclipse.emf.common.util.ECollections.reverse(machine.getSources());
        ModelSync sync = new ModelSync(machine);
        sync.apply(state);
        assertThat(ModelStateReader.read(machine)).isEqualTo(state);
    }

    @Test
    void anotherThreadIsRefusedAndTheModelStaysUntouched() throws InterruptedException {
        MachineState state = SampleStates.xics(2, 10);
        ModelSync sync = synced(state);
        Machine copy = EcoreUtil.copy(sync.machine());
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> sync.apply(SampleStates.x86(1)));
        assertThatThrownBy(other::get).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(IllegalStateException.class).hasMessageContaining("owned by thread");
        assertThat(EcoreUtil.equals(copy, sync.machine())).isTrue();
    }

    @Test
    void directEditIsRepairedOnceTheSyncForgetsWhatItApplied() {
        MachineState state = SampleStates.xics(2, 10);
        ModelSync sync = synced(state);
        sync.machine().getSources().get(4).setPriority(0x77);
        sync.machine().getVcpus().get(1).setRunState(org.irqscope.model.RunState.STOPPED);
        sync.forgetAppliedState();
        assertThat(sync.apply(state)).isEqualTo(2);
        assertThat(ModelStateReader.read(sync.machine())).isEqualTo(state);
    }

    @Test
    void equalButNewRecordsAreComparedFieldByField() {
        ModelSync sync = synced(SampleStates.xive(4, 100));
        MachineState fresh = SampleStates.xive(4, 100);
        MachineState changed = SampleStates.withSource(fresh, fresh.sources().get(42).toBuilder().queued(true).build());
        assertThat(sync.apply(changed)).isEqualTo(1);
        assertThat(sync.machine().getSources().get(42).isQueued()).isTrue();
    }

    @Test
    void listenersHearOncePerBatchWithTheNumberOfChanges() {
        MachineState before = SampleStates.xics(2, 20);
        ModelSync sync = synced(before);
        List<Integer> heard = new ArrayList<>();
        ApplyListener listener = (state, changed) -> heard.add(changed);
        sync.addApplyListener(listener);
        List<SourceState> sources = new ArrayList<>(before.sources());
        for (int i = 0; i < 5; i++) {
            sources.set(i, sources.get(i).toBuilder().pending(true).build());
        }
        sync.apply(SampleStates.withSources(before, sources));
        sync.apply(SampleStates.withSources(before, sources));
        sync.removeApplyListener(listener);
        sync.apply(before);
        assertThat(heard).containsExactly(5, 0);
    }

    @Test
    void nullStateIsRefusedByName() {
        ModelSync sync = ModelSync.forNewMachine();
        assertThatThrownBy(() -> sync.apply(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("machine state");
    }
}
