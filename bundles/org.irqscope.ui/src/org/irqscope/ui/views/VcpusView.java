// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.util.Throttler;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.OwnerDrawLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.ui.preferences.UiColors;

/**
 * One row per vCPU: run state, presenter registers, and the pending priorities or vectors as cells. Something
 * pending that the presenter will not take is drawn amber.
 */
public final class VcpusView extends SessionViewPart {
    public static final String ID = "org.irqscope.ui.views.vcpus";
    private static final int XIVE_CELL = 16;
    private static final int LAPIC_CELL = 4;

    private TableViewer viewer;
    private Throttler throttler;
    private final AtomicReference<MachineState> pending = new AtomicReference<>();
    private Color held;
    private Color deliverable;
    private Color inService;
    private Color empty;

    /** A vCPU with its presenter read once per state, not once per paint. */
    public record VcpuRow(VcpuState vcpu, PresenterSummary summary, boolean changed) {
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        held = UiColors.held();
        deliverable = new Color(70, 150, 230);
        inService = new Color(120, 120, 200);
        empty = new Color(235, 235, 235);
        text("vCPU", 45, r -> Integer.toString(r.vcpu().id()));
        text("Run state", 70, r -> r.vcpu().runState().label());
        text("Presenter", 95, r -> r.summary().kind());
        text("Registers", 275, r -> r.summary().registers());
        TableViewerColumn cells = new TableViewerColumn(viewer, SWT.LEFT);
        cells.getColumn().setText("Pending");
        cells.getColumn().setToolTipText("XIVE: IPB priorities 0…7; LAPIC: IRR/ISR vectors 0…255 in two lines");
        cells.getColumn().setWidth(170);
        cells.setLabelProvider(new CellsPainter());
        TableViewerColumn status = text("Held back", 360, r -> r.summary().held());
        status.getColumn().setToolTipText("Pending but not more favoured than the presenter's priority");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        OwnerDrawLabelProvider.setUpOwnerDraw(viewer);
        getSite().setSelectionProvider(viewer);
        throttler = new Throttler(table.getDisplay(), Duration.ofMillis(50), this::apply);
        connect();
    }

    private TableViewerColumn text(String title, int width, java.util.function.Function<VcpuRow, String> label) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply((VcpuRow) element);
            }

            @Override
            public Color getBackground(Object element) {
                return "Held back".equals(title) && !((VcpuRow) element).summary().held().isEmpty() ? held : null;
            }
        });
        return c;
    }

    @Override
    protected void show(MachineState state, MachineState before) {
        pending.set(state);
        if (throttler != null) {
            throttler.throttledExec();
        }
    }

    private void apply() {
        MachineState state = pending.getAndSet(null);
        if (state == null || viewer.getControl().isDisposed()) {
            return;
        }
        List<VcpuRow> rows = state.vcpus().stream().map(v -> new VcpuRow(v, PresenterSummary.of(v), false)).toList();
        Object[] selection = viewer.getStructuredSelection().toArray();
        viewer.setInput(rows);
        if (selection.length > 0 && selection[0] instanceof VcpuRow sel) {
            rows.stream().filter(r -> r.vcpu().id() == sel.vcpu().id()).findFirst()
                    .ifPresent(r -> viewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(r)));
        }
    }

    /** The rows on screen (UI thread; for tests). */
    public List<VcpuRow> rows() {
        Object input = viewer.getInput();
        @SuppressWarnings("unchecked")
        List<VcpuRow> rows = input instanceof List<?> l ? (List<VcpuRow>) l : List.of();
        return rows;
    }

    /** Draws the priorities (8 wide cells) or vectors (256 narrow cells in four lines). */
    private final class CellsPainter extends OwnerDrawLabelProvider {
        @Override
        protected void measure(Event event, Object element) {
            event.height = Math.max(event.height, 22);
        }

        @Override
        protected void paint(Event event, Object element) {
            PresenterSummary.Cell[] cells = ((VcpuRow) element).summary().cells();
            Rectangle b = event.getBounds();
            GC gc = event.gc;
            if (cells.length == 8) {
                for (int i = 0; i < 8; i++) {
                    int x = b.x + 4 + i * (XIVE_CELL + 2);
                    gc.setBackground(colour(cells[i]));
                    gc.fillRectangle(x, b.y + 3, XIVE_CELL, b.height - 6);
                    gc.setForeground(event.display.getSystemColor(SWT.COLOR_DARK_GRAY));
                    gc.drawRectangle(x, b.y + 3, XIVE_CELL, b.height - 6);
                    gc.drawString(Integer.toString(i), x + 4, b.y + 4, true);
                }
            } else if (cells.length == 256) {
                // Four lines of 64 vectors: vector v is column v % 64 of line v / 64.
                int lineHeight = Math.max(2, (b.height - 6) / 4);
                for (int v = 0; v < 256; v++) {
                    int x = b.x + 4 + (v % 64) * (LAPIC_CELL / 2);
                    int y = b.y + 3 + (v / 64) * lineHeight;
                    gc.setBackground(colour(cells[v]));
                    gc.fillRectangle(x, y, LAPIC_CELL / 2, lineHeight - 1);
                }
            }
        }

        private Color colour(PresenterSummary.Cell cell) {
            return switch (cell) {
                case EMPTY -> empty;
                case PENDING -> deliverable;
                case HELD -> held;
                case IN_SERVICE -> inService;
            };
        }
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
