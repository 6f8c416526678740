// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QemuProfileTest {
    @TempDir
    Path dir;

    @Test
    void pseriesXiveWithKernel() {
        List<String> a = QemuProfile.pseries("xive", true).arguments(Path.of("/s/q.sock"), Path.of("/s/c.log"),
                Path.of("/k/vmlinux"));
        assertThat(String.join(" ", a)).contains("-machine pseries,accel=tcg,ic-mode=xive", "-smp 2",
                "-qmp unix:/s/q.sock,server=on,wait=off", "-serial file:/s/c.log", "-kernel /k/vmlinux",
                "console=hvc0 root=/dev/vda rootwait");
    }

    @Test
    void dualWithXiveOffAndX86Split() {
        String dual = String.join(" ", QemuProfile.pseries("dual", true).withExtraAppend("xive=off")
                .arguments(Path.of("q"), Path.of("c"), Path.of("k")));
        assertThat(dual).contains("ic-mode=dual").contains("rootwait xive=off");
        String x86 = String.join(" ", QemuProfile.x86("kvm", "split", false).arguments(Path.of("q"), Path.of("c"),
                null));
        assertThat(x86).contains("-machine q35,accel=kvm,kernel-irqchip=split").doesNotContain("-kernel");
    }

    @Test
    void invalidProfilesSayWhy() {
        assertThatThrownBy(() -> QemuProfile.pseries("mpic", false)).hasMessageContaining("xics, xive or dual");
        assertThatThrownBy(() -> QemuProfile.x86("hvf", null, false)).hasMessageContaining("kvm or tcg");
        assertThatThrownBy(() -> QemuProfile.x86("kvm", "maybe", false)).hasMessageContaining("on, split or off");
    }

    @Test
    void missingBinaryNamesThePackage() throws Exception {
        QemuInstallation none = new QemuInstallation(dir.toString(), dir.resolve("kvm"));
        assertThat(none.missing(QemuProfile.Machine.PSERIES)).hasValueSatisfying(m -> assertThat(m)
                .contains("qemu-system-ppc64 is not installed").contains("qemu-system-ppc"));
        assertThat(none.kvmUsable()).isFalse();
        Path bin = Files.createFile(dir.resolve("qemu-system-x86_64"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        assertThat(none.binary("qemu-system-x86_64")).contains(bin);
        QemuLauncher l = new QemuLauncher(none, new DebianKernel(dir), java.time.Duration.ofSeconds(1));
        assertThatThrownBy(() -> l.launch(QemuProfile.powernv9())).isInstanceOf(LaunchException.class)
                .hasMessageContaining("qemu-system-ppc64 is not installed")
                .matches(e -> ((LaunchException) e).missingFacility());
        // Without /dev/kvm a kvm profile falls back to TCG.
        assertThat(l.resolveAccel(QemuProfile.x86("kvm", "on", false)).accel()).isEqualTo("tcg");
    }

    @Test
    void cachedKernelIsFoundNewestFirst() throws Exception {
        DebianKernel k = new DebianKernel(dir);
        assertThat(k.find(QemuProfile.Machine.PSERIES)).isEmpty();
        for (String v : List.of("6.1.0-47", "6.1.0-50")) {
            Path boot = Files.createDirectories(dir.resolve("linux-image-" + v + "-powerpc64le/boot"));
            Files.writeString(boot.resolve("vmlinux-" + v + "-powerpc64le"), "elf");
        }
        assertThat(k.find(QemuProfile.Machine.PSERIES).orElseThrow().getFileName().toString())
                .isEqualTo("vmlinux-6.1.0-50-powerpc64le");
        assertThat(k.find(QemuProfile.Machine.X86_Q35)).isEmpty();
        assertThatThrownBy(() -> k.find(QemuProfile.Machine.POWERNV9)).hasMessageContaining("firmware only");
    }
}
