// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.irqscope.model.Arch;
import org.irqscope.model.BackendKind;
import org.irqscope.model.Controller;
import org.irqscope.model.Flic;
import org.irqscope.model.GicCpuInterface;
import org.irqscope.model.GicDistributor;
import org.irqscope.model.IcsBlock;
import org.irqscope.model.InterruptMode;
import org.irqscope.model.Ioapic;
import org.irqscope.model.IoapicPin;
import org.irqscope.model.IrqchipLocation;
import org.irqscope.model.IrqscopeFactory;
import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Lapic;
import org.irqscope.model.LvtEntry;
import org.irqscope.model.Machine;
import org.irqscope.model.MsiRoute;
import org.irqscope.model.Nvt;
import org.irqscope.model.Pic;
import org.irqscope.model.Presenter;
import org.irqscope.model.Recording;
import org.irqscope.model.RunState;
import org.irqscope.model.Source;
import org.irqscope.model.SourceKind;
import org.irqscope.model.Vcpu;
import org.irqscope.model.XicsIcp;
import org.irqscope.model.XiveEventQueue;
import org.irqscope.model.XiveRing;
import org.irqscope.model.XiveRouter;
import org.irqscope.model.XiveThreadContext;

import org.irqscope.model.util.IrqscopeValidator;

