// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.ui.dialogs.MigrationCheckDialog;
import org.irqscope.ui.session.TargetSession;

/** Opens the migration check, starting from the mode of the POWER machine on screen (XIVE otherwise). */
public final class MigrationCheckHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        MachineState shown = TargetSession.shared().shown();
        InterruptMode mode = shown != null && shown.mode().isPower() ? shown.mode() : InterruptMode.XIVE;
        new MigrationCheckDialog(HandlerUtil.getActiveShell(event), mode.label()).open();
        return null;
    }
}
