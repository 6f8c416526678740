// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Composite;
import org.irqscope.core.explain.Finding;
import org.irqscope.core.state.MachineState;
import org.irqscope.ui.session.TargetCommands;

/** What the diagnostic rules find in the shown state, and what a kernel trace found; double-click applies a fix. */
public final class DiagnosticsView extends SessionViewPart {
    public static final String ID = "org.irqscope.ui.views.diagnostics";
    /** "Held for long" rules look back this many reads. */
    private static final int HISTORY_READS = 20;

    private DiagnosticsTable table;

    @Override
    public void createPartControl(Composite parent) {
        table = new DiagnosticsTable(parent, this::applyFix);
        getSite().setSelectionProvider(table.viewer());
        connect();
    }

    public DiagnosticsTable table() {
        return table;
    }

    @Override
    protected void show(MachineState state, MachineState before) {
        table.show(new DiagnosticsTable.Input(state, session().before(state, HISTORY_READS),
                session()::journeyFindings));
    }

    private void applyFix(Finding f) {
        var fix = f.fix().orElseThrow();
        boolean can = session().target().map(t -> t.capabilities().contains(fix.needs())).orElse(false);
        if (!can) {
            MessageDialog.openInformation(getSite().getShell(), "Apply Fix", "The open target cannot "
                    + fix.description() + ": it does not offer " + fix.needs() + " (a read-only or file target).");
            return;
        }
        if (MessageDialog.openConfirm(getSite().getShell(), "Apply Fix", "Apply this fix to the open target?\n\n"
                + fix.description())) {
            TargetCommands.run("Apply fix: " + fix.description(), t -> fix.action().apply(t));
        }
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
