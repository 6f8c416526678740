// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

/** How a journey began. */
public enum Origin {
    /** An interrupt line (GSI) was raised: IOAPIC and/or PIC. */
    LINE,
    /** A message-signalled interrupt. */
    MSI,
    /** An inter-processor interrupt a vCPU sent through its ICR. */
    IPI,
    /**
     * A LAPIC accepted a vector without a traced raise: its own timer or LINT, or a raise by a thread outside the
     * traced scope (an irqfd worker). Derived: the kernel does not say which.
     */
    UNTRACED
}
