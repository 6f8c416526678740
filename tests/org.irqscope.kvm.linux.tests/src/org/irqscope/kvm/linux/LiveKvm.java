// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;

/** The live tier's gate: a test that needs /dev/kvm skips, with the reason printed, where it is absent. */
final class LiveKvm {
    private LiveKvm() {
    }

    /** Skips the calling test unless /dev/kvm exists and this user may open it read-write. */
    static void assumeDevKvm() {
        boolean present = Files.exists(LinuxKvm.DEV_KVM);
        String why = !present
                ? "skipped: /dev/kvm is absent on this host"
                : "skipped: no permission on /dev/kvm (add your user to the kvm group)";
        boolean usable = present && Files.isReadable(LinuxKvm.DEV_KVM) && Files.isWritable(LinuxKvm.DEV_KVM);
        if (!usable) {
            System.out.println(why);
        }
        assumeTrue(usable, why);
    }
}
