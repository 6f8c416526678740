// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The interrupt topology of one KVM machine: vCPUs with their presenters, interrupt sources, the controllers between them and the GSI/MSI routing. ModelSync fills it from MachineState snapshots; views, diagnostics, history and files read it.
 * <!-- end-model-doc -->
 * @see org.irqscope.model.IrqscopeFactory
 * @model kind="package"
 * @generated
 */
public interface IrqscopePackage extends EPackage {
    /**
     * The package name.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    String eNAME = "model";

    /**
     * The package namespace URI.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    String eNS_URI = "http://irqscope.org/model/1.0";

    /**
     * The package namespace name.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    String eNS_PREFIX = "irqscope";

    /**
     * The singleton instance of the package.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    IrqscopePackage eINSTANCE = org.irqscope.model.impl.IrqscopePackageImpl.init();

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.RecordingImpl <em>Recording</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.RecordingImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getRecording()
     * @generated
     */
    int RECORDING = 0;

    /**
     * The feature id for the '<em><b>Format Version</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int RECORDING__FORMAT_VERSION = 0;

    /**
     * The feature id for the '<em><b>Created By</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int RECORDING__CREATED_BY = 1;

    /**
     * The feature id for the '<em><b>Machines</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int RECORDING__MACHINES = 2;

    /**
     * The number of structural features of the '<em>Recording</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int RECORDING_FEATURE_COUNT = 3;

    /**
     * The number of operations of the '<em>Recording</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int RECORDING_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.MachineImpl <em>Machine</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.MachineImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getMachine()
     * @generated
     */
    int MACHINE = 1;

    /**
     * The feature id for the '<em><b>Target Uri</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__TARGET_URI = 0;

    /**
     * The feature id for the '<em><b>Arch</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__ARCH = 1;

    /**
     * The feature id for the '<em><b>Interrupt Mode</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__INTERRUPT_MODE = 2;

    /**
     * The feature id for the '<em><b>Irqchip Location</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__IRQCHIP_LOCATION = 3;

    /**
     * The feature id for the '<em><b>Backend Kind</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__BACKEND_KIND = 4;

    /**
     * The feature id for the '<em><b>Capabilities</b></em>' attribute list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__CAPABILITIES = 5;

    /**
     * The feature id for the '<em><b>Sequence</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__SEQUENCE = 6;

    /**
     * The feature id for the '<em><b>Captured At Millis</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__CAPTURED_AT_MILLIS = 7;

    /**
     * The feature id for the '<em><b>Vcpus</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__VCPUS = 8;

    /**
     * The feature id for the '<em><b>Sources</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__SOURCES = 9;

    /**
     * The feature id for the '<em><b>Controllers</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__CONTROLLERS = 10;

    /**
     * The feature id for the '<em><b>Routes</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__ROUTES = 11;

    /**
     * The feature id for the '<em><b>Counters</b></em>' map.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__COUNTERS = 12;

    /**
     * The feature id for the '<em><b>Notes</b></em>' attribute list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE__NOTES = 13;

    /**
     * The number of structural features of the '<em>Machine</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE_FEATURE_COUNT = 14;

    /**
     * The number of operations of the '<em>Machine</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MACHINE_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.CounterEntryImpl <em>Counter Entry</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.CounterEntryImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getCounterEntry()
     * @generated
     */
    int COUNTER_ENTRY = 2;

    /**
     * The feature id for the '<em><b>Key</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int COUNTER_ENTRY__KEY = 0;

    /**
     * The feature id for the '<em><b>Value</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int COUNTER_ENTRY__VALUE = 1;

    /**
     * The number of structural features of the '<em>Counter Entry</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int COUNTER_ENTRY_FEATURE_COUNT = 2;

    /**
     * The number of operations of the '<em>Counter Entry</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int COUNTER_ENTRY_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.VcpuImpl <em>Vcpu</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.VcpuImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getVcpu()
     * @generated
     */
    int VCPU = 3;

    /**
     * The feature id for the '<em><b>Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int VCPU__ID = 0;

    /**
     * The feature id for the '<em><b>Run State</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int VCPU__RUN_STATE = 1;

    /**
     * The feature id for the '<em><b>Presenter</b></em>' containment reference.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int VCPU__PRESENTER = 2;

    /**
     * The feature id for the '<em><b>Counters</b></em>' map.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int VCPU__COUNTERS = 3;

    /**
     * The number of structural features of the '<em>Vcpu</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int VCPU_FEATURE_COUNT = 4;

    /**
     * The number of operations of the '<em>Vcpu</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int VCPU_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.PresenterImpl <em>Presenter</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.PresenterImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getPresenter()
     * @generated
     */
    int PRESENTER = 4;

    /**
     * The number of structural features of the '<em>Presenter</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PRESENTER_FEATURE_COUNT = 0;

    /**
     * The number of operations of the '<em>Presenter</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PRESENTER_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.XicsIcpImpl <em>Xics Icp</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.XicsIcpImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getXicsIcp()
     * @generated
     */
    int XICS_ICP = 5;

    /**
     * The feature id for the '<em><b>Cppr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XICS_ICP__CPPR = PRESENTER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Mfrr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XICS_ICP__MFRR = PRESENTER_FEATURE_COUNT + 1;

    /**
     * The feature id for the '<em><b>Xisr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XICS_ICP__XISR = PRESENTER_FEATURE_COUNT + 2;

    /**
     * The feature id for the '<em><b>Ppri</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XICS_ICP__PPRI = PRESENTER_FEATURE_COUNT + 3;

    /**
     * The feature id for the '<em><b>Xirr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XICS_ICP__XIRR = PRESENTER_FEATURE_COUNT + 4;

    /**
     * The number of structural features of the '<em>Xics Icp</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XICS_ICP_FEATURE_COUNT = PRESENTER_FEATURE_COUNT + 5;

    /**
     * The operation id for the '<em>Pending Source Has Priority</em>' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XICS_ICP___PENDING_SOURCE_HAS_PRIORITY__DIAGNOSTICCHAIN_MAP = PRESENTER_OPERATION_COUNT + 0;

    /**
     * The number of operations of the '<em>Xics Icp</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XICS_ICP_OPERATION_COUNT = PRESENTER_OPERATION_COUNT + 1;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.XiveThreadContextImpl <em>Xive Thread Context</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.XiveThreadContextImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getXiveThreadContext()
     * @generated
     */
    int XIVE_THREAD_CONTEXT = 6;

    /**
     * The feature id for the '<em><b>Vp Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_THREAD_CONTEXT__VP_ID = PRESENTER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Rings</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_THREAD_CONTEXT__RINGS = PRESENTER_FEATURE_COUNT + 1;

    /**
     * The number of structural features of the '<em>Xive Thread Context</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_THREAD_CONTEXT_FEATURE_COUNT = PRESENTER_FEATURE_COUNT + 2;

    /**
     * The number of operations of the '<em>Xive Thread Context</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_THREAD_CONTEXT_OPERATION_COUNT = PRESENTER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.XiveRingImpl <em>Xive Ring</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.XiveRingImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getXiveRing()
     * @generated
     */
    int XIVE_RING = 7;

    /**
     * The feature id for the '<em><b>Nsr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__NSR = 0;

    /**
     * The feature id for the '<em><b>Cppr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__CPPR = 1;

    /**
     * The feature id for the '<em><b>Ipb</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__IPB = 2;

    /**
     * The feature id for the '<em><b>Lsmfb</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__LSMFB = 3;

    /**
     * The feature id for the '<em><b>Ack Count</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__ACK_COUNT = 4;

    /**
     * The feature id for the '<em><b>Inc</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__INC = 5;

    /**
     * The feature id for the '<em><b>Age</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__AGE = 6;

    /**
     * The feature id for the '<em><b>Pipr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__PIPR = 7;

    /**
     * The feature id for the '<em><b>W2</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__W2 = 8;

    /**
     * The feature id for the '<em><b>Ring Name</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING__RING_NAME = 9;

    /**
     * The number of structural features of the '<em>Xive Ring</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING_FEATURE_COUNT = 10;

    /**
     * The operation id for the '<em>Pipr Matches Ipb</em>' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING___PIPR_MATCHES_IPB__DIAGNOSTICCHAIN_MAP = 0;

    /**
     * The number of operations of the '<em>Xive Ring</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_RING_OPERATION_COUNT = 1;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.LapicImpl <em>Lapic</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.LapicImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getLapic()
     * @generated
     */
    int LAPIC = 8;

    /**
     * The feature id for the '<em><b>Apic Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__APIC_ID = PRESENTER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Version</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__VERSION = PRESENTER_FEATURE_COUNT + 1;

    /**
     * The feature id for the '<em><b>Tpr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__TPR = PRESENTER_FEATURE_COUNT + 2;

    /**
     * The feature id for the '<em><b>Apr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__APR = PRESENTER_FEATURE_COUNT + 3;

    /**
     * The feature id for the '<em><b>Ppr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__PPR = PRESENTER_FEATURE_COUNT + 4;

    /**
     * The feature id for the '<em><b>Svr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__SVR = PRESENTER_FEATURE_COUNT + 5;

    /**
     * The feature id for the '<em><b>Ldr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__LDR = PRESENTER_FEATURE_COUNT + 6;

    /**
     * The feature id for the '<em><b>Dfr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__DFR = PRESENTER_FEATURE_COUNT + 7;

    /**
     * The feature id for the '<em><b>Esr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__ESR = PRESENTER_FEATURE_COUNT + 8;

    /**
     * The feature id for the '<em><b>Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__IRR = PRESENTER_FEATURE_COUNT + 9;

    /**
     * The feature id for the '<em><b>Isr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__ISR = PRESENTER_FEATURE_COUNT + 10;

    /**
     * The feature id for the '<em><b>Tmr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__TMR = PRESENTER_FEATURE_COUNT + 11;

    /**
     * The feature id for the '<em><b>Icr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__ICR = PRESENTER_FEATURE_COUNT + 12;

    /**
     * The feature id for the '<em><b>Lvt</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__LVT = PRESENTER_FEATURE_COUNT + 13;

    /**
     * The feature id for the '<em><b>Timer Initial Count</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__TIMER_INITIAL_COUNT = PRESENTER_FEATURE_COUNT + 14;

    /**
     * The feature id for the '<em><b>Timer Current Count</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__TIMER_CURRENT_COUNT = PRESENTER_FEATURE_COUNT + 15;

    /**
     * The feature id for the '<em><b>Timer Divide</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC__TIMER_DIVIDE = PRESENTER_FEATURE_COUNT + 16;

    /**
     * The number of structural features of the '<em>Lapic</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC_FEATURE_COUNT = PRESENTER_FEATURE_COUNT + 17;

    /**
     * The number of operations of the '<em>Lapic</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LAPIC_OPERATION_COUNT = PRESENTER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.LvtEntryImpl <em>Lvt Entry</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.LvtEntryImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getLvtEntry()
     * @generated
     */
    int LVT_ENTRY = 9;

    /**
     * The feature id for the '<em><b>Name</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LVT_ENTRY__NAME = 0;

    /**
     * The feature id for the '<em><b>Raw</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LVT_ENTRY__RAW = 1;

    /**
     * The feature id for the '<em><b>Vector</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LVT_ENTRY__VECTOR = 2;

    /**
     * The feature id for the '<em><b>Masked</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LVT_ENTRY__MASKED = 3;

    /**
     * The number of structural features of the '<em>Lvt Entry</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LVT_ENTRY_FEATURE_COUNT = 4;

    /**
     * The number of operations of the '<em>Lvt Entry</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int LVT_ENTRY_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.GicCpuInterfaceImpl <em>Gic Cpu Interface</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.GicCpuInterfaceImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getGicCpuInterface()
     * @generated
     */
    int GIC_CPU_INTERFACE = 10;

