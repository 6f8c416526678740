// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.launch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What to launch: the machine, its interrupt-controller options, the accelerator and whether to boot Debian's kernel.
 * A guest with a kernel and {@code root=/dev/vda rootwait} but no disk stays alive in "Waiting for root device" with
 * its interrupt controllers configured by Linux, which is exactly the state worth inspecting.
 *
 * @param icMode pseries only: "xics", "xive" or "dual"
 * @param accel "kvm" or "tcg"
 * @param kernelIrqchip "on", "split", "off" or null for QEMU's default
 * @param debianKernel boot Debian's kernel (fetched into the cache) rather than firmware only
 * @param extraAppend extra kernel arguments (e.g. "xive=off" so a dual-mode guest picks XICS at CAS)
 */
public record QemuProfile(Machine machine, String icMode, String accel, String kernelIrqchip, boolean debianKernel,
        int smp, int memoryMb, String extraAppend) {

    /** The machines irqscope launches. */
    public enum Machine {
        X86_Q35("qemu-system-x86_64", "x86_64"), PSERIES("qemu-system-ppc64", "ppc64"), POWERNV9("qemu-system-ppc64",
                "ppc64");

        private final String binary;
        private final String arch;

        Machine(String binary, String arch) {
            this.binary = binary;
            this.arch = arch;
        }

        public String binary() {
            return binary;
        }

        public String arch() {
            return arch;
        }
    }

    public QemuProfile {
        if (machine == Machine.PSERIES && !List.of("xics", "xive", "dual").contains(icMode)) {
            throw new IllegalArgumentException("pseries ic-mode must be xics, xive or dual, not '" + icMode + "'");
        }
        if (!List.of("kvm", "tcg").contains(accel)) {
            throw new IllegalArgumentException("accel must be kvm or tcg, not '" + accel + "'");
        }
        if (kernelIrqchip != null && !List.of("on", "split", "off").contains(kernelIrqchip)) {
            throw new IllegalArgumentException("kernel-irqchip must be on, split or off, not '" + kernelIrqchip + "'");
        }
        if (machine == Machine.POWERNV9 && debianKernel) {
            throw new IllegalArgumentException("powernv9 boots its firmware only (skiboot); no Debian kernel");
        }
        if (smp < 1 || smp > 64 || memoryMb < 256) {
            throw new IllegalArgumentException("smp must be 1..64 and memory at least 256 MiB");
        }
        extraAppend = extraAppend == null ? "" : extraAppend.trim();
    }

    public static QemuProfile pseries(String icMode, boolean debianKernel) {
        return new QemuProfile(Machine.PSERIES, icMode, "tcg", null, debianKernel, 2, 1024, "");
    }

    public static QemuProfile x86(String accel, String kernelIrqchip, boolean debianKernel) {
        return new QemuProfile(Machine.X86_Q35, null, accel, kernelIrqchip, debianKernel, 2, 1024, "");
    }

    public static QemuProfile powernv9() {
        return new QemuProfile(Machine.POWERNV9, null, "tcg", null, false, 1, 2048, "");
    }

    public QemuProfile withIcMode(String mode) {
        return new QemuProfile(machine, mode, accel, kernelIrqchip, debianKernel, smp, memoryMb, extraAppend);
    }

    public QemuProfile withExtraAppend(String append) {
        return new QemuProfile(machine, icMode, accel, kernelIrqchip, debianKernel, smp, memoryMb, append);
    }

    /** The QEMU arguments (without the binary). */
    public List<String> arguments(Path qmpSocket, Path consoleLog, Path kernel) {
        List<String> a = new ArrayList<>();
        StringBuilder m = new StringBuilder();
        switch (machine) {
            case X86_Q35 -> m.append("q35,accel=").append(accel);
            case PSERIES -> m.append("pseries,accel=").append(accel).append(",ic-mode=").append(icMode);
            case POWERNV9 -> m.append("powernv9,accel=tcg");
            default -> throw new IllegalStateException(machine.toString());
        }
        if (kernelIrqchip != null) {
            m.append(",kernel-irqchip=").append(kernelIrqchip);
        }
        a.addAll(List.of("-machine", m.toString(), "-m", Integer.toString(memoryMb), "-smp", Integer.toString(smp),
                "-display", "none", "-monitor", "none", "-serial", "file:" + consoleLog,
                "-qmp", "unix:" + qmpSocket + ",server=on,wait=off"));
        if (kernel != null) {
            String console = machine == Machine.X86_Q35 ? "ttyS0" : "hvc0";
            String append = "console=" + console + " root=/dev/vda rootwait"
                    + (extraAppend.isEmpty() ? "" : " " + extraAppend);
            a.addAll(List.of("-kernel", kernel.toString(), "-append", append));
        }
        return a;
    }

    /** A URI-like label for titles: {@code pseries ic-mode=xive tcg debian}. */
    public String label() {
        return machine.name().toLowerCase(Locale.ROOT) + (icMode == null ? "" : " ic-mode=" + icMode) + " " + accel
                + (kernelIrqchip == null ? "" : " kernel-irqchip=" + kernelIrqchip)
                + (debianKernel ? " debian" : " firmware") + (extraAppend.isEmpty() ? "" : " '" + extraAppend + "'");
    }
}
