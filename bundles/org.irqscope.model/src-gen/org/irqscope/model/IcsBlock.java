// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ics Block</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A XICS interrupt source controller block covering [offset, offset + count).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.IcsBlock#getName <em>Name</em>}</li>
 *   <li>{@link org.irqscope.model.IcsBlock#getOffset <em>Offset</em>}</li>
 *   <li>{@link org.irqscope.model.IcsBlock#getCount <em>Count</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getIcsBlock()
 * @model
 * @generated
 */
public interface IcsBlock extends Controller {
    /**
     * Returns the value of the '<em><b>Name</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Name</em>' attribute.
     * @see #setName(String)
     * @see org.irqscope.model.IrqscopePackage#getIcsBlock_Name()
     * @model
     * @generated
     */
    String getName();

    /**
     * Sets the value of the '{@link org.irqscope.model.IcsBlock#getName <em>Name</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Name</em>' attribute.
     * @see #getName()
     * @generated
     */
    void setName(String value);

    /**
     * Returns the value of the '<em><b>Offset</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * First source number.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Offset</em>' attribute.
     * @see #setOffset(int)
     * @see org.irqscope.model.IrqscopePackage#getIcsBlock_Offset()
     * @model
     * @generated
     */
    int getOffset();

    /**
     * Sets the value of the '{@link org.irqscope.model.IcsBlock#getOffset <em>Offset</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Offset</em>' attribute.
     * @see #getOffset()
     * @generated
     */
    void setOffset(int value);

    /**
     * Returns the value of the '<em><b>Count</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Number of sources.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Count</em>' attribute.
     * @see #setCount(int)
     * @see org.irqscope.model.IrqscopePackage#getIcsBlock_Count()
     * @model
     * @generated
     */
    int getCount();

    /**
     * Sets the value of the '{@link org.irqscope.model.IcsBlock#getCount <em>Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Count</em>' attribute.
     * @see #getCount()
     * @generated
     */
    void setCount(int value);

} // IcsBlock
