// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.sync;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.irqscope.core.state.ControllerState;
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
import org.irqscope.model.IcsBlock;
import org.irqscope.model.Ioapic;
import org.irqscope.model.IoapicPin;
import org.irqscope.model.Lapic;
import org.irqscope.model.LvtEntry;
import org.irqscope.model.Machine;
import org.irqscope.model.Nvt;
import org.irqscope.model.Pic;
import org.irqscope.model.Source;
import org.irqscope.model.Vcpu;
import org.irqscope.model.XiveRouter;
import org.irqscope.model.values.InterruptVectors;

/**
 * Reads a {@link MachineState} back from a model (a loaded file, a model another tool built): the inverse of
 * {@link ModelSync}, so {@code read(sync(state))} equals {@code state}. Throws {@link IllegalArgumentException}
 * naming the element when the model holds something a snapshot cannot (e.g. a XIVE thread context without four
 * rings).
 */
public final class ModelStateReader {
    private ModelStateReader() {
    }

    public static MachineState read(Machine m) {
        Objects.requireNonNull(m, "machine");
        List<VcpuState> vcpus = new ArrayList<>(m.getVcpus().size());
        for (Vcpu v : m.getVcpus()) {
            try {
                vcpus.add(new VcpuState(v.getId(), StateEnums.toState(v.getRunState()), presenter(v.getPresenter()),
                        ModelSync.sortedCounters(v.getCounters())));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("vcpu " + v.getId() + ": " + e.getMessage(), e);
            }
        }
        List<SourceState> sources = new ArrayList<>(m.getSources().size());
        for (Source s : m.getSources()) {
            try {
                sources.add(source(s));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("source 0x" + Integer.toHexString(s.getNumber()) + ": "
                        + e.getMessage(), e);
            }
        }
        List<ControllerState> controllers = new ArrayList<>();
        for (Controller c : m.getControllers()) {
            controllers.add(controller(c));
        }
        List<MsiRoute> routes = new ArrayList<>();
        for (org.irqscope.model.MsiRoute r : m.getRoutes()) {
            routes.add(new MsiRoute(r.getGsi(), r.getIrqchip(), r.getPin(), r.getAddress(), r.getData()));
        }
        return new MachineState(m.getTargetUri(), StateEnums.toState(m.getArch()),
                StateEnums.toState(m.getInterruptMode()), StateEnums.toState(m.getIrqchipLocation()),
                StateEnums.toState(m.getBackendKind()), m.getSequence(), m.getCapturedAtMillis(),
                new LinkedHashSet<>(m.getCapabilities()), vcpus, sources, controllers, routes,
                ModelSync.sortedCounters(m.getCounters()), List.copyOf(m.getNotes()));
    }

    static SourceState source(Source s) {
        return SourceState.builder(s.getNumber(), StateEnums.toState(s.getKind())).allocated(s.isAllocated())
                .owner(s.getOwner()).server(s.getServer()).priority(s.getPriority()).masked(s.isMasked())
                .savedPriority(s.getSavedPriority()).asserted(s.isAsserted()).pending(s.isPending())
                .presented(s.isPresented()).queued(s.isQueued()).pq(s.getPq()).eisn(s.getEisn())
                .endIndex(s.getEndIndex()).targetingFromVmm(s.isTargetingFromVmm()).count(s.getCount()).build();
    }

    private static Presenter presenter(org.irqscope.model.Presenter p) {
        if (p == null) {
            return Presenter.NONE;
        }
        if (p instanceof org.irqscope.model.XicsIcp icp) {
            return new XicsIcp(icp.getCppr(), icp.getMfrr(), icp.getXisr(), icp.getPpri());
        }
        if (p instanceof org.irqscope.model.XiveThreadContext tc) {
            List<XiveRing> rings = new ArrayList<>(4);
            for (org.irqscope.model.XiveRing r : tc.getRings()) {
                rings.add(new XiveRing(r.getNsr(), r.getCppr(), r.getIpb(), r.getLsmfb(), r.getAckCount(), r.getInc(),
                        r.getAge(), r.getPipr(), r.getW2()));
            }
            return new XiveThreadContext(rings, tc.getVpId());
        }
        if (p instanceof Lapic l) {
            List<LapicState.LvtEntry> lvt = new ArrayList<>();
            for (LvtEntry e : l.getLvt()) {
                lvt.add(new LapicState.LvtEntry(e.getName(), e.getRaw()));
            }
            return new LapicState(l.getApicId(), l.getVersion(), l.getTpr(), l.getApr(), l.getPpr(), l.getSvr(),
                    l.getLdr(), l.getDfr(), l.getEsr(), vectorSet(l.getIrr()), vectorSet(l.getIsr()),
                    vectorSet(l.getTmr()), l.getIcr(), lvt, l.getTimerInitialCount(), l.getTimerCurrentCount(),
                    l.getTimerDivide());
        }
        if (p instanceof org.irqscope.model.GicCpuInterface g) {
            return new GicCpuInterface(g.getMpidr(), g.getPmr(), g.getBpr1(), g.getIgrpen1(), g.getPending(),
                    g.getActive(), g.getEnabled());
        }
        throw new IllegalArgumentException("presenter kind " + p.eClass().getName() + " has no snapshot form");
    }

    private static VectorSet vectorSet(InterruptVectors v) {
        return v == null ? VectorSet.EMPTY : VectorSet.ofWords(v.word(0), v.word(1), v.word(2), v.word(3));
    }

    private static ControllerState controller(Controller c) {
        if (c instanceof IcsBlock ics) {
            return new ControllerState.IcsBlock(ics.getName(), ics.getOffset(), ics.getCount());
        }
        if (c instanceof XiveRouter router) {
            List<XiveEventQueue> ends = new ArrayList<>(router.getEnds().size());
            for (org.irqscope.model.XiveEventQueue e : router.getEnds()) {
                ends.add(new XiveEventQueue(e.getIndex(), e.getServer(), e.getPriority(), e.isValid(), e.isEnqueue(),
                        e.getQshift(), e.getQindex(), e.getGeneration(), e.getQaddr(), e.getEscalation(),
                        List.copyOf(e.getWindow())));
            }
            List<Integer> nvts = new ArrayList<>();
            for (Nvt n : router.getNvts()) {
                nvts.add(n.getId());
            }
            return new ControllerState.XiveRouter(ends, nvts);
        }
        if (c instanceof Ioapic io) {
            List<IoapicState.RedirectionEntry> pins = new ArrayList<>();
            for (IoapicPin pin : io.getPins()) {
                pins.add(new IoapicState.RedirectionEntry(pin.getPin(), pin.getRaw()));
            }
            return new IoapicState(io.getIoapicId(), io.getBaseAddress(), io.getIoregsel(), io.getIrr(), pins);
        }
        if (c instanceof Pic pic) {
            List<EAttribute> f = ModelSync.picFeatures();
            int[] v = new int[f.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = (Integer) pic.eGet(f.get(k));
            }
            return new PicState(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
                    v[13], v[14], v[15], v[16]);
        }
        if (c instanceof GicDistributor gic) {
            return new ControllerState.GicDistributor(gic.getCtlr(), gic.getNrSpis());
        }
        if (c instanceof Flic flic) {
            return new ControllerState.Flic(List.copyOf(flic.getFloatingIrqTypes()));
        }
        throw new IllegalArgumentException("controller kind " + c.eClass().getName() + " has no snapshot form");
    }
}
