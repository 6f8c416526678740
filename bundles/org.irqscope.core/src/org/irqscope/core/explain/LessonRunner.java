// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.List;
import java.util.function.Consumer;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetRegistry;

/**
 * Runs a lesson on a target step by step and narrates it: explanation, command, expectation, and whether it held.
 * The CLI ({@code irqscope lesson NAME}) prints the narration; the UI side panel shows it line by line. A lesson stops
 * at the first step whose command the target refuses or whose expectation does not hold, since later steps build on
 * it.
 */
public final class LessonRunner {
    private LessonRunner() {
    }

    /** How a step went. */
    public enum Outcome {
        MET, NOT_MET, REFUSED
    }

    /**
     * One step's result.
     *
     * @param observed what the state showed when the expectation did not hold, or the target's refusal
     */
    public record StepResult(int index, Outcome outcome, String observed) {
    }

    /**
     * A lesson's result.
     *
     * @param completed every step ran and met its expectation
     * @param last the state read after the last step that ran, null if none was read
     */
    public record Result(String lesson, List<StepResult> steps, boolean completed, MachineState last) {
        public Result {
            steps = List.copyOf(steps);
        }
    }

    /** Runs the lesson on a target the caller opened (and closes). */
    public static Result run(Lesson lesson, Target target, Consumer<String> narration) {
        narration.accept("Lesson " + lesson.name() + ": " + lesson.title() + " (on " + target.uri() + ")");
        LessonRun run = new LessonRun(lesson, target);
        while (!run.done()) {
            run.step(narration);
        }
        if (run.completed()) {
            narration.accept("Lesson " + lesson.name() + " complete.");
        }
        return new Result(lesson.name(), run.results(), run.completed(), run.last());
    }

    /**
     * Opens the lesson's own target from the registry, runs the lesson and closes the target. When the target cannot
     * be opened here (no /dev/kvm for the x86 sandbox, ...) the narration says so and the result is not completed.
     */
    public static Result run(Lesson lesson, TargetRegistry registry, Consumer<String> narration) {
        Target target;
        try {
            target = registry.open(lesson.targetUri());
        } catch (TargetException e) {
            narration.accept("Lesson " + lesson.name() + " needs " + lesson.targetUri() + ", which is not available "
                    + "here: " + e.getMessage());
            return new Result(lesson.name(), List.of(new StepResult(0, Outcome.REFUSED, e.getMessage())), false,
                    null);
        }
        try (target) {
            return run(lesson, target, narration);
        }
    }
}
