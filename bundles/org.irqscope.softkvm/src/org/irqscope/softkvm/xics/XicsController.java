// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xics;

import static org.irqscope.softkvm.HopLog.hex;
import static org.irqscope.softkvm.HopLog.pq;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmException;
import org.irqscope.softkvm.Agenda;
import org.irqscope.softkvm.HopLog;

/**
 * The XICS interrupt controller as KVM emulates it on POWER8 hosts (arch/powerpc/kvm/book3s_xics.c, "kvm-xics"):
 * ICS blocks of 1024 sources with the emulated P/Q bits, masked-pending and resend, and one ICP per server with the
 * accept / reject / resend rules of PAPR (ABI fact page §2.5). The hcalls (H_XIRR, H_CPPR, H_IPI, H_EOI, H_IPOLL)
 * and the RTAS calls (ibm,set-xive, int-on, int-off) are what the guest uses; the attribute and ONE_REG methods are
 * what the VMM uses.
 *
 * <p>Routing chains (a delivery that rejects another interrupt, a resend scan) are agenda items, one hop each, so
 * that they can be stepped; every public operation settles the agenda unless a step controller holds it. Not
 * thread-safe: the owning VM serialises calls.
 */
public final class XicsController {
    /** {@code KVMPPC_XICS_FIRST_IRQ}: 0 means "no interrupt" and 2 is the IPI, so sources start at 16. */
    public static final int FIRST_IRQ = 16;
    /** ICS blocks of 1024 sources ({@code KVMPPC_XICS_ICS_SHIFT}), up to 1024 blocks. */
    public static final int ICS_SHIFT = 10;
    public static final int MAX_ICS = 1024;
    /** {@code KVMPPC_XICS_NR_IRQS}. */
    public static final int NR_IRQS = MAX_ICS << ICS_SHIFT;
    /** The XISR value of an IPI. */
    public static final int XICS_IPI = 2;
    public static final int H_SUCCESS = 0;
    public static final int H_PARAMETER = -4;

    /** Source word bits, KVM_XICS_* (ABI fact page §2.2). */
    public static final long DESTINATION_MASK = 0xffffffffL;
    public static final int PRIORITY_SHIFT = 32;
    public static final long LEVEL_SENSITIVE = 1L << 40;
    public static final long MASKED_BIT = 1L << 41;
    public static final long PENDING = 1L << 42;
    public static final long PRESENTED = 1L << 43;
    public static final long QUEUED = 1L << 44;

    /** KVM_INTERRUPT_SET / UNSET / SET_LEVEL as KVM_IRQ_LINE levels. */
    public static final int LEVEL_SET = -1;
    public static final int LEVEL_UNSET = -2;
    public static final int LEVEL_SET_LEVEL = -3;

    static final int ITEM_TRIGGER = 1;
    static final int ITEM_DELIVER = 2;
    static final int ITEM_RESEND = 3;

    private final Agenda agenda;
    private final HopLog hops;
    private final XicsSource[][] blocks = new XicsSource[MAX_ICS][];
    private XicsPresenter[] presenters = new XicsPresenter[8];
    private int connected;
    private int nrServers;
    private final int maxServers;

    /**
     * @param maxServers the largest NR_SERVERS accepted (KVM_MAX_VCPU_ID of the host)
     */
    public XicsController(Agenda agenda, HopLog hops, int maxServers) {
        this.agenda = agenda;
        this.hops = hops;
        this.maxServers = maxServers;
        // one worker for every stage keeps the agenda's dispatch site monomorphic per device: the hot path inlines
        Agenda.Worker worker = this::perform;
        agenda.register(ITEM_TRIGGER, worker);
        agenda.register(ITEM_DELIVER, worker);
        agenda.register(ITEM_RESEND, worker);
    }

