// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.XiveEventQueue;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Xive Event Queue</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getServer <em>Server</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#isValid <em>Valid</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#isEnqueue <em>Enqueue</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getQshift <em>Qshift</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getQindex <em>Qindex</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getQaddr <em>Qaddr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XiveEventQueueImpl#getWindow <em>Window</em>}</li>
 * </ul>
 *
 * @generated
 */
public class XiveEventQueueImpl extends MinimalEObjectImpl.Container implements XiveEventQueue {
    /**
     * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIndex()
     * @generated
     * @ordered
     */
    protected static final int INDEX_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIndex()
     * @generated
     * @ordered
     */
    protected int index = INDEX_EDEFAULT;

    /**
     * The default value of the '{@link #getServer() <em>Server</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getServer()
     * @generated
     * @ordered
     */
    protected static final int SERVER_EDEFAULT = 0;

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
    protected static final int PRIORITY_EDEFAULT = 0;

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
     * The default value of the '{@link #isValid() <em>Valid</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isValid()
     * @generated
     * @ordered
     */
    protected static final boolean VALID_EDEFAULT = false;

    /**
     * The cached value of the '{@link #isValid() <em>Valid</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isValid()
     * @generated
     * @ordered
     */
    protected boolean valid = VALID_EDEFAULT;

    /**
     * The default value of the '{@link #isEnqueue() <em>Enqueue</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isEnqueue()
     * @generated
     * @ordered
     */
    protected static final boolean ENQUEUE_EDEFAULT = false;

    /**
     * The cached value of the '{@link #isEnqueue() <em>Enqueue</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #isEnqueue()
     * @generated
     * @ordered
     */
    protected boolean enqueue = ENQUEUE_EDEFAULT;

    /**
     * The default value of the '{@link #getQshift() <em>Qshift</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getQshift()
     * @generated
     * @ordered
     */
    protected static final int QSHIFT_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getQshift() <em>Qshift</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getQshift()
     * @generated
     * @ordered
     */
    protected int qshift = QSHIFT_EDEFAULT;

    /**
     * The default value of the '{@link #getEntries() <em>Entries</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEntries()
     * @generated
     * @ordered
     */
    protected static final int ENTRIES_EDEFAULT = 0;

    /**
     * The default value of the '{@link #getQindex() <em>Qindex</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getQindex()
     * @generated
     * @ordered
     */
    protected static final int QINDEX_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getQindex() <em>Qindex</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getQindex()
     * @generated
     * @ordered
     */
    protected int qindex = QINDEX_EDEFAULT;

    /**
     * The default value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getGeneration()
     * @generated
     * @ordered
     */
    protected static final int GENERATION_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getGeneration() <em>Generation</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getGeneration()
     * @generated
     * @ordered
     */
    protected int generation = GENERATION_EDEFAULT;

    /**
     * The default value of the '{@link #getQaddr() <em>Qaddr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getQaddr()
     * @generated
     * @ordered
     */
    protected static final long QADDR_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getQaddr() <em>Qaddr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getQaddr()
     * @generated
     * @ordered
     */
    protected long qaddr = QADDR_EDEFAULT;

    /**
     * The default value of the '{@link #getEscalation() <em>Escalation</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEscalation()
     * @generated
     * @ordered
     */
    protected static final long ESCALATION_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getEscalation() <em>Escalation</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getEscalation()
     * @generated
     * @ordered
     */
    protected long escalation = ESCALATION_EDEFAULT;

