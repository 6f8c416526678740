// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.RGB;
import org.irqscope.ui.IrqscopeUi;

/** Defaults of the workbench preferences (plugin_customization.ini may override them per product). */
public final class UiPreferenceDefaults extends AbstractPreferenceInitializer {
    public static final RGB CHANGED = new RGB(255, 236, 140);
    public static final RGB HELD = new RGB(255, 190, 60);
    public static final RGB BLOCKED = new RGB(220, 60, 50);

    @Override
    public void initializeDefaultPreferences() {
        IPreferenceStore store = IrqscopeUi.preferences();
        if (store == null) {
            return;
        }
        store.setDefault(IrqscopeUi.PREF_POLL_HZ, IrqscopeUi.DEFAULT_POLL_HZ);
        store.setDefault(IrqscopeUi.PREF_HISTORY_SIZE, IrqscopeUi.DEFAULT_HISTORY_SIZE);
        store.setDefault(IrqscopeUi.PREF_DEFAULT_TARGET, IrqscopeUi.DEFAULT_TARGET);
        PreferenceConverter.setDefault(store, IrqscopeUi.PREF_CHANGED_COLOR, CHANGED);
        PreferenceConverter.setDefault(store, IrqscopeUi.PREF_HELD_COLOR, HELD);
        PreferenceConverter.setDefault(store, IrqscopeUi.PREF_BLOCKED_COLOR, BLOCKED);
    }
}
