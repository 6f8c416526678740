// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app;

import org.irqscope.core.target.TargetRegistry;

/** Registers every target provider this product ships into the process's registry. */
public final class Targets {
    private Targets() {
    }

    public static TargetRegistry registerAll() {
        TargetRegistry registry = TargetRegistry.shared();
        return registry;
    }
}
