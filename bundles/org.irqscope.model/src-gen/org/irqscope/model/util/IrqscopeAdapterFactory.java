// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.util;

import java.util.Map;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.irqscope.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.irqscope.model.IrqscopePackage
 * @generated
 */
public class IrqscopeAdapterFactory extends AdapterFactoryImpl {
    /**
     * The cached model package.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected static IrqscopePackage modelPackage;

    /**
     * Creates an instance of the adapter factory.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public IrqscopeAdapterFactory() {
        if (modelPackage == null) {
            modelPackage = IrqscopePackage.eINSTANCE;
        }
    }

    /**
     * Returns whether this factory is applicable for the type of the object.
     * <!-- begin-user-doc -->
     * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
     * <!-- end-user-doc -->
     * @return whether this factory is applicable for the type of the object.
     * @generated
     */
    @Override
    public boolean isFactoryForType(Object object) {
        if (object == modelPackage) {
            return true;
        }
        if (object instanceof EObject) {
            return ((EObject)object).eClass().getEPackage() == modelPackage;
        }
        return false;
    }

    /**
     * The switch that delegates to the <code>createXXX</code> methods.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected IrqscopeSwitch<Adapter> modelSwitch =
        new IrqscopeSwitch<Adapter>() {
            @Override
            public Adapter caseRecording(Recording object) {
                return createRecordingAdapter();
            }
            @Override
            public Adapter caseMachine(Machine object) {
                return createMachineAdapter();
            }
            @Override
            public Adapter caseCounterEntry(Map.Entry<String, Long> object) {
                return createCounterEntryAdapter();
            }
            @Override
            public Adapter caseVcpu(Vcpu object) {
                return createVcpuAdapter();
            }
            @Override
            public Adapter casePresenter(Presenter object) {
                return createPresenterAdapter();
            }
            @Override
            public Adapter caseXicsIcp(XicsIcp object) {
                return createXicsIcpAdapter();
            }
            @Override
            public Adapter caseXiveThreadContext(XiveThreadContext object) {
                return createXiveThreadContextAdapter();
            }
            @Override
            public Adapter caseXiveRing(XiveRing object) {
                return createXiveRingAdapter();
            }
            @Override
            public Adapter caseLapic(Lapic object) {
                return createLapicAdapter();
            }
            @Override
            public Adapter caseLvtEntry(LvtEntry object) {
                return createLvtEntryAdapter();
            }
            @Override
            public Adapter caseGicCpuInterface(GicCpuInterface object) {
                return createGicCpuInterfaceAdapter();
            }
            @Override
            public Adapter caseSource(Source object) {
                return createSourceAdapter();
            }
            @Override
            public Adapter caseController(Controller object) {
                return createControllerAdapter();
            }
            @Override
            public Adapter caseIcsBlock(IcsBlock object) {
                return createIcsBlockAdapter();
            }
            @Override
            public Adapter caseXiveRouter(XiveRouter object) {
                return createXiveRouterAdapter();
            }
            @Override
            public Adapter caseXiveEventQueue(XiveEventQueue object) {
                return createXiveEventQueueAdapter();
            }
            @Override
            public Adapter caseNvt(Nvt object) {
                return createNvtAdapter();
            }
            @Override
            public Adapter caseIoapic(Ioapic object) {
                return createIoapicAdapter();
            }
            @Override
            public Adapter caseIoapicPin(IoapicPin object) {
                return createIoapicPinAdapter();
            }
            @Override
            public Adapter casePic(Pic object) {
                return createPicAdapter();
            }
            @Override
            public Adapter caseGicDistributor(GicDistributor object) {
                return createGicDistributorAdapter();
            }
            @Override
            public Adapter caseFlic(Flic object) {
                return createFlicAdapter();
            }
            @Override
            public Adapter caseMsiRoute(MsiRoute object) {
                return createMsiRouteAdapter();
            }
            @Override
            public Adapter defaultCase(EObject object) {
                return createEObjectAdapter();
            }
        };

    /**
     * Creates an adapter for the <code>target</code>.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @param target the object to adapt.
     * @return the adapter for the <code>target</code>.
     * @generated
     */
    @Override
    public Adapter createAdapter(Notifier target) {
        return modelSwitch.doSwitch((EObject)target);
    }


    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Recording <em>Recording</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Recording
     * @generated
     */
    public Adapter createRecordingAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Machine <em>Machine</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Machine
     * @generated
     */
    public Adapter createMachineAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link java.util.Map.Entry <em>Counter Entry</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see java.util.Map.Entry
     * @generated
     */
    public Adapter createCounterEntryAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Vcpu <em>Vcpu</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Vcpu
     * @generated
     */
    public Adapter createVcpuAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Presenter <em>Presenter</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Presenter
     * @generated
     */
    public Adapter createPresenterAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.XicsIcp <em>Xics Icp</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.XicsIcp
     * @generated
     */
    public Adapter createXicsIcpAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.XiveThreadContext <em>Xive Thread Context</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.XiveThreadContext
     * @generated
     */
    public Adapter createXiveThreadContextAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.XiveRing <em>Xive Ring</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.XiveRing
     * @generated
     */
    public Adapter createXiveRingAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Lapic <em>Lapic</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Lapic
     * @generated
     */
    public Adapter createLapicAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.LvtEntry <em>Lvt Entry</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.LvtEntry
     * @generated
     */
    public Adapter createLvtEntryAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.GicCpuInterface <em>Gic Cpu Interface</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.GicCpuInterface
     * @generated
     */
    public Adapter createGicCpuInterfaceAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Source <em>Source</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Source
     * @generated
     */
    public Adapter createSourceAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Controller <em>Controller</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Controller
     * @generated
     */
    public Adapter createControllerAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.IcsBlock <em>Ics Block</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.IcsBlock
     * @generated
     */
    public Adapter createIcsBlockAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.XiveRouter <em>Xive Router</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.XiveRouter
     * @generated
     */
    public Adapter createXiveRouterAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.XiveEventQueue <em>Xive Event Queue</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.XiveEventQueue
     * @generated
     */
    public Adapter createXiveEventQueueAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Nvt <em>Nvt</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Nvt
     * @generated
     */
    public Adapter createNvtAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Ioapic <em>Ioapic</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Ioapic
     * @generated
     */
    public Adapter createIoapicAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.IoapicPin <em>Ioapic Pin</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.IoapicPin
     * @generated
     */
    public Adapter createIoapicPinAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Pic <em>Pic</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Pic
     * @generated
     */
    public Adapter createPicAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.GicDistributor <em>Gic Distributor</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.GicDistributor
     * @generated
     */
    public Adapter createGicDistributorAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.Flic <em>Flic</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.Flic
     * @generated
     */
    public Adapter createFlicAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for an object of class '{@link org.irqscope.model.MsiRoute <em>Msi Route</em>}'.
     * <!-- begin-user-doc -->
     * This default implementation returns null so that we can easily ignore cases;
     * it's useful to ignore a case when inheritance will catch all the cases anyway.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @see org.irqscope.model.MsiRoute
     * @generated
     */
    public Adapter createMsiRouteAdapter() {
        return null;
    }

    /**
     * Creates a new adapter for the default case.
     * <!-- begin-user-doc -->
     * This default implementation returns null.
     * <!-- end-user-doc -->
     * @return the new adapter.
     * @generated
     */
    public Adapter createEObjectAdapter() {
        return null;
    }

} //IrqscopeAdapterFactory
