// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Nvt;
import org.irqscope.model.XiveEventQueue;
import org.irqscope.model.XiveRouter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Xive Router</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.XiveRouterImpl#getEnds <em>Ends</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRouterImpl#getNvts <em>Nvts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class XiveRouterImpl extends ControllerImpl implements XiveRouter {
    /**
     * The cached value of the '{@link #getEnds() <em>Ends</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEnds()
     * @generated
     * @ordered
     */
    protected EList<XiveEventQueue> ends;

    /**
     * The cached value of the '{@link #getNvts() <em>Nvts</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getNvts()
     * @generated
     * @ordered
     */
    protected EList<Nvt> nvts;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected XiveRouterImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.XIVE_ROUTER;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<XiveEventQueue> getEnds() {
        if (ends == null) {
            ends = new EObjectContainmentEList<XiveEventQueue>(XiveEventQueue.class, this, IrqscopePackage.XIVE_ROUTER__ENDS);
        }
        return ends;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<Nvt> getNvts() {
        if (nvts == null) {
            nvts = new EObjectContainmentEList<Nvt>(Nvt.class, this, IrqscopePackage.XIVE_ROUTER__NVTS);
        }
        return nvts;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        switch (featureID) {
            case IrqscopePackage.XIVE_ROUTER__ENDS:
                return ((InternalEList<?>)getEnds()).basicRemove(otherEnd, msgs);
            case IrqscopePackage.XIVE_ROUTER__NVTS:
                return ((InternalEList<?>)getNvts()).basicRemove(otherEnd, msgs);
        }
        return super.eInverseRemove(otherEnd, featureID, msgs);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.XIVE_ROUTER__ENDS:
                return getEnds();
            case IrqscopePackage.XIVE_ROUTER__NVTS:
                return getNvts();
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
            case IrqscopePackage.XIVE_ROUTER__ENDS:
                getEnds().clear();
                getEnds().addAll((Collection<? extends XiveEventQueue>)newValue);
                return;
            case IrqscopePackage.XIVE_ROUTER__NVTS:
                getNvts().clear();
                getNvts().addAll((Collection<? extends Nvt>)newValue);
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
            case IrqscopePackage.XIVE_ROUTER__ENDS:
                getEnds().clear();
                return;
            case IrqscopePackage.XIVE_ROUTER__NVTS:
                getNvts().clear();
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
            case IrqscopePackage.XIVE_ROUTER__ENDS:
                return ends != null && !ends.isEmpty();
            case IrqscopePackage.XIVE_ROUTER__NVTS:
                return nvts != null && !nvts.isEmpty();
        }
        return super.eIsSet(featureID);
    }

} //XiveRouterImpl
