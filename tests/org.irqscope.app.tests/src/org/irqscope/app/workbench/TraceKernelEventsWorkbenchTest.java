// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.irqscope.core.journey.Hop;
import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.journey.Origin;
import org.irqscope.core.journey.Outcome;
import org.irqscope.core.journey.Stage;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.testing.FakePower9;
import org.irqscope.testing.Journeys;
import org.irqscope.testing.Screenshots;
import org.irqscope.trace.tracefs.TraceException;
import org.irqscope.ui.InterruptsPerspective;
import org.irqscope.ui.session.KernelTrace;
import org.irqscope.ui.session.TargetSession;
import org.irqscope.ui.views.RoutingView;
import org.irqscope.ui.views.TimelineView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Target > Trace Kernel Events in the running workbench: offered only for a KVM guest on this host, a trace that
 * cannot start is one dialog with the reason and the check mark stays off, and a trace that runs fills the Timeline
 * and the Routing view's journey list. The kernel is replaced by a hand-fed trace (no root needed).
 */
@Tag("ui")
class TraceKernelEventsWorkbenchTest {
    private static final long TIMEOUT = 20_000;
    private static final String COMMAND = "org.irqscope.ui.commands.traceKernelEvents";

    private Display display;
    private final AtomicReference<JourneyListener> heard = new AtomicReference<>();

    @AfterEach
    void closeTarget() {
        TargetSession session = TargetSession.shared();
        session.close();
        session.setTraceStarter(KernelTrace::kvm);
    }

    private static Journey journey(long id, int vector, int apic) {
        long t = 5_000_000_000L + id * 1_000_000L;
        return new Journey(id, Origin.MSI, "MSI", -1, vector, List.of(apic),
                List.of(new Hop(Stage.RAISED, t, 0, 1, -1, "MSI"), new Hop(Stage.ACCEPTED, t + 2_000, 0, 1, apic, ""),
                        new Hop(Stage.EOI, t + 40_000, 1, 2, apic, "")),
                Outcome.COMPLETE, "delivered and EOI'd", false, false);
    }

    @Test
    void theToggleFollowsTheTargetAndTheTrace() throws Exception {
        display = PlatformUI.getWorkbench().getDisplay();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective(InterruptsPerspective.ID, window);
        TimelineView timeline = (TimelineView) page.showView(TimelineView.ID);
        RoutingView routing = (RoutingView) page.showView(RoutingView.ID);
        ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
        IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
        Command command = commands.getCommand(COMMAND);
        TargetSession session = TargetSession.shared();

        // a software model has no host-kernel events
        session.attach(new FakePower9(InterruptMode.XIVE, 8, 2));
        waitFor("the command is offered only for a KVM guest", () -> !command.isEnabled());

        // not root, say: one dialog with the reason, no check mark, the views go on
        session.setTraceStarter((scope, listener) -> {
            throw TraceException.unavailable("no permission to create a tracing instance in /sys/kernel/tracing/"
                    + "instances: run as root or join the tracing group that owns tracefs");
        });
        session.attach(Journeys.traceable());
        waitFor("the command is offered for a KVM guest", command::isEnabled);
        List<String> dialogs = new ArrayList<>();
        closeDialogsInto(dialogs);
        handlers.executeCommand(COMMAND, null);
        waitFor("the failure is shown in a dialog", () -> !dialogs.isEmpty());
        assertThat(dialogs.get(0)).startsWith("Could not trace kernel events: no permission").contains("run as root")
                .doesNotContain("Exception");
        waitFor("the Timeline says why", () -> timeline.journeys().statusText().startsWith(
                "Could not trace kernel events"));
        assertThat(session.tracing()).isFalse();
        assertThat(command.getState(RegistryToggleState.STATE_ID).getValue()).isEqualTo(Boolean.FALSE);

        // a trace that runs: the check mark, the Timeline and the Routing view's journeys follow
        session.setTraceStarter((scope, listener) -> {
            heard.set(listener);
            return new KernelTrace() {
                @Override
                public List<Journey> openJourneys() {
                    return List.of();
                }

                @Override
                public List<String> notes() {
                    return List.of();
                }

                @Override
                public void close() {
                }
            };
        });
        handlers.executeCommand(COMMAND, null);
        waitFor("the trace runs and the command is checked", () -> session.tracing()
                && Boolean.TRUE.equals(command.getState(RegistryToggleState.STATE_ID).getValue()));
        Thread feeder = new Thread(() -> {
            for (int i = 1; i <= 3; i++) {
                heard.get().journey(journey(i, 0x31, i % 2));
            }
        });
        feeder.start();
        feeder.join();
        waitFor("the Timeline counts the journeys", () -> timeline.journeys().shown() != null
                && timeline.journeys().shown().total() == 3);
        waitFor("the Routing view offers them for replay", () -> routing.replay().picker().getItemCount() == 3);

        handlers.executeCommand(COMMAND, null);
        waitFor("the trace stops and the check mark goes", () -> !session.tracing()
                && Boolean.FALSE.equals(command.getState(RegistryToggleState.STATE_ID).getValue()));
        dialogs.add("stop");
    }

    /** Closes every error dialog that opens (they run their own event loop) and keeps its message. */
    private void closeDialogsInto(List<String> messages) {
        display.timerExec(50, new Runnable() {
            @Override
            public void run() {
                if (messages.contains("stop")) {
                    return;
                }
                for (Shell shell : display.getShells()) {
                    if ("Trace kernel events".equals(shell.getText()) && shell.isVisible()) {
                        messages.add(labels(shell));
                        shell.close();
                    }
                }
                display.timerExec(50, this);
            }
        });
    }

    private static String labels(Control c) {
        StringBuilder text = new StringBuilder();
        if (c instanceof Label l && !l.getText().isEmpty()) {
            text.append(l.getText());
        }
        if (c instanceof org.eclipse.swt.widgets.Composite parent) {
            for (Control child : parent.getChildren()) {
                text.append(labels(child));
            }
        }
        return text.toString();
    }

    private void waitFor(String what, BooleanSupplier condition) {
        Screenshots.waitUntil(display, TIMEOUT, what, () -> "", condition);
    }
}
