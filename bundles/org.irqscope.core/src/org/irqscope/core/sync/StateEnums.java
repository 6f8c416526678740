// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.sync;

import java.util.function.Function;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;

/**
 * Converts the snapshot enums to the model's and back. Both sides use the same constant names, so the tables are
 * built by name once; a constant missing on one side fails here, when the class loads, not in the middle of a sync.
 */
final class StateEnums {
    private static final org.irqscope.model.Arch[] ARCH = table(Arch.values(), org.irqscope.model.Arch::getByName,
            org.irqscope.model.Arch.class);
    private static final org.irqscope.model.InterruptMode[] MODE = table(InterruptMode.values(),
            org.irqscope.model.InterruptMode::getByName, org.irqscope.model.InterruptMode.class);
    private static final org.irqscope.model.IrqchipLocation[] IRQCHIP = table(IrqchipLocation.values(),
            org.irqscope.model.IrqchipLocation::getByName, org.irqscope.model.IrqchipLocation.class);
    private static final org.irqscope.model.BackendKind[] BACKEND = table(BackendKind.values(),
            org.irqscope.model.BackendKind::getByName, org.irqscope.model.BackendKind.class);
    private static final org.irqscope.model.RunState[] RUN = table(RunState.values(),
            org.irqscope.model.RunState::getByName, org.irqscope.model.RunState.class);
    private static final org.irqscope.model.SourceKind[] KIND = table(SourceKind.values(),
            org.irqscope.model.SourceKind::getByName, org.irqscope.model.SourceKind.class);

    private StateEnums() {
    }

    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>, M> M[] table(E[] from, Function<String, M> byName, Class<M> type) {
        M[] out = (M[]) java.lang.reflect.Array.newInstance(type, from.length);
        for (E e : from) {
            M m = byName.apply(e.name());
            if (m == null) {
                throw new IllegalStateException("the model has no " + type.getSimpleName() + " " + e.name());
            }
            out[e.ordinal()] = m;
        }
        return out;
    }

    static org.irqscope.model.Arch toModel(Arch v) {
        return ARCH[v.ordinal()];
    }

    static org.irqscope.model.InterruptMode toModel(InterruptMode v) {
        return MODE[v.ordinal()];
    }

    static org.irqscope.model.IrqchipLocation toModel(IrqchipLocation v) {
        return IRQCHIP[v.ordinal()];
    }

    static org.irqscope.model.BackendKind toModel(BackendKind v) {
        return BACKEND[v.ordinal()];
    }

    static org.irqscope.model.RunState toModel(RunState v) {
        return RUN[v.ordinal()];
    }

    static org.irqscope.model.SourceKind toModel(SourceKind v) {
        return KIND[v.ordinal()];
    }

    static Arch toState(org.irqscope.model.Arch v) {
        return Arch.valueOf(v.getName());
    }

    static InterruptMode toState(org.irqscope.model.InterruptMode v) {
        return InterruptMode.valueOf(v.getName());
    }

    static IrqchipLocation toState(org.irqscope.model.IrqchipLocation v) {
        return IrqchipLocation.valueOf(v.getName());
    }

    static BackendKind toState(org.irqscope.model.BackendKind v) {
        return BackendKind.valueOf(v.getName());
    }

    static RunState toState(org.irqscope.model.RunState v) {
        return RunState.valueOf(v.getName());
    }

    static SourceKind toState(org.irqscope.model.SourceKind v) {
        return SourceKind.valueOf(v.getName());
    }
}
