// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.launch;

/** A guest could not be launched; the message says what is missing or what QEMU said. */
public class LaunchException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean missingFacility;

    public LaunchException(String message, boolean missingFacility) {
        super(message);
        this.missingFacility = missingFacility;
    }

    public LaunchException(String message, Throwable cause) {
        super(message, cause);
        this.missingFacility = false;
    }

    /** True when something is absent on this host (QEMU binary, kernel package, /dev/kvm), not a failure. */
    public boolean missingFacility() {
        return missingFacility;
    }
}
