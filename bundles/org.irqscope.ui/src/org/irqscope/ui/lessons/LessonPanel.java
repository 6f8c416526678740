// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.lessons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.irqscope.core.explain.Lesson;
import org.irqscope.core.explain.LessonCatalog;
import org.irqscope.core.explain.LessonRun;
import org.irqscope.core.explain.LessonRunner;
import org.irqscope.core.explain.LessonStep;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.core.target.TargetUri;
import org.irqscope.ui.IrqscopeUi;
import org.irqscope.ui.session.SessionListener;
import org.irqscope.ui.session.TargetSession;

/**
 * The lessons side panel: pick a lesson, read its steps, and run them one at a time on the workbench's target. Start
 * opens the lesson's own target (seeded, so its routing is the one the text describes) and makes it the session's
 * target, so every view shows what each step does through the usual read path; or, when asked, the lesson runs on the
 * target already open. A step the target cannot do is shown disabled with the reason. Back replays the lesson up to
 * the previous step on a fresh copy of its target, since commands cannot be undone on a target. Target work runs in
 * jobs; the widgets change on the UI thread only.
 */
public final class LessonPanel extends Composite implements SessionListener {
    /**
     * Called on the UI thread after a step with the source the step is about and the state read after it (null when
     * the target could not be read).
     */
    public interface Focus {
        void show(int source, MachineState state);
    }

    private final LessonCatalog catalog;
    private final TargetRegistry registry;
    private final TargetSession session;
    private final Focus focus;

    private final Combo lessonChoice;
    private final Label targetLine;
    private final Button useCurrent;
    private final ScrolledComposite scroll;
    private final Composite stepList;
    private final List<StepRow> rows = new ArrayList<>();
    private final Button start;
    private final Button back;
    private final Button runStep;
    private final Label status;
    private final Font bold;

    private List<Lesson> lessons = List.of();
    private Lesson lesson;
    /** The lesson in progress, or null before Start and after the session moved to another target. */
    private LessonRun run;
    /** What the session was given for {@link #run}: the held-guest view of the lesson's own target, or the target. */
    private Target attached;
    private boolean busy;
    /** The text of the last step that ran, shown under its row. */
    private final List<String> outcomes = new ArrayList<>();

    public LessonPanel(Composite parent, LessonCatalog catalog, TargetRegistry registry, TargetSession session,
            Focus focus) {
        super(parent, SWT.NONE);
        this.catalog = catalog;
        this.registry = registry;
        this.session = session;
        this.focus = focus;
        GridLayoutFactory.fillDefaults().margins(6, 6).numColumns(1).applyTo(this);
        FontData[] fd = getFont().getFontData();
        for (FontData d : fd) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(getDisplay(), fd);

        lessonChoice = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        lessonChoice.setToolTipText("The lesson to follow");
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(lessonChoice);
        lessonChoice.addListener(SWT.Selection, e -> select(lessonChoice.getSelectionIndex()));

        targetLine = new Label(this, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(targetLine);

        useCurrent = new Button(this, SWT.CHECK);
        useCurrent.setText("Run on the target already open");
        useCurrent.setToolTipText("Run the steps on the session's current target instead of opening the lesson's "
                + "own; steps that target cannot do are disabled");
        useCurrent.addListener(SWT.Selection, e -> {
            forget();
            refresh();
        });

        scroll = new ScrolledComposite(this, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).hint(120, 120).applyTo(scroll);
        stepList = new Composite(scroll, SWT.NONE);
        GridLayoutFactory.fillDefaults().spacing(0, 8).applyTo(stepList);
        scroll.setContent(stepList);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> layoutSteps());

        Composite buttons = new Composite(this, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).equalWidth(true).applyTo(buttons);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(buttons);
        start = button(buttons, "Start", "Open the lesson's target and show its state before the first step");
        back = button(buttons, "◀ Back", "Replay the lesson up to the previous step on a fresh copy of its target");
        runStep = button(buttons, "Run step ▶", "Run the next step's command and check what it should show");
        start.addListener(SWT.Selection, e -> start());
        back.addListener(SWT.Selection, e -> back());
        runStep.addListener(SWT.Selection, e -> runNext());

        status = new Label(this, SWT.WRAP);
        // room for three lines whatever the message, so the buttons above never move under the pointer
        GC gc = new GC(status);
        int lines = gc.getFontMetrics().getHeight() * 3;
        gc.dispose();
        GridDataFactory.fillDefaults().grab(true, false).hint(120, lines).applyTo(status);

        session.addListener(this);
        addListener(SWT.Dispose, e -> {
            session.removeListener(this);
            bold.dispose();
        });
        reloadLessons();
    }

