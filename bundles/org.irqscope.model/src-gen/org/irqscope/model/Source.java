// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One interrupt source: a XICS ICS entry, a XIVE LISN or an x86 GSI.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.Source#getNumber <em>Number</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getKind <em>Kind</em>}</li>
 *   <li>{@link org.irqscope.model.Source#isAllocated <em>Allocated</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getServer <em>Server</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.irqscope.model.Source#isMasked <em>Masked</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getSavedPriority <em>Saved Priority</em>}</li>
 *   <li>{@link org.irqscope.model.Source#isAsserted <em>Asserted</em>}</li>
 *   <li>{@link org.irqscope.model.Source#isPending <em>Pending</em>}</li>
 *   <li>{@link org.irqscope.model.Source#isPresented <em>Presented</em>}</li>
 *   <li>{@link org.irqscope.model.Source#isQueued <em>Queued</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getPq <em>Pq</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getEisn <em>Eisn</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getEndIndex <em>End Index</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getEnd <em>End</em>}</li>
 *   <li>{@link org.irqscope.model.Source#isTargetingFromVmm <em>Targeting From Vmm</em>}</li>
 *   <li>{@link org.irqscope.model.Source#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getSource()
 * @model
 * @generated
 */
public interface Source extends EObject {
    /**
     * Returns the value of the '<em><b>Number</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Global source number (sPAPR: 0x1000.. for devices, 0..0xFFF for XIVE per-CPU IPIs).
     * <!-- end-model-doc -->
     * @return the value of the '<em>Number</em>' attribute.
     * @see #setNumber(int)
     * @see org.irqscope.model.IrqscopePackage#getSource_Number()
     * @model
     * @generated
     */
    int getNumber();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getNumber <em>Number</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Number</em>' attribute.
     * @see #getNumber()
     * @generated
     */
    void setNumber(int value);

    /**
     * Returns the value of the '<em><b>Kind</b></em>' attribute.
     * The literals are from the enumeration {@link org.irqscope.model.SourceKind}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Kind</em>' attribute.
     * @see org.irqscope.model.SourceKind
     * @see #setKind(SourceKind)
     * @see org.irqscope.model.IrqscopePackage#getSource_Kind()
     * @model
     * @generated
     */
    SourceKind getKind();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getKind <em>Kind</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Kind</em>' attribute.
     * @see org.irqscope.model.SourceKind
     * @see #getKind()
     * @generated
     */
    void setKind(SourceKind value);

    /**
     * Returns the value of the '<em><b>Allocated</b></em>' attribute.
     * The default value is <code>"true"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The source exists (XICS: flags non-zero; XIVE: EAS valid).
     * <!-- end-model-doc -->
     * @return the value of the '<em>Allocated</em>' attribute.
     * @see #setAllocated(boolean)
     * @see org.irqscope.model.IrqscopePackage#getSource_Allocated()
     * @model default="true"
     * @generated
     */
    boolean isAllocated();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#isAllocated <em>Allocated</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Allocated</em>' attribute.
     * @see #isAllocated()
     * @generated
     */
    void setAllocated(boolean value);

    /**
     * Returns the value of the '<em><b>Owner</b></em>' attribute.
     * The default value is <code>""</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Device name where known, else empty.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Owner</em>' attribute.
     * @see #setOwner(String)
     * @see org.irqscope.model.IrqscopePackage#getSource_Owner()
     * @model default=""
     * @generated
     */
    String getOwner();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getOwner <em>Owner</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Owner</em>' attribute.
     * @see #getOwner()
     * @generated
     */
    void setOwner(String value);

    /**
     * Returns the value of the '<em><b>Server</b></em>' attribute.
     * The default value is <code>"-1"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Configured target server (vCPU id), -1 if none.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Server</em>' attribute.
     * @see #setServer(int)
     * @see org.irqscope.model.IrqscopePackage#getSource_Server()
     * @model default="-1"
     * @generated
     */
    int getServer();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getServer <em>Server</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Server</em>' attribute.
     * @see #getServer()
     * @generated
     */
    void setServer(int value);

    /**
     * Returns the value of the '<em><b>Priority</b></em>' attribute.
     * The default value is <code>"255"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Configured priority: XICS 0..0xFF, XIVE 0..7 or 0xFF (masked).
     * <!-- end-model-doc -->
     * @return the value of the '<em>Priority</em>' attribute.
     * @see #setPriority(int)
     * @see org.irqscope.model.IrqscopePackage#getSource_Priority()
     * @model default="255"
     * @generated
     */
    int getPriority();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getPriority <em>Priority</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Priority</em>' attribute.
     * @see #getPriority()
     * @generated
     */
    void setPriority(int value);

    /**
     * Returns the value of the '<em><b>Masked</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Masked</em>' attribute.
     * @see #setMasked(boolean)
     * @see org.irqscope.model.IrqscopePackage#getSource_Masked()
     * @model
     * @generated
     */
    boolean isMasked();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#isMasked <em>Masked</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Masked</em>' attribute.
     * @see #isMasked()
     * @generated
     */
    void setMasked(boolean value);

    /**
     * Returns the value of the '<em><b>Saved Priority</b></em>' attribute.
     * The default value is <code>"-1"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Priority kept while masked (XICS), -1 if none.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Saved Priority</em>' attribute.
     * @see #setSavedPriority(int)
     * @see org.irqscope.model.IrqscopePackage#getSource_SavedPriority()
     * @model default="-1"
     * @generated
     */
    int getSavedPriority();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getSavedPriority <em>Saved Priority</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Saved Priority</em>' attribute.
     * @see #getSavedPriority()
     * @generated
     */
    void setSavedPriority(int value);

    /**
     * Returns the value of the '<em><b>Asserted</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An LSI's input line is asserted.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Asserted</em>' attribute.
     * @see #setAsserted(boolean)
     * @see org.irqscope.model.IrqscopePackage#getSource_Asserted()
     * @model
     * @generated
     */
    boolean isAsserted();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#isAsserted <em>Asserted</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Asserted</em>' attribute.
     * @see #isAsserted()
     * @generated
     */
    void setAsserted(boolean value);

    /**
     * Returns the value of the '<em><b>Pending</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The source holds an undelivered interrupt.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Pending</em>' attribute.
     * @see #setPending(boolean)
     * @see org.irqscope.model.IrqscopePackage#getSource_Pending()
     * @model
     * @generated
     */
    boolean isPending();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#isPending <em>Pending</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Pending</em>' attribute.
     * @see #isPending()
     * @generated
     */
    void setPending(boolean value);

    /**
     * Returns the value of the '<em><b>Presented</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * P: presented and not yet EOI'd.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Presented</em>' attribute.
     * @see #setPresented(boolean)
     * @see org.irqscope.model.IrqscopePackage#getSource_Presented()
     * @model
     * @generated
     */
    boolean isPresented();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#isPresented <em>Presented</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Presented</em>' attribute.
     * @see #isPresented()
     * @generated
     */
    void setPresented(boolean value);

    /**
     * Returns the value of the '<em><b>Queued</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Q: a further trigger arrived while P was set.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Queued</em>' attribute.
     * @see #setQueued(boolean)
     * @see org.irqscope.model.IrqscopePackage#getSource_Queued()
     * @model
     * @generated
     */
    boolean isQueued();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#isQueued <em>Queued</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Queued</em>' attribute.
     * @see #isQueued()
     * @generated
     */
    void setQueued(boolean value);

    /**
     * Returns the value of the '<em><b>Pq</b></em>' attribute.
     * The default value is <code>"-1"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * XIVE ESB PQ bits 0..3 (P = 2, Q = 1), -1 without an ESB.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Pq</em>' attribute.
     * @see #setPq(int)
     * @see org.irqscope.model.IrqscopePackage#getSource_Pq()
     * @model default="-1"
     * @generated
     */
    int getPq();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getPq <em>Pq</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Pq</em>' attribute.
     * @see #getPq()
     * @generated
     */
    void setPq(int value);

    /**
     * Returns the value of the '<em><b>Eisn</b></em>' attribute.
     * The default value is <code>"-1"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * XIVE effective interrupt source number, -1 if none.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Eisn</em>' attribute.
     * @see #setEisn(long)
     * @see org.irqscope.model.IrqscopePackage#getSource_Eisn()
     * @model default="-1"
     * @generated
     */
    long getEisn();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getEisn <em>Eisn</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Eisn</em>' attribute.
     * @see #getEisn()
     * @generated
     */
    void setEisn(long value);

    /**
     * Returns the value of the '<em><b>End Index</b></em>' attribute.
     * The default value is <code>"-1"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The END this source's EAS points to, -1 if none.
     * <!-- end-model-doc -->
     * @return the value of the '<em>End Index</em>' attribute.
     * @see #setEndIndex(int)
     * @see org.irqscope.model.IrqscopePackage#getSource_EndIndex()
     * @model default="-1"
     * @generated
     */
    int getEndIndex();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getEndIndex <em>End Index</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>End Index</em>' attribute.
     * @see #getEndIndex()
     * @generated
     */
    void setEndIndex(int value);

    /**
     * Returns the value of the '<em><b>End</b></em>' reference.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The END (event queue) the EAS points to, looked up by endIndex in the machine's XIVE router.
     * <!-- end-model-doc -->
     * @return the value of the '<em>End</em>' reference.
     * @see org.irqscope.model.IrqscopePackage#getSource_End()
     * @model resolveProxies="false" transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    XiveEventQueue getEnd();

    /**
     * Returns the value of the '<em><b>Targeting From Vmm</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Server, priority and mask came from the VMM's configuration, not read back.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Targeting From Vmm</em>' attribute.
     * @see #setTargetingFromVmm(boolean)
     * @see org.irqscope.model.IrqscopePackage#getSource_TargetingFromVmm()
     * @model
     * @generated
     */
    boolean isTargetingFromVmm();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#isTargetingFromVmm <em>Targeting From Vmm</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Targeting From Vmm</em>' attribute.
     * @see #isTargetingFromVmm()
     * @generated
     */
    void setTargetingFromVmm(boolean value);

    /**
     * Returns the value of the '<em><b>Count</b></em>' attribute.
     * The default value is <code>"-1"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Delivered interrupts, -1 if the backend does not count.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Count</em>' attribute.
     * @see #setCount(long)
     * @see org.irqscope.model.IrqscopePackage#getSource_Count()
     * @model default="-1"
     * @generated
     */
    long getCount();

    /**
     * Sets the value of the '{@link org.irqscope.model.Source#getCount <em>Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Count</em>' attribute.
     * @see #getCount()
     * @generated
     */
    void setCount(long value);

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * XICS priorities are 0..0xFF; XIVE priorities are 0..7, or 0xFF for masked.
     * <!-- end-model-doc -->
     * @model
     * @generated
     */
    boolean priorityInArchitectureRange(DiagnosticChain diagnostics, Map<Object, Object> context);

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The target server must be one of the machine's vCPUs.
     * <!-- end-model-doc -->
     * @model
     * @generated
     */
    boolean serverIsVcpu(DiagnosticChain diagnostics, Map<Object, Object> context);

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An unallocated source cannot hold a pending interrupt.
     * <!-- end-model-doc -->
     * @model
     * @generated
     */
    boolean pendingOnlyWhenAllocated(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Source
