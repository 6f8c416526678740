// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.Throttler;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
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
 * detection run in a job; only the newest computed rows are applied. Each item holds only its row index and the
 * cells are drawn from the current rows at paint time: a refresh sets the item count and asks for a repaint, and
 * never rewrites GTK's row model (rewriting a row costs GTK about 0.6 ms, 15 ms for a screenful).
 */
public final class SourcesTable extends Composite {
    private static final int FADE_STEPS = 8;
    /** Up to this many sources the opening state is listed on the UI thread (well under a millisecond). */
    private static final int INLINE_SOURCES = 4096;
    private static final long SUMMARY_READ_MILLIS = 1_000;

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
    private final SelectedSources selection = new SelectedSources();
    private RowRef[] refs = new RowRef[0];

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
    private int[] selectedIndices = new int[0];
    private long lastApplyNanos;
    private long applyCount;
    private long cellPaintNanos;
    private boolean firstStateApplied;
    private Runnable firstStatePainted;
    private String summaryCounts;
    /** The newest summary text not shown yet (its read number waits for the second to be up), or null. */
    private String pendingSummary;
    private long summaryAt;

    private record Input(MachineState state, MachineState before) {
    }

    /** What a table item holds: its row, whose source is looked up in the rows on screen when drawn. */
    record RowRef(int index) {
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
        // Asking GTK (or JFace) for the selection walks all rows; remember it when the user changes it instead.
        table.addListener(SWT.Selection, e -> {
            selectedIndices = table.getSelectionIndices();
            SourceState first = selection.first();
            selectedNumber = first == null ? -1 : first.number();
            selection.fire();
        });
        condition.addListener(SWT.Selection, e -> filterChanged());
        search.addListener(SWT.Modify, e -> filterChanged());
        buildColumns(null);
        // Only erase and paint: a MeasureItem listener makes GTK measure every one of the 65,536 rows.
        table.addListener(SWT.EraseItem, e -> {
            long t = System.nanoTime();
            painter(e).erase(e);
            cellPaintNanos += System.nanoTime() - t;
        });
        table.addListener(SWT.PaintItem, e -> {
            long t = System.nanoTime();
            painter(e).paint(e);
            cellPaintNanos += System.nanoTime() - t;
        });

        RGB base = table.getBackground().getRGB();
        RGB hot = UiColors.changed();
        for (int i = 0; i <= FADE_STEPS; i++) {
            double f = i / (double) FADE_STEPS;
            fadeColors[i] = new Color(blend(base.red, hot.red, f), blend(base.green, hot.green, f),
                    blend(base.blue, hot.blue, f));
        }
        // A full repaint of the table costs GTK ~150 ms under Xvfb whatever the source count: at most 5 a second.
        applyThrottler = new Throttler(getDisplay(), Duration.ofMillis(200), this::applyNewest);
    }

    public TableViewer viewer() {
        return viewer;
    }

    /** The selection as sources (the items themselves only hold row indices). */
    public ISelectionProvider selectionProvider() {
        return selection;
    }

    /** Shows a state; callable from any thread. Only the newest state given before the job runs is computed. */
    public void show(MachineState state, MachineState before) {
        pendingInput.set(new Input(state, before));
        computeJob.schedule();
    }

    /**
     * Shows the state the view opens with (UI thread): a small one is listed and applied at once, so the first
     * paint of a new view already shows it instead of an empty table until the job's result arrives (at start-up
     * that is after the whole workbench has been built); a large one goes through the job like every later state.
     */
    public void showInitial(MachineState state) {
        if (state.sources().size() > INLINE_SOURCES || lastInput != null || pendingInput.get() != null
                || computeJob.getState() != Job.NONE) {
            show(state, null);
            return;
        }
        SourceRows rows = SourceRows.compute(state, null, SourceRows.EMPTY, filter, sortColumn, descending,
                System.currentTimeMillis());
        // The session may have handed a newer state to the job meanwhile (the view listens before it opens): then
        // the job's rows win, as every newer state does.
        if (computed.compareAndSet(null, rows) && pendingInput.get() == null) {
            lastInput = new Input(state, null);
            lastComputed = rows;
        }
        applyNewest();
    }

    private void showSummary(String text, String counts, long at) {
        summary.setText(text);
        summaryCounts = counts;
        summaryAt = at;
        pendingSummary = null;
    }

    /** Runs {@code action} once, at the first paint of the table after a state was applied (UI thread). */
    public void whenFirstStatePainted(Runnable action) {
        firstStatePainted = action;
        if (firstStateApplied) {
            paintOnce();
        }
    }

