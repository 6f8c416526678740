// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.irqscope.app.Lessons;
import org.irqscope.core.explain.Lesson;
import org.irqscope.core.explain.LessonCatalog;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.testing.Screenshots;
import org.irqscope.ui.InterruptsPerspective;
import org.irqscope.ui.lessons.LessonPanel;
import org.irqscope.ui.lessons.LessonsView;
import org.irqscope.ui.session.TargetSession;
import org.irqscope.ui.views.RoutingView;
import org.irqscope.ui.views.SourcesView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Lessons panel in the running workbench: it lists every lesson the application registered, and running "An MSI's
 * life under XIVE" to the end moves PHB MSI 0x1300's row in the Sources view through PQ 00 → 10 → 10 → 00 as the
 * steps say, with the source selected in Sources and drawn in Routing. On the POWER9 target already open the x86
 * lesson's guest-steering steps are disabled with the reason. Runs on the UI thread and waits on conditions.
 */
@Tag("ui")
class LessonsWorkbenchTest {
    private static final long TIMEOUT = 30_000;
    private static final int MSI = 0x1300;

    private Display display;

    @Test
    void runningTheXiveMsiLessonMovesItsSourceInTheSourcesView() throws Exception {
        display = PlatformUI.getWorkbench().getDisplay();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective(InterruptsPerspective.ID, window);
        window.getShell().setSize(1400, 900);
        SourcesView sources = (SourcesView) page.showView(SourcesView.ID);
        RoutingView routing = (RoutingView) page.showView(RoutingView.ID);
        LessonsView view = (LessonsView) page.showView(LessonsView.ID);
        LessonPanel panel = view.panel();

        List<String> names = Lessons.all().stream().map(Lesson::name).toList();
        assertThat(LessonCatalog.shared().all()).as("the application registered its lessons at start")
                .extracting(Lesson::name).isEqualTo(names);
        assertThat(panel.lessons()).extracting(Lesson::name).containsExactly("xive-msi-life", "xive-q-bit",
                "xive-cppr", "xics-ipi", "cas-flip", "xive-mask-layers", "x86-remote-irr");

        assertThat(panel.select("xive-msi-life")).isTrue();
        press(panel, "Start");
        waitFor("the lesson's target is in the Sources view", () -> !panel.busy() && panel.run() != null
                && shown(sources) != null && shown(sources).target().equals(panel.run().lesson().targetUri()));
        waitFor("Sources selects 0x1300", () -> sources.table().selectedNumber() == MSI);
        waitFor("Routing draws 0x1300", () -> routing.canvas().drawing() != null
                && routing.canvas().drawing().title().startsWith("source 0x1300"));

        // step 1 only looks (PQ 00), step 2 triggers (PQ 10), step 3 acknowledges (still 10), step 4 EOIs (00)
        int[] pqAfter = {0, 2, 2, 0};
        for (int step = 0; step < pqAfter.length; step++) {
            long seenBefore = shown(sources).sequence();
            int want = pqAfter[step];
            int done = step + 1;
            press(panel, "Run step ▶");
            waitFor("step " + done + " ran", () -> !panel.busy() && panel.run().next() == done);
            assertThat(panel.run().stopped()).as("step " + done + " met its expectation: "
                    + panel.run().results()).isFalse();
            waitFor("Sources shows PQ " + want + " for 0x1300 after step " + done, () -> shown(sources)
                    .sequence() > seenBefore && shownSource(sources).map(s -> s.pq() == want).orElse(false));
        }
        assertThat(panel.run().completed()).isTrue();
        assertThat(shownSource(sources).orElseThrow().count()).as("handled once").isEqualTo(1);
        assertThat(sources.table().selectedNumber()).isEqualTo(MSI);
        Screenshots.save(window.getShell(), "lessons-xive-msi-life");

        // the x86 lesson on the POWER9 target already open: the sandbox-only guest steering cannot run there
        assertThat(panel.select("x86-remote-irr")).isTrue();
        Button current = find(panel, b -> (b.getStyle() & SWT.CHECK) != 0);
        current.setSelection(true);
        current.notifyListeners(SWT.Selection, null);
        waitFor("the x86 lesson's guest-steering steps are disabled", () -> !panel.isDisposed()
                && stepDisabled(panel, "make the guest hold the EOI"));
        Screenshots.save(window.getShell(), "lessons-x86-on-power9");
        current.setSelection(false);
        current.notifyListeners(SWT.Selection, null);
        page.hideView(view);
    }

    private static boolean stepDisabled(LessonPanel panel, String text) {
        return descendants(panel).stream().filter(org.eclipse.swt.widgets.Label.class::isInstance)
                .map(org.eclipse.swt.widgets.Label.class::cast)
                .anyMatch(l -> !l.getEnabled() && l.getText().contains(text) && l.getText().contains(
                        "only the x86 sandbox (kvm:x86) runs a guest program irqscope controls"));
    }

    private static List<org.eclipse.swt.widgets.Control> descendants(org.eclipse.swt.widgets.Composite c) {
        List<org.eclipse.swt.widgets.Control> out = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : c.getChildren()) {
            out.add(child);
            if (child instanceof org.eclipse.swt.widgets.Composite k) {
                out.addAll(descendants(k));
            }
        }
        return out;
    }

    private static Button find(LessonPanel panel, Predicate<Button> which) {
        return descendants(panel).stream().filter(Button.class::isInstance).map(Button.class::cast).filter(which)
                .findFirst().orElseThrow(() -> new AssertionError("no such button in the lessons panel"));
    }

    private void press(LessonPanel panel, String text) {
        waitFor("the " + text + " button is enabled", () -> find(panel, b -> b.getText().equals(text)).isEnabled());
        find(panel, b -> b.getText().equals(text)).notifyListeners(SWT.Selection, null);
    }

    private static MachineState shown(SourcesView view) {
        return view.table().shownRows().state();
    }

    private static Optional<SourceState> shownSource(SourcesView view) {
        MachineState s = shown(view);
        return s == null ? Optional.empty() : s.source(MSI);
    }

    private void waitFor(String what, BooleanSupplier condition) {
        Screenshots.waitUntil(display, TIMEOUT, what, () -> TargetSession.shared().lastFailure(), condition);
    }
}
