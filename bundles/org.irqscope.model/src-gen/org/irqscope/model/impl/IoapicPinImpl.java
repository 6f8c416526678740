// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.irqscope.model.IoapicPin;
import org.irqscope.model.IrqscopePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ioapic Pin</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#getPin <em>Pin</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#getRaw <em>Raw</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#getVector <em>Vector</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#getDeliveryMode <em>Delivery Mode</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#isLogicalDestination <em>Logical Destination</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#isDeliveryPending <em>Delivery Pending</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#isActiveLow <em>Active Low</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#isRemoteIrr <em>Remote Irr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#isLevelTriggered <em>Level Triggered</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#isMasked <em>Masked</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicPinImpl#isInputAsserted <em>Input Asserted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IoapicPinImpl extends MinimalEObjectImpl.Container implements IoapicPin {
    /**
     * The default value of the '{@link #getPin() <em>Pin</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPin()
     * @generated
     * @ordered
     */
    protected static final int PIN_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getPin() <em>Pin</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPin()
     * @generated
     * @ordered
     */
    protected int pin = PIN_EDEFAULT;

    /**
     * The default value of the '{@link #getRaw() <em>Raw</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRaw()
     * @generated
     * @ordered
     */
    protected static final long RAW_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getRaw() <em>Raw</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRaw()
     * @generated
     * @ordered
     */
    protected long raw = RAW_EDEFAULT;

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
     * The default value of the '{@link #getDeliveryMode() <em>Delivery Mode</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getDeliveryMode()
     * @generated
     * @ordered
     */
    protected static final int DELIVERY_MODE_EDEFAULT = 0;

    /**
     * The default value of the '{@link #isLogicalDestination() <em>Logical Destination</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isLogicalDestination()
     * @generated
     * @ordered
     */
    protected static final boolean LOGICAL_DESTINATION_EDEFAULT = false;

    /**
     * The default value of the '{@link #isDeliveryPending() <em>Delivery Pending</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isDeliveryPending()
     * @generated
     * @ordered
     */
    protected static final boolean DELIVERY_PENDING_EDEFAULT = false;

    /**
     * The default value of the '{@link #isActiveLow() <em>Active Low</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isActiveLow()
     * @generated
     * @ordered
     */
    protected static final boolean ACTIVE_LOW_EDEFAULT = false;

    /**
     * The default value of the '{@link #isRemoteIrr() <em>Remote Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isRemoteIrr()
     * @generated
     * @ordered
     */
    protected static final boolean REMOTE_IRR_EDEFAULT = false;

    /**
     * The default value of the '{@link #isLevelTriggered() <em>Level Triggered</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isLevelTriggered()
     * @generated
     * @ordered
     */
    protected static final boolean LEVEL_TRIGGERED_EDEFAULT = false;

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
     * The default value of the '{@link #getDestination() <em>Destination</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getDestination()
     * @generated
     * @ordered
     */
    protected static final int DESTINATION_EDEFAULT = 0;

    /**
     * The default value of the '{@link #isInputAsserted() <em>Input Asserted</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isInputAsserted()
     * @generated
     * @ordered
     */
    protected static final boolean INPUT_ASSERTED_EDEFAULT = false;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected IoapicPinImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.IOAPIC_PIN;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPin() {
        return pin;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPin(int newPin) {
        int oldPin = pin;
        pin = newPin;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.IOAPIC_PIN__PIN, oldPin, pin));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getRaw() {
        return raw;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setRaw(long newRaw) {
        long oldRaw = raw;
        raw = newRaw;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.IOAPIC_PIN__RAW, oldRaw, raw));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getVector() {
        return org.irqscope.model.derived.RedirectionEntries.vector(getRaw());
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getDeliveryMode() {
        return org.irqscope.model.derived.RedirectionEntries.deliveryMode(getRaw());
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isLogicalDestination() {
        return org.irqscope.model.derived.RedirectionEntries.bit(getRaw(), 11);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isDeliveryPending() {
        return org.irqscope.model.derived.RedirectionEntries.bit(getRaw(), 12);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isActiveLow() {
        return org.irqscope.model.derived.RedirectionEntries.bit(getRaw(), 13);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isRemoteIrr() {
        return org.irqscope.model.derived.RedirectionEntries.bit(getRaw(), 14);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isLevelTriggered() {
        return org.irqscope.model.derived.RedirectionEntries.bit(getRaw(), 15);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isMasked() {
        return org.irqscope.model.derived.RedirectionEntries.bit(getRaw(), 16);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getDestination() {
        return org.irqscope.model.derived.RedirectionEntries.destination(getRaw());
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isInputAsserted() {
        return org.irqscope.model.derived.RedirectionEntries.inputAsserted(this);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.IOAPIC_PIN__PIN:
                return getPin();
            case IrqscopePackage.IOAPIC_PIN__RAW:
                return getRaw();
            case IrqscopePackage.IOAPIC_PIN__VECTOR:
                return getVector();
            case IrqscopePackage.IOAPIC_PIN__DELIVERY_MODE:
                return getDeliveryMode();
            case IrqscopePackage.IOAPIC_PIN__LOGICAL_DESTINATION:
                return isLogicalDestination();
            case IrqscopePackage.IOAPIC_PIN__DELIVERY_PENDING:
                return isDeliveryPending();
            case IrqscopePackage.IOAPIC_PIN__ACTIVE_LOW:
                return isActiveLow();
            case IrqscopePackage.IOAPIC_PIN__REMOTE_IRR:
                return isRemoteIrr();
            case IrqscopePackage.IOAPIC_PIN__LEVEL_TRIGGERED:
                return isLevelTriggered();
            case IrqscopePackage.IOAPIC_PIN__MASKED:
                return isMasked();
            case IrqscopePackage.IOAPIC_PIN__DESTINATION:
                return getDestination();
            case IrqscopePackage.IOAPIC_PIN__INPUT_ASSERTED:
                return isInputAsserted();
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
            case IrqscopePackage.IOAPIC_PIN__PIN:
                setPin((Integer)newValue);
                return;
            case IrqscopePackage.IOAPIC_PIN__RAW:
                setRaw((Long)newValue);
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
            case IrqscopePackage.IOAPIC_PIN__PIN:
                setPin(PIN_EDEFAULT);
                return;
            case IrqscopePackage.IOAPIC_PIN__RAW:
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
            case IrqscopePackage.IOAPIC_PIN__PIN:
                return pin != PIN_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__RAW:
                return raw != RAW_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__VECTOR:
                return getVector() != VECTOR_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__DELIVERY_MODE:
                return getDeliveryMode() != DELIVERY_MODE_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__LOGICAL_DESTINATION:
                return isLogicalDestination() != LOGICAL_DESTINATION_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__DELIVERY_PENDING:
                return isDeliveryPending() != DELIVERY_PENDING_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__ACTIVE_LOW:
                return isActiveLow() != ACTIVE_LOW_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__REMOTE_IRR:
                return isRemoteIrr() != REMOTE_IRR_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__LEVEL_TRIGGERED:
                return isLevelTriggered() != LEVEL_TRIGGERED_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__MASKED:
                return isMasked() != MASKED_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__DESTINATION:
                return getDestination() != DESTINATION_EDEFAULT;
            case IrqscopePackage.IOAPIC_PIN__INPUT_ASSERTED:
                return isInputAsserted() != INPUT_ASSERTED_EDEFAULT;
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
        result.append(" (pin: ");
        result.append(pin);
        result.append(", raw: ");
        result.append(raw);
        result.append(')');
        return result.toString();
    }

} //IoapicPinImpl
