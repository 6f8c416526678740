// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xive Event Queue</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A XIVE END and its event queue for one (server, priority) pair.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getIndex <em>Index</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getServer <em>Server</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#isValid <em>Valid</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#isEnqueue <em>Enqueue</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getQshift <em>Qshift</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getEntries <em>Entries</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getQindex <em>Qindex</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getGeneration <em>Generation</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getQaddr <em>Qaddr</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getEscalation <em>Escalation</em>}</li>
 *   <li>{@link org.irqscope.model.XiveEventQueue#getWindow <em>Window</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue()
 * @model
 * @generated
 */
public interface XiveEventQueue extends EObject {
    /**
     * Returns the value of the '<em><b>Index</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * END index (sPAPR: (vcpu << 3) + priority).
     * <!-- end-model-doc -->
     * @return the value of the '<em>Index</em>' attribute.
     * @see #setIndex(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Index()
     * @model
     * @generated
     */
    int getIndex();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#getIndex <em>Index</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Index</em>' attribute.
     * @see #getIndex()
     * @generated
     */
    void setIndex(int value);

    /**
     * Returns the value of the '<em><b>Server</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Server</em>' attribute.
     * @see #setServer(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Server()
     * @model
     * @generated
     */
    int getServer();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#getServer <em>Server</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Server</em>' attribute.
     * @see #getServer()
     * @generated
     */
    void setServer(int value);

    /**
     * Returns the value of the '<em><b>Priority</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * 0..7.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Priority</em>' attribute.
     * @see #setPriority(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Priority()
     * @model
     * @generated
     */
    int getPriority();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#getPriority <em>Priority</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Priority</em>' attribute.
     * @see #getPriority()
     * @generated
     */
    void setPriority(int value);

    /**
     * Returns the value of the '<em><b>Valid</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Valid</em>' attribute.
     * @see #setValid(boolean)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Valid()
     * @model
     * @generated
     */
    boolean isValid();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#isValid <em>Valid</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Valid</em>' attribute.
     * @see #isValid()
     * @generated
     */
    void setValid(boolean value);

    /**
     * Returns the value of the '<em><b>Enqueue</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Enqueue</em>' attribute.
     * @see #setEnqueue(boolean)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Enqueue()
     * @model
     * @generated
     */
    boolean isEnqueue();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#isEnqueue <em>Enqueue</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Enqueue</em>' attribute.
     * @see #isEnqueue()
     * @generated
     */
    void setEnqueue(boolean value);

    /**
     * Returns the value of the '<em><b>Qshift</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * log2 of the queue size in bytes, 0 when no queue is configured.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Qshift</em>' attribute.
     * @see #setQshift(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Qshift()
     * @model
     * @generated
     */
    int getQshift();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#getQshift <em>Qshift</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Qshift</em>' attribute.
     * @see #getQshift()
     * @generated
     */
    void setQshift(int value);

    /**
     * Returns the value of the '<em><b>Entries</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Queue size in 4-byte entries.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Entries</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Entries()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    int getEntries();

    /**
     * Returns the value of the '<em><b>Qindex</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Producer index: the next entry written.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Qindex</em>' attribute.
     * @see #setQindex(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Qindex()
     * @model
     * @generated
     */
    int getQindex();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#getQindex <em>Qindex</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Qindex</em>' attribute.
     * @see #getQindex()
     * @generated
     */
    void setQindex(int value);

    /**
     * Returns the value of the '<em><b>Generation</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Generation (toggle) bit the producer writes, 0 or 1.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Generation</em>' attribute.
     * @see #setGeneration(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Generation()
     * @model
     * @generated
     */
    int getGeneration();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#getGeneration <em>Generation</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Generation</em>' attribute.
     * @see #getGeneration()
     * @generated
     */
    void setGeneration(int value);

    /**
     * Returns the value of the '<em><b>Qaddr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Guest physical address of the queue page.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Qaddr</em>' attribute.
     * @see #setQaddr(long)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Qaddr()
     * @model
     * @generated
     */
    long getQaddr();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#getQaddr <em>Qaddr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Qaddr</em>' attribute.
     * @see #getQaddr()
     * @generated
     */
    void setQaddr(long value);

    /**
     * Returns the value of the '<em><b>Escalation</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Escalation END data, -1 if none.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Escalation</em>' attribute.
     * @see #setEscalation(long)
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Escalation()
     * @model
     * @generated
     */
    long getEscalation();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveEventQueue#getEscalation <em>Escalation</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Escalation</em>' attribute.
     * @see #getEscalation()
     * @generated
     */
    void setEscalation(long value);

    /**
     * Returns the value of the '<em><b>Window</b></em>' attribute list.
     * The list contents are of type {@link java.lang.Integer}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Most recent queue entries as the guest sees them (generation bit 31 | EISN), oldest first.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Window</em>' attribute list.
     * @see org.irqscope.model.IrqscopePackage#getXiveEventQueue_Window()
     * @model unique="false"
     * @generated
     */
    EList<Integer> getWindow();

} // XiveEventQueue
