// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xive Ring</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One 16-byte ring of a XIVE thread interrupt management area, each byte as the TIMA holds it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.XiveRing#getNsr <em>Nsr</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getCppr <em>Cppr</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getIpb <em>Ipb</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getLsmfb <em>Lsmfb</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getAckCount <em>Ack Count</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getInc <em>Inc</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getAge <em>Age</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getPipr <em>Pipr</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getW2 <em>W2</em>}</li>
 *   <li>{@link org.irqscope.model.XiveRing#getRingName <em>Ring Name</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getXiveRing()
 * @model
 * @generated
 */
public interface XiveRing extends EObject {
    /**
     * Returns the value of the '<em><b>Nsr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Notification source register.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Nsr</em>' attribute.
     * @see #setNsr(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_Nsr()
     * @model
     * @generated
     */
    int getNsr();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getNsr <em>Nsr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Nsr</em>' attribute.
     * @see #getNsr()
     * @generated
     */
    void setNsr(int value);

    /**
     * Returns the value of the '<em><b>Cppr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Current processor priority, 0..7 or 0xFF.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Cppr</em>' attribute.
     * @see #setCppr(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_Cppr()
     * @model
     * @generated
     */
    int getCppr();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getCppr <em>Cppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Cppr</em>' attribute.
     * @see #getCppr()
     * @generated
     */
    void setCppr(int value);

    /**
     * Returns the value of the '<em><b>Ipb</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Interrupt pending buffer: bit 7 - p is set when priority p is pending.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Ipb</em>' attribute.
     * @see #setIpb(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_Ipb()
     * @model
     * @generated
     */
    int getIpb();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getIpb <em>Ipb</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Ipb</em>' attribute.
     * @see #getIpb()
     * @generated
     */
    void setIpb(int value);

    /**
     * Returns the value of the '<em><b>Lsmfb</b></em>' attribute.
     * The default value is <code>"255"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Lsmfb</em>' attribute.
     * @see #setLsmfb(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_Lsmfb()
     * @model default="255"
     * @generated
     */
    int getLsmfb();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getLsmfb <em>Lsmfb</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Lsmfb</em>' attribute.
     * @see #getLsmfb()
     * @generated
     */
    void setLsmfb(int value);

    /**
     * Returns the value of the '<em><b>Ack Count</b></em>' attribute.
     * The default value is <code>"255"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * ACK# byte.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Ack Count</em>' attribute.
     * @see #setAckCount(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_AckCount()
     * @model default="255"
     * @generated
     */
    int getAckCount();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getAckCount <em>Ack Count</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Ack Count</em>' attribute.
     * @see #getAckCount()
     * @generated
     */
    void setAckCount(int value);

    /**
     * Returns the value of the '<em><b>Inc</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Inc</em>' attribute.
     * @see #setInc(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_Inc()
     * @model
     * @generated
     */
    int getInc();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getInc <em>Inc</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Inc</em>' attribute.
     * @see #getInc()
     * @generated
     */
    void setInc(int value);

    /**
     * Returns the value of the '<em><b>Age</b></em>' attribute.
     * The default value is <code>"255"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the value of the '<em>Age</em>' attribute.
     * @see #setAge(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_Age()
     * @model default="255"
     * @generated
     */
    int getAge();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getAge <em>Age</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Age</em>' attribute.
     * @see #getAge()
     * @generated
     */
    void setAge(int value);

    /**
     * Returns the value of the '<em><b>Pipr</b></em>' attribute.
     * The default value is <code>"255"</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Pending interrupt priority register: the most favoured priority in IPB, 0xFF if none.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Pipr</em>' attribute.
     * @see #setPipr(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_Pipr()
     * @model default="255"
     * @generated
     */
    int getPipr();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getPipr <em>Pipr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Pipr</em>' attribute.
     * @see #getPipr()
     * @generated
     */
    void setPipr(int value);

    /**
     * Returns the value of the '<em><b>W2</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Word 2 (for the OS ring: VO bit 31 and the CAM line).
     * <!-- end-model-doc -->
     * @return the value of the '<em>W2</em>' attribute.
     * @see #setW2(int)
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_W2()
     * @model
     * @generated
     */
    int getW2();

    /**
     * Sets the value of the '{@link org.irqscope.model.XiveRing#getW2 <em>W2</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>W2</em>' attribute.
     * @see #getW2()
     * @generated
     */
    void setW2(int value);

    /**
     * Returns the value of the '<em><b>Ring Name</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * USER, OS, POOL or PHYS from the ring's position.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Ring Name</em>' attribute.
     * @see org.irqscope.model.IrqscopePackage#getXiveRing_RingName()
     * @model transient="true" changeable="false" volatile="true" derived="true"
     * @generated
     */
    String getRingName();

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * PIPR is derived from IPB; a mismatch means a lost or phantom pending interrupt.
     * <!-- end-model-doc -->
     * @model
     * @generated
     */
    boolean piprMatchesIpb(DiagnosticChain diagnostics, Map<Object, Object> context);

} // XiveRing