    /**
     * The feature id for the '<em><b>Mpidr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE__MPIDR = PRESENTER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Pmr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE__PMR = PRESENTER_FEATURE_COUNT + 1;

    /**
     * The feature id for the '<em><b>Bpr1</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE__BPR1 = PRESENTER_FEATURE_COUNT + 2;

    /**
     * The feature id for the '<em><b>Igrpen1</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE__IGRPEN1 = PRESENTER_FEATURE_COUNT + 3;

    /**
     * The feature id for the '<em><b>Pending</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE__PENDING = PRESENTER_FEATURE_COUNT + 4;

    /**
     * The feature id for the '<em><b>Active</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE__ACTIVE = PRESENTER_FEATURE_COUNT + 5;

    /**
     * The feature id for the '<em><b>Enabled</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE__ENABLED = PRESENTER_FEATURE_COUNT + 6;

    /**
     * The number of structural features of the '<em>Gic Cpu Interface</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE_FEATURE_COUNT = PRESENTER_FEATURE_COUNT + 7;

    /**
     * The number of operations of the '<em>Gic Cpu Interface</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_CPU_INTERFACE_OPERATION_COUNT = PRESENTER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.SourceImpl <em>Source</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.SourceImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getSource()
     * @generated
     */
    int SOURCE = 11;

    /**
     * The feature id for the '<em><b>Number</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__NUMBER = 0;

    /**
     * The feature id for the '<em><b>Kind</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__KIND = 1;

    /**
     * The feature id for the '<em><b>Allocated</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__ALLOCATED = 2;

    /**
     * The feature id for the '<em><b>Owner</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__OWNER = 3;

    /**
     * The feature id for the '<em><b>Server</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__SERVER = 4;

    /**
     * The feature id for the '<em><b>Priority</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__PRIORITY = 5;

    /**
     * The feature id for the '<em><b>Masked</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__MASKED = 6;

    /**
     * The feature id for the '<em><b>Saved Priority</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__SAVED_PRIORITY = 7;

    /**
     * The feature id for the '<em><b>Asserted</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__ASSERTED = 8;

    /**
     * The feature id for the '<em><b>Pending</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__PENDING = 9;

    /**
     * The feature id for the '<em><b>Presented</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__PRESENTED = 10;

    /**
     * The feature id for the '<em><b>Queued</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__QUEUED = 11;

    /**
     * The feature id for the '<em><b>Pq</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__PQ = 12;

    /**
     * The feature id for the '<em><b>Eisn</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__EISN = 13;

    /**
     * The feature id for the '<em><b>End Index</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__END_INDEX = 14;

    /**
     * The feature id for the '<em><b>End</b></em>' reference.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__END = 15;

    /**
     * The feature id for the '<em><b>Targeting From Vmm</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__TARGETING_FROM_VMM = 16;

    /**
     * The feature id for the '<em><b>Count</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE__COUNT = 17;

    /**
     * The number of structural features of the '<em>Source</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE_FEATURE_COUNT = 18;

    /**
     * The operation id for the '<em>Priority In Architecture Range</em>' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE___PRIORITY_IN_ARCHITECTURE_RANGE__DIAGNOSTICCHAIN_MAP = 0;

    /**
     * The operation id for the '<em>Server Is Vcpu</em>' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE___SERVER_IS_VCPU__DIAGNOSTICCHAIN_MAP = 1;

    /**
     * The operation id for the '<em>Pending Only When Allocated</em>' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE___PENDING_ONLY_WHEN_ALLOCATED__DIAGNOSTICCHAIN_MAP = 2;

    /**
     * The number of operations of the '<em>Source</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int SOURCE_OPERATION_COUNT = 3;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.ControllerImpl <em>Controller</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.ControllerImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getController()
     * @generated
     */
    int CONTROLLER = 12;

    /**
     * The number of structural features of the '<em>Controller</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int CONTROLLER_FEATURE_COUNT = 0;

    /**
     * The number of operations of the '<em>Controller</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int CONTROLLER_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.IcsBlockImpl <em>Ics Block</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.IcsBlockImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getIcsBlock()
     * @generated
     */
    int ICS_BLOCK = 13;

    /**
     * The feature id for the '<em><b>Name</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int ICS_BLOCK__NAME = CONTROLLER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Offset</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int ICS_BLOCK__OFFSET = CONTROLLER_FEATURE_COUNT + 1;

    /**
     * The feature id for the '<em><b>Count</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int ICS_BLOCK__COUNT = CONTROLLER_FEATURE_COUNT + 2;

    /**
     * The number of structural features of the '<em>Ics Block</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int ICS_BLOCK_FEATURE_COUNT = CONTROLLER_FEATURE_COUNT + 3;

    /**
     * The number of operations of the '<em>Ics Block</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int ICS_BLOCK_OPERATION_COUNT = CONTROLLER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.XiveRouterImpl <em>Xive Router</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.XiveRouterImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getXiveRouter()
     * @generated
     */
    int XIVE_ROUTER = 14;

    /**
     * The feature id for the '<em><b>Ends</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_ROUTER__ENDS = CONTROLLER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Nvts</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_ROUTER__NVTS = CONTROLLER_FEATURE_COUNT + 1;

    /**
     * The number of structural features of the '<em>Xive Router</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_ROUTER_FEATURE_COUNT = CONTROLLER_FEATURE_COUNT + 2;

    /**
     * The number of operations of the '<em>Xive Router</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_ROUTER_OPERATION_COUNT = CONTROLLER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.XiveEventQueueImpl <em>Xive Event Queue</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.XiveEventQueueImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getXiveEventQueue()
     * @generated
     */
    int XIVE_EVENT_QUEUE = 15;

    /**
     * The feature id for the '<em><b>Index</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__INDEX = 0;

    /**
     * The feature id for the '<em><b>Server</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__SERVER = 1;

    /**
     * The feature id for the '<em><b>Priority</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__PRIORITY = 2;

    /**
     * The feature id for the '<em><b>Valid</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__VALID = 3;

    /**
     * The feature id for the '<em><b>Enqueue</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__ENQUEUE = 4;

    /**
     * The feature id for the '<em><b>Qshift</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__QSHIFT = 5;

    /**
     * The feature id for the '<em><b>Entries</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__ENTRIES = 6;

    /**
     * The feature id for the '<em><b>Qindex</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__QINDEX = 7;

    /**
     * The feature id for the '<em><b>Generation</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__GENERATION = 8;

    /**
     * The feature id for the '<em><b>Qaddr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__QADDR = 9;

    /**
     * The feature id for the '<em><b>Escalation</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__ESCALATION = 10;

    /**
     * The feature id for the '<em><b>Window</b></em>' attribute list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE__WINDOW = 11;

    /**
     * The number of structural features of the '<em>Xive Event Queue</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE_FEATURE_COUNT = 12;

    /**
     * The number of operations of the '<em>Xive Event Queue</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int XIVE_EVENT_QUEUE_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.NvtImpl <em>Nvt</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.NvtImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getNvt()
     * @generated
     */
    int NVT = 16;

    /**
     * The feature id for the '<em><b>Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int NVT__ID = 0;

    /**
     * The number of structural features of the '<em>Nvt</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int NVT_FEATURE_COUNT = 1;

    /**
     * The number of operations of the '<em>Nvt</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int NVT_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.IoapicImpl <em>Ioapic</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.IoapicImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getIoapic()
     * @generated
     */
    int IOAPIC = 17;

    /**
     * The feature id for the '<em><b>Ioapic Id</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC__IOAPIC_ID = CONTROLLER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Base Address</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC__BASE_ADDRESS = CONTROLLER_FEATURE_COUNT + 1;

    /**
     * The feature id for the '<em><b>Ioregsel</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC__IOREGSEL = CONTROLLER_FEATURE_COUNT + 2;

    /**
     * The feature id for the '<em><b>Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC__IRR = CONTROLLER_FEATURE_COUNT + 3;

    /**
     * The feature id for the '<em><b>Pins</b></em>' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC__PINS = CONTROLLER_FEATURE_COUNT + 4;

    /**
     * The number of structural features of the '<em>Ioapic</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_FEATURE_COUNT = CONTROLLER_FEATURE_COUNT + 5;

    /**
     * The number of operations of the '<em>Ioapic</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_OPERATION_COUNT = CONTROLLER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.IoapicPinImpl <em>Ioapic Pin</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.IoapicPinImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getIoapicPin()
     * @generated
     */
    int IOAPIC_PIN = 18;

    /**
     * The feature id for the '<em><b>Pin</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__PIN = 0;

    /**
     * The feature id for the '<em><b>Raw</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__RAW = 1;

    /**
     * The feature id for the '<em><b>Vector</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__VECTOR = 2;

    /**
     * The feature id for the '<em><b>Delivery Mode</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__DELIVERY_MODE = 3;

    /**
     * The feature id for the '<em><b>Logical Destination</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__LOGICAL_DESTINATION = 4;

    /**
     * The feature id for the '<em><b>Delivery Pending</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__DELIVERY_PENDING = 5;

    /**
     * The feature id for the '<em><b>Active Low</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__ACTIVE_LOW = 6;

    /**
     * The feature id for the '<em><b>Remote Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__REMOTE_IRR = 7;

    /**
     * The feature id for the '<em><b>Level Triggered</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__LEVEL_TRIGGERED = 8;

    /**
     * The feature id for the '<em><b>Masked</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__MASKED = 9;

    /**
     * The feature id for the '<em><b>Destination</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__DESTINATION = 10;

    /**
     * The feature id for the '<em><b>Input Asserted</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN__INPUT_ASSERTED = 11;

    /**
     * The number of structural features of the '<em>Ioapic Pin</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN_FEATURE_COUNT = 12;

    /**
     * The number of operations of the '<em>Ioapic Pin</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int IOAPIC_PIN_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.PicImpl <em>Pic</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.PicImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getPic()
     * @generated
     */
    int PIC = 19;

