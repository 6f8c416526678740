// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.XiveRing;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Xive Ring</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getNsr <em>Nsr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getCppr <em>Cppr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getIpb <em>Ipb</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getLsmfb <em>Lsmfb</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getAckCount <em>Ack Count</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getInc <em>Inc</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getAge <em>Age</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getPipr <em>Pipr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getW2 <em>W2</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveRingImpl#getRingName <em>Ring Name</em>}</li>
 * </ul>
 *
 * @generated
 */
public class XiveRingImpl extends MinimalEObjectImpl.Container implements XiveRing {
    /**
     * The default value of the '{@link #getNsr() <em>Nsr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getNsr()
     * @generated
     * @ordered
     */
    protected static final int NSR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getNsr() <em>Nsr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getNsr()
     * @generated
     * @ordered
     */
    protected int nsr = NSR_EDEFAULT;

    /**
     * The default value of the '{@link #getCppr() <em>Cppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCppr()
     * @generated
     * @ordered
     */
    protected static final int CPPR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getCppr() <em>Cppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCppr()
     * @generated
     * @ordered
     */
    protected int cppr = CPPR_EDEFAULT;

    /**
     * The default value of the '{@link #getIpb() <em>Ipb</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIpb()
     * @generated
     * @ordered
     */
    protected static final int IPB_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIpb() <em>Ipb</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIpb()
     * @generated
     * @ordered
     */
    protected int ipb = IPB_EDEFAULT;

    /**
     * The default value of the '{@link #getLsmfb() <em>Lsmfb</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getLsmfb()
     * @generated
     * @ordered
     */
    protected static final int LSMFB_EDEFAULT = 255;

    /**
     * The cached value of the '{@link #getLsmfb() <em>Lsmfb</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getLsmfb()
     * @generated
     * @ordered
     */
    protected int lsmfb = LSMFB_EDEFAULT;

    /**
     * The default value of the '{@link #getAckCount() <em>Ack Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getAckCount()
     * @generated
     * @ordered
     */
    protected static final int ACK_COUNT_EDEFAULT = 255;

    /**
     * The cached value of the '{@link #getAckCount() <em>Ack Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getAckCount()
     * @generated
     * @ordered
     */
    protected int ackCount = ACK_COUNT_EDEFAULT;

    /**
     * The default value of the '{@link #getInc() <em>Inc</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getInc()
     * @generated
     * @ordered
     */
    protected static final int INC_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getInc() <em>Inc</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getInc()
     * @generated
     * @ordered
     */
    protected int inc = INC_EDEFAULT;

    /**
     * The default value of the '{@link #getAge() <em>Age</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getAge()
     * @generated
     * @ordered
     */
    protected static final int AGE_EDEFAULT = 255;

    /**
     * The cached value of the '{@link #getAge() <em>Age</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getAge()
     * @generated
     * @ordered
     */
    protected int age = AGE_EDEFAULT;

    /**
     * The default value of the '{@link #getPipr() <em>Pipr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPipr()
     * @generated
     * @ordered
     */
    protected static final int PIPR_EDEFAULT = 255;

    /**
     * The cached value of the '{@link #getPipr() <em>Pipr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPipr()
     * @generated
     * @ordered
     */
    protected int pipr = PIPR_EDEFAULT;

    /**
     * The default value of the '{@link #getW2() <em>W2</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getW2()
     * @generated
     * @ordered
     */
    protected static final int W2_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getW2() <em>W2</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getW2()
     * @generated
     * @ordered
     */
    protected int w2 = W2_EDEFAULT;