    private void perform(int kind, int a, int b) {
        switch (kind) {
            case ITEM_TRIGGER -> trigger(a, b);
            case ITEM_DELIVER -> deliver(a, b != 0);
            case ITEM_RESEND -> checkResend(a);
            default -> throw new IllegalStateException("XICS has no agenda item kind " + kind);
        }
    }

    // ---------------------------------------------------------------- VMM side: attributes, ONE_REG, connect

    /** KVM_DEV_XICS_GRP_CTRL / NR_SERVERS: EBUSY once a vCPU is connected, EINVAL out of range. */
    public void setNrServers(long value) {
        if (connected > 0) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EBUSY,
                    "setting XICS NR_SERVERS after a vCPU is connected");
        }
        if (value < 1 || value > maxServers) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL,
                    "setting XICS NR_SERVERS to " + value + " (allowed 1.." + maxServers + ")");
        }
        nrServers = (int) value;
    }

    public int nrServers() {
        return nrServers;
    }

    /** Creates the ICP of a server (KVM_ENABLE_CAP KVM_CAP_IRQ_XICS on its vCPU). */
    public XicsPresenter connect(int server) {
        if (server < 0 || server >= maxServers) {
            throw new KvmException("KVM_ENABLE_CAP", Errno.EINVAL, "connecting server " + server
                    + " to XICS (servers are 0.." + (maxServers - 1) + ")");
        }
        if (nrServers > 0 && server >= nrServers) {
            // as the XICS-on-XIVE device does when its VPs, sized by NR_SERVERS, are exhausted
            throw new KvmException("KVM_ENABLE_CAP", Errno.ENOSPC, "connecting server " + server
                    + " to XICS with NR_SERVERS " + nrServers);
        }
        if (presenter(server) != null) {
            throw new KvmException("KVM_ENABLE_CAP", Errno.EEXIST, "connecting server " + server
                    + " to XICS: it already has an ICP");
        }
        if (server >= presenters.length) {
            XicsPresenter[] next = new XicsPresenter[Math.max(server + 1, presenters.length * 2)];
            System.arraycopy(presenters, 0, next, 0, presenters.length);
            presenters = next;
        }
        XicsPresenter icp = new XicsPresenter(server);
        presenters[server] = icp;
        connected++;
        return icp;
    }

    /** The ICP of a server, or null. */
    public XicsPresenter presenter(int server) {
        return server >= 0 && server < presenters.length ? presenters[server] : null;
    }

    /** The source, or null when its ICS block does not exist. */
    public XicsSource source(int irq) {
        if (irq < FIRST_IRQ || irq >= NR_IRQS) {
            return null;
        }
        XicsSource[] block = blocks[irq >> ICS_SHIFT];
        return block == null ? null : block[irq & (1 << ICS_SHIFT) - 1];
    }

    private XicsSource existing(int irq) {
        XicsSource s = source(irq);
        return s != null && s.exists ? s : null;
    }

    /** KVM_GET_DEVICE_ATTR(GRP_SOURCES): the u64 source word (§2.2), as the P8 kernel composes it. */
    public long sourceWord(int irq) {
        XicsSource s = existing(irq);
        if (s == null) {
            throw new KvmException("KVM_GET_DEVICE_ATTR", Errno.ENOENT, "reading XICS source " + hex(irq)
                    + ": it does not exist");
        }
        return wordOf(s);
    }

    static long wordOf(XicsSource s) {
        long val = s.server & DESTINATION_MASK;
        int prio = s.priority;
        if (prio == XicsSource.MASKED) {
            val |= MASKED_BIT;
            prio = s.savedPriority;
        }
        val |= (long) prio << PRIORITY_SHIFT;
        if (s.lsi) {
            val |= LEVEL_SENSITIVE;
            if ((s.pq & XicsSource.PQ_PRESENTED) != 0) {
                val |= PENDING;
            }
        } else if (s.maskedPending || s.resend) {
            val |= PENDING;
        }
        if ((s.pq & XicsSource.PQ_PRESENTED) != 0) {
            val |= PRESENTED;
        }
        if ((s.pq & XicsSource.PQ_QUEUED) != 0) {
            val |= QUEUED;
        }
        return val;
    }

    /**
     * KVM_SET_DEVICE_ATTR(GRP_SOURCES): creates the ICS block on demand and restores the whole source; a word with
     * PENDING delivers at once, so a SET is also an injection path (§2.1).
     */
    public void setSourceWord(int irq, long val) {
        if (irq < FIRST_IRQ || irq >= NR_IRQS) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.ENOENT, "writing XICS source " + hex(irq)
                    + " (sources are " + FIRST_IRQ + ".." + hex(NR_IRQS - 1) + ")");
        }
        int server = (int) (val & DESTINATION_MASK);
        int prio = (int) (val >>> PRIORITY_SHIFT) & 0xff;
        if (prio != XicsSource.MASKED && presenter(server) == null) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL, "writing XICS source " + hex(irq)
                    + ": server " + server + " has no ICP");
        }
        XicsSource[] block = blocks[irq >> ICS_SHIFT];
        if (block == null) {
            block = new XicsSource[1 << ICS_SHIFT];
            int base = irq & ~((1 << ICS_SHIFT) - 1);
            for (int i = 0; i < block.length; i++) {
                block[i] = new XicsSource(base + i);
            }
            blocks[irq >> ICS_SHIFT] = block;
        }
        XicsSource s = block[irq & (1 << ICS_SHIFT) - 1];
        s.server = server;
        s.savedPriority = prio;
        s.priority = (val & MASKED_BIT) != 0 ? XicsSource.MASKED : prio;
        s.resend = false;
        s.maskedPending = false;
        s.lsi = (val & LEVEL_SENSITIVE) != 0;
        s.pq = 0;
        if ((val & (PRESENTED | PENDING)) != 0) {
            s.pq |= XicsSource.PQ_PRESENTED;
        }
        if ((val & QUEUED) != 0) {
            s.pq |= XicsSource.PQ_QUEUED;
        }
        s.asserted = s.lsi && (val & PENDING) != 0;
        s.exists = true;
        if (hops.active()) {
            hops.emit("config", irq, server, "ICS source " + hex(irq) + " restored: server " + server
                    + ", priority " + hex(s.priority) + (s.lsi ? ", LSI" : ", MSI") + ", PQ "
                    + pq(XicsSource.display(s.pq))
                    + ((val & PENDING) != 0 ? ", pending: deliver now" : ""));
        }
        if ((val & PENDING) != 0) {
            agenda.push(ITEM_DELIVER, irq, 0);
        }
        agenda.settle();
    }

    /** KVM_GET_ONE_REG(KVM_REG_PPC_ICP_STATE). */
    public long icpState(int server) {
        return requirePresenter(server, "KVM_GET_ONE_REG").oneRegValue();
    }

    /** KVM_SET_ONE_REG(KVM_REG_PPC_ICP_STATE) with the kernel's consistency checks (§2.3). */
    public void setIcpState(int server, long value) {
        XicsPresenter icp = requirePresenter(server, "KVM_SET_ONE_REG");
        int cppr = (int) (value >>> 56) & 0xff;
        int xisr = (int) (value >>> 32) & 0xffffff;
        int mfrr = (int) (value >>> 24) & 0xff;
        int ppri = (int) (value >>> 16) & 0xff;
        String why = null;
        if (xisr == 0) {
            if (ppri != 0xff) {
                why = "no interrupt pending (XISR 0) but PPRI " + hex(ppri) + " is not 0xff";
            }
        } else if (xisr == XICS_IPI) {
            if (ppri != mfrr || ppri >= cppr) {
                why = "an IPI pending needs PPRI == MFRR and PPRI < CPPR";
            }
        } else if (ppri >= mfrr || ppri >= cppr) {
            why = "a pending source needs PPRI < MFRR and PPRI < CPPR";
        } else if (source(xisr) == null) {
            why = "pending source " + hex(xisr) + " has no ICS";
        }
        if (why != null) {
            throw new KvmException("KVM_SET_ONE_REG", Errno.EINVAL, "setting ICP state " + hex(value)
                    + " of server " + server + ": " + why);
        }
        boolean resend;
        if (mfrr <= icp.mfrr) {
            resend = false;
        } else {
            resend = icp.needResend;
            icp.needResend = false;
        }
        icp.cppr = cppr;
        icp.xisr = xisr;
        icp.mfrr = mfrr;
        icp.ppri = ppri;
        updateLine(icp);
        if (hops.active()) {
            hops.emit("config", -1, server, "ICP " + server + " restored: CPPR " + hex(cppr) + ", XISR " + hex(xisr)
                    + ", MFRR " + hex(mfrr) + ", PPRI " + hex(ppri));
        }
        if (resend) {
            agenda.push(ITEM_RESEND, server, 0);
        }
        agenda.settle();
    }

    private XicsPresenter requirePresenter(int server, String op) {
        XicsPresenter icp = presenter(server);
        if (icp == null) {
            throw new KvmException(op, Errno.ENOENT, "ICP state of vCPU " + server + ": it is not connected to XICS");
        }
        return icp;
    }

    /**
     * KVM_IRQ_LINE on a XICS source. Returns 0: XICS reports no delivery status (§1.3).
     *
     * @throws KvmException EINVAL for a source that does not exist
     */
    public int irqLine(int irq, int level) {
        if (existing(irq) == null) {
            throw new KvmException("KVM_IRQ_LINE", Errno.EINVAL, "raising XICS source " + hex(irq)
                    + ": it does not exist");
        }
        agenda.push(ITEM_TRIGGER, irq, level);
        agenda.settle();
        return 0;
    }

    // ---------------------------------------------------------------- routing hops

    /** ics_deliver_irq: the P/Q emulation; only the P=1,Q=0 outcome presents. */
    private void trigger(int irq, int level) {
        XicsSource s = existing(irq);
        if (s == null) {
            return;
        }
        boolean on = level == LEVEL_SET || level == LEVEL_SET_LEVEL || level > 0;
        int old = s.pq;
        if (s.lsi) {
            s.asserted = on;
            if (on && (old & XicsSource.PQ_PRESENTED) != 0) {
                if (hops.active()) {
                    hops.emit("trigger", irq, s.server, "LSI " + hex(irq) + " asserted again while presented:"
                            + " nothing to do");
                }
                return;
            }
            s.pq = on ? XicsSource.PQ_PRESENTED : 0;
        } else {
            if (!on) {
                return;
            }
            s.pq = (old << 1 & 3) | XicsSource.PQ_PRESENTED;
        }
        boolean present = s.pq == XicsSource.PQ_PRESENTED && !(s.lsi && !on);
        if (hops.active()) {
            hops.emit("trigger", irq, s.server, (s.lsi ? "LSI " : "MSI ") + hex(irq)
                    + (s.lsi ? (on ? " asserted" : " deasserted") : " triggered") + ": PQ "
                    + pq(XicsSource.display(old)) + " → " + pq(XicsSource.display(s.pq))
                    + (present
                            ? ", present to server " + s.server
                            : s.pq == 3 ? ", Q set: coalesced until EOI" : ""));
        }
        if (present) {
            agenda.push(ITEM_DELIVER, irq, 0);
        }
    }

    /** icp_deliver_irq: present to the target ICP, or mark masked-pending / resend. */
    private void deliver(int irq, boolean checkResend) {
        XicsSource s = source(irq);
        if (s == null) {
            return;
        }
        XicsPresenter icp = presenter(s.server);
        if (icp == null) {
            if (hops.active()) {
                hops.emit("drop", irq, s.server, "source " + hex(irq) + ": server " + s.server
                        + " has no ICP, interrupt not delivered");
            }
            return;
        }
        if (checkResend && !s.resend) {
            return;
        }
        s.resend = false;
        if (s.priority == XicsSource.MASKED) {
            s.maskedPending = true;
            if (hops.active()) {
                hops.emit("masked", irq, s.server, "source " + hex(irq) + " is masked (priority 0xff): kept as"
                        + " masked-pending until it is unmasked");
            }
            return;
        }
        int prio = s.priority;
        if (icp.cppr > prio && icp.mfrr > prio && icp.ppri > prio) {
            int reject = icp.xisr;
            icp.xisr = irq;
            icp.ppri = prio;
            s.presentedCount++;
            updateLine(icp);
            if (hops.active()) {
                hops.emit("present", irq, icp.server, "ICP " + icp.server + " takes " + hex(irq) + " at priority "
                        + hex(prio) + ": XISR := " + hex(irq) + ", PPRI := " + hex(prio)
                        + (reject != 0 ? ", rejecting " + hex(reject) : "")
                        + (icp.outEe ? "; external exception raised" : ""));
            }
            if (reject != 0 && reject != XICS_IPI) {
                icp.rejected++;
                if (hops.active()) {
                    hops.emit("reject", reject, icp.server, "ICP " + icp.server + " rejects " + hex(reject)
                            + " back to its ICS, which redelivers it");
                }
                agenda.push(ITEM_DELIVER, reject, 0);
            }
        } else {
            icp.needResend = true;
            s.resend = true;
            int block = irq >> ICS_SHIFT;
            icp.resendMap[block >> 6] |= 1L << (block & 63);
            if (hops.active()) {
                hops.emit("resend", irq, icp.server, "ICP " + icp.server + " cannot take " + hex(irq)
                        + " at priority " + hex(prio) + " (CPPR " + hex(icp.cppr) + ", MFRR " + hex(icp.mfrr)
                        + ", PPRI " + hex(icp.ppri) + "): source marked for resend, ICP need_resend set");
            }
        }
    }

    /** icp_check_resend: every source of the flagged ICS blocks that waits for a resend is delivered again. */
    private void checkResend(int server) {
        XicsPresenter icp = presenter(server);
        if (icp == null) {
            return;
        }
        for (int w = 0; w < icp.resendMap.length; w++) {
            while (icp.resendMap[w] != 0) {
                int bit = Long.numberOfTrailingZeros(icp.resendMap[w]);
                icp.resendMap[w] &= ~(1L << bit);
                XicsSource[] block = blocks[w * 64 + bit];
                if (block == null) {
                    continue;
                }
                for (XicsSource s : block) {
                    if (s.resend) {
                        if (hops.active()) {
                            hops.emit("resend", s.number, server, "ICP " + server + " asks ICS to resend "
                                    + hex(s.number));
                        }
                        agenda.push(ITEM_DELIVER, s.number, 1);
                    }
                }
            }
        }
    }

    private static void updateLine(XicsPresenter icp) {
        icp.outEe = icp.xisr != 0 && icp.ppri < icp.cppr;
    }

    // ---------------------------------------------------------------- guest side: hcalls and RTAS

    /** H_XIRR: accept the pending interrupt; returns XIRR = old CPPR << 24 | XISR. */
    public int hXirr(int server) {
        XicsPresenter icp = requirePresenter(server, "H_XIRR");
        int xirr = icp.cppr << 24 | icp.xisr;
        icp.outEe = false;
        if (icp.xisr != 0) {
            icp.cppr = icp.ppri;
            icp.ppri = 0xff;
            int taken = icp.xisr;
            icp.xisr = 0;
            icp.accepted++;
            updateLine(icp);
            if (hops.active()) {
                hops.emit("ack", taken, server, "vCPU " + server + " H_XIRR accepts " + hex(taken) + ": XIRR "
                        + hex(xirr & 0xffffffffL) + ", CPPR := " + hex(icp.cppr) + ", XISR := 0, PPRI := 0xff");
            }
        }
        agenda.settle();
        return xirr;
    }

    /** H_IPOLL: the XIRR without accepting (high 32 bits) and the MFRR (low 32 bits). */
    public long hIpoll(int server) {
        XicsPresenter icp = requirePresenter(server, "H_IPOLL");
        return (long) (icp.cppr << 24 | icp.xisr) << 32 | icp.mfrr;
    }

    /** H_CPPR: a less favoured CPPR may present an IPI and resend; a more favoured one may reject. */
    public void hCppr(int server, int cppr) {
        XicsPresenter icp = requirePresenter(server, "H_CPPR");
        int value = cppr & 0xff;
        if (value > icp.cppr) {
            downCppr(icp, value);
        } else if (value < icp.cppr) {
            int reject = 0;
            icp.cppr = value;
            if (value <= icp.ppri) {
                reject = icp.xisr;
                icp.xisr = 0;
                icp.ppri = 0xff;
            }
            updateLine(icp);
            if (hops.active()) {
                hops.emit("cppr", -1, server, "vCPU " + server + " raises CPPR to " + hex(value)
                        + (reject != 0 ? ": pending " + hex(reject) + " is no longer favoured enough" : ""));
            }
            if (reject != 0 && reject != XICS_IPI) {
                icp.rejected++;
                if (hops.active()) {
                    hops.emit("reject", reject, server, "ICP " + server + " rejects " + hex(reject)
                            + " back to its ICS, which redelivers it");
                }
                agenda.push(ITEM_DELIVER, reject, 0);
            }
        }
        agenda.settle();
    }

    private void downCppr(XicsPresenter icp, int cppr) {
        icp.cppr = cppr;
        boolean ipi = false;
        if (icp.mfrr < cppr && icp.mfrr <= icp.ppri) {
            icp.ppri = icp.mfrr;
            icp.xisr = XICS_IPI;
            ipi = true;
        }
        boolean resend = icp.needResend;
        icp.needResend = false;
        updateLine(icp);
        if (hops.active()) {
            hops.emit("cppr", ipi ? XICS_IPI : -1, icp.server, "ICP " + icp.server + " CPPR down to " + hex(cppr)
                    + (ipi ? ": IPI at MFRR " + hex(icp.mfrr) + " presented" : "")
                    + (resend ? "; need_resend set: rescanning ICS" : ""));
        }
        if (resend) {
            agenda.push(ITEM_RESEND, icp.server, 0);
        }
    }

    /** H_IPI: set a server's MFRR; presents the IPI when favoured enough, rejecting what it displaces. */
    public int hIpi(int server, int mfrr) {
        XicsPresenter icp = presenter(server);
        if (icp == null) {
            return H_PARAMETER;
        }
        int value = mfrr & 0xff;
        int old = icp.mfrr;
        icp.mfrr = value;
        int reject = 0;
        boolean presented = false;
        if (value < icp.cppr && value <= icp.ppri) {
            reject = icp.xisr;
            icp.ppri = value;
            icp.xisr = XICS_IPI;
            presented = true;
        }
        boolean resend = false;
        if (value > old) {
            resend = icp.needResend;
            icp.needResend = false;
        }
        updateLine(icp);
        if (hops.active()) {
            hops.emit("ipi", XICS_IPI, server, "MFRR of server " + server + " := " + hex(value)
                    + (presented ? ": IPI presented (XISR 2, PPRI " + hex(value) + ")" : "")
                    + (reject != 0 && reject != XICS_IPI ? ", rejecting " + hex(reject) : ""));
        }
        if (reject != 0 && reject != XICS_IPI) {
            icp.rejected++;
            agenda.push(ITEM_DELIVER, reject, 0);
        }
        if (resend) {
            agenda.push(ITEM_RESEND, server, 0);
        }
        agenda.settle();
        return H_SUCCESS;
    }

    /** H_EOI: CPPR := xirr >> 24 (Down_CPPR), then the source's EOI: P cleared, Q or a held LSI re-presents. */
    public int hEoi(int server, int xirr) {
        XicsPresenter icp = requirePresenter(server, "H_EOI");
        int irq = xirr & 0xffffff;
        downCppr(icp, xirr >>> 24);
        if (irq == XICS_IPI) {
            agenda.settle();
            return H_SUCCESS;
        }
        XicsSource s = source(irq);
        if (s == null) {
            agenda.settle();
            return H_PARAMETER;
        }
        int old = s.pq;
        if (!s.lsi) {
            s.pq = old >> 1;
        }
        boolean again = (s.pq & XicsSource.PQ_PRESENTED) != 0;
        if (hops.active()) {
            hops.emit("eoi", irq, server, "vCPU " + server + " H_EOI " + hex(irq) + ": PQ "
                    + pq(XicsSource.display(old)) + " → " + pq(XicsSource.display(s.pq))
                    + (again ? (s.lsi ? ", LSI still asserted: present again" : ", Q was set: present again") : ""));
        }
        if (again) {
            agenda.push(ITEM_DELIVER, irq, 0);
        }
        agenda.settle();
        return H_SUCCESS;
    }

    /** RTAS ibm,set-xive: server and priority; an unmask redelivers what was masked-pending or awaiting resend. */
    public void setXive(int irq, int server, int priority) {
        XicsSource s = existing(irq);
        if (s == null) {
            throw new IllegalArgumentException("ibm,set-xive: source " + hex(irq) + " does not exist");
        }
        writeXive(s, server, priority & 0xff, priority & 0xff);
    }

    /** RTAS ibm,int-off: priority 0xff, the current one saved. */
    public void intOff(int irq) {
        XicsSource s = existing(irq);
        if (s == null) {
            throw new IllegalArgumentException("ibm,int-off: source " + hex(irq) + " does not exist");
        }
        writeXive(s, s.server, XicsSource.MASKED, s.priority == XicsSource.MASKED ? s.savedPriority : s.priority);
    }

    /** RTAS ibm,int-on: the saved priority back. */
    public void intOn(int irq) {
        XicsSource s = existing(irq);
        if (s == null) {
            throw new IllegalArgumentException("ibm,int-on: source " + hex(irq) + " does not exist");
        }
        writeXive(s, s.server, s.savedPriority, s.savedPriority);
    }

    private void writeXive(XicsSource s, int server, int priority, int saved) {
        s.server = server;
        s.priority = priority;
        s.savedPriority = saved;
        boolean deliver = (s.maskedPending || s.resend) && priority != XicsSource.MASKED;
        if (deliver) {
            s.maskedPending = false;
            s.resend = false;
        }
        if (hops.active()) {
            hops.emit("config", s.number, server, "ICS source " + hex(s.number) + ": server " + server
                    + ", priority " + hex(priority) + (deliver ? "; it was pending while masked: deliver now" : ""));
        }
        if (deliver) {
            agenda.push(ITEM_DELIVER, s.number, 0);
        }
        agenda.settle();
    }

    /** Device release (closing its fd): every ICS and ICP is gone. */
    public void release() {
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = null;
        }
        presenters = new XicsPresenter[8];
        connected = 0;
        agenda.clear();
    }

    /** Servers with an ICP, ascending. */
    public int[] servers() {
        int n = 0;
        for (XicsPresenter p : presenters) {
            n += p != null ? 1 : 0;
        }
        int[] out = new int[n];
        n = 0;
        for (XicsPresenter p : presenters) {
            if (p != null) {
                out[n++] = p.server;
            }
        }
        return out;
    }
}
