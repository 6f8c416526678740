// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.List;

/**
 * A guided scenario: steps run in order on a target the lesson names.
 *
 * @param name the short name the CLI takes ({@code irqscope lesson xive-msi-life})
 * @param title one line for lists
 * @param targetUri the target the lesson is written for, e.g. {@code soft:power9?mode=xive&vcpus=2}
 * @param steps the steps, at least one
 */
public record Lesson(String name, String title, String targetUri, List<LessonStep> steps) {
    public Lesson {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("lesson " + name + " has no steps");
        }
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("lesson name '" + name + "' must be lower-case words joined by '-'");
        }
    }
}
