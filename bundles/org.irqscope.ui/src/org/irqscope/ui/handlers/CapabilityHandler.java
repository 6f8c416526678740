// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.ui.session.SessionListener;
import org.irqscope.ui.session.TargetSession;
import org.irqscope.ui.views.VcpusView;

/**
 * A command offered only while the current target declares a capability; it re-evaluates when the target changes,
 * so menus and key bindings follow the target.
 */
abstract class CapabilityHandler extends AbstractHandler implements SessionListener {
    private final TargetCapability capability;

    CapabilityHandler(TargetCapability capability) {
        this.capability = capability;
        TargetSession.shared().addListener(this);
    }

    @Override
    public boolean isEnabled() {
        return capability == null
                ? TargetSession.shared().target().isPresent()
                : TargetSession.shared().can(capability);
    }

    @Override
    public void stateShown(org.irqscope.core.state.MachineState shown, org.irqscope.core.state.MachineState before) {
        // Enablement depends on the target, not on its state.
    }

    @Override
    public void targetChanged(Target target) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> fireHandlerChanged(new HandlerEvent(this, true, false)));
        }
    }

    @Override
    public void dispose() {
        TargetSession.shared().removeListener(this);
        super.dispose();
    }

    /** The source selected in the Sources view, or -1. */
    static int selectedSource(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof SourceState src) {
            return src.number();
        }
        return -1;
    }

    /** The vCPU selected in the vCPUs view, or -1. */
    static int selectedVcpu(ISelection selection) {
        if (selection instanceof IStructuredSelection s && s.getFirstElement() instanceof VcpusView.VcpuRow row) {
            return row.vcpu().id();
        }
        return -1;
    }
}
