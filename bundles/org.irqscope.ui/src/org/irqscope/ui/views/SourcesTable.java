// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.time.Duration;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.Throttler;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.ui.preferences.UiColors;

/**
 * The Sources table: a virtual table over the filtered, sorted sources of one state. Filtering, sorting and change
 * detection run in a job; the UI thread only sets the item count and clears the visible items, so a refresh costs
 * the same for 64 sources as for 65,536. Only the newest computed rows are applied.
 */
public final class SourcesTable extends Composite {
    private static final int FADE_STEPS = 8;

    private final TableViewer viewer;
    private final Combo condition;
    private final Text search;
    private final Label summary;
    private final Throttler applyThrottler;
    private final ComputeJob computeJob = new ComputeJob();
    private final AtomicReference<Input> pendingInput = new AtomicReference<>();
    private final AtomicReference<SourceRows> computed = new AtomicReference<>();
    private final BitSet materialized = new BitSet();
    private final Color[] fadeColors = new Color[FADE_STEPS + 1];

    private volatile SourceFilter filter = SourceFilter.ALL;
    private volatile SourceColumn sortColumn;
    private volatile boolean descending;
    /** Read by the compute job as the carry-over, written by it: the job runs one at a time. */
    private volatile SourceRows lastComputed = SourceRows.EMPTY;
    private Input lastInput;
    private SourceRows shownRows = SourceRows.EMPTY;
    private InterruptMode columnsMode;
    private boolean columnsBuilt;
    private int selectedNumber = -1;
    private long lastApplyNanos;
    private long applyCount;

    private record Input(MachineState state, MachineState before) {
    }

