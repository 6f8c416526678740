// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.handlers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.ui.dialogs.ConfigureSourceDialog;
import org.irqscope.ui.dialogs.InjectDialog;
import org.irqscope.ui.session.TargetCommands;
import org.irqscope.ui.session.TargetSession;
import org.irqscope.ui.views.SourceColumn;
import org.irqscope.ui.views.SourceRows;
import org.irqscope.ui.views.SourcesView;

/** Commands on sources: inject, configure (undoable), undo/redo, export the table as CSV. */
public final class SourceHandlers {
    private SourceHandlers() {
    }

    /** Opens the Inject dialog for the selected source. */
    public static final class Inject extends CapabilityHandler {
        public Inject() {
            super(TargetCapability.INJECT);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            new InjectDialog(HandlerUtil.getActiveShell(event), selectedSource(HandlerUtil.getCurrentSelection(event)))
                    .open();
            return null;
        }
    }

    /** Edits the selected source's configuration; the change goes on the workbench's undo history. */
    public static final class Configure extends CapabilityHandler {
        public Configure() {
            super(TargetCapability.CONFIGURE);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            int number = selectedSource(HandlerUtil.getCurrentSelection(event));
            MachineState now = TargetSession.shared().newest();
            Target target = TargetSession.shared().target().orElse(null);
            if (number < 0 || now == null || target == null) {
                TargetCommands.showError("Configure source", "Select a source in the Sources view first.", null);
                return null;
            }
            SourceState current = now.source(number).orElse(null);
            if (current == null) {
                TargetCommands.showError("Configure source", "Source 0x" + Integer.toHexString(number)
                        + " no longer exists on " + target.displayName() + ".", null);
                return null;
            }
            ConfigureSourceDialog dialog = new ConfigureSourceDialog(HandlerUtil.getActiveShell(event), current);
            if (dialog.open() != Window.OK) {
                return null;
            }
            runOperation(new ConfigureSourceOperation(target, dialog.configuration(), current));
            return null;
        }
    }

    /** Runs an operation on the workbench history in a job (the target is never written on the UI thread). */
    public static Job runOperation(ConfigureSourceOperation operation) {
        IWorkbench workbench = PlatformUI.getWorkbench();
        IOperationHistory history = workbench.getOperationSupport().getOperationHistory();
        IUndoContext context = workbench.getOperationSupport().getUndoContext();
        operation.addContext(context);
        return historyJob(operation.getLabel(), () -> history.execute(operation, null, null));
    }

    private interface HistoryStep {
        IStatus run() throws org.eclipse.core.commands.ExecutionException;
    }

    private static Job historyJob(String name, HistoryStep step) {
        Job job = Job.create(name, monitor -> {
            try {
                IStatus status = step.run();
                if (status.getSeverity() == IStatus.ERROR) {
                    TargetCommands.showError(name, status.getMessage(), status.getException());
                }
            } catch (org.eclipse.core.commands.ExecutionException e) {
                TargetCommands.showError(name, e.getMessage(), e);
            } finally {
                TargetSession.shared().requestRead();
            }
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** Undoes the last source configuration. */
    public static final class Undo extends org.eclipse.core.commands.AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            IWorkbench workbench = PlatformUI.getWorkbench();
            IOperationHistory history = workbench.getOperationSupport().getOperationHistory();
            IUndoContext context = workbench.getOperationSupport().getUndoContext();
            if (history.canUndo(context)) {
                historyJob("Undo " + history.getUndoOperation(context).getLabel(),
                        () -> history.undo(context, null, null));
            }
            return null;
        }
    }

    /** Redoes the last undone source configuration. */
    public static final class Redo extends org.eclipse.core.commands.AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            IWorkbench workbench = PlatformUI.getWorkbench();
            IOperationHistory history = workbench.getOperationSupport().getOperationHistory();
            IUndoContext context = workbench.getOperationSupport().getUndoContext();
            if (history.canRedo(context)) {
                historyJob("Redo " + history.getRedoOperation(context).getLabel(),
                        () -> history.redo(context, null, null));
            }
            return null;
        }
    }

    /** Writes the Sources table as it is filtered and sorted now to a CSV file. */
    public static final class ExportCsv extends org.eclipse.core.commands.AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            IViewPart part = HandlerUtil.getActiveWorkbenchWindow(event).getActivePage().findView(SourcesView.ID);
            if (!(part instanceof SourcesView view) || view.table().shownRows().state() == null) {
                TargetCommands.showError("Export CSV", "The Sources view shows no state to export.", null);
                return null;
            }
            SourceRows rows = view.table().shownRows();
            FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
            dialog.setFilterExtensions(new String[]{"*.csv"});
            dialog.setFileName("sources-" + rows.state().sequence() + ".csv");
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file == null) {
                return null;
            }
            Job.create("Export sources to " + file, monitor -> {
                try {
                    Files.writeString(Path.of(file), csv(rows), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    TargetCommands.showError("Export CSV", "Could not write " + file + ": " + e.getMessage(), e);
                }
            }).schedule();
            return null;
        }
    }

    /** The rows as CSV with the columns of the state's architecture. */
    public static String csv(SourceRows rows) {
        List<SourceColumn> columns = SourceColumn.forMode(rows.state().mode());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(columns.get(i).header()));
        }
        out.append('\n');
        for (SourceState s : rows.rows()) {
            for (int i = 0; i < columns.size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(columns.get(i).text(s)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static String quote(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
