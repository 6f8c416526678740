// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.irqscope.core.diff.SnapshotDiff;
import org.irqscope.core.files.IrqscopeFileException;
import org.irqscope.core.files.IrqscopeFiles;
import org.irqscope.core.state.MachineState;
import org.irqscope.ui.session.TargetCommands;
import org.irqscope.ui.session.TargetSession;

/** Save the shown state as an .irqscope snapshot, show a saved one, compare two. Files are read in jobs. */
public final class SnapshotHandlers {
    private static final String[] FILTER = {"*." + IrqscopeFiles.EXTENSION};

    private SnapshotHandlers() {
    }

    /** Saves the state every view shows now. */
    public static final class Save extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            MachineState shown = TargetSession.shared().shown();
            if (shown == null) {
                TargetCommands.showError("Save snapshot", "There is no state to save: open a target first.", null);
                return null;
            }
            FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.SAVE);
            dialog.setFilterExtensions(FILTER);
            dialog.setFileName("snapshot-" + shown.sequence() + "." + IrqscopeFiles.EXTENSION);
            dialog.setOverwrite(true);
            String file = dialog.open();
            if (file != null) {
                Job.create("Save snapshot to " + file, m -> {
                    try {
                        IrqscopeFiles.saveSnapshot(Path.of(file), shown);
                    } catch (IrqscopeFileException e) {
                        TargetCommands.showError("Save snapshot", e.getMessage(), e);
                    }
                }).schedule();
            }
            return null;
        }
    }

    /** Shows a saved snapshot in every view (the timeline's Follow newest returns to the live target). */
    public static final class Open extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN);
            dialog.setFilterExtensions(FILTER);
            String file = dialog.open();
            if (file != null) {
                Job.create("Open snapshot " + file, m -> {
                    try {
                        TargetSession.shared().show(IrqscopeFiles.loadSnapshot(Path.of(file)));
                    } catch (IrqscopeFileException e) {
                        TargetCommands.showError("Open snapshot", e.getMessage(), e);
                    }
                }).schedule();
            }
            return null;
        }
    }

    /** Compares two snapshot files, or one file with the state shown now, and lists what changed. */
    public static final class Compare extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) {
            FileDialog dialog = new FileDialog(HandlerUtil.getActiveShell(event), SWT.OPEN | SWT.MULTI);
            dialog.setText("Pick two snapshots, or one to compare with the state shown now");
            dialog.setFilterExtensions(FILTER);
            if (dialog.open() == null) {
                return null;
            }
            String[] names = dialog.getFileNames();
            Path dir = Path.of(dialog.getFilterPath());
            MachineState shown = TargetSession.shared().shown();
            if (names.length > 2 || (names.length == 1 && shown == null)) {
                TargetCommands.showError("Compare snapshots", "Pick two snapshots, or one while a target is open.",
                        null);
                return null;
            }
            Job.create("Compare snapshots", m -> {
                try {
                    MachineState before = IrqscopeFiles.loadSnapshot(dir.resolve(names[0]));
                    MachineState after = names.length == 2
                            ? IrqscopeFiles.loadSnapshot(dir.resolve(names[1]))
                            : shown;
                    String report = SnapshotDiff.between(before, after).toText();
                    Display display = PlatformUI.getWorkbench().getDisplay();
                    display.asyncExec(() -> {
                        if (!display.isDisposed()) {
                            new ReportDialog(display.getActiveShell(), "Compare snapshots", report).open();
                        }
                    });
                } catch (IrqscopeFileException e) {
                    TargetCommands.showError("Compare snapshots", e.getMessage(), e);
                }
            }).schedule();
            return null;
        }
    }

    /** A resizable read-only text of a report. */
    private static final class ReportDialog extends Dialog {
        private final String title;
        private final String report;

        ReportDialog(Shell parent, String title, String report) {
            super(parent);
            this.title = title;
            this.report = report;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite c = (Composite) super.createDialogArea(parent);
            Text text = new Text(c, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
            text.setText(report);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.widthHint = 640;
            data.heightHint = 400;
            text.setLayoutData(data);
            return c;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
        }
    }
}
