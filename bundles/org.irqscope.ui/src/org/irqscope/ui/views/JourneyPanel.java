// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.Throttler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.irqscope.core.explain.Finding;
import org.irqscope.core.journey.JourneyStats;
import org.irqscope.core.journey.LatencyHistogram;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.ui.session.SessionListener;
import org.irqscope.ui.session.TargetSession;

/**
 * The Timeline's kernel-event half: journeys per second by vector and by vCPU over the last ten seconds, the
 * inject-to-EOI latency histogram (labelled accept→EOI where the host reports no injection), the events the kernel
 * lost, and the findings the journeys make. Journeys arrive on the trace's thread; the panel redraws at most four
 * times a second, and once a second while tracing so that rates fall when journeys stop.
 */
public final class JourneyPanel extends Composite implements SessionListener {
    public static final long WINDOW_NANOS = 10_000_000_000L;
    static final String VECTOR_SERIES = "journeys by vector";
    static final String VCPU_SERIES = "journeys by vCPU";
    static final String LATENCY_SERIES = "latency";
    static final String NO_INJECTION_EVENT = "µs, from acceptance";

    private final TargetSession session;
    private final Label status;
    private final Chart vectorChart;
    private final Chart vcpuChart;
    private final Chart latencyChart;
    private final Table findings;
    private final Throttler throttler;
    private JourneyStats shown;
    private List<Finding> shownFindings = List.of();

