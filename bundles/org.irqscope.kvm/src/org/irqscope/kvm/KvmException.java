// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.util.Optional;
import java.util.Set;

/**
 * A KVM operation failed with an errno. Carries the operation (an ioctl name such as {@code KVM_GET_IRQCHIP}, or
 * {@code open /dev/kvm}, {@code mmap}), the errno number and symbol, and a message that says what the error means for
 * that operation in the user's words.
 *
 * <p>Unchecked on purpose: every one of the dozens of calls on {@link Kvm}, {@link KvmVm}, {@link KvmVcpu} and
 * {@link KvmDevice} can fail with an errno, the callers that can do something about it are few (readers that fall
 * back, the UI that shows the message), and a checked exception would have to be re-wrapped in every lambda of the
 * readers and jobs. Catch it where the error is shown or a fallback exists; switch on {@link #errno()}.
 *
 * <p>Both backends throw it: the JNA backend with the errno the kernel set, the software backend with the errno
 * the kernel would return in the same situation, so callers handle one exception type.
 */
public class KvmException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** ioctls issued on a vCPU fd; they take the vCPU mutex. */
    private static final Set<String> VCPU_IOCTLS = Set.of("KVM_RUN", "KVM_GET_REGS", "KVM_SET_REGS", "KVM_GET_SREGS",
            "KVM_SET_SREGS", "KVM_GET_LAPIC", "KVM_SET_LAPIC", "KVM_GET_ONE_REG", "KVM_SET_ONE_REG",
            "KVM_GET_MP_STATE", "KVM_SET_MP_STATE", "KVM_GET_VCPU_EVENTS", "KVM_SET_VCPU_EVENTS", "KVM_INTERRUPT",
            "KVM_S390_IRQ", "KVM_S390_GET_IRQ_STATE", "KVM_S390_SET_IRQ_STATE");
    private static final Set<String> DEVICE_ATTR_IOCTLS = Set.of("KVM_GET_DEVICE_ATTR", "KVM_SET_DEVICE_ATTR",
            "KVM_HAS_DEVICE_ATTR");
    /** The operation name used for opening the KVM device node. */
    public static final String OPEN_DEV_KVM = "open /dev/kvm";

    private final String operation;
    private final int errnoNumber;

    /**
     * @param operation the ioctl or system call that failed, e.g. {@code KVM_GET_IRQCHIP}
     * @param errno the errno number (positive, or the kernel's negative return value)
     */
    public KvmException(String operation, int errno) {
        this(operation, errno, null);
    }

    /**
     * @param operation the ioctl or system call that failed
     * @param errno the errno number (positive or negative)
     * @param context what was being done, in user words (e.g. "reading XICS source 0x1000"); may be null
     */
    public KvmException(String operation, int errno, String context) {
        super(message(operation, Math.abs(errno), context));
        this.operation = operation;
        this.errnoNumber = Math.abs(errno);
    }

    /** @see #KvmException(String, int, String) */
    public KvmException(String operation, Errno errno, String context) {
        this(operation, errno.number(), context);
    }

    /** The failed operation: an ioctl name such as {@code KVM_SET_DEVICE_ATTR}, or a system call. */
    public String operation() {
        return operation;
    }

    /** The positive errno number. */
    public int errnoNumber() {
        return errnoNumber;
    }

    /** The errno, when it is one {@link Errno} names. */
    public Optional<Errno> errno() {
        return Errno.of(errnoNumber);
    }

    /** The symbolic errno name, e.g. {@code EBUSY}, or "errno N". */
    public String errnoSymbol() {
        return Errno.symbol(errnoNumber);
    }

    /** True when this is the given errno. */
    public boolean is(Errno e) {
        return e.number() == errnoNumber;
    }

    /** What the errno means for this operation, without the operation and errno prefix. */
    public String explanation() {
        return explain(operation, errnoNumber);
    }

    private static String message(String operation, int errno, String context) {
        StringBuilder sb = new StringBuilder();
        sb.append(operation).append(" failed with ").append(Errno.symbol(errno));
        if (context != null && !context.isBlank()) {
            sb.append(" while ").append(context);
        }
        sb.append(": ").append(explain(operation, errno));
        return sb.toString();
    }

    /**
     * The meaning of an errno for an operation, in user words. Facts from the ABI fact page
     * (../shared/docs/kvm-interrupt-abi.md §0, §2.4, §3.1, §4, §6, §7).
     */
    static String explain(String operation, int errno) {
        boolean vcpu = VCPU_IOCTLS.contains(operation);
        boolean attr = DEVICE_ATTR_IOCTLS.contains(operation);
        boolean open = OPEN_DEV_KVM.equals(operation);
        Optional<Errno> known = Errno.of(errno);
        if (known.isEmpty()) {
            return "the kernel returned an error this tool does not know (errno " + errno + ")";
        }
        return switch (known.get()) {
            case EIO -> "the VM's fds belong to another process; KVM refuses ioctls from any process but the VM's"
                    + " creator (read an attached VM through its VMM instead)";
            case EBUSY -> {
                if (operation.equals("KVM_ENABLE_CAP")) {
                    yield "the vCPU is already connected to an interrupt controller (a vCPU has exactly one;"
                            + " close the other device first) or the controller is busy";
                }
                if (attr) {
                    yield "the device is busy: a vCPU is running (pause the VM first), or the setting can only be"
                            + " changed before the first vCPU is connected";
                }
                if (vcpu) {
                    yield "the vCPU is running; pause it first";
                }
                yield "the resource is busy (a vCPU may be running; pause the VM and retry)";
            }
            case ENXIO -> {
                if (operation.equals("KVM_GET_IRQCHIP") || operation.equals("KVM_SET_IRQCHIP")) {
                    yield "irqchip is split or absent: the PIC/IOAPIC can only be read when the whole irqchip is"
                            + " in the kernel (KVM_CREATE_IRQCHIP, not kernel-irqchip=split)";
                }
                if (operation.equals("KVM_ENABLE_CAP")) {
                    yield "the host cannot connect this vCPU to that interrupt controller (XIVE needs a POWER9 or"
                            + " newer host running KVM in hypervisor mode)";
                }
                if (attr) {
                    yield "the device has no such attribute (unknown group or attribute, a source that does not"
                            + " exist, or a target event queue that is not configured yet)";
                }
                if (operation.equals("mmap")) {
                    yield "the device has no region at that page offset";
                }
                yield "no such device or address";
            }
            case EACCES -> open
                    ? "permission denied on /dev/kvm: add your user to the kvm group and log in again"
                    : "permission denied";
            case ENOENT -> open
                    ? "no KVM on this host: /dev/kvm does not exist (enable virtualization in the"
                            + " firmware and load the kvm modules, or use the software KVM)"
                    : "no such entry (the object it names does not exist)";
            case ENODEV -> operation.equals("KVM_CREATE_DEVICE")
                    ? "this host's KVM does not offer that device type (x86 KVM offers only VFIO; XICS, XIVE and"
                            + " vGIC exist only on their own hosts; use the software KVM)"
                    : "no such device";
            case EEXIST -> switch (operation) {
                case "KVM_CREATE_DEVICE" -> "the VM already has an interrupt controller device of that kind (one"
                        + " XICS, XIVE or MPIC per VM; before Linux 5.2 a closed device cannot be created again)";
                case "KVM_CREATE_VCPU" -> "a vCPU with that id already exists";
                case "KVM_CREATE_IRQCHIP" -> "the VM already has an in-kernel irqchip";
                default -> "it already exists";
            };
            case EPERM -> operation.equals("KVM_ENABLE_CAP")
                    ? "the device fd given is not this VM's interrupt controller"
                    : "operation not permitted";
            case ENOSPC -> operation.equals("KVM_ENABLE_CAP")
                    ? "the interrupt controller has no free virtual processor for this vCPU (raise NR_SERVERS or"
                            + " use fewer vCPUs)"
                    : "no space left for another entry";
            case E2BIG -> attr
                    ? "the source number is beyond the range the device supports"
                    : "the argument is too large";
            case EINVAL -> "KVM rejected an argument of " + operation + " as invalid (a value out of range, an"
                    + " inconsistent state, or a request this VM's configuration does not support)";
            case EINTR -> "interrupted by a signal before it finished (a pause request or a dying thread); retry";
            case EFAULT -> "KVM could not read or write the memory it was given (a bad buffer address)";
            case ENOMEM -> "the kernel ran out of memory, or the buffer given was too small (retry with a larger"
                    + " one)";
            case ENOTTY -> "this KVM does not know " + operation + " (older kernel or another architecture)";
            case EOPNOTSUPP, ENOSYS -> operation + " is not supported by this KVM";
            case EAGAIN -> "the resource is temporarily unavailable; retry";
            case EBADF -> "the file descriptor is closed or invalid";
            case EMFILE -> "this process has too many open files";
            case ESRCH -> "no such process";
        };
    }
}
