// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The workbench bundle: its preference store and the keys in it. */
public final class IrqscopeUi extends AbstractUIPlugin {
    public static final String BUNDLE_ID = "org.irqscope.ui";

    /** Reads per second of the current target. */
    public static final String PREF_POLL_HZ = "pollHz";
    /** Snapshots kept for the timeline. */
    public static final String PREF_HISTORY_SIZE = "historySize";
    /** The target opened when the workbench starts; empty opens nothing. */
    public static final String PREF_DEFAULT_TARGET = "defaultTarget";
    /** Background of a cell that changed at the last poll (it fades to the table background). */
    public static final String PREF_CHANGED_COLOR = "changedColor";
    /** Marks something pending that the presenter will not take (priority not more favoured than CPPR). */
    public static final String PREF_HELD_COLOR = "heldColor";
    /** Marks the hop where an interrupt is blocked. */
    public static final String PREF_BLOCKED_COLOR = "blockedColor";

    public static final int DEFAULT_POLL_HZ = 10;
    public static final int DEFAULT_HISTORY_SIZE = 600;
    public static final String DEFAULT_TARGET = "soft:power9?mode=xive&vcpus=4";

    private static IrqscopeUi instance;

    @Override
    public void start(BundleContext context) throws Exception {
        super.start(context);
        instance = this;
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        // a trace left running would keep its tracefs instance until the next start recovers it
        org.irqscope.ui.session.TargetSession.stopSharedTrace();
        instance = null;
        super.stop(context);
    }

    /** The running bundle's preferences, or null when the bundle is not started (plain SWT tests). */
    public static IPreferenceStore preferences() {
        IrqscopeUi ui = instance;
        return ui == null ? null : ui.getPreferenceStore();
    }

    /** Writes a failure to the Error Log; the user sees it separately in their words. */
    public static void log(String message, Throwable cause) {
        ILog.of(IrqscopeUi.class).log(new Status(IStatus.ERROR, BUNDLE_ID, message, cause));
    }
}
