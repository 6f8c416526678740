// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.constraints;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.irqscope.model.util.IrqscopeValidator;

/** Reports one broken constraint the way EMF's Diagnostician expects: data = the object, then the feature. */
final class Violations {
    private Violations() {
    }

    static boolean report(DiagnosticChain diagnostics, int code, String message, EObject object,
            EStructuralFeature feature) {
        if (diagnostics != null) {
            diagnostics.add(new BasicDiagnostic(Diagnostic.ERROR, IrqscopeValidator.DIAGNOSTIC_SOURCE, code, message,
                    new Object[]{object, feature}));
        }
        return false;
    }
}
