// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Interrupt Mode</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The interrupt-controller mode a machine runs in.
 * <!-- end-model-doc -->
 * @see org.irqscope.model.IrqscopePackage#getInterruptMode()
 * @model
 * @generated
 */
public enum InterruptMode implements Enumerator {
    /**
     * The '<em><b>XICS</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #XICS_VALUE
     * @generated
     * @ordered
     */
    XICS(0, "XICS", "xics"),

    /**
     * The '<em><b>XIVE</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #XIVE_VALUE
     * @generated
     * @ordered
     */
    XIVE(1, "XIVE", "xive"),

    /**
     * The '<em><b>DUAL</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #DUAL_VALUE
     * @generated
     * @ordered
     */
    DUAL(2, "DUAL", "dual"),

    /**
     * The '<em><b>X86 KERNEL IRQCHIP</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #X86_KERNEL_IRQCHIP_VALUE
     * @generated
     * @ordered
     */
    X86_KERNEL_IRQCHIP(3, "X86_KERNEL_IRQCHIP", "x86-irqchip"),

    /**
     * The '<em><b>X86 SPLIT IRQCHIP</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #X86_SPLIT_IRQCHIP_VALUE
     * @generated
     * @ordered
     */
    X86_SPLIT_IRQCHIP(4, "X86_SPLIT_IRQCHIP", "x86-split"),

    /**
     * The '<em><b>X86 EMULATED</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #X86_EMULATED_VALUE
     * @generated
     * @ordered
     */
    X86_EMULATED(5, "X86_EMULATED", "x86-emulated"),

    /**
     * The '<em><b>GICV3</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #GICV3_VALUE
     * @generated
     * @ordered
     */
    GICV3(6, "GICV3", "gicv3"),

    /**
     * The '<em><b>FLIC</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #FLIC_VALUE
     * @generated
     * @ordered
     */
    FLIC(7, "FLIC", "flic"),

    /**
     * The '<em><b>MPIC</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #MPIC_VALUE
     * @generated
     * @ordered
     */
    MPIC(8, "MPIC", "mpic");

    /**
     * The '<em><b>XICS</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #XICS
     * @model literal="xics"
     * @generated
     * @ordered
     */
    public static final int XICS_VALUE = 0;

    /**
     * The '<em><b>XIVE</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #XIVE
     * @model literal="xive"
     * @generated
     * @ordered
     */
    public static final int XIVE_VALUE = 1;

    /**
     * The '<em><b>DUAL</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #DUAL
     * @model literal="dual"
     * @generated
     * @ordered
     */
    public static final int DUAL_VALUE = 2;

    /**
     * The '<em><b>X86 KERNEL IRQCHIP</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #X86_KERNEL_IRQCHIP
     * @model literal="x86-irqchip"
     * @generated
     * @ordered
     */
    public static final int X86_KERNEL_IRQCHIP_VALUE = 3;

    /**
     * The '<em><b>X86 SPLIT IRQCHIP</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #X86_SPLIT_IRQCHIP
     * @model literal="x86-split"
     * @generated
     * @ordered
     */
    public static final int X86_SPLIT_IRQCHIP_VALUE = 4;

    /**
     * The '<em><b>X86 EMULATED</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #X86_EMULATED
     * @model literal="x86-emulated"
     * @generated
     * @ordered
     */
    public static final int X86_EMULATED_VALUE = 5;

    /**
     * The '<em><b>GICV3</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #GICV3
     * @model literal="gicv3"
     * @generated
     * @ordered
     */
    public static final int GICV3_VALUE = 6;

    /**
     * The '<em><b>FLIC</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #FLIC
     * @model literal="flic"
     * @generated
     * @ordered
     */
    public static final int FLIC_VALUE = 7;

    /**
     * The '<em><b>MPIC</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #MPIC
     * @model literal="mpic"
     * @generated
     * @ordered
     */
    public static final int MPIC_VALUE = 8;

    /**
     * An array of all the '<em><b>Interrupt Mode</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private static final InterruptMode[] VALUES_ARRAY =
        new InterruptMode[] {
            XICS,
            XIVE,
            DUAL,
            X86_KERNEL_IRQCHIP,
            X86_SPLIT_IRQCHIP,
            X86_EMULATED,
            GICV3,
            FLIC,
            MPIC,
        };

    /**
     * A public read-only list of all the '<em><b>Interrupt Mode</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final List<InterruptMode> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

    /**
     * Returns the '<em><b>Interrupt Mode</b></em>' literal with the specified literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param literal the literal.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static InterruptMode get(String literal) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            InterruptMode result = VALUES_ARRAY[i];
            if (result.toString().equals(literal)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Interrupt Mode</b></em>' literal with the specified name.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param name the name.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static InterruptMode getByName(String name) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            InterruptMode result = VALUES_ARRAY[i];
            if (result.getName().equals(name)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Interrupt Mode</b></em>' literal with the specified integer value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the integer value.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static InterruptMode get(int value) {
        switch (value) {
            case XICS_VALUE: return XICS;
            case XIVE_VALUE: return XIVE;
            case DUAL_VALUE: return DUAL;
            case X86_KERNEL_IRQCHIP_VALUE: return X86_KERNEL_IRQCHIP;
            case X86_SPLIT_IRQCHIP_VALUE: return X86_SPLIT_IRQCHIP;
            case X86_EMULATED_VALUE: return X86_EMULATED;
            case GICV3_VALUE: return GICV3;
            case FLIC_VALUE: return FLIC;
            case MPIC_VALUE: return MPIC;
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
    private InterruptMode(int value, String name, String literal) {
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
    
} //InterruptMode
