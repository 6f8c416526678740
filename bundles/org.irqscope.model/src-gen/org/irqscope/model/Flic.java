// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The s390 floating interrupt controller (room for growth: queued floating interrupt types).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.Flic#getFloatingIrqTypes <em>Floating Irq Types</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getFlic()
 * @model
 * @generated
 */
public interface Flic extends Controller {
    /**
     * Returns the value of the '<em><b>Floating Irq Types</b></em>' attribute list.
     * The list contents are of type {@link java.lang.Long}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Raw kvm_s390_irq types, queue order.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Floating Irq Types</em>' attribute list.
     * @see org.irqscope.model.IrqscopePackage#getFlic_FloatingIrqTypes()
     * @model unique="false"
     * @generated
     */
    EList<Long> getFloatingIrqTypes();

} // Flic
