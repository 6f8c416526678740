// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.XiveRing;
import org.irqscope.model.XiveThreadContext;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Xive Thread Context</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.XiveThreadContextImpl#getVpId <em>Vp Id</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveThreadContextImpl#getRings <em>Rings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class XiveThreadContextImpl extends PresenterImpl implements XiveThreadContext {
    /**
     * The default value of the '{@link #getVpId() <em>Vp Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getVpId()
     * @generated
     * @ordered
     */
    protected static final int VP_ID_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getVpId() <em>Vp Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getVpId()
     * @generated
     * @ordered
     */
    protected int vpId = VP_ID_EDEFAULT;

    /**
     * The cached value of the '{@link #getRings() <em>Rings</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRings()
     * @generated
     * @ordered
     */
    protected EList<XiveRing> rings;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected XiveThreadContextImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.XIVE_THREAD_CONTEXT;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getVpId() {
        return vpId;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setVpId(int newVpId) {
        int oldVpId = vpId;
        vpId = newVpId;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_THREAD_CONTEXT__VP_ID, oldVpId, vpId));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<XiveRing> getRings() {
        if (rings == null) {
            rings = new EObjectContainmentEList<XiveRing>(XiveRing.class, this, IrqscopePackage.XIVE_THREAD_CONTEXT__RINGS);
        }
        return rings;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        switch (featureID) {
            case IrqscopePackage.XIVE_THREAD_CONTEXT__RINGS:
                return ((InternalEList<?>)getRings()).basicRemove(otherEnd, msgs);
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
            case IrqscopePackage.XIVE_THREAD_CONTEXT__VP_ID:
                return getVpId();
            case IrqscopePackage.XIVE_THREAD_CONTEXT__RINGS:
                return getRings();
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
            case IrqscopePackage.XIVE_THREAD_CONTEXT__VP_ID:
                setVpId((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_THREAD_CONTEXT__RINGS:
                getRings().clear();
                getRings().addAll((Collection<? extends XiveRing>)newValue);
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
            case IrqscopePackage.XIVE_THREAD_CONTEXT__VP_ID:
                setVpId(VP_ID_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_THREAD_CONTEXT__RINGS:
                getRings().clear();
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
            case IrqscopePackage.XIVE_THREAD_CONTEXT__VP_ID:
                return vpId != VP_ID_EDEFAULT;
            case IrqscopePackage.XIVE_THREAD_CONTEXT__RINGS:
                return rings != null && !rings.isEmpty();
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
        result.append(" (vpId: ");
        result.append(vpId);
        result.append(')');
        return result.toString();
    }

} //XiveThreadContextImpl
