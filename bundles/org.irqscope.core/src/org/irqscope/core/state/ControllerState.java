// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import java.util.List;

/**
 * A controller between sources and presenters. New controllers (vGICv3 distributor, FLIC, MPIC) are new records in
 * this sealed family; machine-level code does not change.
 */
public sealed interface ControllerState permits ControllerState.IcsBlock, ControllerState.XiveRouter, IoapicState,
        PicState, ControllerState.GicDistributor, ControllerState.Flic {

    /** A XICS interrupt source controller block covering [offset, offset + count). */
    record IcsBlock(String name, int offset, int count) implements ControllerState {
    }

    /** The XIVE virtualization controller: event queues (ENDs) and virtual processors (NVTs). */
    record XiveRouter(List<XiveEventQueue> ends, List<Integer> nvts) implements ControllerState {
        public XiveRouter {
            ends = List.copyOf(ends);
            nvts = List.copyOf(nvts);
        }
    }

    /** A GICv3 distributor: control word and number of SPIs. */
    record GicDistributor(int ctlr, int nrSpis) implements ControllerState {
    }

    /** The s390 floating interrupt controller: the floating interrupts queued, as raw kvm_s390_irq types. */
    record Flic(List<Long> floatingIrqTypes) implements ControllerState {
        public Flic {
            floatingIrqTypes = List.copyOf(floatingIrqTypes);
        }
    }
}
