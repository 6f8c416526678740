// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Irqchip Location</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where the interrupt controller's state lives.
 * <!-- end-model-doc -->
 * @see org.irqscope.model.IrqscopePackage#getIrqchipLocation()
 * @model
 * @generated
 */
public enum IrqchipLocation implements Enumerator {
    /**
     * The '<em><b>IN KERNEL</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #IN_KERNEL_VALUE
     * @generated
     * @ordered
     */
    IN_KERNEL(0, "IN_KERNEL", "in-kernel"),

    /**
     * The '<em><b>EMULATED</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #EMULATED_VALUE
     * @generated
     * @ordered
     */
    EMULATED(1, "EMULATED", "emulated"),

    /**
     * The '<em><b>SOFT</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #SOFT_VALUE
     * @generated
     * @ordered
     */
    SOFT(2, "SOFT", "soft"),

    /**
     * The '<em><b>UNKNOWN</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #UNKNOWN_VALUE
     * @generated
     * @ordered
     */
    UNKNOWN(3, "UNKNOWN", "unknown");

    /**
     * The '<em><b>IN KERNEL</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #IN_KERNEL
     * @model literal="in-kernel"
     * @generated
     * @ordered
     */
    public static final int IN_KERNEL_VALUE = 0;

    /**
     * The '<em><b>EMULATED</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #EMULATED
     * @model literal="emulated"
     * @generated
     * @ordered
     */
    public static final int EMULATED_VALUE = 1;

    /**
     * The '<em><b>SOFT</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #SOFT
     * @model literal="soft"
     * @generated
     * @ordered
     */
    public static final int SOFT_VALUE = 2;

    /**
     * The '<em><b>UNKNOWN</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #UNKNOWN
     * @model literal="unknown"
     * @generated
     * @ordered
     */
    public static final int UNKNOWN_VALUE = 3;

    /**
     * An array of all the '<em><b>Irqchip Location</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private static final IrqchipLocation[] VALUES_ARRAY =
        new IrqchipLocation[] {
            IN_KERNEL,
            EMULATED,
            SOFT,
            UNKNOWN,
        };

    /**
     * A public read-only list of all the '<em><b>Irqchip Location</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final List<IrqchipLocation> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

    /**
     * Returns the '<em><b>Irqchip Location</b></em>' literal with the specified literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param literal the literal.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static IrqchipLocation get(String literal) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            IrqchipLocation result = VALUES_ARRAY[i];
            if (result.toString().equals(literal)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Irqchip Location</b></em>' literal with the specified name.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param name the name.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static IrqchipLocation getByName(String name) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            IrqchipLocation result = VALUES_ARRAY[i];
            if (result.getName().equals(name)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Irqchip Location</b></em>' literal with the specified integer value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the integer value.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static IrqchipLocation get(int value) {
        switch (value) {
            case IN_KERNEL_VALUE: return IN_KERNEL;
            case EMULATED_VALUE: return EMULATED;
            case SOFT_VALUE: return SOFT;
            case UNKNOWN_VALUE: return UNKNOWN;
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
    private IrqchipLocation(int value, String name, String literal) {
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
    
} //IrqchipLocation
