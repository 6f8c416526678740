// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Arch</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Host/guest architecture.
 * <!-- end-model-doc -->
 * @see org.irqscope.model.IrqscopePackage#getArch()
 * @model
 * @generated
 */
public enum Arch implements Enumerator {
    /**
     * The '<em><b>PPC64</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #PPC64_VALUE
     * @generated
     * @ordered
     */
    PPC64(0, "PPC64", "ppc64"),

    /**
     * The '<em><b>X86 64</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #X86_64_VALUE
     * @generated
     * @ordered
     */
    X86_64(1, "X86_64", "x86_64"),

    /**
     * The '<em><b>ARM64</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #ARM64_VALUE
     * @generated
     * @ordered
     */
    ARM64(2, "ARM64", "arm64"),

    /**
     * The '<em><b>S390X</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #S390X_VALUE
     * @generated
     * @ordered
     */
    S390X(3, "S390X", "s390x");

    /**
     * The '<em><b>PPC64</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #PPC64
     * @model literal="ppc64"
     * @generated
     * @ordered
     */
    public static final int PPC64_VALUE = 0;

    /**
     * The '<em><b>X86 64</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #X86_64
     * @model literal="x86_64"
     * @generated
     * @ordered
     */
    public static final int X86_64_VALUE = 1;

    /**
     * The '<em><b>ARM64</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #ARM64
     * @model literal="arm64"
     * @generated
     * @ordered
     */
    public static final int ARM64_VALUE = 2;

    /**
     * The '<em><b>S390X</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #S390X
     * @model literal="s390x"
     * @generated
     * @ordered
     */
    public static final int S390X_VALUE = 3;

    /**
     * An array of all the '<em><b>Arch</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private static final Arch[] VALUES_ARRAY =
        new Arch[] {
            PPC64,
            X86_64,
            ARM64,
            S390X,
        };

    /**
     * A public read-only list of all the '<em><b>Arch</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final List<Arch> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

    /**
     * Returns the '<em><b>Arch</b></em>' literal with the specified literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param literal the literal.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static Arch get(String literal) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            Arch result = VALUES_ARRAY[i];
            if (result.toString().equals(literal)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Arch</b></em>' literal with the specified name.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param name the name.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static Arch getByName(String name) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            Arch result = VALUES_ARRAY[i];
            if (result.getName().equals(name)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Arch</b></em>' literal with the specified integer value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the integer value.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static Arch get(int value) {
        switch (value) {
            case PPC64_VALUE: return PPC64;
            case X86_64_VALUE: return X86_64;
            case ARM64_VALUE: return ARM64;
            case S390X_VALUE: return S390X;
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
    private Arch(int value, String name, String literal) {
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
    
} //Arch
