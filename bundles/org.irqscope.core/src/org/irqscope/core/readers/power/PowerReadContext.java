// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.readers.power;

import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.IrqchipLocation;

/**
 * Who is being read: the labels a reader puts on the MachineState it builds.
 *
 * @param target the target URI
 * @param backend LINUX_KVM on a real POWER host, SOFT_KVM on the software devices
 * @param irqchip IN_KERNEL or SOFT
 * @param sequence the read number of this target
 */
public record PowerReadContext(String target, BackendKind backend, IrqchipLocation irqchip, long sequence) {
}
