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
import org.irqscope.model.Source;
import org.irqscope.model.SourceKind;
import org.irqscope.model.XiveEventQueue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#isAllocated <em>Allocated</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getServer <em>Server</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#isMasked <em>Masked</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getSavedPriority <em>Saved Priority</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#isAsserted <em>Asserted</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#isPending <em>Pending</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#isPresented <em>Presented</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#isQueued <em>Queued</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getPq <em>Pq</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getEisn <em>Eisn</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getEndIndex <em>End Index</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#isTargetingFromVmm <em>Targeting From Vmm</em>}</li>
 *   <li>{@link org.irqscope.model.impl.SourceImpl#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SourceImpl extends MinimalEObjectImpl.Container implements Source {
    /**
     * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getNumber()
     * @generated
     * @ordered
     */
    protected static final int NUMBER_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getNumber()
     * @generated
     * @ordered
     */
    protected int number = NUMBER_EDEFAULT;

    /**
     * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getKind()
     * @generated
     * @ordered
     */
    protected static final SourceKind KIND_EDEFAULT = SourceKind.LSI;

    /**
     * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getKind()
     * @generated
     * @ordered
     */
    protected SourceKind kind = KIND_EDEFAULT;

    /**
     * The default value of the '{@link #isAllocated() <em>Allocated</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isAllocated()
     * @generated
     * @ordered
     */
    protected static final boolean ALLOCATED_EDEFAULT = true;

    /**
     * The cached value of the '{@link #isAllocated() <em>Allocated</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isAllocated()
     * @generated
     * @ordered
     */
    protected boolean allocated = ALLOCATED_EDEFAULT;

    /**
     * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getOwner()
     * @generated
     * @ordered
     */
    protected static final String OWNER_EDEFAULT = "";

    /**
     * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getOwner()
     * @generated
     * @ordered
     */
    protected String owner = OWNER_EDEFAULT;

    /**
     * The default value of the '{@link #getServer() <em>Server</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getServer()
     * @generated
     * @ordered
     */
    protected static final int SERVER_EDEFAULT = -1;

    /**
     * The cached value of the '{@link #getServer() <em>Server</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getServer()
     * @generated
     * @ordered
     */
    protected int server = SERVER_EDEFAULT;

    /**
     * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPriority()
     * @generated
     * @ordered
     */
    protected static final int PRIORITY_EDEFAULT = 255;

    /**
     * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPriority()
     * @generated
     * @ordered
     */
    protected int priority = PRIORITY_EDEFAULT;

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
     * The cached value of the '{@link #isMasked() <em>Masked</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isMasked()
     * @generated
     * @ordered
     */
    protected boolean masked = MASKED_EDEFAULT;

    /**
     * The default value of the '{@link #getSavedPriority() <em>Saved Priority</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSavedPriority()
     * @generated
     * @ordered
     */
    protected static final int SAVED_PRIORITY_EDEFAULT = -1;

    /**
     * The cached value of the '{@link #getSavedPriority() <em>Saved Priority</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSavedPriority()
     * @generated
     * @ordered
     */
    protected int savedPriority = SAVED_PRIORITY_EDEFAULT;

    /**
     * The default value of the '{@link #isAsserted() <em>Asserted</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isAsserted()
     * @generated
     * @ordered
     */
    protected static final boolean ASSERTED_EDEFAULT = false;

    /**
     * The cached value of the '{@link #isAsserted() <em>Asserted</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isAsserted()
     * @generated
     * @ordered
     */
    protected boolean asserted = ASSERTED_EDEFAULT;

    /**
     * The default value of the '{@link #isPending() <em>Pending</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isPending()
     * @generated
     * @ordered
     */
    protected static final boolean PENDING_EDEFAULT = false;

    /**
     * The cached value of the '{@link #isPending() <em>Pending</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isPending()
     * @generated
     * @ordered
     */
    protected boolean pending = PENDING_EDEFAULT;

    /**
     * The default value of the '{@link #isPresented() <em>Presented</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isPresented()
     * @generated
     * @ordered
     */
    protected static final boolean PRESENTED_EDEFAULT = false;

    /**
     * The cached value of the '{@link #isPresented() <em>Presented</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isPresented()
     * @generated
     * @ordered
     */
    protected boolean presented = PRESENTED_EDEFAULT;

    /**
     * The default value of the '{@link #isQueued() <em>Queued</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isQueued()
     * @generated
     * @ordered
     */
    protected static final boolean QUEUED_EDEFAULT = false;

    /**
     * The cached value of the '{@link #isQueued() <em>Queued</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isQueued()
     * @generated
     * @ordered
     */
    protected boolean queued = QUEUED_EDEFAULT;

    /**
     * The default value of the '{@link #getPq() <em>Pq</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPq()
     * @generated
     * @ordered
     */
    protected static final int PQ_EDEFAULT = -1;

    /**
     * The cached value of the '{@link #getPq() <em>Pq</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPq()
     * @generated
     * @ordered
     */
    protected int pq = PQ_EDEFAULT;

    /**
     * The default value of the '{@link #getEisn() <em>Eisn</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEisn()
     * @generated
     * @ordered
     */
    protected static final long EISN_EDEFAULT = -1L;

    /**
     * The cached value of the '{@link #getEisn() <em>Eisn</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEisn()
     * @generated
     * @ordered
     */
    protected long eisn = EISN_EDEFAULT;

    /**
     * The default value of the '{@link #getEndIndex() <em>End Index</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEndIndex()
     * @generated
     * @ordered
     */
    protected static final int END_INDEX_EDEFAULT = -1;

    /**
     * The cached value of the '{@link #getEndIndex() <em>End Index</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEndIndex()
     * @generated
     * @ordered
     */
    protected int endIndex = END_INDEX_EDEFAULT;

    /**
     * The default value of the '{@link #isTargetingFromVmm() <em>Targeting From Vmm</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isTargetingFromVmm()
     * @generated
     * @ordered
     */
    protected static final boolean TARGETING_FROM_VMM_EDEFAULT = false;

    /**
     * The cached value of the '{@link #isTargetingFromVmm() <em>Targeting From Vmm</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isTargetingFromVmm()
     * @generated
     * @ordered
     */
    protected boolean targetingFromVmm = TARGETING_FROM_VMM_EDEFAULT;

    /**
     * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCount()
     * @generated
     * @ordered
     */
    protected static final long COUNT_EDEFAULT = -1L;

    /**
     * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCount()
     * @generated
     * @ordered
     */
    protected long count = COUNT_EDEFAULT;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected SourceImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.SOURCE;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getNumber() {
        return number;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setNumber(int newNumber) {
        int oldNumber = number;
        number = newNumber;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__NUMBER, oldNumber, number));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public SourceKind getKind() {
        return kind;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setKind(SourceKind newKind) {
        SourceKind oldKind = kind;
        kind = newKind == null ? KIND_EDEFAULT : newKind;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__KIND, oldKind, kind));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isAllocated() {
        return allocated;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setAllocated(boolean newAllocated) {
        boolean oldAllocated = allocated;
        allocated = newAllocated;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__ALLOCATED, oldAllocated, allocated));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String getOwner() {
        return owner;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setOwner(String newOwner) {
        String oldOwner = owner;
        owner = newOwner;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__OWNER, oldOwner, owner));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getServer() {
        return server;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setServer(int newServer) {
        int oldServer = server;
        server = newServer;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__SERVER, oldServer, server));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPriority() {
        return priority;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPriority(int newPriority) {
        int oldPriority = priority;
        priority = newPriority;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__PRIORITY, oldPriority, priority));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isMasked() {
        return masked;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setMasked(boolean newMasked) {
        boolean oldMasked = masked;
        masked = newMasked;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__MASKED, oldMasked, masked));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getSavedPriority() {
        return savedPriority;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setSavedPriority(int newSavedPriority) {
        int oldSavedPriority = savedPriority;
        savedPriority = newSavedPriority;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__SAVED_PRIORITY, oldSavedPriority, savedPriority));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isAsserted() {
        return asserted;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setAsserted(boolean newAsserted) {
        boolean oldAsserted = asserted;
        asserted = newAsserted;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__ASSERTED, oldAsserted, asserted));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isPending() {
        return pending;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPending(boolean newPending) {
        boolean oldPending = pending;
        pending = newPending;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__PENDING, oldPending, pending));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isPresented() {
        return presented;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPresented(boolean newPresented) {
        boolean oldPresented = presented;
        presented = newPresented;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__PRESENTED, oldPresented, presented));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isQueued() {
        return queued;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setQueued(boolean newQueued) {
        boolean oldQueued = queued;
        queued = newQueued;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__QUEUED, oldQueued, queued));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPq() {
        return pq;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPq(int newPq) {
        int oldPq = pq;
        pq = newPq;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__PQ, oldPq, pq));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getEisn() {
        return eisn;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setEisn(long newEisn) {
        long oldEisn = eisn;
        eisn = newEisn;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__EISN, oldEisn, eisn));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getEndIndex() {
        return endIndex;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setEndIndex(int newEndIndex) {
        int oldEndIndex = endIndex;
        endIndex = newEndIndex;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__END_INDEX, oldEndIndex, endIndex));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public XiveEventQueue getEnd() {
        return org.irqscope.model.derived.XiveRouting.endOf(this);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isTargetingFromVmm() {
        return targetingFromVmm;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setTargetingFromVmm(boolean newTargetingFromVmm) {
        boolean oldTargetingFromVmm = targetingFromVmm;
        targetingFromVmm = newTargetingFromVmm;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__TARGETING_FROM_VMM, oldTargetingFromVmm, targetingFromVmm));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getCount() {
        return count;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setCount(long newCount) {
        long oldCount = count;
        count = newCount;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.SOURCE__COUNT, oldCount, count));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean priorityInArchitectureRange(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
        return org.irqscope.model.constraints.SourceConstraints.priorityInArchitectureRange(this, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean serverIsVcpu(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
        return org.irqscope.model.constraints.SourceConstraints.serverIsVcpu(this, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean pendingOnlyWhenAllocated(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
        return org.irqscope.model.constraints.SourceConstraints.pendingOnlyWhenAllocated(this, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.SOURCE__NUMBER:
                return getNumber();
            case IrqscopePackage.SOURCE__KIND:
                return getKind();
            case IrqscopePackage.SOURCE__ALLOCATED:
                return isAllocated();
            case IrqscopePackage.SOURCE__OWNER:
                return getOwner();
            case IrqscopePackage.SOURCE__SERVER:
                return getServer();
            case IrqscopePackage.SOURCE__PRIORITY:
                return getPriority();
            case IrqscopePackage.SOURCE__MASKED:
                return isMasked();
            case IrqscopePackage.SOURCE__SAVED_PRIORITY:
                return getSavedPriority();
            case IrqscopePackage.SOURCE__ASSERTED:
                return isAsserted();
            case IrqscopePackage.SOURCE__PENDING:
                return isPending();
            case IrqscopePackage.SOURCE__PRESENTED:
                return isPresented();
            case IrqscopePackage.SOURCE__QUEUED:
                return isQueued();
            case IrqscopePackage.SOURCE__PQ:
                return getPq();
            case IrqscopePackage.SOURCE__EISN:
                return getEisn();
            case IrqscopePackage.SOURCE__END_INDEX:
                return getEndIndex();
            case IrqscopePackage.SOURCE__END:
                return getEnd();
            case IrqscopePackage.SOURCE__TARGETING_FROM_VMM:
                return isTargetingFromVmm();
            case IrqscopePackage.SOURCE__COUNT:
                return getCount();
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
            case IrqscopePackage.SOURCE__NUMBER:
                setNumber((Integer)newValue);
                return;
            case IrqscopePackage.SOURCE__KIND:
                setKind((SourceKind)newValue);
                return;
            case IrqscopePackage.SOURCE__ALLOCATED:
                setAllocated((Boolean)newValue);
                return;
            case IrqscopePackage.SOURCE__OWNER:
                setOwner((String)newValue);
                return;
            case IrqscopePackage.SOURCE__SERVER:
                setServer((Integer)newValue);
                return;
            case IrqscopePackage.SOURCE__PRIORITY:
                setPriority((Integer)newValue);
                return;
            case IrqscopePackage.SOURCE__MASKED:
                setMasked((Boolean)newValue);
                return;
            case IrqscopePackage.SOURCE__SAVED_PRIORITY:
                setSavedPriority((Integer)newValue);
                return;
            case IrqscopePackage.SOURCE__ASSERTED:
                setAsserted((Boolean)newValue);
                return;
            case IrqscopePackage.SOURCE__PENDING:
                setPending((Boolean)newValue);
                return;
            case IrqscopePackage.SOURCE__PRESENTED:
                setPresented((Boolean)newValue);
                return;
            case IrqscopePackage.SOURCE__QUEUED:
                setQueued((Boolean)newValue);
                return;
            case IrqscopePackage.SOURCE__PQ:
                setPq((Integer)newValue);
                return;
            case IrqscopePackage.SOURCE__EISN:
                setEisn((Long)newValue);
                return;
            case IrqscopePackage.SOURCE__END_INDEX:
                setEndIndex((Integer)newValue);
                return;
            case IrqscopePackage.SOURCE__TARGETING_FROM_VMM:
                setTargetingFromVmm((Boolean)newValue);
                return;
            case IrqscopePackage.SOURCE__COUNT:
                setCount((Long)newValue);
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
            case IrqscopePackage.SOURCE__NUMBER:
                setNumber(NUMBER_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__KIND:
                setKind(KIND_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__ALLOCATED:
                setAllocated(ALLOCATED_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__OWNER:
                setOwner(OWNER_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__SERVER:
                setServer(SERVER_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__PRIORITY:
                setPriority(PRIORITY_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__MASKED:
                setMasked(MASKED_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__SAVED_PRIORITY:
                setSavedPriority(SAVED_PRIORITY_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__ASSERTED:
                setAsserted(ASSERTED_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__PENDING:
                setPending(PENDING_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__PRESENTED:
                setPresented(PRESENTED_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__QUEUED:
                setQueued(QUEUED_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__PQ:
                setPq(PQ_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__EISN:
                setEisn(EISN_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__END_INDEX:
                setEndIndex(END_INDEX_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__TARGETING_FROM_VMM:
                setTargetingFromVmm(TARGETING_FROM_VMM_EDEFAULT);
                return;
            case IrqscopePackage.SOURCE__COUNT:
                setCount(COUNT_EDEFAULT);
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
            case IrqscopePackage.SOURCE__NUMBER:
                return number != NUMBER_EDEFAULT;
            case IrqscopePackage.SOURCE__KIND:
                return kind != KIND_EDEFAULT;
            case IrqscopePackage.SOURCE__ALLOCATED:
                return allocated != ALLOCATED_EDEFAULT;
            case IrqscopePackage.SOURCE__OWNER:
                return OWNER_EDEFAULT == null ? owner != null : !OWNER_EDEFAULT.equals(owner);
            case IrqscopePackage.SOURCE__SERVER:
                return server != SERVER_EDEFAULT;
            case IrqscopePackage.SOURCE__PRIORITY:
                return priority != PRIORITY_EDEFAULT;
            case IrqscopePackage.SOURCE__MASKED:
                return masked != MASKED_EDEFAULT;
            case IrqscopePackage.SOURCE__SAVED_PRIORITY:
                return savedPriority != SAVED_PRIORITY_EDEFAULT;
            case IrqscopePackage.SOURCE__ASSERTED:
                return asserted != ASSERTED_EDEFAULT;
            case IrqscopePackage.SOURCE__PENDING:
                return pending != PENDING_EDEFAULT;
            case IrqscopePackage.SOURCE__PRESENTED:
                return presented != PRESENTED_EDEFAULT;
            case IrqscopePackage.SOURCE__QUEUED:
                return queued != QUEUED_EDEFAULT;
            case IrqscopePackage.SOURCE__PQ:
                return pq != PQ_EDEFAULT;
            case IrqscopePackage.SOURCE__EISN:
                return eisn != EISN_EDEFAULT;
            case IrqscopePackage.SOURCE__END_INDEX:
                return endIndex != END_INDEX_EDEFAULT;
            case IrqscopePackage.SOURCE__END:
                return getEnd() != null;
            case IrqscopePackage.SOURCE__TARGETING_FROM_VMM:
                return targetingFromVmm != TARGETING_FROM_VMM_EDEFAULT;
            case IrqscopePackage.SOURCE__COUNT:
                return count != COUNT_EDEFAULT;
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
            case IrqscopePackage.SOURCE___PRIORITY_IN_ARCHITECTURE_RANGE__DIAGNOSTICCHAIN_MAP:
                return priorityInArchitectureRange((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
            case IrqscopePackage.SOURCE___SERVER_IS_VCPU__DIAGNOSTICCHAIN_MAP:
                return serverIsVcpu((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
            case IrqscopePackage.SOURCE___PENDING_ONLY_WHEN_ALLOCATED__DIAGNOSTICCHAIN_MAP:
                return pendingOnlyWhenAllocated((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
        result.append(" (number: ");
        result.append(number);
        result.append(", kind: ");
        result.append(kind);
        result.append(", allocated: ");
        result.append(allocated);
        result.append(", owner: ");
        result.append(owner);
        result.append(", server: ");
        result.append(server);
        result.append(", priority: ");
        result.append(priority);
        result.append(", masked: ");
        result.append(masked);
        result.append(", savedPriority: ");
        result.append(savedPriority);
        result.append(", asserted: ");
        result.append(asserted);
        result.append(", pending: ");
        result.append(pending);
        result.append(", presented: ");
        result.append(presented);
        result.append(", queued: ");
        result.append(queued);
        result.append(", pq: ");
        result.append(pq);
        result.append(", eisn: ");
        result.append(eisn);
        result.append(", endIndex: ");
        result.append(endIndex);
        result.append(", targetingFromVmm: ");
        result.append(targetingFromVmm);
        result.append(", count: ");
        result.append(count);
        result.append(')');
        return result.toString();
    }

} //SourceImpl
