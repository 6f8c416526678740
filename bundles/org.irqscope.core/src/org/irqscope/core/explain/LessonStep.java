// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.Objects;

/**
 * One step of a lesson: what to understand, what to do, what must be true afterwards.
 *
 * @param explanation a short explanation in the architecture's words
 * @param action the command on the target
 * @param expectation checked on the state read after the action
 */
public record LessonStep(String explanation, LessonAction action, Expectation expectation) {
    public LessonStep {
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(expectation, "expectation");
    }
}
