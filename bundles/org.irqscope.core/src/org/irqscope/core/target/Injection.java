// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

/**
 * A request to raise an interrupt.
 *
 * @param source global source number (POWER), GSI / IRQ line (x86), or the vCPU for an IPI
 * @param kind how to raise it
 * @param priority for an IPI: the MFRR / priority to use; otherwise ignored (-1)
 * @param msiAddress for an x86 MSI: the address
 * @param msiData for an x86 MSI: the data
 */
public record Injection(int source, Kind kind, int priority, long msiAddress, int msiData) {

    /** The ways an interrupt is raised. */
    public enum Kind {
        /** A single edge / message: KVM_INTERRUPT_SET on POWER, a 1-then-0 pulse on an x86 line. */
        EDGE,
        /** Raise a level-sensitive line and keep it raised. */
        ASSERT,
        /** Lower a level-sensitive line. */
        DEASSERT,
        /** A message-signalled interrupt (x86: KVM_SIGNAL_MSI with address/data; POWER: same as EDGE on an MSI). */
        MSI,
        /** An inter-processor interrupt to vCPU {@code source} at {@code priority}. */
        IPI
    }

    public static Injection edge(int source) {
        return new Injection(source, Kind.EDGE, -1, 0, 0);
    }

    public static Injection of(int source, Kind kind) {
        return new Injection(source, kind, -1, 0, 0);
    }

    public static Injection ipi(int vcpu, int priority) {
        return new Injection(vcpu, Kind.IPI, priority, 0, 0);
    }

    public static Injection msi(long address, int data) {
        return new Injection(-1, Kind.MSI, -1, address, data);
    }
}
