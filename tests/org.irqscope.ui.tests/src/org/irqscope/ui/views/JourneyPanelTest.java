// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.journey.LatencyHistogram;
import org.irqscope.core.journey.TraceLoss;
import org.irqscope.testing.Journeys;
import org.irqscope.testing.Screenshots;
import org.irqscope.trace.tracefs.TraceException;
import org.irqscope.ui.session.KernelTrace;
import org.irqscope.ui.session.TargetSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The Timeline's journey panel on real widgets over a real {@link TargetSession} whose trace is hand-fed: journeys
 * arrive on another thread as the kernel trace would send them, and the panel's rates, histogram, lost count and
 * findings follow; a trace that cannot start says why.
 */
@Tag("ui")
class JourneyPanelTest {
    private static final long TIMEOUT = 10_000;

    private Display display;
    private Shell shell;
    private TargetSession session;
    private JourneyPanel panel;
    private final AtomicReference<JourneyListener> heard = new AtomicReference<>();
    private boolean closed;

    /** A trace that reports nothing by itself: the test sends what it hears. */
    private final class HandFed implements KernelTrace {
        @Override
        public List<Journey> openJourneys() {
            return List.of();
        }

        @Override
        public List<String> notes() {
            return List.of("this kernel has no kvm:kvm_inj_virq event: latency is measured from acceptance");
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1200, 420);
        session = new TargetSession(10, 10);
        session.setTraceStarter((scope, listener) -> {
            heard.set(listener);
            return new HandFed();
        });
        session.attach(Journeys.traceable());
        panel = new JourneyPanel(shell, session);
        shell.open();
    }

    @AfterEach
    void close() {
        session.close();
        shell.dispose();
        while (display.readAndDispatch()) {
            // drain what the disposed widgets queued
        }
    }

    /** Sends journeys from a thread of its own, as the trace's correlator does. */
    private void send(Journey... journeys) throws InterruptedException {
        Thread t = new Thread(() -> {
            for (Journey j : journeys) {
                heard.get().journey(j);
            }
        }, "test trace");
        t.start();
        t.join();
    }

    /** Lets the widgets paint before a screenshot. */
    private void settle() {
        shell.layout(true, true);
        shell.update();
        Screenshots.waitFor(display, 300, () -> false);
    }

    private static double[] values(Chart chart, String id) {
        ISeries<?> s = chart.getSeriesSet().getSeries(id);
        return s == null ? new double[0] : s.getYSeries();
    }

