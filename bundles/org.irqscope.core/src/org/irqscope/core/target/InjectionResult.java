// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

/**
 * What happened to an injection, as the backend reports it (KVM_IRQ_LINE_STATUS / KVM_SIGNAL_MSI semantics:
 * &lt;0 masked or ignored, 0 coalesced with one still pending, &gt;0 delivered to that many CPUs).
 */
public record InjectionResult(Outcome outcome, int deliveredTo, String detail) {

    /** The outcome classes. */
    public enum Outcome {
        DELIVERED("delivered"), COALESCED("coalesced"), MASKED("masked"), ACCEPTED("accepted");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Classifies a KVM status value. ACCEPTED means the backend does not report delivery (XICS returns 0 always). */
    public static InjectionResult ofKvmStatus(int status, String detail) {
        if (status < 0) {
            return new InjectionResult(Outcome.MASKED, 0, detail);
        }
        if (status == 0) {
            return new InjectionResult(Outcome.COALESCED, 0, detail);
        }
        return new InjectionResult(Outcome.DELIVERED, status, detail);
    }
}