    public SourcesTable(Composite parent) {
        super(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(6, 2).applyTo(this);
        condition = new Combo(this, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (SourceFilter.Condition c : SourceFilter.Condition.values()) {
            condition.add(c.label());
        }
        condition.select(0);
        condition.setToolTipText("Show only sources in this state");
        search = new Text(this, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage("number (0x1000), owner or kind");
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(search);
        summary = new Label(this, SWT.NONE);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).hint(260, SWT.DEFAULT).applyTo(summary);

        viewer = new TableViewer(this, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER | SWT.MULTI);
        viewer.setUseHashlookup(true);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(table);
        viewer.setContentProvider(new LazyRows());
        viewer.setInput(this);
        viewer.addSelectionChangedListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            selectedNumber = first instanceof SourceState s ? s.number() : -1;
        });
        condition.addListener(SWT.Selection, e -> filterChanged());
        search.addListener(SWT.Modify, e -> filterChanged());
        buildColumns(null);

        RGB base = table.getBackground().getRGB();
        RGB hot = UiColors.changed();
        for (int i = 0; i <= FADE_STEPS; i++) {
            double f = i / (double) FADE_STEPS;
            fadeColors[i] = new Color(blend(base.red, hot.red, f), blend(base.green, hot.green, f),
                    blend(base.blue, hot.blue, f));
        }
        applyThrottler = new Throttler(getDisplay(), Duration.ofMillis(30), this::applyNewest);
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** Shows a state; callable from any thread. Only the newest state given before the job runs is computed. */
    public void show(MachineState state, MachineState before) {
        pendingInput.set(new Input(state, before));
        computeJob.schedule();
    }

    /** The rows on screen (UI thread). */
    public SourceRows shownRows() {
        return shownRows;
    }

    /** How many distinct rows had their item data materialized (UI thread). */
    public int materializedRows() {
        return materialized.cardinality();
    }

    /** Rows that fit in the table's client area. */
    public int visibleRows() {
        Table t = viewer.getTable();
        return Math.max(1, t.getClientArea().height / Math.max(1, t.getItemHeight()));
    }

    /** UI-thread time of the last applied refresh (item count, clear, selection), in nanoseconds. */
    public long lastApplyNanos() {
        return lastApplyNanos;
    }

    /** Refreshes applied to the table since it was created. */
    public long applyCount() {
        return applyCount;
    }

    /** The source number selected in the table, or -1. */
    public int selectedNumber() {
        return selectedNumber;
    }

    public void setFilter(SourceFilter newFilter) {
        filter = newFilter;
        recompute();
    }

    public void sortBy(SourceColumn column, boolean down) {
        sortColumn = column;
        descending = down;
        recompute();
    }

    private void filterChanged() {
        filter = new SourceFilter(SourceFilter.Condition.values()[Math.max(0, condition.getSelectionIndex())],
                search.getText());
        recompute();
    }

    private void recompute() {
        Input last = lastInput;
        if (last != null) {
            pendingInput.compareAndSet(null, last);
            computeJob.schedule();
        }
    }

    private void applyNewest() {
        SourceRows rows = computed.getAndSet(null);
        if (rows == null || isDisposed()) {
            return;
        }
        long start = System.nanoTime();
        Table table = viewer.getTable();
        InterruptMode mode = rows.state() == null ? null : rows.state().mode();
        if (!columnsBuilt || mode != columnsMode) {
            buildColumns(mode);
        }
        shownRows = rows;
        table.setRedraw(false);
        try {
            table.setItemCount(rows.rows().length);
            table.clearAll();
            materialized.clear();
            keepSelection(rows);
        } finally {
            table.setRedraw(true);
        }
        int total = rows.state() == null ? 0 : rows.state().sources().size();
        summary.setText(rows.rows().length + " of " + total + " sources" + (rows.state() == null ? ""
                : "  ·  read #" + rows.state().sequence()));
        lastApplyNanos = System.nanoTime() - start;
        applyCount++;
    }

    /** A row moves when the sort key changes; keep the same source selected, not the same index. */
    private void keepSelection(SourceRows rows) {
        if (selectedNumber < 0) {
            return;
        }
        Table table = viewer.getTable();
        int index = table.getSelectionIndex();
        SourceState[] r = rows.rows();
        if (index >= 0 && index < r.length && r[index].number() == selectedNumber) {
            return;
        }
        for (int i = 0; i < r.length; i++) {
            if (r[i].number() == selectedNumber) {
                table.setSelection(i);
                return;
            }
        }
        table.deselectAll();
    }

    private void buildColumns(InterruptMode mode) {
        Table table = viewer.getTable();
        for (TableColumn c : table.getColumns()) {
            c.dispose();
        }
        List<SourceColumn> columns = SourceColumn.forMode(mode);
        for (SourceColumn column : columns) {
            TableViewerColumn vc = new TableViewerColumn(viewer, SWT.LEFT);
            TableColumn tc = vc.getColumn();
            tc.setText(column.header());
            tc.setWidth(column.width());
            tc.setMoveable(true);
            vc.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return element instanceof SourceState s ? column.text(s) : "";
                }

                @Override
                public Color getBackground(Object element) {
                    if (!(element instanceof SourceState s)) {
                        return null;
                    }
                    double f = shownRows.freshness(s.number(), System.currentTimeMillis());
                    return f <= 0 ? null : fadeColors[(int) Math.ceil(f * FADE_STEPS)];
                }
            });
            tc.addListener(SWT.Selection, e -> {
                boolean down = table.getSortColumn() == tc && table.getSortDirection() == SWT.UP;
                table.setSortColumn(tc);
                table.setSortDirection(down ? SWT.DOWN : SWT.UP);
                sortBy(column, down);
            });
        }
        columnsMode = mode;
        columnsBuilt = true;
    }

    private static int blend(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }

    /** Hands the table only the rows it asks for: the visible ones. */
    private final class LazyRows implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            SourceState[] r = shownRows.rows();
            if (index < r.length) {
                materialized.set(index);
                viewer.replace(r[index], index);
            }
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            // The rows arrive through applyNewest, not through the viewer's input.
        }
    }

    /** Filters, sorts and diffs the newest input off the UI thread; one run at a time, newest input wins. */
    private final class ComputeJob extends Job {
        ComputeJob() {
            super("Listing interrupt sources");
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            Input input = pendingInput.getAndSet(null);
            if (input == null || monitor.isCanceled()) {
                return Status.OK_STATUS;
            }
            boolean sameState = lastInput != null && lastInput.state() == input.state();
            lastInput = input;
            // Re-filtering the state already shown must not mark its changes again (they would never fade).
            MachineState before = sameState ? null : input.before();
            SourceRows rows = SourceRows.compute(input.state(), before, lastComputed, filter, sortColumn, descending,
                    System.currentTimeMillis());
            lastComputed = rows;
            computed.set(rows);
            if (!isDisposed()) {
                applyThrottler.throttledExec();
            }
            return Status.OK_STATUS;
        }
    }

    @Override
    public void dispose() {
        computeJob.cancel();
        super.dispose();
    }
}
