// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.util.Throttler;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.target.RouteEvent;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.ui.route.JourneyReplay;
import org.irqscope.ui.route.RouteCanvas;
import org.irqscope.ui.route.RoutePresenter;
import org.irqscope.ui.session.TargetCommands;

/**
 * The selected source's route hop by hop, with the hop that stops it in red; steps one hop on steppable targets. Below
 * it, a journey recorded from the host kernel's KVM events can be picked and replayed hop by hop instead; selecting a
 * source goes back to its route.
 */
public final class RoutingView extends SessionViewPart {
    public static final String ID = "org.irqscope.ui.views.routing";

    private RouteCanvas canvas;
    private Label events;
    private Throttler throttler;
    private final AtomicReference<MachineState> pending = new AtomicReference<>();
    private volatile int source = -1;
    private MachineState lastState;
    private Action stepAction;
    private JourneyReplay replay;
    private Throttler journeyThrottler;
    /** The canvas shows a replayed journey, not the source's route. */
    private boolean replaying;
    private long listedTotal = -1;

    private final ISelectionListener selectionListener = (IWorkbenchPart part, ISelection selection) -> {
        if (part != this && selection instanceof IStructuredSelection s
                && s.getFirstElement() instanceof SourceState src) {
            showSource(src.number());
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(body);
        ScrolledComposite scroll = new ScrolledComposite(body, SWT.H_SCROLL | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        canvas = new RouteCanvas(scroll);
        scroll.setContent(canvas);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.addListener(SWT.Resize, e -> scroll.setMinSize(canvas.computeSize(SWT.DEFAULT, SWT.DEFAULT)));
        replay = new JourneyReplay(body, canvas);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(replay);
        replay.onPick(() -> replaying = true);
        events = new Label(body, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(events);
        throttler = new Throttler(canvas.getDisplay(), Duration.ofMillis(50), this::apply);
        journeyThrottler = new Throttler(canvas.getDisplay(), Duration.ofMillis(500), this::listJourneys);
        getSite().getPage().addPostSelectionListener(selectionListener);
        contributeActions(getViewSite().getActionBars().getToolBarManager());
        connect();
        journeysChanged();
    }

    private void contributeActions(IToolBarManager toolbar) {
        stepAction = new Action("Step one hop") {
            @Override
            public void run() {
                step();
            }
        };
        stepAction.setToolTipText("Run one routing hop on the target and show what happened");
        toolbar.add(stepAction);
        toolbar.add(new Action("Export PNG…") {
            @Override
            public void run() {
                exportPng();
            }
        });
        updateActions();
    }

    private void updateActions() {
        if (stepAction != null) {
            stepAction.setEnabled(session() != null && session().can(TargetCapability.STEP));
        }
    }

    /** Shows a source's route (UI thread). */
    public void showSource(int number) {
        source = number;
        if (replaying) {
            replaying = false;
            replay.leave();
        }
        MachineState s = session() == null ? null : session().shown();
        if (s != null) {
            show(s, null);
        }
    }

    public RouteCanvas canvas() {
        return canvas;
    }

    public JourneyReplay replay() {
        return replay;
    }

    @Override
    public void journeysChanged() {
        if (journeyThrottler != null) {
            journeyThrottler.throttledExec();
        }
    }

    @Override
    public void traceChanged() {
        journeysChanged();
    }

    /** Offers the recorded journeys for replay when the log changed (UI thread). */
    private void listJourneys() {
        if (replay.isDisposed()) {
            return;
        }
        if (replay.picker().getListVisible()) {
            // the user is choosing: do not change the list under the pointer, look again soon
            journeyThrottler.throttledExec();
            return;
        }
        long total = session().journeyLog().total();
        if (total != listedTotal) {
            listedTotal = total;
            replay.setJourneys(session().journeyLog().recent());
        }
    }

    @Override
    protected void show(MachineState state, MachineState before) {
        pending.set(state);
        if (throttler != null) {
            throttler.throttledExec();
        }
    }

    @Override
    public void targetChanged(Target target) {
        super.targetChanged(target);
        journeysChanged();
        canvas.getDisplay().asyncExec(() -> {
            if (!canvas.isDisposed()) {
                // a journey of the target before is not this target's route
                if (replaying) {
                    replaying = false;
                    replay.leave();
                }
                updateActions();
            }
        });
    }

    private void apply() {
        MachineState state = pending.getAndSet(null);
        if (state == null || canvas.isDisposed()) {
            return;
        }
        lastState = state;
        if (source < 0) {
            // Until the user picks one, show the first source that holds an interrupt, else the first one.
            source = state.sources().stream().filter(s -> s.pending() || s.presented()).findFirst()
                    .or(() -> state.sources().stream().findFirst()).map(SourceState::number).orElse(-1);
        }
        if (source >= 0 && !replaying) {
            canvas.setDrawing(RoutePresenter.present(state, source));
            canvas.getParent().layout(true);
        }
        updateActions();
    }

    private void step() {
        session().setGuestRuns(false);
        TargetCommands.run("Step one hop", target -> {
            List<RouteEvent> happened = target.step(1);
            StringBuilder text = new StringBuilder();
            for (RouteEvent e : happened) {
                text.append(text.length() == 0 ? "" : "\n").append(e.stage()).append(": ").append(e.text());
            }
            String shown = text.length() == 0 ? "Nothing to do: no hop is waiting on this target." : text.toString();
            canvas.getDisplay().asyncExec(() -> {
                if (!events.isDisposed()) {
                    events.setText(shown);
                    events.getParent().layout(true);
                }
            });
        });
    }

    private void exportPng() {
        if (canvas.drawing() == null) {
            return;
        }
        FileDialog dialog = new FileDialog(canvas.getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[]{"*.png"});
        dialog.setFileName("route-0x" + Integer.toHexString(Math.max(0, source)) + ".png");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return;
        }
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[]{canvas.snapshot()};
        try {
            loader.save(file, SWT.IMAGE_PNG);
        } catch (org.eclipse.swt.SWTException e) {
            TargetCommands.showError("Export route as PNG", "Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The state last drawn (UI thread; for tests). */
    public MachineState lastState() {
        return lastState;
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        super.dispose();
    }

    @Override
    public void setFocus() {
        canvas.setFocus();
    }
}
