// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.xive;

import static org.irqscope.softkvm.HopLog.hex;
import static org.irqscope.softkvm.HopLog.pq;

import org.irqscope.core.state.XiveRing;
import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmException;
import org.irqscope.softkvm.Agenda;
import org.irqscope.softkvm.HopLog;

/**
 * XIVE as KVM's native device exposes it (arch/powerpc/kvm/book3s_xive_native.c) with the routing of the XIVE
 * architecture as QEMU models it (hw/intc/xive.c): ESB PQ state machine → EAS lookup → END enqueue (generation bit)
 * → NVT notify into the thread context (IPB, PIPR, NSR.EO), or the END's escalation when the VP is not dispatched
 * (ABI fact page §3). The sPAPR layout is used: one END per (server, priority), eight priorities.
 *
 * <p>Each routing stage is an agenda item, so a step controller can show one hop at a time. Not thread-safe: the
 * owning VM serialises calls.
 */
public final class XiveController {
    public static final int PRIORITY_MAX = 7;

    /** GRP_SOURCE value bits. */
    public static final long SOURCE_LEVEL_SENSITIVE = 1;
    public static final long SOURCE_LEVEL_ASSERTED = 2;
    /** GRP_SOURCE_CONFIG value layout (ABI fact page §3.1). */
    public static final long CONFIG_PRIORITY_MASK = 0x7;
    public static final int CONFIG_SERVER_SHIFT = 3;
    public static final long CONFIG_SERVER_MASK = 0xfffffff8L;
    public static final int CONFIG_MASKED_SHIFT = 32;
    public static final int CONFIG_EISN_SHIFT = 33;

    /** ESB management-page offsets (§3.3). */
    public static final int ESB_LOAD_EOI = 0x000;
    public static final int ESB_STORE_EOI = 0x400;
    public static final int ESB_GET = 0x800;
    public static final int ESB_SET_PQ_00 = 0xc00;
    public static final int ESB_SET_PQ_01 = 0xd00;
    public static final int ESB_SET_PQ_10 = 0xe00;
    public static final int ESB_SET_PQ_11 = 0xf00;

    public static final int LEVEL_SET = -1;
    public static final int LEVEL_UNSET = -2;
    public static final int LEVEL_SET_LEVEL = -3;

    static final int ITEM_TRIGGER = 10;
    static final int ITEM_ROUTE = 11;
    static final int ITEM_ENQUEUE = 12;
    static final int ITEM_NOTIFY = 13;

    private final Agenda agenda;
    private final HopLog hops;
    private final int nrSources;
    private final int maxServers;
    private final XiveSource[] sources;
    private QueueMemory queueMemory = (gpa, entry) -> {
    };
    private XiveThread[] threads = new XiveThread[8];
    private int connected;
    private int nrServers;

    /**
     * @param nrSources LISNs 0..nrSources-1 exist (the ESB mapping's extent); GRP_SOURCE beyond is E2BIG
     * @param maxServers the largest NR_SERVERS accepted
     */
    public XiveController(Agenda agenda, HopLog hops, int nrSources, int maxServers) {
        if (nrSources < 1 || nrSources > 1 << 20) {
            throw new IllegalArgumentException("XIVE source count " + nrSources + " is outside 1.." + (1 << 20));
        }
        this.agenda = agenda;
        this.hops = hops;
        this.nrSources = nrSources;
        this.maxServers = maxServers;
        this.sources = new XiveSource[nrSources];
        // one worker for every stage keeps the agenda's dispatch site monomorphic per device: the hot path inlines
        Agenda.Worker worker = this::perform;
        agenda.register(ITEM_TRIGGER, worker);
        agenda.register(ITEM_ROUTE, worker);
        agenda.register(ITEM_ENQUEUE, worker);
        agenda.register(ITEM_NOTIFY, worker);
    }

    private void perform(int kind, int a, int b) {
        switch (kind) {
            case ITEM_TRIGGER -> trigger(a, b);
            case ITEM_ROUTE -> route(a);
            case ITEM_ENQUEUE -> enqueue(a, b);
            case ITEM_NOTIFY -> notify(a);
            default -> throw new IllegalStateException("XIVE has no agenda item kind " + kind);
        }
    }

