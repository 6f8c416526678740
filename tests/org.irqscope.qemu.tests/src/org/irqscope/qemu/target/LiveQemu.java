// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irqscope.core.target.TargetRegistry;
import org.irqscope.qemu.launch.QemuInstallation;
import org.irqscope.qemu.launch.QemuProfile;

/** Shared set-up of the live tests: skip with a printed reason only when QEMU itself is absent. */
final class LiveQemu {
    private LiveQemu() {
    }

    static void assumeInstalled(QemuProfile.Machine machine) {
        var missing = QemuInstallation.system().missing(machine);
        if (missing.isPresent()) {
            System.out.println("SKIPPED live test: " + missing.get());
        }
        assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
    }

    static TargetRegistry registry() {
        TargetRegistry r = new TargetRegistry();
        r.register(new QemuTargetProvider());
        r.register(new QmpTargetProvider());
        return r;
    }

    /** User + system CPU time of a process in milliseconds, from /proc/PID/stat (fields 14 and 15, in ticks). */
    static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the command name, field 3 (state) is index 0, so utime (14) is index 11 and stime (15) index 12.
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 1000 / 100;
    }
}
