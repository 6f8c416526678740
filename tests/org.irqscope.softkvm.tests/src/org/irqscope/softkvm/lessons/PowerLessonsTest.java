// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.irqscope.core.explain.Lesson;
import org.irqscope.core.explain.LessonRunner;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.softkvm.target.SoftPowerTargetProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PowerLessonsTest {

    static Stream<Lesson> lessons() {
        return PowerLessons.all().stream();
    }

    private static TargetRegistry registry() {
        TargetRegistry r = new TargetRegistry();
        r.register(new SoftPowerTargetProvider());
        return r;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void lessonRunsToTheEndWithEveryExpectationMet(Lesson lesson) {
        List<String> narration = new ArrayList<>();
        LessonRunner.Result r = LessonRunner.run(lesson, registry(), narration::add);
        assertThat(r.completed()).as(String.join("\n", narration)).isTrue();
        assertThat(r.steps()).hasSize(lesson.steps().size())
                .allMatch(s -> s.outcome() == LessonRunner.Outcome.MET);
        assertThat(narration).last().asString().contains("complete");
    }

    @Test
    void thereAreAtLeastSixDistinctLessons() {
        assertThat(PowerLessons.all()).extracting(Lesson::name).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aLessonStopsAtTheFirstUnmetExpectation() {
        // The XICS lesson run on a XIVE machine: step 1 expects an ICP and finds a thread context.
        Lesson wrongTarget = new Lesson("xics-ipi-on-xive", "mismatch", PowerLessons.XIVE,
                PowerLessons.ipiThroughMfrr().steps());
        List<String> narration = new ArrayList<>();
        LessonRunner.Result r = LessonRunner.run(wrongTarget, registry(), narration::add);
        assertThat(r.completed()).isFalse();
        assertThat(r.steps()).singleElement().extracting(LessonRunner.StepResult::outcome)
                .isEqualTo(LessonRunner.Outcome.NOT_MET);
        assertThat(narration).anyMatch(l -> l.contains("expected vCPU 1 ICP"));
    }

    @Test
    void aFlipOnAMachineWithOneControllerIsRefused() {
        Lesson onXive = new Lesson("cas-flip-on-xive", "refused", PowerLessons.XIVE,
                PowerLessons.flipAtCas().steps());
        List<String> narration = new ArrayList<>();
        LessonRunner.Result r = LessonRunner.run(onXive, registry(), narration::add);
        assertThat(r.completed()).isFalse();
        assertThat(r.steps()).last().extracting(LessonRunner.StepResult::outcome)
                .isEqualTo(LessonRunner.Outcome.REFUSED);
    }
}
