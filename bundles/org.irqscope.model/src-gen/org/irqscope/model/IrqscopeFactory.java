// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.irqscope.model.IrqscopePackage
 * @generated
 */
public interface IrqscopeFactory extends EFactory {
    /**
     * The singleton instance of the factory.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    IrqscopeFactory eINSTANCE = org.irqscope.model.impl.IrqscopeFactoryImpl.init();

    /**
     * Returns a new object of class '<em>Recording</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Recording</em>'.
     * @generated
     */
    Recording createRecording();

    /**
     * Returns a new object of class '<em>Machine</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Machine</em>'.
     * @generated
     */
    Machine createMachine();

    /**
     * Returns a new object of class '<em>Vcpu</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Vcpu</em>'.
     * @generated
     */
    Vcpu createVcpu();

    /**
     * Returns a new object of class '<em>Xics Icp</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Xics Icp</em>'.
     * @generated
     */
    XicsIcp createXicsIcp();

    /**
     * Returns a new object of class '<em>Xive Thread Context</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Xive Thread Context</em>'.
     * @generated
     */
    XiveThreadContext createXiveThreadContext();

    /**
     * Returns a new object of class '<em>Xive Ring</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Xive Ring</em>'.
     * @generated
     */
    XiveRing createXiveRing();

    /**
     * Returns a new object of class '<em>Lapic</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Lapic</em>'.
     * @generated
     */
    Lapic createLapic();

    /**
     * Returns a new object of class '<em>Lvt Entry</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Lvt Entry</em>'.
     * @generated
     */
    LvtEntry createLvtEntry();

    /**
     * Returns a new object of class '<em>Gic Cpu Interface</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Gic Cpu Interface</em>'.
     * @generated
     */
    GicCpuInterface createGicCpuInterface();

    /**
     * Returns a new object of class '<em>Source</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Source</em>'.
     * @generated
     */
    Source createSource();

    /**
     * Returns a new object of class '<em>Ics Block</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Ics Block</em>'.
     * @generated
     */
    IcsBlock createIcsBlock();

    /**
     * Returns a new object of class '<em>Xive Router</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Xive Router</em>'.
     * @generated
     */
    XiveRouter createXiveRouter();

    /**
     * Returns a new object of class '<em>Xive Event Queue</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Xive Event Queue</em>'.
     * @generated
     */
    XiveEventQueue createXiveEventQueue();

    /**
     * Returns a new object of class '<em>Nvt</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Nvt</em>'.
     * @generated
     */
    Nvt createNvt();

    /**
     * Returns a new object of class '<em>Ioapic</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Ioapic</em>'.
     * @generated
     */
    Ioapic createIoapic();

    /**
     * Returns a new object of class '<em>Ioapic Pin</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Ioapic Pin</em>'.
     * @generated
     */
    IoapicPin createIoapicPin();

    /**
     * Returns a new object of class '<em>Pic</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Pic</em>'.
     * @generated
     */
    Pic createPic();

    /**
     * Returns a new object of class '<em>Gic Distributor</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Gic Distributor</em>'.
     * @generated
     */
    GicDistributor createGicDistributor();

    /**
     * Returns a new object of class '<em>Flic</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Flic</em>'.
     * @generated
     */
    Flic createFlic();

    /**
     * Returns a new object of class '<em>Msi Route</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return a new object of class '<em>Msi Route</em>'.
     * @generated
     */
    MsiRoute createMsiRoute();

    /**
     * Returns the package supported by this factory.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the package supported by this factory.
     * @generated
     */
    IrqscopePackage getIrqscopePackage();

} //IrqscopeFactory
