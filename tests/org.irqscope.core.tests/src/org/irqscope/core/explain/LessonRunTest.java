// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

import org.irqscope.core.explain.LessonRunner.Outcome;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.junit.jupiter.api.Test;

class LessonRunTest {
    private static final int SOURCE = 0x20;

    /** One XICS source whose count goes up with every injection; it can inject but not set a CPPR. */
    private static final class CountingTarget implements Target {
        int injected;

        @Override
        public String uri() {
            return "fixture:xics";
        }

        @Override
        public String displayName() {
            return "counting fixture";
        }

        @Override
        public Set<TargetCapability> capabilities() {
            return EnumSet.of(TargetCapability.INJECT);
        }

        @Override
        public MachineState read() {
            return Fixtures.xics().vcpu(Fixtures.openIcp(0))
                    .source(Fixtures.xicsMsi(SOURCE, 0, 5).count(injected).build()).build();
        }

        @Override
        public InjectionResult inject(Injection injection) {
            injected++;
            return null;
        }

        @Override
        public void close() {
        }
    }

    private static Expectation count(int n) {
        return Expectation.source(SOURCE, "count " + n, s -> s.count() == n, s -> "count " + s.count());
    }

    private static Lesson lesson() {
        return new Lesson("counting", "Counting injections", "fixture:xics", List.of(
                new LessonStep("Nothing has happened yet.", LessonAction.observe(), count(0)),
                new LessonStep("Trigger the source once.", LessonAction.edge(SOURCE), count(1)),
                new LessonStep("Raise the CPPR.", LessonAction.cppr(0, 5),
                        Expectation.state("anything", m -> true, m -> ""))));
    }

    @Test
    void runsOneStepAtATimeAndStopsAtTheStepTheTargetCannotDo() {
        LessonRun run = new LessonRun(lesson(), new CountingTarget());
        assertThat(run.next()).isZero();
        assertThat(run.refusal(1)).isEmpty();
        assertThat(run.refusal(2)).hasValue("fixture:xics cannot set CPPR of vCPU 0 to 05 (it lacks "
                + "SET_PRESENTER_PRIORITY)");

        List<String> said = new ArrayList<>();
        assertThat(run.step(said::add).outcome()).isEqualTo(Outcome.MET);
        assertThat(run.step(said::add).outcome()).isEqualTo(Outcome.MET);
        assertThat(run.last().source(SOURCE).orElseThrow().count()).isEqualTo(1);
        assertThat(run.next()).isEqualTo(2);
        assertThat(run.done()).isFalse();

        LessonRunner.StepResult refused = run.step(said::add);
        assertThat(refused.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(refused.observed()).contains("it lacks SET_PRESENTER_PRIORITY");
        assertThat(run.stopped()).isTrue();
        assertThat(run.done()).isTrue();
        assertThat(run.completed()).isFalse();
        assertThat(said).contains("[2/3] Trigger the source once.", "  → trigger source 0x20",
                "  ✓ source 0x20: count 1");
        assertThatThrownBy(() -> run.step(said::add)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no step left");
    }

    @Test
    void aCommandOfAnotherKindOfTargetIsRefusedWithItsReasonBeforeItRuns() {
        LessonAction sandboxOnly = LessonAction.edge(SOURCE).onlyWhere(t -> t.uri().startsWith("kvm:"),
                "only the x86 sandbox (kvm:x86) can");
        CountingTarget target = new CountingTarget();
        LessonRun run = new LessonRun(new Lesson("elsewhere", "Another target's command", "kvm:x86", List.of(
                new LessonStep("Trigger.", sandboxOnly, count(1)))), target);
        assertThat(run.refusal(0)).hasValue("fixture:xics cannot trigger source 0x20: only the x86 sandbox (kvm:x86) "
                + "can");
        assertThat(run.step(s -> {
        }).outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(target.injected).as("the command did not run").isZero();
    }

    @Test
    void aStepWhoseExpectationFailsStopsTheRunAndSaysWhatWasSeen() {
        Lesson wrong = new Lesson("wrong", "Wrong count", "fixture:xics", List.of(
                new LessonStep("Trigger once, expect two.", LessonAction.edge(SOURCE), count(2)),
                new LessonStep("Never runs.", LessonAction.observe(), count(2))));
        LessonRun run = new LessonRun(wrong, new CountingTarget());
        LessonRunner.StepResult r = run.step(s -> {
        });
        assertThat(r.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(r.observed()).isEqualTo("count 1");
        assertThat(run.done()).isTrue();
    }

    @Test
    void narratesStepsExactlyAsTheWholeLessonRunnerDoes() {
        List<String> whole = new ArrayList<>();
        LessonRunner.run(lesson(), new CountingTarget(), whole::add);
        List<String> stepwise = new ArrayList<>();
        LessonRun run = new LessonRun(lesson(), new CountingTarget());
        while (!run.done()) {
            run.step(stepwise::add);
        }
        assertThat(whole.subList(1, whole.size())).isEqualTo(stepwise);
        assertThat(whole.get(0)).isEqualTo("Lesson counting: Counting injections (on fixture:xics)");
    }

    @Test
    void theSourceAStepIsAboutComesFromItsExpectationOrTheLesson() {
        Lesson l = lesson();
        assertThat(LessonRun.source(l, 1)).hasValue(SOURCE);
        // the last step only checks the whole state: the lesson's source stands in
        assertThat(LessonRun.source(l, 2)).hasValue(SOURCE);
        Expectation both = Expectation.icp(0, "anything", i -> true).and(Expectation.pq(0x30, 0));
        assertThat(both.sourceNumber()).isEqualTo(OptionalInt.of(0x30));
        assertThat(Expectation.icp(0, "anything", i -> true).sourceNumber()).isEmpty();
    }
}
