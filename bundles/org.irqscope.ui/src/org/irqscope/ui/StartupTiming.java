// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui;

import org.eclipse.ui.PlatformUI;

/**
 * The start-up figure (TESTING.md): with {@code -Dirqscope.timing=true} the Sources view reports when it first
 * painted a live state, counted from the start of the process (the launcher script); with
 * {@code -Dirqscope.timing.exit=true} as well, the workbench then closes the way a user closes it, so what is saved
 * at exit (the window layout, the registry cache, the class-data archive) is there for the next, warm start.
 */
public final class StartupTiming {
    private StartupTiming() {
    }

    public static boolean enabled() {
        return Boolean.getBoolean("irqscope.timing");
    }

    /** Prints the figure; closes the workbench when asked to (UI thread). */
    public static void firstStatePainted() {
        System.out.println("irqscope: first state shown " + ProcessAge.millis() + " ms after start (painted)");
        if (Boolean.getBoolean("irqscope.timing.exit") && PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
        }
    }
}
