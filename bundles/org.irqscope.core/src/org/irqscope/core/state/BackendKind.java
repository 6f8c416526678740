// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/** Which kind of backend produced a state. */
public enum BackendKind {
    /** A VM irqscope owns through the real /dev/kvm. */
    LINUX_KVM("kvm"),
    /** A VM irqscope owns on the software KVM devices. */
    SOFT_KVM("soft"),
    /** A QEMU guest read over QMP. */
    QEMU_QMP("qmp"),
    /** A state loaded from a file. */
    FILE("file");

    private final String label;

    BackendKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