    /**
     * The default value of the '{@link #getRingName() <em>Ring Name</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRingName()
     * @generated
     * @ordered
     */
    protected static final String RING_NAME_EDEFAULT = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected XiveRingImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.XIVE_RING;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getNsr() {
        return nsr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setNsr(int newNsr) {
        int oldNsr = nsr;
        nsr = newNsr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__NSR, oldNsr, nsr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getCppr() {
        return cppr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setCppr(int newCppr) {
        int oldCppr = cppr;
        cppr = newCppr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__CPPR, oldCppr, cppr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIpb() {
        return ipb;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIpb(int newIpb) {
        int oldIpb = ipb;
        ipb = newIpb;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__IPB, oldIpb, ipb));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getLsmfb() {
        return lsmfb;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setLsmfb(int newLsmfb) {
        int oldLsmfb = lsmfb;
        lsmfb = newLsmfb;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__LSMFB, oldLsmfb, lsmfb));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getAckCount() {
        return ackCount;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setAckCount(int newAckCount) {
        int oldAckCount = ackCount;
        ackCount = newAckCount;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__ACK_COUNT, oldAckCount, ackCount));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getInc() {
        return inc;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setInc(int newInc) {
        int oldInc = inc;
        inc = newInc;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__INC, oldInc, inc));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getAge() {
        return age;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setAge(int newAge) {
        int oldAge = age;
        age = newAge;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__AGE, oldAge, age));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPipr() {
        return pipr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPipr(int newPipr) {
        int oldPipr = pipr;
        pipr = newPipr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__PIPR, oldPipr, pipr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getW2() {
        return w2;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setW2(int newW2) {
        int oldW2 = w2;
        w2 = newW2;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_RING__W2, oldW2, w2));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String getRingName() {
        return org.irqscope.model.derived.XiveRings.name(this);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean piprMatchesIpb(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
        return org.irqscope.model.constraints.PresenterConstraints.piprMatchesIpb(this, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.XIVE_RING__NSR:
                return getNsr();
            case IrqscopePackage.XIVE_RING__CPPR:
                return getCppr();
            case IrqscopePackage.XIVE_RING__IPB:
                return getIpb();
            case IrqscopePackage.XIVE_RING__LSMFB:
                return getLsmfb();
            case IrqscopePackage.XIVE_RING__ACK_COUNT:
                return getAckCount();
            case IrqscopePackage.XIVE_RING__INC:
                return getInc();
            case IrqscopePackage.XIVE_RING__AGE:
                return getAge();
            case IrqscopePackage.XIVE_RING__PIPR:
                return getPipr();
            case IrqscopePackage.XIVE_RING__W2:
                return getW2();
            case IrqscopePackage.XIVE_RING__RING_NAME:
                return getRingName();
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
            case IrqscopePackage.XIVE_RING__NSR:
                setNsr((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_RING__CPPR:
                setCppr((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_RING__IPB:
                setIpb((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_RING__LSMFB:
                setLsmfb((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_RING__ACK_COUNT:
                setAckCount((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_RING__INC:
                setInc((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_RING__AGE:
                setAge((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_RING__PIPR:
                setPipr((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_RING__W2:
                setW2((Integer)newValue);
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
            case IrqscopePackage.XIVE_RING__NSR:
                setNsr(NSR_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_RING__CPPR:
                setCppr(CPPR_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_RING__IPB:
                setIpb(IPB_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_RING__LSMFB:
                setLsmfb(LSMFB_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_RING__ACK_COUNT:
                setAckCount(ACK_COUNT_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_RING__INC:
                setInc(INC_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_RING__AGE:
                setAge(AGE_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_RING__PIPR:
                setPipr(PIPR_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_RING__W2:
                setW2(W2_EDEFAULT);
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
            case IrqscopePackage.XIVE_RING__NSR:
                return nsr != NSR_EDEFAULT;
            case IrqscopePackage.XIVE_RING__CPPR:
                return cppr != CPPR_EDEFAULT;
            case IrqscopePackage.XIVE_RING__IPB:
                return ipb != IPB_EDEFAULT;
            case IrqscopePackage.XIVE_RING__LSMFB:
                return lsmfb != LSMFB_EDEFAULT;
            case IrqscopePackage.XIVE_RING__ACK_COUNT:
                return ackCount != ACK_COUNT_EDEFAULT;
            case IrqscopePackage.XIVE_RING__INC:
                return inc != INC_EDEFAULT;
            case IrqscopePackage.XIVE_RING__AGE:
                return age != AGE_EDEFAULT;
            case IrqscopePackage.XIVE_RING__PIPR:
                return pipr != PIPR_EDEFAULT;
            case IrqscopePackage.XIVE_RING__W2:
                return w2 != W2_EDEFAULT;
            case IrqscopePackage.XIVE_RING__RING_NAME:
                return RING_NAME_EDEFAULT == null ? getRingName() != null : !RING_NAME_EDEFAULT.equals(getRingName());
        }
        return super.eIsSet(featureID);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    @SuppressWarnings("unchecked")
    public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
        switch (operationID) {
            case IrqscopePackage.XIVE_RING___PIPR_MATCHES_IPB__DIAGNOSTICCHAIN_MAP:
                return piprMatchesIpb((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
        }
        return super.eInvoke(operationID, arguments);
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
        result.append(" (nsr: ");
        result.append(nsr);
        result.append(", cppr: ");
        result.append(cppr);
        result.append(", ipb: ");
        result.append(ipb);
        result.append(", lsmfb: ");
        result.append(lsmfb);
        result.append(", ackCount: ");
        result.append(ackCount);
        result.append(", inc: ");
        result.append(inc);
        result.append(", age: ");
        result.append(age);
        result.append(", pipr: ");
        result.append(pipr);
        result.append(", w2: ");
        result.append(w2);
        result.append(')');
        return result.toString();
    }

} //XiveRingImpl