    public int nrSources() {
        return nrSources;
    }

    /** Where enqueued entries land in guest memory: the router writes each one, big-endian, at its address. */
    @FunctionalInterface
    public interface QueueMemory {
        void store32(long gpa, int entry);
    }

    /** Sets the guest memory the queues are written to (the entries are also kept in the ENDs). */
    public void setQueueMemory(QueueMemory memory) {
        queueMemory = memory;
    }

    // ---------------------------------------------------------------- VMM side

    /** KVM_DEV_XIVE_NR_SERVERS. */
    public void setNrServers(long value) {
        if (connected > 0) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EBUSY,
                    "setting XIVE NR_SERVERS after a vCPU is connected");
        }
        if (value < 1 || value > maxServers) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL,
                    "setting XIVE NR_SERVERS to " + value + " (allowed 1.." + maxServers + ")");
        }
        nrServers = (int) value;
    }

    public int nrServers() {
        return nrServers;
    }

    /** KVM_ENABLE_CAP(KVM_CAP_PPC_IRQ_XIVE): a thread context and eight unconfigured ENDs for the server. */
    public XiveThread connect(int server) {
        if (server < 0 || server >= maxServers) {
            throw new KvmException("KVM_ENABLE_CAP", Errno.EINVAL, "connecting server " + server
                    + " to XIVE (servers are 0.." + (maxServers - 1) + ")");
        }
        if (nrServers > 0 && server >= nrServers) {
            throw new KvmException("KVM_ENABLE_CAP", Errno.ENOSPC, "connecting server " + server
                    + " to XIVE with NR_SERVERS " + nrServers + ": no VP left");
        }
        if (thread(server) != null) {
            throw new KvmException("KVM_ENABLE_CAP", Errno.EEXIST, "connecting server " + server
                    + " to XIVE: it already has a VP");
        }
        if (server >= threads.length) {
            XiveThread[] next = new XiveThread[Math.max(server + 1, threads.length * 2)];
            System.arraycopy(threads, 0, next, 0, threads.length);
            threads = next;
        }
        XiveThread t = new XiveThread(server);
        threads[server] = t;
        connected++;
        return t;
    }

    public XiveThread thread(int server) {
        return server >= 0 && server < threads.length ? threads[server] : null;
    }

    /** Servers with a VP, ascending. */
    public int[] servers() {
        int n = 0;
        for (XiveThread t : threads) {
            n += t != null ? 1 : 0;
        }
        int[] out = new int[n];
        n = 0;
        for (XiveThread t : threads) {
            if (t != null) {
                out[n++] = t.server;
            }
        }
        return out;
    }

    /** The source, or null when it was never created. */
    public XiveSource source(int lisn) {
        return lisn >= 0 && lisn < nrSources ? sources[lisn] : null;
    }

    private XiveSource valid(int lisn) {
        XiveSource s = source(lisn);
        return s != null && s.valid ? s : null;
    }

    /** KVM_DEV_XIVE_GRP_SOURCE: creates (or resets) a source, masked at its ESB (PQ 01) and EAS. */
    public void setSource(long lisn, long value) {
        if (lisn < 0 || lisn >= nrSources) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.E2BIG, "creating XIVE source " + hex(lisn)
                    + " (the device has sources 0.." + hex(nrSources - 1) + ")");
        }
        XiveSource s = sources[(int) lisn];
        if (s == null) {
            s = new XiveSource((int) lisn);
            sources[(int) lisn] = s;
        }
        s.valid = true;
        s.lsi = (value & SOURCE_LEVEL_SENSITIVE) != 0;
        s.asserted = s.lsi && (value & SOURCE_LEVEL_ASSERTED) != 0;
        s.pq = XiveSource.PQ_OFF;
        s.easValid = false;
        s.easMasked = true;
        s.priority = 0xff;
        s.server = 0;
        s.eisn = 0;
        if (hops.active()) {
            hops.emit("config", s.lisn, -1, "XIVE source " + hex(lisn) + " created " + (s.lsi ? "LSI" : "MSI")
                    + (s.asserted ? " (asserted)" : "") + ", ESB PQ 01 (off), EAS masked");
        }
    }

    /**
     * KVM_DEV_XIVE_GRP_SOURCE_CONFIG: writes the EAS. The target END must be configured first (ENXIO), as the
     * kernel picks the queue when the source is targeted.
     */
    public void configureSource(long lisn, long value) {
        if (lisn < 0 || lisn >= nrSources) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.ENOENT, "targeting XIVE source " + hex(lisn)
                    + ": beyond the device's sources 0.." + hex(nrSources - 1));
        }
        XiveSource s = valid((int) lisn);
        if (s == null) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL, "targeting XIVE source " + hex(lisn)
                    + ": it was not created (GRP_SOURCE first)");
        }
        int prio = (int) (value & CONFIG_PRIORITY_MASK);
        int server = (int) ((value & CONFIG_SERVER_MASK) >>> CONFIG_SERVER_SHIFT);
        boolean masked = (value >>> CONFIG_MASKED_SHIFT & 1) != 0;
        int eisn = (int) (value >>> CONFIG_EISN_SHIFT) & 0x7fffffff;
        if (!masked) {
            XiveThread t = thread(server);
            if (t == null || !t.ends[prio].configured()) {
                throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.ENXIO, "targeting XIVE source " + hex(lisn)
                        + " at server " + server + " priority " + prio + ": "
                        + (t == null ? "that server has no VP" : "its event queue is not configured"));
            }
        }
        s.easValid = true;
        s.easMasked = masked;
        s.server = server;
        s.priority = masked ? 0xff : prio;
        s.eisn = eisn;
        if (hops.active()) {
            hops.emit("config", s.lisn, server, "EAS of " + hex(lisn) + ": " + (masked
                    ? "masked"
                    : "END " + hex(server << 3 | prio) + " (server " + server + ", priority " + prio + ")")
                    + ", EISN " + hex(eisn));
        }
    }

    /** The END of (server, priority), checking both (the GRP_EQ_CONFIG attribute). */
    private XiveEnd endOf(long eqId, String op) {
        int prio = (int) (eqId & 7);
        long server = eqId >>> 3;
        XiveThread t = server < Integer.MAX_VALUE ? thread((int) server) : null;
        if (t == null) {
            throw new KvmException(op, Errno.ENOENT, "event queue of server " + server + " priority " + prio
                    + ": that server has no VP");
        }
        return t.ends[prio];
    }

    /** KVM_DEV_XIVE_GRP_EQ_CONFIG set: qshift 0 resets the queue; otherwise flags, size and alignment are checked. */
    public void configureQueue(long eqId, int flags, int qshift, long qaddr, int qtoggle, int qindex) {
        XiveEnd end = endOf(eqId, "KVM_SET_DEVICE_ATTR");
        String what = "configuring the event queue of server " + end.server + " priority " + end.priority;
        if (qshift != 0) {
            if ((flags & XiveEnd.ALWAYS_NOTIFY) == 0) {
                throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL, what
                        + ": KVM_XIVE_EQ_ALWAYS_NOTIFY is required");
            }
            if (qshift != 12 && qshift != 16 && qshift != 21 && qshift != 24) {
                throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL, what + ": qshift " + qshift
                        + " is not one of 12, 16, 21, 24");
            }
            if ((qaddr & ((1L << qshift) - 1)) != 0 || qaddr == 0) {
                throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL, what + ": queue address " + hex(qaddr)
                        + " is not a non-zero multiple of its size " + hex(1L << qshift));
            }
            if (qtoggle < 0 || qtoggle > 1 || qindex < 0 || qindex >= 1 << (qshift - 2)) {
                throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL, what + ": toggle " + qtoggle
                        + " / index " + qindex + " outside the queue");
            }
            end.configure(flags, qshift, qaddr, qindex, qtoggle);
        } else {
            end.configure(0, 0, 0, 0, 0);
        }
        if (hops.active()) {
            hops.emit("config", -1, end.server, "END " + hex(end.index()) + " (server " + end.server + ", priority "
                    + end.priority + "): " + (qshift == 0
                            ? "queue reset"
                            : end.entries() + " entries at "
                                    + hex(qaddr) + ", index " + qindex + ", generation " + qtoggle));
        }
    }

    /** KVM_DEV_XIVE_GRP_EQ_CONFIG get; an unconfigured queue reads as all zero. */
    public XiveEnd queue(long eqId) {
        return endOf(eqId, "KVM_GET_DEVICE_ATTR");
    }

    /** KVM_DEV_XIVE_RESET: every source masked (PQ 01, EAS masked), every queue reset. */
    public void reset() {
        agenda.clear();
        for (XiveSource s : sources) {
            if (s != null && s.valid) {
                s.pq = XiveSource.PQ_OFF;
                s.easMasked = true;
                s.priority = 0xff;
                s.server = 0;
                s.eisn = 0;
            }
        }
        for (XiveThread t : threads) {
            if (t != null) {
                for (XiveEnd e : t.ends) {
                    e.configure(0, 0, 0, 0, 0);
                }
            }
        }
        if (hops.active()) {
            hops.emit("config", -1, -1, "XIVE reset: all sources masked (PQ 01), all event queues reset");
        }
    }

    /** KVM_DEV_XIVE_EQ_SYNC: finish every routing in flight, so that queues in guest memory are complete. */
    public void eqSync() {
        agenda.drain();
        if (hops.active()) {
            hops.emit("sync", -1, -1, "XIVE EQ sync: all notifications flushed to their queues");
        }
    }

    /** KVM_DEV_XIVE_GRP_SOURCE_SYNC. */
    public void sourceSync(long lisn) {
        if (lisn < 0 || lisn >= nrSources || valid((int) lisn) == null) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.ENOENT, "syncing XIVE source " + hex(lisn)
                    + ": it does not exist");
        }
        agenda.drain();
    }

    /** KVM_REG_PPC_VP_STATE get: the 16 bytes, word0 the OS ring bytes with the NVT's saved IPB ORed in. */
    public byte[] vpState(int server) {
        XiveThread t = requireThread(server, "KVM_GET_ONE_REG");
        byte[] out = new byte[16];
        byte[] w = t.word01();
        System.arraycopy(w, 0, out, 0, 8);
        out[2] = (byte) (t.ipb | t.nvtIpb);
        return out;
    }

    /** KVM_REG_PPC_VP_STATE set: the OS ring bytes back. */
    public void setVpState(int server, byte[] value) {
        XiveThread t = requireThread(server, "KVM_SET_ONE_REG");
        if (value.length != 16) {
            throw new KvmException("KVM_SET_ONE_REG", Errno.EINVAL, "VP state of server " + server + " has "
                    + value.length + " bytes, not 16");
        }
        t.nsr = value[0] & 0xff;
        t.cppr = value[1] & 0xff;
        t.ipb = value[2] & 0xff;
        t.lsmfb = value[3] & 0xff;
        t.ackCount = value[4] & 0xff;
        t.inc = value[5] & 0xff;
        t.age = value[6] & 0xff;
        t.pipr = value[7] & 0xff;
        if (hops.active()) {
            hops.emit("config", -1, server, "thread context of server " + server + " restored: NSR " + hex(t.nsr)
                    + ", CPPR " + hex(t.cppr) + ", IPB " + hex(t.ipb) + ", PIPR " + hex(t.pipr));
        }
    }

    private XiveThread requireThread(int server, String op) {
        XiveThread t = thread(server);
        if (t == null) {
            throw new KvmException(op, Errno.ENOENT, "VP state of vCPU " + server + ": it is not connected to XIVE");
        }
        return t;
    }

    /** KVM_IRQ_LINE: SET triggers, SET_LEVEL asserts an LSI, UNSET deasserts. Returns 0 as the kernel does. */
    public int irqLine(int lisn, int level) {
        if (valid(lisn) == null) {
            throw new KvmException("KVM_IRQ_LINE", Errno.EINVAL, "raising XIVE source " + hex(lisn)
                    + ": it does not exist");
        }
        agenda.push(ITEM_TRIGGER, lisn, level);
        agenda.settle();
        return 0;
    }

    /** The VP leaves its thread (the vCPU cedes or stops) or comes back, merging what the NVT kept. */
    public void setDispatched(int server, boolean dispatched) {
        XiveThread t = requireThread(server, "dispatch");
        if (t.dispatched == dispatched) {
            return;
        }
        t.dispatched = dispatched;
        if (dispatched && t.nvtIpb != 0) {
            int saved = t.nvtIpb;
            t.nvtIpb = 0;
            ipbUpdate(t, saved);
            if (hops.active()) {
                hops.emit("dispatch", -1, server, "VP " + hex(XiveThread.NVT_BASE + server) + " dispatched again:"
                        + " NVT IPB " + hex(saved) + " merged, PIPR " + hex(t.pipr)
                        + (t.exceptionRaised() ? ", NSR.EO set" : ""));
            }
        } else if (hops.active()) {
            hops.emit("dispatch", -1, server, "VP " + hex(XiveThread.NVT_BASE + server)
                    + (dispatched ? " dispatched" : " no longer dispatched: notifications will escalate"));
        }
    }

    // ---------------------------------------------------------------- ESB

    /** A store on the source's even (trigger) ESB page. */
    public void esbTrigger(int lisn) {
        if (source(lisn) == null) {
            throw new KvmException("ESB store", Errno.ENXIO, "triggering XIVE source " + hex(lisn)
                    + ": no ESB page behind it");
        }
        agenda.push(ITEM_TRIGGER, lisn, LEVEL_SET);
        agenda.settle();
    }

    /**
     * An 8-byte load on the source's odd (management) ESB page. Returns the old PQ for GET and SET_PQ_xx, 1 or 0 for
     * LOAD_EOI (whether the EOI forwarded a new notification), all ones for an offset with no load function.
     */
    public long esbLoad(int lisn, int offset) {
        XiveSource s = source(lisn);
        if (s == null) {
            throw new KvmException("ESB load", Errno.ENXIO, "XIVE source " + hex(lisn) + ": no ESB page behind it");
        }
        if (offset < 0 || offset > 0xfff) {
            throw new IllegalArgumentException("ESB offset " + hex(offset) + " is outside the 4 KiB of"
                    + " management functions 0x000..0xfff");
        }
        int old = s.pq;
        long result;
        if (offset < ESB_STORE_EOI) {
            result = eoi(s);
        } else if (offset < ESB_GET) {
            result = -1L;
            if (hops.active()) {
                hops.emit("esb", lisn, -1, "ESB load at " + hex(offset) + " of " + hex(lisn)
                        + " has no function: reads all ones");
            }
        } else if (offset < ESB_SET_PQ_00) {
            result = old;
        } else {
            int next = (offset >> 8) & 3;
            s.pq = next;
            result = old;
            if (hops.active()) {
                hops.emit("pq", lisn, -1, "ESB SET_PQ_" + pq(next) + " on " + hex(lisn) + ": PQ " + pq(old) + " → "
                        + pq(next) + (next == XiveSource.PQ_OFF
                                ? " (masked at the source)"
                                : old == XiveSource.PQ_OFF ? " (unmasked)" : ""));
            }
        }
        agenda.settle();
        return result;
    }

    private int eoi(XiveSource s) {
        int old = s.pq;
        boolean forward = false;
        if (s.lsi) {
            if (old != XiveSource.PQ_OFF) {
                s.pq = XiveSource.PQ_RESET;
            }
        } else {
            switch (old) {
                case XiveSource.PQ_RESET, XiveSource.PQ_PENDING -> s.pq = XiveSource.PQ_RESET;
                case XiveSource.PQ_QUEUED -> {
                    s.pq = XiveSource.PQ_PENDING;
                    forward = true;
                }
                default -> {
                }
            }
        }
        boolean lsiAgain = s.lsi && s.asserted && s.pq == XiveSource.PQ_RESET;
        if (hops.active()) {
            hops.emit("eoi", s.lisn, -1, "ESB load EOI on " + hex(s.lisn) + ": PQ " + pq(old) + " → " + pq(s.pq)
                    + (forward
                            ? ": Q was set, the coalesced event is forwarded to the router"
                            : lsiAgain ? ": LSI still asserted, triggers again" : ""));
        }
        if (forward) {
            agenda.push(ITEM_ROUTE, s.lisn, 0);
        } else if (lsiAgain) {
            agenda.push(ITEM_TRIGGER, s.lisn, LEVEL_SET_LEVEL);
        }
        return forward ? 1 : 0;
    }

    // ---------------------------------------------------------------- routing hops

    private void trigger(int lisn, int level) {
        XiveSource s = source(lisn);
        if (s == null) {
            return;
        }
        boolean on = level == LEVEL_SET || level == LEVEL_SET_LEVEL || level > 0;
        if (s.lsi && level == LEVEL_UNSET) {
            s.asserted = false;
            if (hops.active()) {
                hops.emit("trigger", lisn, -1, "LSI " + hex(lisn) + " deasserted (PQ " + pq(s.pq) + " unchanged)");
            }
            return;
        }
        if (!on) {
            return;
        }
        if (s.lsi) {
            // KVM treats SET like SET_LEVEL on a level-sensitive source: the line is up until UNSET
            s.asserted = true;
        }
        s.triggers++;
        int old = s.pq;
        boolean notify = false;
        switch (old) {
            case XiveSource.PQ_RESET -> {
                s.pq = XiveSource.PQ_PENDING;
                notify = true;
            }
            case XiveSource.PQ_PENDING, XiveSource.PQ_QUEUED -> s.pq = s.lsi ? old : XiveSource.PQ_QUEUED;
            default -> {
            }
        }
        if (hops.active()) {
            hops.emit("trigger", lisn, -1, "source " + hex(lisn) + " (" + (s.lsi ? "LSI" : "MSI")
                    + ") triggers its ESB: PQ " + pq(old) + " → " + pq(s.pq)
                    + (notify
                            ? ", event forwarded to the router"
                            : old == XiveSource.PQ_OFF
                                    ? ", source is off (PQ 01): event dropped at the ESB"
                                    : s.lsi ? ", already pending" : ", Q set: coalesced until EOI"));
        }
        if (old == XiveSource.PQ_OFF) {
            s.dropped++;
        }
        if (notify) {
            agenda.push(ITEM_ROUTE, lisn, 0);
        }
    }

    private void route(int lisn) {
        XiveSource s = source(lisn);
        if (s == null) {
            return;
        }
        if (!s.easValid || s.easMasked) {
            s.dropped++;
            if (hops.active()) {
                hops.emit("eas", lisn, -1, "EAS lookup for " + hex(lisn) + ": "
                        + (s.easValid ? "masked (priority 0xff)" : "no EAS written")
                        + ": event dropped by the router, PQ stays " + pq(s.pq));
            }
            return;
        }
        int endIndex = s.server << 3 | s.priority;
        if (hops.active()) {
            hops.emit("eas", lisn, s.server, "EAS lookup for " + hex(lisn) + ": END " + hex(endIndex) + " (server "
                    + s.server + ", priority " + s.priority + "), EISN " + hex(s.eisn));
        }
        agenda.push(ITEM_ENQUEUE, endIndex, lisn);
    }

    private void enqueue(int endIndex, int lisn) {
        XiveSource s = source(lisn);
        XiveThread t = thread(endIndex >>> 3);
        XiveEnd end = t == null ? null : t.ends[endIndex & 7];
        if (end == null || !end.configured()) {
            if (s != null) {
                s.dropped++;
            }
            if (hops.active()) {
                hops.emit("drop", lisn, endIndex >>> 3, "END " + hex(endIndex) + " has no event queue: event of "
                        + hex(lisn) + " dropped");
            }
            return;
        }
        int eisn = s == null ? 0 : s.eisn;
        int gen = end.generation;
        int slot = end.push(eisn);
        queueMemory.store32(end.qaddr + 4L * slot, gen << 31 | (eisn & 0x7fffffff));
        if (s != null) {
            s.enqueued++;
        }
        if (hops.active()) {
            hops.emit("enqueue", lisn, end.server, "END " + hex(endIndex) + " enqueues EISN " + hex(eisn)
                    + " at index " + slot + " of " + end.entries() + " with generation " + gen
                    + (end.qindex == 0 ? ": queue wrapped, generation flips to " + end.generation : ""));
        }
        agenda.push(ITEM_NOTIFY, endIndex, lisn);
    }

    private void notify(int endIndex) {
        XiveThread t = thread(endIndex >>> 3);
        if (t == null) {
            return;
        }
        int prio = endIndex & 7;
        XiveEnd end = t.ends[prio];
        if (!t.dispatched) {
            t.nvtIpb |= XiveRing.ipbBit(prio);
            end.escalations++;
            if (hops.active()) {
                hops.emit("escalation", -1, t.server, "NVT " + hex(XiveThread.NVT_BASE + t.server)
                        + " not dispatched: IPB bit of priority " + prio + " kept in the NVT, END " + hex(endIndex)
                        + " escalation fires (escalation #" + end.escalations + ")");
            }
            return;
        }
        ipbUpdate(t, XiveRing.ipbBit(prio));
        if (hops.active()) {
            hops.emit("notify", -1, t.server, "NVT " + hex(XiveThread.NVT_BASE + t.server) + " notified for priority "
                    + prio + ": IPB " + hex(t.ipb) + ", PIPR " + t.pipr + ", CPPR " + hex(t.cppr)
                    + (t.exceptionRaised()
                            ? ": PIPR < CPPR, NSR.EO set, OS exception raised"
                            : ": PIPR not below CPPR, no exception"));
        }
    }

    private static void ipbUpdate(XiveThread t, int bits) {
        t.ipb |= bits;
        t.pipr = XiveRing.piprOf(t.ipb);
        if (t.pipr < t.cppr) {
            t.nsr |= XiveThread.NSR_EO;
        }
    }

    // ---------------------------------------------------------------- TIMA (OS ring)

    /** TM_SPC_ACK_OS_REG, a 2-byte load at 0x810: returns old NSR << 8 | CPPR after the accept. */
    public int timaAck(int server) {
        XiveThread t = requireThread(server, "TIMA load");
        int nsr = t.nsr;
        if ((nsr & XiveThread.NSR_EO) != 0) {
            t.cppr = t.pipr;
            t.ipb &= ~XiveRing.ipbBit(t.cppr);
            t.pipr = XiveRing.piprOf(t.ipb);
            t.nsr &= ~XiveThread.NSR_EO;
            t.acks++;
        }
        if (hops.active()) {
            hops.emit("ack", -1, server, "vCPU " + server + " acknowledges (TIMA load 0x810): returns "
                    + hex(nsr << 8 | t.cppr) + ((nsr & XiveThread.NSR_EO) != 0
                            ? "; CPPR := " + t.cppr
                                    + ", IPB " + hex(t.ipb) + ", PIPR " + hex(t.pipr)
                            : "; no exception outstanding"));
        }
        return nsr << 8 | t.cppr;
    }

    /** A 1-byte store to the OS CPPR (TIMA 0x11): values above 7 become 0xFF; then the notify check. */
    public void timaSetCppr(int server, int value) {
        XiveThread t = requireThread(server, "TIMA store");
        int cppr = (value & 0xff) > PRIORITY_MAX ? 0xff : value & 0xff;
        t.cppr = cppr;
        if (t.pipr < t.cppr) {
            t.nsr |= XiveThread.NSR_EO;
        }
        if (hops.active()) {
            hops.emit("cppr", -1, server, "vCPU " + server + " sets CPPR " + hex(cppr) + (t.exceptionRaised()
                    ? ": PIPR " + t.pipr + " below it, NSR.EO set"
                    : ""));
        }
    }

    /** TM_SPC_SET_OS_PENDING, a 1-byte store at 0x812: IPB |= bit(priority), then the notify check. */
    public void timaSetOsPending(int server, int priority) {
        XiveThread t = requireThread(server, "TIMA store");
        if (priority < 0 || priority > PRIORITY_MAX) {
            throw new IllegalArgumentException("SET_OS_PENDING priority " + priority + " is outside 0..7");
        }
        ipbUpdate(t, XiveRing.ipbBit(priority));
        if (hops.active()) {
            hops.emit("notify", -1, server, "SET_OS_PENDING priority " + priority + " on vCPU " + server + ": IPB "
                    + hex(t.ipb) + ", PIPR " + t.pipr + (t.exceptionRaised() ? ", NSR.EO set" : ""));
        }
    }

    /** Device release: every source, END and thread context is gone. */
    public void release() {
        agenda.clear();
        java.util.Arrays.fill(sources, null);
        threads = new XiveThread[8];
        connected = 0;
    }
}
