// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Controller</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A controller between sources and presenters; each kind is a subclass, so views need no change for a new one.
 * <!-- end-model-doc -->
 *
 *
 * @see org.irqscope.model.IrqscopePackage#getController()
 * @model abstract="true"
 * @generated
 */
public interface Controller extends EObject {
} // Controller
