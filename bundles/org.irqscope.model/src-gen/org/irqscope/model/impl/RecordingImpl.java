// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Machine;
import org.irqscope.model.Recording;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recording</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.RecordingImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.irqscope.model.impl.RecordingImpl#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.irqscope.model.impl.RecordingImpl#getMachines <em>Machines</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecordingImpl extends MinimalEObjectImpl.Container implements Recording {
    /**
     * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getFormatVersion()
     * @generated
     * @ordered
     */
    protected static final int FORMAT_VERSION_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getFormatVersion()
     * @generated
     * @ordered
     */
    protected int formatVersion = FORMAT_VERSION_EDEFAULT;

    /**
     * The default value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCreatedBy()
     * @generated
     * @ordered
     */
    protected static final String CREATED_BY_EDEFAULT = null;

    /**
     * The cached value of the '{@link #getCreatedBy() <em>Created By</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCreatedBy()
     * @generated
     * @ordered
     */
    protected String createdBy = CREATED_BY_EDEFAULT;

    /**
     * The cached value of the '{@link #getMachines() <em>Machines</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getMachines()
     * @generated
     * @ordered
     */
    protected EList<Machine> machines;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected RecordingImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.RECORDING;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getFormatVersion() {
        return formatVersion;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setFormatVersion(int newFormatVersion) {
        int oldFormatVersion = formatVersion;
        formatVersion = newFormatVersion;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.RECORDING__FORMAT_VERSION, oldFormatVersion, formatVersion));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String getCreatedBy() {
        return createdBy;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setCreatedBy(String newCreatedBy) {
        String oldCreatedBy = createdBy;
        createdBy = newCreatedBy;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.RECORDING__CREATED_BY, oldCreatedBy, createdBy));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<Machine> getMachines() {
        if (machines == null) {
            machines = new EObjectContainmentEList<Machine>(Machine.class, this, IrqscopePackage.RECORDING__MACHINES);
        }
        return machines;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        switch (featureID) {
            case IrqscopePackage.RECORDING__MACHINES:
                return ((InternalEList<?>)getMachines()).basicRemove(otherEnd, msgs);
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
            case IrqscopePackage.RECORDING__FORMAT_VERSION:
                return getFormatVersion();
            case IrqscopePackage.RECORDING__CREATED_BY:
                return getCreatedBy();
            case IrqscopePackage.RECORDING__MACHINES:
                return getMachines();
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
            case IrqscopePackage.RECORDING__FORMAT_VERSION:
                setFormatVersion((Integer)newValue);
                return;
            case IrqscopePackage.RECORDING__CREATED_BY:
                setCreatedBy((String)newValue);
                return;
            case IrqscopePackage.RECORDING__MACHINES:
                getMachines().clear();
                getMachines().addAll((Collection<? extends Machine>)newValue);
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
            case IrqscopePackage.RECORDING__FORMAT_VERSION:
                setFormatVersion(FORMAT_VERSION_EDEFAULT);
                return;
            case IrqscopePackage.RECORDING__CREATED_BY:
                setCreatedBy(CREATED_BY_EDEFAULT);
                return;
            case IrqscopePackage.RECORDING__MACHINES:
                getMachines().clear();
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
            case IrqscopePackage.RECORDING__FORMAT_VERSION:
                return formatVersion != FORMAT_VERSION_EDEFAULT;
            case IrqscopePackage.RECORDING__CREATED_BY:
                return CREATED_BY_EDEFAULT == null ? createdBy != null : !CREATED_BY_EDEFAULT.equals(createdBy);
            case IrqscopePackage.RECORDING__MACHINES:
                return machines != null && !machines.isEmpty();
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
        result.append(" (formatVersion: ");
        result.append(formatVersion);
        result.append(", createdBy: ");
        result.append(createdBy);
        result.append(')');
        return result.toString();
    }

} //RecordingImpl
