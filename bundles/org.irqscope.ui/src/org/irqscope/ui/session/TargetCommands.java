// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.session;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.ui.IrqscopeUi;

/** Runs commands against the current target in jobs; failures reach the user as a dialog in their words. */
public final class TargetCommands {
    private TargetCommands() {
    }

    /** A command body: runs in a job with the current target. */
    @FunctionalInterface
    public interface TargetWork {
        void run(Target target) throws TargetException;
    }

    /** Runs the work in a user job, then reads the target so every view shows the effect. */
    public static Job run(String name, TargetWork work) {
        TargetSession session = TargetSession.shared();
        Job job = Job.create(name, monitor -> {
            Target target = session.target().orElse(null);
            if (target == null) {
                showError(name, "No target is open. Open one with Target > Open Target… first.", null);
                return;
            }
            try {
                work.run(target);
            } catch (TargetException e) {
                showError(name, e.getMessage(), e);
            } catch (RuntimeException e) {
                showError(name, name + " failed unexpectedly in " + target.displayName() + " (" + e + "). "
                        + "The Error Log has the details.", e);
            } finally {
                session.requestRead();
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Shows an error dialog from any thread and writes the failure to the Error Log. */
    public static void showError(String title, String message, Throwable cause) {
        IrqscopeUi.log(title + ": " + message, cause);
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            Shell shell = display.getActiveShell();
            if (shell == null && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null) {
                shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
            }
            MessageDialog.openError(shell, title, message);
        });
    }

    /** Shows an information dialog from any thread. */
    public static void showInfo(String title, String message) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        display.asyncExec(() -> {
            if (!display.isDisposed()) {
                MessageDialog.openInformation(display.getActiveShell(), title, message);
            }
        });
    }
}
