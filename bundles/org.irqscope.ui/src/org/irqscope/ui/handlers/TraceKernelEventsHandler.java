// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.handlers;

import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.commands.State;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.irqscope.trace.tracefs.TraceException;
import org.irqscope.ui.session.TargetCommands;
import org.irqscope.ui.session.TargetSession;

/**
 * Trace Kernel Events: a toggle that starts or stops tracing the host kernel's KVM events for the current target,
 * offered while the target is a KVM guest on this host. A trace that cannot start (not root, no tracefs) is one
 * dialog in the user's words; the check mark follows whether a trace really runs.
 */
public final class TraceKernelEventsHandler extends CapabilityHandler {
    public static final String COMMAND_ID = "org.irqscope.ui.commands.traceKernelEvents";
    static final String TITLE = "Trace kernel events";

    public TraceKernelEventsHandler() {
        super(null);
    }

    @Override
    public boolean isEnabled() {
        TargetSession session = TargetSession.shared();
        return session.tracing() || session.canTrace();
    }

    @Override
    public Object execute(ExecutionEvent event) {
        TargetSession session = TargetSession.shared();
        boolean start = !session.tracing();
        Job job = Job.create(start ? "Starting to trace kernel events" : "Stopping the kernel event trace", m -> {
            if (start) {
                try {
                    session.startTrace();
                } catch (TraceException e) {
                    TargetCommands.showError(TITLE, session.traceFailure(), null);
                }
            } else {
                session.stopTrace();
            }
        });
        job.setUser(false);
        job.schedule();
        return null;
    }

    @Override
    public void traceChanged() {
        followSession();
    }

    @Override
    public void targetChanged(org.irqscope.core.target.Target target) {
        followSession();
    }

    /** Sets the check mark and the enablement from the session (UI thread). */
    private void followSession() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
            if (commands != null) {
                Command command = commands.getCommand(COMMAND_ID);
                State state = command.getState(RegistryToggleState.STATE_ID);
                boolean on = TargetSession.shared().tracing();
                if (state != null && !Boolean.valueOf(on).equals(state.getValue())) {
                    state.setValue(on);
                }
                commands.refreshElements(COMMAND_ID, null);
            }
            fireHandlerChanged(new HandlerEvent(this, true, false));
        });
    }
}
