// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.ui.session.SessionListener;
import org.irqscope.ui.session.TargetSession;

/**
 * A view over the workbench's {@link TargetSession}: it hears the session, shows failures and the target's name in
 * its description line, and hands each shown state to {@link #show}, which must coalesce (it may run on any thread).
 */
public abstract class SessionViewPart extends ViewPart implements SessionListener {
    private TargetSession session;

    /** Subclasses call this at the end of createPartControl. */
    protected final void connect() {
        session = TargetSession.shared();
        session.addListener(this);
        MachineState now = session.shown();
        if (now != null) {
            showInitial(now);
        }
        describe(session.lastFailure() != null ? session.lastFailure() : describeTarget());
    }

    protected TargetSession session() {
        return session;
    }

    /** Shows a state; called on any thread. */
    protected abstract void show(MachineState state, MachineState before);

    /** Shows the state the view opens with, on the UI thread during createPartControl; by default as any other. */
    protected void showInitial(MachineState state) {
        show(state, null);
    }

    @Override
    public final void stateShown(MachineState shown, MachineState before) {
        show(shown, before);
    }

    @Override
    public void targetChanged(Target target) {
        describe(describeTarget());
    }

    @Override
    public void failed(String message) {
        describe(message);
    }

    private String describeTarget() {
        if (session == null) {
            return "";
        }
        return session.target().map(t -> t.displayName() + "  (" + t.uri() + ")")
                .orElse("No target is open. Target > Open Target… opens a software POWER9 guest or attaches to "
                        + "QEMU.");
    }

    private void describe(String text) {
        Display display = getSite().getShell().getDisplay();
        if (display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!getSite().getShell().isDisposed() && getSite().getPage() != null) {
                // '&' in target URIs would otherwise become a mnemonic underline.
                setContentDescription(text.replace("&", "&&"));
            }
        });
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.removeListener(this);
        }
        super.dispose();
    }
}
