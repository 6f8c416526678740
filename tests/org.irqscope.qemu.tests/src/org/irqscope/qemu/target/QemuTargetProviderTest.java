// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.core.target.TargetUri;
import org.irqscope.qemu.launch.DebianKernel;
import org.irqscope.qemu.launch.QemuInstallation;
import org.irqscope.qemu.launch.QemuLauncher;
import org.irqscope.qemu.launch.QemuProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QemuTargetProviderTest {
    @TempDir
    Path dir;

    private QemuTargetProvider provider() {
        return new QemuTargetProvider(new QemuLauncher(QemuInstallation.system(), new DebianKernel(dir),
                Duration.ofSeconds(5)));
    }

    @Test
    void urisBecomeProfiles() throws TargetException {
        QemuProfile p = provider().profile(TargetUri.parse("qemu:pseries?ic-mode=dual&kernel=debian&smp=4"));
        assertThat(p.machine()).isEqualTo(QemuProfile.Machine.PSERIES);
        assertThat(p.icMode()).isEqualTo("dual");
        assertThat(p.debianKernel()).isTrue();
        assertThat(p.smp()).isEqualTo(4);
        QemuProfile x = provider().profile(TargetUri.parse("qemu:x86?accel=tcg&kernel-irqchip=split"));
        assertThat(x.accel()).isEqualTo("tcg");
        assertThat(x.kernelIrqchip()).isEqualTo("split");
        assertThat(provider().profile(TargetUri.parse("qemu:powernv9")).machine())
                .isEqualTo(QemuProfile.Machine.POWERNV9);
    }

    @Test
    void badUrisNameTheParameter() {
        assertThatThrownBy(() -> provider().profile(TargetUri.parse("qemu:pseries?ic-mode=mpic")))
                .hasMessageContaining("xics, xive or dual");
        assertThatThrownBy(() -> provider().profile(TargetUri.parse("qemu:pseries?accel=kvm")))
                .hasMessageContaining("needs a POWER host");
        assertThatThrownBy(() -> provider().profile(TargetUri.parse("qemu:vax"))).hasMessageContaining("unknown "
                + "machine 'vax'");
        assertThatThrownBy(() -> provider().profile(TargetUri.parse("qemu:x86?kernl=debian")))
                .hasMessageContaining("unknown parameter 'kernl'");
        assertThatThrownBy(() -> provider().profile(TargetUri.parse("qemu:powernv9?kernel=debian")))
                .hasMessageContaining("firmware only");
    }

    @Test
    void unavailableWithoutQemu() {
        QemuTargetProvider none = new QemuTargetProvider(new QemuLauncher(new QemuInstallation(dir.toString(), null),
                new DebianKernel(dir), Duration.ofSeconds(1)));
        assertThat(none.unavailableReason()).hasValueSatisfying(r -> assertThat(r).contains("QEMU is not installed"));
        TargetRegistry reg = new TargetRegistry();
        reg.register(none);
        assertThatThrownBy(() -> reg.open("qemu:pseries")).isInstanceOf(TargetException.class)
                .hasMessageContaining("unavailable here");
    }
}
