// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.preferences;

import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.irqscope.ui.IrqscopeUi;

/** The colours users chose on the preference page, with the defaults where the bundle is not running. */
public final class UiColors {
    private UiColors() {
    }

    public static RGB changed() {
        return rgb(IrqscopeUi.PREF_CHANGED_COLOR, UiPreferenceDefaults.CHANGED);
    }

    public static Color held() {
        return new Color(rgb(IrqscopeUi.PREF_HELD_COLOR, UiPreferenceDefaults.HELD));
    }

    public static Color blocked() {
        return new Color(rgb(IrqscopeUi.PREF_BLOCKED_COLOR, UiPreferenceDefaults.BLOCKED));
    }

    private static RGB rgb(String key, RGB fallback) {
        IPreferenceStore store = IrqscopeUi.preferences();
        return store == null ? fallback : PreferenceConverter.getColor(store, key);
    }
}
