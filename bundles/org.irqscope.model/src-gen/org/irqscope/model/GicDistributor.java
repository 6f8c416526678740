// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gic Distributor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A GICv3 distributor (room for growth: control word and SPI count).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.GicDistributor#getCtlr <em>Ctlr</em>}</li>
 *   <li>{@link org.irqscope.model.GicDistributor#getNrSpis <em>Nr Spis</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getGicDistributor()
 * @model
 * @generated
 */
public interface GicDistributor extends Controller {
    /**
     * Returns the value of the '<em><b>Ctlr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * GICD_CTLR.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Ctlr</em>' attribute.
     * @see #setCtlr(int)
     * @see org.irqscope.model.IrqscopePackage#getGicDistributor_Ctlr()
     * @model
     * @generated
     */
    int getCtlr();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicDistributor#getCtlr <em>Ctlr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Ctlr</em>' attribute.
     * @see #getCtlr()
     * @generated
     */
    void setCtlr(int value);

    /**
     * Returns the value of the '<em><b>Nr Spis</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Number of shared peripheral interrupts.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Nr Spis</em>' attribute.
     * @see #setNrSpis(int)
     * @see org.irqscope.model.IrqscopePackage#getGicDistributor_NrSpis()
     * @model
     * @generated
     */
    int getNrSpis();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicDistributor#getNrSpis <em>Nr Spis</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Nr Spis</em>' attribute.
     * @see #getNrSpis()
     * @generated
     */
    void setNrSpis(int value);

} // GicDistributor
