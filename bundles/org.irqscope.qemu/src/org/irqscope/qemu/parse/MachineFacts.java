// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import java.util.Map;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.RunState;

/**
 * What is known about a guest besides its monitor text (from QMP queries or the launch command line). Monitor text
 * alone cannot tell a dual-mode pseries guest before CAS from a XICS one, nor split irqchip from TCG: these facts can.
 *
 * @param configuredIcMode pseries {@code ic-mode} (XICS, XIVE or DUAL), null if unknown or not pseries
 * @param kvm true when the accelerator is KVM, false for TCG, null if unknown
 * @param kernelIrqchip the machine's {@code kernel-irqchip} property ("on", "split", "off"), null if unknown
 * @param machineRunState the run state of vCPUs not in {@code runStates} (from query-status), UNKNOWN if unknown
 * @param runStates per vCPU index, where known
 */
public record MachineFacts(InterruptMode configuredIcMode, Boolean kvm, String kernelIrqchip,
        RunState machineRunState, Map<Integer, RunState> runStates) {

    public static final MachineFacts NONE = new MachineFacts(null, null, null, Map.of());

    public MachineFacts {
        machineRunState = machineRunState == null ? RunState.UNKNOWN : machineRunState;
        runStates = Map.copyOf(runStates);
    }

    public MachineFacts(InterruptMode configuredIcMode, Boolean kvm, String kernelIrqchip,
            Map<Integer, RunState> runStates) {
        this(configuredIcMode, kvm, kernelIrqchip, RunState.UNKNOWN, runStates);
    }

    /** The run state of vCPU {@code cpu}. */
    public RunState runState(int cpu) {
        return runStates.getOrDefault(cpu, machineRunState);
    }
}
