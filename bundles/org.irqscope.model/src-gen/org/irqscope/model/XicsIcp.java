// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xics Icp</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A XICS interrupt presenter as KVM_REG_PPC_ICP_STATE holds it. Priorities: 0 most favoured, 0xFF least.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.XicsIcp#getCppr <em>Cppr</em>}</li>
 *   <li>{@link org.irqscope.model.XicsIcp#getMfrr <em>Mfrr</em>}</li>
 *   <li>{@link org.irqscope.model.XicsIcp#getXisr <em>Xisr</em>}</li>
 *   <li>{@link org.irqscope.model.XicsIcp#getPpri <em>Ppri</em>}</li>
 *   <li>{@link org.irqscope.model.XicsIcp#getXirr <em>Xirr</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getXicsIcp()
 * @model
 * @generated
 */
public interface XicsIcp extends Presenter {
    /**
     * Returns the value of the '<em><b>Cppr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Current processor priority, 0..0xFF.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Cppr</em>' attribute.
     * @see #setCppr(int)
     * @see org.irqscope.model.IrqscopePackage#getXicsIcp_Cppr()
     * @model
     * @generated
     */
    int getCppr();

    /**
     * Sets the value of the '{@link org.irqscope.model.XicsIcp#getCppr <em>Cppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Cppr</em>' attribute.
     * @see #getCppr()
     * @generated
     */
    void setCppr(int value);

    /**
     * Returns the value of the '<em><b>Mfrr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * IPI priority, 0xFF = no IPI requested.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Mfrr</em>' attribute.
     * @see #setMfrr(int)
     * @see org.irqscope.model.IrqscopePackage#getXicsIcp_Mfrr()
     * @model
     * @generated
     */
    int getMfrr();

    /**
     * Sets the value of the '{@link org.irqscope.model.XicsIcp#getMfrr <em>Mfrr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Mfrr</em>' attribute.
     * @see #getMfrr()
     * @generated
     */
    void setMfrr(int value);

    /**
     * Returns the value of the '<em><b>Xisr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Pending source number (24 bits), 0 = none, 2 = the IPI.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Xisr</em>' attribute.
     * @see #setXisr(int)
     * @see org.irqscope.model.IrqscopePackage#getXicsIcp_Xisr()
     * @model
     * @generated
     */
    int getXisr();

    /**
     * Sets the value of the '{@link org.irqscope.model.XicsIcp#getXisr <em>Xisr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Xisr</em>' attribute.
     * @see #getXisr()
     * @generated
     */
    void setXisr(int value);

    /**
     * Returns the value of the '<em><b>Ppri</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Priority of the pending interrupt, 0xFF = none.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Ppri</em>' attribute.
     * @see #setPpri(int)
     * @see org.irqscope.model.IrqscopePackage#getXicsIcp_Ppri()
     * @model
     * @generated
     */
    int getPpri();

    /**
     * Sets the value of the '{@link org.irqscope.model.XicsIcp#getPpri <em>Ppri</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Ppri</em>' attribute.
     * @see #getPpri()
     * @generated
     */
    void setPpri(int value);

    /**
     * Returns the value of the '<em><b>Xirr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The architected XIRR: CPPR in bits 31:24, XISR in 23:0.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Xirr</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getXicsIcp_Xirr()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    int getXirr();

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * XISR names a pending source only while PPRI holds its priority (PPRI 0xFF means nothing is pending).
     * <!-- end-model-doc -->
     * @model
     * @generated
     */
    boolean pendingSourceHasPriority(DiagnosticChain diagnostics, Map<Object, Object> context);

} // XicsIcp
