// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Presenter;
import org.irqscope.model.RunState;
import org.irqscope.model.Vcpu;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vcpu</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.VcpuImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.irqscope.model.impl.VcpuImpl#getRunState <em>Run State</em>}</li>
 *   <li>{@link org.irqscope.model.impl.VcpuImpl#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link org.irqscope.model.impl.VcpuImpl#getCounters <em>Counters</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VcpuImpl extends MinimalEObjectImpl.Container implements Vcpu {
    /**
     * The default value of the '{@link #getId() <em>Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getId()
     * @generated
     * @ordered
     */
    protected static final int ID_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getId()
     * @generated
     * @ordered
     */
    protected int id = ID_EDEFAULT;

    /**
     * The default value of the '{@link #getRunState() <em>Run State</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRunState()
     * @generated
     * @ordered
     */
    protected static final RunState RUN_STATE_EDEFAULT = RunState.RUNNING;

    /**
     * The cached value of the '{@link #getRunState() <em>Run State</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRunState()
     * @generated
     * @ordered
     */
    protected RunState runState = RUN_STATE_EDEFAULT;

    /**
     * The cached value of the '{@link #getPresenter() <em>Presenter</em>}' containment reference.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPresenter()
     * @generated
     * @ordered
     */
    protected Presenter presenter;

    /**
     * The cached value of the '{@link #getCounters() <em>Counters</em>}' map.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCounters()
     * @generated
     * @ordered
     */
    protected EMap<String, Long> counters;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected VcpuImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.VCPU;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getId() {
        return id;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setId(int newId) {
        int oldId = id;
        id = newId;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.VCPU__ID, oldId, id));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public RunState getRunState() {
        return runState;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setRunState(RunState newRunState) {
        RunState oldRunState = runState;
        runState = newRunState == null ? RUN_STATE_EDEFAULT : newRunState;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.VCPU__RUN_STATE, oldRunState, runState));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Presenter getPresenter() {
        return presenter;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public NotificationChain basicSetPresenter(Presenter newPresenter, NotificationChain msgs) {
        Presenter oldPresenter = presenter;
        presenter = newPresenter;
        if (eNotificationRequired()) {
            ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, IrqscopePackage.VCPU__PRESENTER, oldPresenter, newPresenter);
            if (msgs == null) msgs = notification; else msgs.add(notification);
        }
        return msgs;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPresenter(Presenter newPresenter) {
        if (newPresenter != presenter) {
            NotificationChain msgs = null;
            if (presenter != null)
                msgs = ((InternalEObject)presenter).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - IrqscopePackage.VCPU__PRESENTER, null, msgs);
            if (newPresenter != null)
                msgs = ((InternalEObject)newPresenter).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - IrqscopePackage.VCPU__PRESENTER, null, msgs);
            msgs = basicSetPresenter(newPresenter, msgs);
            if (msgs != null) msgs.dispatch();
        }
        else if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.VCPU__PRESENTER, newPresenter, newPresenter));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EMap<String, Long> getCounters() {
        if (counters == null) {
            counters = new EcoreEMap<String,Long>(IrqscopePackage.Literals.COUNTER_ENTRY, CounterEntryImpl.class, this, IrqscopePackage.VCPU__COUNTERS);
        }
        return counters;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        switch (featureID) {
            case IrqscopePackage.VCPU__PRESENTER:
                return basicSetPresenter(null, msgs);
            case IrqscopePackage.VCPU__COUNTERS:
                return ((InternalEList<?>)getCounters()).basicRemove(otherEnd, msgs);
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
            case IrqscopePackage.VCPU__ID:
                return getId();
            case IrqscopePackage.VCPU__RUN_STATE:
                return getRunState();
            case IrqscopePackage.VCPU__PRESENTER:
                return getPresenter();
            case IrqscopePackage.VCPU__COUNTERS:
                if (coreType) return getCounters();
                else return getCounters().map();
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
            case IrqscopePackage.VCPU__ID:
                setId((Integer)newValue);
                return;
            case IrqscopePackage.VCPU__RUN_STATE:
                setRunState((RunState)newValue);
                return;
            case IrqscopePackage.VCPU__PRESENTER:
                setPresenter((Presenter)newValue);
                return;
            case IrqscopePackage.VCPU__COUNTERS:
                ((EStructuralFeature.Setting)getCounters()).set(newValue);
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
            case IrqscopePackage.VCPU__ID:
                setId(ID_EDEFAULT);
                return;
            case IrqscopePackage.VCPU__RUN_STATE:
                setRunState(RUN_STATE_EDEFAULT);
                return;
            case IrqscopePackage.VCPU__PRESENTER:
                setPresenter((Presenter)null);
                return;
            case IrqscopePackage.VCPU__COUNTERS:
                getCounters().clear();
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
            case IrqscopePackage.VCPU__ID:
                return id != ID_EDEFAULT;
            case IrqscopePackage.VCPU__RUN_STATE:
                return runState != RUN_STATE_EDEFAULT;
            case IrqscopePackage.VCPU__PRESENTER:
                return presenter != null;
            case IrqscopePackage.VCPU__COUNTERS:
                return counters != null && !counters.isEmpty();
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
        result.append(" (id: ");
        result.append(id);
        result.append(", runState: ");
        result.append(runState);
        result.append(')');
        return result.toString();
    }

} //VcpuImpl
