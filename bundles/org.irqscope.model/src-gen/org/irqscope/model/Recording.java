// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recording</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of an .irqscope file: one snapshot, or a whole history oldest first.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.Recording#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.irqscope.model.Recording#getCreatedBy <em>Created By</em>}</li>
 *   <li>{@link org.irqscope.model.Recording#getMachines <em>Machines</em>}</li>
 * </ul>
 *
 * @see org.irqscope.model.IrqscopePackage#getRecording()
 * @model
 * @generated
 */
public interface Recording extends EObject {
    /**
     * Returns the value of the '<em><b>Format Version</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Version of the .irqscope file format; a reader refuses versions newer than its own.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Format Version</em>' attribute.
     * @see #setFormatVersion(int)
     * @see org.irqscope.model.IrqscopePackage#getRecording_FormatVersion()
     * @model
     * @generated
     */
    int getFormatVersion();

    /**
     * Sets the value of the '{@link org.irqscope.model.Recording#getFormatVersion <em>Format Version</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Format Version</em>' attribute.
     * @see #getFormatVersion()
     * @generated
     */
    void setFormatVersion(int value);

    /**
     * Returns the value of the '<em><b>Created By</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The tool and version that wrote the file.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Created By</em>' attribute.
     * @see #setCreatedBy(String)
     * @see org.irqscope.model.IrqscopePackage#getRecording_CreatedBy()
     * @model
     * @generated
     */
    String getCreatedBy();

    /**
     * Sets the value of the '{@link org.irqscope.model.Recording#getCreatedBy <em>Created By</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the new value of the '<em>Created By</em>' attribute.
     * @see #getCreatedBy()
     * @generated
     */
    void setCreatedBy(String value);

    /**
     * Returns the value of the '<em><b>Machines</b></em>' containment reference list.
     * The list contents are of type {@link org.irqscope.model.Machine}.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * The snapshots, oldest first.
     * <!-- end-model-doc -->
     * @return the value of the '<em>Machines</em>' containment reference list.
     * @see org.irqscope.model.IrqscopePackage#getRecording_Machines()
     * @model containment="true"
     * @generated
     */
    EList<Machine> getMachines();

} // Recording
