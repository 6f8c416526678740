// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Backend Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Which kind of backend produced the state.
 * <!-- end-model-doc -->
 * @see org.irqscope.model.IrqscopePackage#getBackendKind()
 * @model
 * @generated
 */
public enum BackendKind implements Enumerator {
    /**
     * The '<em><b>LINUX KVM</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #LINUX_KVM_VALUE
     * @generated
     * @ordered
     */
    LINUX_KVM(0, "LINUX_KVM", "kvm"),

    /**
     * The '<em><b>SOFT KVM</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #SOFT_KVM_VALUE
     * @generated
     * @ordered
     */
    SOFT_KVM(1, "SOFT_KVM", "soft"),

    /**
     * The '<em><b>QEMU QMP</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #QEMU_QMP_VALUE
     * @generated
     * @ordered
     */
    QEMU_QMP(2, "QEMU_QMP", "qmp"),

    /**
     * The '<em><b>FILE</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #FILE_VALUE
     * @generated
     * @ordered
     */
    FILE(3, "FILE", "file");

    /**
     * The '<em><b>LINUX KVM</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #LINUX_KVM
     * @model literal="kvm"
     * @generated
     * @ordered
     */
    public static final int LINUX_KVM_VALUE = 0;

    /**
     * The '<em><b>SOFT KVM</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #SOFT_KVM
     * @model literal="soft"
     * @generated
     * @ordered
     */
    public static final int SOFT_KVM_VALUE = 1;

    /**
     * The '<em><b>QEMU QMP</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #QEMU_QMP
     * @model literal="qmp"
     * @generated
     * @ordered
     */
    public static final int QEMU_QMP_VALUE = 2;

    /**
     * The '<em><b>FILE</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #FILE
     * @model literal="file"
     * @generated
     * @ordered
     */
    public static final int FILE_VALUE = 3;

    /**
     * An array of all the '<em><b>Backend Kind</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private static final BackendKind[] VALUES_ARRAY =
        new BackendKind[] {
            LINUX_KVM,
            SOFT_KVM,
            QEMU_QMP,
            FILE,
        };

    /**
     * A public read-only list of all the '<em><b>Backend Kind</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final List<BackendKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

    /**
     * Returns the '<em><b>Backend Kind</b></em>' literal with the specified literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param literal the literal.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static BackendKind get(String literal) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            BackendKind result = VALUES_ARRAY[i];
            if (result.toString().equals(literal)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Backend Kind</b></em>' literal with the specified name.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param name the name.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static BackendKind getByName(String name) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            BackendKind result = VALUES_ARRAY[i];
            if (result.getName().equals(name)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Backend Kind</b></em>' literal with the specified integer value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the integer value.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static BackendKind get(int value) {
        switch (value) {
            case LINUX_KVM_VALUE: return LINUX_KVM;
            case SOFT_KVM_VALUE: return SOFT_KVM;
            case QEMU_QMP_VALUE: return QEMU_QMP;
            case FILE_VALUE: return FILE;
        }
        return null;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private final int value;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private final String name;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private final String literal;

    /**
     * Only this class can construct instances.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private BackendKind(int value, String name, String literal) {
        this.value = value;
        this.name = name;
        this.literal = literal;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getValue() {
      return value;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String getName() {
      return name;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String getLiteral() {
      return literal;
    }

    /**
     * Returns the literal value of the enumerator, which is its string representation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String toString() {
        return literal;
    }
    
} //BackendKind
