// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * An in-kernel device created with KVM_CREATE_DEVICE: XICS, XIVE, vGIC, FLIC, MPIC (ABI fact page §1–§7).
 *
 * <p>Device state is read and written as attributes ({@code struct kvm_device_attr}: group, attribute, and a
 * pointer to the value): u64 values through {@link #getAttr(int, long)}, structures through the
 * {@link ByteBuffer} variants. XIVE's ESB and TIMA are mapped regions accessed by explicit loads and stores
 * ({@link #region}). Closing the fd releases the device (Linux ≥ 5.2; how a XICS⇄XIVE flip works, §4).
 */
public interface KvmDevice extends AutoCloseable {
    /** The {@link KvmDeviceType} it was created with. */
    int type();

    /**
     * The device fd number (what KVM_ENABLE_CAP's args[0] carries to connect a vCPU). A software backend
     * returns a number unique within its VM.
     */
    int fd();

    /**
     * KVM_GET_DEVICE_ATTR of a u64 value.
     *
     * @throws KvmException ENXIO for an unknown group/attribute, EBUSY while a vCPU runs (vGIC), EINVAL when the
     *         attribute is write-only (XIVE GRP_SOURCE) or its value is not a u64
     */
    long getAttr(int group, long attr);

    /**
     * KVM_GET_DEVICE_ATTR of a structure: KVM writes into {@code out} from its position up to its limit (e.g. 64
     * bytes of {@code kvm_ppc_xive_eq}); the position advances past what was written.
     */
    void getAttr(int group, long attr, ByteBuffer out);

    /** KVM_SET_DEVICE_ATTR of a u64 value. */
    void setAttr(int group, long attr, long value);

    /**
     * KVM_SET_DEVICE_ATTR of a structure (or of no value, for control attributes: pass an empty buffer): KVM reads
     * {@code in} from its position to its limit; the position advances.
     */
    void setAttr(int group, long attr, ByteBuffer in);

    /** KVM_HAS_DEVICE_ATTR: whether the device knows the attribute (false where KVM answers ENXIO). */
    boolean hasAttr(int group, long attr);

    /**
     * A region of the device, mapped once: the first call maps {@code length} bytes at the region's page offset;
     * later calls return that same mapping until it is closed.
     *
     * @return empty when this device type has no such region
     * @throws IllegalArgumentException when a later call asks for more bytes than the existing mapping has
     * @throws KvmException when the mapping fails
     */
    Optional<KvmMappedRegion> region(KvmDeviceRegion region, long length);

    /** {@link #region(KvmDeviceRegion, long)} with the region's {@link KvmDeviceRegion#defaultLength()}. */
    default Optional<KvmMappedRegion> region(KvmDeviceRegion region) {
        return region(region, region.defaultLength());
    }

    /** Unmaps the regions and closes the device fd, releasing the device. Idempotent. */
    @Override
    void close();
}
