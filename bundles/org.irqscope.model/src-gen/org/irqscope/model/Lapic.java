// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EList;

import org.irqscope.model.values.InterruptVectors;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lapic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An x86 local APIC decoded from its 1 KiB register page.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.Lapic#getApicId <em>Apic Id</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getVersion <em>Version</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getTpr <em>Tpr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getApr <em>Apr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getPpr <em>Ppr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getSvr <em>Svr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getLdr <em>Ldr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getDfr <em>Dfr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getEsr <em>Esr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getIrr <em>Irr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getIsr <em>Isr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getTmr <em>Tmr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getIcr <em>Icr</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getLvt <em>Lvt</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getTimerInitialCount <em>Timer Initial Count</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getTimerCurrentCount <em>Timer Current Count</em>}</li>
 *   <li>{@link org.irqscope.model.Lapic#getTimerDivide <em>Timer Divide</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getLapic()
 * @model
 * @generated
 */
public interface Lapic extends Presenter {
    /**
     * Returns the value of the '<em><b>Apic Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Apic Id</em>' attribute.
     * @see #setApicId(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_ApicId()
     * @model
     * @generated
     */
    int getApicId();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getApicId <em>Apic Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Apic Id</em>' attribute.
     * @see #getApicId()
     * @generated
     */
    void setApicId(int value);

    /**
     * Returns the value of the '<em><b>Version</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Version</em>' attribute.
     * @see #setVersion(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Version()
     * @model
     * @generated
     */
    int getVersion();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getVersion <em>Version</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Version</em>' attribute.
     * @see #getVersion()
     * @generated
     */
    void setVersion(int value);

    /**
     * Returns the value of the '<em><b>Tpr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Task priority register.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Tpr</em>' attribute.
     * @see #setTpr(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Tpr()
     * @model
     * @generated
     */
    int getTpr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getTpr <em>Tpr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Tpr</em>' attribute.
     * @see #getTpr()
     * @generated
     */
    void setTpr(int value);

    /**
     * Returns the value of the '<em><b>Apr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Arbitration priority register.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Apr</em>' attribute.
     * @see #setApr(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Apr()
     * @model
     * @generated
     */
    int getApr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getApr <em>Apr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Apr</em>' attribute.
     * @see #getApr()
     * @generated
     */
    void setApr(int value);

    /**
     * Returns the value of the '<em><b>Ppr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Processor priority register.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Ppr</em>' attribute.
     * @see #setPpr(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Ppr()
     * @model
     * @generated
     */
    int getPpr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getPpr <em>Ppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Ppr</em>' attribute.
     * @see #getPpr()
     * @generated
     */
    void setPpr(int value);

    /**
     * Returns the value of the '<em><b>Svr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Spurious vector register (vector 7:0, APIC software enable bit 8).
     * <!-- end-model-doc -->
     * @return the value of the '<em>Svr</em>' attribute.
     * @see #setSvr(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Svr()
     * @model
     * @generated
     */
    int getSvr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getSvr <em>Svr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Svr</em>' attribute.
     * @see #getSvr()
     * @generated
     */
    void setSvr(int value);

    /**
     * Returns the value of the '<em><b>Ldr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Logical destination register.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Ldr</em>' attribute.
     * @see #setLdr(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Ldr()
     * @model
     * @generated
     */
    int getLdr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getLdr <em>Ldr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Ldr</em>' attribute.
     * @see #getLdr()
     * @generated
     */
    void setLdr(int value);

    /**
     * Returns the value of the '<em><b>Dfr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Destination format register.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Dfr</em>' attribute.
     * @see #setDfr(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Dfr()
     * @model
     * @generated
     */
    int getDfr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getDfr <em>Dfr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Dfr</em>' attribute.
     * @see #getDfr()
     * @generated
     */
    void setDfr(int value);

    /**
     * Returns the value of the '<em><b>Esr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Error status register.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Esr</em>' attribute.
     * @see #setEsr(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Esr()
     * @model
     * @generated
     */
    int getEsr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getEsr <em>Esr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Esr</em>' attribute.
     * @see #getEsr()
     * @generated
     */
    void setEsr(int value);

    /**
     * Returns the value of the '<em><b>Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Interrupt request register: the 256 vectors requested.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Irr</em>' attribute.
     * @see #setIrr(InterruptVectors)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Irr()
     * @model dataType="org.irqscope.model.InterruptVectors"
     * @generated
     */
    InterruptVectors getIrr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getIrr <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Irr</em>' attribute.
     * @see #getIrr()
     * @generated
     */
    void setIrr(InterruptVectors value);

    /**
     * Returns the value of the '<em><b>Isr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * In-service register: the 256 vectors being served.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Isr</em>' attribute.
     * @see #setIsr(InterruptVectors)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Isr()
     * @model dataType="org.irqscope.model.InterruptVectors"
     * @generated
     */
    InterruptVectors getIsr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getIsr <em>Isr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Isr</em>' attribute.
     * @see #getIsr()
     * @generated
     */
    void setIsr(InterruptVectors value);

    /**
     * Returns the value of the '<em><b>Tmr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Trigger mode register: the vectors accepted level-triggered.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Tmr</em>' attribute.
     * @see #setTmr(InterruptVectors)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Tmr()
     * @model dataType="org.irqscope.model.InterruptVectors"
     * @generated
     */
    InterruptVectors getTmr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getTmr <em>Tmr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Tmr</em>' attribute.
     * @see #getTmr()
     * @generated
     */
    void setTmr(InterruptVectors value);

    /**
     * Returns the value of the '<em><b>Icr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Interrupt command register, high word in bits 63:32.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Icr</em>' attribute.
     * @see #setIcr(long)
     * @see org.irqscope.model.IrqscopePackage#getLapic_Icr()
     * @model
     * @generated
     */
    long getIcr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getIcr <em>Icr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Icr</em>' attribute.
     * @see #getIcr()
     * @generated
     */
    void setIcr(long value);

    /**
     * Returns the value of the '<em><b>Lvt</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.LvtEntry}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Local vector table in the order TIMER, THERMAL, PERFMON, LINT0, LINT1, ERROR, CMCI.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Lvt</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getLapic_Lvt()
     * @model containment="true"
     * @generated
     */
    EList<LvtEntry> getLvt();

    /**
     * Returns the value of the '<em><b>Timer Initial Count</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * TMICT, in timer ticks.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Timer Initial Count</em>' attribute.
     * @see #setTimerInitialCount(long)
     * @see org.irqscope.model.IrqscopePackage#getLapic_TimerInitialCount()
     * @model
     * @generated
     */
    long getTimerInitialCount();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getTimerInitialCount <em>Timer Initial Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Timer Initial Count</em>' attribute.
     * @see #getTimerInitialCount()
     * @generated
     */
    void setTimerInitialCount(long value);

    /**
     * Returns the value of the '<em><b>Timer Current Count</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * TMCCT, in timer ticks.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Timer Current Count</em>' attribute.
     * @see #setTimerCurrentCount(long)
     * @see org.irqscope.model.IrqscopePackage#getLapic_TimerCurrentCount()
     * @model
     * @generated
     */
    long getTimerCurrentCount();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getTimerCurrentCount <em>Timer Current Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Timer Current Count</em>' attribute.
     * @see #getTimerCurrentCount()
     * @generated
     */
    void setTimerCurrentCount(long value);

    /**
     * Returns the value of the '<em><b>Timer Divide</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * TDCR, the divide configuration encoding.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Timer Divide</em>' attribute.
     * @see #setTimerDivide(int)
     * @see org.irqscope.model.IrqscopePackage#getLapic_TimerDivide()
     * @model
     * @generated
     */
    int getTimerDivide();

    /**
     * Sets the value of the '{@link org.irqscope.model.Lapic#getTimerDivide <em>Timer Divide</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Timer Divide</em>' attribute.
     * @see #getTimerDivide()
     * @generated
     */
    void setTimerDivide(int value);

} // Lapic
