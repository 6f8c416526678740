// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Run State</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Run state of a vCPU as the backend last saw it.
 * <!-- end-model-doc -->
 * @see org.irqscope.model.IrqscopePackage#getRunState()
 * @model
 * @generated
 */
public enum RunState implements Enumerator {
    /**
     * The '<em><b>RUNNING</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #RUNNING_VALUE
     * @generated
     * @ordered
     */
    RUNNING(0, "RUNNING", "running"),

    /**
     * The '<em><b>HALTED</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #HALTED_VALUE
     * @generated
     * @ordered
     */
    HALTED(1, "HALTED", "halted"),

    /**
     * The '<em><b>PAUSED</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #PAUSED_VALUE
     * @generated
     * @ordered
     */
    PAUSED(2, "PAUSED", "paused"),

    /**
     * The '<em><b>STOPPED</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #STOPPED_VALUE
     * @generated
     * @ordered
     */
    STOPPED(3, "STOPPED", "stopped"),

    /**
     * The '<em><b>UNKNOWN</b></em>' literal object.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #UNKNOWN_VALUE
     * @generated
     * @ordered
     */
    UNKNOWN(4, "UNKNOWN", "unknown");

    /**
     * The '<em><b>RUNNING</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #RUNNING
     * @model literal="running"
     * @generated
     * @ordered
     */
    public static final int RUNNING_VALUE = 0;

    /**
     * The '<em><b>HALTED</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #HALTED
     * @model literal="halted"
     * @generated
     * @ordered
     */
    public static final int HALTED_VALUE = 1;

    /**
     * The '<em><b>PAUSED</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #PAUSED
     * @model literal="paused"
     * @generated
     * @ordered
     */
    public static final int PAUSED_VALUE = 2;

    /**
     * The '<em><b>STOPPED</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #STOPPED
     * @model literal="stopped"
     * @generated
     * @ordered
     */
    public static final int STOPPED_VALUE = 3;

    /**
     * The '<em><b>UNKNOWN</b></em>' literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #UNKNOWN
     * @model literal="unknown"
     * @generated
     * @ordered
     */
    public static final int UNKNOWN_VALUE = 4;

    /**
     * An array of all the '<em><b>Run State</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private static final RunState[] VALUES_ARRAY =
        new RunState[] {
            RUNNING,
            HALTED,
            PAUSED,
            STOPPED,
            UNKNOWN,
        };

    /**
     * A public read-only list of all the '<em><b>Run State</b></em>' enumerators.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final List<RunState> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

    /**
     * Returns the '<em><b>Run State</b></em>' literal with the specified literal value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param literal the literal.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static RunState get(String literal) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            RunState result = VALUES_ARRAY[i];
            if (result.toString().equals(literal)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Run State</b></em>' literal with the specified name.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param name the name.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static RunState getByName(String name) {
        for (int i = 0; i < VALUES_ARRAY.length; ++i) {
            RunState result = VALUES_ARRAY[i];
            if (result.getName().equals(name)) {
                return result;
            }
        }
        return null;
    }

    /**
     * Returns the '<em><b>Run State</b></em>' literal with the specified integer value.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param value the integer value.
     * @return the matching enumerator or <code>null</code>.
     * @generated
     */
    public static RunState get(int value) {
        switch (value) {
            case RUNNING_VALUE: return RUNNING;
            case HALTED_VALUE: return HALTED;
            case PAUSED_VALUE: return PAUSED;
            case STOPPED_VALUE: return STOPPED;
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
    private RunState(int value, String name, String literal) {
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
    
} //RunState
