// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPreferenceConstants;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.irqscope.ui.session.TargetSession;

/**
 * The irqscope workbench application: registers the targets and the lessons and opens the Interrupts perspective.
 */
public final class IrqscopeApplication implements IApplication {

    static final String PERSPECTIVE_ID = "org.irqscope.ui.perspective.interrupts";

    @Override
    public Object start(IApplicationContext context) {
        Display display;
        try {
            display = PlatformUI.createDisplay();
        } catch (SWTError e) {
            System.err.println("irqscope: cannot open a display (" + e.getMessage() + "). "
                    + "Set DISPLAY, or run under Xvfb: xvfb-run -a ./irqscope");
            return Integer.valueOf(4);
        }
        Targets.registerAll();
        Lessons.registerAll();
        // The default target opens and is first read in a job while the workbench is built, so the views that
        // open with it already have its state for their first paint.
        TargetSession.shared();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new Advisor());
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        var workbench = PlatformUI.getWorkbench();
        Display display = workbench.getDisplay();
        display.syncExec(() -> {
            if (!display.isDisposed()) {
                workbench.close();
            }
        });
    }

    private static final class Advisor extends WorkbenchAdvisor {
        @Override
        public void initialize(IWorkbenchConfigurer configurer) {
            configurer.setSaveAndRestore(true);
            PlatformUI.getPreferenceStore().setValue(IWorkbenchPreferenceConstants.SHOW_PROGRESS_ON_STARTUP, false);
        }

        @Override
        public String getInitialWindowPerspectiveId() {
            return PERSPECTIVE_ID;
        }

        @Override
        public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
            return new WorkbenchWindowAdvisor(configurer) {
                @Override
                public void preWindowOpen() {
                    IWorkbenchWindowConfigurer c = getWindowConfigurer();
                    c.setInitialSize(new org.eclipse.swt.graphics.Point(1400, 900));
                    c.setShowCoolBar(true);
                    c.setShowStatusLine(true);
                    c.setShowProgressIndicator(true);
                    c.setTitle("irqscope");
                }
            };
        }
    }
}
