// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Interrupts perspective: targets on the left, state in the middle, details below. */
public final class InterruptsPerspective implements IPerspectiveFactory {
    public static final String ID = "org.irqscope.ui.perspective.interrupts";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editor = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editor);
        left.addView("org.irqscope.ui.views.targets");
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editor);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder("org.eclipse.ui.views.ProgressView");
        bottom.addPlaceholder("org.eclipse.pde.runtime.LogView");
    }
}
