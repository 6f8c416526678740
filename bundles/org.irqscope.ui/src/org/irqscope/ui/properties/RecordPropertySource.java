// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

/**
 * Shows a snapshot record's fields in the Properties view, grouped by category. Read-only: a snapshot is a past
 * read; changes go through Configure Source (undoable) on targets that can write.
 */
final class RecordPropertySource implements IPropertySource {
    private final List<Field> fields;

    /** One shown field. */
    record Field(String category, String name, String value, String help) {
    }

    RecordPropertySource(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    static List<Field> category(String category, Map<String, String> values) {
        List<Field> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(new Field(category, k, v, "")));
        return out;
    }

    @Override
    public Object getEditableValue() {
        return null;
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        IPropertyDescriptor[] out = new IPropertyDescriptor[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            PropertyDescriptor d = new PropertyDescriptor(Integer.valueOf(i), f.name());
            d.setCategory(f.category());
            if (!f.help().isEmpty()) {
                d.setDescription(f.help());
            }
            out[i] = d;
        }
        return out;
    }

    @Override
    public Object getPropertyValue(Object id) {
        return fields.get((Integer) id).value();
    }

    @Override
    public boolean isPropertySet(Object id) {
        return false;
    }

    @Override
    public void resetPropertyValue(Object id) {
        // Read-only: nothing to reset.
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        // Read-only: configuration changes go through the undoable Configure Source command.
    }
}
