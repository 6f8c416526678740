// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.MsiRoute;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Msi Route</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.MsiRouteImpl#getGsi <em>Gsi</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MsiRouteImpl#getIrqchip <em>Irqchip</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MsiRouteImpl#getPin <em>Pin</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MsiRouteImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MsiRouteImpl#getData <em>Data</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MsiRouteImpl extends MinimalEObjectImpl.Container implements MsiRoute {
    /**
     * The default value of the '{@link #getGsi() <em>Gsi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getGsi()
     * @generated
     * @ordered
     */
    protected static final int GSI_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getGsi() <em>Gsi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getGsi()
     * @generated
     * @ordered
     */
    protected int gsi = GSI_EDEFAULT;

    /**
     * The default value of the '{@link #getIrqchip() <em>Irqchip</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrqchip()
     * @generated
     * @ordered
     */
    protected static final int IRQCHIP_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIrqchip() <em>Irqchip</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrqchip()
     * @generated
     * @ordered
     */
    protected int irqchip = IRQCHIP_EDEFAULT;

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
     * The default value of the '{@link #getAddress() <em>Address</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getAddress()
     * @generated
     * @ordered
     */
    protected static final long ADDRESS_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getAddress() <em>Address</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getAddress()
     * @generated
     * @ordered
     */
    protected long address = ADDRESS_EDEFAULT;

    /**
     * The default value of the '{@link #getData() <em>Data</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getData()
     * @generated
     * @ordered
     */
    protected static final int DATA_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getData() <em>Data</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getData()
     * @generated
     * @ordered
     */
    protected int data = DATA_EDEFAULT;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected MsiRouteImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.MSI_ROUTE;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getGsi() {
        return gsi;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setGsi(int newGsi) {
        int oldGsi = gsi;
        gsi = newGsi;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MSI_ROUTE__GSI, oldGsi, gsi));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIrqchip() {
        return irqchip;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIrqchip(int newIrqchip) {
        int oldIrqchip = irqchip;
        irqchip = newIrqchip;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MSI_ROUTE__IRQCHIP, oldIrqchip, irqchip));
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
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MSI_ROUTE__PIN, oldPin, pin));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getAddress() {
        return address;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setAddress(long newAddress) {
        long oldAddress = address;
        address = newAddress;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MSI_ROUTE__ADDRESS, oldAddress, address));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getData() {
        return data;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setData(int newData) {
        int oldData = data;
        data = newData;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MSI_ROUTE__DATA, oldData, data));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.MSI_ROUTE__GSI:
                return getGsi();
            case IrqscopePackage.MSI_ROUTE__IRQCHIP:
                return getIrqchip();
            case IrqscopePackage.MSI_ROUTE__PIN:
                return getPin();
            case IrqscopePackage.MSI_ROUTE__ADDRESS:
                return getAddress();
            case IrqscopePackage.MSI_ROUTE__DATA:
                return getData();
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
            case IrqscopePackage.MSI_ROUTE__GSI:
                setGsi((Integer)newValue);
                return;
            case IrqscopePackage.MSI_ROUTE__IRQCHIP:
                setIrqchip((Integer)newValue);
                return;
            case IrqscopePackage.MSI_ROUTE__PIN:
                setPin((Integer)newValue);
                return;
            case IrqscopePackage.MSI_ROUTE__ADDRESS:
                setAddress((Long)newValue);
                return;
            case IrqscopePackage.MSI_ROUTE__DATA:
                setData((Integer)newValue);
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
            case IrqscopePackage.MSI_ROUTE__GSI:
                setGsi(GSI_EDEFAULT);
                return;
            case IrqscopePackage.MSI_ROUTE__IRQCHIP:
                setIrqchip(IRQCHIP_EDEFAULT);
                return;
            case IrqscopePackage.MSI_ROUTE__PIN:
                setPin(PIN_EDEFAULT);
                return;
            case IrqscopePackage.MSI_ROUTE__ADDRESS:
                setAddress(ADDRESS_EDEFAULT);
                return;
            case IrqscopePackage.MSI_ROUTE__DATA:
                setData(DATA_EDEFAULT);
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
            case IrqscopePackage.MSI_ROUTE__GSI:
                return gsi != GSI_EDEFAULT;
            case IrqscopePackage.MSI_ROUTE__IRQCHIP:
                return irqchip != IRQCHIP_EDEFAULT;
            case IrqscopePackage.MSI_ROUTE__PIN:
                return pin != PIN_EDEFAULT;
            case IrqscopePackage.MSI_ROUTE__ADDRESS:
                return address != ADDRESS_EDEFAULT;
            case IrqscopePackage.MSI_ROUTE__DATA:
                return data != DATA_EDEFAULT;
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
        result.append(" (gsi: ");
        result.append(gsi);
        result.append(", irqchip: ");
        result.append(irqchip);
        result.append(", pin: ");
        result.append(pin);
        result.append(", address: ");
        result.append(address);
        result.append(", data: ");
        result.append(data);
        result.append(')');
        return result.toString();
    }

} //MsiRouteImpl