    public JourneyPanel(Composite parent, TargetSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        GridLayoutFactory.fillDefaults().spacing(4, 2).applyTo(this);
        status = new Label(this, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
        SashForm charts = new SashForm(this, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(charts);
        vectorChart = barChart(charts, "Journeys/s by vector", "vector");
        vcpuChart = barChart(charts, "Journeys/s by vCPU", "APIC (vCPU)");
        latencyChart = barChart(charts, "inject→EOI latency", "");
        latencyChart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(30);
        charts.setWeights(28, 24, 48);
        findings = new Table(this, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        findings.setHeaderVisible(true);
        // shown only while there are findings (the header and two rows): the Timeline is short, the charts need height
        GridDataFactory.fillDefaults().grab(true, false).hint(200, findings.getItemHeight() * 3 + 6).exclude(true)
                .applyTo(findings);
        findings.setVisible(false);
        column("Where", 70);
        column("Kernel-event finding", 500);
        // the finding takes the width; the rule behind it is the row's tooltip
        findings.addListener(SWT.Resize,
                e -> findings.getColumn(1).setWidth(Math.max(200, findings.getClientArea().width
                        - findings.getColumn(0).getWidth())));
        findings.addListener(SWT.MouseHover, e -> {
            TableItem item = findings.getItem(new org.eclipse.swt.graphics.Point(e.x, e.y));
            findings.setToolTipText(item == null ? null : ((Finding) item.getData()).rule());
        });
        throttler = new Throttler(getDisplay(), Duration.ofMillis(250), this::refresh);
        session.addListener(this);
        addDisposeListener(e -> session.removeListener(this));
        refresh();
        getDisplay().timerExec(1000, this::tick);
    }

    private void column(String title, int width) {
        TableColumn c = new TableColumn(findings, SWT.LEFT);
        c.setText(title);
        c.setWidth(width);
    }

    private static Chart barChart(Composite parent, String title, String xTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getTitle().setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        chart.getLegend().setVisible(false);
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.getTitle().setText(xTitle);
        x.getTitle().setFont(JFaceResources.getDefaultFont());
        x.enableCategory(true);
        // the title says what is counted: the height goes to the bars
        chart.getAxisSet().getYAxis(0).getTitle().setVisible(false);
        return chart;
    }

    private void tick() {
        if (isDisposed()) {
            return;
        }
        if (session.tracing()) {
            refresh();
        }
        getDisplay().timerExec(1000, this::tick);
    }

    @Override
    public void stateShown(MachineState shownState, MachineState before) {
        // the journeys do not depend on the state shown
    }

    @Override
    public void journeysChanged() {
        throttler.throttledExec();
    }

    @Override
    public void traceChanged() {
        throttler.throttledExec();
    }

    @Override
    public void targetChanged(Target target) {
        throttler.throttledExec();
    }

    /** Redraws from the session's journey log now (UI thread). */
    public void refresh() {
        if (isDisposed()) {
            return;
        }
        JourneyStats stats = session.journeyStats(WINDOW_NANOS);
        shown = stats;
        status.setText(describe(stats));
        status.setToolTipText(String.join("\n", session.traceNotes()));
        plotCounts(vectorChart, VECTOR_SERIES, stats.perVector(), "0x", 16, stats, new Color(31, 119, 180));
        plotCounts(vcpuChart, VCPU_SERIES, stats.perVcpu(), "", 10, stats, new Color(44, 160, 44));
        plotLatency(stats.latency());
        showFindings(session.journeyFindings());
        layout(true, true);
    }

    private String describe(JourneyStats stats) {
        String lost = stats.lossReports() == 0
                ? "lost events: none"
                : stats.lostEvents() > 0
                        ? "lost events: " + stats.lostEvents() + " (in " + stats.lossReports() + " reports)"
                        : "lost events: " + stats.lossReports() + " reports of an unknown number";
        String counts = stats.total() + " journeys, " + stats.journeys() + " in the last 10 s · " + lost;
        if (session.tracing()) {
            return "Tracing the host kernel's KVM events (rates over the last 10 s): " + counts
                    + (stats.latency().allFromAcceptance()
                            ? " · latency from acceptance: this host reports no injection event"
                            : "");
        }
        String last = stats.total() > 0 || stats.lossReports() > 0 ? " Last trace: " + counts + "." : "";
        if (session.traceFailure() != null) {
            return session.traceFailure() + last;
        }
        if (session.target().isEmpty()) {
            return "Kernel events: no target is open." + last;
        }
        if (!session.canTrace()) {
            return "Kernel events: " + session.target().get().displayName() + " is not a KVM guest on this host, so "
                    + "there are no host-kernel events to trace." + last;
        }
        return "Kernel events are not traced: Trace Kernel Events (this view's toolbar, or the Target menu) shows "
                + "each interrupt's journey." + last;
    }

    private static void plotCounts(Chart chart, String id, Map<Integer, Long> counts, String prefix, int radix,
            JourneyStats stats, Color colour) {
        String[] categories = new String[counts.size()];
        double[] rates = new double[counts.size()];
        int i = 0;
        for (Map.Entry<Integer, Long> e : counts.entrySet()) {
            categories[i] = prefix + Integer.toString(e.getKey(), radix);
            rates[i++] = stats.rate(e.getValue());
        }
        plot(chart, id, categories, rates, colour);
    }

    private void plotLatency(LatencyHistogram h) {
        String measure = h.measure();
        // say what is measured where it is read, and never pretend: without an injection event it starts at acceptance
        latencyChart.getTitle().setText(h.measured() == 0
                ? "EOI latency (journeys)"
                : (h.allFromAcceptance() ? "accept→EOI" : "inject→EOI") + " latency (journeys)");
        latencyChart.getAxisSet().getXAxis(0).getTitle().setText(h.measured() == 0
                ? ""
                : h.allFromAcceptance()
                        ? NO_INJECTION_EVENT
                        : h.fromAcceptance() > 0 ? measure : "µs, from injection");
        // the buckets from the first to the last one used, so that the labels stay readable
        int first = -1;
        int last = -1;
        for (int b = 0; b < LatencyHistogram.BUCKETS; b++) {
            if (h.count(b) > 0) {
                first = first < 0 ? b : first;
                last = b;
            }
        }
        if (first < 0) {
            plot(latencyChart, LATENCY_SERIES, new String[0], new double[0], null);
            return;
        }
        first = Math.max(0, Math.min(first, last - 3));
        last = Math.min(LatencyHistogram.BUCKETS - 1, Math.max(last, first + 3));
        String[] labels = new String[last - first + 1];
        double[] counts = new double[labels.length];
        for (int b = first; b <= last; b++) {
            labels[b - first] = LatencyHistogram.label(b);
            counts[b - first] = h.count(b);
        }
        plot(latencyChart, LATENCY_SERIES, labels, counts, new Color(255, 127, 14));
    }

    private static void plot(Chart chart, String id, String[] categories, double[] values, Color colour) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        // with nothing to show, no category of an earlier window may linger on the axis
        chart.getAxisSet().getXAxis(0).setCategorySeries(categories.length > 0 ? categories : new String[]{""});
        if (categories.length > 0) {
            IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
            bars.setYSeries(values);
            bars.setBarColor(colour);
        }
        chart.getAxisSet().adjustRange();
        if (categories.length > 0) {
            // counts start at zero, whatever adjustRange makes of a single bar
            IAxis y = chart.getAxisSet().getYAxis(0);
            double top = 0;
            for (double v : values) {
                top = Math.max(top, v);
            }
            y.setRange(new org.eclipse.swtchart.Range(0, top <= 0 ? 1 : top * 1.15));
        }
        chart.redraw();
    }

    private void showFindings(List<Finding> now) {
        if (now.equals(shownFindings)) {
            return;
        }
        shownFindings = now;
        findings.removeAll();
        for (Finding f : now) {
            TableItem item = new TableItem(findings, SWT.NONE);
            item.setText(new String[]{f.element().toString(), f.explanation()});
            item.setData(f);
            item.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        }
        ((GridData) findings.getLayoutData()).exclude = now.isEmpty();
        findings.setVisible(!now.isEmpty());
    }

    /** The statistics drawn last (UI thread; for tests). */
    public JourneyStats shown() {
        return shown;
    }

    public String statusText() {
        return status.getText();
    }

    public Chart vectorChart() {
        return vectorChart;
    }

    public Chart vcpuChart() {
        return vcpuChart;
    }

    public Chart latencyChart() {
        return latencyChart;
    }

    public Table findings() {
        return findings;
    }
}
