// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The live tier's gate: skips, printing why, where /dev/kvm is absent or not permitted. */
public final class LiveKvmGate {
    private LiveKvmGate() {
    }

    public static void assumeDevKvm() {
        Path dev = Path.of("/dev/kvm");
        boolean present = Files.exists(dev);
        boolean usable = present && Files.isReadable(dev) && Files.isWritable(dev);
        String why = !present
                ? "skipped: /dev/kvm is absent on this host"
                : "skipped: no permission on /dev/kvm (add your user to the kvm group)";
        if (!usable) {
            System.out.println(why);
        }
        assumeTrue(usable, why);
    }
}
