// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

/**
 * The KVM system: what {@code /dev/kvm} is. Two implementations share this API: {@code LinuxKvm} (the kernel,
 * through JNA) and {@code SoftKvm} (software interrupt-controller devices with KVM's ABI, byte for byte).
 *
 * <p>Errors are {@link KvmException}s carrying the ioctl name and errno; a software backend throws the errno the
 * kernel would return in the same situation. Closing closes every VM created through this object.
 */
public interface Kvm extends AutoCloseable {
    /** The architecture whose ABI this KVM speaks (ioctl numbers, structure layouts, device types). */
    KvmArch arch();

    /** KVM_GET_API_VERSION; always 12 on any kernel since 2.6.22. */
    default int apiVersion() {
        return 12;
    }

    /**
     * KVM_CHECK_EXTENSION on the system fd.
     *
     * @param cap a {@link KvmCap} number
     * @return 0 when absent; 1 or a capability-specific value (e.g. a count) when present
     */
    int checkExtension(int cap);

    /** KVM_CREATE_VM with the default machine type. */
    KvmVm createVm();

    /** A line for users, e.g. "Linux KVM 6.1.0 on x86_64 (/dev/kvm)" or "software KVM (XICS, XIVE) on ppc64". */
    String describe();

    /** Closes every VM of this KVM and the system fd. Idempotent. */
    @Override
    void close();
}
