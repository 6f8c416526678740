// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xive Thread Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A XIVE thread context: the four TIMA rings and the bound virtual processor.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.XiveThreadContext#getVpId <em>Vp Id</em>}</li>
 *   <li>{@link org.irqscope.model.XiveThreadContext#getRings <em>Rings</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getXiveThreadContext()
 * @model
 * @generated
 */
public interface XiveThreadContext extends Presenter {
    /**
     * Returns the value of the '<em><b>Vp Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The NVT/VP number bound to this vCPU (sPAPR: 0x400 + vCPU id), -1 if unknown.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Vp Id</em>' attribute.
     * @see #setVpId(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveThreadContext_VpId()
     * @model
     * @generated
     */
    int getVpId();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveThreadContext#getVpId <em>Vp Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Vp Id</em>' attribute.
     * @see #getVpId()
     * @generated
     */
    void setVpId(int value);

    /**
     * Returns the value of the '<em><b>Rings</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.XiveRing}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Exactly four rings in QW0..QW3 order: USER, OS, POOL, PHYS.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Rings</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getXiveThreadContext_Rings()
     * @model containment="true"
     * @generated
     */
    EList<XiveRing> getRings();

} // XiveThreadContext
