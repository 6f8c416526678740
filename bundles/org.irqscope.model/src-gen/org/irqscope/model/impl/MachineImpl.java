// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.irqscope.model.Arch;
import org.irqscope.model.BackendKind;
import org.irqscope.model.Controller;
import org.irqscope.model.InterruptMode;
import org.irqscope.model.IrqchipLocation;
import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Machine;
import org.irqscope.model.MsiRoute;
import org.irqscope.model.Source;
import org.irqscope.model.Vcpu;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getTargetUri <em>Target Uri</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getArch <em>Arch</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getInterruptMode <em>Interrupt Mode</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getIrqchipLocation <em>Irqchip Location</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getBackendKind <em>Backend Kind</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getCapabilities <em>Capabilities</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getCapturedAtMillis <em>Captured At Millis</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getSources <em>Sources</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getControllers <em>Controllers</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getRoutes <em>Routes</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getCounters <em>Counters</em>}</li>
 *   <li>{@link org.irqscope.model.impl.MachineImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MachineImpl extends MinimalEObjectImpl.Container implements Machine {
    /**
     * The default value of the '{@link #getTargetUri() <em>Target Uri</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTargetUri()
     * @generated
     * @ordered
     */
    protected static final String TARGET_URI_EDEFAULT = null;

    /**
     * The cached value of the '{@link #getTargetUri() <em>Target Uri</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getTargetUri()
     * @generated
     * @ordered
     */
    protected String targetUri = TARGET_URI_EDEFAULT;

    /**
     * The default value of the '{@link #getArch() <em>Arch</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getArch()
     * @generated
     * @ordered
     */
    protected static final Arch ARCH_EDEFAULT = Arch.PPC64;

    /**
     * The cached value of the '{@link #getArch() <em>Arch</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getArch()
     * @generated
     * @ordered
     */
    protected Arch arch = ARCH_EDEFAULT;

    /**
     * The default value of the '{@link #getInterruptMode() <em>Interrupt Mode</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getInterruptMode()
     * @generated
     * @ordered
     */
    protected static final InterruptMode INTERRUPT_MODE_EDEFAULT = InterruptMode.XICS;

    /**
     * The cached value of the '{@link #getInterruptMode() <em>Interrupt Mode</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getInterruptMode()
     * @generated
     * @ordered
     */
    protected InterruptMode interruptMode = INTERRUPT_MODE_EDEFAULT;

    /**
     * The default value of the '{@link #getIrqchipLocation() <em>Irqchip Location</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrqchipLocation()
     * @generated
     * @ordered
     */
    protected static final IrqchipLocation IRQCHIP_LOCATION_EDEFAULT = IrqchipLocation.IN_KERNEL;

    /**
     * The cached value of the '{@link #getIrqchipLocation() <em>Irqchip Location</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrqchipLocation()
     * @generated
     * @ordered
     */
    protected IrqchipLocation irqchipLocation = IRQCHIP_LOCATION_EDEFAULT;

    /**
     * The default value of the '{@link #getBackendKind() <em>Backend Kind</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getBackendKind()
     * @generated
     * @ordered
     */
    protected static final BackendKind BACKEND_KIND_EDEFAULT = BackendKind.LINUX_KVM;

    /**
     * The cached value of the '{@link #getBackendKind() <em>Backend Kind</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getBackendKind()
     * @generated
     * @ordered
     */
    protected BackendKind backendKind = BACKEND_KIND_EDEFAULT;

    /**
     * The cached value of the '{@link #getCapabilities() <em>Capabilities</em>}' attribute list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCapabilities()
     * @generated
     * @ordered
     */
    protected EList<String> capabilities;

    /**
     * The default value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSequence()
     * @generated
     * @ordered
     */
    protected static final long SEQUENCE_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getSequence() <em>Sequence</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSequence()
     * @generated
     * @ordered
     */
    protected long sequence = SEQUENCE_EDEFAULT;

    /**
     * The default value of the '{@link #getCapturedAtMillis() <em>Captured At Millis</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCapturedAtMillis()
     * @generated
     * @ordered
     */
    protected static final long CAPTURED_AT_MILLIS_EDEFAULT = 0L;

    /**
     * The cached value of the '{@link #getCapturedAtMillis() <em>Captured At Millis</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCapturedAtMillis()
     * @generated
     * @ordered
     */
    protected long capturedAtMillis = CAPTURED_AT_MILLIS_EDEFAULT;

    /**
     * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getVcpus()
     * @generated
     * @ordered
     */
    protected EList<Vcpu> vcpus;

    /**
     * The cached value of the '{@link #getSources() <em>Sources</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSources()
     * @generated
     * @ordered
     */
    protected EList<Source> sources;

    /**
     * The cached value of the '{@link #getControllers() <em>Controllers</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getControllers()
     * @generated
     * @ordered
     */
    protected EList<Controller> controllers;

    /**
     * The cached value of the '{@link #getRoutes() <em>Routes</em>}' containment reference list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRoutes()
     * @generated
     * @ordered
     */
    protected EList<MsiRoute> routes;

    /**
     * The cached value of the '{@link #getCounters() <em>Counters</em>}' map.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getCounters()
     * @generated
     * @ordered
     */
    protected EMap<String, Long> counters;

    /**
     * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute list.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getNotes()
     * @generated
     * @ordered
     */
    protected EList<String> notes;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected MachineImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.MACHINE;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public String getTargetUri() {
        return targetUri;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setTargetUri(String newTargetUri) {
        String oldTargetUri = targetUri;
        targetUri = newTargetUri;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MACHINE__TARGET_URI, oldTargetUri, targetUri));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Arch getArch() {
        return arch;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setArch(Arch newArch) {
        Arch oldArch = arch;
        arch = newArch == null ? ARCH_EDEFAULT : newArch;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MACHINE__ARCH, oldArch, arch));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public InterruptMode getInterruptMode() {
        return interruptMode;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setInterruptMode(InterruptMode newInterruptMode) {
        InterruptMode oldInterruptMode = interruptMode;
        interruptMode = newInterruptMode == null ? INTERRUPT_MODE_EDEFAULT : newInterruptMode;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MACHINE__INTERRUPT_MODE, oldInterruptMode, interruptMode));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public IrqchipLocation getIrqchipLocation() {
        return irqchipLocation;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIrqchipLocation(IrqchipLocation newIrqchipLocation) {
        IrqchipLocation oldIrqchipLocation = irqchipLocation;
        irqchipLocation = newIrqchipLocation == null ? IRQCHIP_LOCATION_EDEFAULT : newIrqchipLocation;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MACHINE__IRQCHIP_LOCATION, oldIrqchipLocation, irqchipLocation));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public BackendKind getBackendKind() {
        return backendKind;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setBackendKind(BackendKind newBackendKind) {
        BackendKind oldBackendKind = backendKind;
        backendKind = newBackendKind == null ? BACKEND_KIND_EDEFAULT : newBackendKind;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MACHINE__BACKEND_KIND, oldBackendKind, backendKind));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<String> getCapabilities() {
        if (capabilities == null) {
            capabilities = new EDataTypeEList<String>(String.class, this, IrqscopePackage.MACHINE__CAPABILITIES);
        }
        return capabilities;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getSequence() {
        return sequence;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setSequence(long newSequence) {
        long oldSequence = sequence;
        sequence = newSequence;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MACHINE__SEQUENCE, oldSequence, sequence));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public long getCapturedAtMillis() {
        return capturedAtMillis;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setCapturedAtMillis(long newCapturedAtMillis) {
        long oldCapturedAtMillis = capturedAtMillis;
        capturedAtMillis = newCapturedAtMillis;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.MACHINE__CAPTURED_AT_MILLIS, oldCapturedAtMillis, capturedAtMillis));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<Vcpu> getVcpus() {
        if (vcpus == null) {
            vcpus = new EObjectContainmentEList<Vcpu>(Vcpu.class, this, IrqscopePackage.MACHINE__VCPUS);
        }
        return vcpus;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<Source> getSources() {
        if (sources == null) {
            sources = new EObjectContainmentEList<Source>(Source.class, this, IrqscopePackage.MACHINE__SOURCES);
        }
        return sources;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<Controller> getControllers() {
        if (controllers == null) {
            controllers = new EObjectContainmentEList<Controller>(Controller.class, this, IrqscopePackage.MACHINE__CONTROLLERS);
        }
        return controllers;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<MsiRoute> getRoutes() {
        if (routes == null) {
            routes = new EObjectContainmentEList<MsiRoute>(MsiRoute.class, this, IrqscopePackage.MACHINE__ROUTES);
        }
        return routes;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EMap<String, Long> getCounters() {
        if (counters == null) {
            counters = new EcoreEMap<String,Long>(IrqscopePackage.Literals.COUNTER_ENTRY, CounterEntryImpl.class, this, IrqscopePackage.MACHINE__COUNTERS);
        }
        return counters;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public EList<String> getNotes() {
        if (notes == null) {
            notes = new EDataTypeEList<String>(String.class, this, IrqscopePackage.MACHINE__NOTES);
        }
        return notes;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
        switch (featureID) {
            case IrqscopePackage.MACHINE__VCPUS:
                return ((InternalEList<?>)getVcpus()).basicRemove(otherEnd, msgs);
            case IrqscopePackage.MACHINE__SOURCES:
                return ((InternalEList<?>)getSources()).basicRemove(otherEnd, msgs);
            case IrqscopePackage.MACHINE__CONTROLLERS:
                return ((InternalEList<?>)getControllers()).basicRemove(otherEnd, msgs);
            case IrqscopePackage.MACHINE__ROUTES:
                return ((InternalEList<?>)getRoutes()).basicRemove(otherEnd, msgs);
            case IrqscopePackage.MACHINE__COUNTERS:
                return ((InternalEList<?>)getCounters()).basicRemove(otherEnd, msgs);
        }
        return super.eInverseRemove(otherEnd, featureID, msgs);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.MACHINE__TARGET_URI:
                return getTargetUri();
            case IrqscopePackage.MACHINE__ARCH:
                return getArch();
            case IrqscopePackage.MACHINE__INTERRUPT_MODE:
                return getInterruptMode();
            case IrqscopePackage.MACHINE__IRQCHIP_LOCATION:
                return getIrqchipLocation();
            case IrqscopePackage.MACHINE__BACKEND_KIND:
                return getBackendKind();
            case IrqscopePackage.MACHINE__CAPABILITIES:
                return getCapabilities();
            case IrqscopePackage.MACHINE__SEQUENCE:
                return getSequence();
            case IrqscopePackage.MACHINE__CAPTURED_AT_MILLIS:
                return getCapturedAtMillis();
            case IrqscopePackage.MACHINE__VCPUS:
                return getVcpus();
            case IrqscopePackage.MACHINE__SOURCES:
                return getSources();
            case IrqscopePackage.MACHINE__CONTROLLERS:
                return getControllers();
            case IrqscopePackage.MACHINE__ROUTES:
                return getRoutes();
            case IrqscopePackage.MACHINE__COUNTERS:
                if (coreType) return getCounters();
                else return getCounters().map();
            case IrqscopePackage.MACHINE__NOTES:
                return getNotes();
        }
        return super.eGet(featureID, resolve, coreType);
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @SuppressWarnings("unchecked")
    @Override
    public void eSet(int featureID, Object newValue) {
        switch (featureID) {
            case IrqscopePackage.MACHINE__TARGET_URI:
                setTargetUri((String)newValue);
                return;
            case IrqscopePackage.MACHINE__ARCH:
                setArch((Arch)newValue);
                return;
            case IrqscopePackage.MACHINE__INTERRUPT_MODE:
                setInterruptMode((InterruptMode)newValue);
                return;
            case IrqscopePackage.MACHINE__IRQCHIP_LOCATION:
                setIrqchipLocation((IrqchipLocation)newValue);
                return;
            case IrqscopePackage.MACHINE__BACKEND_KIND:
                setBackendKind((BackendKind)newValue);
                return;
            case IrqscopePackage.MACHINE__CAPABILITIES:
                getCapabilities().clear();
                getCapabilities().addAll((Collection<? extends String>)newValue);
                return;
            case IrqscopePackage.MACHINE__SEQUENCE:
                setSequence((Long)newValue);
                return;
            case IrqscopePackage.MACHINE__CAPTURED_AT_MILLIS:
                setCapturedAtMillis((Long)newValue);
                return;
            case IrqscopePackage.MACHINE__VCPUS:
                getVcpus().clear();
                getVcpus().addAll((Collection<? extends Vcpu>)newValue);
                return;
            case IrqscopePackage.MACHINE__SOURCES:
                getSources().clear();
                getSources().addAll((Collection<? extends Source>)newValue);
                return;
            case IrqscopePackage.MACHINE__CONTROLLERS:
                getControllers().clear();
                getControllers().addAll((Collection<? extends Controller>)newValue);
                return;
            case IrqscopePackage.MACHINE__ROUTES:
                getRoutes().clear();
                getRoutes().addAll((Collection<? extends MsiRoute>)newValue);
                return;
            case IrqscopePackage.MACHINE__COUNTERS:
                ((EStructuralFeature.Setting)getCounters()).set(newValue);
                return;
            case IrqscopePackage.MACHINE__NOTES:
                getNotes().clear();
                getNotes().addAll((Collection<? extends String>)newValue);
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
            case IrqscopePackage.MACHINE__TARGET_URI:
                setTargetUri(TARGET_URI_EDEFAULT);
                return;
            case IrqscopePackage.MACHINE__ARCH:
                setArch(ARCH_EDEFAULT);
                return;
            case IrqscopePackage.MACHINE__INTERRUPT_MODE:
                setInterruptMode(INTERRUPT_MODE_EDEFAULT);
                return;
            case IrqscopePackage.MACHINE__IRQCHIP_LOCATION:
                setIrqchipLocation(IRQCHIP_LOCATION_EDEFAULT);
                return;
            case IrqscopePackage.MACHINE__BACKEND_KIND:
                setBackendKind(BACKEND_KIND_EDEFAULT);
                return;
            case IrqscopePackage.MACHINE__CAPABILITIES:
                getCapabilities().clear();
                return;
            case IrqscopePackage.MACHINE__SEQUENCE:
                setSequence(SEQUENCE_EDEFAULT);
                return;
            case IrqscopePackage.MACHINE__CAPTURED_AT_MILLIS:
                setCapturedAtMillis(CAPTURED_AT_MILLIS_EDEFAULT);
                return;
            case IrqscopePackage.MACHINE__VCPUS:
                getVcpus().clear();
                return;
            case IrqscopePackage.MACHINE__SOURCES:
                getSources().clear();
                return;
            case IrqscopePackage.MACHINE__CONTROLLERS:
                getControllers().clear();
                return;
            case IrqscopePackage.MACHINE__ROUTES:
                getRoutes().clear();
                return;
            case IrqscopePackage.MACHINE__COUNTERS:
                getCounters().clear();
                return;
            case IrqscopePackage.MACHINE__NOTES:
                getNotes().clear();
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
            case IrqscopePackage.MACHINE__TARGET_URI:
                return TARGET_URI_EDEFAULT == null ? targetUri != null : !TARGET_URI_EDEFAULT.equals(targetUri);
            case IrqscopePackage.MACHINE__ARCH:
                return arch != ARCH_EDEFAULT;
            case IrqscopePackage.MACHINE__INTERRUPT_MODE:
                return interruptMode != INTERRUPT_MODE_EDEFAULT;
            case IrqscopePackage.MACHINE__IRQCHIP_LOCATION:
                return irqchipLocation != IRQCHIP_LOCATION_EDEFAULT;
            case IrqscopePackage.MACHINE__BACKEND_KIND:
                return backendKind != BACKEND_KIND_EDEFAULT;
            case IrqscopePackage.MACHINE__CAPABILITIES:
                return capabilities != null && !capabilities.isEmpty();
            case IrqscopePackage.MACHINE__SEQUENCE:
                return sequence != SEQUENCE_EDEFAULT;
            case IrqscopePackage.MACHINE__CAPTURED_AT_MILLIS:
                return capturedAtMillis != CAPTURED_AT_MILLIS_EDEFAULT;
            case IrqscopePackage.MACHINE__VCPUS:
                return vcpus != null && !vcpus.isEmpty();
            case IrqscopePackage.MACHINE__SOURCES:
                return sources != null && !sources.isEmpty();
            case IrqscopePackage.MACHINE__CONTROLLERS:
                return controllers != null && !controllers.isEmpty();
            case IrqscopePackage.MACHINE__ROUTES:
                return routes != null && !routes.isEmpty();
            case IrqscopePackage.MACHINE__COUNTERS:
                return counters != null && !counters.isEmpty();
            case IrqscopePackage.MACHINE__NOTES:
                return notes != null && !notes.isEmpty();
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
        result.append(" (targetUri: ");
        result.append(targetUri);
        result.append(", arch: ");
        result.append(arch);
        result.append(", interruptMode: ");
        result.append(interruptMode);
        result.append(", irqchipLocation: ");
        result.append(irqchipLocation);
        result.append(", backendKind: ");
        result.append(backendKind);
        result.append(", capabilities: ");
        result.append(capabilities);
        result.append(", sequence: ");
        result.append(sequence);
        result.append(", capturedAtMillis: ");
        result.append(capturedAtMillis);
        result.append(", notes: ");
        result.append(notes);
        result.append(')');
        return result.toString();
    }

} //MachineImpl