    private void paintOnce() {
        Runnable action = firstStatePainted;
        firstStatePainted = null;
        if (action == null) {
            return;
        }
        Table table = viewer.getTable();
        table.addListener(SWT.Paint, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event e) {
                table.removeListener(SWT.Paint, this);
                action.run();
            }
        });
        table.redraw();
    }

    /** The summary line above the table (UI thread). */
    String summaryText() {
        return summary.getText();
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

    /** UI-thread time spent drawing cells since the table was created, in nanoseconds. */
    public long cellPaintNanos() {
        return cellPaintNanos;
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
        SourceState previousSelected = selection.first();
        SourceRows old = shownRows;
        shownRows = rows;
        int count = rows.rows().length;
        if (table.getItemCount() != count) {
            table.setItemCount(count);
        }
        if (old.state() == null || old.rows().length != count) {
            table.redraw();
        } else {
            redrawChangedVisibleRows(table, old, rows);
        }
        keepSelection(rows);
        SourceState nowSelected = selection.first();
        if (nowSelected != null && !nowSelected.equals(previousSelected)) {
            selection.fire();
        }
        int total = rows.state() == null ? 0 : rows.state().sources().size();
        String counts = rows.rows().length + " of " + total + " sources";
        long nowMillis = System.currentTimeMillis();
        // A label's new text makes GTK lay out the window again (1.4 ms): the read number, which changes on every
        // refresh, is brought up to date once a second; the counts at once.
        String text = counts + (rows.state() == null ? "" : "  ·  read #" + rows.state().sequence());
        if (!counts.equals(summaryCounts) || nowMillis - summaryAt >= SUMMARY_READ_MILLIS) {
            showSummary(text, counts, nowMillis);
        } else {
            // shown when the second is up, so the last read's number is never left out when reads stop
            boolean scheduled = pendingSummary != null;
            pendingSummary = text;
            if (!scheduled) {
                getDisplay().timerExec((int) (SUMMARY_READ_MILLIS - (nowMillis - summaryAt)), () -> {
                    if (!isDisposed() && pendingSummary != null) {
                        showSummary(pendingSummary, summaryCounts, System.currentTimeMillis());
                    }
                });
            }
        }
        lastApplyNanos = System.nanoTime() - start;
        if (rows.state() != null && !firstStateApplied) {
            firstStateApplied = true;
            paintOnce();
        }
        applyCount++;
    }

    /**
     * Asks GTK to repaint only the cells that changed or are still fading, in the visible rows: GTK's repaint costs
     * the UI thread ~70 us per cell under Xvfb, far more than the whole apply, and a poll usually changes a counter
     * or a PQ pair, not whole rows. A row that now shows another source is repainted whole.
     */
    private void redrawChangedVisibleRows(Table table, SourceRows old, SourceRows rows) {
        SourceState[] before = old.rows();
        SourceState[] now = rows.rows();
        int top = table.getTopIndex();
        int end = Math.min(now.length, top + visibleRows() + 1);
        if (top < 0 || top >= end) {
            return;
        }
        long millis = System.currentTimeMillis();
        // Cell rectangles from the top row's and the column geometry, asked of GTK only for lit columns (each ask
        // costs), and one invalidation per run of consecutive rows per column (each one costs too).
        SourceColumn[] shown = null;
        Rectangle row = null;
        Rectangle[] cells = null;
        int[] runFrom = null;
        int step = table.getItemHeight();
        for (int i = top; i <= end; i++) {
            int lit = i < end ? litCells(now[i], i < before.length ? before[i] : null, old, rows, millis) : 0;
            if (runFrom == null) {
                if (lit == 0) {
                    continue;
                }
                shown = shownColumns(table);
                row = table.getItem(top).getBounds();
                cells = new Rectangle[shown.length + 1];
                cells[shown.length] = new Rectangle(0, 0, table.getClientArea().width + row.x, 0); // the whole row
                runFrom = new int[cells.length];
                Arrays.fill(runFrom, -1);
            }
            boolean wholeRow = lit == SourceRows.Change.ALL_COLUMNS;
            for (int c = 0; c < cells.length; c++) {
                boolean on = c == shown.length ? wholeRow : !wholeRow && (lit & (1 << shown[c].ordinal())) != 0;
                if (on && runFrom[c] < 0) {
                    runFrom[c] = i;
                    if (cells[c] == null) {
                        cells[c] = table.getItem(top).getBounds(c);
                    }
                } else if (!on && runFrom[c] >= 0) {
                    table.redraw(cells[c].x, row.y + (runFrom[c] - top) * step, cells[c].width,
                            (i - runFrom[c]) * step, false);
                    runFrom[c] = -1;
                }
            }
        }
    }

    /** The cells of row {@code s} to repaint: changed or fading in either rows, or all when the row shows another. */
    private static int litCells(SourceState s, SourceState was, SourceRows old, SourceRows rows, long millis) {
        if (was == null || was.number() != s.number()) {
            return SourceRows.Change.ALL_COLUMNS;
        }
        int lit = rows.litColumns(s.number(), millis) | old.litColumns(s.number(), millis);
        if (lit == 0 && was != s && !was.equals(s)) {
            return SourceRows.Change.ALL_COLUMNS; // changed but not diffed (another target's state before)
        }
        return lit;
    }

    /** The column each table column draws, by table column index. */
    private SourceColumn[] shownColumns(Table table) {
        SourceColumn[] out = new SourceColumn[table.getColumnCount()];
        for (int c = 0; c < out.length; c++) {
            out[c] = ((CellPainter) table.getColumn(c).getData(CellPainter.class.getName())).column;
        }
        return out;
    }

    /** A row moves when the sort key changes; keep the same source selected, not the same index. */
    private void keepSelection(SourceRows rows) {
        if (selectedNumber < 0) {
            return;
        }
        Table table = viewer.getTable();
        SourceState[] r = rows.rows();
        int index = selectedIndices.length > 0 ? selectedIndices[0] : -1;
        if (index >= 0 && index < r.length && r[index].number() == selectedNumber) {
            return;
        }
        for (int i = 0; i < r.length; i++) {
            if (r[i].number() == selectedNumber) {
                table.setSelection(i);
                selectedIndices = new int[]{i};
                return;
            }
        }
        table.deselectAll();
        selectedIndices = new int[0];
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
            CellPainter painter = new CellPainter(column);
            tc.setData(CellPainter.class.getName(), painter);
            vc.setLabelProvider(painter);
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

    private CellPainter painter(Event e) {
        TableColumn c = viewer.getTable().getColumn(e.index);
        return (CellPainter) c.getData(CellPainter.class.getName());
    }

    private SourceState sourceAt(Object element) {
        SourceState[] r = shownRows.rows();
        return element instanceof RowRef ref && ref.index() < r.length ? r[ref.index()] : null;
    }

    /** Draws one column's text from the rows on screen, on the fading highlight of a cell that changed. */
    private final class CellPainter extends org.eclipse.jface.viewers.CellLabelProvider {
        private final SourceColumn column;

        CellPainter(SourceColumn column) {
            this.column = column;
        }

        @Override
        public void update(org.eclipse.jface.viewers.ViewerCell cell) {
            // Nothing goes into the row model: the cell is drawn from the rows on screen in paint.
        }

        void erase(Event event) {
            SourceState s = sourceAt(event.item.getData());
            double f = s == null ? 0 : shownRows.freshness(s.number(), column, System.currentTimeMillis());
            if (f > 0 && (event.detail & SWT.SELECTED) == 0) {
                Color old = event.gc.getBackground();
                event.gc.setBackground(fadeColors[(int) Math.ceil(f * FADE_STEPS)]);
                event.gc.fillRectangle(event.getBounds());
                event.gc.setBackground(old);
                event.detail &= ~SWT.BACKGROUND;
            }
            event.detail &= ~SWT.FOREGROUND;
        }

        void paint(Event event) {
            SourceState s = sourceAt(event.item.getData());
            if (s == null) {
                return;
            }
            String text = column.text(s);
            if (text.isEmpty()) {
                return;
            }
            GC gc = event.gc;
            Rectangle b = event.getBounds();
            Point extent = gc.textExtent(text);
            if ((event.detail & SWT.SELECTED) != 0) {
                gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_LIST_SELECTION_TEXT));
            }
            gc.drawText(text, b.x + 4, b.y + Math.max(0, (b.height - extent.y) / 2), true);
        }
    }

    /** Hands out the selected rows' sources, and tells listeners when the selected source changes. */
    private final class SelectedSources implements ISelectionProvider {
        private final List<ISelectionChangedListener> listeners = new CopyOnWriteArrayList<>();

        SourceState first() {
            SourceState[] r = shownRows.rows();
            return selectedIndices.length > 0 && selectedIndices[0] < r.length ? r[selectedIndices[0]] : null;
        }

        @Override
        public ISelection getSelection() {
            SourceState[] r = shownRows.rows();
            List<SourceState> out = new java.util.ArrayList<>();
            for (int i : selectedIndices) {
                if (i < r.length) {
                    out.add(r[i]);
                }
            }
            return new StructuredSelection(out);
        }

        @Override
        public void setSelection(ISelection newSelection) {
            if (newSelection instanceof IStructuredSelection ss && ss.getFirstElement() instanceof SourceState s) {
                selectedNumber = s.number();
                keepSelection(shownRows);
                fire();
            }
        }

        @Override
        public void addSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.add(listener);
        }

        @Override
        public void removeSelectionChangedListener(ISelectionChangedListener listener) {
            listeners.remove(listener);
        }

        void fire() {
            SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
            for (ISelectionChangedListener l : listeners) {
                l.selectionChanged(event);
            }
        }
    }

    private static int blend(int from, int to, double f) {
        return (int) Math.round(from + (to - from) * f);
    }

    /** Hands the table only the rows it asks for: the visible ones. */
    private final class LazyRows implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            if (index >= refs.length) {
                RowRef[] grown = java.util.Arrays.copyOf(refs, Math.max(index + 1, refs.length * 2));
                for (int i = refs.length; i < grown.length; i++) {
                    grown[i] = new RowRef(i);
                }
                refs = grown;
            }
            materialized.set(index);
            viewer.replace(refs[index], index);
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