    private static Button button(Composite parent, String text, String tip) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(text);
        b.setToolTipText(tip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
        return b;
    }

    /** Reads the catalog again (the application fills it at start) and selects the first lesson if none is. */
    public void reloadLessons() {
        lessons = catalog.all();
        String[] items = lessons.stream().map(l -> l.title() + "  (" + l.name() + ")").toArray(String[]::new);
        lessonChoice.setItems(items);
        int keep = lesson == null ? -1 : lessons.indexOf(lesson);
        if (lessons.isEmpty()) {
            lesson = null;
            refresh();
        } else {
            lessonChoice.select(Math.max(0, keep));
            select(Math.max(0, keep));
        }
    }

    /** The lessons offered, in the order of the choice. */
    public List<Lesson> lessons() {
        return lessons;
    }

    /** Picks a lesson by name (as the user would in the choice); false when there is none of that name. */
    public boolean select(String name) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).name().equals(name)) {
                lessonChoice.select(i);
                select(i);
                return true;
            }
        }
        return false;
    }

    private void select(int index) {
        Lesson picked = index >= 0 && index < lessons.size() ? lessons.get(index) : null;
        if (picked != lesson) {
            lesson = picked;
            forget();
        }
        lessonChoice.setToolTipText(picked == null ? "The lesson to follow" : picked.title());
        rebuildSteps();
        refresh();
    }

    /** Drops the lesson in progress (another lesson, another target): the next Start begins again. */
    private void forget() {
        run = null;
        attached = null;
        outcomes.clear();
    }

    private void rebuildSteps() {
        for (StepRow r : rows) {
            r.dispose();
        }
        rows.clear();
        if (lesson != null) {
            for (int i = 0; i < lesson.steps().size(); i++) {
                rows.add(new StepRow(stepList, i, lesson.steps().get(i)));
            }
        }
        layoutSteps();
    }

    private void layoutSteps() {
        int width = scroll.getClientArea().width;
        if (width <= 0) {
            return;
        }
        for (StepRow r : rows) {
            r.wrapAt(width);
        }
        stepList.layout(true, true);
        scroll.setMinSize(stepList.computeSize(width, SWT.DEFAULT));
    }

    /** The lesson's target (own mode) or the session's (current mode) cannot be used: why, for every step. */
    private Optional<String> unavailable() {
        if (lesson == null) {
            return Optional.of("no lessons are registered");
        }
        if (useCurrent.getSelection()) {
            return session.target().isPresent()
                    ? Optional.empty()
                    : Optional.of("no target is open: open one, or clear “Run on the target already open”");
        }
        String scheme;
        try {
            scheme = TargetUri.parse(lesson.targetUri()).scheme();
        } catch (TargetException e) {
            return Optional.of(e.getMessage());
        }
        for (TargetProvider p : registry.providers()) {
            if (p.scheme().equals(scheme)) {
                return p.unavailableReason().map(r -> lesson.targetUri() + " is unavailable here: " + r);
            }
        }
        return Optional.of("no " + scheme + ": target provider in this product");
    }

    /** Why a step cannot run here, checked against the target it would run on. */
    Optional<String> refusal(int index) {
        Optional<String> all = unavailable();
        if (all.isPresent()) {
            return all;
        }
        if (run != null) {
            return run.refusal(index);
        }
        if (useCurrent.getSelection()) {
            return session.target().flatMap(t -> LessonRun.refusal(lesson.steps().get(index), unwrap(t)));
        }
        return Optional.empty();
    }

    private static Target unwrap(Target t) {
        return t instanceof HeldGuestTarget h ? h.lessonTarget() : t;
    }

    /** Updates every widget from the fields (UI thread). */
    private void refresh() {
        if (isDisposed()) {
            return;
        }
        Optional<String> why = unavailable();
        if (lesson == null) {
            targetLine.setText("No lessons are registered in this product.");
        } else {
            String on = useCurrent.getSelection()
                    ? session.target().map(t -> "on the target already open, " + t.uri()).orElse("on no target")
                    : "on its own target, " + lesson.targetUri();
            targetLine.setText((lesson.steps().size() + " steps, " + on).replace("&", "&&"));
        }
        int next = run == null ? 0 : run.next();
        for (StepRow r : rows) {
            LessonRunner.StepResult done = run != null && r.index < run.results().size()
                    ? run.results().get(r.index)
                    : null;
            r.show(done, run != null && !run.done() && r.index == next, refusal(r.index),
                    r.index < outcomes.size() ? outcomes.get(r.index) : null);
        }
        boolean stepRefused = run != null && !run.done() && refusal(next).isPresent();
        start.setText(run == null ? "Start" : "Restart");
        lessonChoice.setEnabled(!busy);
        useCurrent.setEnabled(!busy);
        start.setEnabled(!busy && why.isEmpty());
        back.setEnabled(!busy && run != null && run.next() > 0 && !useCurrent.getSelection());
        runStep.setEnabled(!busy && why.isEmpty() && (run == null || !run.done()) && !stepRefused
                && (run != null || refusal(0).isEmpty()));
        if (busy) {
            status.setText("Working…");
        } else if (why.isPresent()) {
            status.setText(("Not possible here: " + why.get()).replace("&", "&&"));
        } else if (run == null) {
            status.setText(useCurrent.getSelection()
                    ? "Run step runs the first step on the target already open."
                    : "Start opens the lesson's target in every view (it replaces the current target).");
        } else if (run.completed()) {
            status.setText("Lesson complete. Restart to see it again, or pick another lesson.");
        } else if (run.stopped()) {
            status.setText("The lesson stopped at step " + run.next() + ": later steps build on it. Back or "
                    + "Restart to try again.");
        } else if (stepRefused) {
            status.setText(("Step " + (next + 1) + " is not possible here: " + refusal(next).get()).replace("&",
                    "&&"));
        } else {
            status.setText("Step " + (next + 1) + " of " + lesson.steps().size() + " is next.");
        }
        layout(true, true);
        layoutSteps();
    }

    private void start() {
        replayTo(0);
    }

    private void back() {
        if (run != null && run.next() > 0) {
            replayTo(run.next() - 1);
        }
    }

    /** Opens the target (or takes the current one) and runs the first {@code steps} steps. */
    private void replayTo(int steps) {
        Lesson l = lesson;
        boolean current = useCurrent.getSelection();
        Target currentTarget = session.target().map(LessonPanel::unwrap).orElse(null);
        work("Starting lesson " + l.name(), () -> {
            Target target;
            Target forSession;
            if (current) {
                if (currentTarget == null) {
                    throw new TargetException(TargetException.Kind.UNAVAILABLE, "no target is open");
                }
                target = currentTarget;
                forSession = null;
                session.setGuestRuns(false);
            } else {
                target = registry.open(l.targetUri());
                forSession = new HeldGuestTarget(target);
            }
            LessonRun fresh = new LessonRun(l, target);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < steps && !fresh.done(); i++) {
                texts.add(outcome(fresh));
            }
            MachineState state = fresh.last();
            if (state == null) {
                try {
                    state = target.read();
                } catch (TargetException e) {
                    // the session's poll reports read failures; the lesson can still start
                    state = null;
                }
            }
            asyncUi(() -> {
                run = fresh;
                attached = forSession != null ? forSession : session.target().orElse(null);
                outcomes.clear();
                outcomes.addAll(texts);
            });
            if (forSession != null) {
                session.attach(forSession);
            } else {
                session.requestRead();
            }
            return new Shown(Math.max(0, fresh.next() - 1), state);
        });
    }

    private void runNext() {
        if (run == null) {
            replayTo(1);
            return;
        }
        LessonRun r = run;
        work("Lesson " + r.lesson().name() + ", step " + (r.next() + 1), () -> {
            int index = r.next();
            String text = outcome(r);
            asyncUi(() -> {
                if (r == run) {
                    while (outcomes.size() < index) {
                        outcomes.add("");
                    }
                    outcomes.add(text);
                }
            });
            session.requestRead();
            return new Shown(index, r.last());
        });
    }

    /** Runs the run's next step and returns what it said after the explanation (command and verdict). */
    private static String outcome(LessonRun r) {
        List<String> lines = new ArrayList<>();
        r.step(lines::add);
        return String.join("\n", lines.subList(1, lines.size())).replace("  → ", "→ ").replace("  ✓ ", "✓ ")
                .replace("  ✗ ", "✗ ");
    }

    /** The step whose source the views should show, and the state read after it (null when none was read). */
    private record Shown(int step, MachineState state) {
    }

    /** Target work that says which step the views should show. */
    @FunctionalInterface
    private interface LessonWork {
        Shown run() throws TargetException;
    }

    private void work(String name, LessonWork body) {
        busy = true;
        refresh();
        Lesson l = lesson;
        Job job = Job.create(name, monitor -> {
            Shown step = null;
            String failure = null;
            try {
                step = body.run();
            } catch (TargetException e) {
                failure = e.getMessage();
            } catch (RuntimeException e) {
                IrqscopeUi.log(name + " failed unexpectedly", e);
                failure = name + " failed unexpectedly (" + e + "); the Error Log has the details";
            }
            Shown shown = step;
            String failed = failure;
            asyncUi(() -> {
                busy = false;
                refresh();
                if (failed != null) {
                    status.setText(failed.replace("&", "&&"));
                    layout(true, true);
                } else if (shown != null && l == lesson) {
                    OptionalInt source = LessonRun.source(l, shown.step());
                    if (source.isPresent()) {
                        focus.show(source.getAsInt(), shown.state());
                    }
                }
            });
        });
        job.setUser(false);
        job.schedule();
    }

    private void asyncUi(Runnable r) {
        if (isDisposed()) {
            return;
        }
        getDisplay().asyncExec(() -> {
            if (!isDisposed()) {
                r.run();
            }
        });
    }

    /** True while a start, replay or step runs in a job. */
    public boolean busy() {
        return busy;
    }

    /** The lesson in progress (UI thread), or null. */
    public LessonRun run() {
        return run;
    }

    @Override
    public void stateShown(MachineState shown, MachineState before) {
        // the views show the state; the panel follows the run, not each read
    }

    @Override
    public void targetChanged(Target target) {
        asyncUi(() -> {
            if (run != null && target != attached && (target == null || unwrap(target) != run.target())) {
                forget();
                status.setText("The workbench now shows another target: Start runs the lesson again.");
            }
            if (!busy) {
                refresh();
            }
        });
    }

    @Override
    public void failed(String message) {
        // the views show read failures in their description lines
    }

    /** One step in the list: its number or outcome, the explanation, and the command with its verdict or refusal. */
    final class StepRow {
        final int index;
        final Composite box;
        final Label mark;
        final Label explanation;
        final Label detail;

        StepRow(Composite parent, int index, LessonStep step) {
            this.index = index;
            box = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 3).applyTo(box);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(box);
            mark = new Label(box, SWT.CENTER);
            mark.setFont(bold);
            GridDataFactory.fillDefaults().hint(26, SWT.DEFAULT).align(SWT.CENTER, SWT.BEGINNING).applyTo(mark);
            explanation = new Label(box, SWT.WRAP);
            explanation.setText(step.explanation().replace("&", "&&"));
            GridDataFactory.fillDefaults().grab(true, false).applyTo(explanation);
            new Label(box, SWT.NONE);
            detail = new Label(box, SWT.WRAP);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(detail);
            detail.setText(("→ " + step.action().text()).replace("&", "&&"));
        }

        void wrapAt(int width) {
            int text = Math.max(60, width - 26 - 20);
            ((org.eclipse.swt.layout.GridData) explanation.getLayoutData()).widthHint = text;
            ((org.eclipse.swt.layout.GridData) detail.getLayoutData()).widthHint = text;
        }

        void show(LessonRunner.StepResult done, boolean current, Optional<String> refused, String said) {
            LessonStep step = lesson.steps().get(index);
            boolean enabled = refused.isEmpty() || done != null;
            mark.setText(done == null
                    ? (current ? "▶" : String.valueOf(index + 1))
                    : done.outcome() == LessonRunner.Outcome.MET ? "✓" : "✗");
            explanation.setEnabled(enabled);
            detail.setEnabled(enabled);
            mark.setEnabled(enabled);
            String text;
            if (said != null && !said.isEmpty()) {
                text = said;
            } else if (refused.isPresent()) {
                text = "Not possible here: " + refused.get();
            } else {
                text = "→ " + step.action().text();
            }
            detail.setText(text.replace("&", "&&"));
            Color bg = current ? getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION) : null;
            Color fg = current ? getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT) : null;
            for (var c : List.of(box, mark, explanation, detail)) {
                c.setBackground(bg);
                c.setForeground(fg);
            }
            explanation.setFont(current ? bold : null);
        }

        /** The row as a user reads it: enabled, and the detail line (command, verdict, or why not). */
        boolean enabled() {
            return explanation.getEnabled();
        }

        String detailText() {
            return detail.getText().replace("&&", "&");
        }

        String markText() {
            return mark.getText();
        }

        void dispose() {
            box.dispose();
        }
    }

    /** The rows of the shown lesson (UI thread; for tests). */
    List<StepRow> rows() {
        return rows;
    }

    /** The status line under the buttons. */
    String statusText() {
        return status.getText().replace("&&", "&");
    }

    Button startButton() {
        return start;
    }

    Button backButton() {
        return back;
    }

    Button runStepButton() {
        return runStep;
    }

    Button useCurrentTarget() {
        return useCurrent;
    }
}