    /**
     * The feature id for the '<em><b>Chip</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__CHIP = CONTROLLER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Last Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__LAST_IRR = CONTROLLER_FEATURE_COUNT + 1;

    /**
     * The feature id for the '<em><b>Irr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__IRR = CONTROLLER_FEATURE_COUNT + 2;

    /**
     * The feature id for the '<em><b>Imr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__IMR = CONTROLLER_FEATURE_COUNT + 3;

    /**
     * The feature id for the '<em><b>Isr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__ISR = CONTROLLER_FEATURE_COUNT + 4;

    /**
     * The feature id for the '<em><b>Priority Add</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__PRIORITY_ADD = CONTROLLER_FEATURE_COUNT + 5;

    /**
     * The feature id for the '<em><b>Irq Base</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__IRQ_BASE = CONTROLLER_FEATURE_COUNT + 6;

    /**
     * The feature id for the '<em><b>Read Reg Select</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__READ_REG_SELECT = CONTROLLER_FEATURE_COUNT + 7;

    /**
     * The feature id for the '<em><b>Poll</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__POLL = CONTROLLER_FEATURE_COUNT + 8;

    /**
     * The feature id for the '<em><b>Special Mask</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__SPECIAL_MASK = CONTROLLER_FEATURE_COUNT + 9;

    /**
     * The feature id for the '<em><b>Init State</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__INIT_STATE = CONTROLLER_FEATURE_COUNT + 10;

    /**
     * The feature id for the '<em><b>Auto Eoi</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__AUTO_EOI = CONTROLLER_FEATURE_COUNT + 11;

    /**
     * The feature id for the '<em><b>Rotate On Auto Eoi</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__ROTATE_ON_AUTO_EOI = CONTROLLER_FEATURE_COUNT + 12;

    /**
     * The feature id for the '<em><b>Special Fully Nested Mode</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__SPECIAL_FULLY_NESTED_MODE = CONTROLLER_FEATURE_COUNT + 13;

    /**
     * The feature id for the '<em><b>Init4</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__INIT4 = CONTROLLER_FEATURE_COUNT + 14;

    /**
     * The feature id for the '<em><b>Elcr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__ELCR = CONTROLLER_FEATURE_COUNT + 15;

    /**
     * The feature id for the '<em><b>Elcr Mask</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC__ELCR_MASK = CONTROLLER_FEATURE_COUNT + 16;

    /**
     * The number of structural features of the '<em>Pic</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC_FEATURE_COUNT = CONTROLLER_FEATURE_COUNT + 17;

    /**
     * The number of operations of the '<em>Pic</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int PIC_OPERATION_COUNT = CONTROLLER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.GicDistributorImpl <em>Gic Distributor</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.GicDistributorImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getGicDistributor()
     * @generated
     */
    int GIC_DISTRIBUTOR = 20;

    /**
     * The feature id for the '<em><b>Ctlr</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_DISTRIBUTOR__CTLR = CONTROLLER_FEATURE_COUNT + 0;

    /**
     * The feature id for the '<em><b>Nr Spis</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_DISTRIBUTOR__NR_SPIS = CONTROLLER_FEATURE_COUNT + 1;

    /**
     * The number of structural features of the '<em>Gic Distributor</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_DISTRIBUTOR_FEATURE_COUNT = CONTROLLER_FEATURE_COUNT + 2;

    /**
     * The number of operations of the '<em>Gic Distributor</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int GIC_DISTRIBUTOR_OPERATION_COUNT = CONTROLLER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.FlicImpl <em>Flic</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.FlicImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getFlic()
     * @generated
     */
    int FLIC = 21;

    /**
     * The feature id for the '<em><b>Floating Irq Types</b></em>' attribute list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int FLIC__FLOATING_IRQ_TYPES = CONTROLLER_FEATURE_COUNT + 0;

    /**
     * The number of structural features of the '<em>Flic</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int FLIC_FEATURE_COUNT = CONTROLLER_FEATURE_COUNT + 1;

    /**
     * The number of operations of the '<em>Flic</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int FLIC_OPERATION_COUNT = CONTROLLER_OPERATION_COUNT + 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.impl.MsiRouteImpl <em>Msi Route</em>}' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.impl.MsiRouteImpl
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getMsiRoute()
     * @generated
     */
    int MSI_ROUTE = 22;

    /**
     * The feature id for the '<em><b>Gsi</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MSI_ROUTE__GSI = 0;

    /**
     * The feature id for the '<em><b>Irqchip</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MSI_ROUTE__IRQCHIP = 1;

    /**
     * The feature id for the '<em><b>Pin</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MSI_ROUTE__PIN = 2;

    /**
     * The feature id for the '<em><b>Address</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MSI_ROUTE__ADDRESS = 3;

    /**
     * The feature id for the '<em><b>Data</b></em>' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MSI_ROUTE__DATA = 4;

    /**
     * The number of structural features of the '<em>Msi Route</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MSI_ROUTE_FEATURE_COUNT = 5;

    /**
     * The number of operations of the '<em>Msi Route</em>' class.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     * @ordered
     */
    int MSI_ROUTE_OPERATION_COUNT = 0;

    /**
     * The meta object id for the '{@link org.irqscope.model.Arch <em>Arch</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.Arch
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getArch()
     * @generated
     */
    int ARCH = 23;

    /**
     * The meta object id for the '{@link org.irqscope.model.InterruptMode <em>Interrupt Mode</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.InterruptMode
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getInterruptMode()
     * @generated
     */
    int INTERRUPT_MODE = 24;

    /**
     * The meta object id for the '{@link org.irqscope.model.IrqchipLocation <em>Irqchip Location</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.IrqchipLocation
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getIrqchipLocation()
     * @generated
     */
    int IRQCHIP_LOCATION = 25;

    /**
     * The meta object id for the '{@link org.irqscope.model.BackendKind <em>Backend Kind</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.BackendKind
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getBackendKind()
     * @generated
     */
    int BACKEND_KIND = 26;

    /**
     * The meta object id for the '{@link org.irqscope.model.RunState <em>Run State</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.RunState
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getRunState()
     * @generated
     */
    int RUN_STATE = 27;

    /**
     * The meta object id for the '{@link org.irqscope.model.SourceKind <em>Source Kind</em>}' enum.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.SourceKind
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getSourceKind()
     * @generated
     */
    int SOURCE_KIND = 28;

    /**
     * The meta object id for the '<em>Interrupt Vectors</em>' data type.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see org.irqscope.model.values.InterruptVectors
     * @see org.irqscope.model.impl.IrqscopePackageImpl#getInterruptVectors()
     * @generated
     */
    int INTERRUPT_VECTORS = 29;


    /**
     * Returns the meta object for class '{@link org.irqscope.model.Recording <em>Recording</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Recording</em>'.
     * @see org.irqscope.model.Recording
     * @generated
     */
    EClass getRecording();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Recording#getFormatVersion <em>Format Version</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Format Version</em>'.
     * @see org.irqscope.model.Recording#getFormatVersion()
     * @see #getRecording()
     * @generated
     */
    EAttribute getRecording_FormatVersion();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Recording#getCreatedBy <em>Created By</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Created By</em>'.
     * @see org.irqscope.model.Recording#getCreatedBy()
     * @see #getRecording()
     * @generated
     */
    EAttribute getRecording_CreatedBy();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.Recording#getMachines <em>Machines</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Machines</em>'.
     * @see org.irqscope.model.Recording#getMachines()
     * @see #getRecording()
     * @generated
     */
    EReference getRecording_Machines();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Machine <em>Machine</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Machine</em>'.
     * @see org.irqscope.model.Machine
     * @generated
     */
    EClass getMachine();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Machine#getTargetUri <em>Target Uri</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Target Uri</em>'.
     * @see org.irqscope.model.Machine#getTargetUri()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_TargetUri();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Machine#getArch <em>Arch</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Arch</em>'.
     * @see org.irqscope.model.Machine#getArch()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_Arch();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Machine#getInterruptMode <em>Interrupt Mode</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Interrupt Mode</em>'.
     * @see org.irqscope.model.Machine#getInterruptMode()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_InterruptMode();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Machine#getIrqchipLocation <em>Irqchip Location</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Irqchip Location</em>'.
     * @see org.irqscope.model.Machine#getIrqchipLocation()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_IrqchipLocation();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Machine#getBackendKind <em>Backend Kind</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Backend Kind</em>'.
     * @see org.irqscope.model.Machine#getBackendKind()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_BackendKind();

    /**
     * Returns the meta object for the attribute list '{@link org.irqscope.model.Machine#getCapabilities <em>Capabilities</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute list '<em>Capabilities</em>'.
     * @see org.irqscope.model.Machine#getCapabilities()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_Capabilities();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Machine#getSequence <em>Sequence</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Sequence</em>'.
     * @see org.irqscope.model.Machine#getSequence()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_Sequence();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Machine#getCapturedAtMillis <em>Captured At Millis</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Captured At Millis</em>'.
     * @see org.irqscope.model.Machine#getCapturedAtMillis()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_CapturedAtMillis();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.Machine#getVcpus <em>Vcpus</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Vcpus</em>'.
     * @see org.irqscope.model.Machine#getVcpus()
     * @see #getMachine()
     * @generated
     */
    EReference getMachine_Vcpus();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.Machine#getSources <em>Sources</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Sources</em>'.
     * @see org.irqscope.model.Machine#getSources()
     * @see #getMachine()
     * @generated
     */
    EReference getMachine_Sources();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.Machine#getControllers <em>Controllers</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Controllers</em>'.
     * @see org.irqscope.model.Machine#getControllers()
     * @see #getMachine()
     * @generated
     */
    EReference getMachine_Controllers();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.Machine#getRoutes <em>Routes</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Routes</em>'.
     * @see org.irqscope.model.Machine#getRoutes()
     * @see #getMachine()
     * @generated
     */
    EReference getMachine_Routes();

    /**
     * Returns the meta object for the map '{@link org.irqscope.model.Machine#getCounters <em>Counters</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the map '<em>Counters</em>'.
     * @see org.irqscope.model.Machine#getCounters()
     * @see #getMachine()
     * @generated
     */
    EReference getMachine_Counters();

    /**
     * Returns the meta object for the attribute list '{@link org.irqscope.model.Machine#getNotes <em>Notes</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute list '<em>Notes</em>'.
     * @see org.irqscope.model.Machine#getNotes()
     * @see #getMachine()
     * @generated
     */
    EAttribute getMachine_Notes();

    /**
     * Returns the meta object for class '{@link java.util.Map.Entry <em>Counter Entry</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Counter Entry</em>'.
     * @see java.util.Map.Entry
     * @model keyDataType="org.eclipse.emf.ecore.EString"
     *        valueDataType="org.eclipse.emf.ecore.ELongObject"
     * @generated
     */
    EClass getCounterEntry();

    /**
     * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Key</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Key</em>'.
     * @see java.util.Map.Entry
     * @see #getCounterEntry()
     * @generated
     */
    EAttribute getCounterEntry_Key();

    /**
     * Returns the meta object for the attribute '{@link java.util.Map.Entry <em>Value</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Value</em>'.
     * @see java.util.Map.Entry
     * @see #getCounterEntry()
     * @generated
     */
    EAttribute getCounterEntry_Value();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Vcpu <em>Vcpu</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Vcpu</em>'.
     * @see org.irqscope.model.Vcpu
     * @generated
     */
    EClass getVcpu();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Vcpu#getId <em>Id</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Id</em>'.
     * @see org.irqscope.model.Vcpu#getId()
     * @see #getVcpu()
     * @generated
     */
    EAttribute getVcpu_Id();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Vcpu#getRunState <em>Run State</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Run State</em>'.
     * @see org.irqscope.model.Vcpu#getRunState()
     * @see #getVcpu()
     * @generated
     */
    EAttribute getVcpu_RunState();

    /**
     * Returns the meta object for the containment reference '{@link org.irqscope.model.Vcpu#getPresenter <em>Presenter</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference '<em>Presenter</em>'.
     * @see org.irqscope.model.Vcpu#getPresenter()
     * @see #getVcpu()
     * @generated
     */
    EReference getVcpu_Presenter();

