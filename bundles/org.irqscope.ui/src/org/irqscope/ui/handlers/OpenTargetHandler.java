// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.handlers.HandlerUtil;
import org.irqscope.ui.dialogs.OpenTargetDialog;
import org.irqscope.ui.session.TargetSession;

/** Asks which machine to open and opens it as the current target. */
public final class OpenTargetHandler extends AbstractHandler {
    @Override
    public Object execute(ExecutionEvent event) {
        OpenTargetDialog dialog = new OpenTargetDialog(HandlerUtil.getActiveShell(event));
        if (dialog.open() == Window.OK) {
            TargetSession.shared().open(dialog.uri());
        }
        return null;
    }
}
