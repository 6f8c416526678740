// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.irqscope.model.GicDistributor;
import org.irqscope.model.IrqscopePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gic Distributor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.GicDistributorImpl#getCtlr <em>Ctlr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.GicDistributorImpl#getNrSpis <em>Nr Spis</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GicDistributorImpl extends ControllerImpl implements GicDistributor {
    /**
     * The default value of the '{@link #getCtlr() <em>Ctlr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCtlr()
     * @generated
     * @ordered
     */
    protected static final int CTLR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getCtlr() <em>Ctlr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCtlr()
     * @generated
     * @ordered
     */
    protected int ctlr = CTLR_EDEFAULT;

    /**
     * The default value of the '{@link #getNrSpis() <em>Nr Spis</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getNrSpis()
     * @generated
     * @ordered
     */
    protected static final int NR_SPIS_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getNrSpis() <em>Nr Spis</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getNrSpis()
     * @generated
     * @ordered
     */
    protected int nrSpis = NR_SPIS_EDEFAULT;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected GicDistributorImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.GIC_DISTRIBUTOR;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getCtlr() {
        return ctlr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setCtlr(int newCtlr) {
        int oldCtlr = ctlr;
        ctlr = newCtlr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_DISTRIBUTOR__CTLR, oldCtlr, ctlr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getNrSpis() {
        return nrSpis;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setNrSpis(int newNrSpis) {
        int oldNrSpis = nrSpis;
        nrSpis = newNrSpis;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.GIC_DISTRIBUTOR__NR_SPIS, oldNrSpis, nrSpis));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.GIC_DISTRIBUTOR__CTLR:
                return getCtlr();
            case IrqscopePackage.GIC_DISTRIBUTOR__NR_SPIS:
                return getNrSpis();
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
            case IrqscopePackage.GIC_DISTRIBUTOR__CTLR:
                setCtlr((Integer)newValue);
                return;
            case IrqscopePackage.GIC_DISTRIBUTOR__NR_SPIS:
                setNrSpis((Integer)newValue);
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
            case IrqscopePackage.GIC_DISTRIBUTOR__CTLR:
                setCtlr(CTLR_EDEFAULT);
                return;
            case IrqscopePackage.GIC_DISTRIBUTOR__NR_SPIS:
                setNrSpis(NR_SPIS_EDEFAULT);
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
            case IrqscopePackage.GIC_DISTRIBUTOR__CTLR:
                return ctlr != CTLR_EDEFAULT;
            case IrqscopePackage.GIC_DISTRIBUTOR__NR_SPIS:
                return nrSpis != NR_SPIS_EDEFAULT;
        }
        return super.eIsSet(featureID);
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
        result.append(" (ctlr: ");
        result.append(ctlr);
        result.append(", nrSpis: ");
        result.append(nrSpis);
        result.append(')');
        return result.toString();
    }

} //GicDistributorImpl
