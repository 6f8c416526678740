// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Lvt Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A local vector table entry: vector 7:0, delivery mode 10:8, remote IRR 14, trigger 15, mask 16.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.LvtEntry#getName <em>Name</em>}</li>
 *   <li>{@link org.irqscope.model.LvtEntry#getRaw <em>Raw</em>}</li>
 *   <li>{@link org.irqscope.model.LvtEntry#getVector <em>Vector</em>}</li>
 *   <li>{@link org.irqscope.model.LvtEntry#isMasked <em>Masked</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getLvtEntry()
 * @model
 * @generated
 */
public interface LvtEntry extends EObject {
    /**
     * Returns the value of the '<em><b>Name</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Name</em>' attribute.
     * @see #setName(String)
     * @see org.irqscope.model.IrqscopePackage#getLvtEntry_Name()
     * @model
     * @generated
     */
    String getName();

    /**
     * Sets the value of the '{@link org.irqscope.model.LvtEntry#getName <em>Name</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Name</em>' attribute.
     * @see #getName()
     * @generated
     */
    void setName(String value);

    /**
     * Returns the value of the '<em><b>Raw</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Raw</em>' attribute.
     * @see #setRaw(int)
     * @see org.irqscope.model.IrqscopePackage#getLvtEntry_Raw()
     * @model
     * @generated
     */
    int getRaw();

    /**
     * Sets the value of the '{@link org.irqscope.model.LvtEntry#getRaw <em>Raw</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Raw</em>' attribute.
     * @see #getRaw()
     * @generated
     */
    void setRaw(int value);

    /**
     * Returns the value of the '<em><b>Vector</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Vector</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getLvtEntry_Vector()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    int getVector();

    /**
     * Returns the value of the '<em><b>Masked</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Masked</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getLvtEntry_Masked()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    boolean isMasked();

} // LvtEntry
