// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/** Host/guest architecture of a machine under inspection. */
public enum Arch {
    PPC64("ppc64"), X86_64("x86_64"), ARM64("arm64"), S390X("s390x");

    private final String label;

    Arch(String label) {
        this.label = label;
    }

    /** The name users know, as in {@code uname -m} (JSON key value). */
    public String label() {
        return label;
    }
}
