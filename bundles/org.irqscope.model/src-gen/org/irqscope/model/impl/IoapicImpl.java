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

import org.irqscope.model.Ioapic;
import org.irqscope.model.IoapicPin;
import org.irqscope.model.IrqscopePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ioapic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.IoapicImpl#getIoapicId <em>Ioapic Id</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicImpl#getBaseAddress <em>Base Address</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicImpl#getIoregsel <em>Ioregsel</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicImpl#getIrr <em>Irr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.IoapicImpl#getPins <em>Pins</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IoapicImpl extends ControllerImpl implements Ioapic {
    /**
     * The default value of the '{@link #getIoapicId() <em>Ioapic Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIoapicId()
     * @generated
     * @ordered
     */
    protected static final int IOAPIC_ID_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIoapicId() <em>Ioapic Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIoapicId()
     * @generated
     * @ordered
     */
    protected int ioapicId = IOAPIC_ID_EDEFAULT;

    /**
     * The default value of the '{@link #getBaseAddress() <em>Base Address</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getBaseAddress()
     * @generated
     * @ordered
     */
    protected static final long BASE_ADDRESS_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getBaseAddress() <em>Base Address</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getBaseAddress()
     * @generated
     * @ordered
     */
    protected long baseAddress = BASE_ADDRESS_EDEFAULT;

    /**
     * The default value of the '{@link #getIoregsel() <em>Ioregsel</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIoregsel()
     * @generated
     * @ordered
     */
    protected static final int IOREGSEL_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIoregsel() <em>Ioregsel</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIoregsel()
     * @generated
     * @ordered
     */
    protected int ioregsel = IOREGSEL_EDEFAULT;

    /**
     * The default value of the '{@link #getIrr() <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrr()
     * @generated
     * @ordered
     */
    protected static final int IRR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIrr() <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrr()
     * @generated
     * @ordered
     */
    protected int irr = IRR_EDEFAULT;

    /**
     * The cached value of the '{@link #getPins() <em>Pins</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPins()
     * @generated
     * @ordered
     */
    protected EList<IoapicPin> pins;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected IoapicImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.IOAPIC;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIoapicId() {
        return ioapicId;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIoapicId(int newIoapicId) {
        int oldIoapicId = ioapicId;
        ioapicId = newIoapicId;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.IOAPIC__IOAPIC_ID, oldIoapicId, ioapicId));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getBaseAddress() {
        return baseAddress;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setBaseAddress(long newBaseAddress) {
        long oldBaseAddress = baseAddress;
        baseAddress = newBaseAddress;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.IOAPIC__BASE_ADDRESS, oldBaseAddress, baseAddress));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIoregsel() {
        return ioregsel;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIoregsel(int newIoregsel) {
        int oldIoregsel = ioregsel;
        ioregsel = newIoregsel;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.IOAPIC__IOREGSEL, oldIoregsel, ioregsel));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIrr() {
        return irr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIrr(int newIrr) {
        int oldIrr = irr;
        irr = newIrr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.IOAPIC__IRR, oldIrr, irr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<IoapicPin> getPins() {
        if (pins == null) {
            pins = new EObjectContainmentEList<IoapicPin>(IoapicPin.class, this, IrqscopePackage.IOAPIC__PINS);
        }
        return pins;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        switch (featureID) {
            case IrqscopePackage.IOAPIC__PINS:
                return ((InternalEList<?>)getPins()).basicRemove(otherEnd, msgs);
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
            case IrqscopePackage.IOAPIC__IOAPIC_ID:
                return getIoapicId();
            case IrqscopePackage.IOAPIC__BASE_ADDRESS:
                return getBaseAddress();
            case IrqscopePackage.IOAPIC__IOREGSEL:
                return getIoregsel();
            case IrqscopePackage.IOAPIC__IRR:
                return getIrr();
            case IrqscopePackage.IOAPIC__PINS:
                return getPins();
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
            case IrqscopePackage.IOAPIC__IOAPIC_ID:
                setIoapicId((Integer)newValue);
                return;
            case IrqscopePackage.IOAPIC__BASE_ADDRESS:
                setBaseAddress((Long)newValue);
                return;
            case IrqscopePackage.IOAPIC__IOREGSEL:
                setIoregsel((Integer)newValue);
                return;
            case IrqscopePackage.IOAPIC__IRR:
                setIrr((Integer)newValue);
                return;
            case IrqscopePackage.IOAPIC__PINS:
                getPins().clear();
                getPins().addAll((Collection<? extends IoapicPin>)newValue);
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
            case IrqscopePackage.IOAPIC__IOAPIC_ID:
                setIoapicId(IOAPIC_ID_EDEFAULT);
                return;
            case IrqscopePackage.IOAPIC__BASE_ADDRESS:
                setBaseAddress(BASE_ADDRESS_EDEFAULT);
                return;
            case IrqscopePackage.IOAPIC__IOREGSEL:
                setIoregsel(IOREGSEL_EDEFAULT);
                return;
            case IrqscopePackage.IOAPIC__IRR:
                setIrr(IRR_EDEFAULT);
                return;
            case IrqscopePackage.IOAPIC__PINS:
                getPins().clear();
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
            case IrqscopePackage.IOAPIC__IOAPIC_ID:
                return ioapicId != IOAPIC_ID_EDEFAULT;
            case IrqscopePackage.IOAPIC__BASE_ADDRESS:
                return baseAddress != BASE_ADDRESS_EDEFAULT;
            case IrqscopePackage.IOAPIC__IOREGSEL:
                return ioregsel != IOREGSEL_EDEFAULT;
            case IrqscopePackage.IOAPIC__IRR:
                return irr != IRR_EDEFAULT;
            case IrqscopePackage.IOAPIC__PINS:
                return pins != null && !pins.isEmpty();
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
        result.append(" (ioapicId: ");
        result.append(ioapicId);
        result.append(", baseAddress: ");
        result.append(baseAddress);
        result.append(", ioregsel: ");
        result.append(ioregsel);
        result.append(", irr: ");
        result.append(irr);
        result.append(')');
        return result.toString();
    }

} //IoapicImpl
