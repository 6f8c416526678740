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
import org.irqscope.model.Lapic;
import org.irqscope.model.LvtEntry;

import org.irqscope.model.values.InterruptVectors;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Lapic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getApicId <em>Apic Id</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getTpr <em>Tpr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getApr <em>Apr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getPpr <em>Ppr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getSvr <em>Svr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getLdr <em>Ldr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getDfr <em>Dfr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getEsr <em>Esr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getIrr <em>Irr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getIsr <em>Isr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getTmr <em>Tmr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getIcr <em>Icr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getLvt <em>Lvt</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getTimerInitialCount <em>Timer Initial Count</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getTimerCurrentCount <em>Timer Current Count</em>}</li>
 *   <li>{@link org.irqscope.model.impl.LapicImpl#getTimerDivide <em>Timer Divide</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LapicImpl extends PresenterImpl implements Lapic {
    /**
     * The default value of the '{@link #getApicId() <em>Apic Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getApicId()
     * @generated
     * @ordered
     */
    protected static final int APIC_ID_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getApicId() <em>Apic Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getApicId()
     * @generated
     * @ordered
     */
    protected int apicId = APIC_ID_EDEFAULT;

    /**
     * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getVersion()
     * @generated
     * @ordered
     */
    protected static final int VERSION_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getVersion()
     * @generated
     * @ordered
     */
    protected int version = VERSION_EDEFAULT;

    /**
     * The default value of the '{@link #getTpr() <em>Tpr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTpr()
     * @generated
     * @ordered
     */
    protected static final int TPR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getTpr() <em>Tpr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTpr()
     * @generated
     * @ordered
     */
    protected int tpr = TPR_EDEFAULT;

    /**
     * The default value of the '{@link #getApr() <em>Apr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getApr()
     * @generated
     * @ordered
     */
    protected static final int APR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getApr() <em>Apr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getApr()
     * @generated
     * @ordered
     */
    protected int apr = APR_EDEFAULT;

    /**
     * The default value of the '{@link #getPpr() <em>Ppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPpr()
     * @generated
     * @ordered
     */
    protected static final int PPR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getPpr() <em>Ppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPpr()
     * @generated
     * @ordered
     */
    protected int ppr = PPR_EDEFAULT;

    /**
     * The default value of the '{@link #getSvr() <em>Svr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSvr()
     * @generated
     * @ordered
     */
    protected static final int SVR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getSvr() <em>Svr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSvr()
     * @generated
     * @ordered
     */
    protected int svr = SVR_EDEFAULT;

    /**
     * The default value of the '{@link #getLdr() <em>Ldr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getLdr()
     * @generated
     * @ordered
     */
    protected static final int LDR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getLdr() <em>Ldr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getLdr()
     * @generated
     * @ordered
     */
    protected int ldr = LDR_EDEFAULT;

    /**
     * The default value of the '{@link #getDfr() <em>Dfr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getDfr()
     * @generated
     * @ordered
     */
    protected static final int DFR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getDfr() <em>Dfr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getDfr()
     * @generated
     * @ordered
     */
    protected int dfr = DFR_EDEFAULT;

    /**
     * The default value of the '{@link #getEsr() <em>Esr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEsr()
     * @generated
     * @ordered
     */
    protected static final int ESR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getEsr() <em>Esr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEsr()
     * @generated
     * @ordered
     */
    protected int esr = ESR_EDEFAULT;

    /**
     * The default value of the '{@link #getIrr() <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrr()
     * @generated
     * @ordered
     */
    protected static final InterruptVectors IRR_EDEFAULT = null;

    /**
     * The cached value of the '{@link #getIrr() <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrr()
     * @generated
     * @ordered
     */
    protected InterruptVectors irr = IRR_EDEFAULT;

    /**
     * The default value of the '{@link #getIsr() <em>Isr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIsr()
     * @generated
     * @ordered
     */
    protected static final InterruptVectors ISR_EDEFAULT = null;

    /**
     * The cached value of the '{@link #getIsr() <em>Isr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIsr()
     * @generated
     * @ordered
     */
    protected InterruptVectors isr = ISR_EDEFAULT;

    /**
     * The default value of the '{@link #getTmr() <em>Tmr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTmr()
     * @generated
     * @ordered
     */
    protected static final InterruptVectors TMR_EDEFAULT = null;

    /**
     * The cached value of the '{@link #getTmr() <em>Tmr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTmr()
     * @generated
     * @ordered
     */
    protected InterruptVectors tmr = TMR_EDEFAULT;

    /**
     * The default value of the '{@link #getIcr() <em>Icr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIcr()
     * @generated
     * @ordered
     */
    protected static final long ICR_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getIcr() <em>Icr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIcr()
     * @generated
     * @ordered
     */
    protected long icr = ICR_EDEFAULT;

    /**
     * The cached value of the '{@link #getLvt() <em>Lvt</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getLvt()
     * @generated
     * @ordered
     */
    protected EList<LvtEntry> lvt;

    /**
     * The default value of the '{@link #getTimerInitialCount() <em>Timer Initial Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTimerInitialCount()
     * @generated
     * @ordered
     */
    protected static final long TIMER_INITIAL_COUNT_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getTimerInitialCount() <em>Timer Initial Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTimerInitialCount()
     * @generated
     * @ordered
     */
    protected long timerInitialCount = TIMER_INITIAL_COUNT_EDEFAULT;

    /**
     * The default value of the '{@link #getTimerCurrentCount() <em>Timer Current Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTimerCurrentCount()
     * @generated
     * @ordered
     */
    protected static final long TIMER_CURRENT_COUNT_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getTimerCurrentCount() <em>Timer Current Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTimerCurrentCount()
     * @generated
     * @ordered
     */
    protected long timerCurrentCount = TIMER_CURRENT_COUNT_EDEFAULT;

    /**
     * The default value of the '{@link #getTimerDivide() <em>Timer Divide</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTimerDivide()
     * @generated
     * @ordered
     */
    protected static final int TIMER_DIVIDE_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getTimerDivide() <em>Timer Divide</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTimerDivide()
     * @generated
     * @ordered
     */
    protected int timerDivide = TIMER_DIVIDE_EDEFAULT;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected LapicImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.LAPIC;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getApicId() {
        return apicId;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setApicId(int newApicId) {
        int oldApicId = apicId;
        apicId = newApicId;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__APIC_ID, oldApicId, apicId));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getVersion() {
        return version;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setVersion(int newVersion) {
        int oldVersion = version;
        version = newVersion;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__VERSION, oldVersion, version));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getTpr() {
        return tpr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setTpr(int newTpr) {
        int oldTpr = tpr;
        tpr = newTpr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__TPR, oldTpr, tpr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getApr() {
        return apr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setApr(int newApr) {
        int oldApr = apr;
        apr = newApr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__APR, oldApr, apr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPpr() {
        return ppr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPpr(int newPpr) {
        int oldPpr = ppr;
        ppr = newPpr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__PPR, oldPpr, ppr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getSvr() {
        return svr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setSvr(int newSvr) {
        int oldSvr = svr;
        svr = newSvr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__SVR, oldSvr, svr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getLdr() {
        return ldr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setLdr(int newLdr) {
        int oldLdr = ldr;
        ldr = newLdr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__LDR, oldLdr, ldr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getDfr() {
        return dfr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setDfr(int newDfr) {
        int oldDfr = dfr;
        dfr = newDfr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__DFR, oldDfr, dfr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getEsr() {
        return esr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setEsr(int newEsr) {
        int oldEsr = esr;
        esr = newEsr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__ESR, oldEsr, esr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public InterruptVectors getIrr() {
        return irr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIrr(InterruptVectors newIrr) {
        InterruptVectors oldIrr = irr;
        irr = newIrr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__IRR, oldIrr, irr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public InterruptVectors getIsr() {
        return isr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIsr(InterruptVectors newIsr) {
        InterruptVectors oldIsr = isr;
        isr = newIsr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__ISR, oldIsr, isr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public InterruptVectors getTmr() {
        return tmr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setTmr(InterruptVectors newTmr) {
        InterruptVectors oldTmr = tmr;
        tmr = newTmr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__TMR, oldTmr, tmr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getIcr() {
        return icr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIcr(long newIcr) {
        long oldIcr = icr;
        icr = newIcr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__ICR, oldIcr, icr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<LvtEntry> getLvt() {
        if (lvt == null) {
            lvt = new EObjectContainmentEList<LvtEntry>(LvtEntry.class, this, IrqscopePackage.LAPIC__LVT);
        }
        return lvt;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getTimerInitialCount() {
        return timerInitialCount;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setTimerInitialCount(long newTimerInitialCount) {
        long oldTimerInitialCount = timerInitialCount;
        timerInitialCount = newTimerInitialCount;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__TIMER_INITIAL_COUNT, oldTimerInitialCount, timerInitialCount));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getTimerCurrentCount() {
        return timerCurrentCount;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setTimerCurrentCount(long newTimerCurrentCount) {
        long oldTimerCurrentCount = timerCurrentCount;
        timerCurrentCount = newTimerCurrentCount;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__TIMER_CURRENT_COUNT, oldTimerCurrentCount, timerCurrentCount));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getTimerDivide() {
        return timerDivide;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setTimerDivide(int newTimerDivide) {
        int oldTimerDivide = timerDivide;
        timerDivide = newTimerDivide;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.LAPIC__TIMER_DIVIDE, oldTimerDivide, timerDivide));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        switch (featureID) {
            case IrqscopePackage.LAPIC__LVT:
                return ((InternalEList<?>)getLvt()).basicRemove(otherEnd, msgs);
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
            case IrqscopePackage.LAPIC__APIC_ID:
                return getApicId();
            case IrqscopePackage.LAPIC__VERSION:
                return getVersion();
            case IrqscopePackage.LAPIC__TPR:
                return getTpr();
            case IrqscopePackage.LAPIC__APR:
                return getApr();
            case IrqscopePackage.LAPIC__PPR:
                return getPpr();
            case IrqscopePackage.LAPIC__SVR:
                return getSvr();
            case IrqscopePackage.LAPIC__LDR:
                return getLdr();
            case IrqscopePackage.LAPIC__DFR:
                return getDfr();
            case IrqscopePackage.LAPIC__ESR:
                return getEsr();
            case IrqscopePackage.LAPIC__IRR:
                return getIrr();
            case IrqscopePackage.LAPIC__ISR:
                return getIsr();
            case IrqscopePackage.LAPIC__TMR:
                return getTmr();
            case IrqscopePackage.LAPIC__ICR:
                return getIcr();
            case IrqscopePackage.LAPIC__LVT:
                return getLvt();
            case IrqscopePackage.LAPIC__TIMER_INITIAL_COUNT:
                return getTimerInitialCount();
            case IrqscopePackage.LAPIC__TIMER_CURRENT_COUNT:
                return getTimerCurrentCount();
            case IrqscopePackage.LAPIC__TIMER_DIVIDE:
                return getTimerDivide();
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
            case IrqscopePackage.LAPIC__APIC_ID:
                setApicId((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__VERSION:
                setVersion((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__TPR:
                setTpr((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__APR:
                setApr((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__PPR:
                setPpr((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__SVR:
                setSvr((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__LDR:
                setLdr((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__DFR:
                setDfr((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__ESR:
                setEsr((Integer)newValue);
                return;
            case IrqscopePackage.LAPIC__IRR:
                setIrr((InterruptVectors)newValue);
                return;
            case IrqscopePackage.LAPIC__ISR:
                setIsr((InterruptVectors)newValue);
                return;
            case IrqscopePackage.LAPIC__TMR:
                setTmr((InterruptVectors)newValue);
                return;
            case IrqscopePackage.LAPIC__ICR:
                setIcr((Long)newValue);
                return;
            case IrqscopePackage.LAPIC__LVT:
                getLvt().clear();
                getLvt().addAll((Collection<? extends LvtEntry>)newValue);
                return;
            case IrqscopePackage.LAPIC__TIMER_INITIAL_COUNT:
                setTimerInitialCount((Long)newValue);
                return;
            case IrqscopePackage.LAPIC__TIMER_CURRENT_COUNT:
                setTimerCurrentCount((Long)newValue);
                return;
            case IrqscopePackage.LAPIC__TIMER_DIVIDE:
                setTimerDivide((Integer)newValue);
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
            case IrqscopePackage.LAPIC__APIC_ID:
                setApicId(APIC_ID_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__VERSION:
                setVersion(VERSION_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__TPR:
                setTpr(TPR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__APR:
                setApr(APR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__PPR:
                setPpr(PPR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__SVR:
                setSvr(SVR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__LDR:
                setLdr(LDR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__DFR:
                setDfr(DFR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__ESR:
                setEsr(ESR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__IRR:
                setIrr(IRR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__ISR:
                setIsr(ISR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__TMR:
                setTmr(TMR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__ICR:
                setIcr(ICR_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__LVT:
                getLvt().clear();
                return;
            case IrqscopePackage.LAPIC__TIMER_INITIAL_COUNT:
                setTimerInitialCount(TIMER_INITIAL_COUNT_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__TIMER_CURRENT_COUNT:
                setTimerCurrentCount(TIMER_CURRENT_COUNT_EDEFAULT);
                return;
            case IrqscopePackage.LAPIC__TIMER_DIVIDE:
                setTimerDivide(TIMER_DIVIDE_EDEFAULT);
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
            case IrqscopePackage.LAPIC__APIC_ID:
                return apicId != APIC_ID_EDEFAULT;
            case IrqscopePackage.LAPIC__VERSION:
                return version != VERSION_EDEFAULT;
            case IrqscopePackage.LAPIC__TPR:
                return tpr != TPR_EDEFAULT;
            case IrqscopePackage.LAPIC__APR:
                return apr != APR_EDEFAULT;
            case IrqscopePackage.LAPIC__PPR:
                return ppr != PPR_EDEFAULT;
            case IrqscopePackage.LAPIC__SVR:
                return svr != SVR_EDEFAULT;
            case IrqscopePackage.LAPIC__LDR:
                return ldr != LDR_EDEFAULT;
            case IrqscopePackage.LAPIC__DFR:
                return dfr != DFR_EDEFAULT;
            case IrqscopePackage.LAPIC__ESR:
                return esr != ESR_EDEFAULT;
            case IrqscopePackage.LAPIC__IRR:
                return IRR_EDEFAULT == null ? irr != null : !IRR_EDEFAULT.equals(irr);
            case IrqscopePackage.LAPIC__ISR:
                return ISR_EDEFAULT == null ? isr != null : !ISR_EDEFAULT.equals(isr);
            case IrqscopePackage.LAPIC__TMR:
                return TMR_EDEFAULT == null ? tmr != null : !TMR_EDEFAULT.equals(tmr);
            case IrqscopePackage.LAPIC__ICR:
                return icr != ICR_EDEFAULT;
            case IrqscopePackage.LAPIC__LVT:
                return lvt != null && !lvt.isEmpty();
            case IrqscopePackage.LAPIC__TIMER_INITIAL_COUNT:
                return timerInitialCount != TIMER_INITIAL_COUNT_EDEFAULT;
            case IrqscopePackage.LAPIC__TIMER_CURRENT_COUNT:
                return timerCurrentCount != TIMER_CURRENT_COUNT_EDEFAULT;
            case IrqscopePackage.LAPIC__TIMER_DIVIDE:
                return timerDivide != TIMER_DIVIDE_EDEFAULT;
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
        result.append(" (apicId: ");
        result.append(apicId);
        result.append(", version: ");
        result.append(version);
        result.append(", tpr: ");
        result.append(tpr);
        result.append(", apr: ");
        result.append(apr);
        result.append(", ppr: ");
        result.append(ppr);
        result.append(", svr: ");
        result.append(svr);
        result.append(", ldr: ");
        result.append(ldr);
        result.append(", dfr: ");
        result.append(dfr);
        result.append(", esr: ");
        result.append(esr);
        result.append(", irr: ");
        result.append(irr);
        result.append(", isr: ");
        result.append(isr);
        result.append(", tmr: ");
        result.append(tmr);
        result.append(", icr: ");
        result.append(icr);
        result.append(", timerInitialCount: ");
        result.append(timerInitialCount);
        result.append(", timerCurrentCount: ");
        result.append(timerCurrentCount);
        result.append(", timerDivide: ");
        result.append(timerDivide);
        result.append(')');
        return result.toString();
    }

} //LapicImpl
