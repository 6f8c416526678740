// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

import org.irqscope.core.explain.LessonRunner.Outcome;
import org.irqscope.core.explain.LessonRunner.StepResult;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;

/**
 * One lesson in progress on one target, a step at a time: the CLI runs every step in a row ({@link LessonRunner}),
 * the workbench's lessons panel one step per click. Like the CLI it stops at the first step the target refuses or
 * whose expectation does not hold, since later steps build on it. Not thread-safe: one caller steps it.
 */
public final class LessonRun {
    private final Lesson lesson;
    private final Target target;
    private final List<StepResult> results = new ArrayList<>();
    private MachineState last;
    private boolean stopped;

    public LessonRun(Lesson lesson, Target target) {
        this.lesson = Objects.requireNonNull(lesson, "lesson");
        this.target = Objects.requireNonNull(target, "target");
    }

    public Lesson lesson() {
        return lesson;
    }

    public Target target() {
        return target;
    }

    /** The index of the step {@link #step} runs next; equals the step count when every step ran. */
    public int next() {
        return results.size();
    }

    /** Every step ran and met its expectation. */
    public boolean completed() {
        return !stopped && results.size() == lesson.steps().size();
    }

    /** A step was refused or its expectation did not hold: no further step runs. */
    public boolean stopped() {
        return stopped;
    }

    /** Nothing more to run: completed or stopped. */
    public boolean done() {
        return stopped || results.size() == lesson.steps().size();
    }

    public List<StepResult> results() {
        return List.copyOf(results);
    }

    /** The state read after the last step that ran, null before the first. */
    public MachineState last() {
        return last;
    }

    /** Why this run's target cannot do a step's command (it lacks the capability), or empty when it can try. */
    public Optional<String> refusal(int index) {
        return refusal(lesson.steps().get(index), target);
    }

    /**
     * Why a target cannot do a step's command (it lacks the capability the command needs, or the command belongs to
     * another kind of target), or empty.
     */
    public static Optional<String> refusal(LessonStep step, Target target) {
        LessonAction a = step.action();
        if (a.needs() != null && !target.capabilities().contains(a.needs())) {
            return Optional.of(target.uri() + " cannot " + a.text() + " (it lacks " + a.needs() + ")");
        }
        if (!a.fits().test(target)) {
            return Optional.of(target.uri() + " cannot " + a.text() + ": " + a.unfit());
        }
        return Optional.empty();
    }

    /**
     * The interrupt source a step is about, for a view to select: the source its expectation names, else the first
     * source any step of the lesson names; empty for lessons about vCPUs or pins only.
     */
    public static OptionalInt source(Lesson lesson, int index) {
        OptionalInt own = lesson.steps().get(index).expectation().sourceNumber();
        if (own.isPresent()) {
            return own;
        }
        return lesson.steps().stream().map(s -> s.expectation().sourceNumber()).filter(OptionalInt::isPresent)
                .findFirst().orElse(OptionalInt.empty());
    }

    /**
     * Runs the next step: checks the capability, runs the command, reads the state and checks the expectation,
     * narrating each as {@link LessonRunner} does.
     *
     * @throws IllegalStateException when the run is {@link #done()}
     */
    public StepResult step(Consumer<String> narration) {
        if (done()) {
            throw new IllegalStateException("lesson " + lesson.name() + " has no step left to run");
        }
        int i = results.size();
        LessonStep step = lesson.steps().get(i);
        narration.accept("[" + (i + 1) + "/" + lesson.steps().size() + "] " + step.explanation());
        Optional<String> refused = refusal(step, target);
        if (refused.isPresent()) {
            narration.accept("  ✗ " + refused.get() + "; the lesson stops here.");
            return stop(new StepResult(i, Outcome.REFUSED, refused.get()));
        }
        narration.accept("  → " + step.action().text());
        try {
            step.action().run().apply(target);
            last = target.read();
        } catch (TargetException e) {
            narration.accept("  ✗ " + e.getMessage() + "; the lesson stops here.");
            return stop(new StepResult(i, Outcome.REFUSED, e.getMessage()));
        }
        Expectation x = step.expectation();
        if (x.met().test(last)) {
            narration.accept("  ✓ " + x.description());
            StepResult r = new StepResult(i, Outcome.MET, "");
            results.add(r);
            return r;
        }
        String seen = x.observed().apply(last);
        narration.accept("  ✗ expected " + x.description() + ", but " + seen + "; the lesson stops here.");
        return stop(new StepResult(i, Outcome.NOT_MET, seen));
    }

    private StepResult stop(StepResult r) {
        results.add(r);
        stopped = true;
        return r;
    }
}