    /**
     * The cached value of the '{@link #getWindow() <em>Window</em>}' attribute list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getWindow()
     * @generated
     * @ordered
     */
    protected EList<Integer> window;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected XiveEventQueueImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.XIVE_EVENT_QUEUE;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIndex() {
        return index;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIndex(int newIndex) {
        int oldIndex = index;
        index = newIndex;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__INDEX, oldIndex, index));
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
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__SERVER, oldServer, server));
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
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__PRIORITY, oldPriority, priority));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isValid() {
        return valid;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setValid(boolean newValid) {
        boolean oldValid = valid;
        valid = newValid;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__VALID, oldValid, valid));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean isEnqueue() {
        return enqueue;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setEnqueue(boolean newEnqueue) {
        boolean oldEnqueue = enqueue;
        enqueue = newEnqueue;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__ENQUEUE, oldEnqueue, enqueue));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getQshift() {
        return qshift;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setQshift(int newQshift) {
        int oldQshift = qshift;
        qshift = newQshift;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__QSHIFT, oldQshift, qshift));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getEntries() {
        return getQshift() == 0 ? 0 : 1 << (getQshift() - 2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getQindex() {
        return qindex;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setQindex(int newQindex) {
        int oldQindex = qindex;
        qindex = newQindex;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__QINDEX, oldQindex, qindex));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getGeneration() {
        return generation;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setGeneration(int newGeneration) {
        int oldGeneration = generation;
        generation = newGeneration;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__GENERATION, oldGeneration, generation));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getQaddr() {
        return qaddr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setQaddr(long newQaddr) {
        long oldQaddr = qaddr;
        qaddr = newQaddr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__QADDR, oldQaddr, qaddr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getEscalation() {
        return escalation;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setEscalation(long newEscalation) {
        long oldEscalation = escalation;
        escalation = newEscalation;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XIVE_EVENT_QUEUE__ESCALATION, oldEscalation, escalation));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<Integer> getWindow() {
        if (window == null) {
            window = new EDataTypeEList<Integer>(Integer.class, this, IrqscopePackage.XIVE_EVENT_QUEUE__WINDOW);
        }
        return window;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.XIVE_EVENT_QUEUE__INDEX:
                return getIndex();
            case IrqscopePackage.XIVE_EVENT_QUEUE__SERVER:
                return getServer();
            case IrqscopePackage.XIVE_EVENT_QUEUE__PRIORITY:
                return getPriority();
            case IrqscopePackage.XIVE_EVENT_QUEUE__VALID:
                return isValid();
            case IrqscopePackage.XIVE_EVENT_QUEUE__ENQUEUE:
                return isEnqueue();
            case IrqscopePackage.XIVE_EVENT_QUEUE__QSHIFT:
                return getQshift();
            case IrqscopePackage.XIVE_EVENT_QUEUE__ENTRIES:
                return getEntries();
            case IrqscopePackage.XIVE_EVENT_QUEUE__QINDEX:
                return getQindex();
            case IrqscopePackage.XIVE_EVENT_QUEUE__GENERATION:
                return getGeneration();
            case IrqscopePackage.XIVE_EVENT_QUEUE__QADDR:
                return getQaddr();
            case IrqscopePackage.XIVE_EVENT_QUEUE__ESCALATION:
                return getEscalation();
            case IrqscopePackage.XIVE_EVENT_QUEUE__WINDOW:
                return getWindow();
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
            case IrqscopePackage.XIVE_EVENT_QUEUE__INDEX:
                setIndex((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__SERVER:
                setServer((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__PRIORITY:
                setPriority((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__VALID:
                setValid((Boolean)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__ENQUEUE:
                setEnqueue((Boolean)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QSHIFT:
                setQshift((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QINDEX:
                setQindex((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__GENERATION:
                setGeneration((Integer)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QADDR:
                setQaddr((Long)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__ESCALATION:
                setEscalation((Long)newValue);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__WINDOW:
                getWindow().clear();
                getWindow().addAll((Collection<? extends Integer>)newValue);
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
            case IrqscopePackage.XIVE_EVENT_QUEUE__INDEX:
                setIndex(INDEX_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__SERVER:
                setServer(SERVER_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__PRIORITY:
                setPriority(PRIORITY_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__VALID:
                setValid(VALID_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__ENQUEUE:
                setEnqueue(ENQUEUE_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QSHIFT:
                setQshift(QSHIFT_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QINDEX:
                setQindex(QINDEX_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__GENERATION:
                setGeneration(GENERATION_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QADDR:
                setQaddr(QADDR_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__ESCALATION:
                setEscalation(ESCALATION_EDEFAULT);
                return;
            case IrqscopePackage.XIVE_EVENT_QUEUE__WINDOW:
                getWindow().clear();
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
            case IrqscopePackage.XIVE_EVENT_QUEUE__INDEX:
                return index != INDEX_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__SERVER:
                return server != SERVER_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__PRIORITY:
                return priority != PRIORITY_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__VALID:
                return valid != VALID_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__ENQUEUE:
                return enqueue != ENQUEUE_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QSHIFT:
                return qshift != QSHIFT_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__ENTRIES:
                return getEntries() != ENTRIES_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QINDEX:
                return qindex != QINDEX_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__GENERATION:
                return generation != GENERATION_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__QADDR:
                return qaddr != QADDR_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__ESCALATION:
                return escalation != ESCALATION_EDEFAULT;
            case IrqscopePackage.XIVE_EVENT_QUEUE__WINDOW:
                return window != null && !window.isEmpty();
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
        result.append(" (index: ");
        result.append(index);
        result.append(", server: ");
        result.append(server);
        result.append(", priority: ");
        result.append(priority);
        result.append(", valid: ");
        result.append(valid);
        result.append(", enqueue: ");
        result.append(enqueue);
        result.append(", qshift: ");
        result.append(qshift);
        result.append(", qindex: ");
        result.append(qindex);
        result.append(", generation: ");
        result.append(generation);
        result.append(", qaddr: ");
        result.append(qaddr);
        result.append(", escalation: ");
        result.append(escalation);
        result.append(", window: ");
        result.append(window);
        result.append(')');
        return result.toString();
    }

} //XiveEventQueueImpl
