// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One 8259 PIC (struct kvm_pic_state); chip 0 is the master, 1 the slave.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.Pic#getChip <em>Chip</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getLastIrr <em>Last Irr</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getIrr <em>Irr</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getImr <em>Imr</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getIsr <em>Isr</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getPriorityAdd <em>Priority Add</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getIrqBase <em>Irq Base</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getReadRegSelect <em>Read Reg Select</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getPoll <em>Poll</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getSpecialMask <em>Special Mask</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getInitState <em>Init State</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getAutoEoi <em>Auto Eoi</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getRotateOnAutoEoi <em>Rotate On Auto Eoi</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getSpecialFullyNestedMode <em>Special Fully Nested Mode</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getInit4 <em>Init4</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getElcr <em>Elcr</em>}</li>
 *   <li>{@link org.irqscope.model.Pic#getElcrMask <em>Elcr Mask</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getPic()
 * @model
 * @generated
 */
public interface Pic extends Controller {
    /**
     * Returns the value of the '<em><b>Chip</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Chip</em>' attribute.
     * @see #setChip(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_Chip()
     * @model
     * @generated
     */
    int getChip();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getChip <em>Chip</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Chip</em>' attribute.
     * @see #getChip()
     * @generated
     */
    void setChip(int value);

    /**
     * Returns the value of the '<em><b>Last Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Last Irr</em>' attribute.
     * @see #setLastIrr(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_LastIrr()
     * @model
     * @generated
     */
    int getLastIrr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getLastIrr <em>Last Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Last Irr</em>' attribute.
     * @see #getLastIrr()
     * @generated
     */
    void setLastIrr(int value);

    /**
     * Returns the value of the '<em><b>Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Irr</em>' attribute.
     * @see #setIrr(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_Irr()
     * @model
     * @generated
     */
    int getIrr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getIrr <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Irr</em>' attribute.
     * @see #getIrr()
     * @generated
     */
    void setIrr(int value);

    /**
     * Returns the value of the '<em><b>Imr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Imr</em>' attribute.
     * @see #setImr(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_Imr()
     * @model
     * @generated
     */
    int getImr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getImr <em>Imr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Imr</em>' attribute.
     * @see #getImr()
     * @generated
     */
    void setImr(int value);

    /**
     * Returns the value of the '<em><b>Isr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Isr</em>' attribute.
     * @see #setIsr(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_Isr()
     * @model
     * @generated
     */
    int getIsr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getIsr <em>Isr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Isr</em>' attribute.
     * @see #getIsr()
     * @generated
     */
    void setIsr(int value);

    /**
     * Returns the value of the '<em><b>Priority Add</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Priority Add</em>' attribute.
     * @see #setPriorityAdd(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_PriorityAdd()
     * @model
     * @generated
     */
    int getPriorityAdd();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getPriorityAdd <em>Priority Add</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Priority Add</em>' attribute.
     * @see #getPriorityAdd()
     * @generated
     */
    void setPriorityAdd(int value);

    /**
     * Returns the value of the '<em><b>Irq Base</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Irq Base</em>' attribute.
     * @see #setIrqBase(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_IrqBase()
     * @model
     * @generated
     */
    int getIrqBase();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getIrqBase <em>Irq Base</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Irq Base</em>' attribute.
     * @see #getIrqBase()
     * @generated
     */
    void setIrqBase(int value);

    /**
     * Returns the value of the '<em><b>Read Reg Select</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Read Reg Select</em>' attribute.
     * @see #setReadRegSelect(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_ReadRegSelect()
     * @model
     * @generated
     */
    int getReadRegSelect();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getReadRegSelect <em>Read Reg Select</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Read Reg Select</em>' attribute.
     * @see #getReadRegSelect()
     * @generated
     */
    void setReadRegSelect(int value);

    /**
     * Returns the value of the '<em><b>Poll</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Poll</em>' attribute.
     * @see #setPoll(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_Poll()
     * @model
     * @generated
     */
    int getPoll();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getPoll <em>Poll</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Poll</em>' attribute.
     * @see #getPoll()
     * @generated
     */
    void setPoll(int value);

    /**
     * Returns the value of the '<em><b>Special Mask</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Special Mask</em>' attribute.
     * @see #setSpecialMask(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_SpecialMask()
     * @model
     * @generated
     */
    int getSpecialMask();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getSpecialMask <em>Special Mask</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Special Mask</em>' attribute.
     * @see #getSpecialMask()
     * @generated
     */
    void setSpecialMask(int value);

    /**
     * Returns the value of the '<em><b>Init State</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Init State</em>' attribute.
     * @see #setInitState(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_InitState()
     * @model
     * @generated
     */
    int getInitState();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getInitState <em>Init State</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Init State</em>' attribute.
     * @see #getInitState()
     * @generated
     */
    void setInitState(int value);

    /**
     * Returns the value of the '<em><b>Auto Eoi</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Auto Eoi</em>' attribute.
     * @see #setAutoEoi(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_AutoEoi()
     * @model
     * @generated
     */
    int getAutoEoi();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getAutoEoi <em>Auto Eoi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Auto Eoi</em>' attribute.
     * @see #getAutoEoi()
     * @generated
     */
    void setAutoEoi(int value);

    /**
     * Returns the value of the '<em><b>Rotate On Auto Eoi</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Rotate On Auto Eoi</em>' attribute.
     * @see #setRotateOnAutoEoi(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_RotateOnAutoEoi()
     * @model
     * @generated
     */
    int getRotateOnAutoEoi();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getRotateOnAutoEoi <em>Rotate On Auto Eoi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Rotate On Auto Eoi</em>' attribute.
     * @see #getRotateOnAutoEoi()
     * @generated
     */
    void setRotateOnAutoEoi(int value);

    /**
     * Returns the value of the '<em><b>Special Fully Nested Mode</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Special Fully Nested Mode</em>' attribute.
     * @see #setSpecialFullyNestedMode(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_SpecialFullyNestedMode()
     * @model
     * @generated
     */
    int getSpecialFullyNestedMode();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getSpecialFullyNestedMode <em>Special Fully Nested Mode</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Special Fully Nested Mode</em>' attribute.
     * @see #getSpecialFullyNestedMode()
     * @generated
     */
    void setSpecialFullyNestedMode(int value);

    /**
     * Returns the value of the '<em><b>Init4</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Init4</em>' attribute.
     * @see #setInit4(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_Init4()
     * @model
     * @generated
     */
    int getInit4();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getInit4 <em>Init4</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Init4</em>' attribute.
     * @see #getInit4()
     * @generated
     */
    void setInit4(int value);

    /**
     * Returns the value of the '<em><b>Elcr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Elcr</em>' attribute.
     * @see #setElcr(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_Elcr()
     * @model
     * @generated
     */
    int getElcr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getElcr <em>Elcr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Elcr</em>' attribute.
     * @see #getElcr()
     * @generated
     */
    void setElcr(int value);

    /**
     * Returns the value of the '<em><b>Elcr Mask</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Elcr Mask</em>' attribute.
     * @see #setElcrMask(int)
     * @see org.irqscope.model.IrqscopePackage#getPic_ElcrMask()
     * @model
     * @generated
     */
    int getElcrMask();

    /**
     * Sets the value of the '{@link org.irqscope.model.Pic#getElcrMask <em>Elcr Mask</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Elcr Mask</em>' attribute.
     * @see #getElcrMask()
     * @generated
     */
    void setElcrMask(int value);

} // Pic
