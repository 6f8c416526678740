// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ICoreRunnable;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.irqscope.core.explain.Diagnostics;
import org.irqscope.core.explain.Finding;
import org.irqscope.core.state.MachineState;

/**
 * The findings of the diagnostic rules over the shown state, plus those a kernel trace adds ("EOI never came"): one
 * row each — severity, element, what is wrong — and below the table the rule behind the selected one and its quick
 * fix. The rules run in a job (newest state wins); the table changes only when the findings do, so a selection
 * survives polls.
 */
public final class DiagnosticsTable extends Composite {
    private final TableViewer viewer;
    private final Label detail;
    private final AtomicReference<Input> pending = new AtomicReference<>();
    private final Job job = Job.createSystem("Diagnosing the interrupt state", (ICoreRunnable) monitor -> diagnose());
    private final Display display;
    private List<Finding> shown = List.of();
    private long applied;
    private long diagnosed;

    /** A state to diagnose, the states before it (for the "held for long" rules) and the trace's findings. */
    public record Input(MachineState state, List<MachineState> before, Supplier<List<Finding>> traced) {
    }

    /** @param applyFix called with a finding whose fix the user asked for (double-click) */
    public DiagnosticsTable(Composite parent, Consumer<Finding> applyFix) {
        super(parent, SWT.NONE);
        display = getDisplay();
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(this);
        viewer = new TableViewer(this, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getTable());
        column("Severity", 70, f -> f.severity().label());
        column("Element", 110, f -> f.element().toString());
        column("Finding", 520, Finding::explanation);
        column("Rule", 220, Finding::ruleId);
        column("Fix", 260, f -> f.fix().map(x -> x.description()).orElse(""));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(List.of());
        detail = new Label(this, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 48).applyTo(detail);
        viewer.addSelectionChangedListener(e -> describe(selected()));
        viewer.addDoubleClickListener(e -> {
            Finding f = selected();
            if (f != null && f.fix().isPresent()) {
                applyFix.accept(f);
            }
        });
        describe(null);
    }

    private void column(String title, int width, java.util.function.Function<Finding, String> text) {
        TextColumns.add(viewer, title, width, Finding.class, text);
    }

    /** Diagnoses a state; callable from any thread. */
    public void show(Input input) {
        pending.set(input);
        job.schedule();
    }

    /** The findings on screen (UI thread). */
    public List<Finding> findings() {
        return shown;
    }

    /** How many times the table changed (UI thread). */
    public long applied() {
        return applied;
    }

    /** How many diagnoses reached the table, changed or not (UI thread). */
    public long diagnosed() {
        return diagnosed;
    }

    public TableViewer viewer() {
        return viewer;
    }

    private void diagnose() {
        Input in = pending.getAndSet(null);
        if (in == null || display.isDisposed()) {
            return;
        }
        List<Finding> found = new ArrayList<>(Diagnostics.run(in.state(), in.before()));
        found.addAll(in.traced().get());
        found.sort(Finding.ORDER);
        display.asyncExec(() -> apply(found));
    }

    private void apply(List<Finding> found) {
        if (isDisposed()) {
            return;
        }
        diagnosed++;
        if (same(found, shown)) {
            return;
        }
        Finding was = selected();
        shown = List.copyOf(found);
        viewer.setInput(shown);
        applied++;
        if (was != null) {
            // the same finding, recomputed: keep it selected
            shown.stream().filter(f -> key(f).equals(key(was))).findFirst().ifPresent(f -> viewer.setSelection(
                    new org.eclipse.jface.viewers.StructuredSelection(f), true));
        }
        describe(selected());
    }

    /** Findings are recomputed every read; their fixes are new lambdas each time, so compare what is shown. */
    private static boolean same(List<Finding> a, List<Finding> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!key(a.get(i)).equals(key(b.get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static List<Object> key(Finding f) {
        return List.of(f.ruleId(), f.severity(), f.element(), f.explanation(),
                f.fix().map(x -> x.description()).orElse(""));
    }

    private Finding selected() {
        Object o = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return o instanceof Finding f ? f : null;
    }

    private void describe(Finding f) {
        String text;
        if (f != null) {
            text = f.rule() + f.fix().map(x -> "\nFix (double-click): " + x.description()).orElse("");
        } else if (shown.isEmpty()) {
            text = "No findings: no rule sees anything stuck or inconsistent in the shown state.";
        } else {
            text = shown.size() + " finding" + (shown.size() == 1 ? "" : "s") + ". Select one for the rule behind it"
                    + " and its fix.";
        }
        if (!Objects.equals(detail.getText(), text)) {
            detail.setText(text);
        }
    }
}
