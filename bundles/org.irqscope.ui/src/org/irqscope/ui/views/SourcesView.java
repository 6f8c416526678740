// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.ui.StartupTiming;

/** Every interrupt source of the shown state, in a virtual table that highlights what changed. */
public final class SourcesView extends SessionViewPart {
    public static final String ID = "org.irqscope.ui.views.sources";

    private SourcesTable table;
    private String shownTarget;

    @Override
    public void createPartControl(Composite parent) {
        table = new SourcesTable(parent);
        if (StartupTiming.enabled()) {
            table.whenFirstStatePainted(StartupTiming::firstStatePainted);
        }
        getSite().setSelectionProvider(table.selectionProvider());
        MenuManager menu = new MenuManager();
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        Menu popup = menu.createContextMenu(table.viewer().getControl());
        table.viewer().getControl().setMenu(popup);
        getSite().registerContextMenu(menu, table.selectionProvider());
        connect();
    }

    public SourcesTable table() {
        return table;
    }

    @Override
    protected void show(MachineState state, MachineState before) {
        shownTarget = state.target();
        table.show(state, before);
    }

    @Override
    protected void showInitial(MachineState state) {
        shownTarget = state.target();
        table.showInitial(state);
    }

    @Override
    public void targetChanged(Target target) {
        super.targetChanged(target);
        shownTarget = null;
    }

    /** The target of the state on screen (for the export file name). */
    public String shownTarget() {
        return shownTarget;
    }

    @Override
    public void setFocus() {
        table.viewer().getControl().setFocus();
    }
}
