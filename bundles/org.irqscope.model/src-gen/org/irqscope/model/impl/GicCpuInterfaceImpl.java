// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.irqscope.model.GicCpuInterface;
import org.irqscope.model.IrqscopePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gic Cpu Interface</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.GicCpuInterfaceImpl#getMpidr <em>Mpidr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.GicCpuInterfaceImpl#getPmr <em>Pmr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.GicCpuInterfaceImpl#getBpr1 <em>Bpr1</em>}</li>
 *   <li>{@link org.irqscope.model.impl.GicCpuInterfaceImpl#getIgrpen1 <em>Igrpen1</em>}</li>
 *   <li>{@link org.irqscope.model.impl.GicCpuInterfaceImpl#getPending <em>Pending</em>}</li>
 *   <li>{@link org.irqscope.model.impl.GicCpuInterfaceImpl#getActive <em>Active</em>}</li>
 *   <li>{@link org.irqscope.model.impl.GicCpuInterfaceImpl#getEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GicCpuInterfaceImpl extends PresenterImpl implements GicCpuInterface {
    /**
     * The default value of the '{@link #getMpidr() <em>Mpidr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getMpidr()
     * @generated
     * @ordered
     */
    protected static final long MPIDR_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getMpidr() <em>Mpidr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getMpidr()
     * @generated
     * @ordered
     */
    protected long mpidr = MPIDR_EDEFAULT;

    /**
     * The default value of the '{@link #getPmr() <em>Pmr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPmr()
     * @generated
     * @ordered
     */
    protected static final int PMR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getPmr() <em>Pmr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPmr()
     * @generated
     * @ordered
     */
    protected int pmr = PMR_EDEFAULT;

    /**
     * The default value of the '{@link #getBpr1() <em>Bpr1</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getBpr1()
     * @generated
     * @ordered
     */
    protected static final int BPR1_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getBpr1() <em>Bpr1</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getBpr1()
     * @generated
     * @ordered
     */
    protected int bpr1 = BPR1_EDEFAULT;

    /**
     * The default value of the '{@link #getIgrpen1() <em>Igrpen1</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIgrpen1()
     * @generated
     * @ordered
     */
    protected static final int IGRPEN1_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIgrpen1() <em>Igrpen1</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIgrpen1()
     * @generated
     * @ordered
     */
    protected int igrpen1 = IGRPEN1_EDEFAULT;

    /**
     * The default value of the '{@link #getPending() <em>Pending</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPending()
     * @generated
     * @ordered
     */
    protected static final long PENDING_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getPending() <em>Pending</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPending()
     * @generated
     * @ordered
     */
    protected long pending = PENDING_EDEFAULT;

    /**
     * The default value of the '{@link #getActive() <em>Active</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getActive()
     * @generated
     * @ordered
     */
    protected static final long ACTIVE_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getActive() <em>Active</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getActive()
     * @generated
     * @ordered
     */
    protected long active = ACTIVE_EDEFAULT;

    /**
     * The default value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEnabled()
     * @generated
     * @ordered
     */
    protected static final long ENABLED_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getEnabled() <em>Enabled</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEnabled()
     * @generated
     * @ordered
     */
    protected long enabled = ENABLED_EDEFAULT;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected GicCpuInterfaceImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.GIC_CPU_INTERFACE;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getMpidr() {
        return mpidr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setMpidr(long newMpidr) {
        long oldMpidr = mpidr;
        mpidr = newMpidr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_CPU_INTERFACE__MPIDR, oldMpidr, mpidr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPmr() {
        return pmr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPmr(int newPmr) {
        int oldPmr = pmr;
        pmr = newPmr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_CPU_INTERFACE__PMR, oldPmr, pmr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getBpr1() {
        return bpr1;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setBpr1(int newBpr1) {
        int oldBpr1 = bpr1;
        bpr1 = newBpr1;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_CPU_INTERFACE__BPR1, oldBpr1, bpr1));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIgrpen1() {
        return igrpen1;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIgrpen1(int newIgrpen1) {
        int oldIgrpen1 = igrpen1;
        igrpen1 = newIgrpen1;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_CPU_INTERFACE__IGRPEN1, oldIgrpen1, igrpen1));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getPending() {
        return pending;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPending(long newPending) {
        long oldPending = pending;
        pending = newPending;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_CPU_INTERFACE__PENDING, oldPending, pending));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getActive() {
        return active;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setActive(long newActive) {
        long oldActive = active;
        active = newActive;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_CPU_INTERFACE__ACTIVE, oldActive, active));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getEnabled() {
        return enabled;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setEnabled(long newEnabled) {
        long oldEnabled = enabled;
        enabled = newEnabled;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_CPU_INTERFACE__ENABLED, oldEnabled, enabled));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.GIC_CPU_INTERFACE__MPIDR:
                return getMpidr();
            case IrqscopePackage.GIC_CPU_INTERFACE__PMR:
                return getPmr();
            case IrqscopePackage.GIC_CPU_INTERFACE__BPR1:
                return getBpr1();
            case IrqscopePackage.GIC_CPU_INTERFACE__IGRPEN1:
                return getIgrpen1();
            case IrqscopePackage.GIC_CPU_INTERFACE__PENDING:
                return getPending();
            case IrqscopePackage.GIC_CPU_INTERFACE__ACTIVE:
                return getActive();
            case IrqscopePackage.GIC_CPU_INTERFACE__ENABLED:
                return getEnabled();
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
            case IrqscopePackage.GIC_CPU_INTERFACE__MPIDR:
                setMpidr((Long)newValue);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__PMR:
                setPmr((Integer)newValue);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__BPR1:
                setBpr1((Integer)newValue);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__IGRPEN1:
                setIgrpen1((Integer)newValue);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__PENDING:
                setPending((Long)newValue);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__ACTIVE:
                setActive((Long)newValue);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__ENABLED:
                setEnabled((Long)newValue);
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
            case IrqscopePackage.GIC_CPU_INTERFACE__MPIDR:
                setMpidr(MPIDR_EDEFAULT);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__PMR:
                setPmr(PMR_EDEFAULT);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__BPR1:
                setBpr1(BPR1_EDEFAULT);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__IGRPEN1:
                setIgrpen1(IGRPEN1_EDEFAULT);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__PENDING:
                setPending(PENDING_EDEFAULT);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__ACTIVE:
                setActive(ACTIVE_EDEFAULT);
                return;
            case IrqscopePackage.GIC_CPU_INTERFACE__ENABLED:
                setEnabled(ENABLED_EDEFAULT);
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
            case IrqscopePackage.GIC_CPU_INTERFACE__MPIDR:
                return mpidr != MPIDR_EDEFAULT;
            case IrqscopePackage.GIC_CPU_INTERFACE__PMR:
                return pmr != PMR_EDEFAULT;
            case IrqscopePackage.GIC_CPU_INTERFACE__BPR1:
                return bpr1 != BPR1_EDEFAULT;
            case IrqscopePackage.GIC_CPU_INTERFACE__IGRPEN1:
                return igrpen1 != IGRPEN1_EDEFAULT;
            case IrqscopePackage.GIC_CPU_INTERFACE__PENDING:
                return pending != PENDING_EDEFAULT;
            case IrqscopePackage.GIC_CPU_INTERFACE__ACTIVE:
                return active != ACTIVE_EDEFAULT;
            case IrqscopePackage.GIC_CPU_INTERFACE__ENABLED:
                return enabled != ENABLED_EDEFAULT;
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
        result.append(" (mpidr: ");
        result.append(mpidr);
        result.append(", pmr: ");
        result.append(pmr);
        result.append(", bpr1: ");
        result.append(bpr1);
        result.append(", igrpen1: ");
        result.append(igrpen1);
        result.append(", pending: ");
        result.append(pending);
        result.append(", active: ");
        result.append(active);
        result.append(", enabled: ");
        result.append(enabled);
        result.append(')');
        return result.toString();
    }

} //GicCpuInterfaceImpl
