// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.irqscope.qemu.qmp.QmpClient;
import org.irqscope.qemu.qmp.QmpCommandPolicy;
import org.irqscope.qemu.qmp.QmpException;

/** Starts QEMU guests from {@link QemuProfile}s and connects QMP to them. */
public final class QemuLauncher {
    private final QemuInstallation installation;
    private final DebianKernel kernels;
    private final Duration startTimeout;

    public QemuLauncher(QemuInstallation installation, DebianKernel kernels, Duration startTimeout) {
        this.installation = installation;
        this.kernels = kernels;
        this.startTimeout = startTimeout;
    }

    public static QemuLauncher system() {
        return new QemuLauncher(QemuInstallation.system(), DebianKernel.inUserCache(), Duration.ofSeconds(20));
    }

    public QemuInstallation installation() {
        return installation;
    }

    public DebianKernel kernels() {
        return kernels;
    }

    /** The profile with KVM replaced by TCG when /dev/kvm is not usable here. */
    public QemuProfile resolveAccel(QemuProfile p) {
        if (p.accel().equals("kvm") && !installation.kvmUsable()) {
            return new QemuProfile(p.machine(), p.icMode(), "tcg", p.kernelIrqchip() == null ? null : "off",
                    p.debianKernel(), p.smp(), p.memoryMb(), p.extraAppend());
        }
        return p;
    }

    public LaunchedGuest launch(QemuProfile profile) throws LaunchException {
        var missing = installation.missing(profile.machine());
        if (missing.isPresent()) {
            throw new LaunchException(missing.get(), true);
        }
        Path binary = installation.binary(profile.machine().binary()).orElseThrow();
        Path kernel = profile.debianKernel() ? kernels.findOrFetch(profile.machine()) : null;
        Path dir;
        try {
            dir = Files.createTempDirectory("irqscope-qemu-");
        } catch (IOException e) {
            throw new LaunchException("cannot create a directory for the QMP socket: " + e.getMessage(), e);
        }
        Path socket = dir.resolve("qmp.sock");
        Path console = dir.resolve("console.log");
        Path stderr = dir.resolve("qemu.err");
        List<String> cmd = new ArrayList<>();
        cmd.add(binary.toString());
        cmd.addAll(profile.arguments(socket, console, kernel));
        Process process;
        try {
            process = new ProcessBuilder(cmd).redirectOutput(dir.resolve("qemu.out").toFile())
                    .redirectError(stderr.toFile()).start();
        } catch (IOException e) {
            throw new LaunchException("cannot start " + binary + ": " + e.getMessage(), e);
        }
        long end = System.nanoTime() + startTimeout.toNanos();
        QmpException last = null;
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new LaunchException("QEMU (" + profile.label() + ") exited with code " + process.exitValue()
                        + ": " + tail(stderr), false);
            }
            if (Files.exists(socket)) {
                try {
                    QmpClient qmp = QmpClient.connect(socket, QmpCommandPolicy.owner(), Duration.ofSeconds(5));
                    return new LaunchedGuest(profile, process, qmp, dir, console, Duration.ofSeconds(3));
                } catch (QmpException e) {
                    last = e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
                throw new LaunchException("interrupted while starting QEMU", e);
            }
        }
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new LaunchException("QEMU (" + profile.label() + ") opened no QMP socket within "
                + startTimeout.toSeconds() + " s" + (last == null ? "" : ": " + last.getMessage()) + "; stderr: "
                + tail(stderr), false);
    }

    private static String tail(Path file) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8).strip();
            List<String> lines = s.lines().filter(l -> !l.contains("TCG doesn't support requested feature")).toList();
            String t = String.join(" | ", lines);
            return t.isEmpty() ? "(nothing on stderr)" : t.length() > 600 ? t.substring(t.length() - 600) : t;
        } catch (IOException e) {
            return "(no stderr: " + e.getMessage() + ")";
        }
    }
}
