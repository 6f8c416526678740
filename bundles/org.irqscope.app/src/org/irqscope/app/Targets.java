// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app;

import org.irqscope.core.target.TargetRegistry;
import org.irqscope.kvm.linux.LinuxKvm;
import org.irqscope.qemu.target.QemuTargetProvider;
import org.irqscope.qemu.target.QmpTargetProvider;
import org.irqscope.sandbox.target.SandboxTargetProvider;
import org.irqscope.softkvm.target.SoftPowerTargetProvider;

/**
 * Registers every target provider this product ships into the process's registry. This is the one place that knows
 * the concrete backends: the sandbox gets the real KVM (JNA) as its opener, so it never sees JNA itself.
 */
public final class Targets {
    /** The target the workbench opens at start, unless the preferences name another. */
    public static final String DEFAULT_TARGET = "soft:power9?mode=xive&vcpus=4";

    private Targets() {
    }

    public static TargetRegistry registerAll() {
        TargetRegistry registry = TargetRegistry.shared();
        registry.register(new SoftPowerTargetProvider());
        registry.register(new SandboxTargetProvider(LinuxKvm::open));
        registry.register(new QmpTargetProvider());
        registry.register(new QemuTargetProvider());
        return registry;
    }
}
