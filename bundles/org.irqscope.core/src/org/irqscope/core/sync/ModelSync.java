// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.sync;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.ControllerState.IcsBlock;
import org.irqscope.core.state.ControllerState.XiveRouter;
import org.irqscope.core.state.GicCpuInterface;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.VectorSet;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.model.Controller;
import org.irqscope.model.Flic;
import org.irqscope.model.GicDistributor;
import org.irqscope.model.Ioapic;
import org.irqscope.model.IoapicPin;
import org.irqscope.model.IrqscopeFactory;
import org.irqscope.model.Lapic;
import org.irqscope.model.LvtEntry;
import org.irqscope.model.Machine;
import org.irqscope.model.Pic;
import org.irqscope.model.Source;
import org.irqscope.model.Vcpu;
import org.irqscope.model.values.InterruptVectors;

/**
 * Applies {@link MachineState} snapshots to one {@link Machine} model: in one batch, on one thread, touching only
 * what differs. A setter runs only when the value differs, sources and vCPUs are added and removed by key (number,
 * id), and a new object is filled before it is attached, so it costs one notification. Views therefore see exactly
 * one notification per changed feature and none at all when nothing changed.
 *
 * <p>Not thread-safe by design: the first thread that applies a snapshot owns the model; another thread gets an
 * {@link IllegalStateException} instead of a torn model.
 */
public final class ModelSync {
    private static final IrqscopeFactory FACTORY = IrqscopeFactory.eINSTANCE;

    private final Machine machine;
    private volatile Thread owner;
    private int changes;
    /**
     * The records the model's sources and vCPUs were last synced from, in model order; null when unknown (never
     * applied, or an apply failed halfway). A record identical to the one applied last needs no comparison: this is
     * what makes an unchanged 65,536-source snapshot cheap. Valid because the model is written only through this
     * class; whoever edits it directly must call {@link #forgetAppliedState()}.
     */
    private SourceState[] appliedSources;
    private VcpuState[] appliedVcpus;
    private final List<ApplyListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The controller list last applied: the same list again (a reader reusing it) needs no walk over 8,192 ENDs. */
    private List<ControllerState> appliedControllers;

    public ModelSync(Machine machine) {
        this.machine = Objects.requireNonNull(machine, "machine");
    }

    /** A sync over a new, empty machine. */
    public static ModelSync forNewMachine() {
        return new ModelSync(FACTORY.createMachine());
    }

    public Machine machine() {
        return machine;
    }

