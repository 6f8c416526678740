// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;

/** A table column whose cells are one text per row element. */
final class TextColumns {
    private TextColumns() {
    }

    static <T> TableViewerColumn add(TableViewer viewer, String title, int width, Class<T> type,
            Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(type.cast(element));
            }
        });
        return c;
    }
}
