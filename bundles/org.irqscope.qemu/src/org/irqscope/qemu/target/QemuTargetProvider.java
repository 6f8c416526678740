// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetUri;
import org.irqscope.qemu.launch.QemuLauncher;
import org.irqscope.qemu.launch.QemuProfile;

/**
 * {@code qemu:pseries?ic-mode=xive|xics|dual&kernel=debian|none}, {@code qemu:x86?accel=kvm|tcg&kernel-irqchip=
 * on|split|off&kernel=debian|none}, {@code qemu:powernv9}; also {@code smp=N} and {@code mem=MiB}. Launches the
 * guest and stops it when the target closes.
 */
public final class QemuTargetProvider implements TargetProvider {
    private static final Set<String> KEYS = Set.of("ic-mode", "kernel", "accel", "kernel-irqchip", "smp", "mem",
            "boot-timeout");

    private final QemuLauncher launcher;

    public QemuTargetProvider(QemuLauncher launcher) {
        this.launcher = launcher;
    }

    public QemuTargetProvider() {
        this(QemuLauncher.system());
    }

    @Override
    public String scheme() {
        return "qemu";
    }

    @Override
    public String usage() {
        return "qemu:pseries?ic-mode=xive|xics|dual&kernel=debian, qemu:x86?accel=kvm|tcg&kernel-irqchip=on|split"
                + "&kernel=debian, qemu:powernv9  launch a QEMU guest";
    }

    @Override
    public Optional<String> unavailableReason() {
        var x86 = launcher.installation().missing(QemuProfile.Machine.X86_Q35);
        var ppc = launcher.installation().missing(QemuProfile.Machine.PSERIES);
        if (x86.isPresent() && ppc.isPresent()) {
            return Optional.of("QEMU is not installed: " + x86.get() + "; " + ppc.get());
        }
        return Optional.empty();
    }

    @Override
    public Target open(TargetUri uri) throws TargetException {
        QemuProfile p = profile(uri);
        var missing = launcher.installation().missing(p.machine());
        if (missing.isPresent()) {
            throw new TargetException(TargetException.Kind.UNAVAILABLE, uri.text() + ": " + missing.get());
        }
        int boot = uri.intParameter("boot-timeout", 90, 5, 600);
        return QemuTarget.launch(uri.text(), launcher, launcher.resolveAccel(p), Duration.ofSeconds(boot));
    }

    /** The launch profile a URI asks for; wrong values are INVALID_ARGUMENT naming the parameter. */
    public QemuProfile profile(TargetUri uri) throws TargetException {
        for (String key : uri.parameters().keySet()) {
            if (!KEYS.contains(key)) {
                throw TargetException.invalid("target '" + uri.text() + "': unknown parameter '" + key + "' (known: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)) + ")");
            }
        }
        String kernel = uri.parameter("kernel", "none");
        if (!kernel.equals("debian") && !kernel.equals("none")) {
            throw TargetException.invalid("target '" + uri.text() + "': kernel must be debian or none, not " + kernel);
        }
        boolean debian = kernel.equals("debian");
        int smp = uri.intParameter("smp", 2, 1, 64);
        int mem = uri.intParameter("mem", 1024, 256, 65536);
        try {
            return switch (uri.path()) {
                case "pseries" -> {
                    if (uri.parameter("accel", "tcg").equals("kvm")) {
                        throw TargetException.invalid("target '" + uri.text() + "': pseries runs under TCG here; "
                                + "KVM for pseries needs a POWER host");
                    }
                    yield new QemuProfile(QemuProfile.Machine.PSERIES, uri.parameter("ic-mode", "xive"), "tcg",
                            uri.parameters().get("kernel-irqchip"), debian, smp, mem, "");
                }
                case "x86", "q35" -> new QemuProfile(QemuProfile.Machine.X86_Q35, null,
                        uri.parameter("accel", "kvm"), uri.parameters().get("kernel-irqchip"), debian, smp, mem, "");
                case "powernv9" -> {
                    if (debian) {
                        throw TargetException.invalid("target '" + uri.text() + "': powernv9 boots firmware only");
                    }
                    yield new QemuProfile(QemuProfile.Machine.POWERNV9, null, "tcg", null, false, 1,
                            Math.max(mem, 2048), "");
                }
                default -> throw TargetException.invalid("target '" + uri.text() + "': unknown machine '" + uri.path()
                        + "'; expected pseries, x86 or powernv9");
            };
        } catch (IllegalArgumentException e) {
            throw TargetException.invalid("target '" + uri.text() + "': " + e.getMessage());
        }
    }
}
