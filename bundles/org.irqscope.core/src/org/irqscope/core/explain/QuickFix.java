// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.Objects;

import org.irqscope.core.target.TargetCapability;

/**
 * A fix a writable target can apply.
 *
 * @param description what it does, in user words ("unmask source 0x1300 (PQ 01 → 00)")
 * @param needs the capability the target must declare for the fix to be offered
 * @param action the command
 */
public record QuickFix(String description, TargetCapability needs, TargetAction action) {
    public QuickFix {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(needs, "needs");
        Objects.requireNonNull(action, "action");
    }
}
