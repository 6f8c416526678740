// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.lessons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.irqscope.core.explain.Expectation;
import org.irqscope.core.explain.Lesson;
import org.irqscope.core.explain.LessonAction;
import org.irqscope.core.explain.LessonCatalog;
import org.irqscope.core.explain.LessonStep;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.core.target.TargetUri;
import org.irqscope.testing.FakePower9;
import org.irqscope.testing.Screenshots;
import org.irqscope.ui.session.TargetSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The lessons panel on real widgets with its own display: a lesson on a fake POWER9 runs step by step through a real
 * {@link TargetSession}, a step the target cannot do is disabled with the reason, and a lesson whose target is
 * unavailable here cannot start.
 */
@Tag("ui")
class LessonPanelTest {
    private static final long TIMEOUT = 10_000;
    private static final int MSI = 0x1001;

    private Display display;
    private Shell shell;
    private TargetSession session;
    private LessonPanel panel;
    private final List<Integer> focused = new ArrayList<>();
    private final List<FakePower9> opened = new ArrayList<>();

    private final class FakeProvider implements TargetProvider {
        @Override
        public String scheme() {
            return "fake";
        }

        @Override
        public String usage() {
            return "fake:power9";
        }

        @Override
        public Optional<String> unavailableReason() {
            return Optional.empty();
        }

        @Override
        public Target open(TargetUri uri) {
            FakePower9 t = new FakePower9(InterruptMode.XIVE, 8, 2);
            opened.add(t);
            return t;
        }
    }