    /** Adds a listener told after every apply (see {@link ApplyListener}). */
    public void addApplyListener(ApplyListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeApplyListener(ApplyListener listener) {
        listeners.remove(listener);
    }

    /** Drops what this sync remembers of the last snapshot, so the next apply compares every field. */
    public void forgetAppliedState() {
        appliedSources = null;
        appliedVcpus = null;
        appliedControllers = null;
    }

    /**
     * Makes the model equal to the snapshot.
     *
     * @return the number of features changed (= notifications sent), 0 when the model already matched
     */
    public int apply(MachineState state) {
        Objects.requireNonNull(state, "machine state");
        Thread current = Thread.currentThread();
        if (owner == null) {
            owner = current;
        } else if (owner != current) {
            throw new IllegalStateException("ModelSync for " + machine.getTargetUri() + " is owned by thread "
                    + owner.getName() + "; applied from " + current.getName());
        }
        changes = 0;
        SourceState[] knownSources = appliedSources;
        VcpuState[] knownVcpus = appliedVcpus;
        List<ControllerState> knownControllers = appliedControllers;
        forgetAppliedState();
        syncHeader(state);
        VcpuState[] vcpus = syncVcpus(state.vcpus(), knownVcpus);
        SourceState[] sources = syncSources(state.sources(), knownSources);
        if (state.controllers() != knownControllers) {
            syncControllers(state.controllers());
        }
        syncRoutes(state.routes());
        syncCounters(machine.getCounters(), state.counters());
        syncValues(machine.getNotes(), state.notes());
        appliedVcpus = vcpus;
        appliedSources = sources;
        appliedControllers = state.controllers();
        int changed = changes;
        for (ApplyListener listener : listeners) {
            listener.applied(state, changed);
        }
        return changed;
    }

    private void syncHeader(MachineState s) {
        Machine m = machine;
        if (!Objects.equals(m.getTargetUri(), s.target())) {
            m.setTargetUri(s.target());
            changes++;
        }
        if (m.getArch() != StateEnums.toModel(s.arch())) {
            m.setArch(StateEnums.toModel(s.arch()));
            changes++;
        }
        if (m.getInterruptMode() != StateEnums.toModel(s.mode())) {
            m.setInterruptMode(StateEnums.toModel(s.mode()));
            changes++;
        }
        if (m.getIrqchipLocation() != StateEnums.toModel(s.irqchip())) {
            m.setIrqchipLocation(StateEnums.toModel(s.irqchip()));
            changes++;
        }
        if (m.getBackendKind() != StateEnums.toModel(s.backend())) {
            m.setBackendKind(StateEnums.toModel(s.backend()));
            changes++;
        }
        if (m.getSequence() != s.sequence()) {
            m.setSequence(s.sequence());
            changes++;
        }
        if (m.getCapturedAtMillis() != s.capturedAtMillis()) {
            m.setCapturedAtMillis(s.capturedAtMillis());
            changes++;
        }
        List<String> capabilities = new ArrayList<>(s.capabilities());
        Collections.sort(capabilities);
        syncValues(m.getCapabilities(), capabilities);
    }

    // ---- sources: merge-join by number over two ascending lists ----

    private SourceState[] syncSources(List<SourceState> wanted, SourceState[] known) {
        return mergeByKey(machine.getSources(), wanted, known, new SourceState[wanted.size()], SourceState::number,
                Source::getNumber, this::newSource, this::syncSource);
    }

    /**
     * Makes {@code list} (model elements ascending by key) hold one element per {@code wanted} record, in the same
     * order: a merge-join that removes, inserts and updates in place, so only what differs is notified.
     * {@code known} are the records the list was last synced from (null when unknown): with them the keys are read
     * from records instead of EMF getters, and a record equal to its last one is skipped without touching the model
     * (readers rebuild records on every poll).
     *
     * @return {@code applied}, filled with the records now in the model
     */
    private <S, M> S[] mergeByKey(EList<M> list, List<S> wanted, S[] known, S[] applied, ToIntFunction<S> key,
            ToIntFunction<M> modelKey, Function<S, M> create, BiConsumer<M, S> update) {
        if (known != null && known.length != list.size()) {
            known = null;
        }
        if (known == null) {
            ensureAscending(list, modelKey);
        }
        int i = 0;
        int j = 0;
        int previous = 0;
        while (i < list.size() || j < wanted.size()) {
            if (j >= wanted.size()) {
                list.remove(i);
                previous++;
                changes++;
                continue;
            }
            S s = wanted.get(j);
            S last = known == null || previous >= known.length ? null : known[previous];
            int modelKeyHere = i >= list.size()
                    ? Integer.MAX_VALUE
                    : last != null ? key.applyAsInt(last) : modelKey.applyAsInt(list.get(i));
            int wantedKey = key.applyAsInt(s);
            if (i >= list.size() || modelKeyHere > wantedKey) {
                list.add(i, create.apply(s));
                changes++;
            } else if (modelKeyHere < wantedKey) {
                list.remove(i);
                previous++;
                changes++;
                continue;
            } else {
                if (last != s && !s.equals(last)) {
                    update.accept(list.get(i), s);
                }
                previous++;
            }
            applied[j] = s;
            i++;
            j++;
        }
        return applied;
    }

    /** A model that did not come from this class (a loaded file, an edit) may be unordered: order it once. */
    private <M> void ensureAscending(EList<M> list, ToIntFunction<M> modelKey) {
        for (int i = 1; i < list.size(); i++) {
            if (modelKey.applyAsInt(list.get(i - 1)) >= modelKey.applyAsInt(list.get(i))) {
                ECollections.sort(list, (x, y) -> Integer.compare(modelKey.applyAsInt(x), modelKey.applyAsInt(y)));
                changes++;
                return;
            }
        }
    }

    private Source newSource(SourceState s) {
        Source m = FACTORY.createSource();
        int counted = changes;
        syncSource(m, s);
        changes = counted;
        return m;
    }

    private void syncSource(Source m, SourceState s) {
        if (m.getNumber() != s.number()) {
            m.setNumber(s.number());
            changes++;
        }
        if (m.getKind() != StateEnums.toModel(s.kind())) {
            m.setKind(StateEnums.toModel(s.kind()));
            changes++;
        }
        if (m.isAllocated() != s.allocated()) {
            m.setAllocated(s.allocated());
            changes++;
        }
        if (!Objects.equals(m.getOwner(), s.owner())) {
            m.setOwner(s.owner());
            changes++;
        }
        if (m.getServer() != s.server()) {
            m.setServer(s.server());
            changes++;
        }
        if (m.getPriority() != s.priority()) {
            m.setPriority(s.priority());
            changes++;
        }
        if (m.isMasked() != s.masked()) {
            m.setMasked(s.masked());
            changes++;
        }
        if (m.getSavedPriority() != s.savedPriority()) {
            m.setSavedPriority(s.savedPriority());
            changes++;
        }
        if (m.isAsserted() != s.asserted()) {
            m.setAsserted(s.asserted());
            changes++;
        }
        if (m.isPending() != s.pending()) {
            m.setPending(s.pending());
            changes++;
        }
        if (m.isPresented() != s.presented()) {
            m.setPresented(s.presented());
            changes++;
        }
        if (m.isQueued() != s.queued()) {
            m.setQueued(s.queued());
            changes++;
        }
        if (m.getPq() != s.pq()) {
            m.setPq(s.pq());
            changes++;
        }
        if (m.getEisn() != s.eisn()) {
            m.setEisn(s.eisn());
            changes++;
        }
        if (m.getEndIndex() != s.endIndex()) {
            m.setEndIndex(s.endIndex());
            changes++;
        }
        if (m.isTargetingFromVmm() != s.targetingFromVmm()) {
            m.setTargetingFromVmm(s.targetingFromVmm());
            changes++;
        }
        if (m.getCount() != s.count()) {
            m.setCount(s.count());
            changes++;
        }
    }

    // ---- vCPUs: merge-join by id ----

    private VcpuState[] syncVcpus(List<VcpuState> wanted, VcpuState[] known) {
        return mergeByKey(machine.getVcpus(), wanted, known, new VcpuState[wanted.size()], VcpuState::id,
                Vcpu::getId, this::newVcpu, this::syncVcpu);
    }

    private Vcpu newVcpu(VcpuState s) {
        Vcpu m = FACTORY.createVcpu();
        int counted = changes;
        syncVcpu(m, s);
        changes = counted;
        return m;
    }

    private void syncVcpu(Vcpu m, VcpuState s) {
        if (m.getId() != s.id()) {
            m.setId(s.id());
            changes++;
        }
        if (m.getRunState() != StateEnums.toModel(s.runState())) {
            m.setRunState(StateEnums.toModel(s.runState()));
            changes++;
        }
        syncPresenter(m, s.presenter());
        syncCounters(m.getCounters(), s.counters());
    }

    private void syncPresenter(Vcpu vcpu, Presenter p) {
        org.irqscope.model.Presenter current = vcpu.getPresenter();
        boolean matched = switch (p) {
            case Presenter.None none -> current == null;
            case XicsIcp icp -> current instanceof org.irqscope.model.XicsIcp m && syncIcp(m, icp);
            case XiveThreadContext tc -> current instanceof org.irqscope.model.XiveThreadContext m && syncTctx(m, tc);
            case LapicState lapic -> current instanceof Lapic m && syncLapic(m, lapic);
            case GicCpuInterface gic -> current instanceof org.irqscope.model.GicCpuInterface m && syncGic(m, gic);
        };
        if (!matched) {
            int counted = changes;
            org.irqscope.model.Presenter fresh = newPresenter(p);
            changes = counted;
            vcpu.setPresenter(fresh);
            changes++;
        }
    }

    private org.irqscope.model.Presenter newPresenter(Presenter p) {
        switch (p) {
            case Presenter.None none -> {
                return null;
            }
            case XicsIcp icp -> {
                org.irqscope.model.XicsIcp m = FACTORY.createXicsIcp();
                syncIcp(m, icp);
                return m;
            }
            case XiveThreadContext tc -> {
                org.irqscope.model.XiveThreadContext m = FACTORY.createXiveThreadContext();
                syncTctx(m, tc);
                return m;
            }
            case LapicState lapic -> {
                Lapic m = FACTORY.createLapic();
                syncLapic(m, lapic);
                return m;
            }
            case GicCpuInterface gic -> {
                org.irqscope.model.GicCpuInterface m = FACTORY.createGicCpuInterface();
                syncGic(m, gic);
                return m;
            }
        }
    }

    private boolean syncIcp(org.irqscope.model.XicsIcp m, XicsIcp s) {
        if (m.getCppr() != s.cppr()) {
            m.setCppr(s.cppr());
            changes++;
        }
        if (m.getMfrr() != s.mfrr()) {
            m.setMfrr(s.mfrr());
            changes++;
        }
        if (m.getXisr() != s.xisr()) {
            m.setXisr(s.xisr());
            changes++;
        }
        if (m.getPpri() != s.ppri()) {
            m.setPpri(s.ppri());
            changes++;
        }
        return true;
    }

    private boolean syncTctx(org.irqscope.model.XiveThreadContext m, XiveThreadContext s) {
        if (m.getVpId() != s.vpId()) {
            m.setVpId(s.vpId());
            changes++;
        }
        syncByPosition(m.getRings(), s.rings(), (a, b) -> true, FACTORY::createXiveRing, this::syncRing);
        return true;
    }

    private void syncRing(org.irqscope.model.XiveRing m, XiveRing s) {
        if (m.getNsr() != s.nsr()) {
            m.setNsr(s.nsr());
            changes++;
        }
        if (m.getCppr() != s.cppr()) {
            m.setCppr(s.cppr());
            changes++;
        }
        if (m.getIpb() != s.ipb()) {
            m.setIpb(s.ipb());
            changes++;
        }
        if (m.getLsmfb() != s.lsmfb()) {
            m.setLsmfb(s.lsmfb());
            changes++;
        }
        if (m.getAckCount() != s.ackCount()) {
            m.setAckCount(s.ackCount());
            changes++;
        }
        if (m.getInc() != s.inc()) {
            m.setInc(s.inc());
            changes++;
        }
        if (m.getAge() != s.age()) {
            m.setAge(s.age());
            changes++;
        }
        if (m.getPipr() != s.pipr()) {
            m.setPipr(s.pipr());
            changes++;
        }
        if (m.getW2() != s.w2()) {
            m.setW2(s.w2());
            changes++;
        }
    }

    private boolean syncLapic(Lapic m, LapicState s) {
        if (m.getApicId() != s.apicId()) {
            m.setApicId(s.apicId());
            changes++;
        }
        if (m.getVersion() != s.version()) {
            m.setVersion(s.version());
            changes++;
        }
        if (m.getTpr() != s.tpr()) {
            m.setTpr(s.tpr());
            changes++;
        }
        if (m.getApr() != s.apr()) {
            m.setApr(s.apr());
            changes++;
        }
        if (m.getPpr() != s.ppr()) {
            m.setPpr(s.ppr());
            changes++;
        }
        if (m.getSvr() != s.svr()) {
            m.setSvr(s.svr());
            changes++;
        }
        if (m.getLdr() != s.ldr()) {
            m.setLdr(s.ldr());
            changes++;
        }
        if (m.getDfr() != s.dfr()) {
            m.setDfr(s.dfr());
            changes++;
        }
        if (m.getEsr() != s.esr()) {
            m.setEsr(s.esr());
            changes++;
        }
        if (!sameVectors(m.getIrr(), s.irr())) {
            m.setIrr(vectors(s.irr()));
            changes++;
        }
        if (!sameVectors(m.getIsr(), s.isr())) {
            m.setIsr(vectors(s.isr()));
            changes++;
        }
        if (!sameVectors(m.getTmr(), s.tmr())) {
            m.setTmr(vectors(s.tmr()));
            changes++;
        }
        if (m.getIcr() != s.icr()) {
            m.setIcr(s.icr());
            changes++;
        }
        syncByPosition(m.getLvt(), s.lvt(), (a, b) -> Objects.equals(a.getName(), b.name()), FACTORY::createLvtEntry,
                this::syncLvt);
        if (m.getTimerInitialCount() != s.timerInitialCount()) {
            m.setTimerInitialCount(s.timerInitialCount());
            changes++;
        }
        if (m.getTimerCurrentCount() != s.timerCurrentCount()) {
            m.setTimerCurrentCount(s.timerCurrentCount());
            changes++;
        }
        if (m.getTimerDivide() != s.timerDivide()) {
            m.setTimerDivide(s.timerDivide());
            changes++;
        }
        return true;
    }

    private void syncLvt(LvtEntry m, LapicState.LvtEntry s) {
        if (!Objects.equals(m.getName(), s.name())) {
            m.setName(s.name());
            changes++;
        }
        if (m.getRaw() != s.raw()) {
            m.setRaw(s.raw());
            changes++;
        }
    }

    /** The model holds null for "no register read"; the snapshot always holds a set, possibly empty. */
    private static boolean sameVectors(InterruptVectors m, VectorSet s) {
        return m != null && m.word(0) == s.word(0) && m.word(1) == s.word(1) && m.word(2) == s.word(2)
                && m.word(3) == s.word(3);
    }

    static InterruptVectors vectors(VectorSet s) {
        return InterruptVectors.ofWords(s.word(0), s.word(1), s.word(2), s.word(3));
    }

    private boolean syncGic(org.irqscope.model.GicCpuInterface m, GicCpuInterface s) {
        if (m.getMpidr() != s.mpidr()) {
            m.setMpidr(s.mpidr());
            changes++;
        }
        if (m.getPmr() != s.pmr()) {
            m.setPmr(s.pmr());
            changes++;
        }
        if (m.getBpr1() != s.bpr1()) {
            m.setBpr1(s.bpr1());
            changes++;
        }
        if (m.getIgrpen1() != s.igrpen1()) {
            m.setIgrpen1(s.igrpen1());
            changes++;
        }
        if (m.getPending() != s.pending()) {
            m.setPending(s.pending());
            changes++;
        }
        if (m.getActive() != s.active()) {
            m.setActive(s.active());
            changes++;
        }
        if (m.getEnabled() != s.enabled()) {
            m.setEnabled(s.enabled());
            changes++;
        }
        return true;
    }

    // ---- controllers: by position; a different kind at a position is replaced ----

    private void syncControllers(List<ControllerState> wanted) {
        EList<Controller> list = machine.getControllers();
        for (int i = 0; i < wanted.size(); i++) {
            ControllerState c = wanted.get(i);
            if (i < list.size() && syncController(list.get(i), c)) {
                continue;
            }
            int counted = changes;
            Controller fresh = newController(c);
            changes = counted;
            if (i < list.size()) {
                list.set(i, fresh);
            } else {
                list.add(fresh);
            }
            changes++;
        }
        while (list.size() > wanted.size()) {
            list.remove(list.size() - 1);
            changes++;
        }
    }

    private Controller newController(ControllerState c) {
        Controller fresh = switch (c) {
            case IcsBlock b -> FACTORY.createIcsBlock();
            case XiveRouter r -> FACTORY.createXiveRouter();
            case IoapicState io -> FACTORY.createIoapic();
            case PicState pic -> FACTORY.createPic();
            case ControllerState.GicDistributor gic -> FACTORY.createGicDistributor();
            case ControllerState.Flic flic -> FACTORY.createFlic();
        };
        syncController(fresh, c);
        return fresh;
    }

    /** Syncs in place and returns true, or returns false when the model object is of another kind. */
    private boolean syncController(Controller m, ControllerState c) {
        return switch (c) {
            case IcsBlock b -> m instanceof org.irqscope.model.IcsBlock ics && syncIcs(ics, b);
            case XiveRouter r -> m instanceof org.irqscope.model.XiveRouter x && syncRouter(x, r);
            case IoapicState io -> m instanceof Ioapic x && syncIoapic(x, io);
            case PicState pic -> m instanceof Pic x && syncPic(x, pic);
            case ControllerState.GicDistributor gic -> m instanceof GicDistributor x && syncGicd(x, gic);
            case ControllerState.Flic flic -> m instanceof Flic x && syncFlic(x, flic);
        };
    }

    private boolean syncIcs(org.irqscope.model.IcsBlock m, IcsBlock s) {
        if (!Objects.equals(m.getName(), s.name())) {
            m.setName(s.name());
            changes++;
        }
        if (m.getOffset() != s.offset()) {
            m.setOffset(s.offset());
            changes++;
        }
        if (m.getCount() != s.count()) {
            m.setCount(s.count());
            changes++;
        }
        return true;
    }

    private boolean syncRouter(org.irqscope.model.XiveRouter m, XiveRouter s) {
        syncByPosition(m.getEnds(), s.ends(), (a, b) -> a.getIndex() == b.index(), FACTORY::createXiveEventQueue,
                this::syncEnd);
        syncByPosition(m.getNvts(), s.nvts(), (a, b) -> a.getId() == b, FACTORY::createNvt, (a, b) -> {
            if (a.getId() != b) {
                a.setId(b);
                changes++;
            }
        });
        return true;
    }

    private void syncEnd(org.irqscope.model.XiveEventQueue m, XiveEventQueue s) {
        if (m.getIndex() != s.index()) {
            m.setIndex(s.index());
            changes++;
        }
        if (m.getServer() != s.server()) {
            m.setServer(s.server());
            changes++;
        }
        if (m.getPriority() != s.priority()) {
            m.setPriority(s.priority());
            changes++;
        }
        if (m.isValid() != s.valid()) {
            m.setValid(s.valid());
            changes++;
        }
        if (m.isEnqueue() != s.enqueue()) {
            m.setEnqueue(s.enqueue());
            changes++;
        }
        if (m.getQshift() != s.qshift()) {
            m.setQshift(s.qshift());
            changes++;
        }
        if (m.getQindex() != s.qindex()) {
            m.setQindex(s.qindex());
            changes++;
        }
        if (m.getGeneration() != s.generation()) {
            m.setGeneration(s.generation());
            changes++;
        }
        if (m.getQaddr() != s.qaddr()) {
            m.setQaddr(s.qaddr());
            changes++;
        }
        if (m.getEscalation() != s.escalation()) {
            m.setEscalation(s.escalation());
            changes++;
        }
        syncValues(m.getWindow(), s.window());
    }

    private boolean syncIoapic(Ioapic m, IoapicState s) {
        if (m.getIoapicId() != s.id()) {
            m.setIoapicId(s.id());
            changes++;
        }
        if (m.getBaseAddress() != s.baseAddress()) {
            m.setBaseAddress(s.baseAddress());
            changes++;
        }
        if (m.getIoregsel() != s.ioregsel()) {
            m.setIoregsel(s.ioregsel());
            changes++;
        }
        if (m.getIrr() != s.irr()) {
            m.setIrr(s.irr());
            changes++;
        }
        syncByPosition(m.getPins(), s.pins(), (a, b) -> a.getPin() == b.pin(), FACTORY::createIoapicPin,
                (IoapicPin a, IoapicState.RedirectionEntry b) -> {
                    if (a.getPin() != b.pin()) {
                        a.setPin(b.pin());
                        changes++;
                    }
                    if (a.getRaw() != b.raw()) {
                        a.setRaw(b.raw());
                        changes++;
                    }
                });
        return true;
    }

    private boolean syncPic(Pic m, PicState s) {
        int[] want = {s.chip(), s.lastIrr(), s.irr(), s.imr(), s.isr(), s.priorityAdd(), s.irqBase(),
                s.readRegSelect(), s.poll(), s.specialMask(), s.initState(), s.autoEoi(), s.rotateOnAutoEoi(),
                s.specialFullyNestedMode(), s.init4(), s.elcr(), s.elcrMask()};
        for (int k = 0; k < want.length; k++) {
            var feature = PicFields.FEATURES.get(k);
            if ((Integer) m.eGet(feature) != want[k]) {
                m.eSet(feature, want[k]);
                changes++;
            }
        }
        return true;
    }

    private boolean syncGicd(GicDistributor m, ControllerState.GicDistributor s) {
        if (m.getCtlr() != s.ctlr()) {
            m.setCtlr(s.ctlr());
            changes++;
        }
        if (m.getNrSpis() != s.nrSpis()) {
            m.setNrSpis(s.nrSpis());
            changes++;
        }
        return true;
    }

    private boolean syncFlic(Flic m, ControllerState.Flic s) {
        syncValues(m.getFloatingIrqTypes(), s.floatingIrqTypes());
        return true;
    }

    // ---- routes, counters, value lists ----

    private void syncRoutes(List<MsiRoute> wanted) {
        syncByPosition(machine.getRoutes(), wanted, (a, b) -> true, FACTORY::createMsiRoute, (a, b) -> {
            if (a.getGsi() != b.gsi()) {
                a.setGsi(b.gsi());
                changes++;
            }
            if (a.getIrqchip() != b.irqchip()) {
                a.setIrqchip(b.irqchip());
                changes++;
            }
            if (a.getPin() != b.pin()) {
                a.setPin(b.pin());
                changes++;
            }
            if (a.getAddress() != b.address()) {
                a.setAddress(b.address());
                changes++;
            }
            if (a.getData() != b.data()) {
                a.setData(b.data());
                changes++;
            }
        });
    }

    private void syncCounters(EMap<String, Long> map, Map<String, Long> wanted) {
        for (int i = map.size() - 1; i >= 0; i--) {
            if (!wanted.containsKey(map.get(i).getKey())) {
                map.remove(i);
                changes++;
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        List<String> added = null;
        for (Map.Entry<String, Long> e : wanted.entrySet()) {
            int index = map.indexOfKey(e.getKey());
            if (index < 0) {
                if (added == null) {
                    added = new ArrayList<>();
                }
                added.add(e.getKey());
            } else if (!map.get(index).getValue().equals(e.getValue())) {
                map.get(index).setValue(e.getValue());
                changes++;
            }
        }
        if (added != null) {
            // Sorted, so that the same counters always land in the same order (stable files and diffs).
            Collections.sort(added);
            for (String key : added) {
                map.put(key, wanted.get(key));
                changes++;
            }
        }
    }

    /** A multi-valued attribute: replaced as a whole when it differs (one clear, one add). */
    private <T> void syncValues(EList<T> list, List<T> wanted) {
        if (list.equals(wanted)) {
            return;
        }
        if (!list.isEmpty()) {
            list.clear();
            changes++;
        }
        if (!wanted.isEmpty()) {
            list.addAll(wanted);
            changes++;
        }
    }

    private interface Sync<M, S> {
        void apply(M model, S state);
    }

    private interface SameKey<M, S> {
        boolean test(M model, S state);
    }

    /**
     * A contained list matched by position (small lists in reader order: rings, LVT, ENDs, pins, routes): an element
     * with the same key is synced in place, one with another key is replaced, extra ones are removed.
     */
    private <M, S> void syncByPosition(EList<M> list, List<S> wanted, SameKey<M, S> sameKey,
            java.util.function.Supplier<M> create, Sync<M, S> sync) {
        for (int i = 0; i < wanted.size(); i++) {
            S s = wanted.get(i);
            if (i < list.size() && sameKey.test(list.get(i), s)) {
                sync.apply(list.get(i), s);
                continue;
            }
            M fresh = create.get();
            int counted = changes;
            sync.apply(fresh, s);
            changes = counted;
            if (i < list.size()) {
                list.set(i, fresh);
            } else {
                list.add(fresh);
            }
            changes++;
        }
        while (list.size() > wanted.size()) {
            list.remove(list.size() - 1);
            changes++;
        }
    }

    /** The PIC's 17 byte-wide fields in struct kvm_pic_state order. */
    private static final class PicFields {
        static final List<org.eclipse.emf.ecore.EAttribute> FEATURES;

        static {
            List<org.eclipse.emf.ecore.EAttribute> f = new ArrayList<>();
            for (String name : List.of("chip", "lastIrr", "irr", "imr", "isr", "priorityAdd", "irqBase",
                    "readRegSelect", "poll", "specialMask", "initState", "autoEoi", "rotateOnAutoEoi",
                    "specialFullyNestedMode", "init4", "elcr", "elcrMask")) {
                f.add((org.eclipse.emf.ecore.EAttribute) org.irqscope.model.IrqscopePackage.Literals.PIC
                        .getEStructuralFeature(name));
            }
            FEATURES = List.copyOf(f);
        }
    }

    /** Exposed for {@link ModelStateReader}: the snapshot field order of a PIC. */
    static List<org.eclipse.emf.ecore.EAttribute> picFeatures() {
        return PicFields.FEATURES;
    }

    static Map<String, Long> sortedCounters(EMap<String, Long> map) {
        Map<String, Long> out = new TreeMap<>();
        for (Map.Entry<String, Long> e : map) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
