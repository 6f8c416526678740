// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui;

import org.eclipse.ui.IStartup;
import org.irqscope.ui.session.TargetSession;

/**
 * Opens the default target when the workbench starts even if no irqscope view is open yet (the views open it too,
 * whichever comes first: the session is created once).
 */
public final class DefaultTargetStartup implements IStartup {
    @Override
    public void earlyStartup() {
        TargetSession.shared();
    }
}
