// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Msi Route</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A GSI routing entry or a recorded MSI: an irqchip pin or an MSI address/data pair.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.MsiRoute#getGsi <em>Gsi</em>}</li>
 *   <li>{@link org.irqscope.model.MsiRoute#getIrqchip <em>Irqchip</em>}</li>
 *   <li>{@link org.irqscope.model.MsiRoute#getPin <em>Pin</em>}</li>
 *   <li>{@link org.irqscope.model.MsiRoute#getAddress <em>Address</em>}</li>
 *   <li>{@link org.irqscope.model.MsiRoute#getData <em>Data</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getMsiRoute()
 * @model
 * @generated
 */
public interface MsiRoute extends EObject {
    /**
     * Returns the value of the '<em><b>Gsi</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * -1 for an MSI signalled directly.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Gsi</em>' attribute.
     * @see #setGsi(int)
     * @see org.irqscope.model.IrqscopePackage#getMsiRoute_Gsi()
     * @model
     * @generated
     */
    int getGsi();

    /**
     * Sets the value of the '{@link org.irqscope.model.MsiRoute#getGsi <em>Gsi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Gsi</em>' attribute.
     * @see #getGsi()
     * @generated
     */
    void setGsi(int value);

    /**
     * Returns the value of the '<em><b>Irqchip</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * 0 PIC master, 1 PIC slave, 2 IOAPIC; -1 for MSI.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Irqchip</em>' attribute.
     * @see #setIrqchip(int)
     * @see org.irqscope.model.IrqscopePackage#getMsiRoute_Irqchip()
     * @model
     * @generated
     */
    int getIrqchip();

    /**
     * Sets the value of the '{@link org.irqscope.model.MsiRoute#getIrqchip <em>Irqchip</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Irqchip</em>' attribute.
     * @see #getIrqchip()
     * @generated
     */
    void setIrqchip(int value);

    /**
     * Returns the value of the '<em><b>Pin</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Pin</em>' attribute.
     * @see #setPin(int)
     * @see org.irqscope.model.IrqscopePackage#getMsiRoute_Pin()
     * @model
     * @generated
     */
    int getPin();

    /**
     * Sets the value of the '{@link org.irqscope.model.MsiRoute#getPin <em>Pin</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Pin</em>' attribute.
     * @see #getPin()
     * @generated
     */
    void setPin(int value);

    /**
     * Returns the value of the '<em><b>Address</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * MSI address.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Address</em>' attribute.
     * @see #setAddress(long)
     * @see org.irqscope.model.IrqscopePackage#getMsiRoute_Address()
     * @model
     * @generated
     */
    long getAddress();

    /**
     * Sets the value of the '{@link org.irqscope.model.MsiRoute#getAddress <em>Address</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Address</em>' attribute.
     * @see #getAddress()
     * @generated
     */
    void setAddress(long value);

    /**
     * Returns the value of the '<em><b>Data</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * MSI data.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Data</em>' attribute.
     * @see #setData(int)
     * @see org.irqscope.model.IrqscopePackage#getMsiRoute_Data()
     * @model
     * @generated
     */
    int getData();

    /**
     * Sets the value of the '{@link org.irqscope.model.MsiRoute#getData <em>Data</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Data</em>' attribute.
     * @see #getData()
     * @generated
     */
    void setData(int value);

} // MsiRoute
