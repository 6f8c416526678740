// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.VcpuState;

/**
 * Which local APICs an IOAPIC entry or an MSI addresses (Intel SDM vol. 3 §10.6.2), and the LAPIC's priority
 * classes (§10.8.3.1). xAPIC 8-bit destinations; x2APIC 32-bit ids are not modelled by the state records.
 */
public final class X86Destinations {
    /** The xAPIC broadcast destination in both modes. */
    public static final int BROADCAST = 0xff;

    private X86Destinations() {
    }

    /** The vCPUs whose LAPIC accepts the destination, in ascending id order. */
    public static List<VcpuState> match(MachineState state, boolean logical, int destination) {
        List<VcpuState> out = new ArrayList<>(2);
        for (VcpuState v : state.vcpus()) {
            if (v.presenter() instanceof LapicState lapic && accepts(lapic, logical, destination)) {
                out.add(v);
            }
        }
        return out;
    }

    /** True when this LAPIC is addressed: physical by APIC id, logical by LDR under the DFR's flat or cluster model. */
    public static boolean accepts(LapicState lapic, boolean logical, int destination) {
        if (destination == BROADCAST) {
            return true;
        }
        if (!logical) {
            return lapic.apicId() == destination;
        }
        int ldr = lapic.ldr() >>> 24;
        if ((lapic.dfr() >>> 28) == 0xf) {
            return (ldr & destination) != 0;
        }
        // Cluster model: the high nibble names the cluster, the low nibble a bit mask of its members.
        return (ldr >>> 4) == (destination >>> 4) && (ldr & destination & 0xf) != 0;
    }

    /** The processor priority as the LAPIC derives it: TPR when its class is at least the highest in-service class. */
    public static int processorPriority(LapicState lapic) {
        int isrv = Math.max(lapic.isr().highest(), 0);
        return (lapic.tpr() & 0xf0) >= (isrv & 0xf0) ? lapic.tpr() & 0xff : isrv & 0xf0;
    }

    /** The priority class of a vector (its upper nibble). */
    public static int priorityClass(int vector) {
        return (vector & 0xf0) >> 4;
    }

    /** A fixed interrupt is dispatched only when its class is above the processor priority class. */
    public static boolean deliverable(LapicState lapic, int vector) {
        return priorityClass(vector) > priorityClass(processorPriority(lapic));
    }

    /** Delivery modes 0 (fixed) and 1 (lowest priority) carry a vector that the LAPIC prioritises. */
    public static boolean vectored(int deliveryMode) {
        return deliveryMode == 0 || deliveryMode == 1;
    }

    public static String deliveryModeName(int mode) {
        return switch (mode) {
            case 0 -> "fixed";
            case 1 -> "lowest-priority";
            case 2 -> "SMI";
            case 4 -> "NMI";
            case 5 -> "INIT";
            case 7 -> "ExtINT";
            default -> "reserved(" + mode + ")";
        };
    }
}
