// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

import java.util.Map;

/**
 * The host threads that act for one VM: the process that owns its KVM file descriptors and, where known, which
 * thread runs which vCPU. Host-kernel event tracing is scoped by these ids (Linux task ids, as in /proc).
 *
 * @param processId the VMM process (thread group id) whose threads issue the VM's ioctls
 * @param vcpuThreads host thread id → vCPU id; may be empty when the VMM does not say
 */
public record VmThreads(long processId, Map<Long, Integer> vcpuThreads) {

    public VmThreads {
        if (processId <= 0) {
            throw new IllegalArgumentException("process id " + processId + " is not a process");
        }
        vcpuThreads = Map.copyOf(vcpuThreads);
    }
}
