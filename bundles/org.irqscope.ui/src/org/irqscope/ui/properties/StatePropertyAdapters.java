// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.views.properties.IPropertySource;
import org.irqscope.core.state.GicCpuInterface;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.ui.views.PresenterSummary;
import org.irqscope.ui.views.VcpusView;

/** Adapts the rows of the Sources and vCPUs views to the Properties view, showing every field. */
public final class StatePropertyAdapters implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType != IPropertySource.class) {
            return null;
        }
        if (adaptable instanceof SourceState s) {
            return adapterType.cast(source(s));
        }
        if (adaptable instanceof VcpusView.VcpuRow row) {
            return adapterType.cast(vcpu(row.vcpu()));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[]{IPropertySource.class};
    }

    static IPropertySource source(SourceState s) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("number", "0x" + Integer.toHexString(s.number()) + " (" + s.number() + ")");
        identity.put("kind", s.kind().name());
        identity.put("owner", s.owner());
        identity.put("allocated", Boolean.toString(s.allocated()));
        Map<String, String> config = new LinkedHashMap<>();
        config.put("server (vCPU)", Integer.toString(s.server()));
        config.put("priority", "0x" + Integer.toHexString(s.priority()));
        config.put("masked", Boolean.toString(s.masked()));
        config.put("saved priority", Integer.toString(s.savedPriority()));
        config.put("EISN", s.eisn() < 0 ? "none" : "0x" + Long.toHexString(s.eisn()));
        config.put("END", Integer.toString(s.endIndex()));
        config.put("from the VMM's configuration", Boolean.toString(s.targetingFromVmm()));
        Map<String, String> state = new LinkedHashMap<>();
        state.put("PQ", s.pqText().isEmpty() ? "none" : s.pqText());
        state.put("asserted", Boolean.toString(s.asserted()));
        state.put("pending", Boolean.toString(s.pending()));
        state.put("presented (P)", Boolean.toString(s.presented()));
        state.put("queued (Q)", Boolean.toString(s.queued()));
        state.put("delivered count", s.count() < 0 ? "not counted" : Long.toString(s.count()));
        List<RecordPropertySource.Field> fields = new ArrayList<>();
        fields.addAll(RecordPropertySource.category("Source", identity));
        fields.addAll(RecordPropertySource.category("Configuration", config));
        fields.addAll(RecordPropertySource.category("State", state));
        return new RecordPropertySource(fields);
    }

    static IPropertySource vcpu(VcpuState v) {
        Map<String, String> run = new LinkedHashMap<>();
        run.put("id", Integer.toString(v.id()));
        run.put("run state", v.runState().label());
        PresenterSummary summary = PresenterSummary.of(v);
        run.put("presenter", summary.kind());
        run.put("held back", summary.held().isEmpty() ? "nothing" : summary.held());
        Map<String, String> regs = new LinkedHashMap<>();
        switch (v.presenter()) {
            case XicsIcp icp -> {
                regs.put("CPPR", hex(icp.cppr()));
                regs.put("MFRR", hex(icp.mfrr()));
                regs.put("XISR", hex(icp.xisr()));
                regs.put("PPRI", hex(icp.ppri()));
                regs.put("XIRR", hex(icp.xirr()));
            }
            case XiveThreadContext tc -> {
                String[] names = {"USER", "OS", "POOL", "PHYS"};
                for (int i = 0; i < 4; i++) {
                    XiveRing r = tc.rings().get(i);
                    regs.put(names[i], String.format("NSR %02x CPPR %02x IPB %02x LSMFB %02x ACK# %02x INC %02x "
                            + "AGE %02x PIPR %02x W2 %08x", r.nsr(), r.cppr(), r.ipb(), r.lsmfb(), r.ackCount(),
                            r.inc(), r.age(), r.pipr(), r.w2()));
                }
                regs.put("VP id", hex(tc.vpId()));
            }
            case LapicState l -> {
                regs.put("APIC id", Integer.toString(l.apicId()));
                regs.put("TPR", hex(l.tpr()));
                regs.put("APR", hex(l.apr()));
                regs.put("PPR", hex(l.ppr()));
                regs.put("SVR", hex(l.svr()) + (l.softwareEnabled() ? " (enabled)" : " (software-disabled)"));
                regs.put("IRR", l.irr().toString());
                regs.put("ISR", l.isr().toString());
                regs.put("TMR", l.tmr().toString());
                regs.put("ICR", "0x" + Long.toHexString(l.icr()));
                regs.put("ESR", hex(l.esr()));
                for (LapicState.LvtEntry e : l.lvt()) {
                    regs.put("LVT " + e.name(), hex(e.raw()) + (e.masked() ? " masked" : ""));
                }
            }
            case GicCpuInterface g -> {
                regs.put("MPIDR", "0x" + Long.toHexString(g.mpidr()));
                regs.put("PMR", hex(g.pmr()));
                regs.put("BPR1", Integer.toString(g.bpr1()));
                regs.put("IGRPEN1", Integer.toString(g.igrpen1()));
                regs.put("pending", "0x" + Long.toHexString(g.pending()));
                regs.put("active", "0x" + Long.toHexString(g.active()));
            }
            case Presenter.None none -> regs.put("presenter", "not connected");
        }
        List<RecordPropertySource.Field> fields = new ArrayList<>();
        fields.addAll(RecordPropertySource.category("vCPU", run));
        fields.addAll(RecordPropertySource.category("Presenter", regs));
        Map<String, String> counters = new LinkedHashMap<>();
        v.counters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> counters.put(e.getKey(), Long.toString(e.getValue())));
        fields.addAll(RecordPropertySource.category("Counters", counters));
        return new RecordPropertySource(fields);
    }

    private static String hex(int v) {
        return "0x" + Integer.toHexString(v);
    }
}