    private static final class AbsentKvm implements TargetProvider {
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
            throw new TargetException(TargetException.Kind.UNAVAILABLE, "/dev/kvm is absent");
        }
    }

    private static Lesson fakeLesson() {
        return new Lesson("fake-msi", "An MSI on the fake machine", "fake:power9?mode=xive", List.of(
                new LessonStep("The MSI is ready: PQ 00.", LessonAction.observe(), Expectation.pq(MSI, 0)),
                new LessonStep("Send it: P is set.", LessonAction.inject(Injection.of(MSI, Injection.Kind.MSI),
                        "send MSI 0x1001"), Expectation.pq(MSI, 2)),
                new LessonStep("Raise vCPU 1's CPPR.", LessonAction.cppr(1, 6),
                        Expectation.state("anything", m -> true, m -> ""))));
    }

    private static Lesson kvmLesson() {
        return new Lesson("kvm-only", "Needs the sandbox", "kvm:x86?vcpus=1", List.of(new LessonStep("Look.",
                LessonAction.observe(), Expectation.state("anything", m -> true, m -> ""))));
    }

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(420, 700);
        LessonCatalog catalog = new LessonCatalog();
        catalog.registerAll(List.of(fakeLesson(), kvmLesson()));
        TargetRegistry registry = new TargetRegistry();
        registry.register(new FakeProvider());
        registry.register(new AbsentKvm());
        session = new TargetSession(20, 50);
        panel = new LessonPanel(shell, catalog, registry, session, (source, state) -> focused.add(source));
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        session.close();
        while (display.readAndDispatch()) {
            // drain what the disposed widgets queued
        }
    }

    private void click(Button b) {
        assertThat(b.isEnabled()).as(b.getText() + " is enabled").isTrue();
        b.notifyListeners(SWT.Selection, null);
    }

    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        assertThat(Screenshots.waitFor(display, TIMEOUT, condition)).as("waited until " + what).isTrue();
    }

    @Test
    void runsTheStepsOnTheSessionTargetAndDisablesTheStepTheTargetCannotDo() throws Exception {
        assertThat(panel.lessons()).extracting(Lesson::name).containsExactly("fake-msi", "kvm-only");
        assertThat(panel.rows()).hasSize(3);
        assertThat(panel.rows()).allMatch(LessonPanel.StepRow::enabled);

        click(panel.startButton());
        waitFor("the lesson started on the fake target", () -> !panel.busy() && panel.run() != null
                && session.target().isPresent());
        FakePower9 target = opened.get(0);
        assertThat(session.target().get().uri()).isEqualTo(target.uri());
        waitFor("the session read the lesson's target", () -> session.newest() != null);
        assertThat(focused).as("Start shows the lesson's source").containsExactly(MSI);
        // the session may not run the guest between steps: the first read found it held
        assertThatGuestIsHeld();

        click(panel.runStepButton());
        waitFor("step 1 ran", () -> !panel.busy() && panel.run().next() == 1);
        click(panel.runStepButton());
        waitFor("step 2 ran", () -> !panel.busy() && panel.run().next() == 2);
        assertThat(panel.rows().get(0).markText()).isEqualTo("✓");
        assertThat(panel.rows().get(1).markText()).isEqualTo("✓");
        assertThat(panel.rows().get(1).detailText()).contains("→ send MSI 0x1001")
                .contains("✓ source 0x1001: PQ is 10");
        waitFor("the session shows P set", () -> session.newest() != null
                && session.newest().source(MSI).orElseThrow().pq() == 2);

        LessonPanel.StepRow cppr = panel.rows().get(2);
        assertThat(cppr.enabled()).as("the fake cannot set a CPPR").isFalse();
        assertThat(cppr.detailText()).contains("Not possible here").contains("cannot set CPPR of vCPU 1 to 06")
                .contains("lacks SET_PRESENTER_PRIORITY");
        assertThat(panel.runStepButton().isEnabled()).isFalse();
        assertThat(panel.statusText()).contains("Step 3 is not possible here");
        Screenshots.save(shell, "lesson-panel-refused-step");

        click(panel.backButton());
        waitFor("Back replayed to step 1 on a fresh target", () -> !panel.busy() && opened.size() == 2
                && panel.run() != null && panel.run().next() == 1);
        assertThat(target.closed()).as("the replaced lesson target is closed").isTrue();
        assertThat(panel.rows().get(1).markText()).isEqualTo("▶");
    }

    private void assertThatGuestIsHeld() {
        Target t = session.target().orElseThrow();
        assertThat(t).isInstanceOf(HeldGuestTarget.class);
        try {
            t.runGuest(10);
            throw new AssertionError("the session's view of a lesson target runs the guest");
        } catch (TargetException e) {
            assertThat(e.getMessage()).contains("a lesson holds the guest");
        }
    }

    @Test
    void aLessonWhoseTargetIsUnavailableShowsEveryStepDisabledWithTheReason() throws Exception {
        assertThat(panel.select("kvm-only")).isTrue();
        assertThat(panel.rows()).singleElement().satisfies(r -> {
            assertThat(r.enabled()).isFalse();
            assertThat(r.detailText()).contains("kvm:x86?vcpus=1 is unavailable here: /dev/kvm is absent");
        });
        assertThat(panel.startButton().isEnabled()).isFalse();
        assertThat(panel.runStepButton().isEnabled()).isFalse();
        assertThat(panel.statusText()).startsWith("Not possible here: ");
        Screenshots.save(shell, "lesson-panel-unavailable");
    }

    @Test
    void onTheTargetAlreadyOpenStepsItCannotDoAreDisabledBeforeStart() {
        session.attach(new FakePower9(InterruptMode.XIVE, 8, 2));
        Button current = panel.useCurrentTarget();
        current.setSelection(true);
        current.notifyListeners(SWT.Selection, null);
        waitFor("the rows follow the open target", () -> !panel.rows().get(2).enabled());
        assertThat(panel.rows().get(2).detailText()).contains("lacks SET_PRESENTER_PRIORITY");
        assertThat(panel.rows().get(0).enabled()).isTrue();
        assertThat(panel.backButton().isEnabled()).as("commands on a target already open cannot be replayed")
                .isFalse();
    }
}