    /**
     * Returns the meta object for the map '{@link org.irqscope.model.Vcpu#getCounters <em>Counters</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the map '<em>Counters</em>'.
     * @see org.irqscope.model.Vcpu#getCounters()
     * @see #getVcpu()
     * @generated
     */
    EReference getVcpu_Counters();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Presenter <em>Presenter</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Presenter</em>'.
     * @see org.irqscope.model.Presenter
     * @generated
     */
    EClass getPresenter();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.XicsIcp <em>Xics Icp</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Xics Icp</em>'.
     * @see org.irqscope.model.XicsIcp
     * @generated
     */
    EClass getXicsIcp();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XicsIcp#getCppr <em>Cppr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Cppr</em>'.
     * @see org.irqscope.model.XicsIcp#getCppr()
     * @see #getXicsIcp()
     * @generated
     */
    EAttribute getXicsIcp_Cppr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XicsIcp#getMfrr <em>Mfrr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Mfrr</em>'.
     * @see org.irqscope.model.XicsIcp#getMfrr()
     * @see #getXicsIcp()
     * @generated
     */
    EAttribute getXicsIcp_Mfrr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XicsIcp#getXisr <em>Xisr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Xisr</em>'.
     * @see org.irqscope.model.XicsIcp#getXisr()
     * @see #getXicsIcp()
     * @generated
     */
    EAttribute getXicsIcp_Xisr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XicsIcp#getPpri <em>Ppri</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ppri</em>'.
     * @see org.irqscope.model.XicsIcp#getPpri()
     * @see #getXicsIcp()
     * @generated
     */
    EAttribute getXicsIcp_Ppri();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XicsIcp#getXirr <em>Xirr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Xirr</em>'.
     * @see org.irqscope.model.XicsIcp#getXirr()
     * @see #getXicsIcp()
     * @generated
     */
    EAttribute getXicsIcp_Xirr();

    /**
     * Returns the meta object for the '{@link org.irqscope.model.XicsIcp#pendingSourceHasPriority(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Pending Source Has Priority</em>}' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the '<em>Pending Source Has Priority</em>' operation.
     * @see org.irqscope.model.XicsIcp#pendingSourceHasPriority(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
     * @generated
     */
    EOperation getXicsIcp__PendingSourceHasPriority__DiagnosticChain_Map();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.XiveThreadContext <em>Xive Thread Context</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Xive Thread Context</em>'.
     * @see org.irqscope.model.XiveThreadContext
     * @generated
     */
    EClass getXiveThreadContext();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveThreadContext#getVpId <em>Vp Id</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Vp Id</em>'.
     * @see org.irqscope.model.XiveThreadContext#getVpId()
     * @see #getXiveThreadContext()
     * @generated
     */
    EAttribute getXiveThreadContext_VpId();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.XiveThreadContext#getRings <em>Rings</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Rings</em>'.
     * @see org.irqscope.model.XiveThreadContext#getRings()
     * @see #getXiveThreadContext()
     * @generated
     */
    EReference getXiveThreadContext_Rings();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.XiveRing <em>Xive Ring</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Xive Ring</em>'.
     * @see org.irqscope.model.XiveRing
     * @generated
     */
    EClass getXiveRing();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getNsr <em>Nsr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Nsr</em>'.
     * @see org.irqscope.model.XiveRing#getNsr()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_Nsr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getCppr <em>Cppr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Cppr</em>'.
     * @see org.irqscope.model.XiveRing#getCppr()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_Cppr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getIpb <em>Ipb</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ipb</em>'.
     * @see org.irqscope.model.XiveRing#getIpb()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_Ipb();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getLsmfb <em>Lsmfb</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Lsmfb</em>'.
     * @see org.irqscope.model.XiveRing#getLsmfb()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_Lsmfb();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getAckCount <em>Ack Count</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ack Count</em>'.
     * @see org.irqscope.model.XiveRing#getAckCount()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_AckCount();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getInc <em>Inc</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Inc</em>'.
     * @see org.irqscope.model.XiveRing#getInc()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_Inc();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getAge <em>Age</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Age</em>'.
     * @see org.irqscope.model.XiveRing#getAge()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_Age();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getPipr <em>Pipr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Pipr</em>'.
     * @see org.irqscope.model.XiveRing#getPipr()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_Pipr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getW2 <em>W2</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>W2</em>'.
     * @see org.irqscope.model.XiveRing#getW2()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_W2();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveRing#getRingName <em>Ring Name</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ring Name</em>'.
     * @see org.irqscope.model.XiveRing#getRingName()
     * @see #getXiveRing()
     * @generated
     */
    EAttribute getXiveRing_RingName();

    /**
     * Returns the meta object for the '{@link org.irqscope.model.XiveRing#piprMatchesIpb(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Pipr Matches Ipb</em>}' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the '<em>Pipr Matches Ipb</em>' operation.
     * @see org.irqscope.model.XiveRing#piprMatchesIpb(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
     * @generated
     */
    EOperation getXiveRing__PiprMatchesIpb__DiagnosticChain_Map();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Lapic <em>Lapic</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Lapic</em>'.
     * @see org.irqscope.model.Lapic
     * @generated
     */
    EClass getLapic();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getApicId <em>Apic Id</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Apic Id</em>'.
     * @see org.irqscope.model.Lapic#getApicId()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_ApicId();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getVersion <em>Version</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Version</em>'.
     * @see org.irqscope.model.Lapic#getVersion()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Version();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getTpr <em>Tpr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Tpr</em>'.
     * @see org.irqscope.model.Lapic#getTpr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Tpr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getApr <em>Apr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Apr</em>'.
     * @see org.irqscope.model.Lapic#getApr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Apr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getPpr <em>Ppr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ppr</em>'.
     * @see org.irqscope.model.Lapic#getPpr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Ppr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getSvr <em>Svr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Svr</em>'.
     * @see org.irqscope.model.Lapic#getSvr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Svr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getLdr <em>Ldr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ldr</em>'.
     * @see org.irqscope.model.Lapic#getLdr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Ldr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getDfr <em>Dfr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Dfr</em>'.
     * @see org.irqscope.model.Lapic#getDfr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Dfr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getEsr <em>Esr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Esr</em>'.
     * @see org.irqscope.model.Lapic#getEsr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Esr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getIrr <em>Irr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Irr</em>'.
     * @see org.irqscope.model.Lapic#getIrr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Irr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getIsr <em>Isr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Isr</em>'.
     * @see org.irqscope.model.Lapic#getIsr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Isr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getTmr <em>Tmr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Tmr</em>'.
     * @see org.irqscope.model.Lapic#getTmr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Tmr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getIcr <em>Icr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Icr</em>'.
     * @see org.irqscope.model.Lapic#getIcr()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_Icr();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.Lapic#getLvt <em>Lvt</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Lvt</em>'.
     * @see org.irqscope.model.Lapic#getLvt()
     * @see #getLapic()
     * @generated
     */
    EReference getLapic_Lvt();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getTimerInitialCount <em>Timer Initial Count</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Timer Initial Count</em>'.
     * @see org.irqscope.model.Lapic#getTimerInitialCount()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_TimerInitialCount();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getTimerCurrentCount <em>Timer Current Count</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Timer Current Count</em>'.
     * @see org.irqscope.model.Lapic#getTimerCurrentCount()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_TimerCurrentCount();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Lapic#getTimerDivide <em>Timer Divide</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Timer Divide</em>'.
     * @see org.irqscope.model.Lapic#getTimerDivide()
     * @see #getLapic()
     * @generated
     */
    EAttribute getLapic_TimerDivide();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.LvtEntry <em>Lvt Entry</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Lvt Entry</em>'.
     * @see org.irqscope.model.LvtEntry
     * @generated
     */
    EClass getLvtEntry();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.LvtEntry#getName <em>Name</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Name</em>'.
     * @see org.irqscope.model.LvtEntry#getName()
     * @see #getLvtEntry()
     * @generated
     */
    EAttribute getLvtEntry_Name();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.LvtEntry#getRaw <em>Raw</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Raw</em>'.
     * @see org.irqscope.model.LvtEntry#getRaw()
     * @see #getLvtEntry()
     * @generated
     */
    EAttribute getLvtEntry_Raw();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.LvtEntry#getVector <em>Vector</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Vector</em>'.
     * @see org.irqscope.model.LvtEntry#getVector()
     * @see #getLvtEntry()
     * @generated
     */
    EAttribute getLvtEntry_Vector();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.LvtEntry#isMasked <em>Masked</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Masked</em>'.
     * @see org.irqscope.model.LvtEntry#isMasked()
     * @see #getLvtEntry()
     * @generated
     */
    EAttribute getLvtEntry_Masked();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.GicCpuInterface <em>Gic Cpu Interface</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Gic Cpu Interface</em>'.
     * @see org.irqscope.model.GicCpuInterface
     * @generated
     */
    EClass getGicCpuInterface();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicCpuInterface#getMpidr <em>Mpidr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Mpidr</em>'.
     * @see org.irqscope.model.GicCpuInterface#getMpidr()
     * @see #getGicCpuInterface()
     * @generated
     */
    EAttribute getGicCpuInterface_Mpidr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicCpuInterface#getPmr <em>Pmr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Pmr</em>'.
     * @see org.irqscope.model.GicCpuInterface#getPmr()
     * @see #getGicCpuInterface()
     * @generated
     */
    EAttribute getGicCpuInterface_Pmr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicCpuInterface#getBpr1 <em>Bpr1</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Bpr1</em>'.
     * @see org.irqscope.model.GicCpuInterface#getBpr1()
     * @see #getGicCpuInterface()
     * @generated
     */
    EAttribute getGicCpuInterface_Bpr1();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicCpuInterface#getIgrpen1 <em>Igrpen1</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Igrpen1</em>'.
     * @see org.irqscope.model.GicCpuInterface#getIgrpen1()
     * @see #getGicCpuInterface()
     * @generated
     */
    EAttribute getGicCpuInterface_Igrpen1();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicCpuInterface#getPending <em>Pending</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Pending</em>'.
     * @see org.irqscope.model.GicCpuInterface#getPending()
     * @see #getGicCpuInterface()
     * @generated
     */
    EAttribute getGicCpuInterface_Pending();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicCpuInterface#getActive <em>Active</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Active</em>'.
     * @see org.irqscope.model.GicCpuInterface#getActive()
     * @see #getGicCpuInterface()
     * @generated
     */
    EAttribute getGicCpuInterface_Active();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicCpuInterface#getEnabled <em>Enabled</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Enabled</em>'.
     * @see org.irqscope.model.GicCpuInterface#getEnabled()
     * @see #getGicCpuInterface()
     * @generated
     */
    EAttribute getGicCpuInterface_Enabled();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Source <em>Source</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Source</em>'.
     * @see org.irqscope.model.Source
     * @generated
     */
    EClass getSource();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getNumber <em>Number</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Number</em>'.
     * @see org.irqscope.model.Source#getNumber()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Number();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getKind <em>Kind</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Kind</em>'.
     * @see org.irqscope.model.Source#getKind()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Kind();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#isAllocated <em>Allocated</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Allocated</em>'.
     * @see org.irqscope.model.Source#isAllocated()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Allocated();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getOwner <em>Owner</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Owner</em>'.
     * @see org.irqscope.model.Source#getOwner()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Owner();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getServer <em>Server</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Server</em>'.
     * @see org.irqscope.model.Source#getServer()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Server();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getPriority <em>Priority</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Priority</em>'.
     * @see org.irqscope.model.Source#getPriority()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Priority();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#isMasked <em>Masked</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Masked</em>'.
     * @see org.irqscope.model.Source#isMasked()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Masked();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getSavedPriority <em>Saved Priority</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Saved Priority</em>'.
     * @see org.irqscope.model.Source#getSavedPriority()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_SavedPriority();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#isAsserted <em>Asserted</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Asserted</em>'.
     * @see org.irqscope.model.Source#isAsserted()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Asserted();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#isPending <em>Pending</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Pending</em>'.
     * @see org.irqscope.model.Source#isPending()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Pending();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#isPresented <em>Presented</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Presented</em>'.
     * @see org.irqscope.model.Source#isPresented()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Presented();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#isQueued <em>Queued</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Queued</em>'.
     * @see org.irqscope.model.Source#isQueued()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Queued();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getPq <em>Pq</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Pq</em>'.
     * @see org.irqscope.model.Source#getPq()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Pq();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getEisn <em>Eisn</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Eisn</em>'.
     * @see org.irqscope.model.Source#getEisn()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Eisn();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getEndIndex <em>End Index</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>End Index</em>'.
     * @see org.irqscope.model.Source#getEndIndex()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_EndIndex();

