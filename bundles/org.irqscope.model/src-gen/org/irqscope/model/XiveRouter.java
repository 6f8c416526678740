// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xive Router</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The XIVE virtualization controller: event queues (ENDs) and virtual processors (NVTs).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.XiveRouter#getEnds <em>Ends</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRouter#getNvts <em>Nvts</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getXiveRouter()
 * @model
 * @generated
 */
public interface XiveRouter extends Controller {
    /**
     * Returns the value of the '<em><b>Ends</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.XiveEventQueue}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Ends</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getXiveRouter_Ends()
     * @model containment="true"
     * @generated
     */
    EList<XiveEventQueue> getEnds();

    /**
     * Returns the value of the '<em><b>Nvts</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.Nvt}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Nvts</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getXiveRouter_Nvts()
     * @model containment="true"
     * @generated
     */
    EList<Nvt> getNvts();

} // XiveRouter
