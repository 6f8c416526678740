// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Presenter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The per-vCPU interrupt presenter of an architecture; each architecture is a subclass.
 * <!-- end-model-doc -->
 *
 *
 * @see org.irqscope.model.IrqscopePackage#getPresenter()
 * @model abstract="true"
 * @generated
 */
public interface Presenter extends EObject {
} // Presenter
