// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.XicsIcp;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Xics Icp</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.XicsIcpImpl#getCppr <em>Cppr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XicsIcpImpl#getMfrr <em>Mfrr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XicsIcpImpl#getXisr <em>Xisr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XicsIcpImpl#getPpri <em>Ppri</em>}</li>
 *   <li>{@link org.irqscope.model.impl.XicsIcpImpl#getXirr <em>Xirr</em>}</li>
 * </ul>
 *
 * @generated
 */
public class XicsIcpImpl extends PresenterImpl implements XicsIcp {
    /**
     * The default value of the '{@link #getCppr() <em>Cppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCppr()
     * @generated
     * @ordered
     */
    protected static final int CPPR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getCppr() <em>Cppr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCppr()
     * @generated
     * @ordered
     */
    protected int cppr = CPPR_EDEFAULT;

    /**
     * The default value of the '{@link #getMfrr() <em>Mfrr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getMfrr()
     * @generated
     * @ordered
     */
    protected static final int MFRR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getMfrr() <em>Mfrr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getMfrr()
     * @generated
     * @ordered
     */
    protected int mfrr = MFRR_EDEFAULT;

    /**
     * The default value of the '{@link #getXisr() <em>Xisr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getXisr()
     * @generated
     * @ordered
     */
    protected static final int XISR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getXisr() <em>Xisr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getXisr()
     * @generated
     * @ordered
     */
    protected int xisr = XISR_EDEFAULT;

    /**
     * The default value of the '{@link #getPpri() <em>Ppri</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPpri()
     * @generated
     * @ordered
     */
    protected static final int PPRI_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getPpri() <em>Ppri</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPpri()
     * @generated
     * @ordered
     */
    protected int ppri = PPRI_EDEFAULT;

    /**
     * The default value of the '{@link #getXirr() <em>Xirr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getXirr()
     * @generated
     * @ordered
     */
    protected static final int XIRR_EDEFAULT = 0;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected XicsIcpImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.XICS_ICP;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getCppr() {
        return cppr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setCppr(int newCppr) {
        int oldCppr = cppr;
        cppr = newCppr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XICS_ICP__CPPR, oldCppr, cppr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getMfrr() {
        return mfrr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setMfrr(int newMfrr) {
        int oldMfrr = mfrr;
        mfrr = newMfrr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XICS_ICP__MFRR, oldMfrr, mfrr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getXisr() {
        return xisr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setXisr(int newXisr) {
        int oldXisr = xisr;
        xisr = newXisr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XICS_ICP__XISR, oldXisr, xisr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPpri() {
        return ppri;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPpri(int newPpri) {
        int oldPpri = ppri;
        ppri = newPpri;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.XICS_ICP__PPRI, oldPpri, ppri));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getXirr() {
        return org.irqscope.model.derived.XicsRegisters.xirr(getCppr(), getXisr());
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean pendingSourceHasPriority(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
        return org.irqscope.model.constraints.PresenterConstraints.pendingSourceHasPriority(this, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.XICS_ICP__CPPR:
                return getCppr();
            case IrqscopePackage.XICS_ICP__MFRR:
                return getMfrr();
            case IrqscopePackage.XICS_ICP__XISR:
                return getXisr();
            case IrqscopePackage.XICS_ICP__PPRI:
                return getPpri();
            case IrqscopePackage.XICS_ICP__XIRR:
                return getXirr();
        }
        return super.eGet(featureID, resolve, coreType);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void eSet(int featureID, Object newValue) {
        switch (featureID) {
            case IrqscopePackage.XICS_ICP__CPPR:
                setCppr((Integer)newValue);
                return;
            case IrqscopePackage.XICS_ICP__MFRR:
                setMfrr((Integer)newValue);
                return;
            case IrqscopePackage.XICS_ICP__XISR:
                setXisr((Integer)newValue);
                return;
            case IrqscopePackage.XICS_ICP__PPRI:
                setPpri((Integer)newValue);
                return;
        }
        super.eSet(featureID, newValue);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void eUnset(int featureID) {
        switch (featureID) {
            case IrqscopePackage.XICS_ICP__CPPR:
                setCppr(CPPR_EDEFAULT);
                return;
            case IrqscopePackage.XICS_ICP__MFRR:
                setMfrr(MFRR_EDEFAULT);
                return;
            case IrqscopePackage.XICS_ICP__XISR:
                setXisr(XISR_EDEFAULT);
                return;
            case IrqscopePackage.XICS_ICP__PPRI:
                setPpri(PPRI_EDEFAULT);
                return;
        }
        super.eUnset(featureID);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public boolean eIsSet(int featureID) {
        switch (featureID) {
            case IrqscopePackage.XICS_ICP__CPPR:
                return cppr != CPPR_EDEFAULT;
            case IrqscopePackage.XICS_ICP__MFRR:
                return mfrr != MFRR_EDEFAULT;
            case IrqscopePackage.XICS_ICP__XISR:
                return xisr != XISR_EDEFAULT;
            case IrqscopePackage.XICS_ICP__PPRI:
                return ppri != PPRI_EDEFAULT;
            case IrqscopePackage.XICS_ICP__XIRR:
                return getXirr() != XIRR_EDEFAULT;
        }
        return super.eIsSet(featureID);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    @SuppressWarnings("unchecked")
    public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
        switch (operationID) {
            case IrqscopePackage.XICS_ICP___PENDING_SOURCE_HAS_PRIORITY__DIAGNOSTICCHAIN_MAP:
                return pendingSourceHasPriority((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
        }
        return super.eInvoke(operationID, arguments);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String toString() {
        if (eIsProxy()) return super.toString();

        StringBuilder result = new StringBuilder(super.toString());
        result.append(" (cppr: ");
        result.append(cppr);
        result.append(", mfrr: ");
        result.append(mfrr);
        result.append(", xisr: ");
        result.append(xisr);
        result.append(", ppri: ");
        result.append(ppri);
        result.append(')');
        return result.toString();
    }

} //XicsIcpImpl
