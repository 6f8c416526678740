// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;

/** One command on a target, as a quick fix or a lesson step performs it. */
@FunctionalInterface
public interface TargetAction {
    void apply(Target target) throws TargetException;
}
