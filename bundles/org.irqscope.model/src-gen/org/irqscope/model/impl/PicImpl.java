// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Pic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pic</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getChip <em>Chip</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getLastIrr <em>Last Irr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getIrr <em>Irr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getImr <em>Imr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getIsr <em>Isr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getPriorityAdd <em>Priority Add</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getIrqBase <em>Irq Base</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getReadRegSelect <em>Read Reg Select</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getPoll <em>Poll</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getSpecialMask <em>Special Mask</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getInitState <em>Init State</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getAutoEoi <em>Auto Eoi</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getRotateOnAutoEoi <em>Rotate On Auto Eoi</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getSpecialFullyNestedMode <em>Special Fully Nested Mode</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getInit4 <em>Init4</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getElcr <em>Elcr</em>}</li>
 *   <li>{@link org.irqscope.model.impl.PicImpl#getElcrMask <em>Elcr Mask</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PicImpl extends ControllerImpl implements Pic {
    /**
     * The default value of the '{@link #getChip() <em>Chip</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getChip()
     * @generated
     * @ordered
     */
    protected static final int CHIP_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getChip() <em>Chip</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getChip()
     * @generated
     * @ordered
     */
    protected int chip = CHIP_EDEFAULT;

    /**
     * The default value of the '{@link #getLastIrr() <em>Last Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getLastIrr()
     * @generated
     * @ordered
     */
    protected static final int LAST_IRR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getLastIrr() <em>Last Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getLastIrr()
     * @generated
     * @ordered
     */
    protected int lastIrr = LAST_IRR_EDEFAULT;

    /**
     * The default value of the '{@link #getIrr() <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrr()
     * @generated
     * @ordered
     */
    protected static final int IRR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIrr() <em>Irr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrr()
     * @generated
     * @ordered
     */
    protected int irr = IRR_EDEFAULT;

    /**
     * The default value of the '{@link #getImr() <em>Imr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getImr()
     * @generated
     * @ordered
     */
    protected static final int IMR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getImr() <em>Imr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getImr()
     * @generated
     * @ordered
     */
    protected int imr = IMR_EDEFAULT;

    /**
     * The default value of the '{@link #getIsr() <em>Isr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIsr()
     * @generated
     * @ordered
     */
    protected static final int ISR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIsr() <em>Isr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIsr()
     * @generated
     * @ordered
     */
    protected int isr = ISR_EDEFAULT;

    /**
     * The default value of the '{@link #getPriorityAdd() <em>Priority Add</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPriorityAdd()
     * @generated
     * @ordered
     */
    protected static final int PRIORITY_ADD_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getPriorityAdd() <em>Priority Add</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPriorityAdd()
     * @generated
     * @ordered
     */
    protected int priorityAdd = PRIORITY_ADD_EDEFAULT;

    /**
     * The default value of the '{@link #getIrqBase() <em>Irq Base</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrqBase()
     * @generated
     * @ordered
     */
    protected static final int IRQ_BASE_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getIrqBase() <em>Irq Base</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getIrqBase()
     * @generated
     * @ordered
     */
    protected int irqBase = IRQ_BASE_EDEFAULT;

    /**
     * The default value of the '{@link #getReadRegSelect() <em>Read Reg Select</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getReadRegSelect()
     * @generated
     * @ordered
     */
    protected static final int READ_REG_SELECT_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getReadRegSelect() <em>Read Reg Select</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getReadRegSelect()
     * @generated
     * @ordered
     */
    protected int readRegSelect = READ_REG_SELECT_EDEFAULT;

    /**
     * The default value of the '{@link #getPoll() <em>Poll</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPoll()
     * @generated
     * @ordered
     */
    protected static final int POLL_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getPoll() <em>Poll</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getPoll()
     * @generated
     * @ordered
     */
    protected int poll = POLL_EDEFAULT;

    /**
     * The default value of the '{@link #getSpecialMask() <em>Special Mask</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSpecialMask()
     * @generated
     * @ordered
     */
    protected static final int SPECIAL_MASK_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getSpecialMask() <em>Special Mask</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSpecialMask()
     * @generated
     * @ordered
     */
    protected int specialMask = SPECIAL_MASK_EDEFAULT;

    /**
     * The default value of the '{@link #getInitState() <em>Init State</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getInitState()
     * @generated
     * @ordered
     */
    protected static final int INIT_STATE_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getInitState() <em>Init State</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getInitState()
     * @generated
     * @ordered
     */
    protected int initState = INIT_STATE_EDEFAULT;

    /**
     * The default value of the '{@link #getAutoEoi() <em>Auto Eoi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getAutoEoi()
     * @generated
     * @ordered
     */
    protected static final int AUTO_EOI_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getAutoEoi() <em>Auto Eoi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getAutoEoi()
     * @generated
     * @ordered
     */
    protected int autoEoi = AUTO_EOI_EDEFAULT;

    /**
     * The default value of the '{@link #getRotateOnAutoEoi() <em>Rotate On Auto Eoi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRotateOnAutoEoi()
     * @generated
     * @ordered
     */
    protected static final int ROTATE_ON_AUTO_EOI_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getRotateOnAutoEoi() <em>Rotate On Auto Eoi</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getRotateOnAutoEoi()
     * @generated
     * @ordered
     */
    protected int rotateOnAutoEoi = ROTATE_ON_AUTO_EOI_EDEFAULT;

    /**
     * The default value of the '{@link #getSpecialFullyNestedMode() <em>Special Fully Nested Mode</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSpecialFullyNestedMode()
     * @generated
     * @ordered
     */
    protected static final int SPECIAL_FULLY_NESTED_MODE_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getSpecialFullyNestedMode() <em>Special Fully Nested Mode</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getSpecialFullyNestedMode()
     * @generated
     * @ordered
     */
    protected int specialFullyNestedMode = SPECIAL_FULLY_NESTED_MODE_EDEFAULT;

    /**
     * The default value of the '{@link #getInit4() <em>Init4</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getInit4()
     * @generated
     * @ordered
     */
    protected static final int INIT4_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getInit4() <em>Init4</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getInit4()
     * @generated
     * @ordered
     */
    protected int init4 = INIT4_EDEFAULT;

    /**
     * The default value of the '{@link #getElcr() <em>Elcr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getElcr()
     * @generated
     * @ordered
     */
    protected static final int ELCR_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getElcr() <em>Elcr</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getElcr()
     * @generated
     * @ordered
     */
    protected int elcr = ELCR_EDEFAULT;

    /**
     * The default value of the '{@link #getElcrMask() <em>Elcr Mask</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getElcrMask()
     * @generated
     * @ordered
     */
    protected static final int ELCR_MASK_EDEFAULT = 0;

    /**
     * The cached value of the '{@link #getElcrMask() <em>Elcr Mask</em>}' attribute.
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @see #getElcrMask()
     * @generated
     * @ordered
     */
    protected int elcrMask = ELCR_MASK_EDEFAULT;

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    protected PicImpl() {
        super();
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    protected EClass eStaticClass() {
        return IrqscopePackage.Literals.PIC;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getChip() {
        return chip;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setChip(int newChip) {
        int oldChip = chip;
        chip = newChip;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__CHIP, oldChip, chip));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getLastIrr() {
        return lastIrr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setLastIrr(int newLastIrr) {
        int oldLastIrr = lastIrr;
        lastIrr = newLastIrr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__LAST_IRR, oldLastIrr, lastIrr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIrr() {
        return irr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIrr(int newIrr) {
        int oldIrr = irr;
        irr = newIrr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__IRR, oldIrr, irr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getImr() {
        return imr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setImr(int newImr) {
        int oldImr = imr;
        imr = newImr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__IMR, oldImr, imr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIsr() {
        return isr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIsr(int newIsr) {
        int oldIsr = isr;
        isr = newIsr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__ISR, oldIsr, isr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPriorityAdd() {
        return priorityAdd;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPriorityAdd(int newPriorityAdd) {
        int oldPriorityAdd = priorityAdd;
        priorityAdd = newPriorityAdd;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__PRIORITY_ADD, oldPriorityAdd, priorityAdd));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getIrqBase() {
        return irqBase;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setIrqBase(int newIrqBase) {
        int oldIrqBase = irqBase;
        irqBase = newIrqBase;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__IRQ_BASE, oldIrqBase, irqBase));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getReadRegSelect() {
        return readRegSelect;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setReadRegSelect(int newReadRegSelect) {
        int oldReadRegSelect = readRegSelect;
        readRegSelect = newReadRegSelect;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__READ_REG_SELECT, oldReadRegSelect, readRegSelect));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getPoll() {
        return poll;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setPoll(int newPoll) {
        int oldPoll = poll;
        poll = newPoll;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__POLL, oldPoll, poll));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getSpecialMask() {
        return specialMask;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setSpecialMask(int newSpecialMask) {
        int oldSpecialMask = specialMask;
        specialMask = newSpecialMask;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__SPECIAL_MASK, oldSpecialMask, specialMask));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getInitState() {
        return initState;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setInitState(int newInitState) {
        int oldInitState = initState;
        initState = newInitState;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__INIT_STATE, oldInitState, initState));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getAutoEoi() {
        return autoEoi;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setAutoEoi(int newAutoEoi) {
        int oldAutoEoi = autoEoi;
        autoEoi = newAutoEoi;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__AUTO_EOI, oldAutoEoi, autoEoi));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getRotateOnAutoEoi() {
        return rotateOnAutoEoi;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setRotateOnAutoEoi(int newRotateOnAutoEoi) {
        int oldRotateOnAutoEoi = rotateOnAutoEoi;
        rotateOnAutoEoi = newRotateOnAutoEoi;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__ROTATE_ON_AUTO_EOI, oldRotateOnAutoEoi, rotateOnAutoEoi));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getSpecialFullyNestedMode() {
        return specialFullyNestedMode;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setSpecialFullyNestedMode(int newSpecialFullyNestedMode) {
        int oldSpecialFullyNestedMode = specialFullyNestedMode;
        specialFullyNestedMode = newSpecialFullyNestedMode;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__SPECIAL_FULLY_NESTED_MODE, oldSpecialFullyNestedMode, specialFullyNestedMode));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getInit4() {
        return init4;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setInit4(int newInit4) {
        int oldInit4 = init4;
        init4 = newInit4;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__INIT4, oldInit4, init4));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getElcr() {
        return elcr;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setElcr(int newElcr) {
        int oldElcr = elcr;
        elcr = newElcr;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__ELCR, oldElcr, elcr));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public int getElcrMask() {
        return elcrMask;
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public void setElcrMask(int newElcrMask) {
        int oldElcrMask = elcrMask;
        elcrMask = newElcrMask;
        if (eNotificationRequired())
            eNotify(new ENotificationImpl(this, Notification.SET, IrqscopePackage.PIC__ELCR_MASK, oldElcrMask, elcrMask));
    }

    /**
     * <!-- begin-user-doc -->
     * <!-- end-user-doc -->
     * @generated
     */
    @Override
    public Object eGet(int featureID, boolean resolve, boolean coreType) {
        switch (featureID) {
            case IrqscopePackage.PIC__CHIP:
                return getChip();
            case IrqscopePackage.PIC__LAST_IRR:
                return getLastIrr();
            case IrqscopePackage.PIC__IRR:
                return getIrr();
            case IrqscopePackage.PIC__IMR:
                return getImr();
            case IrqscopePackage.PIC__ISR:
                return getIsr();
            case IrqscopePackage.PIC__PRIORITY_ADD:
                return getPriorityAdd();
            case IrqscopePackage.PIC__IRQ_BASE:
                return getIrqBase();
            case IrqscopePackage.PIC__READ_REG_SELECT:
                return getReadRegSelect();
            case IrqscopePackage.PIC__POLL:
                return getPoll();
            case IrqscopePackage.PIC__SPECIAL_MASK:
                return getSpecialMask();
            case IrqscopePackage.PIC__INIT_STATE:
                return getInitState();
            case IrqscopePackage.PIC__AUTO_EOI:
                return getAutoEoi();
            case IrqscopePackage.PIC__ROTATE_ON_AUTO_EOI:
                return getRotateOnAutoEoi();
            case IrqscopePackage.PIC__SPECIAL_FULLY_NESTED_MODE:
                return getSpecialFullyNestedMode();
            case IrqscopePackage.PIC__INIT4:
                return getInit4();
            case IrqscopePackage.PIC__ELCR:
                return getElcr();
            case IrqscopePackage.PIC__ELCR_MASK:
                return getElcrMask();
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
            case IrqscopePackage.PIC__CHIP:
                setChip((Integer)newValue);
                return;
            case IrqscopePackage.PIC__LAST_IRR:
                setLastIrr((Integer)newValue);
                return;
            case IrqscopePackage.PIC__IRR:
                setIrr((Integer)newValue);
                return;
            case IrqscopePackage.PIC__IMR:
                setImr((Integer)newValue);
                return;
            case IrqscopePackage.PIC__ISR:
                setIsr((Integer)newValue);
                return;
            case IrqscopePackage.PIC__PRIORITY_ADD:
                setPriorityAdd((Integer)newValue);
                return;
            case IrqscopePackage.PIC__IRQ_BASE:
                setIrqBase((Integer)newValue);
                return;
            case IrqscopePackage.PIC__READ_REG_SELECT:
                setReadRegSelect((Integer)newValue);
                return;
            case IrqscopePackage.PIC__POLL:
                setPoll((Integer)newValue);
                return;
            case IrqscopePackage.PIC__SPECIAL_MASK:
                setSpecialMask((Integer)newValue);
                return;
            case IrqscopePackage.PIC__INIT_STATE:
                setInitState((Integer)newValue);
                return;
            case IrqscopePackage.PIC__AUTO_EOI:
                setAutoEoi((Integer)newValue);
                return;
            case IrqscopePackage.PIC__ROTATE_ON_AUTO_EOI:
                setRotateOnAutoEoi((Integer)newValue);
                return;
            case IrqscopePackage.PIC__SPECIAL_FULLY_NESTED_MODE:
                setSpecialFullyNestedMode((Integer)newValue);
                return;
            case IrqscopePackage.PIC__INIT4:
                setInit4((Integer)newValue);
                return;
            case IrqscopePackage.PIC__ELCR:
                setElcr((Integer)newValue);
                return;
            case IrqscopePackage.PIC__ELCR_MASK:
                setElcrMask((Integer)newValue);
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
            case IrqscopePackage.PIC__CHIP:
                setChip(CHIP_EDEFAULT);
                return;
            case IrqscopePackage.PIC__LAST_IRR:
                setLastIrr(LAST_IRR_EDEFAULT);
                return;
            case IrqscopePackage.PIC__IRR:
                setIrr(IRR_EDEFAULT);
                return;
            case IrqscopePackage.PIC__IMR:
                setImr(IMR_EDEFAULT);
                return;
            case IrqscopePackage.PIC__ISR:
                setIsr(ISR_EDEFAULT);
                return;
            case IrqscopePackage.PIC__PRIORITY_ADD:
                setPriorityAdd(PRIORITY_ADD_EDEFAULT);
                return;
            case IrqscopePackage.PIC__IRQ_BASE:
                setIrqBase(IRQ_BASE_EDEFAULT);
                return;
            case IrqscopePackage.PIC__READ_REG_SELECT:
                setReadRegSelect(READ_REG_SELECT_EDEFAULT);
                return;
            case IrqscopePackage.PIC__POLL:
                setPoll(POLL_EDEFAULT);
                return;
            case IrqscopePackage.PIC__SPECIAL_MASK:
                setSpecialMask(SPECIAL_MASK_EDEFAULT);
                return;
            case IrqscopePackage.PIC__INIT_STATE:
                setInitState(INIT_STATE_EDEFAULT);
                return;
            case IrqscopePackage.PIC__AUTO_EOI:
                setAutoEoi(AUTO_EOI_EDEFAULT);
                return;
            case IrqscopePackage.PIC__ROTATE_ON_AUTO_EOI:
                setRotateOnAutoEoi(ROTATE_ON_AUTO_EOI_EDEFAULT);
                return;
            case IrqscopePackage.PIC__SPECIAL_FULLY_NESTED_MODE:
                setSpecialFullyNestedMode(SPECIAL_FULLY_NESTED_MODE_EDEFAULT);
                return;
            case IrqscopePackage.PIC__INIT4:
                setInit4(INIT4_EDEFAULT);
                return;
            case IrqscopePackage.PIC__ELCR:
                setElcr(ELCR_EDEFAULT);
                return;
            case IrqscopePackage.PIC__ELCR_MASK:
                setElcrMask(ELCR_MASK_EDEFAULT);
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
            case IrqscopePackage.PIC__CHIP:
                return chip != CHIP_EDEFAULT;
            case IrqscopePackage.PIC__LAST_IRR:
                return lastIrr != LAST_IRR_EDEFAULT;
            case IrqscopePackage.PIC__IRR:
                return irr != IRR_EDEFAULT;
            case IrqscopePackage.PIC__IMR:
                return imr != IMR_EDEFAULT;
            case IrqscopePackage.PIC__ISR:
                return isr != ISR_EDEFAULT;
            case IrqscopePackage.PIC__PRIORITY_ADD:
                return priorityAdd != PRIORITY_ADD_EDEFAULT;
            case IrqscopePackage.PIC__IRQ_BASE:
                return irqBase != IRQ_BASE_EDEFAULT;
            case IrqscopePackage.PIC__READ_REG_SELECT:
                return readRegSelect != READ_REG_SELECT_EDEFAULT;
            case IrqscopePackage.PIC__POLL:
                return poll != POLL_EDEFAULT;
            case IrqscopePackage.PIC__SPECIAL_MASK:
                return specialMask != SPECIAL_MASK_EDEFAULT;
            case IrqscopePackage.PIC__INIT_STATE:
                return initState != INIT_STATE_EDEFAULT;
            case IrqscopePackage.PIC__AUTO_EOI:
                return autoEoi != AUTO_EOI_EDEFAULT;
            case IrqscopePackage.PIC__ROTATE_ON_AUTO_EOI:
                return rotateOnAutoEoi != ROTATE_ON_AUTO_EOI_EDEFAULT;
            case IrqscopePackage.PIC__SPECIAL_FULLY_NESTED_MODE:
                return specialFullyNestedMode != SPECIAL_FULLY_NESTED_MODE_EDEFAULT;
            case IrqscopePackage.PIC__INIT4:
                return init4 != INIT4_EDEFAULT;
            case IrqscopePackage.PIC__ELCR:
                return elcr != ELCR_EDEFAULT;
            case IrqscopePackage.PIC__ELCR_MASK:
                return elcrMask != ELCR_MASK_EDEFAULT;
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
        result.append(" (chip: ");
        result.append(chip);
        result.append(", lastIrr: ");
        result.append(lastIrr);
        result.append(", irr: ");
        result.append(irr);
        result.append(", imr: ");
        result.append(imr);
        result.append(", isr: ");
        result.append(isr);
        result.append(", priorityAdd: ");
        result.append(priorityAdd);
        result.append(", irqBase: ");
        result.append(irqBase);
        result.append(", readRegSelect: ");
        result.append(readRegSelect);
        result.append(", poll: ");
        result.append(poll);
        result.append(", specialMask: ");
        result.append(specialMask);
        result.append(", initState: ");
        result.append(initState);
        result.append(", autoEoi: ");
        result.append(autoEoi);
        result.append(", rotateOnAutoEoi: ");
        result.append(rotateOnAutoEoi);
        result.append(", specialFullyNestedMode: ");
        result.append(specialFullyNestedMode);
        result.append(", init4: ");
        result.append(init4);
        result.append(", elcr: ");
        result.append(elcr);
        result.append(", elcrMask: ");
        result.append(elcrMask);
        result.append(')');
        return result.toString();
    }

} //PicImpl
