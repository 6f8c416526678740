// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

import java.util.List;

/**
 * A local APIC decoded from its 1 KiB register page.
 *
 * @param lvt the local vector table entries in the order TIMER, THERMAL, PERFMON, LINT0, LINT1, ERROR, CMCI
 * @param timerInitialCount TMICT
 * @param timerCurrentCount TMCCT
 * @param timerDivide TDCR
 */
public record LapicState(int apicId, int version, int tpr, int apr, int ppr, int svr, int ldr, int dfr, int esr,
        VectorSet irr, VectorSet isr, VectorSet tmr, long icr, List<LvtEntry> lvt, long timerInitialCount,
        long timerCurrentCount, int timerDivide) implements Presenter {

    public LapicState {
        lvt = List.copyOf(lvt);
    }

    /** SVR bit 8: the APIC is software-enabled. */
    public boolean softwareEnabled() {
        return (svr & 0x100) != 0;
    }

    /** The spurious-interrupt vector (SVR bits 7:0). */
    public int spuriousVector() {
        return svr & 0xff;
    }

    /** A local vector table entry. */
    public record LvtEntry(String name, int raw) {
        public int vector() {
            return raw & 0xff;
        }

        public int deliveryMode() {
            return (raw >> 8) & 7;
        }

        public boolean masked() {
            return (raw & 0x10000) != 0;
        }

        public boolean levelTriggered() {
            return (raw & 0x8000) != 0;
        }

        public boolean remoteIrr() {
            return (raw & 0x4000) != 0;
        }
    }
}
