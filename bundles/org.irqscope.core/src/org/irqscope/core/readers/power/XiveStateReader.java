// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.readers.power;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.kvm.Errno;
import org.irqscope.kvm.GuestMemory;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmMappedRegion;
import org.irqscope.kvm.KvmOneReg;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVm;
import org.irqscope.kvm.xive.XiveAttributes;
import org.irqscope.kvm.xive.XiveEqConfig;
import org.irqscope.kvm.xive.XiveEqId;
import org.irqscope.kvm.xive.XiveEsb;
import org.irqscope.kvm.xive.XiveVpState;

/**
 * Reads a XIVE native device into a MachineState through the KVM interfaces only, as QEMU's
 * kvmppc_xive_synchronize_state does: PQ by ESB GET loads (0x800, the only side-effect-free probe; 0xC00–0xF00 would
 * change PQ, ABI fact page §3.3), the queues by GRP_EQ_CONFIG gets, the thread contexts by KVM_REG_PPC_VP_STATE.
 * Source targeting cannot be read from KVM: it comes from the VMM's {@link XiveVmmConfiguration}, and the sources
 * say so ({@code targetingFromVmm}).
 */
public final class XiveStateReader {
    /** sPAPR NVT numbering: SPAPR_XIVE_NVT_BASE + vCPU id (§3.6). */
    private static final int NVT_BASE = XiveAttributes.SPAPR_NVT_BASE;

    /** Entries shown per queue: the last ones the router wrote, as QEMU's "info pic" shows six. */
    static final int WINDOW = 6;

    /**
     * The last {@link #WINDOW} entries before qindex, oldest first, read big-endian from guest memory as the guest
     * reads them (generation bit 31, EISN 30:0); empty when no memory slot holds the queue.
     */
    static List<Integer> window(List<GuestMemory> memory, XiveEqConfig eq) {
        long entries = eq.entries();
        long bytes = entries * 4;
        for (GuestMemory m : memory) {
            if (m.contains(eq.qaddr(), bytes)) {
                int n = (int) Math.min(WINDOW, entries);
                List<Integer> out = new ArrayList<>(n);
                for (int k = n; k >= 1; k--) {
                    long idx = Math.floorMod(eq.qindex() - k, entries);
                    out.add(Integer.reverseBytes((int) m.load(eq.qaddr() + 4 * idx, 4)));
                }
                return out;
            }
        }
        return List.of();
    }

    public MachineState read(PowerReadContext context, KvmVm vm, KvmDevice xive, XiveVmmConfiguration config) {
        MachineState.Builder b = MachineState.builder(context.target(), Arch.PPC64, InterruptMode.XIVE)
                .backend(context.backend()).irqchip(context.irqchip()).sequence(context.sequence())
                .capability("KVM_CAP_PPC_IRQ_XIVE");
        KvmMappedRegion esb = xive.region(KvmDeviceRegion.XIVE_ESB).orElseThrow(() -> new KvmException("mmap",
                Errno.ENXIO, "mapping the ESB pages of the XIVE device"));
        long esbPages = esb.length() >>> XiveEsb.SOURCE_SHIFT;
        for (XiveVmmConfiguration.Source s : config.sources()) {
            if (s.lisn() >= esbPages) {
                b.note("LISN 0x" + Integer.toHexString(s.lisn()) + " is beyond the mapped ESB pages");
                continue;
            }
            int pq = (int) esb.load(XiveEsb.managementPage(s.lisn()) + XiveEsb.GET, 8) & 3;
            boolean p = (pq & 2) != 0;
            boolean q = (pq & 1) != 0;
            boolean targeted = s.configured() && !s.masked();
            b.source(SourceState.builder(s.lisn(), s.kind())
                    .owner(s.owner())
                    .server(s.configured() ? s.server() : -1)
                    .priority(targeted ? s.priority() : 0xff)
                    .masked(!targeted || pq == 1)
                    .pq(pq)
                    .pending(p)
                    .presented(p)
                    .queued(q)
                    .eisn(s.configured() ? s.eisn() : -1)
                    .endIndex(targeted ? s.server() << 3 | s.priority() : -1)
                    .targetingFromVmm(true)
                    .build());
        }
        List<XiveEventQueue> ends = new ArrayList<>();
        List<Integer> nvts = new ArrayList<>();
        ByteBuffer eqBuf = ByteBuffer.allocate(XiveEqConfig.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        List<GuestMemory> memory = vm.memorySlots();
        for (KvmVcpu v : vm.vcpus()) {
            Presenter presenter;
            try {
                XiveVpState vp = XiveVpState.decode(v.getOneRegBytes(KvmOneReg.PPC_VP_STATE));
                int nvt = NVT_BASE + v.id();
                presenter = XiveThreadContext.ofOsRing(new XiveRing(vp.nsr(), vp.cppr(), vp.ipb(), vp.lsmfb(),
                        vp.ackCount(), vp.inc(), vp.age(), vp.pipr(), 0x8000_0000 | nvt), nvt);
                nvts.add(nvt);
            } catch (KvmException e) {
                if (!e.is(Errno.ENXIO)) {
                    throw e;
                }
                b.vcpu(new VcpuState(v.id(), RunState.UNKNOWN, Presenter.NONE));
                b.note("vCPU " + v.id() + " is not connected to the XIVE device");
                continue;
            }
            for (int prio = 0; prio <= XiveAttributes.PRIORITY_MAX; prio++) {
                eqBuf.clear();
                xive.getAttr(XiveAttributes.GRP_EQ_CONFIG, new XiveEqId(v.id(), prio).encode(), eqBuf);
                eqBuf.flip();
                XiveEqConfig eq = XiveEqConfig.decode(eqBuf);
                if (eq.qshift() == 0) {
                    continue;
                }
                ends.add(new XiveEventQueue(v.id() << 3 | prio, v.id(), prio, true,
                        (eq.flags() & XiveEqConfig.ALWAYS_NOTIFY) != 0, eq.qshift(), eq.qindex(), eq.qtoggle(),
                        eq.qaddr(), -1, window(memory, eq)));
            }
            b.vcpu(new VcpuState(v.id(), RunState.UNKNOWN, presenter));
        }
        b.controller(new ControllerState.XiveRouter(ends, nvts));
        if (ends.stream().anyMatch(e -> e.window().isEmpty())) {
            b.note("some event queues lie outside the guest memory this VMM mapped: their entries were not read");
        }
        b.note("source targeting (server, priority, EISN, mask) is the VMM's configuration: KVM cannot read it back");
        return b.build();
    }
}
