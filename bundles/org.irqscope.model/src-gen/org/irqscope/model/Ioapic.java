// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ioapic</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The x86 IOAPIC and its redirection table.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.Ioapic#getIoapicId <em>Ioapic Id</em>}</li>
 *   <li>{@link org.irqscope.model.Ioapic#getBaseAddress <em>Base Address</em>}</li>
 *   <li>{@link org.irqscope.model.Ioapic#getIoregsel <em>Ioregsel</em>}</li>
 *   <li>{@link org.irqscope.model.Ioapic#getIrr <em>Irr</em>}</li>
 *   <li>{@link org.irqscope.model.Ioapic#getPins <em>Pins</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getIoapic()
 * @model
 * @generated
 */
public interface Ioapic extends Controller {
    /**
     * Returns the value of the '<em><b>Ioapic Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Ioapic Id</em>' attribute.
     * @see #setIoapicId(int)
     * @see org.irqscope.model.IrqscopePackage#getIoapic_IoapicId()
     * @model
     * @generated
     */
    int getIoapicId();

    /**
     * Sets the value of the '{@link org.irqscope.model.Ioapic#getIoapicId <em>Ioapic Id</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Ioapic Id</em>' attribute.
     * @see #getIoapicId()
     * @generated
     */
    void setIoapicId(int value);

    /**
     * Returns the value of the '<em><b>Base Address</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Guest physical MMIO base.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Base Address</em>' attribute.
     * @see #setBaseAddress(long)
     * @see org.irqscope.model.IrqscopePackage#getIoapic_BaseAddress()
     * @model
     * @generated
     */
    long getBaseAddress();

    /**
     * Sets the value of the '{@link org.irqscope.model.Ioapic#getBaseAddress <em>Base Address</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Base Address</em>' attribute.
     * @see #getBaseAddress()
     * @generated
     */
    void setBaseAddress(long value);

    /**
     * Returns the value of the '<em><b>Ioregsel</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Ioregsel</em>' attribute.
     * @see #setIoregsel(int)
     * @see org.irqscope.model.IrqscopePackage#getIoapic_Ioregsel()
     * @model
     * @generated
     */
    int getIoregsel();

    /**
     * Sets the value of the '{@link org.irqscope.model.Ioapic#getIoregsel <em>Ioregsel</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Ioregsel</em>' attribute.
     * @see #getIoregsel()
     * @generated
     */
    void setIoregsel(int value);

    /**
     * Returns the value of the '<em><b>Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Interrupt request register: bit n = pin n's input is asserted.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Irr</em>' attribute.
     * @see #setIrr(int)
     * @see org.irqscope.model.IrqscopePackage#getIoapic_Irr()
     * @model
     * @generated
     */
    int getIrr();

    /**
     * Sets the value of the '{@link org.irqscope.model.Ioapic#getIrr <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Irr</em>' attribute.
     * @see #getIrr()
     * @generated
     */
    void setIrr(int value);

    /**
     * Returns the value of the '<em><b>Pins</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.IoapicPin}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Pins</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getIoapic_Pins()
     * @model containment="true"
     * @generated
     */
    EList<IoapicPin> getPins();

} // Ioapic
