// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.text.SimpleDateFormat;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.util.Throttler;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.irqscope.core.state.MachineState;
import org.irqscope.ui.session.TargetSession;

/**
 * Scrubs the kept history (the picked state shows in every view) and plots interrupt rates per source and per vCPU
 * from the delivered counters. Rates are recomputed in a job at most once a second. Below them, while the host
 * kernel's KVM events are traced, the {@link JourneyPanel}: journey rates, latency, lost events and findings.
 */
public final class TimelineView extends SessionViewPart {
    public static final String ID = "org.irqscope.ui.views.timeline";
    private static final int PLOTTED_STATES = 300;
    private static final int BUSIEST = 6;
    private static final int[][] PALETTE = {{31, 119, 180}, {255, 127, 14}, {44, 160, 44}, {214, 39, 40},
            {148, 103, 189}, {140, 86, 75}, {227, 119, 194}, {127, 127, 127}};

    private Scale scale;
    private Label position;
    private Button follow;
    private Chart sourceChart;
    private Chart vcpuChart;
    private JourneyPanel journeys;
    private Throttler scaleThrottler;
    private Throttler chartThrottler;
    private List<MachineState> kept = List.of();
    private final AtomicReference<InterruptRates> rates = new AtomicReference<>();
    private Job rateJob;

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).margins(4, 4).applyTo(body);
        follow = new Button(body, SWT.CHECK);
        follow.setText("Follow newest");
        follow.setSelection(true);
        scale = new Scale(body, SWT.HORIZONTAL);
        scale.setMinimum(0);
        scale.setMaximum(1);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(scale);
        position = new Label(body, SWT.NONE);
        GridDataFactory.fillDefaults().hint(260, SWT.DEFAULT).applyTo(position);
        // side by side where the view is wide and short (the bottom of the perspective), else one above the other
        SashForm split = new SashForm(body, SWT.HORIZONTAL);
        split.addListener(SWT.Resize, e -> {
            Rectangle area = split.getClientArea();
            int orientation = area.width * 2 > area.height * 5 ? SWT.HORIZONTAL : SWT.VERTICAL;
            if (split.getOrientation() != orientation) {
                split.setOrientation(orientation);
                // one above the other, the journeys (three charts and their status) need the larger share
                split.setWeights(orientation == SWT.HORIZONTAL ? new int[]{38, 62} : new int[]{35, 65});
            }
        });
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(split);
        SashForm charts = new SashForm(split, SWT.HORIZONTAL);
        sourceChart = chart(charts, "Busiest sources (interrupts/s)");
        vcpuChart = chart(charts, "Per vCPU (interrupts/s)");
        journeys = new JourneyPanel(split, TargetSession.shared());
        split.setWeights(38, 62);

        scale.addListener(SWT.Selection, e -> {
            int i = scale.getSelection();
            if (i >= 0 && i < kept.size()) {
                follow.setSelection(false);
                MachineState picked = kept.get(i);
                describe(picked);
                session().show(picked);
            }
        });
        follow.addListener(SWT.Selection, e -> {
            if (follow.getSelection()) {
                session().show(null);
            }
        });
        scaleThrottler = new Throttler(body.getDisplay(), Duration.ofMillis(200), this::updateScale);
        chartThrottler = new Throttler(body.getDisplay(), Duration.ofMillis(50), this::updateCharts);
        rateJob = Job.create("Computing interrupt rates", monitor -> {
            List<MachineState> all = session().history();
            List<MachineState> recent = all.subList(Math.max(0, all.size() - PLOTTED_STATES), all.size());
            rates.set(InterruptRates.of(recent, BUSIEST));
            chartThrottler.throttledExec();
        });
        rateJob.setSystem(true);
        connect();
    }

    private static Chart chart(Composite parent, String title) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.getTitle().setText(title);
        chart.getTitle().setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        chart.getAxisSet().getXAxis(0).getTitle().setText("seconds");
        chart.getAxisSet().getYAxis(0).getTitle().setText("per second");
        return chart;
    }

    @Override
    protected void show(MachineState state, MachineState before) {
        if (scaleThrottler != null && session().followsNewest()) {
            scaleThrottler.throttledExec();
            if (rateJob.getState() == Job.NONE) {
                rateJob.schedule(1000);
            }
        }
    }

    private void updateScale() {
        if (scale.isDisposed() || !session().followsNewest()) {
            return;
        }
        kept = session().history();
        scale.setMaximum(Math.max(1, kept.size() - 1));
        scale.setSelection(Math.max(0, kept.size() - 1));
        if (!kept.isEmpty()) {
            describe(kept.get(kept.size() - 1));
        }
    }

    private void describe(MachineState s) {
        position.setText("read #" + s.sequence() + " at " + new SimpleDateFormat("HH:mm:ss.SSS")
                .format(new Date(s.capturedAtMillis())) + "  (" + kept.size() + " kept)");
    }

    private void updateCharts() {
        InterruptRates r = rates.getAndSet(null);
        if (r == null || sourceChart.isDisposed()) {
            return;
        }
        plot(sourceChart, r.seconds(), r.perSource());
        plot(vcpuChart, r.seconds(), r.perVcpu());
    }

    private static void plot(Chart chart, double[] x, Map<String, double[]> series) {
        for (ISeries<?> s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        int colour = 0;
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            ILineSeries<?> line = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, e.getKey());
            line.setXSeries(x);
            line.setYSeries(e.getValue());
            line.setSymbolType(ILineSeries.PlotSymbolType.NONE);
            int[] rgb = PALETTE[colour++ % PALETTE.length];
            line.setLineColor(new Color(rgb[0], rgb[1], rgb[2]));
        }
        chart.getAxisSet().adjustRange();
        chart.redraw();
    }

    /** The kernel-event half of the view. */
    public JourneyPanel journeys() {
        return journeys;
    }

    @Override
    public void setFocus() {
        scale.setFocus();
    }
}
