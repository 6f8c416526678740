// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.core.target.TargetUri;
import org.junit.jupiter.api.Test;

class LessonRunnerTest {
    private static final LessonAction NOTHING = LessonAction.observe();

    @Test
    void lessonWhoseTargetIsUnavailableSaysSo() {
        TargetRegistry registry = new TargetRegistry();
        registry.register(new TargetProvider() {
            @Override
            public String scheme() {
                return "kvm";
            }

            @Override
            public String usage() {
                return "kvm:x86";
            }

            @Override
            public Optional<String> unavailableReason() {
                return Optional.of("/dev/kvm is absent");
            }

            @Override
            public Target open(TargetUri uri) throws TargetException {
                throw new TargetException(TargetException.Kind.UNAVAILABLE, "not here");
            }
        });
        List<String> narration = new ArrayList<>();
        LessonRunner.Result r = LessonRunner.run(X86Lessons.levelPinRemoteIrr(NOTHING, NOTHING, NOTHING), registry,
                narration::add);
        assertThat(r.completed()).isFalse();
        assertThat(r.steps()).singleElement().extracting(LessonRunner.StepResult::outcome)
                .isEqualTo(LessonRunner.Outcome.REFUSED);
        assertThat(narration).singleElement().asString().contains("x86-remote-irr").contains("kvm:x86")
                .contains("/dev/kvm is absent");
    }

    @Test
    void lessonsNeedAValidNameAndSteps() {
        assertThatThrownBy(() -> new Lesson("Bad Name", "t", "soft:power9", List.of(new LessonStep("x", NOTHING,
                Expectation.state("any", m -> true, m -> "")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Bad Name'");
        assertThatThrownBy(() -> new Lesson("empty", "t", "soft:power9", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no steps");
    }
}
