// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One machine under inspection at one point in time.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.Machine#getTargetUri <em>Target Uri</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getArch <em>Arch</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getInterruptMode <em>Interrupt Mode</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getIrqchipLocation <em>Irqchip Location</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getBackendKind <em>Backend Kind</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getCapabilities <em>Capabilities</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getCapturedAtMillis <em>Captured At Millis</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getSources <em>Sources</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getControllers <em>Controllers</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getCounters <em>Counters</em>}</li>
 *   <li>{@link org.irqscope.model.Machine#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getMachine()
 * @model
 * @generated
 */
public interface Machine extends EObject {
    /**
     * Returns the value of the '<em><b>Target Uri</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The target's URI, e.g. soft:power9?mode=xive&vcpus=4.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Target Uri</em>' attribute.
     * @see #setTargetUri(String)
     * @see org.irqscope.model.IrqscopePackage#getMachine_TargetUri()
     * @model
     * @generated
     */
    String getTargetUri();

    /**
     * Sets the value of the '{@link org.irqscope.model.Machine#getTargetUri <em>Target Uri</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Target Uri</em>' attribute.
     * @see #getTargetUri()
     * @generated
     */
    void setTargetUri(String value);

    /**
     * Returns the value of the '<em><b>Arch</b></em>' attribute.
     * The literals are from the enumeration {@link org.irqscope.model.Arch}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Arch</em>' attribute.
     * @see org.irqscope.model.Arch
     * @see #setArch(Arch)
     * @see org.irqscope.model.IrqscopePackage#getMachine_Arch()
     * @model
     * @generated
     */
    Arch getArch();

    /**
     * Sets the value of the '{@link org.irqscope.model.Machine#getArch <em>Arch</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Arch</em>' attribute.
     * @see org.irqscope.model.Arch
     * @see #getArch()
     * @generated
     */
    void setArch(Arch value);

    /**
     * Returns the value of the '<em><b>Interrupt Mode</b></em>' attribute.
     * The literals are from the enumeration {@link org.irqscope.model.InterruptMode}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Interrupt Mode</em>' attribute.
     * @see org.irqscope.model.InterruptMode
     * @see #setInterruptMode(InterruptMode)
     * @see org.irqscope.model.IrqscopePackage#getMachine_InterruptMode()
     * @model
     * @generated
     */
    InterruptMode getInterruptMode();

    /**
     * Sets the value of the '{@link org.irqscope.model.Machine#getInterruptMode <em>Interrupt Mode</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Interrupt Mode</em>' attribute.
     * @see org.irqscope.model.InterruptMode
     * @see #getInterruptMode()
     * @generated
     */
    void setInterruptMode(InterruptMode value);

    /**
     * Returns the value of the '<em><b>Irqchip Location</b></em>' attribute.
     * The literals are from the enumeration {@link org.irqscope.model.IrqchipLocation}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Where the controller state lives: in the kernel, the VMM, or software KVM.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Irqchip Location</em>' attribute.
     * @see org.irqscope.model.IrqchipLocation
     * @see #setIrqchipLocation(IrqchipLocation)
     * @see org.irqscope.model.IrqscopePackage#getMachine_IrqchipLocation()
     * @model
     * @generated
     */
    IrqchipLocation getIrqchipLocation();

    /**
     * Sets the value of the '{@link org.irqscope.model.Machine#getIrqchipLocation <em>Irqchip Location</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Irqchip Location</em>' attribute.
     * @see org.irqscope.model.IrqchipLocation
     * @see #getIrqchipLocation()
     * @generated
     */
    void setIrqchipLocation(IrqchipLocation value);

    /**
     * Returns the value of the '<em><b>Backend Kind</b></em>' attribute.
     * The literals are from the enumeration {@link org.irqscope.model.BackendKind}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Backend Kind</em>' attribute.
     * @see org.irqscope.model.BackendKind
     * @see #setBackendKind(BackendKind)
     * @see org.irqscope.model.IrqscopePackage#getMachine_BackendKind()
     * @model
     * @generated
     */
    BackendKind getBackendKind();

    /**
     * Sets the value of the '{@link org.irqscope.model.Machine#getBackendKind <em>Backend Kind</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Backend Kind</em>' attribute.
     * @see org.irqscope.model.BackendKind
     * @see #getBackendKind()
     * @generated
     */
    void setBackendKind(BackendKind value);

    /**
     * Returns the value of the '<em><b>Capabilities</b></em>' attribute list.
     * The list contents are of type {@link java.lang.String}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * KVM capabilities or QEMU features found, sorted.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Capabilities</em>' attribute list.
     * @see org.irqscope.model.IrqscopePackage#getMachine_Capabilities()
     * @model unique="false"
     * @generated
     */
    EList<String> getCapabilities();

    /**
     * Returns the value of the '<em><b>Sequence</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Increases by one per read of the same target.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Sequence</em>' attribute.
     * @see #setSequence(long)
     * @see org.irqscope.model.IrqscopePackage#getMachine_Sequence()
     * @model
     * @generated
     */
    long getSequence();

    /**
     * Sets the value of the '{@link org.irqscope.model.Machine#getSequence <em>Sequence</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Sequence</em>' attribute.
     * @see #getSequence()
     * @generated
     */
    void setSequence(long value);

    /**
     * Returns the value of the '<em><b>Captured At Millis</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Wall-clock time of the read, milliseconds since the epoch (UTC).
     * <!-- end-model-doc -->
     * @return the value of the '<em>Captured At Millis</em>' attribute.
     * @see #setCapturedAtMillis(long)
     * @see org.irqscope.model.IrqscopePackage#getMachine_CapturedAtMillis()
     * @model
     * @generated
     */
    long getCapturedAtMillis();

    /**
     * Sets the value of the '{@link org.irqscope.model.Machine#getCapturedAtMillis <em>Captured At Millis</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Captured At Millis</em>' attribute.
     * @see #getCapturedAtMillis()
     * @generated
     */
    void setCapturedAtMillis(long value);

    /**
     * Returns the value of the '<em><b>Vcpus</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.Vcpu}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * By ascending id.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Vcpus</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getMachine_Vcpus()
     * @model containment="true"
     * @generated
     */
    EList<Vcpu> getVcpus();

    /**
     * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.Source}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * By ascending number.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Sources</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getMachine_Sources()
     * @model containment="true"
     * @generated
     */
    EList<Source> getSources();

    /**
     * Returns the value of the '<em><b>Controllers</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.Controller}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * ICS blocks, XIVE router, IOAPIC, PIC pair, ... in the reader's order.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Controllers</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getMachine_Controllers()
     * @model containment="true"
     * @generated
     */
    EList<Controller> getControllers();

    /**
     * Returns the value of the '<em><b>Routes</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.MsiRoute}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * GSI routes and recorded MSIs.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Routes</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getMachine_Routes()
     * @model containment="true"
     * @generated
     */
    EList<MsiRoute> getRoutes();

    /**
     * Returns the value of the '<em><b>Counters</b></em>' map.
     * The key is of type {@link java.lang.String},
     * and the value is of type {@link java.lang.Long},
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Machine-wide counters, e.g. inject.delivered.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Counters</em>' map.
     * @see org.irqscope.model.IrqscopePackage#getMachine_Counters()
     * @model mapType="org.irqscope.model.CounterEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.ELongObject&gt;"
     * @generated
     */
    EMap<String, Long> getCounters();

    /**
     * Returns the value of the '<em><b>Notes</b></em>' attribute list.
     * The list contents are of type {@link java.lang.String}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * What the reader could not decode or derived rather than read.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Notes</em>' attribute list.
     * @see org.irqscope.model.IrqscopePackage#getMachine_Notes()
     * @model unique="false"
     * @generated
     */
    EList<String> getNotes();

} // Machine
