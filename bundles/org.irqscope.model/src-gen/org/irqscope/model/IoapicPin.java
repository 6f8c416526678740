// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ioapic Pin</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One 64-bit redirection-table entry; the fields are views of raw.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.IoapicPin#getPin <em>Pin</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#getRaw <em>Raw</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#getVector <em>Vector</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#getDeliveryMode <em>Delivery Mode</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#isLogicalDestination <em>Logical Destination</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#isDeliveryPending <em>Delivery Pending</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#isActiveLow <em>Active Low</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#isRemoteIrr <em>Remote Irr</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#isLevelTriggered <em>Level Triggered</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#isMasked <em>Masked</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#getDestination <em>Destination</em>}</li>
 *   <li>{@link org.irqscope.model.IoapicPin#isInputAsserted <em>Input Asserted</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getIoapicPin()
 * @model
 * @generated
 */
public interface IoapicPin extends EObject {
    /**
     * Returns the value of the '<em><b>Pin</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Pin</em>' attribute.
     * @see #setPin(int)
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_Pin()
     * @model
     * @generated
     */
    int getPin();

    /**
     * Sets the value of the '{@link org.irqscope.model.IoapicPin#getPin <em>Pin</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Pin</em>' attribute.
     * @see #getPin()
     * @generated
     */
    void setPin(int value);

    /**
     * Returns the value of the '<em><b>Raw</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The entry as KVM_GET_IRQCHIP returns it.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Raw</em>' attribute.
     * @see #setRaw(long)
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_Raw()
     * @model
     * @generated
     */
    long getRaw();

    /**
     * Sets the value of the '{@link org.irqscope.model.IoapicPin#getRaw <em>Raw</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Raw</em>' attribute.
     * @see #getRaw()
     * @generated
     */
    void setRaw(long value);

    /**
     * Returns the value of the '<em><b>Vector</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bits 7:0.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Vector</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_Vector()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    int getVector();

    /**
     * Returns the value of the '<em><b>Delivery Mode</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bits 10:8.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Delivery Mode</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_DeliveryMode()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    int getDeliveryMode();

    /**
     * Returns the value of the '<em><b>Logical Destination</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bit 11.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Logical Destination</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_LogicalDestination()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    boolean isLogicalDestination();

    /**
     * Returns the value of the '<em><b>Delivery Pending</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bit 12.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Delivery Pending</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_DeliveryPending()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    boolean isDeliveryPending();

    /**
     * Returns the value of the '<em><b>Active Low</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bit 13.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Active Low</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_ActiveLow()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    boolean isActiveLow();

    /**
     * Returns the value of the '<em><b>Remote Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bit 14: a level interrupt was accepted and not yet EOI'd.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Remote Irr</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_RemoteIrr()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    boolean isRemoteIrr();

    /**
     * Returns the value of the '<em><b>Level Triggered</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bit 15.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Level Triggered</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_LevelTriggered()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    boolean isLevelTriggered();

    /**
     * Returns the value of the '<em><b>Masked</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bit 16.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Masked</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_Masked()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    boolean isMasked();

    /**
     * Returns the value of the '<em><b>Destination</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Bits 63:56.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Destination</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_Destination()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    int getDestination();

    /**
     * Returns the value of the '<em><b>Input Asserted</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * This pin's bit in the IOAPIC's IRR.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Input Asserted</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getIoapicPin_InputAsserted()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    boolean isInputAsserted();

} // IoapicPin
