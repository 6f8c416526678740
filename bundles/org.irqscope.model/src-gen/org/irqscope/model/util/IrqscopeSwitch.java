// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.util;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import org.irqscope.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see org.irqscope.model.IrqscopePackage
 * @generated
 */
public class IrqscopeSwitch<T> extends Switch<T> {
    /**
     * The cached model package
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected static IrqscopePackage modelPackage;

    /**
     * Creates an instance of the switch.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public IrqscopeSwitch() {
        if (modelPackage == null) {
            modelPackage = IrqscopePackage.eINSTANCE;
        }
    }

    /**
     * Checks whether this is a switch for the given package.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param ePackage the package in question.
     * @return whether this is a switch for the given package.
     * @generated
     */
    @Override
    protected boolean isSwitchFor(EPackage ePackage) {
        return ePackage == modelPackage;
    }

    /**
     * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the first non-null result returned by a <code>caseXXX</code> call.
     * @generated
     */
    @Override
    protected T doSwitch(int classifierID, EObject theEObject) {
        switch (classifierID) {
            case IrqscopePackage.RECORDING: {
                Recording recording = (Recording)theEObject;
                T result = caseRecording(recording);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.MACHINE: {
                Machine machine = (Machine)theEObject;
                T result = caseMachine(machine);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.COUNTER_ENTRY: {
                @SuppressWarnings("unchecked") Map.Entry<String, Long> counterEntry = (Map.Entry<String, Long>)theEObject;
                T result = caseCounterEntry(counterEntry);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.VCPU: {
                Vcpu vcpu = (Vcpu)theEObject;
                T result = caseVcpu(vcpu);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.PRESENTER: {
                Presenter presenter = (Presenter)theEObject;
                T result = casePresenter(presenter);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.XICS_ICP: {
                XicsIcp xicsIcp = (XicsIcp)theEObject;
                T result = caseXicsIcp(xicsIcp);
                if (result == null) result = casePresenter(xicsIcp);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.XIVE_THREAD_CONTEXT: {
                XiveThreadContext xiveThreadContext = (XiveThreadContext)theEObject;
                T result = caseXiveThreadContext(xiveThreadContext);
                if (result == null) result = casePresenter(xiveThreadContext);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.XIVE_RING: {
                XiveRing xiveRing = (XiveRing)theEObject;
                T result = caseXiveRing(xiveRing);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.LAPIC: {
                Lapic lapic = (Lapic)theEObject;
                T result = caseLapic(lapic);
                if (result == null) result = casePresenter(lapic);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.LVT_ENTRY: {
                LvtEntry lvtEntry = (LvtEntry)theEObject;
                T result = caseLvtEntry(lvtEntry);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.GIC_CPU_INTERFACE: {
                GicCpuInterface gicCpuInterface = (GicCpuInterface)theEObject;
                T result = caseGicCpuInterface(gicCpuInterface);
                if (result == null) result = casePresenter(gicCpuInterface);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.SOURCE: {
                Source source = (Source)theEObject;
                T result = caseSource(source);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.CONTROLLER: {
                Controller controller = (Controller)theEObject;
                T result = caseController(controller);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.ICS_BLOCK: {
                IcsBlock icsBlock = (IcsBlock)theEObject;
                T result = caseIcsBlock(icsBlock);
                if (result == null) result = caseController(icsBlock);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.XIVE_ROUTER: {
                XiveRouter xiveRouter = (XiveRouter)theEObject;
                T result = caseXiveRouter(xiveRouter);
                if (result == null) result = caseController(xiveRouter);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.XIVE_EVENT_QUEUE: {
                XiveEventQueue xiveEventQueue = (XiveEventQueue)theEObject;
                T result = caseXiveEventQueue(xiveEventQueue);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.NVT: {
                Nvt nvt = (Nvt)theEObject;
                T result = caseNvt(nvt);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.IOAPIC: {
                Ioapic ioapic = (Ioapic)theEObject;
                T result = caseIoapic(ioapic);
                if (result == null) result = caseController(ioapic);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.IOAPIC_PIN: {
                IoapicPin ioapicPin = (IoapicPin)theEObject;
                T result = caseIoapicPin(ioapicPin);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.PIC: {
                Pic pic = (Pic)theEObject;
                T result = casePic(pic);
                if (result == null) result = caseController(pic);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.GIC_DISTRIBUTOR: {
                GicDistributor gicDistributor = (GicDistributor)theEObject;
                T result = caseGicDistributor(gicDistributor);
                if (result == null) result = caseController(gicDistributor);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.FLIC: {
                Flic flic = (Flic)theEObject;
                T result = caseFlic(flic);
                if (result == null) result = caseController(flic);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            case IrqscopePackage.MSI_ROUTE: {
                MsiRoute msiRoute = (MsiRoute)theEObject;
                T result = caseMsiRoute(msiRoute);
                if (result == null) result = defaultCase(theEObject);
                return result;
            }
            default: return defaultCase(theEObject);
        }
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Recording</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Recording</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseRecording(Recording object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Machine</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Machine</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseMachine(Machine object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Counter Entry</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Counter Entry</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseCounterEntry(Map.Entry<String, Long> object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Vcpu</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Vcpu</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseVcpu(Vcpu object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Presenter</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Presenter</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T casePresenter(Presenter object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Xics Icp</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Xics Icp</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseXicsIcp(XicsIcp object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Xive Thread Context</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Xive Thread Context</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseXiveThreadContext(XiveThreadContext object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Xive Ring</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Xive Ring</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseXiveRing(XiveRing object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Lapic</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Lapic</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseLapic(Lapic object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Lvt Entry</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Lvt Entry</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseLvtEntry(LvtEntry object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Gic Cpu Interface</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Gic Cpu Interface</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseGicCpuInterface(GicCpuInterface object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Source</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Source</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseSource(Source object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Controller</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Controller</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseController(Controller object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Ics Block</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Ics Block</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseIcsBlock(IcsBlock object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Xive Router</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Xive Router</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseXiveRouter(XiveRouter object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Xive Event Queue</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Xive Event Queue</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseXiveEventQueue(XiveEventQueue object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Nvt</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Nvt</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseNvt(Nvt object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Ioapic</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Ioapic</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseIoapic(Ioapic object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Ioapic Pin</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Ioapic Pin</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseIoapicPin(IoapicPin object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Pic</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Pic</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T casePic(Pic object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Gic Distributor</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Gic Distributor</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseGicDistributor(GicDistributor object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Flic</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Flic</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseFlic(Flic object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>Msi Route</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>Msi Route</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
     * @generated
     */
    public T caseMsiRoute(MsiRoute object) {
        return null;
    }

    /**
     * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
     * <!-- begin-user-doc -->
     * This implementation returns null;
     * returning a non-null result will terminate the switch, but this is the last case anyway.
     * <!-- end-user-doc -->
     * @param object the target of the switch.
     * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
     * @see #doSwitch(org.eclipse.emf.ecore.EObject)
     * @generated
     */
    @Override
    public T defaultCase(EObject object) {
        return null;
    }

} //IrqscopeSwitch
