// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vcpu</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual CPU and the interrupt presenter attached to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.Vcpu#getId <em>Id</em>}</li>
 *   <li>{@link org.irqscope.model.Vcpu#getRunState <em>Run State</em>}</li>
 *   <li>{@link org.irqscope.model.Vcpu#getPresenter <em>Presenter</em>}</li>
 *   <li>{@link org.irqscope.model.Vcpu#getCounters <em>Counters</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getVcpu()
 * @model
 * @generated
 */
public interface Vcpu extends EObject {
    /**
     * Returns the value of the '<em><b>Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The vCPU id (XICS/XIVE server number, x86 APIC id source).
     * <!-- end-model-doc -->
     * @return the value of the '<em>Id</em>' attribute.
     * @see #setId(int)
     * @see org.irqscope.model.IrqscopePackage#getVcpu_Id()
     * @model
     * @generated
     */
    int getId();

    /**
     * Sets the value of the '{@link org.irqscope.model.Vcpu#getId <em>Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Id</em>' attribute.
     * @see #getId()
     * @generated
     */
    void setId(int value);

    /**
     * Returns the value of the '<em><b>Run State</b></em>' attribute.
     * The literals are from the enumeration {@link org.irqscope.model.RunState}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Run State</em>' attribute.
     * @see org.irqscope.model.RunState
     * @see #setRunState(RunState)
     * @see org.irqscope.model.IrqscopePackage#getVcpu_RunState()
     * @model
     * @generated
     */
    RunState getRunState();

    /**
     * Sets the value of the '{@link org.irqscope.model.Vcpu#getRunState <em>Run State</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Run State</em>' attribute.
     * @see org.irqscope.model.RunState
     * @see #getRunState()
     * @generated
     */
    void setRunState(RunState value);

    /**
     * Returns the value of the '<em><b>Presenter</b></em>' containment reference.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Absent when no presenter is connected or the backend cannot tell.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Presenter</em>' containment reference.
     * @see #setPresenter(Presenter)
     * @see org.irqscope.model.IrqscopePackage#getVcpu_Presenter()
     * @model containment="true"
     * @generated
     */
    Presenter getPresenter();

    /**
     * Sets the value of the '{@link org.irqscope.model.Vcpu#getPresenter <em>Presenter</em>}' containment reference.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Presenter</em>' containment reference.
     * @see #getPresenter()
     * @generated
     */
    void setPresenter(Presenter value);

    /**
     * Returns the value of the '<em><b>Counters</b></em>' map.
     * The key is of type {@link java.lang.String},
     * and the value is of type {@link java.lang.Long},
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Per-vCPU counters, e.g. vector.32 for guest-counted interrupts per vector.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Counters</em>' map.
     * @see org.irqscope.model.IrqscopePackage#getVcpu_Counters()
     * @model mapType="org.irqscope.model.CounterEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.ELongObject&gt;"
     * @generated
     */
    EMap<String, Long> getCounters();

} // Vcpu
