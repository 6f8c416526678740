// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.irqscope.core.journey.Journey;
import org.irqscope.testing.Journeys;
import org.irqscope.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Replaying recorded journeys on real widgets: pick one, step its hops with Next and Back, see the current hop. */
@Tag("ui")
class JourneyReplayTest {
    private Display display;
    private Shell shell;
    private RouteCanvas canvas;
    private JourneyReplay replay;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new GridLayout());
        shell.setSize(1000, 360);
        canvas = new RouteCanvas(shell);
        canvas.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.FILL, true, true));
        replay = new JourneyReplay(shell, canvas);
        replay.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        while (display.readAndDispatch()) {
            // drain what the disposed widgets queued
        }
    }

    private void click(Button button) {
        assertThat(button.isEnabled()).as(button.getText() + " is enabled").isTrue();
        button.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void pickingAJourneyReplaysItsHopsWithTheirOffsets() throws Exception {
        Journey first = Journeys.msi(1, 0x31, 1, 7_000, true);
        Journey second = Journeys.msi(2, 0x41, 0, 3_000, false);
        replay.setJourneys(List.of(first, second));
        // newest first
        assertThat(replay.picker().getItems()).containsExactly("#2  MSI vector 0x41 → APIC 0 · complete · 3 hops",
                "#1  MSI vector 0x31 → APIC 1 · complete · 4 hops");
        assertThat(replay.nextButton().isEnabled()).isFalse();

        replay.picker().select(1);
        replay.picker().notifyListeners(SWT.Selection, new Event());
        assertThat(replay.journey()).isSameAs(first);
        assertThat(canvas.drawing().title()).isEqualTo(
                "journey #1 · MSI 0xfee01000/0x4031 · vector 0x31 → APIC 1 · from kernel events");
        assertThat(canvas.drawing().boxes()).extracting(RouteDrawing.Box::stage).containsExactly("raised  +0.00 µs",
                "accepted  +1.00 µs", "injected  +2.00 µs", "EOI  +9.00 µs");
        assertThat(canvas.drawing().blocking()).isEqualTo(-1);
        assertThat(replay.hopText()).isEqualTo("Hop 1 of 4: raised · +0.00 µs · host CPU 2, thread 4000 · "
                + "MSI 0xfee01000/0x4031");
        assertThat(canvas.highlightedHop()).isZero();
        assertThat(replay.backButton().isEnabled()).isFalse();

        click(replay.nextButton());
        assertThat(replay.hopText()).isEqualTo("Hop 2 of 4: accepted · +1.00 µs · vCPU 1 · host CPU 2, thread 4000 · "
                + "APIC 1 vector 0x31, fixed, edge");
        assertThat(canvas.highlightedHop()).isEqualTo(1);
        click(replay.nextButton());
        click(replay.nextButton());
        assertThat(replay.hopText()).startsWith("Hop 4 of 4: EOI · +9.00 µs · vCPU 1 · host CPU 3, thread 4101");
        assertThat(canvas.highlightedHop()).isEqualTo(3);
        assertThat(replay.nextButton().isEnabled()).isFalse();
        click(replay.backButton());
        assertThat(replay.hop()).isEqualTo(2);
        assertThat(replay.hopText()).startsWith("Hop 3 of 4: injected · +2.00 µs");
        assertThat(canvas.highlightedHop()).isEqualTo(2);

        // new journeys arrive: the replayed one stays picked
        replay.setJourneys(List.of(first, second, Journeys.msi(3, 0x51, 1, 1_000, true)));
        assertThat(replay.picker().getSelectionIndex()).isEqualTo(2);
        assertThat(replay.hop()).isEqualTo(2);

        shell.layout(true, true);
        shell.update();
        // let the canvas paint before the screenshot
        Screenshots.waitFor(display, 300, () -> false);
        Screenshots.save(shell, "journey-replay");
    }

    @Test
    void aJourneyWhoseEoiNeverCameEndsInARedHop() {
        Journey stuck = Journeys.neverEoi(7, 0x31, 1);
        replay.setJourneys(List.of(stuck));
        replay.pick(stuck);
        RouteDrawing d = canvas.drawing();
        assertThat(d.boxes()).hasSize(3);
        assertThat(d.blocking()).isEqualTo(2);
        assertThat(d.boxes().get(2).stage()).isEqualTo("EOI");
        assertThat(d.boxes().get(2).state()).isEqualTo("never came");
        assertThat(d.verdict()).contains("no EOI came");
        // the missing hop is the verdict, not a step: Next stops at the last recorded hop
        click(replay.nextButton());
        assertThat(replay.hopText()).startsWith("Hop 2 of 2: accepted · +1.50 µs · vCPU 1");
        assertThat(replay.nextButton().isEnabled()).isFalse();
        replay.leave();
        assertThat(replay.journey()).isNull();
        assertThat(canvas.highlightedHop()).isEqualTo(-1);
    }
}
