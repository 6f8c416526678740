// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.LvtEntry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lvt Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.LvtEntryImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LvtEntryImpl#getRaw <em>Raw</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LvtEntryImpl#getVector <em>Vector</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LvtEntryImpl#isMasked <em>Masked</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LvtEntryImpl extends MinimalEObjectImpl.Container implements LvtEntry {
    /**
     * The default value of the '{@link #getName() <em>Name</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getName()
     * @generated
     * @ordered
     */
    protected static final String NAME_EDEFAULT = null;

    /**
     * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getName()
     * @generated
     * @ordered
     */
    protected String name = NAME_EDEFAULT;

    /**
     * The default value of the '{@link #getRaw() <em>Raw</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRaw()
     * @generated
     * @ordered
     */
    protected static final int RAW_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getRaw() <em>Raw</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRaw()
     * @generated
     * @ordered
     */
    protected int raw = RAW_EDEFAULT;

    /**
     * The default value of the '{@link #getVector() <em>Vector</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getVector()
     * @generated
     * @ordered
     */
    protected static final int VECTOR_EDEFAULT = 0;

    /**
     * The default value of the '{@link #isMasked() <em>Masked</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isMasked()
     * @generated
     * @ordered
     */
    protected static final boolean MASKED_EDEFAULT = false;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected LvtEntryImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.LVT_ENTRY;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String getName() {
        return name;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setName(String newName) {
        String oldName = name;
        name = newName;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LVT_ENTRY__NAME, oldName, name));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getRaw() {
        return raw;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setRaw(int newRaw) {
        int oldRaw = raw;
        raw = newRaw;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LVT_ENTRY__RAW, oldRaw, raw));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getVector() {
        return getRaw() & 0xff;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isMasked() {
        return (getRaw() & 0x10000) != 0;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.LVT_ENTRY__NAME:
                return getName();
            case IrqscopePackage.LVT_ENTRY__RAW:
                return getRaw();
            case IrqscopePackage.LVT_ENTRY__VECTOR:
                return getVector();
            case IrqscopePackage.LVT_ENTRY__MASKED:
                return isMasked();
        }
        return super.eGet(featureID, resolve, coreType);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void eSet(int featureID, Object newValue) {
        switch (featureID) {
            case IrqscopePackage.LVT_ENTRY__NAME:
                setName((String)newValue);
                return;
            case IrqscopePackage.LVT_ENTRY__RAW:
                setRaw((Integer)newValue);
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
            case IrqscopePackage.LVT_ENTRY__NAME:
                setName(NAME_EDEFAULT);
                return;
            case IrqscopePackage.LVT_ENTRY__RAW:
                setRaw(RAW_EDEFAULT);
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
            case IrqscopePackage.LVT_ENTRY__NAME:
                return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
            case IrqscopePackage.LVT_ENTRY__RAW:
                return raw != RAW_EDEFAULT;
            case IrqscopePackage.LVT_ENTRY__VECTOR:
                return getVector() != VECTOR_EDEFAULT;
            case IrqscopePackage.LVT_ENTRY__MASKED:
                return isMasked() != MASKED_EDEFAULT;
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
        result.append(" (name: ");
        result.append(name);
        result.append(", raw: ");
        result.append(raw);
        result.append(')');
        return result.toString();
    }

} //LvtEntryImpl
