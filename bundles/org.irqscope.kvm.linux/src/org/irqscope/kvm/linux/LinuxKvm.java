// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.sun.jna.LastErrorException;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.Kvm;
import org.irqscope.kvm.KvmArch;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIoctl;
import org.irqscope.kvm.KvmVm;

/**
 * The kernel's KVM through {@code /dev/kvm} and JNA. Opening checks the API version (12 since Linux 2.6.22) and
 * learns the size of the per-vCPU {@code kvm_run} mapping once.
 *
 * <p>Opening fails with a {@link KvmException} for {@link KvmException#OPEN_DEV_KVM} whose message says what to
 * do: ENOENT (no KVM on this host), EACCES (add the user to the kvm group).
 */
public final class LinuxKvm implements Kvm {
    /** The device node KVM registers. */
    public static final Path DEV_KVM = Path.of("/dev/kvm");
    /** {@code KVM_API_VERSION} of include/uapi/linux/kvm.h; no other value has ever shipped. */
    static final int API_VERSION = 12;

    private final Path device;
    private final KvmArch arch;
    private final KvmFileDescriptor system;
    private final int vcpuMmapSize;
    private final List<LinuxKvmVm> vms = new ArrayList<>();
    private boolean closed;

    private LinuxKvm(Path device, KvmArch arch, KvmFileDescriptor system, int vcpuMmapSize) {
        this.device = device;
        this.arch = arch;
        this.system = system;
        this.vcpuMmapSize = vcpuMmapSize;
    }

    /** Opens {@code /dev/kvm}. */
    public static LinuxKvm open() {
        return open(DEV_KVM);
    }

    /**
     * Opens the KVM device node at {@code device} (tests point this at a missing or unreadable file to see the
     * messages users get).
     *
     * @throws KvmException for {@link KvmException#OPEN_DEV_KVM} with the errno of open(2), or for
     *         KVM_GET_API_VERSION when the node is not KVM
     */
    public static LinuxKvm open(Path device) {
        KvmArch arch = KvmArch.host().orElseThrow(() -> new KvmException(KvmException.OPEN_DEV_KVM,
                Errno.ENOENT, "looking for KVM on " + System.getProperty("os.arch")
                        + ", an architecture without KVM support here"));
        int fd;
        try {
            fd = LibC.open(device.toString(), LibC.O_RDWR | LibC.O_CLOEXEC);
        } catch (LastErrorException e) {
            throw new KvmException(KvmException.OPEN_DEV_KVM, e.getErrorCode(), "opening " + device);
        }
        KvmFileDescriptor system = new KvmFileDescriptor(fd, arch);
        try {
            int version = system.callValue(KvmIoctl.GET_API_VERSION, 0, "asking " + device + " for its API version");
            if (version != API_VERSION) {
                throw new KvmException(KvmIoctl.GET_API_VERSION.ioctlName(), Errno.EINVAL, device
                        + " speaks KVM API version " + version + " but irqscope speaks version " + API_VERSION);
            }
            int mmapSize = system.callValue(KvmIoctl.GET_VCPU_MMAP_SIZE, 0, "sizing the kvm_run mapping");
            return new LinuxKvm(device, arch, system, mmapSize);
        } catch (KvmException e) {
            system.close();
            throw e;
        }
    }

    @Override
    public KvmArch arch() {
        return arch;
    }

    @Override
    public int apiVersion() {
        return system.callValue(KvmIoctl.GET_API_VERSION, 0, null);
    }

    @Override
    public int checkExtension(int cap) {
        return system.callValue(KvmIoctl.CHECK_EXTENSION, cap, "checking capability " + cap);
    }

    @Override
    public synchronized KvmVm createVm() {
        if (closed) {
            throw new IllegalStateException("this KVM (" + device + ") is closed");
        }
        int fd = system.callValue(KvmIoctl.CREATE_VM, 0, "creating a VM");
        LinuxKvmVm vm = new LinuxKvmVm(this, new KvmFileDescriptor(fd, arch));
        vms.add(vm);
        return vm;
    }

    int vcpuMmapSize() {
        return vcpuMmapSize;
    }

    synchronized void forget(LinuxKvmVm vm) {
        vms.remove(vm);
    }

    @Override
    public String describe() {
        return "Linux KVM " + System.getProperty("os.version", "") + " on "
                + arch.name().toLowerCase(java.util.Locale.ROOT) + " (" + device + ")";
    }

    @Override
    public void close() {
        List<LinuxKvmVm> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(vms);
        }
        for (LinuxKvmVm vm : open) {
            vm.close();
        }
        system.close();
    }
}
