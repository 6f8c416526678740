// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.irqscope.model.*;

import org.irqscope.model.values.InterruptVectors;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class IrqscopeFactoryImpl extends EFactoryImpl implements IrqscopeFactory {
    /**
     * Creates the default factory implementation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static IrqscopeFactory init() {
        try {
            IrqscopeFactory theIrqscopeFactory = (IrqscopeFactory)EPackage.Registry.INSTANCE.getEFactory(IrqscopePackage.eNS_URI);
            if (theIrqscopeFactory != null) {
                return theIrqscopeFactory;
            }
        }
        catch (Exception exception) {
            EcorePlugin.INSTANCE.log(exception);
        }
        return new IrqscopeFactoryImpl();
    }

    /**
     * Creates an instance of the factory.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public IrqscopeFactoryImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EObject create(EClass eClass) {
        switch (eClass.getClassifierID()) {
            case IrqscopePackage.RECORDING: return createRecording();
            case IrqscopePackage.MACHINE: return createMachine();
            case IrqscopePackage.COUNTER_ENTRY: return (EObject)createCounterEntry();
            case IrqscopePackage.VCPU: return createVcpu();
            case IrqscopePackage.XICS_ICP: return createXicsIcp();
            case IrqscopePackage.XIVE_THREAD_CONTEXT: return createXiveThreadContext();
            case IrqscopePackage.XIVE_RING: return createXiveRing();
            case IrqscopePackage.LAPIC: return createLapic();
            case IrqscopePackage.LVT_ENTRY: return createLvtEntry();
            case IrqscopePackage.GIC_CPU_INTERFACE: return createGicCpuInterface();
            case IrqscopePackage.SOURCE: return createSource();
            case IrqscopePackage.ICS_BLOCK: return createIcsBlock();
            case IrqscopePackage.XIVE_ROUTER: return createXiveRouter();
            case IrqscopePackage.XIVE_EVENT_QUEUE: return createXiveEventQueue();
            case IrqscopePackage.NVT: return createNvt();
            case IrqscopePackage.IOAPIC: return createIoapic();
            case IrqscopePackage.IOAPIC_PIN: return createIoapicPin();
            case IrqscopePackage.PIC: return createPic();
            case IrqscopePackage.GIC_DISTRIBUTOR: return createGicDistributor();
            case IrqscopePackage.FLIC: return createFlic();
            case IrqscopePackage.MSI_ROUTE: return createMsiRoute();
            default:
                throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
        }
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object createFromString(EDataType eDataType, String initialValue) {
        switch (eDataType.getClassifierID()) {
            case IrqscopePackage.ARCH:
                return createArchFromString(eDataType, initialValue);
            case IrqscopePackage.INTERRUPT_MODE:
                return createInterruptModeFromString(eDataType, initialValue);
            case IrqscopePackage.IRQCHIP_LOCATION:
                return createIrqchipLocationFromString(eDataType, initialValue);
            case IrqscopePackage.BACKEND_KIND:
                return createBackendKindFromString(eDataType, initialValue);
            case IrqscopePackage.RUN_STATE:
                return createRunStateFromString(eDataType, initialValue);
            case IrqscopePackage.SOURCE_KIND:
                return createSourceKindFromString(eDataType, initialValue);
            case IrqscopePackage.INTERRUPT_VECTORS:
                return createInterruptVectorsFromString(eDataType, initialValue);
            default:
                throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
        }
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String convertToString(EDataType eDataType, Object instanceValue) {
        switch (eDataType.getClassifierID()) {
            case IrqscopePackage.ARCH:
                return convertArchToString(eDataType, instanceValue);
            case IrqscopePackage.INTERRUPT_MODE:
                return convertInterruptModeToString(eDataType, instanceValue);
            case IrqscopePackage.IRQCHIP_LOCATION:
                return convertIrqchipLocationToString(eDataType, instanceValue);
            case IrqscopePackage.BACKEND_KIND:
                return convertBackendKindToString(eDataType, instanceValue);
            case IrqscopePackage.RUN_STATE:
                return convertRunStateToString(eDataType, instanceValue);
            case IrqscopePackage.SOURCE_KIND:
                return convertSourceKindToString(eDataType, instanceValue);
            case IrqscopePackage.INTERRUPT_VECTORS:
                return convertInterruptVectorsToString(eDataType, instanceValue);
            default:
                throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
        }
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Recording createRecording() {
        RecordingImpl recording = new RecordingImpl();
        return recording;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Machine createMachine() {
        MachineImpl machine = new MachineImpl();
        return machine;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public Map.Entry<String, Long> createCounterEntry() {
        CounterEntryImpl counterEntry = new CounterEntryImpl();
        return counterEntry;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Vcpu createVcpu() {
        VcpuImpl vcpu = new VcpuImpl();
        return vcpu;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public XicsIcp createXicsIcp() {
        XicsIcpImpl xicsIcp = new XicsIcpImpl();
        return xicsIcp;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public XiveThreadContext createXiveThreadContext() {
        XiveThreadContextImpl xiveThreadContext = new XiveThreadContextImpl();
        return xiveThreadContext;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public XiveRing createXiveRing() {
        XiveRingImpl xiveRing = new XiveRingImpl();
        return xiveRing;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Lapic createLapic() {
        LapicImpl lapic = new LapicImpl();
        return lapic;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public LvtEntry createLvtEntry() {
        LvtEntryImpl lvtEntry = new LvtEntryImpl();
        return lvtEntry;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public GicCpuInterface createGicCpuInterface() {
        GicCpuInterfaceImpl gicCpuInterface = new GicCpuInterfaceImpl();
        return gicCpuInterface;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Source createSource() {
        SourceImpl source = new SourceImpl();
        return source;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public IcsBlock createIcsBlock() {
        IcsBlockImpl icsBlock = new IcsBlockImpl();
        return icsBlock;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public XiveRouter createXiveRouter() {
        XiveRouterImpl xiveRouter = new XiveRouterImpl();
        return xiveRouter;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public XiveEventQueue createXiveEventQueue() {
        XiveEventQueueImpl xiveEventQueue = new XiveEventQueueImpl();
        return xiveEventQueue;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Nvt createNvt() {
        NvtImpl nvt = new NvtImpl();
        return nvt;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Ioapic createIoapic() {
        IoapicImpl ioapic = new IoapicImpl();
        return ioapic;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public IoapicPin createIoapicPin() {
        IoapicPinImpl ioapicPin = new IoapicPinImpl();
        return ioapicPin;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Pic createPic() {
        PicImpl pic = new PicImpl();
        return pic;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public GicDistributor createGicDistributor() {
        GicDistributorImpl gicDistributor = new GicDistributorImpl();
        return gicDistributor;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Flic createFlic() {
        FlicImpl flic = new FlicImpl();
        return flic;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public MsiRoute createMsiRoute() {
        MsiRouteImpl msiRoute = new MsiRouteImpl();
        return msiRoute;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public Arch createArchFromString(EDataType eDataType, String initialValue) {
        Arch result = Arch.get(initialValue);
        if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
        return result;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public String convertArchToString(EDataType eDataType, Object instanceValue) {
        return instanceValue == null ? null : instanceValue.toString();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public InterruptMode createInterruptModeFromString(EDataType eDataType, String initialValue) {
        InterruptMode result = InterruptMode.get(initialValue);
        if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
        return result;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public String convertInterruptModeToString(EDataType eDataType, Object instanceValue) {
        return instanceValue == null ? null : instanceValue.toString();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public IrqchipLocation createIrqchipLocationFromString(EDataType eDataType, String initialValue) {
        IrqchipLocation result = IrqchipLocation.get(initialValue);
        if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
        return result;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public String convertIrqchipLocationToString(EDataType eDataType, Object instanceValue) {
        return instanceValue == null ? null : instanceValue.toString();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public BackendKind createBackendKindFromString(EDataType eDataType, String initialValue) {
        BackendKind result = BackendKind.get(initialValue);
        if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
        return result;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public String convertBackendKindToString(EDataType eDataType, Object instanceValue) {
        return instanceValue == null ? null : instanceValue.toString();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public RunState createRunStateFromString(EDataType eDataType, String initialValue) {
        RunState result = RunState.get(initialValue);
        if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
        return result;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public String convertRunStateToString(EDataType eDataType, Object instanceValue) {
        return instanceValue == null ? null : instanceValue.toString();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public SourceKind createSourceKindFromString(EDataType eDataType, String initialValue) {
        SourceKind result = SourceKind.get(initialValue);
        if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
        return result;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public String convertSourceKindToString(EDataType eDataType, Object instanceValue) {
        return instanceValue == null ? null : instanceValue.toString();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public InterruptVectors createInterruptVectors(final String it) {
        return org.irqscope.model.values.InterruptVectors.parse(it);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public InterruptVectors createInterruptVectorsFromString(EDataType eDataType, String initialValue) {
        return createInterruptVectors(initialValue);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public String convertInterruptVectors(final InterruptVectors it) {
        return it == null ? null : it.toString();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public String convertInterruptVectorsToString(EDataType eDataType, Object instanceValue) {
        return convertInterruptVectors((InterruptVectors)instanceValue);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public IrqscopePackage getIrqscopePackage() {
        return (IrqscopePackage)getEPackage();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @deprecated
     * @generated
     */
    @Deprecated
    public static IrqscopePackage getPackage() {
        return IrqscopePackage.eINSTANCE;
    }

} //IrqscopeFactoryImpl