    /**
     * Returns the meta object for the reference '{@link org.irqscope.model.Source#getEnd <em>End</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the reference '<em>End</em>'.
     * @see org.irqscope.model.Source#getEnd()
     * @see #getSource()
     * @generated
     */
    EReference getSource_End();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#isTargetingFromVmm <em>Targeting From Vmm</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Targeting From Vmm</em>'.
     * @see org.irqscope.model.Source#isTargetingFromVmm()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_TargetingFromVmm();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Source#getCount <em>Count</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Count</em>'.
     * @see org.irqscope.model.Source#getCount()
     * @see #getSource()
     * @generated
     */
    EAttribute getSource_Count();

    /**
     * Returns the meta object for the '{@link org.irqscope.model.Source#priorityInArchitectureRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Priority In Architecture Range</em>}' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the '<em>Priority In Architecture Range</em>' operation.
     * @see org.irqscope.model.Source#priorityInArchitectureRange(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
     * @generated
     */
    EOperation getSource__PriorityInArchitectureRange__DiagnosticChain_Map();

    /**
     * Returns the meta object for the '{@link org.irqscope.model.Source#serverIsVcpu(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Server Is Vcpu</em>}' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the '<em>Server Is Vcpu</em>' operation.
     * @see org.irqscope.model.Source#serverIsVcpu(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
     * @generated
     */
    EOperation getSource__ServerIsVcpu__DiagnosticChain_Map();

    /**
     * Returns the meta object for the '{@link org.irqscope.model.Source#pendingOnlyWhenAllocated(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Pending Only When Allocated</em>}' operation.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the '<em>Pending Only When Allocated</em>' operation.
     * @see org.irqscope.model.Source#pendingOnlyWhenAllocated(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
     * @generated
     */
    EOperation getSource__PendingOnlyWhenAllocated__DiagnosticChain_Map();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Controller <em>Controller</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Controller</em>'.
     * @see org.irqscope.model.Controller
     * @generated
     */
    EClass getController();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.IcsBlock <em>Ics Block</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Ics Block</em>'.
     * @see org.irqscope.model.IcsBlock
     * @generated
     */
    EClass getIcsBlock();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IcsBlock#getName <em>Name</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Name</em>'.
     * @see org.irqscope.model.IcsBlock#getName()
     * @see #getIcsBlock()
     * @generated
     */
    EAttribute getIcsBlock_Name();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IcsBlock#getOffset <em>Offset</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Offset</em>'.
     * @see org.irqscope.model.IcsBlock#getOffset()
     * @see #getIcsBlock()
     * @generated
     */
    EAttribute getIcsBlock_Offset();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IcsBlock#getCount <em>Count</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Count</em>'.
     * @see org.irqscope.model.IcsBlock#getCount()
     * @see #getIcsBlock()
     * @generated
     */
    EAttribute getIcsBlock_Count();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.XiveRouter <em>Xive Router</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Xive Router</em>'.
     * @see org.irqscope.model.XiveRouter
     * @generated
     */
    EClass getXiveRouter();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.XiveRouter#getEnds <em>Ends</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Ends</em>'.
     * @see org.irqscope.model.XiveRouter#getEnds()
     * @see #getXiveRouter()
     * @generated
     */
    EReference getXiveRouter_Ends();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.XiveRouter#getNvts <em>Nvts</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Nvts</em>'.
     * @see org.irqscope.model.XiveRouter#getNvts()
     * @see #getXiveRouter()
     * @generated
     */
    EReference getXiveRouter_Nvts();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.XiveEventQueue <em>Xive Event Queue</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Xive Event Queue</em>'.
     * @see org.irqscope.model.XiveEventQueue
     * @generated
     */
    EClass getXiveEventQueue();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getIndex <em>Index</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Index</em>'.
     * @see org.irqscope.model.XiveEventQueue#getIndex()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Index();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getServer <em>Server</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Server</em>'.
     * @see org.irqscope.model.XiveEventQueue#getServer()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Server();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getPriority <em>Priority</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Priority</em>'.
     * @see org.irqscope.model.XiveEventQueue#getPriority()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Priority();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#isValid <em>Valid</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Valid</em>'.
     * @see org.irqscope.model.XiveEventQueue#isValid()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Valid();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#isEnqueue <em>Enqueue</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Enqueue</em>'.
     * @see org.irqscope.model.XiveEventQueue#isEnqueue()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Enqueue();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getQshift <em>Qshift</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Qshift</em>'.
     * @see org.irqscope.model.XiveEventQueue#getQshift()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Qshift();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getEntries <em>Entries</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Entries</em>'.
     * @see org.irqscope.model.XiveEventQueue#getEntries()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Entries();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getQindex <em>Qindex</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Qindex</em>'.
     * @see org.irqscope.model.XiveEventQueue#getQindex()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Qindex();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getGeneration <em>Generation</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Generation</em>'.
     * @see org.irqscope.model.XiveEventQueue#getGeneration()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Generation();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getQaddr <em>Qaddr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Qaddr</em>'.
     * @see org.irqscope.model.XiveEventQueue#getQaddr()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Qaddr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.XiveEventQueue#getEscalation <em>Escalation</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Escalation</em>'.
     * @see org.irqscope.model.XiveEventQueue#getEscalation()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Escalation();

    /**
     * Returns the meta object for the attribute list '{@link org.irqscope.model.XiveEventQueue#getWindow <em>Window</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute list '<em>Window</em>'.
     * @see org.irqscope.model.XiveEventQueue#getWindow()
     * @see #getXiveEventQueue()
     * @generated
     */
    EAttribute getXiveEventQueue_Window();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Nvt <em>Nvt</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Nvt</em>'.
     * @see org.irqscope.model.Nvt
     * @generated
     */
    EClass getNvt();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Nvt#getId <em>Id</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Id</em>'.
     * @see org.irqscope.model.Nvt#getId()
     * @see #getNvt()
     * @generated
     */
    EAttribute getNvt_Id();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Ioapic <em>Ioapic</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Ioapic</em>'.
     * @see org.irqscope.model.Ioapic
     * @generated
     */
    EClass getIoapic();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Ioapic#getIoapicId <em>Ioapic Id</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ioapic Id</em>'.
     * @see org.irqscope.model.Ioapic#getIoapicId()
     * @see #getIoapic()
     * @generated
     */
    EAttribute getIoapic_IoapicId();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Ioapic#getBaseAddress <em>Base Address</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Base Address</em>'.
     * @see org.irqscope.model.Ioapic#getBaseAddress()
     * @see #getIoapic()
     * @generated
     */
    EAttribute getIoapic_BaseAddress();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Ioapic#getIoregsel <em>Ioregsel</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ioregsel</em>'.
     * @see org.irqscope.model.Ioapic#getIoregsel()
     * @see #getIoapic()
     * @generated
     */
    EAttribute getIoapic_Ioregsel();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Ioapic#getIrr <em>Irr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Irr</em>'.
     * @see org.irqscope.model.Ioapic#getIrr()
     * @see #getIoapic()
     * @generated
     */
    EAttribute getIoapic_Irr();

    /**
     * Returns the meta object for the containment reference list '{@link org.irqscope.model.Ioapic#getPins <em>Pins</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the containment reference list '<em>Pins</em>'.
     * @see org.irqscope.model.Ioapic#getPins()
     * @see #getIoapic()
     * @generated
     */
    EReference getIoapic_Pins();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.IoapicPin <em>Ioapic Pin</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Ioapic Pin</em>'.
     * @see org.irqscope.model.IoapicPin
     * @generated
     */
    EClass getIoapicPin();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#getPin <em>Pin</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Pin</em>'.
     * @see org.irqscope.model.IoapicPin#getPin()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_Pin();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#getRaw <em>Raw</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Raw</em>'.
     * @see org.irqscope.model.IoapicPin#getRaw()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_Raw();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#getVector <em>Vector</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Vector</em>'.
     * @see org.irqscope.model.IoapicPin#getVector()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_Vector();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#getDeliveryMode <em>Delivery Mode</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Delivery Mode</em>'.
     * @see org.irqscope.model.IoapicPin#getDeliveryMode()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_DeliveryMode();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#isLogicalDestination <em>Logical Destination</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Logical Destination</em>'.
     * @see org.irqscope.model.IoapicPin#isLogicalDestination()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_LogicalDestination();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#isDeliveryPending <em>Delivery Pending</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Delivery Pending</em>'.
     * @see org.irqscope.model.IoapicPin#isDeliveryPending()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_DeliveryPending();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#isActiveLow <em>Active Low</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Active Low</em>'.
     * @see org.irqscope.model.IoapicPin#isActiveLow()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_ActiveLow();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#isRemoteIrr <em>Remote Irr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Remote Irr</em>'.
     * @see org.irqscope.model.IoapicPin#isRemoteIrr()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_RemoteIrr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#isLevelTriggered <em>Level Triggered</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Level Triggered</em>'.
     * @see org.irqscope.model.IoapicPin#isLevelTriggered()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_LevelTriggered();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#isMasked <em>Masked</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Masked</em>'.
     * @see org.irqscope.model.IoapicPin#isMasked()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_Masked();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#getDestination <em>Destination</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Destination</em>'.
     * @see org.irqscope.model.IoapicPin#getDestination()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_Destination();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.IoapicPin#isInputAsserted <em>Input Asserted</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Input Asserted</em>'.
     * @see org.irqscope.model.IoapicPin#isInputAsserted()
     * @see #getIoapicPin()
     * @generated
     */
    EAttribute getIoapicPin_InputAsserted();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Pic <em>Pic</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Pic</em>'.
     * @see org.irqscope.model.Pic
     * @generated
     */
    EClass getPic();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getChip <em>Chip</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Chip</em>'.
     * @see org.irqscope.model.Pic#getChip()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_Chip();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getLastIrr <em>Last Irr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Last Irr</em>'.
     * @see org.irqscope.model.Pic#getLastIrr()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_LastIrr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getIrr <em>Irr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Irr</em>'.
     * @see org.irqscope.model.Pic#getIrr()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_Irr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getImr <em>Imr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Imr</em>'.
     * @see org.irqscope.model.Pic#getImr()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_Imr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getIsr <em>Isr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Isr</em>'.
     * @see org.irqscope.model.Pic#getIsr()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_Isr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getPriorityAdd <em>Priority Add</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Priority Add</em>'.
     * @see org.irqscope.model.Pic#getPriorityAdd()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_PriorityAdd();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getIrqBase <em>Irq Base</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Irq Base</em>'.
     * @see org.irqscope.model.Pic#getIrqBase()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_IrqBase();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getReadRegSelect <em>Read Reg Select</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Read Reg Select</em>'.
     * @see org.irqscope.model.Pic#getReadRegSelect()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_ReadRegSelect();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getPoll <em>Poll</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Poll</em>'.
     * @see org.irqscope.model.Pic#getPoll()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_Poll();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getSpecialMask <em>Special Mask</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Special Mask</em>'.
     * @see org.irqscope.model.Pic#getSpecialMask()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_SpecialMask();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getInitState <em>Init State</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Init State</em>'.
     * @see org.irqscope.model.Pic#getInitState()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_InitState();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getAutoEoi <em>Auto Eoi</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Auto Eoi</em>'.
     * @see org.irqscope.model.Pic#getAutoEoi()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_AutoEoi();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getRotateOnAutoEoi <em>Rotate On Auto Eoi</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Rotate On Auto Eoi</em>'.
     * @see org.irqscope.model.Pic#getRotateOnAutoEoi()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_RotateOnAutoEoi();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getSpecialFullyNestedMode <em>Special Fully Nested Mode</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Special Fully Nested Mode</em>'.
     * @see org.irqscope.model.Pic#getSpecialFullyNestedMode()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_SpecialFullyNestedMode();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getInit4 <em>Init4</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Init4</em>'.
     * @see org.irqscope.model.Pic#getInit4()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_Init4();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getElcr <em>Elcr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Elcr</em>'.
     * @see org.irqscope.model.Pic#getElcr()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_Elcr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.Pic#getElcrMask <em>Elcr Mask</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Elcr Mask</em>'.
     * @see org.irqscope.model.Pic#getElcrMask()
     * @see #getPic()
     * @generated
     */
    EAttribute getPic_ElcrMask();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.GicDistributor <em>Gic Distributor</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Gic Distributor</em>'.
     * @see org.irqscope.model.GicDistributor
     * @generated
     */
    EClass getGicDistributor();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicDistributor#getCtlr <em>Ctlr</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Ctlr</em>'.
     * @see org.irqscope.model.GicDistributor#getCtlr()
     * @see #getGicDistributor()
     * @generated
     */
    EAttribute getGicDistributor_Ctlr();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.GicDistributor#getNrSpis <em>Nr Spis</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Nr Spis</em>'.
     * @see org.irqscope.model.GicDistributor#getNrSpis()
     * @see #getGicDistributor()
     * @generated
     */
    EAttribute getGicDistributor_NrSpis();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.Flic <em>Flic</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Flic</em>'.
     * @see org.irqscope.model.Flic
     * @generated
     */
    EClass getFlic();

