// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.util;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.irqscope.model.*;

import org.irqscope.model.values.InterruptVectors;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.irqscope.model.IrqscopePackage
 * @generated
 */
public class IrqscopeValidator extends EObjectValidator {
    /**
     * The cached model package
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final IrqscopeValidator INSTANCE = new IrqscopeValidator();

    /**
     * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.eclipse.emf.common.util.Diagnostic#getSource()
     * @see org.eclipse.emf.common.util.Diagnostic#getCode()
     * @generated
     */
    public static final String DIAGNOSTIC_SOURCE = "org.irqscope.model";

    /**
     * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Pending Source Has Priority' of 'Xics Icp'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final int XICS_ICP__PENDING_SOURCE_HAS_PRIORITY = 1;

    /**
     * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Pipr Matches Ipb' of 'Xive Ring'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final int XIVE_RING__PIPR_MATCHES_IPB = 2;

    /**
     * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Priority In Architecture Range' of 'Source'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final int SOURCE__PRIORITY_IN_ARCHITECTURE_RANGE = 3;

    /**
     * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Server Is Vcpu' of 'Source'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final int SOURCE__SERVER_IS_VCPU = 4;

    /**
     * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Pending Only When Allocated' of 'Source'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public static final int SOURCE__PENDING_ONLY_WHEN_ALLOCATED = 5;

    /**
     * A constant with a fixed name that can be used as the base value for additional hand written constants.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 5;

    /**
     * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

    /**
     * Creates an instance of the switch.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public IrqscopeValidator() {
        super();
    }

    /**
     * Returns the package of this validator switch.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EPackage getEPackage() {
      return IrqscopePackage.eINSTANCE;
    }

    /**
     * Calls <code>validateXXX</code> for the corresponding classifier of the model.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        switch (classifierID) {
            case IrqscopePackage.RECORDING:
                return validateRecording((Recording)value, diagnostics, context);
            case IrqscopePackage.MACHINE:
                return validateMachine((Machine)value, diagnostics, context);
            case IrqscopePackage.COUNTER_ENTRY:
                return validateCounterEntry((Map.Entry<?, ?>)value, diagnostics, context);
            case IrqscopePackage.VCPU:
                return validateVcpu((Vcpu)value, diagnostics, context);
            case IrqscopePackage.PRESENTER:
                return validatePresenter((Presenter)value, diagnostics, context);
            case IrqscopePackage.XICS_ICP:
                return validateXicsIcp((XicsIcp)value, diagnostics, context);
            case IrqscopePackage.XIVE_THREAD_CONTEXT:
                return validateXiveThreadContext((XiveThreadContext)value, diagnostics, context);
            case IrqscopePackage.XIVE_RING:
                return validateXiveRing((XiveRing)value, diagnostics, context);
            case IrqscopePackage.LAPIC:
                return validateLapic((Lapic)value, diagnostics, context);
            case IrqscopePackage.LVT_ENTRY:
                return validateLvtEntry((LvtEntry)value, diagnostics, context);
            case IrqscopePackage.GIC_CPU_INTERFACE:
                return validateGicCpuInterface((GicCpuInterface)value, diagnostics, context);
            case IrqscopePackage.SOURCE:
                return validateSource((Source)value, diagnostics, context);
            case IrqscopePackage.CONTROLLER:
                return validateController((Controller)value, diagnostics, context);
            case IrqscopePackage.ICS_BLOCK:
                return validateIcsBlock((IcsBlock)value, diagnostics, context);
            case IrqscopePackage.XIVE_ROUTER:
                return validateXiveRouter((XiveRouter)value, diagnostics, context);
            case IrqscopePackage.XIVE_EVENT_QUEUE:
                return validateXiveEventQueue((XiveEventQueue)value, diagnostics, context);
            case IrqscopePackage.NVT:
                return validateNvt((Nvt)value, diagnostics, context);
            case IrqscopePackage.IOAPIC:
                return validateIoapic((Ioapic)value, diagnostics, context);
            case IrqscopePackage.IOAPIC_PIN:
                return validateIoapicPin((IoapicPin)value, diagnostics, context);
            case IrqscopePackage.PIC:
                return validatePic((Pic)value, diagnostics, context);
            case IrqscopePackage.GIC_DISTRIBUTOR:
                return validateGicDistributor((GicDistributor)value, diagnostics, context);
            case IrqscopePackage.FLIC:
                return validateFlic((Flic)value, diagnostics, context);
            case IrqscopePackage.MSI_ROUTE:
                return validateMsiRoute((MsiRoute)value, diagnostics, context);
            case IrqscopePackage.ARCH:
                return validateArch((Arch)value, diagnostics, context);
            case IrqscopePackage.INTERRUPT_MODE:
                return validateInterruptMode((InterruptMode)value, diagnostics, context);
            case IrqscopePackage.IRQCHIP_LOCATION:
                return validateIrqchipLocation((IrqchipLocation)value, diagnostics, context);
            case IrqscopePackage.BACKEND_KIND:
                return validateBackendKind((BackendKind)value, diagnostics, context);
            case IrqscopePackage.RUN_STATE:
                return validateRunState((RunState)value, diagnostics, context);
            case IrqscopePackage.SOURCE_KIND:
                return validateSourceKind((SourceKind)value, diagnostics, context);
            case IrqscopePackage.INTERRUPT_VECTORS:
                return validateInterruptVectors((InterruptVectors)value, diagnostics, context);
            default:
                return true;
        }
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateRecording(Recording recording, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(recording, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateMachine(Machine machine, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(machine, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateCounterEntry(Map.Entry<?, ?> counterEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint((EObject)counterEntry, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateVcpu(Vcpu vcpu, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(vcpu, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validatePresenter(Presenter presenter, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(presenter, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateXicsIcp(XicsIcp xicsIcp, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!validate_NoCircularContainment(xicsIcp, diagnostics, context)) return false;
        boolean result = validate_EveryMultiplicityConforms(xicsIcp, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryDataValueConforms(xicsIcp, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(xicsIcp, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(xicsIcp, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryProxyResolves(xicsIcp, diagnostics, context);
        if (result || diagnostics != null) result &= validate_UniqueID(xicsIcp, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryKeyUnique(xicsIcp, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(xicsIcp, diagnostics, context);
        if (result || diagnostics != null) result &= validateXicsIcp_pendingSourceHasPriority(xicsIcp, diagnostics, context);
        return result;
    }

    /**
     * Validates the pendingSourceHasPriority constraint of '<em>Xics Icp</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateXicsIcp_pendingSourceHasPriority(XicsIcp xicsIcp, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return xicsIcp.pendingSourceHasPriority(diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateXiveThreadContext(XiveThreadContext xiveThreadContext, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(xiveThreadContext, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateXiveRing(XiveRing xiveRing, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!validate_NoCircularContainment(xiveRing, diagnostics, context)) return false;
        boolean result = validate_EveryMultiplicityConforms(xiveRing, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryDataValueConforms(xiveRing, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(xiveRing, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(xiveRing, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryProxyResolves(xiveRing, diagnostics, context);
        if (result || diagnostics != null) result &= validate_UniqueID(xiveRing, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryKeyUnique(xiveRing, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(xiveRing, diagnostics, context);
        if (result || diagnostics != null) result &= validateXiveRing_piprMatchesIpb(xiveRing, diagnostics, context);
        return result;
    }

    /**
     * Validates the piprMatchesIpb constraint of '<em>Xive Ring</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateXiveRing_piprMatchesIpb(XiveRing xiveRing, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return xiveRing.piprMatchesIpb(diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateLapic(Lapic lapic, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(lapic, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateLvtEntry(LvtEntry lvtEntry, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(lvtEntry, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateGicCpuInterface(GicCpuInterface gicCpuInterface, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(gicCpuInterface, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateSource(Source source, DiagnosticChain diagnostics, Map<Object, Object> context) {
        if (!validate_NoCircularContainment(source, diagnostics, context)) return false;
        boolean result = validate_EveryMultiplicityConforms(source, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryDataValueConforms(source, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(source, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(source, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryProxyResolves(source, diagnostics, context);
        if (result || diagnostics != null) result &= validate_UniqueID(source, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryKeyUnique(source, diagnostics, context);
        if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(source, diagnostics, context);
        if (result || diagnostics != null) result &= validateSource_priorityInArchitectureRange(source, diagnostics, context);
        if (result || diagnostics != null) result &= validateSource_serverIsVcpu(source, diagnostics, context);
        if (result || diagnostics != null) result &= validateSource_pendingOnlyWhenAllocated(source, diagnostics, context);
        return result;
    }

    /**
     * Validates the priorityInArchitectureRange constraint of '<em>Source</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateSource_priorityInArchitectureRange(Source source, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return source.priorityInArchitectureRange(diagnostics, context);
    }

    /**
     * Validates the serverIsVcpu constraint of '<em>Source</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateSource_serverIsVcpu(Source source, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return source.serverIsVcpu(diagnostics, context);
    }

    /**
     * Validates the pendingOnlyWhenAllocated constraint of '<em>Source</em>'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateSource_pendingOnlyWhenAllocated(Source source, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return source.pendingOnlyWhenAllocated(diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateController(Controller controller, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(controller, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateIcsBlock(IcsBlock icsBlock, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(icsBlock, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateXiveRouter(XiveRouter xiveRouter, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(xiveRouter, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateXiveEventQueue(XiveEventQueue xiveEventQueue, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(xiveEventQueue, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateNvt(Nvt nvt, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(nvt, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateIoapic(Ioapic ioapic, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(ioapic, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateIoapicPin(IoapicPin ioapicPin, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(ioapicPin, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validatePic(Pic pic, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(pic, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateGicDistributor(GicDistributor gicDistributor, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(gicDistributor, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateFlic(Flic flic, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(flic, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateMsiRoute(MsiRoute msiRoute, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate_EveryDefaultConstraint(msiRoute, diagnostics, context);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateArch(Arch arch, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateInterruptMode(InterruptMode interruptMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateIrqchipLocation(IrqchipLocation irqchipLocation, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateBackendKind(BackendKind backendKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateRunState(RunState runState, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateSourceKind(SourceKind sourceKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    public boolean validateInterruptVectors(InterruptVectors interruptVectors, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    /**
     * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public ResourceLocator getResourceLocator() {
        // TODO
        // Specialize this to return a resource locator for messages specific to this validator.
        // Ensure that you remove @generated or mark it @generated NOT
        return super.getResourceLocator();
    }

} //IrqscopeValidator
