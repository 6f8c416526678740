// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

/** What a target can do. The UI and the CLI offer only what a target declares. */
public enum TargetCapability {
    /** Produce a MachineState. */
    READ,
    /** Raise an interrupt (edge, LSI assert/deassert, MSI, IPI). */
    INJECT,
    /** Change a source's priority, server or mask. */
    CONFIGURE,
    /** Change a presenter's priority (XICS/XIVE CPPR, LAPIC TPR). */
    SET_PRESENTER_PRIORITY,
    /** Switch between XICS and XIVE. */
    FLIP,
    /** Advance one routing hop at a time. */
    STEP,
    /** Pause and resume the guest's vCPUs. */
    PAUSE,
    /** Raw XIVE ESB and TIMA operations. */
    XIVE_RAW,
    /** Steer the guest program (hold EOI for a vector, ...). */
    STEER_GUEST
}