    /**
     * Returns the meta object for the attribute list '{@link org.irqscope.model.Flic#getFloatingIrqTypes <em>Floating Irq Types</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute list '<em>Floating Irq Types</em>'.
     * @see org.irqscope.model.Flic#getFloatingIrqTypes()
     * @see #getFlic()
     * @generated
     */
    EAttribute getFlic_FloatingIrqTypes();

    /**
     * Returns the meta object for class '{@link org.irqscope.model.MsiRoute <em>Msi Route</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for class '<em>Msi Route</em>'.
     * @see org.irqscope.model.MsiRoute
     * @generated
     */
    EClass getMsiRoute();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.MsiRoute#getGsi <em>Gsi</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Gsi</em>'.
     * @see org.irqscope.model.MsiRoute#getGsi()
     * @see #getMsiRoute()
     * @generated
     */
    EAttribute getMsiRoute_Gsi();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.MsiRoute#getIrqchip <em>Irqchip</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Irqchip</em>'.
     * @see org.irqscope.model.MsiRoute#getIrqchip()
     * @see #getMsiRoute()
     * @generated
     */
    EAttribute getMsiRoute_Irqchip();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.MsiRoute#getPin <em>Pin</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Pin</em>'.
     * @see org.irqscope.model.MsiRoute#getPin()
     * @see #getMsiRoute()
     * @generated
     */
    EAttribute getMsiRoute_Pin();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.MsiRoute#getAddress <em>Address</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Address</em>'.
     * @see org.irqscope.model.MsiRoute#getAddress()
     * @see #getMsiRoute()
     * @generated
     */
    EAttribute getMsiRoute_Address();

    /**
     * Returns the meta object for the attribute '{@link org.irqscope.model.MsiRoute#getData <em>Data</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for the attribute '<em>Data</em>'.
     * @see org.irqscope.model.MsiRoute#getData()
     * @see #getMsiRoute()
     * @generated
     */
    EAttribute getMsiRoute_Data();

    /**
     * Returns the meta object for enum '{@link org.irqscope.model.Arch <em>Arch</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for enum '<em>Arch</em>'.
     * @see org.irqscope.model.Arch
     * @generated
     */
    EEnum getArch();

    /**
     * Returns the meta object for enum '{@link org.irqscope.model.InterruptMode <em>Interrupt Mode</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for enum '<em>Interrupt Mode</em>'.
     * @see org.irqscope.model.InterruptMode
     * @generated
     */
    EEnum getInterruptMode();

    /**
     * Returns the meta object for enum '{@link org.irqscope.model.IrqchipLocation <em>Irqchip Location</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for enum '<em>Irqchip Location</em>'.
     * @see org.irqscope.model.IrqchipLocation
     * @generated
     */
    EEnum getIrqchipLocation();

    /**
     * Returns the meta object for enum '{@link org.irqscope.model.BackendKind <em>Backend Kind</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for enum '<em>Backend Kind</em>'.
     * @see org.irqscope.model.BackendKind
     * @generated
     */
    EEnum getBackendKind();

    /**
     * Returns the meta object for enum '{@link org.irqscope.model.RunState <em>Run State</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for enum '<em>Run State</em>'.
     * @see org.irqscope.model.RunState
     * @generated
     */
    EEnum getRunState();

    /**
     * Returns the meta object for enum '{@link org.irqscope.model.SourceKind <em>Source Kind</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the meta object for enum '<em>Source Kind</em>'.
     * @see org.irqscope.model.SourceKind
     * @generated
     */
    EEnum getSourceKind();

    /**
     * Returns the meta object for data type '{@link org.irqscope.model.values.InterruptVectors <em>Interrupt Vectors</em>}'.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A set of the 256 x86 interrupt vectors; written as 64 hex digits, vector 0 last.
     * <!-- end-model-doc -->
     * @return the meta object for data type '<em>Interrupt Vectors</em>'.
     * @see org.irqscope.model.values.InterruptVectors
     * @model instanceClass="org.irqscope.model.values.InterruptVectors"
     * @generated
     */
    EDataType getInterruptVectors();

    /**
     * Returns the factory that creates the instances of the model.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @return the factory that creates the instances of the model.
     * @generated
     */
    IrqscopeFactory getIrqscopeFactory();

    /**
     * <!-- begin-user-doc -->
     * Defines literals for the meta objects that represent
     * <ul>
     *   <li>each class,</li>
     *   <li>each feature of each class,</li>
     *   <li>each operation of each class,</li>
     *   <li>each enum,</li>
     *   <li>and each data type</li>
     * </ul>
     * <!-- end-user-doc -->
     * @generated
     */
    interface Literals {
        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.RecordingImpl <em>Recording</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.RecordingImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getRecording()
         * @generated
         */
        EClass RECORDING = eINSTANCE.getRecording();

        /**
         * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute RECORDING__FORMAT_VERSION = eINSTANCE.getRecording_FormatVersion();

        /**
         * The meta object literal for the '<em><b>Created By</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute RECORDING__CREATED_BY = eINSTANCE.getRecording_CreatedBy();

        /**
         * The meta object literal for the '<em><b>Machines</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference RECORDING__MACHINES = eINSTANCE.getRecording_Machines();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.MachineImpl <em>Machine</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.MachineImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getMachine()
         * @generated
         */
        EClass MACHINE = eINSTANCE.getMachine();

        /**
         * The meta object literal for the '<em><b>Target Uri</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__TARGET_URI = eINSTANCE.getMachine_TargetUri();

        /**
         * The meta object literal for the '<em><b>Arch</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__ARCH = eINSTANCE.getMachine_Arch();

        /**
         * The meta object literal for the '<em><b>Interrupt Mode</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__INTERRUPT_MODE = eINSTANCE.getMachine_InterruptMode();

        /**
         * The meta object literal for the '<em><b>Irqchip Location</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__IRQCHIP_LOCATION = eINSTANCE.getMachine_IrqchipLocation();

        /**
         * The meta object literal for the '<em><b>Backend Kind</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__BACKEND_KIND = eINSTANCE.getMachine_BackendKind();

        /**
         * The meta object literal for the '<em><b>Capabilities</b></em>' attribute list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__CAPABILITIES = eINSTANCE.getMachine_Capabilities();

        /**
         * The meta object literal for the '<em><b>Sequence</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__SEQUENCE = eINSTANCE.getMachine_Sequence();

        /**
         * The meta object literal for the '<em><b>Captured At Millis</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__CAPTURED_AT_MILLIS = eINSTANCE.getMachine_CapturedAtMillis();

        /**
         * The meta object literal for the '<em><b>Vcpus</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference MACHINE__VCPUS = eINSTANCE.getMachine_Vcpus();

        /**
         * The meta object literal for the '<em><b>Sources</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference MACHINE__SOURCES = eINSTANCE.getMachine_Sources();

        /**
         * The meta object literal for the '<em><b>Controllers</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference MACHINE__CONTROLLERS = eINSTANCE.getMachine_Controllers();

        /**
         * The meta object literal for the '<em><b>Routes</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference MACHINE__ROUTES = eINSTANCE.getMachine_Routes();

        /**
         * The meta object literal for the '<em><b>Counters</b></em>' map feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference MACHINE__COUNTERS = eINSTANCE.getMachine_Counters();

        /**
         * The meta object literal for the '<em><b>Notes</b></em>' attribute list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MACHINE__NOTES = eINSTANCE.getMachine_Notes();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.CounterEntryImpl <em>Counter Entry</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.CounterEntryImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getCounterEntry()
         * @generated
         */
        EClass COUNTER_ENTRY = eINSTANCE.getCounterEntry();

        /**
         * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute COUNTER_ENTRY__KEY = eINSTANCE.getCounterEntry_Key();

        /**
         * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute COUNTER_ENTRY__VALUE = eINSTANCE.getCounterEntry_Value();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.VcpuImpl <em>Vcpu</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.VcpuImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getVcpu()
         * @generated
         */
        EClass VCPU = eINSTANCE.getVcpu();

        /**
         * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute VCPU__ID = eINSTANCE.getVcpu_Id();

        /**
         * The meta object literal for the '<em><b>Run State</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute VCPU__RUN_STATE = eINSTANCE.getVcpu_RunState();

        /**
         * The meta object literal for the '<em><b>Presenter</b></em>' containment reference feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference VCPU__PRESENTER = eINSTANCE.getVcpu_Presenter();

        /**
         * The meta object literal for the '<em><b>Counters</b></em>' map feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference VCPU__COUNTERS = eINSTANCE.getVcpu_Counters();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.PresenterImpl <em>Presenter</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.PresenterImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getPresenter()
         * @generated
         */
        EClass PRESENTER = eINSTANCE.getPresenter();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.XicsIcpImpl <em>Xics Icp</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.XicsIcpImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getXicsIcp()
         * @generated
         */
        EClass XICS_ICP = eINSTANCE.getXicsIcp();

        /**
         * The meta object literal for the '<em><b>Cppr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XICS_ICP__CPPR = eINSTANCE.getXicsIcp_Cppr();

        /**
         * The meta object literal for the '<em><b>Mfrr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XICS_ICP__MFRR = eINSTANCE.getXicsIcp_Mfrr();

        /**
         * The meta object literal for the '<em><b>Xisr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XICS_ICP__XISR = eINSTANCE.getXicsIcp_Xisr();

        /**
         * The meta object literal for the '<em><b>Ppri</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XICS_ICP__PPRI = eINSTANCE.getXicsIcp_Ppri();

        /**
         * The meta object literal for the '<em><b>Xirr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XICS_ICP__XIRR = eINSTANCE.getXicsIcp_Xirr();

        /**
         * The meta object literal for the '<em><b>Pending Source Has Priority</b></em>' operation.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EOperation XICS_ICP___PENDING_SOURCE_HAS_PRIORITY__DIAGNOSTICCHAIN_MAP = eINSTANCE.getXicsIcp__PendingSourceHasPriority__DiagnosticChain_Map();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.XiveThreadContextImpl <em>Xive Thread Context</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.XiveThreadContextImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getXiveThreadContext()
         * @generated
         */
        EClass XIVE_THREAD_CONTEXT = eINSTANCE.getXiveThreadContext();