import org.irqscope.model.values.InterruptVectors;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IrqscopePackageImpl extends EPackageImpl implements IrqscopePackage {
    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass recordingEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass machineEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass counterEntryEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass vcpuEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass presenterEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass xicsIcpEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass xiveThreadContextEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass xiveRingEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass lapicEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass lvtEntryEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass gicCpuInterfaceEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass sourceEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass controllerEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass icsBlockEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass xiveRouterEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass xiveEventQueueEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass nvtEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass ioapicEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass ioapicPinEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass picEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass gicDistributorEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass flicEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EClass msiRouteEClass = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EEnum archEEnum = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EEnum interruptModeEEnum = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EEnum irqchipLocationEEnum = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EEnum backendKindEEnum = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EEnum runStateEEnum = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EEnum sourceKindEEnum = null;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private EDataType interruptVectorsEDataType = null;

    /**
     * Creates an instance of the model <b>Package</b>, registered with
     * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
     * package URI value.
     * <p>Note: the correct way to create the package is via the static
     * factory method {@link #init init()}, which also performs
     * initialization of the package, or returns the registered package,
     * if one already exists.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.eclipse.emf.ecore.EPackage.Registry
     * @see org.irqscope.model.IrqscopePackage#eNS_URI
     * @see #init()
     * @generated
     */
    private IrqscopePackageImpl() {
        super(eNS_URI, IrqscopeFactory.eINSTANCE);
    }
    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private static boolean isInited = false;

    /**
     * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
     *
     * <p>This method is used to initialize {@link IrqscopePackage#eINSTANCE} when that field is accessed.
     * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #eNS_URI
     * @see #createPackageContents()
     * @see #initializePackageContents()
     * @generated
     */
    public static IrqscopePackage init() {
        if (isInited) return (IrqscopePackage)EPackage.Registry.INSTANCE.getEPackage(IrqscopePackage.eNS_URI);

        // Obtain or create and register package
        Object registeredIrqscopePackage = EPackage.Registry.INSTANCE.get(eNS_URI);
        IrqscopePackageImpl theIrqscopePackage = registeredIrqscopePackage instanceof IrqscopePackageImpl ? (IrqscopePackageImpl)registeredIrqscopePackage : new IrqscopePackageImpl();

        isInited = true;

        // Initialize simple dependencies
        EcorePackage.eINSTANCE.eClass();

        // Create package meta-data objects
        theIrqscopePackage.createPackageContents();

        // Initialize created meta-data
        theIrqscopePackage.initializePackageContents();

        // Register package validator
        EValidator.Registry.INSTANCE.put
            (theIrqscopePackage,
             new EValidator.Descriptor() {
                 @Override
                 public EValidator getEValidator() {
                     return IrqscopeValidator.INSTANCE;
                 }
             });

        // Mark meta-data to indicate it can't be changed
        theIrqscopePackage.freeze();

        // Update the registry and return the package
        EPackage.Registry.INSTANCE.put(IrqscopePackage.eNS_URI, theIrqscopePackage);
        return theIrqscopePackage;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getRecording() {
        return recordingEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getRecording_FormatVersion() {
        return (EAttribute)recordingEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getRecording_CreatedBy() {
        return (EAttribute)recordingEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getRecording_Machines() {
        return (EReference)recordingEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getMachine() {
        return machineEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_TargetUri() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_Arch() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_InterruptMode() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_IrqchipLocation() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_BackendKind() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_Capabilities() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(5);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_Sequence() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(6);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_CapturedAtMillis() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(7);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getMachine_Vcpus() {
        return (EReference)machineEClass.getEStructuralFeatures().get(8);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getMachine_Sources() {
        return (EReference)machineEClass.getEStructuralFeatures().get(9);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getMachine_Controllers() {
        return (EReference)machineEClass.getEStructuralFeatures().get(10);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getMachine_Routes() {
        return (EReference)machineEClass.getEStructuralFeatures().get(11);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getMachine_Counters() {
        return (EReference)machineEClass.getEStructuralFeatures().get(12);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMachine_Notes() {
        return (EAttribute)machineEClass.getEStructuralFeatures().get(13);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getCounterEntry() {
        return counterEntryEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getCounterEntry_Key() {
        return (EAttribute)counterEntryEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getCounterEntry_Value() {
        return (EAttribute)counterEntryEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getVcpu() {
        return vcpuEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getVcpu_Id() {
        return (EAttribute)vcpuEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getVcpu_RunState() {
        return (EAttribute)vcpuEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getVcpu_Presenter() {
        return (EReference)vcpuEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getVcpu_Counters() {
        return (EReference)vcpuEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getPresenter() {
        return presenterEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getXicsIcp() {
        return xicsIcpEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXicsIcp_Cppr() {
        return (EAttribute)xicsIcpEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXicsIcp_Mfrr() {
        return (EAttribute)xicsIcpEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXicsIcp_Xisr() {
        return (EAttribute)xicsIcpEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXicsIcp_Ppri() {
        return (EAttribute)xicsIcpEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXicsIcp_Xirr() {
        return (EAttribute)xicsIcpEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EOperation getXicsIcp__PendingSourceHasPriority__DiagnosticChain_Map() {
        return xicsIcpEClass.getEOperations().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getXiveThreadContext() {
        return xiveThreadContextEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveThreadContext_VpId() {
        return (EAttribute)xiveThreadContextEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getXiveThreadContext_Rings() {
        return (EReference)xiveThreadContextEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getXiveRing() {
        return xiveRingEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_Nsr() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_Cppr() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_Ipb() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_Lsmfb() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_AckCount() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_Inc() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(5);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_Age() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(6);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_Pipr() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(7);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_W2() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(8);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveRing_RingName() {
        return (EAttribute)xiveRingEClass.getEStructuralFeatures().get(9);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EOperation getXiveRing__PiprMatchesIpb__DiagnosticChain_Map() {
        return xiveRingEClass.getEOperations().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getLapic() {
        return lapicEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_ApicId() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Version() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Tpr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Apr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Ppr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Svr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(5);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Ldr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(6);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Dfr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(7);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Esr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(8);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Irr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(9);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Isr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(10);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Tmr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(11);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_Icr() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(12);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getLapic_Lvt() {
        return (EReference)lapicEClass.getEStructuralFeatures().get(13);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_TimerInitialCount() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(14);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_TimerCurrentCount() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(15);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLapic_TimerDivide() {
        return (EAttribute)lapicEClass.getEStructuralFeatures().get(16);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getLvtEntry() {
        return lvtEntryEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLvtEntry_Name() {
        return (EAttribute)lvtEntryEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLvtEntry_Raw() {
        return (EAttribute)lvtEntryEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLvtEntry_Vector() {
        return (EAttribute)lvtEntryEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getLvtEntry_Masked() {
        return (EAttribute)lvtEntryEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getGicCpuInterface() {
        return gicCpuInterfaceEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicCpuInterface_Mpidr() {
        return (EAttribute)gicCpuInterfaceEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicCpuInterface_Pmr() {
        return (EAttribute)gicCpuInterfaceEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicCpuInterface_Bpr1() {
        return (EAttribute)gicCpuInterfaceEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicCpuInterface_Igrpen1() {
        return (EAttribute)gicCpuInterfaceEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicCpuInterface_Pending() {
        return (EAttribute)gicCpuInterfaceEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicCpuInterface_Active() {
        return (EAttribute)gicCpuInterfaceEClass.getEStructuralFeatures().get(5);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicCpuInterface_Enabled() {
        return (EAttribute)gicCpuInterfaceEClass.getEStructuralFeatures().get(6);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getSource() {
        return sourceEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Number() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Kind() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Allocated() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Owner() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Server() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Priority() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(5);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Masked() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(6);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_SavedPriority() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(7);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Asserted() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(8);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Pending() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(9);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Presented() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(10);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Queued() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(11);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Pq() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(12);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Eisn() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(13);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_EndIndex() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(14);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getSource_End() {
        return (EReference)sourceEClass.getEStructuralFeatures().get(15);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_TargetingFromVmm() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(16);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getSource_Count() {
        return (EAttribute)sourceEClass.getEStructuralFeatures().get(17);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EOperation getSource__PriorityInArchitectureRange__DiagnosticChain_Map() {
        return sourceEClass.getEOperations().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EOperation getSource__ServerIsVcpu__DiagnosticChain_Map() {
        return sourceEClass.getEOperations().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EOperation getSource__PendingOnlyWhenAllocated__DiagnosticChain_Map() {
        return sourceEClass.getEOperations().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getController() {
        return controllerEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getIcsBlock() {
        return icsBlockEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIcsBlock_Name() {
        return (EAttribute)icsBlockEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIcsBlock_Offset() {
        return (EAttribute)icsBlockEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIcsBlock_Count() {
        return (EAttribute)icsBlockEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getXiveRouter() {
        return xiveRouterEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getXiveRouter_Ends() {
        return (EReference)xiveRouterEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getXiveRouter_Nvts() {
        return (EReference)xiveRouterEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getXiveEventQueue() {
        return xiveEventQueueEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Index() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Server() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Priority() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Valid() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Enqueue() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Qshift() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(5);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Entries() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(6);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Qindex() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(7);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Generation() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(8);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Qaddr() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(9);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Escalation() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(10);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getXiveEventQueue_Window() {
        return (EAttribute)xiveEventQueueEClass.getEStructuralFeatures().get(11);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getNvt() {
        return nvtEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getNvt_Id() {
        return (EAttribute)nvtEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getIoapic() {
        return ioapicEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapic_IoapicId() {
        return (EAttribute)ioapicEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapic_BaseAddress() {
        return (EAttribute)ioapicEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapic_Ioregsel() {
        return (EAttribute)ioapicEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapic_Irr() {
        return (EAttribute)ioapicEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EReference getIoapic_Pins() {
        return (EReference)ioapicEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getIoapicPin() {
        return ioapicPinEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_Pin() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_Raw() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_Vector() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_DeliveryMode() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_LogicalDestination() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_DeliveryPending() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(5);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_ActiveLow() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(6);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_RemoteIrr() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(7);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_LevelTriggered() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(8);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_Masked() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(9);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_Destination() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(10);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getIoapicPin_InputAsserted() {
        return (EAttribute)ioapicPinEClass.getEStructuralFeatures().get(11);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getPic() {
        return picEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_Chip() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_LastIrr() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_Irr() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_Imr() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_Isr() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_PriorityAdd() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(5);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_IrqBase() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(6);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_ReadRegSelect() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(7);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_Poll() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(8);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_SpecialMask() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(9);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_InitState() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(10);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_AutoEoi() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(11);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_RotateOnAutoEoi() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(12);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_SpecialFullyNestedMode() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(13);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_Init4() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(14);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_Elcr() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(15);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getPic_ElcrMask() {
        return (EAttribute)picEClass.getEStructuralFeatures().get(16);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getGicDistributor() {
        return gicDistributorEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicDistributor_Ctlr() {
        return (EAttribute)gicDistributorEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getGicDistributor_NrSpis() {
        return (EAttribute)gicDistributorEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getFlic() {
        return flicEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getFlic_FloatingIrqTypes() {
        return (EAttribute)flicEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EClass getMsiRoute() {
        return msiRouteEClass;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMsiRoute_Gsi() {
        return (EAttribute)msiRouteEClass.getEStructuralFeatures().get(0);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMsiRoute_Irqchip() {
        return (EAttribute)msiRouteEClass.getEStructuralFeatures().get(1);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMsiRoute_Pin() {
        return (EAttribute)msiRouteEClass.getEStructuralFeatures().get(2);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMsiRoute_Address() {
        return (EAttribute)msiRouteEClass.getEStructuralFeatures().get(3);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EAttribute getMsiRoute_Data() {
        return (EAttribute)msiRouteEClass.getEStructuralFeatures().get(4);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EEnum getArch() {
        return archEEnum;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EEnum getInterruptMode() {
        return interruptModeEEnum;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EEnum getIrqchipLocation() {
        return irqchipLocationEEnum;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EEnum getBackendKind() {
        return backendKindEEnum;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EEnum getRunState() {
        return runStateEEnum;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EEnum getSourceKind() {
        return sourceKindEEnum;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EDataType getInterruptVectors() {
        return interruptVectorsEDataType;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public IrqscopeFactory getIrqscopeFactory() {
        return (IrqscopeFactory)getEFactoryInstance();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private boolean isCreated = false;

    /**
     * Creates the meta-model objects for the package.  This method is
     * guarded to have no affect on any invocation but its first.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public void createPackageContents() {
        if (isCreated) return;
        isCreated = true;

        // Create classes and their features
        recordingEClass = createEClass(RECORDING);
        createEAttribute(recordingEClass, RECORDING__FORMAT_VERSION);
        createEAttribute(recordingEClass, RECORDING__CREATED_BY);
        createEReference(recordingEClass, RECORDING__MACHINES);

        machineEClass = createEClass(MACHINE);
        createEAttribute(machineEClass, MACHINE__TARGET_URI);
        createEAttribute(machineEClass, MACHINE__ARCH);
        createEAttribute(machineEClass, MACHINE__INTERRUPT_MODE);
        createEAttribute(machineEClass, MACHINE__IRQCHIP_LOCATION);
        createEAttribute(machineEClass, MACHINE__BACKEND_KIND);
        createEAttribute(machineEClass, MACHINE__CAPABILITIES);
        createEAttribute(machineEClass, MACHINE__SEQUENCE);
        createEAttribute(machineEClass, MACHINE__CAPTURED_AT_MILLIS);
        createEReference(machineEClass, MACHINE__VCPUS);
        createEReference(machineEClass, MACHINE__SOURCES);
        createEReference(machineEClass, MACHINE__CONTROLLERS);
        createEReference(machineEClass, MACHINE__ROUTES);
        createEReference(machineEClass, MACHINE__COUNTERS);
        createEAttribute(machineEClass, MACHINE__NOTES);

        counterEntryEClass = createEClass(COUNTER_ENTRY);
        createEAttribute(counterEntryEClass, COUNTER_ENTRY__KEY);
        createEAttribute(counterEntryEClass, COUNTER_ENTRY__VALUE);

        vcpuEClass = createEClass(VCPU);
        createEAttribute(vcpuEClass, VCPU__ID);
        createEAttribute(vcpuEClass, VCPU__RUN_STATE);
        createEReference(vcpuEClass, VCPU__PRESENTER);
        createEReference(vcpuEClass, VCPU__COUNTERS);

        presenterEClass = createEClass(PRESENTER);

        xicsIcpEClass = createEClass(XICS_ICP);
        createEAttribute(xicsIcpEClass, XICS_ICP__CPPR);
        createEAttribute(xicsIcpEClass, XICS_ICP__MFRR);
        createEAttribute(xicsIcpEClass, XICS_ICP__XISR);
        createEAttribute(xicsIcpEClass, XICS_ICP__PPRI);
        createEAttribute(xicsIcpEClass, XICS_ICP__XIRR);
        createEOperation(xicsIcpEClass, XICS_ICP___PENDING_SOURCE_HAS_PRIORITY__DIAGNOSTICCHAIN_MAP);

        xiveThreadContextEClass = createEClass(XIVE_THREAD_CONTEXT);
        createEAttribute(xiveThreadContextEClass, XIVE_THREAD_CONTEXT__VP_ID);
        createEReference(xiveThreadContextEClass, XIVE_THREAD_CONTEXT__RINGS);

        xiveRingEClass = createEClass(XIVE_RING);
        createEAttribute(xiveRingEClass, XIVE_RING__NSR);
        createEAttribute(xiveRingEClass, XIVE_RING__CPPR);
        createEAttribute(xiveRingEClass, XIVE_RING__IPB);
        createEAttribute(xiveRingEClass, XIVE_RING__LSMFB);
        createEAttribute(xiveRingEClass, XIVE_RING__ACK_COUNT);
        createEAttribute(xiveRingEClass, XIVE_RING__INC);
        createEAttribute(xiveRingEClass, XIVE_RING__AGE);
        createEAttribute(xiveRingEClass, XIVE_RING__PIPR);
        createEAttribute(xiveRingEClass, XIVE_RING__W2);
        createEAttribute(xiveRingEClass, XIVE_RING__RING_NAME);
        createEOperation(xiveRingEClass, XIVE_RING___PIPR_MATCHES_IPB__DIAGNOSTICCHAIN_MAP);

        lapicEClass = createEClass(LAPIC);
        createEAttribute(lapicEClass, LAPIC__APIC_ID);
        createEAttribute(lapicEClass, LAPIC__VERSION);
        createEAttribute(lapicEClass, LAPIC__TPR);
        createEAttribute(lapicEClass, LAPIC__APR);
        createEAttribute(lapicEClass, LAPIC__PPR);
        createEAttribute(lapicEClass, LAPIC__SVR);
        createEAttribute(lapicEClass, LAPIC__LDR);
        createEAttribute(lapicEClass, LAPIC__DFR);
        createEAttribute(lapicEClass, LAPIC__ESR);
        createEAttribute(lapicEClass, LAPIC__IRR);
        createEAttribute(lapicEClass, LAPIC__ISR);
        createEAttribute(lapicEClass, LAPIC__TMR);
        createEAttribute(lapicEClass, LAPIC__ICR);
        createEReference(lapicEClass, LAPIC__LVT);
        createEAttribute(lapicEClass, LAPIC__TIMER_INITIAL_COUNT);
        createEAttribute(lapicEClass, LAPIC__TIMER_CURRENT_COUNT);
        createEAttribute(lapicEClass, LAPIC__TIMER_DIVIDE);

        lvtEntryEClass = createEClass(LVT_ENTRY);
        createEAttribute(lvtEntryEClass, LVT_ENTRY__NAME);
        createEAttribute(lvtEntryEClass, LVT_ENTRY__RAW);
        createEAttribute(lvtEntryEClass, LVT_ENTRY__VECTOR);
        createEAttribute(lvtEntryEClass, LVT_ENTRY__MASKED);

        gicCpuInterfaceEClass = createEClass(GIC_CPU_INTERFACE);
        createEAttribute(gicCpuInterfaceEClass, GIC_CPU_INTERFACE__MPIDR);
        createEAttribute(gicCpuInterfaceEClass, GIC_CPU_INTERFACE__PMR);
        createEAttribute(gicCpuInterfaceEClass, GIC_CPU_INTERFACE__BPR1);
        createEAttribute(gicCpuInterfaceEClass, GIC_CPU_INTERFACE__IGRPEN1);
        createEAttribute(gicCpuInterfaceEClass, GIC_CPU_INTERFACE__PENDING);
        createEAttribute(gicCpuInterfaceEClass, GIC_CPU_INTERFACE__ACTIVE);
        createEAttribute(gicCpuInterfaceEClass, GIC_CPU_INTERFACE__ENABLED);

        sourceEClass = createEClass(SOURCE);
        createEAttribute(sourceEClass, SOURCE__NUMBER);
        createEAttribute(sourceEClass, SOURCE__KIND);
        createEAttribute(sourceEClass, SOURCE__ALLOCATED);
        createEAttribute(sourceEClass, SOURCE__OWNER);
        createEAttribute(sourceEClass, SOURCE__SERVER);
        createEAttribute(sourceEClass, SOURCE__PRIORITY);
        createEAttribute(sourceEClass, SOURCE__MASKED);
        createEAttribute(sourceEClass, SOURCE__SAVED_PRIORITY);
        createEAttribute(sourceEClass, SOURCE__ASSERTED);
        createEAttribute(sourceEClass, SOURCE__PENDING);
        createEAttribute(sourceEClass, SOURCE__PRESENTED);
        createEAttribute(sourceEClass, SOURCE__QUEUED);
        createEAttribute(sourceEClass, SOURCE__PQ);
        createEAttribute(sourceEClass, SOURCE__EISN);
        createEAttribute(sourceEClass, SOURCE__END_INDEX);
        createEReference(sourceEClass, SOURCE__END);
        createEAttribute(sourceEClass, SOURCE__TARGETING_FROM_VMM);
        createEAttribute(sourceEClass, SOURCE__COUNT);
        createEOperation(sourceEClass, SOURCE___PRIORITY_IN_ARCHITECTURE_RANGE__DIAGNOSTICCHAIN_MAP);
        createEOperation(sourceEClass, SOURCE___SERVER_IS_VCPU__DIAGNOSTICCHAIN_MAP);
        createEOperation(sourceEClass, SOURCE___PENDING_ONLY_WHEN_ALLOCATED__DIAGNOSTICCHAIN_MAP);

        controllerEClass = createEClass(CONTROLLER);

        icsBlockEClass = createEClass(ICS_BLOCK);
        createEAttribute(icsBlockEClass, ICS_BLOCK__NAME);
        createEAttribute(icsBlockEClass, ICS_BLOCK__OFFSET);
        createEAttribute(icsBlockEClass, ICS_BLOCK__COUNT);

        xiveRouterEClass = createEClass(XIVE_ROUTER);
        createEReference(xiveRouterEClass, XIVE_ROUTER__ENDS);
        createEReference(xiveRouterEClass, XIVE_ROUTER__NVTS);

        xiveEventQueueEClass = createEClass(XIVE_EVENT_QUEUE);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__INDEX);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__SERVER);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__PRIORITY);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__VALID);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__ENQUEUE);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__QSHIFT);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__ENTRIES);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__QINDEX);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__GENERATION);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__QADDR);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__ESCALATION);
        createEAttribute(xiveEventQueueEClass, XIVE_EVENT_QUEUE__WINDOW);

        nvtEClass = createEClass(NVT);
        createEAttribute(nvtEClass, NVT__ID);

        ioapicEClass = createEClass(IOAPIC);
        createEAttribute(ioapicEClass, IOAPIC__IOAPIC_ID);
        createEAttribute(ioapicEClass, IOAPIC__BASE_ADDRESS);
        createEAttribute(ioapicEClass, IOAPIC__IOREGSEL);
        createEAttribute(ioapicEClass, IOAPIC__IRR);
        createEReference(ioapicEClass, IOAPIC__PINS);

        ioapicPinEClass = createEClass(IOAPIC_PIN);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__PIN);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__RAW);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__VECTOR);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__DELIVERY_MODE);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__LOGICAL_DESTINATION);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__DELIVERY_PENDING);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__ACTIVE_LOW);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__REMOTE_IRR);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__LEVEL_TRIGGERED);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__MASKED);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__DESTINATION);
        createEAttribute(ioapicPinEClass, IOAPIC_PIN__INPUT_ASSERTED);

        picEClass = createEClass(PIC);
        createEAttribute(picEClass, PIC__CHIP);
        createEAttribute(picEClass, PIC__LAST_IRR);
        createEAttribute(picEClass, PIC__IRR);
        createEAttribute(picEClass, PIC__IMR);
        createEAttribute(picEClass, PIC__ISR);
        createEAttribute(picEClass, PIC__PRIORITY_ADD);
        createEAttribute(picEClass, PIC__IRQ_BASE);
        createEAttribute(picEClass, PIC__READ_REG_SELECT);
        createEAttribute(picEClass, PIC__POLL);
        createEAttribute(picEClass, PIC__SPECIAL_MASK);
        createEAttribute(picEClass, PIC__INIT_STATE);
        createEAttribute(picEClass, PIC__AUTO_EOI);
        createEAttribute(picEClass, PIC__ROTATE_ON_AUTO_EOI);
        createEAttribute(picEClass, PIC__SPECIAL_FULLY_NESTED_MODE);
        createEAttribute(picEClass, PIC__INIT4);
        createEAttribute(picEClass, PIC__ELCR);
        createEAttribute(picEClass, PIC__ELCR_MASK);

        gicDistributorEClass = createEClass(GIC_DISTRIBUTOR);
        createEAttribute(gicDistributorEClass, GIC_DISTRIBUTOR__CTLR);
        createEAttribute(gicDistributorEClass, GIC_DISTRIBUTOR__NR_SPIS);

        flicEClass = createEClass(FLIC);
        createEAttribute(flicEClass, FLIC__FLOATING_IRQ_TYPES);

        msiRouteEClass = createEClass(MSI_ROUTE);
        createEAttribute(msiRouteEClass, MSI_ROUTE__GSI);
        createEAttribute(msiRouteEClass, MSI_ROUTE__IRQCHIP);
        createEAttribute(msiRouteEClass, MSI_ROUTE__PIN);
        createEAttribute(msiRouteEClass, MSI_ROUTE__ADDRESS);
        createEAttribute(msiRouteEClass, MSI_ROUTE__DATA);

        // Create enums
        archEEnum = createEEnum(ARCH);
        interruptModeEEnum = createEEnum(INTERRUPT_MODE);
        irqchipLocationEEnum = createEEnum(IRQCHIP_LOCATION);
        backendKindEEnum = createEEnum(BACKEND_KIND);
        runStateEEnum = createEEnum(RUN_STATE);
        sourceKindEEnum = createEEnum(SOURCE_KIND);

        // Create data types
        interruptVectorsEDataType = createEDataType(INTERRUPT_VECTORS);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private boolean isInitialized = false;

    /**
     * Complete the initialization of the package and its meta-model.  This
     * method is guarded to have no affect on any invocation but its first.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public void initializePackageContents() {
        if (isInitialized) return;
        isInitialized = true;

        // Initialize package
        setName(eNAME);
        setNsPrefix(eNS_PREFIX);
        setNsURI(eNS_URI);

        // Create type parameters

        // Set bounds for type parameters

        // Add supertypes to classes
        xicsIcpEClass.getESuperTypes().add(this.getPresenter());
        xiveThreadContextEClass.getESuperTypes().add(this.getPresenter());
        lapicEClass.getESuperTypes().add(this.getPresenter());
        gicCpuInterfaceEClass.getESuperTypes().add(this.getPresenter());
        icsBlockEClass.getESuperTypes().add(this.getController());
        xiveRouterEClass.getESuperTypes().add(this.getController());
        ioapicEClass.getESuperTypes().add(this.getController());
        picEClass.getESuperTypes().add(this.getController());
        gicDistributorEClass.getESuperTypes().add(this.getController());
        flicEClass.getESuperTypes().add(this.getController());

        // Initialize classes, features, and operations; add parameters
        initEClass(recordingEClass, Recording.class, "Recording", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getRecording_FormatVersion(), ecorePackage.getEInt(), "formatVersion", null, 0, 1, Recording.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getRecording_CreatedBy(), ecorePackage.getEString(), "createdBy", null, 0, 1, Recording.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getRecording_Machines(), this.getMachine(), null, "machines", null, 0, -1, Recording.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(machineEClass, Machine.class, "Machine", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getMachine_TargetUri(), ecorePackage.getEString(), "targetUri", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMachine_Arch(), this.getArch(), "arch", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMachine_InterruptMode(), this.getInterruptMode(), "interruptMode", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMachine_IrqchipLocation(), this.getIrqchipLocation(), "irqchipLocation", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMachine_BackendKind(), this.getBackendKind(), "backendKind", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMachine_Capabilities(), ecorePackage.getEString(), "capabilities", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMachine_Sequence(), ecorePackage.getELong(), "sequence", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMachine_CapturedAtMillis(), ecorePackage.getELong(), "capturedAtMillis", null, 0, 1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getMachine_Vcpus(), this.getVcpu(), null, "vcpus", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getMachine_Sources(), this.getSource(), null, "sources", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getMachine_Controllers(), this.getController(), null, "controllers", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getMachine_Routes(), this.getMsiRoute(), null, "routes", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getMachine_Counters(), this.getCounterEntry(), null, "counters", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMachine_Notes(), ecorePackage.getEString(), "notes", null, 0, -1, Machine.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(counterEntryEClass, Map.Entry.class, "CounterEntry", !IS_ABSTRACT, !IS_INTERFACE, !IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getCounterEntry_Key(), ecorePackage.getEString(), "key", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getCounterEntry_Value(), ecorePackage.getELongObject(), "value", null, 0, 1, Map.Entry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(vcpuEClass, Vcpu.class, "Vcpu", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getVcpu_Id(), ecorePackage.getEInt(), "id", null, 0, 1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getVcpu_RunState(), this.getRunState(), "runState", null, 0, 1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getVcpu_Presenter(), this.getPresenter(), null, "presenter", null, 0, 1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getVcpu_Counters(), this.getCounterEntry(), null, "counters", null, 0, -1, Vcpu.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(presenterEClass, Presenter.class, "Presenter", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

        initEClass(xicsIcpEClass, XicsIcp.class, "XicsIcp", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getXicsIcp_Cppr(), ecorePackage.getEInt(), "cppr", null, 0, 1, XicsIcp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXicsIcp_Mfrr(), ecorePackage.getEInt(), "mfrr", null, 0, 1, XicsIcp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXicsIcp_Xisr(), ecorePackage.getEInt(), "xisr", null, 0, 1, XicsIcp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXicsIcp_Ppri(), ecorePackage.getEInt(), "ppri", null, 0, 1, XicsIcp.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXicsIcp_Xirr(), ecorePackage.getEInt(), "xirr", null, 0, 1, XicsIcp.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

        EOperation op = initEOperation(getXicsIcp__PendingSourceHasPriority__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "pendingSourceHasPriority", 0, 1, IS_UNIQUE, IS_ORDERED);
        addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
        EGenericType g1 = createEGenericType(ecorePackage.getEMap());
        EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

        initEClass(xiveThreadContextEClass, XiveThreadContext.class, "XiveThreadContext", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getXiveThreadContext_VpId(), ecorePackage.getEInt(), "vpId", null, 0, 1, XiveThreadContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getXiveThreadContext_Rings(), this.getXiveRing(), null, "rings", null, 0, -1, XiveThreadContext.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(xiveRingEClass, XiveRing.class, "XiveRing", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getXiveRing_Nsr(), ecorePackage.getEInt(), "nsr", null, 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_Cppr(), ecorePackage.getEInt(), "cppr", null, 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_Ipb(), ecorePackage.getEInt(), "ipb", null, 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_Lsmfb(), ecorePackage.getEInt(), "lsmfb", "255", 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_AckCount(), ecorePackage.getEInt(), "ackCount", "255", 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_Inc(), ecorePackage.getEInt(), "inc", null, 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_Age(), ecorePackage.getEInt(), "age", "255", 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_Pipr(), ecorePackage.getEInt(), "pipr", "255", 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_W2(), ecorePackage.getEInt(), "w2", null, 0, 1, XiveRing.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveRing_RingName(), ecorePackage.getEString(), "ringName", null, 0, 1, XiveRing.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

        op = initEOperation(getXiveRing__PiprMatchesIpb__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "piprMatchesIpb", 0, 1, IS_UNIQUE, IS_ORDERED);
        addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
        g1 = createEGenericType(ecorePackage.getEMap());
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

        initEClass(lapicEClass, Lapic.class, "Lapic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getLapic_ApicId(), ecorePackage.getEInt(), "apicId", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Version(), ecorePackage.getEInt(), "version", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Tpr(), ecorePackage.getEInt(), "tpr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Apr(), ecorePackage.getEInt(), "apr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Ppr(), ecorePackage.getEInt(), "ppr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Svr(), ecorePackage.getEInt(), "svr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Ldr(), ecorePackage.getEInt(), "ldr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Dfr(), ecorePackage.getEInt(), "dfr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Esr(), ecorePackage.getEInt(), "esr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Irr(), this.getInterruptVectors(), "irr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Isr(), this.getInterruptVectors(), "isr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Tmr(), this.getInterruptVectors(), "tmr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_Icr(), ecorePackage.getELong(), "icr", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getLapic_Lvt(), this.getLvtEntry(), null, "lvt", null, 0, -1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_TimerInitialCount(), ecorePackage.getELong(), "timerInitialCount", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_TimerCurrentCount(), ecorePackage.getELong(), "timerCurrentCount", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLapic_TimerDivide(), ecorePackage.getEInt(), "timerDivide", null, 0, 1, Lapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(lvtEntryEClass, LvtEntry.class, "LvtEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getLvtEntry_Name(), ecorePackage.getEString(), "name", null, 0, 1, LvtEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLvtEntry_Raw(), ecorePackage.getEInt(), "raw", null, 0, 1, LvtEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getLvtEntry_Vector(), ecorePackage.getEInt(), "vector", null, 0, 1, LvtEntry.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getLvtEntry_Masked(), ecorePackage.getEBoolean(), "masked", null, 0, 1, LvtEntry.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

        initEClass(gicCpuInterfaceEClass, GicCpuInterface.class, "GicCpuInterface", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getGicCpuInterface_Mpidr(), ecorePackage.getELong(), "mpidr", null, 0, 1, GicCpuInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getGicCpuInterface_Pmr(), ecorePackage.getEInt(), "pmr", null, 0, 1, GicCpuInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getGicCpuInterface_Bpr1(), ecorePackage.getEInt(), "bpr1", null, 0, 1, GicCpuInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getGicCpuInterface_Igrpen1(), ecorePackage.getEInt(), "igrpen1", null, 0, 1, GicCpuInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getGicCpuInterface_Pending(), ecorePackage.getELong(), "pending", null, 0, 1, GicCpuInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getGicCpuInterface_Active(), ecorePackage.getELong(), "active", null, 0, 1, GicCpuInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getGicCpuInterface_Enabled(), ecorePackage.getELong(), "enabled", null, 0, 1, GicCpuInterface.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(sourceEClass, Source.class, "Source", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getSource_Number(), ecorePackage.getEInt(), "number", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Kind(), this.getSourceKind(), "kind", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Allocated(), ecorePackage.getEBoolean(), "allocated", "true", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Owner(), ecorePackage.getEString(), "owner", "", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Server(), ecorePackage.getEInt(), "server", "-1", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Priority(), ecorePackage.getEInt(), "priority", "255", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Masked(), ecorePackage.getEBoolean(), "masked", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_SavedPriority(), ecorePackage.getEInt(), "savedPriority", "-1", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Asserted(), ecorePackage.getEBoolean(), "asserted", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Pending(), ecorePackage.getEBoolean(), "pending", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Presented(), ecorePackage.getEBoolean(), "presented", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Queued(), ecorePackage.getEBoolean(), "queued", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Pq(), ecorePackage.getEInt(), "pq", "-1", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Eisn(), ecorePackage.getELong(), "eisn", "-1", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_EndIndex(), ecorePackage.getEInt(), "endIndex", "-1", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getSource_End(), this.getXiveEventQueue(), null, "end", null, 0, 1, Source.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_TargetingFromVmm(), ecorePackage.getEBoolean(), "targetingFromVmm", null, 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getSource_Count(), ecorePackage.getELong(), "count", "-1", 0, 1, Source.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        op = initEOperation(getSource__PriorityInArchitectureRange__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "priorityInArchitectureRange", 0, 1, IS_UNIQUE, IS_ORDERED);
        addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
        g1 = createEGenericType(ecorePackage.getEMap());
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

        op = initEOperation(getSource__ServerIsVcpu__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "serverIsVcpu", 0, 1, IS_UNIQUE, IS_ORDERED);
        addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
        g1 = createEGenericType(ecorePackage.getEMap());
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

        op = initEOperation(getSource__PendingOnlyWhenAllocated__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "pendingOnlyWhenAllocated", 0, 1, IS_UNIQUE, IS_ORDERED);
        addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
        g1 = createEGenericType(ecorePackage.getEMap());
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        g2 = createEGenericType(ecorePackage.getEJavaObject());
        g1.getETypeArguments().add(g2);
        addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

        initEClass(controllerEClass, Controller.class, "Controller", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);

        initEClass(icsBlockEClass, IcsBlock.class, "IcsBlock", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getIcsBlock_Name(), ecorePackage.getEString(), "name", null, 0, 1, IcsBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getIcsBlock_Offset(), ecorePackage.getEInt(), "offset", null, 0, 1, IcsBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getIcsBlock_Count(), ecorePackage.getEInt(), "count", null, 0, 1, IcsBlock.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(xiveRouterEClass, XiveRouter.class, "XiveRouter", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEReference(getXiveRouter_Ends(), this.getXiveEventQueue(), null, "ends", null, 0, -1, XiveRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getXiveRouter_Nvts(), this.getNvt(), null, "nvts", null, 0, -1, XiveRouter.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(xiveEventQueueEClass, XiveEventQueue.class, "XiveEventQueue", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getXiveEventQueue_Index(), ecorePackage.getEInt(), "index", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Server(), ecorePackage.getEInt(), "server", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Priority(), ecorePackage.getEInt(), "priority", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Valid(), ecorePackage.getEBoolean(), "valid", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Enqueue(), ecorePackage.getEBoolean(), "enqueue", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Qshift(), ecorePackage.getEInt(), "qshift", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Entries(), ecorePackage.getEInt(), "entries", null, 0, 1, XiveEventQueue.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Qindex(), ecorePackage.getEInt(), "qindex", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Generation(), ecorePackage.getEInt(), "generation", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Qaddr(), ecorePackage.getELong(), "qaddr", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Escalation(), ecorePackage.getELong(), "escalation", null, 0, 1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getXiveEventQueue_Window(), ecorePackage.getEInt(), "window", null, 0, -1, XiveEventQueue.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(nvtEClass, Nvt.class, "Nvt", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getNvt_Id(), ecorePackage.getEInt(), "id", null, 0, 1, Nvt.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(ioapicEClass, Ioapic.class, "Ioapic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getIoapic_IoapicId(), ecorePackage.getEInt(), "ioapicId", null, 0, 1, Ioapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapic_BaseAddress(), ecorePackage.getELong(), "baseAddress", null, 0, 1, Ioapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapic_Ioregsel(), ecorePackage.getEInt(), "ioregsel", null, 0, 1, Ioapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapic_Irr(), ecorePackage.getEInt(), "irr", null, 0, 1, Ioapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEReference(getIoapic_Pins(), this.getIoapicPin(), null, "pins", null, 0, -1, Ioapic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(ioapicPinEClass, IoapicPin.class, "IoapicPin", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getIoapicPin_Pin(), ecorePackage.getEInt(), "pin", null, 0, 1, IoapicPin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_Raw(), ecorePackage.getELong(), "raw", null, 0, 1, IoapicPin.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_Vector(), ecorePackage.getEInt(), "vector", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_DeliveryMode(), ecorePackage.getEInt(), "deliveryMode", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_LogicalDestination(), ecorePackage.getEBoolean(), "logicalDestination", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_DeliveryPending(), ecorePackage.getEBoolean(), "deliveryPending", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_ActiveLow(), ecorePackage.getEBoolean(), "activeLow", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_RemoteIrr(), ecorePackage.getEBoolean(), "remoteIrr", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_LevelTriggered(), ecorePackage.getEBoolean(), "levelTriggered", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_Masked(), ecorePackage.getEBoolean(), "masked", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_Destination(), ecorePackage.getEInt(), "destination", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);
        initEAttribute(getIoapicPin_InputAsserted(), ecorePackage.getEBoolean(), "inputAsserted", null, 0, 1, IoapicPin.class, IS_TRANSIENT, IS_VOLATILE, !IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, IS_DERIVED, IS_ORDERED);

        initEClass(picEClass, Pic.class, "Pic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getPic_Chip(), ecorePackage.getEInt(), "chip", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_LastIrr(), ecorePackage.getEInt(), "lastIrr", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_Irr(), ecorePackage.getEInt(), "irr", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_Imr(), ecorePackage.getEInt(), "imr", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_Isr(), ecorePackage.getEInt(), "isr", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_PriorityAdd(), ecorePackage.getEInt(), "priorityAdd", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_IrqBase(), ecorePackage.getEInt(), "irqBase", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_ReadRegSelect(), ecorePackage.getEInt(), "readRegSelect", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_Poll(), ecorePackage.getEInt(), "poll", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_SpecialMask(), ecorePackage.getEInt(), "specialMask", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_InitState(), ecorePackage.getEInt(), "initState", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_AutoEoi(), ecorePackage.getEInt(), "autoEoi", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_RotateOnAutoEoi(), ecorePackage.getEInt(), "rotateOnAutoEoi", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_SpecialFullyNestedMode(), ecorePackage.getEInt(), "specialFullyNestedMode", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_Init4(), ecorePackage.getEInt(), "init4", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_Elcr(), ecorePackage.getEInt(), "elcr", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getPic_ElcrMask(), ecorePackage.getEInt(), "elcrMask", null, 0, 1, Pic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(gicDistributorEClass, GicDistributor.class, "GicDistributor", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getGicDistributor_Ctlr(), ecorePackage.getEInt(), "ctlr", null, 0, 1, GicDistributor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getGicDistributor_NrSpis(), ecorePackage.getEInt(), "nrSpis", null, 0, 1, GicDistributor.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(flicEClass, Flic.class, "Flic", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getFlic_FloatingIrqTypes(), ecorePackage.getELong(), "floatingIrqTypes", null, 0, -1, Flic.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        initEClass(msiRouteEClass, MsiRoute.class, "MsiRoute", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
        initEAttribute(getMsiRoute_Gsi(), ecorePackage.getEInt(), "gsi", null, 0, 1, MsiRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMsiRoute_Irqchip(), ecorePackage.getEInt(), "irqchip", null, 0, 1, MsiRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMsiRoute_Pin(), ecorePackage.getEInt(), "pin", null, 0, 1, MsiRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMsiRoute_Address(), ecorePackage.getELong(), "address", null, 0, 1, MsiRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
        initEAttribute(getMsiRoute_Data(), ecorePackage.getEInt(), "data", null, 0, 1, MsiRoute.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

        // Initialize enums and add enum literals
        initEEnum(archEEnum, Arch.class, "Arch");
        addEEnumLiteral(archEEnum, Arch.PPC64);
        addEEnumLiteral(archEEnum, Arch.X86_64);
        addEEnumLiteral(archEEnum, Arch.ARM64);
        addEEnumLiteral(archEEnum, Arch.S390X);

        initEEnum(interruptModeEEnum, InterruptMode.class, "InterruptMode");
        addEEnumLiteral(interruptModeEEnum, InterruptMode.XICS);
        addEEnumLiteral(interruptModeEEnum, InterruptMode.XIVE);
        addEEnumLiteral(interruptModeEEnum, InterruptMode.DUAL);
        addEEnumLiteral(interruptModeEEnum, InterruptMode.X86_KERNEL_IRQCHIP);
        addEEnumLiteral(interruptModeEEnum, InterruptMode.X86_SPLIT_IRQCHIP);
        addEEnumLiteral(interruptModeEEnum, InterruptMode.X86_EMULATED);
        addEEnumLiteral(interruptModeEEnum, InterruptMode.GICV3);
        addEEnumLiteral(interruptModeEEnum, InterruptMode.FLIC);
        addEEnumLiteral(interruptModeEEnum, InterruptMode.MPIC);

        initEEnum(irqchipLocationEEnum, IrqchipLocation.class, "IrqchipLocation");
        addEEnumLiteral(irqchipLocationEEnum, IrqchipLocation.IN_KERNEL);
        addEEnumLiteral(irqchipLocationEEnum, IrqchipLocation.EMULATED);
        addEEnumLiteral(irqchipLocationEEnum, IrqchipLocation.SOFT);
        addEEnumLiteral(irqchipLocationEEnum, IrqchipLocation.UNKNOWN);

        initEEnum(backendKindEEnum, BackendKind.class, "BackendKind");
        addEEnumLiteral(backendKindEEnum, BackendKind.LINUX_KVM);
        addEEnumLiteral(backendKindEEnum, BackendKind.SOFT_KVM);
        addEEnumLiteral(backendKindEEnum, BackendKind.QEMU_QMP);
        addEEnumLiteral(backendKindEEnum, BackendKind.FILE);

        initEEnum(runStateEEnum, RunState.class, "RunState");
        addEEnumLiteral(runStateEEnum, RunState.RUNNING);
        addEEnumLiteral(runStateEEnum, RunState.HALTED);
        addEEnumLiteral(runStateEEnum, RunState.PAUSED);
        addEEnumLiteral(runStateEEnum, RunState.STOPPED);
        addEEnumLiteral(runStateEEnum, RunState.UNKNOWN);

        initEEnum(sourceKindEEnum, SourceKind.class, "SourceKind");
        addEEnumLiteral(sourceKindEEnum, SourceKind.LSI);
        addEEnumLiteral(sourceKindEEnum, SourceKind.MSI);
        addEEnumLiteral(sourceKindEEnum, SourceKind.IPI);

        // Initialize data types
        initEDataType(interruptVectorsEDataType, InterruptVectors.class, "InterruptVectors", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

        // Create resource
        createResource(eNS_URI);
    }

} //IrqscopePackageImpl
