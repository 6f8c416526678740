// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.constraints;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.irqscope.model.IrqscopePackage.Literals;
import org.irqscope.model.Vcpu;
import org.irqscope.model.XicsIcp;
import org.irqscope.model.XiveRing;
import org.irqscope.model.derived.XiveRings;
import org.irqscope.model.util.IrqscopeValidator;

/** The invariants of the presenters; the generated validator calls them through the model's operations. */
public final class PresenterConstraints {
    /** PPRI 0xFF: no interrupt is pending at the presenter. */
    public static final int NOTHING_PENDING = 0xff;

    private PresenterConstraints() {
    }

    public static boolean pendingSourceHasPriority(XicsIcp icp, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        if (icp.getXisr() == 0 || icp.getPpri() != NOTHING_PENDING) {
            return true;
        }
        return Violations.report(diagnostics, IrqscopeValidator.XICS_ICP__PENDING_SOURCE_HAS_PRIORITY,
                owner(icp) + ": XISR names source " + SourceConstraints.hex(icp.getXisr())
                        + " but PPRI is 0xFF (nothing pending)",
                icp, Literals.XICS_ICP__XISR);
    }

    public static boolean piprMatchesIpb(XiveRing ring, DiagnosticChain diagnostics, Map<Object, Object> context) {
        int expected = XiveRings.piprOf(ring.getIpb());
        if (ring.getPipr() == expected) {
            return true;
        }
        return Violations.report(diagnostics, IrqscopeValidator.XIVE_RING__PIPR_MATCHES_IPB,
                owner(ring) + " ring " + ring.getRingName() + ": PIPR is " + SourceConstraints.hex(ring.getPipr())
                        + " but IPB " + SourceConstraints.hex(ring.getIpb()) + " gives "
                        + SourceConstraints.hex(expected),
                ring, Literals.XIVE_RING__PIPR);
    }

    private static String owner(org.eclipse.emf.ecore.EObject presenterPart) {
        for (var o = presenterPart; o != null; o = o.eContainer()) {
            if (o instanceof Vcpu vcpu) {
                return "vcpu " + vcpu.getId();
            }
        }
        return "presenter";
    }
}