        /**
         * The meta object literal for the '<em><b>Vp Id</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_THREAD_CONTEXT__VP_ID = eINSTANCE.getXiveThreadContext_VpId();

        /**
         * The meta object literal for the '<em><b>Rings</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference XIVE_THREAD_CONTEXT__RINGS = eINSTANCE.getXiveThreadContext_Rings();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.XiveRingImpl <em>Xive Ring</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.XiveRingImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getXiveRing()
         * @generated
         */
        EClass XIVE_RING = eINSTANCE.getXiveRing();

        /**
         * The meta object literal for the '<em><b>Nsr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__NSR = eINSTANCE.getXiveRing_Nsr();

        /**
         * The meta object literal for the '<em><b>Cppr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__CPPR = eINSTANCE.getXiveRing_Cppr();

        /**
         * The meta object literal for the '<em><b>Ipb</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__IPB = eINSTANCE.getXiveRing_Ipb();

        /**
         * The meta object literal for the '<em><b>Lsmfb</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__LSMFB = eINSTANCE.getXiveRing_Lsmfb();

        /**
         * The meta object literal for the '<em><b>Ack Count</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__ACK_COUNT = eINSTANCE.getXiveRing_AckCount();

        /**
         * The meta object literal for the '<em><b>Inc</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__INC = eINSTANCE.getXiveRing_Inc();

        /**
         * The meta object literal for the '<em><b>Age</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__AGE = eINSTANCE.getXiveRing_Age();

        /**
         * The meta object literal for the '<em><b>Pipr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__PIPR = eINSTANCE.getXiveRing_Pipr();

        /**
         * The meta object literal for the '<em><b>W2</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__W2 = eINSTANCE.getXiveRing_W2();

        /**
         * The meta object literal for the '<em><b>Ring Name</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_RING__RING_NAME = eINSTANCE.getXiveRing_RingName();

        /**
         * The meta object literal for the '<em><b>Pipr Matches Ipb</b></em>' operation.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EOperation XIVE_RING___PIPR_MATCHES_IPB__DIAGNOSTICCHAIN_MAP = eINSTANCE.getXiveRing__PiprMatchesIpb__DiagnosticChain_Map();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.LapicImpl <em>Lapic</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.LapicImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getLapic()
         * @generated
         */
        EClass LAPIC = eINSTANCE.getLapic();

        /**
         * The meta object literal for the '<em><b>Apic Id</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__APIC_ID = eINSTANCE.getLapic_ApicId();

        /**
         * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__VERSION = eINSTANCE.getLapic_Version();

        /**
         * The meta object literal for the '<em><b>Tpr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__TPR = eINSTANCE.getLapic_Tpr();

        /**
         * The meta object literal for the '<em><b>Apr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__APR = eINSTANCE.getLapic_Apr();

        /**
         * The meta object literal for the '<em><b>Ppr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__PPR = eINSTANCE.getLapic_Ppr();

        /**
         * The meta object literal for the '<em><b>Svr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__SVR = eINSTANCE.getLapic_Svr();

        /**
         * The meta object literal for the '<em><b>Ldr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__LDR = eINSTANCE.getLapic_Ldr();

        /**
         * The meta object literal for the '<em><b>Dfr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__DFR = eINSTANCE.getLapic_Dfr();

        /**
         * The meta object literal for the '<em><b>Esr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__ESR = eINSTANCE.getLapic_Esr();

        /**
         * The meta object literal for the '<em><b>Irr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__IRR = eINSTANCE.getLapic_Irr();

        /**
         * The meta object literal for the '<em><b>Isr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__ISR = eINSTANCE.getLapic_Isr();

        /**
         * The meta object literal for the '<em><b>Tmr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__TMR = eINSTANCE.getLapic_Tmr();

        /**
         * The meta object literal for the '<em><b>Icr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__ICR = eINSTANCE.getLapic_Icr();

        /**
         * The meta object literal for the '<em><b>Lvt</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference LAPIC__LVT = eINSTANCE.getLapic_Lvt();

        /**
         * The meta object literal for the '<em><b>Timer Initial Count</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__TIMER_INITIAL_COUNT = eINSTANCE.getLapic_TimerInitialCount();

        /**
         * The meta object literal for the '<em><b>Timer Current Count</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__TIMER_CURRENT_COUNT = eINSTANCE.getLapic_TimerCurrentCount();

        /**
         * The meta object literal for the '<em><b>Timer Divide</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LAPIC__TIMER_DIVIDE = eINSTANCE.getLapic_TimerDivide();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.LvtEntryImpl <em>Lvt Entry</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.LvtEntryImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getLvtEntry()
         * @generated
         */
        EClass LVT_ENTRY = eINSTANCE.getLvtEntry();

        /**
         * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LVT_ENTRY__NAME = eINSTANCE.getLvtEntry_Name();

        /**
         * The meta object literal for the '<em><b>Raw</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LVT_ENTRY__RAW = eINSTANCE.getLvtEntry_Raw();

        /**
         * The meta object literal for the '<em><b>Vector</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LVT_ENTRY__VECTOR = eINSTANCE.getLvtEntry_Vector();

        /**
         * The meta object literal for the '<em><b>Masked</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute LVT_ENTRY__MASKED = eINSTANCE.getLvtEntry_Masked();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.GicCpuInterfaceImpl <em>Gic Cpu Interface</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.GicCpuInterfaceImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getGicCpuInterface()
         * @generated
         */
        EClass GIC_CPU_INTERFACE = eINSTANCE.getGicCpuInterface();

        /**
         * The meta object literal for the '<em><b>Mpidr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_CPU_INTERFACE__MPIDR = eINSTANCE.getGicCpuInterface_Mpidr();

        /**
         * The meta object literal for the '<em><b>Pmr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_CPU_INTERFACE__PMR = eINSTANCE.getGicCpuInterface_Pmr();

        /**
         * The meta object literal for the '<em><b>Bpr1</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_CPU_INTERFACE__BPR1 = eINSTANCE.getGicCpuInterface_Bpr1();

        /**
         * The meta object literal for the '<em><b>Igrpen1</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_CPU_INTERFACE__IGRPEN1 = eINSTANCE.getGicCpuInterface_Igrpen1();

        /**
         * The meta object literal for the '<em><b>Pending</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_CPU_INTERFACE__PENDING = eINSTANCE.getGicCpuInterface_Pending();

        /**
         * The meta object literal for the '<em><b>Active</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_CPU_INTERFACE__ACTIVE = eINSTANCE.getGicCpuInterface_Active();

        /**
         * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_CPU_INTERFACE__ENABLED = eINSTANCE.getGicCpuInterface_Enabled();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.SourceImpl <em>Source</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.SourceImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getSource()
         * @generated
         */
        EClass SOURCE = eINSTANCE.getSource();

        /**
         * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__NUMBER = eINSTANCE.getSource_Number();

        /**
         * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__KIND = eINSTANCE.getSource_Kind();

        /**
         * The meta object literal for the '<em><b>Allocated</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__ALLOCATED = eINSTANCE.getSource_Allocated();

        /**
         * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__OWNER = eINSTANCE.getSource_Owner();

        /**
         * The meta object literal for the '<em><b>Server</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__SERVER = eINSTANCE.getSource_Server();

        /**
         * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__PRIORITY = eINSTANCE.getSource_Priority();

        /**
         * The meta object literal for the '<em><b>Masked</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__MASKED = eINSTANCE.getSource_Masked();

        /**
         * The meta object literal for the '<em><b>Saved Priority</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__SAVED_PRIORITY = eINSTANCE.getSource_SavedPriority();

        /**
         * The meta object literal for the '<em><b>Asserted</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__ASSERTED = eINSTANCE.getSource_Asserted();

        /**
         * The meta object literal for the '<em><b>Pending</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__PENDING = eINSTANCE.getSource_Pending();

        /**
         * The meta object literal for the '<em><b>Presented</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__PRESENTED = eINSTANCE.getSource_Presented();

        /**
         * The meta object literal for the '<em><b>Queued</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__QUEUED = eINSTANCE.getSource_Queued();

        /**
         * The meta object literal for the '<em><b>Pq</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__PQ = eINSTANCE.getSource_Pq();

        /**
         * The meta object literal for the '<em><b>Eisn</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__EISN = eINSTANCE.getSource_Eisn();

        /**
         * The meta object literal for the '<em><b>End Index</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__END_INDEX = eINSTANCE.getSource_EndIndex();

        /**
         * The meta object literal for the '<em><b>End</b></em>' reference feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference SOURCE__END = eINSTANCE.getSource_End();

        /**
         * The meta object literal for the '<em><b>Targeting From Vmm</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__TARGETING_FROM_VMM = eINSTANCE.getSource_TargetingFromVmm();

        /**
         * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute SOURCE__COUNT = eINSTANCE.getSource_Count();

        /**
         * The meta object literal for the '<em><b>Priority In Architecture Range</b></em>' operation.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EOperation SOURCE___PRIORITY_IN_ARCHITECTURE_RANGE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSource__PriorityInArchitectureRange__DiagnosticChain_Map();

        /**
         * The meta object literal for the '<em><b>Server Is Vcpu</b></em>' operation.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EOperation SOURCE___SERVER_IS_VCPU__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSource__ServerIsVcpu__DiagnosticChain_Map();

        /**
         * The meta object literal for the '<em><b>Pending Only When Allocated</b></em>' operation.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EOperation SOURCE___PENDING_ONLY_WHEN_ALLOCATED__DIAGNOSTICCHAIN_MAP = eINSTANCE.getSource__PendingOnlyWhenAllocated__DiagnosticChain_Map();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.ControllerImpl <em>Controller</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.ControllerImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getController()
         * @generated
         */
        EClass CONTROLLER = eINSTANCE.getController();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.IcsBlockImpl <em>Ics Block</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.IcsBlockImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getIcsBlock()
         * @generated
         */
        EClass ICS_BLOCK = eINSTANCE.getIcsBlock();

        /**
         * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute ICS_BLOCK__NAME = eINSTANCE.getIcsBlock_Name();

        /**
         * The meta object literal for the '<em><b>Offset</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute ICS_BLOCK__OFFSET = eINSTANCE.getIcsBlock_Offset();

        /**
         * The meta object literal for the '<em><b>Count</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute ICS_BLOCK__COUNT = eINSTANCE.getIcsBlock_Count();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.XiveRouterImpl <em>Xive Router</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.XiveRouterImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getXiveRouter()
         * @generated
         */
        EClass XIVE_ROUTER = eINSTANCE.getXiveRouter();

        /**
         * The meta object literal for the '<em><b>Ends</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference XIVE_ROUTER__ENDS = eINSTANCE.getXiveRouter_Ends();

        /**
         * The meta object literal for the '<em><b>Nvts</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference XIVE_ROUTER__NVTS = eINSTANCE.getXiveRouter_Nvts();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.XiveEventQueueImpl <em>Xive Event Queue</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.XiveEventQueueImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getXiveEventQueue()
         * @generated
         */
        EClass XIVE_EVENT_QUEUE = eINSTANCE.getXiveEventQueue();

