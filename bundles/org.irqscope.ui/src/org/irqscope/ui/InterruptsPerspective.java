// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/**
 * The Interrupts perspective, laid out for 1400×900: targets and properties on the left, sources and vCPUs side by
 * side in the middle, the route (full width, five hops fit) and the timeline below them. The Lessons panel opens on
 * the right (Target > Lessons), beside every view it drives.
 */
public final class InterruptsPerspective implements IPerspectiveFactory {
    public static final String ID = "org.irqscope.ui.perspective.interrupts";
    static final String LOG_VIEW = "org.eclipse.pde.runtime.LogView";
    static final String PROGRESS_VIEW = "org.eclipse.ui.views.ProgressView";
    static final String LESSONS_VIEW = "org.irqscope.ui.views.lessons";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.setEditorAreaVisible(false);
        String editor = layout.getEditorArea();
        // created first so that, when shown, the panel takes the window's full height on the right
        layout.createPlaceholderFolder("lessons", IPageLayout.RIGHT, 0.74f, editor).addPlaceholder(LESSONS_VIEW);
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.16f, editor);
        left.addView("org.irqscope.ui.views.targets");
        IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.32f, "left");
        leftBottom.addView(IPageLayout.ID_PROP_SHEET);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.55f, editor);
        bottom.addView("org.irqscope.ui.views.routing");
        bottom.addView("org.irqscope.ui.views.timeline");
        bottom.addView("org.irqscope.ui.views.diagnostics");
        bottom.addPlaceholder(PROGRESS_VIEW);
        bottom.addPlaceholder(LOG_VIEW);
        IFolderLayout sources = layout.createFolder("sources", IPageLayout.TOP, 0.5f, editor);
        sources.addView("org.irqscope.ui.views.sources");
        IFolderLayout vcpus = layout.createFolder("vcpus", IPageLayout.RIGHT, 0.42f, "sources");
        vcpus.addView("org.irqscope.ui.views.vcpus");
        layout.addShowViewShortcut("org.irqscope.ui.views.sources");
        layout.addShowViewShortcut("org.irqscope.ui.views.vcpus");
        layout.addShowViewShortcut("org.irqscope.ui.views.routing");
        layout.addShowViewShortcut("org.irqscope.ui.views.timeline");
        layout.addShowViewShortcut("org.irqscope.ui.views.diagnostics");
        layout.addShowViewShortcut(LESSONS_VIEW);
        layout.addShowViewShortcut(PROGRESS_VIEW);
        layout.addShowViewShortcut(LOG_VIEW);
    }
}
