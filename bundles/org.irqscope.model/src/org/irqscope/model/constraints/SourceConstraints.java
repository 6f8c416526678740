// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.constraints;

import java.util.BitSet;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.irqscope.model.InterruptMode;
import org.irqscope.model.IrqscopePackage.Literals;
import org.irqscope.model.Machine;
import org.irqscope.model.Source;
import org.irqscope.model.Vcpu;
import org.irqscope.model.util.IrqscopeValidator;

/** The invariants of {@link Source}; the generated validator calls them through the model's operations. */
public final class SourceConstraints {
    /** XIVE's eight priorities 0..7 (kvm-interrupt-abi.md, XIVE native EQ configuration). */
    public static final int XIVE_LOWEST_PRIORITY = 7;
    /** The XIVE priority that means masked. */
    public static final int XIVE_MASKED_PRIORITY = 0xff;
    /** XICS priorities are one byte, 0 most favoured. */
    public static final int XICS_MAX_PRIORITY = 0xff;

    private SourceConstraints() {
    }

    public static boolean priorityInArchitectureRange(Source source, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        InterruptMode mode = source.eContainer() instanceof Machine m ? m.getInterruptMode() : null;
        int p = source.getPriority();
        boolean ok;
        String range;
        if (mode == InterruptMode.XICS) {
            ok = p >= 0 && p <= XICS_MAX_PRIORITY;
            range = "0..0xFF";
        } else if (mode == InterruptMode.XIVE) {
            ok = p >= 0 && p <= XIVE_LOWEST_PRIORITY || p == XIVE_MASKED_PRIORITY;
            range = "0..7 or 0xFF (masked)";
        } else {
            // Other modes keep priorities elsewhere (LAPIC TPR, GIC IPRIORITYR): nothing to check on the source.
            return true;
        }
        if (ok) {
            return true;
        }
        return Violations.report(diagnostics, IrqscopeValidator.SOURCE__PRIORITY_IN_ARCHITECTURE_RANGE,
                label(source) + " has priority " + hex(p) + ", outside the " + mode.getLiteral() + " range " + range,
                source, Literals.SOURCE__PRIORITY);
    }

    public static boolean serverIsVcpu(Source source, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int server = source.getServer();
        if (server < 0 || !(source.eContainer() instanceof Machine machine)) {
            return true;
        }
        if (vcpuIds(machine, context).get(server)) {
            return true;
        }
        return Violations.report(diagnostics, IrqscopeValidator.SOURCE__SERVER_IS_VCPU,
                label(source) + " targets server " + server + ", which is no vCPU of this machine", source,
                Literals.SOURCE__SERVER);
    }

    public static boolean pendingOnlyWhenAllocated(Source source, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (source.isAllocated() || !source.isPending()) {
            return true;
        }
        return Violations.report(diagnostics, IrqscopeValidator.SOURCE__PENDING_ONLY_WHEN_ALLOCATED,
                label(source) + " is pending but not allocated", source, Literals.SOURCE__PENDING);
    }

    /**
     * The machine's vCPU ids, computed once per validation run and kept in the Diagnostician's context: with 65,536
     * sources a per-source scan of 1,024 vCPUs would dominate the run.
     */
    private static BitSet vcpuIds(Machine machine, Map<Object, Object> context) {
        Object key = new VcpuIdsKey(machine);
        Object cached = context == null ? null : context.get(key);
        if (cached instanceof BitSet ids) {
            return ids;
        }
        BitSet ids = new BitSet();
        for (Vcpu vcpu : machine.getVcpus()) {
            if (vcpu.getId() >= 0) {
                ids.set(vcpu.getId());
            }
        }
        if (context != null) {
            context.put(key, ids);
        }
        return ids;
    }

    private record VcpuIdsKey(Machine machine) {
    }

    static String label(Source source) {
        return "source " + hex(source.getNumber());
    }

    static String hex(int value) {
        return value < 0 ? Integer.toString(value) : "0x" + Integer.toHexString(value).toUpperCase();
    }
}
