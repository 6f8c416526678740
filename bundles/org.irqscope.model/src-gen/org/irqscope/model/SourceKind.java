// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Source Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a source signals.
 * <!-- end-model-doc -->
 * @see org.irqscope.model.IrqscopePackage#getSourceKind()
 * @model
 * @generated
 */
public enum SourceKind implements Enumerator {
    /**
     * The '<em><b>LSI</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #LSI_VALUE
     * @generated
     * @ordered
     */
    LSI(0, "LSI", "lsi"),

    /**
     * The '<em><b>MSI</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #MSI_VALUE
     * @generated
     * @ordered
     */
    MSI(1, "MSI", "msi"),

    /**
     * The '<em><b>IPI</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #IPI_VALUE
     * @generated
     * @ordered
     */
    IPI(2, "IPI", "ipi");

    /**
     * The '<em><b>LSI</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #LSI
     * @model literal="lsi"
     * @generated
     * @ordered
     */
    public static final int LSI_VALUE = 0;

    /**
     * The '<em><b>MSI</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #MSI
     * @model literal="msi"
     * @generated
     * @ordered
     */
    public static final int MSI_VALUE = 1;

    /**
     * The '<em><b>IPI</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #IPI
     * @model literal="ipi"
     * @generated
     * @ordered
     */
    public static final int IPI_VALUE = 2;

    /**
     * An array of all the '<em><b>Source Kind</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private static final SourceKind[] VALUES_ARRAY =
        new SourceKind[] {
            LSI,
            MSI,
            IPI,
        };

    /**
     * A public read-only list of all the '<em><b>Source Kind</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final List<SourceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

    /**
     * Returns the '<em><b>Source Kind</b></em>' literal with the specified literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param literal the literal.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static SourceKind get(String literal) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            SourceKind result = VALUES_ARRAY[i];
            if (result.toString().equals(literal)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Source Kind</b></em>' literal with the specified name.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param name the name.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static SourceKind getByName(String name) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            SourceKind result = VALUES_ARRAY[i];
            if (result.getName().equals(name)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Source Kind</b></em>' literal with the specified integer value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the integer value.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static SourceKind get(int value) {
        switch (value) {
            case LSI_VALUE: return LSI;
            case MSI_VALUE: return MSI;
            case IPI_VALUE: return IPI;
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
    private SourceKind(int value, String name, String literal) {
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
    
} //SourceKind
