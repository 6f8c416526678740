// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the QEMU binaries are and whether KVM is usable here. */
public final class QemuInstallation {
    private final String searchPath;
    private final Path kvmDevice;

    public QemuInstallation(String searchPath, Path kvmDevice) {
        this.searchPath = searchPath == null ? "" : searchPath;
        this.kvmDevice = kvmDevice;
    }

    /** This process's PATH and /dev/kvm. */
    public static QemuInstallation system() {
        return new QemuInstallation(System.getenv("PATH"), Path.of("/dev/kvm"));
    }

    public Optional<Path> binary(String name) {
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Empty when the machine's binary exists, otherwise what to install. */
    public Optional<String> missing(QemuProfile.Machine machine) {
        if (binary(machine.binary()).isPresent()) {
            return Optional.empty();
        }
        String pkg = machine == QemuProfile.Machine.X86_Q35 ? "qemu-system-x86" : "qemu-system-ppc";
        return Optional.of(machine.binary() + " is not installed (on PATH); install the " + pkg + " package");
    }

    /** /dev/kvm exists and this process may open it read-write. */
    public boolean kvmUsable() {
        return kvmDevice != null && Files.isReadable(kvmDevice) && Files.isWritable(kvmDevice);
    }
}