        /**
         * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__INDEX = eINSTANCE.getXiveEventQueue_Index();

        /**
         * The meta object literal for the '<em><b>Server</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__SERVER = eINSTANCE.getXiveEventQueue_Server();

        /**
         * The meta object literal for the '<em><b>Priority</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__PRIORITY = eINSTANCE.getXiveEventQueue_Priority();

        /**
         * The meta object literal for the '<em><b>Valid</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__VALID = eINSTANCE.getXiveEventQueue_Valid();

        /**
         * The meta object literal for the '<em><b>Enqueue</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__ENQUEUE = eINSTANCE.getXiveEventQueue_Enqueue();

        /**
         * The meta object literal for the '<em><b>Qshift</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__QSHIFT = eINSTANCE.getXiveEventQueue_Qshift();

        /**
         * The meta object literal for the '<em><b>Entries</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__ENTRIES = eINSTANCE.getXiveEventQueue_Entries();

        /**
         * The meta object literal for the '<em><b>Qindex</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__QINDEX = eINSTANCE.getXiveEventQueue_Qindex();

        /**
         * The meta object literal for the '<em><b>Generation</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__GENERATION = eINSTANCE.getXiveEventQueue_Generation();

        /**
         * The meta object literal for the '<em><b>Qaddr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__QADDR = eINSTANCE.getXiveEventQueue_Qaddr();

        /**
         * The meta object literal for the '<em><b>Escalation</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__ESCALATION = eINSTANCE.getXiveEventQueue_Escalation();

        /**
         * The meta object literal for the '<em><b>Window</b></em>' attribute list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute XIVE_EVENT_QUEUE__WINDOW = eINSTANCE.getXiveEventQueue_Window();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.NvtImpl <em>Nvt</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.NvtImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getNvt()
         * @generated
         */
        EClass NVT = eINSTANCE.getNvt();

        /**
         * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute NVT__ID = eINSTANCE.getNvt_Id();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.IoapicImpl <em>Ioapic</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.IoapicImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getIoapic()
         * @generated
         */
        EClass IOAPIC = eINSTANCE.getIoapic();

        /**
         * The meta object literal for the '<em><b>Ioapic Id</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC__IOAPIC_ID = eINSTANCE.getIoapic_IoapicId();

        /**
         * The meta object literal for the '<em><b>Base Address</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC__BASE_ADDRESS = eINSTANCE.getIoapic_BaseAddress();

        /**
         * The meta object literal for the '<em><b>Ioregsel</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC__IOREGSEL = eINSTANCE.getIoapic_Ioregsel();

        /**
         * The meta object literal for the '<em><b>Irr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC__IRR = eINSTANCE.getIoapic_Irr();

        /**
         * The meta object literal for the '<em><b>Pins</b></em>' containment reference list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EReference IOAPIC__PINS = eINSTANCE.getIoapic_Pins();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.IoapicPinImpl <em>Ioapic Pin</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.IoapicPinImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getIoapicPin()
         * @generated
         */
        EClass IOAPIC_PIN = eINSTANCE.getIoapicPin();

        /**
         * The meta object literal for the '<em><b>Pin</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__PIN = eINSTANCE.getIoapicPin_Pin();

        /**
         * The meta object literal for the '<em><b>Raw</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__RAW = eINSTANCE.getIoapicPin_Raw();

        /**
         * The meta object literal for the '<em><b>Vector</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__VECTOR = eINSTANCE.getIoapicPin_Vector();

        /**
         * The meta object literal for the '<em><b>Delivery Mode</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__DELIVERY_MODE = eINSTANCE.getIoapicPin_DeliveryMode();

        /**
         * The meta object literal for the '<em><b>Logical Destination</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__LOGICAL_DESTINATION = eINSTANCE.getIoapicPin_LogicalDestination();

        /**
         * The meta object literal for the '<em><b>Delivery Pending</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__DELIVERY_PENDING = eINSTANCE.getIoapicPin_DeliveryPending();

        /**
         * The meta object literal for the '<em><b>Active Low</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__ACTIVE_LOW = eINSTANCE.getIoapicPin_ActiveLow();

        /**
         * The meta object literal for the '<em><b>Remote Irr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__REMOTE_IRR = eINSTANCE.getIoapicPin_RemoteIrr();

        /**
         * The meta object literal for the '<em><b>Level Triggered</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__LEVEL_TRIGGERED = eINSTANCE.getIoapicPin_LevelTriggered();

        /**
         * The meta object literal for the '<em><b>Masked</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__MASKED = eINSTANCE.getIoapicPin_Masked();

        /**
         * The meta object literal for the '<em><b>Destination</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__DESTINATION = eINSTANCE.getIoapicPin_Destination();

        /**
         * The meta object literal for the '<em><b>Input Asserted</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute IOAPIC_PIN__INPUT_ASSERTED = eINSTANCE.getIoapicPin_InputAsserted();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.PicImpl <em>Pic</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.PicImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getPic()
         * @generated
         */
        EClass PIC = eINSTANCE.getPic();

        /**
         * The meta object literal for the '<em><b>Chip</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__CHIP = eINSTANCE.getPic_Chip();

        /**
         * The meta object literal for the '<em><b>Last Irr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__LAST_IRR = eINSTANCE.getPic_LastIrr();

        /**
         * The meta object literal for the '<em><b>Irr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__IRR = eINSTANCE.getPic_Irr();

        /**
         * The meta object literal for the '<em><b>Imr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__IMR = eINSTANCE.getPic_Imr();

        /**
         * The meta object literal for the '<em><b>Isr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__ISR = eINSTANCE.getPic_Isr();

        /**
         * The meta object literal for the '<em><b>Priority Add</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__PRIORITY_ADD = eINSTANCE.getPic_PriorityAdd();

        /**
         * The meta object literal for the '<em><b>Irq Base</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__IRQ_BASE = eINSTANCE.getPic_IrqBase();

        /**
         * The meta object literal for the '<em><b>Read Reg Select</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__READ_REG_SELECT = eINSTANCE.getPic_ReadRegSelect();

        /**
         * The meta object literal for the '<em><b>Poll</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__POLL = eINSTANCE.getPic_Poll();

        /**
         * The meta object literal for the '<em><b>Special Mask</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__SPECIAL_MASK = eINSTANCE.getPic_SpecialMask();

        /**
         * The meta object literal for the '<em><b>Init State</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__INIT_STATE = eINSTANCE.getPic_InitState();

        /**
         * The meta object literal for the '<em><b>Auto Eoi</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__AUTO_EOI = eINSTANCE.getPic_AutoEoi();

        /**
         * The meta object literal for the '<em><b>Rotate On Auto Eoi</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__ROTATE_ON_AUTO_EOI = eINSTANCE.getPic_RotateOnAutoEoi();

        /**
         * The meta object literal for the '<em><b>Special Fully Nested Mode</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__SPECIAL_FULLY_NESTED_MODE = eINSTANCE.getPic_SpecialFullyNestedMode();

        /**
         * The meta object literal for the '<em><b>Init4</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__INIT4 = eINSTANCE.getPic_Init4();

        /**
         * The meta object literal for the '<em><b>Elcr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__ELCR = eINSTANCE.getPic_Elcr();

        /**
         * The meta object literal for the '<em><b>Elcr Mask</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute PIC__ELCR_MASK = eINSTANCE.getPic_ElcrMask();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.GicDistributorImpl <em>Gic Distributor</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.GicDistributorImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getGicDistributor()
         * @generated
         */
        EClass GIC_DISTRIBUTOR = eINSTANCE.getGicDistributor();

        /**
         * The meta object literal for the '<em><b>Ctlr</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_DISTRIBUTOR__CTLR = eINSTANCE.getGicDistributor_Ctlr();

        /**
         * The meta object literal for the '<em><b>Nr Spis</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute GIC_DISTRIBUTOR__NR_SPIS = eINSTANCE.getGicDistributor_NrSpis();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.FlicImpl <em>Flic</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.FlicImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getFlic()
         * @generated
         */
        EClass FLIC = eINSTANCE.getFlic();

        /**
         * The meta object literal for the '<em><b>Floating Irq Types</b></em>' attribute list feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute FLIC__FLOATING_IRQ_TYPES = eINSTANCE.getFlic_FloatingIrqTypes();

        /**
         * The meta object literal for the '{@link org.irqscope.model.impl.MsiRouteImpl <em>Msi Route</em>}' class.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.impl.MsiRouteImpl
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getMsiRoute()
         * @generated
         */
        EClass MSI_ROUTE = eINSTANCE.getMsiRoute();

        /**
         * The meta object literal for the '<em><b>Gsi</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MSI_ROUTE__GSI = eINSTANCE.getMsiRoute_Gsi();

        /**
         * The meta object literal for the '<em><b>Irqchip</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MSI_ROUTE__IRQCHIP = eINSTANCE.getMsiRoute_Irqchip();

        /**
         * The meta object literal for the '<em><b>Pin</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MSI_ROUTE__PIN = eINSTANCE.getMsiRoute_Pin();

        /**
         * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MSI_ROUTE__ADDRESS = eINSTANCE.getMsiRoute_Address();

        /**
         * The meta object literal for the '<em><b>Data</b></em>' attribute feature.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @generated
         */
        EAttribute MSI_ROUTE__DATA = eINSTANCE.getMsiRoute_Data();

        /**
         * The meta object literal for the '{@link org.irqscope.model.Arch <em>Arch</em>}' enum.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.Arch
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getArch()
         * @generated
         */
        EEnum ARCH = eINSTANCE.getArch();

        /**
         * The meta object literal for the '{@link org.irqscope.model.InterruptMode <em>Interrupt Mode</em>}' enum.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.InterruptMode
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getInterruptMode()
         * @generated
         */
        EEnum INTERRUPT_MODE = eINSTANCE.getInterruptMode();

        /**
         * The meta object literal for the '{@link org.irqscope.model.IrqchipLocation <em>Irqchip Location</em>}' enum.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.IrqchipLocation
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getIrqchipLocation()
         * @generated
         */
        EEnum IRQCHIP_LOCATION = eINSTANCE.getIrqchipLocation();

        /**
         * The meta object literal for the '{@link org.irqscope.model.BackendKind <em>Backend Kind</em>}' enum.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.BackendKind
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getBackendKind()
         * @generated
         */
        EEnum BACKEND_KIND = eINSTANCE.getBackendKind();

        /**
         * The meta object literal for the '{@link org.irqscope.model.RunState <em>Run State</em>}' enum.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.RunState
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getRunState()
         * @generated
         */
        EEnum RUN_STATE = eINSTANCE.getRunState();

        /**
         * The meta object literal for the '{@link org.irqscope.model.SourceKind <em>Source Kind</em>}' enum.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.SourceKind
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getSourceKind()
         * @generated
         */
        EEnum SOURCE_KIND = eINSTANCE.getSourceKind();

        /**
         * The meta object literal for the '<em>Interrupt Vectors</em>' data type.
         * <!-- begin-user-doc -->
         * <!-- end-user-doc -->
         * @see org.irqscope.model.values.InterruptVectors
         * @see org.irqscope.model.impl.IrqscopePackageImpl#getInterruptVectors()
         * @generated
         */
        EDataType INTERRUPT_VECTORS = eINSTANCE.getInterruptVectors();

    }

} //IrqscopePackage
