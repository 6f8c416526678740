// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.preferences;

import org.eclipse.jface.preference.ColorFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.irqscope.ui.IrqscopeUi;

/** Poll rate, history size, colours and the target opened at start. */
public final class IrqscopePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public IrqscopePreferencePage() {
        super(GRID);
        setDescription("How often irqscope reads the target, how much it remembers, and how it marks state.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(IrqscopeUi.preferences());
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor poll = new IntegerFieldEditor(IrqscopeUi.PREF_POLL_HZ, "Reads per &second (1-50):",
                getFieldEditorParent());
        poll.setValidRange(1, 50);
        addField(poll);
        IntegerFieldEditor history = new IntegerFieldEditor(IrqscopeUi.PREF_HISTORY_SIZE,
                "Snapshots kept for the &timeline (10-10000):", getFieldEditorParent());
        history.setValidRange(10, 10_000);
        addField(history);
        addField(new StringFieldEditor(IrqscopeUi.PREF_DEFAULT_TARGET, "Target opened at &start (empty: none):",
                getFieldEditorParent()));
        addField(new ColorFieldEditor(IrqscopeUi.PREF_CHANGED_COLOR, "&Changed since the last read:",
                getFieldEditorParent()));
        addField(new ColorFieldEditor(IrqscopeUi.PREF_HELD_COLOR, "&Pending but held back by the presenter:",
                getFieldEditorParent()));
        addField(new ColorFieldEditor(IrqscopeUi.PREF_BLOCKED_COLOR, "&Blocked routing hop:",
                getFieldEditorParent()));
    }
}
