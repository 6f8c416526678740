// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.readers.power;

import java.util.List;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.Presenter;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmOneReg;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVm;
import org.irqscope.kvm.xics.IcpState;
import org.irqscope.kvm.xics.XicsAttributes;
import org.irqscope.kvm.xics.XicsSourceState;

/**
 * Reads a XICS device into a MachineState through the KVM interfaces only, so the same code runs on a POWER host and
 * on the software KVM: one full sweep of GRP_SOURCES over the ICS ranges the VMM claimed (never single polls: on
 * XICS-on-XIVE the first GET masks and snapshots every source until all were read, ABI fact page §0.3), then
 * KVM_REG_PPC_ICP_STATE of every vCPU.
 */
public final class XicsStateReader {
    /** An ICS range the VMM claimed (QEMU sPAPR: one ICS at 0x1000). */
    public record IcsRange(String name, int offset, int count) {
        public IcsRange {
            if (offset < XicsAttributes.FIRST_IRQ || count < 0
                    || (long) offset + count > XicsAttributes.NR_IRQS) {
                throw new IllegalArgumentException("ICS range " + name + " [0x" + Integer.toHexString(offset)
                        + ", +" + count + ") is outside the XICS source numbers 16..0xfffff");
            }
        }
    }

    /**
     * @throws KvmException when an attribute or register read fails for another reason than an unclaimed source
     */
    public MachineState read(PowerReadContext context, KvmVm vm, KvmDevice xics, List<IcsRange> ranges) {
        MachineState.Builder b = MachineState.builder(context.target(), Arch.PPC64, InterruptMode.XICS)
                .backend(context.backend()).irqchip(context.irqchip()).sequence(context.sequence())
                .capability("KVM_CAP_IRQ_XICS");
        int missing = 0;
        for (IcsRange r : ranges) {
            b.controller(new ControllerState.IcsBlock(r.name(), r.offset(), r.count()));
            for (int irq = r.offset(); irq < r.offset() + r.count(); irq++) {
                long word;
                try {
                    word = xics.getAttr(XicsAttributes.GRP_SOURCES, irq);
                } catch (KvmException e) {
                    if (e.is(Errno.ENOENT)) {
                        missing++;
                        continue;
                    }
                    throw e;
                }
                b.source(source(irq, word));
            }
        }
        if (missing > 0) {
            b.note(missing + " source numbers of the ICS ranges are not allocated in KVM (ENOENT)");
        }
        for (KvmVcpu v : vm.vcpus()) {
            Presenter p;
            try {
                IcpState icp = IcpState.decode(v.getOneReg(KvmOneReg.PPC_ICP_STATE));
                p = new XicsIcp(icp.cppr(), icp.mfrr(), icp.xisr(), icp.ppri());
            } catch (KvmException e) {
                if (!e.is(Errno.ENXIO)) {
                    throw e;
                }
                p = Presenter.NONE;
                b.note("vCPU " + v.id() + " is not connected to the XICS device");
            }
            b.vcpu(new VcpuState(v.id(), RunState.UNKNOWN, p));
        }
        return b.build();
    }

    /** One source word (§2.2) as a SourceState; a masked source shows priority 0xFF and its saved priority. */
    static SourceState source(int irq, long word) {
        XicsSourceState s = XicsSourceState.decode(word);
        return SourceState.builder(irq, s.levelSensitive() ? SourceKind.LSI : SourceKind.MSI)
                .server((int) s.server())
                .priority(s.masked() ? 0xff : s.priority())
                .savedPriority(s.masked() ? s.priority() : -1)
                .masked(s.masked())
                .asserted(s.levelSensitive() && s.pending())
                .pending(s.pending())
                .presented(s.presented())
                .queued(s.queued())
                .build();
    }
}
