// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.state.GicCpuInterface;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;

/**
 * What a vCPU's presenter holds, in the words of its architecture, and whether something is pending that the
 * presenter will not take: the case users hunt ("IPB has priority 5 but CPPR is 5"). No SWT here.
 *
 * @param kind "XICS ICP", "XIVE OS ring", "LAPIC", ...
 * @param registers the presenter's registers, one line
 * @param cells one cell per priority (XIVE: 8) or vector (LAPIC: 256), empty when the presenter has none
 * @param held what is pending but held back, empty when nothing is
 */
public record PresenterSummary(String kind, String registers, Cell[] cells, String held) {

    /** The state of one priority or vector. */
    public enum Cell {
        EMPTY, PENDING, HELD, IN_SERVICE
    }

    public static PresenterSummary of(VcpuState vcpu) {
        Presenter p = vcpu.presenter();
        return switch (p) {
            case XicsIcp icp -> xics(icp);
            case XiveThreadContext tc -> xive(tc);
            case LapicState lapic -> lapic(lapic);
            case GicCpuInterface gic -> gic(gic);
            case Presenter.None none -> new PresenterSummary("not connected", "", new Cell[0], "");
        };
    }

    private static PresenterSummary xics(XicsIcp icp) {
        List<String> held = new ArrayList<>();
        if (icp.xisr() != 0 && icp.ppri() >= icp.cppr()) {
            held.add("source " + hex(icp.xisr()) + " at priority " + icp.ppri() + " is not more favoured than CPPR "
                    + icp.cppr());
        }
        if (icp.mfrr() != 0xff && icp.mfrr() >= icp.cppr()) {
            held.add("IPI at MFRR " + icp.mfrr() + " is not more favoured than CPPR " + icp.cppr());
        }
        String regs = String.format("CPPR %02x  MFRR %02x  XISR %06x  PPRI %02x", icp.cppr(), icp.mfrr(), icp.xisr(),
                icp.ppri());
        return new PresenterSummary("XICS ICP", regs, new Cell[0], String.join("; ", held));
    }

    private static PresenterSummary xive(XiveThreadContext tc) {
        XiveRing os = tc.os();
        Cell[] cells = new Cell[8];
        List<Integer> held = new ArrayList<>();
        for (int prio = 0; prio < 8; prio++) {
            boolean set = (os.ipb() & XiveRing.ipbBit(prio)) != 0;
            if (!set) {
                cells[prio] = Cell.EMPTY;
            } else if (prio < os.cppr()) {
                cells[prio] = Cell.PENDING;
            } else {
                cells[prio] = Cell.HELD;
                held.add(prio);
            }
        }
        String regs = String.format("NSR %02x  CPPR %02x  IPB %02x  PIPR %02x  CAM %08x", os.nsr(), os.cppr(),
                os.ipb(), os.pipr(), os.w2());
        String why = held.isEmpty()
                ? ""
                : "IPB priority " + held + " pending but CPPR is " + os.cppr()
                        + " (not more favoured)";
        return new PresenterSummary("XIVE OS ring", regs, cells, why);
    }

    private static PresenterSummary lapic(LapicState lapic) {
        Cell[] cells = new Cell[256];
        List<Integer> held = new ArrayList<>();
        int pprClass = lapic.ppr() & 0xf0;
        for (int v = 0; v < 256; v++) {
            if (lapic.isr().contains(v)) {
                cells[v] = Cell.IN_SERVICE;
            } else if (lapic.irr().contains(v)) {
                boolean deliverable = (v & 0xf0) > pprClass && lapic.softwareEnabled();
                cells[v] = deliverable ? Cell.PENDING : Cell.HELD;
                if (!deliverable) {
                    held.add(v);
                }
            } else {
                cells[v] = Cell.EMPTY;
            }
        }
        String regs = String.format("TPR %02x  PPR %02x  IRR %s  ISR %s", lapic.tpr(), lapic.ppr(), lapic.irr(),
                lapic.isr());
        String why = held.isEmpty()
                ? ""
                : "IRR vector " + hexList(held) + " held: PPR is " + hex(lapic.ppr())
                        + (lapic.softwareEnabled() ? "" : " and the APIC is software-disabled");
        return new PresenterSummary("LAPIC", regs, cells, why);
    }

    private static PresenterSummary gic(GicCpuInterface gic) {
        String regs = String.format("PMR %02x  BPR1 %d  IGRPEN1 %d  pending %08x  active %08x", gic.pmr(), gic.bpr1(),
                gic.igrpen1(), gic.pending(), gic.active());
        String why = gic.igrpen1() == 0 && gic.pending() != 0 ? "SGI/PPI pending but group 1 is disabled" : "";
        return new PresenterSummary("GICv3 CPU interface", regs, new Cell[0], why);
    }

    private static String hex(int v) {
        return "0x" + Integer.toHexString(v);
    }

    private static String hexList(List<Integer> vs) {
        List<String> out = new ArrayList<>();
        for (int v : vs) {
            out.add(hex(v));
        }
        return String.join(",", out);
    }
}
