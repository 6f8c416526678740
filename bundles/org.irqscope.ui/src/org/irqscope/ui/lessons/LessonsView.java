// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.lessons;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.ViewPart;
import org.irqscope.core.explain.LessonCatalog;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.ui.session.TargetSession;
import org.irqscope.ui.views.RoutingView;
import org.irqscope.ui.views.SourcesView;

/**
 * The Lessons side panel: the lessons the application registered, run step by step on the workbench's target; after
 * each step the Sources view selects the source the step is about and the Routing view draws its route.
 */
public final class LessonsView extends ViewPart {
    public static final String ID = "org.irqscope.ui.views.lessons";

    private LessonPanel panel;

    @Override
    public void createPartControl(Composite parent) {
        panel = new LessonPanel(parent, LessonCatalog.shared(), TargetRegistry.shared(), TargetSession.shared(),
                this::reveal);
    }

    public LessonPanel panel() {
        return panel;
    }

    /** Selects the source in the Sources view and shows its route, in the views that are open. */
    private void reveal(int source, MachineState state) {
        IWorkbenchPage page = getSite().getPage();
        if (page == null) {
            return;
        }
        IViewPart sources = page.findView(SourcesView.ID);
        MachineState s = state != null ? state : TargetSession.shared().newest();
        if (sources instanceof SourcesView view && s != null) {
            s.source(source).ifPresent(src -> view.table().selectionProvider().setSelection(
                    new StructuredSelection(src)));
        }
        if (page.findView(RoutingView.ID) instanceof RoutingView routing) {
            routing.showSource(source);
        }
    }

    @Override
    public void setFocus() {
        panel.setFocus();
    }
}
