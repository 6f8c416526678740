// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

/**
 * A device region mapped into this process (XIVE ESB or TIMA, ABI fact page §3.2–§3.6). Every access is an explicit
 * load or store of 1, 2, 4 or 8 bytes, because the access itself is the operation: an ESB load at 0x800 reads PQ, a
 * load at 0xC00 sets PQ to 00, a 2-byte TIMA load at 0x810 acknowledges an interrupt.
 *
 * <p>Values are register values: XIVE MMIO is big-endian, and the backend converts, so {@code load(off, 8)} on an
 * ESB management page returns the PQ bits in the low bits of the result whatever the host's byte order. Closing
 * unmaps the region.
 */
public interface KvmMappedRegion extends AutoCloseable {
    /** Which region this is. */
    KvmDeviceRegion kind();

    /** Mapped length in bytes. */
    long length();

    /**
     * A load of {@code size} bytes at {@code offset}, zero-extended.
     *
     * @throws IllegalArgumentException for a size other than 1, 2, 4, 8, an unaligned or out-of-range offset
     * @throws KvmException when the device refuses the access (the kernel's SIGBUS on an unbacked page)
     */
    long load(long offset, int size);

    /**
     * A store of the low {@code size} bytes of {@code value} at {@code offset}.
     *
     * @throws IllegalArgumentException for a size other than 1, 2, 4, 8, an unaligned or out-of-range offset
     * @throws KvmException when the device refuses the access
     */
    void store(long offset, int size, long value);

    /** Unmaps the region; later accesses throw {@link IllegalStateException}. */
    @Override
    void close();
}
