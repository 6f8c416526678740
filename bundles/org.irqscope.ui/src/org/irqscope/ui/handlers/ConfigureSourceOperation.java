// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.handlers;

import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;

/**
 * Reconfigures a source on a target and remembers the previous priority, server and mask so Undo puts them back.
 * Undo applies only to the same target: once another target is open the operation says so instead.
 */
public final class ConfigureSourceOperation extends AbstractOperation {
    private final Target target;
    private final SourceConfiguration change;
    private final SourceConfiguration previous;

    public ConfigureSourceOperation(Target target, SourceConfiguration change, SourceState before) {
        super("Configure source 0x" + Integer.toHexString(change.source()));
        this.target = target;
        this.change = change;
        int restoredPriority = before.masked() && before.savedPriority() >= 0
                ? before.savedPriority()
                : before.priority();
        this.previous = new SourceConfiguration(before.number(), OptionalInt.of(restoredPriority),
                before.server() < 0 ? OptionalInt.empty() : OptionalInt.of(before.server()),
                Optional.of(before.masked()));
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return apply(change, "configure");
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return apply(change, "redo the configuration of");
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return apply(previous, "restore");
    }

    private IStatus apply(SourceConfiguration configuration, String verb) {
        try {
            target.configure(configuration);
            return Status.OK_STATUS;
        } catch (TargetException e) {
            return Status.error("Could not " + verb + " source 0x" + Integer.toHexString(change.source()) + " on "
                    + target.displayName() + ": " + e.getMessage(), e);
        }
    }

    public SourceConfiguration previous() {
        return previous;
    }

}
