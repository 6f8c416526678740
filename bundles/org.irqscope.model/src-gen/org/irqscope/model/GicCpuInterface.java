// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gic Cpu Interface</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An ARM GICv3 CPU interface with its redistributor's SGI/PPI bits (INTIDs 0..31).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.GicCpuInterface#getMpidr <em>Mpidr</em>}</li>
 *   <li>{@link org.irqscope.model.GicCpuInterface#getPmr <em>Pmr</em>}</li>
 *   <li>{@link org.irqscope.model.GicCpuInterface#getBpr1 <em>Bpr1</em>}</li>
 *   <li>{@link org.irqscope.model.GicCpuInterface#getIgrpen1 <em>Igrpen1</em>}</li>
 *   <li>{@link org.irqscope.model.GicCpuInterface#getPending <em>Pending</em>}</li>
 *   <li>{@link org.irqscope.model.GicCpuInterface#getActive <em>Active</em>}</li>
 *   <li>{@link org.irqscope.model.GicCpuInterface#getEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getGicCpuInterface()
 * @model
 * @generated
 */
public interface GicCpuInterface extends Presenter {
    /**
     * Returns the value of the '<em><b>Mpidr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Mpidr</em>' attribute.
     * @see #setMpidr(long)
     * @see org.irqscope.model.IrqscopePackage#getGicCpuInterface_Mpidr()
     * @model
     * @generated
     */
    long getMpidr();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicCpuInterface#getMpidr <em>Mpidr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Mpidr</em>' attribute.
     * @see #getMpidr()
     * @generated
     */
    void setMpidr(long value);

    /**
     * Returns the value of the '<em><b>Pmr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Priority mask register.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Pmr</em>' attribute.
     * @see #setPmr(int)
     * @see org.irqscope.model.IrqscopePackage#getGicCpuInterface_Pmr()
     * @model
     * @generated
     */
    int getPmr();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicCpuInterface#getPmr <em>Pmr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Pmr</em>' attribute.
     * @see #getPmr()
     * @generated
     */
    void setPmr(int value);

    /**
     * Returns the value of the '<em><b>Bpr1</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Bpr1</em>' attribute.
     * @see #setBpr1(int)
     * @see org.irqscope.model.IrqscopePackage#getGicCpuInterface_Bpr1()
     * @model
     * @generated
     */
    int getBpr1();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicCpuInterface#getBpr1 <em>Bpr1</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Bpr1</em>' attribute.
     * @see #getBpr1()
     * @generated
     */
    void setBpr1(int value);

    /**
     * Returns the value of the '<em><b>Igrpen1</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Igrpen1</em>' attribute.
     * @see #setIgrpen1(int)
     * @see org.irqscope.model.IrqscopePackage#getGicCpuInterface_Igrpen1()
     * @model
     * @generated
     */
    int getIgrpen1();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicCpuInterface#getIgrpen1 <em>Igrpen1</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Igrpen1</em>' attribute.
     * @see #getIgrpen1()
     * @generated
     */
    void setIgrpen1(int value);

    /**
     * Returns the value of the '<em><b>Pending</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Pending</em>' attribute.
     * @see #setPending(long)
     * @see org.irqscope.model.IrqscopePackage#getGicCpuInterface_Pending()
     * @model
     * @generated
     */
    long getPending();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicCpuInterface#getPending <em>Pending</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Pending</em>' attribute.
     * @see #getPending()
     * @generated
     */
    void setPending(long value);

    /**
     * Returns the value of the '<em><b>Active</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Active</em>' attribute.
     * @see #setActive(long)
     * @see org.irqscope.model.IrqscopePackage#getGicCpuInterface_Active()
     * @model
     * @generated
     */
    long getActive();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicCpuInterface#getActive <em>Active</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Active</em>' attribute.
     * @see #getActive()
     * @generated
     */
    void setActive(long value);

    /**
     * Returns the value of the '<em><b>Enabled</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Enabled</em>' attribute.
     * @see #setEnabled(long)
     * @see org.irqscope.model.IrqscopePackage#getGicCpuInterface_Enabled()
     * @model
     * @generated
     */
    long getEnabled();

    /**
     * Sets the value of the '{@link org.irqscope.model.GicCpuInterface#getEnabled <em>Enabled</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Enabled</em>' attribute.
     * @see #getEnabled()
     * @generated
     */
    void setEnabled(long value);

} // GicCpuInterface
