// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetRegistry;

/** The kinds of target this product can open, and why any is unavailable here. */
public final class TargetsView extends ViewPart {
    public static final String ID = "org.irqscope.ui.views.targets";

    private TableViewer viewer;

    @Override
    public void createPartControl(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        column("Kind", 80, TargetProvider::scheme);
        column("Opens", 260, TargetProvider::usage);
        column("Here", 260, p -> p.unavailableReason().map(r -> "unavailable: " + r).orElse("available"));
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(TargetRegistry.shared().providers());
    }

    private void column(String title, int width, java.util.function.Function<TargetProvider, String> text) {
        TextColumns.add(viewer, title, width, TargetProvider.class, text);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