    @Test
    void ratesPerVectorAndVcpuAndTheLatencyHistogramFollowTheJourneys() throws Exception {
        assertThat(session.canTrace()).isTrue();
        assertThat(panel.statusText()).startsWith("Kernel events are not traced");
        session.startTrace();
        assertThat(session.tracing()).isTrue();
        send(Journeys.msi(1, 0x31, 0, 3_000, false), Journeys.msi(2, 0x31, 1, 4_000, false),
                Journeys.msi(3, 0x31, 1, 30_000, false), Journeys.msi(4, 0xec, 1, 3_000_000, false));
        assertThat(Screenshots.waitFor(display, TIMEOUT, () -> panel.shown() != null && panel.shown().total() == 4))
                .as("the panel counted the four journeys").isTrue();

        assertThat(panel.vectorChart().getAxisSet().getXAxis(0).getCategorySeries()).containsExactly("0x31", "0xec");
        assertThat(values(panel.vectorChart(), JourneyPanel.VECTOR_SERIES)).containsExactly(0.3, 0.1);
        assertThat(panel.vcpuChart().getAxisSet().getXAxis(0).getCategorySeries()).containsExactly("0", "1");
        assertThat(values(panel.vcpuChart(), JourneyPanel.VCPU_SERIES)).containsExactly(0.1, 0.3);
        // 3 and 4 µs in "2–5 µs", 30 µs in "20–50 µs", 3 ms in "2–5 ms": the buckets from first to last used
        String[] buckets = panel.latencyChart().getAxisSet().getXAxis(0).getCategorySeries();
        assertThat(buckets[0]).isEqualTo("2–5 µs");
        assertThat(buckets[buckets.length - 1]).isEqualTo("2–5 ms");
        double[] counts = values(panel.latencyChart(), JourneyPanel.LATENCY_SERIES);
        assertThat(counts).hasSize(buckets.length);
        assertThat(counts[0]).isEqualTo(2);
        assertThat(counts[List.of(buckets).indexOf("20–50 µs")]).isEqualTo(1);
        assertThat(counts[buckets.length - 1]).isEqualTo(1);
        assertThat(counts).containsOnly(0, 1, 2);
        // no injection event on this "host": the chart says what it measures
        assertThat(panel.latencyChart().getTitle().getText()).isEqualTo("accept→EOI latency (journeys)");
        assertThat(panel.latencyChart().getAxisSet().getXAxis(0).getTitle().getText())
                .isEqualTo("µs, from acceptance");
        assertThat(panel.statusText())
                .startsWith("Tracing the host kernel's KVM events (rates over the last 10 s): "
                        + "4 journeys, 4 in the last 10 s")
                .contains("lost events: none")
                .endsWith("latency from acceptance: this host reports no injection event");

        heard.get().lost(new TraceLoss(1, 42, "page"));
        heard.get().lost(new TraceLoss(0, 0, "page"));
        assertThat(Screenshots.waitFor(display, TIMEOUT, () -> panel.statusText().contains("lost events: 42 (in 2 "
                + "reports)"))).as("lost events are counted: " + panel.statusText()).isTrue();

        send(Journeys.msi(5, 0x31, 0, 3_000, true));
        assertThat(Screenshots.waitFor(display, TIMEOUT, () -> panel.shown().total() == 5)).isTrue();
        assertThat(panel.latencyChart().getTitle().getText()).isEqualTo("inject→EOI latency (journeys)");
        assertThat(panel.latencyChart().getAxisSet().getXAxis(0).getTitle().getText())
                .startsWith("inject→EOI (accept→EOI for 4 of 5");
        assertThat(LatencyHistogram.label(2)).isEqualTo("2–5 µs");
        settle();
        Screenshots.save(shell, "journey-panel");

        session.stopTrace();
        assertThat(closed).isTrue();
        assertThat(Screenshots.waitFor(display, TIMEOUT, () -> panel.statusText().contains("Last trace: 5 journeys")))
                .as(panel.statusText()).isTrue();
    }

    @Test
    void aJourneyWhoseEoiNeverCameIsAFindingFromKernelEvents() throws Exception {
        session.startTrace();
        send(Journeys.msi(1, 0x41, 0, 3_000, false), Journeys.neverEoi(2, 0x31, 1));
        assertThat(Screenshots.waitFor(display, TIMEOUT, () -> panel.findings().getItemCount() == 1))
                .as("one finding").isTrue();
        assertThat(panel.findings().getItem(0).getText(1)).isEqualTo(
                "EOI never came for vector 0x31 on APIC 1 (from kernel events: journey #2 ended without one)");
        assertThat(panel.findings().getItem(0).getText(0)).isEqualTo("vCPU 1");
        assertThat(panel.findings().isVisible()).isTrue();
        settle();
        Screenshots.save(shell, "journey-finding");
    }

    @Test
    void aTraceThatCannotStartSaysWhyAndNothingElseChanges() throws Exception {
        session.setTraceStarter((scope, listener) -> {
            throw TraceException.unavailable("no permission to create a tracing instance in /sys/kernel/tracing/"
                    + "instances: run as root or join the tracing group that owns tracefs");
        });
        assertThatThrownBy(session::startTrace).isInstanceOf(TraceException.class);
        assertThat(session.tracing()).isFalse();
        assertThat(Screenshots.waitFor(display, TIMEOUT, () -> panel.statusText().startsWith(
                "Could not trace kernel events: no permission to create a tracing instance"))).as(panel.statusText())
                .isTrue();
        assertThat(panel.statusText()).doesNotContain("Exception").contains("run as root");
        // the session goes on reading the target
        assertThat(session.target()).isPresent();
        settle();
        Screenshots.save(shell, "journey-trace-failed");
    }
}
