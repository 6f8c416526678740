// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.irqscope.model.Flic;
import org.irqscope.model.IrqscopePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.FlicImpl#getFloatingIrqTypes <em>Floating Irq Types</em>}</li>
 * </ul>
 *
 * @generated
 */
public class FlicImpl extends ControllerImpl implements Flic {
    /**
     * The cached value of the '{@link #getFloatingIrqTypes() <em>Floating Irq Types</em>}' attribute list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getFloatingIrqTypes()
     * @generated
     * @ordered
     */
    protected EList<Long> floatingIrqTypes;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected FlicImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.FLIC;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<Long> getFloatingIrqTypes() {
        if (floatingIrqTypes == null) {
            floatingIrqTypes = new EDataTypeEList<Long>(Long.class, this, IrqscopePackage.FLIC__FLOATING_IRQ_TYPES);
        }
        return floatingIrqTypes;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.FLIC__FLOATING_IRQ_TYPES:
                return getFloatingIrqTypes();
        }
        return super.eGet(featureID, resolve, coreType);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @SuppressWarnings("unchecked")
    @Override
    public void eSet(int featureID, Object newValue) {
        switch (featureID) {
            case IrqscopePackage.FLIC__FLOATING_IRQ_TYPES:
                getFloatingIrqTypes().clear();
                getFloatingIrqTypes().addAll((Collection<? extends Long>)newValue);
                return;
        }
        super.eSet(featureID, newValue);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void eUnset(int featureID) {
        switch (featureID) {
            case IrqscopePackage.FLIC__FLOATING_IRQ_TYPES:
                getFloatingIrqTypes().clear();
                return;
        }
        super.eUnset(featureID);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean eIsSet(int featureID) {
        switch (featureID) {
            case IrqscopePackage.FLIC__FLOATING_IRQ_TYPES:
                return floatingIrqTypes != null && !floatingIrqTypes.isEmpty();
        }
        return super.eIsSet(featureID);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String toString() {
        if (eIsProxy()) return super.toString();

        StringBuilder result = new StringBuilder(super.toString());
        result.append(" (floatingIrqTypes: ");
        result.append(floatingIrqTypes);
        result.append(')');
        return result.toString();
    }

} //FlicImpl
