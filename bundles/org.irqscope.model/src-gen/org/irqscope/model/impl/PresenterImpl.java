// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Presenter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Presenter</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class PresenterImpl extends MinimalEObjectImpl.Container implements Presenter {
    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected PresenterImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.PRESENTER;
    }

} //PresenterImpl
