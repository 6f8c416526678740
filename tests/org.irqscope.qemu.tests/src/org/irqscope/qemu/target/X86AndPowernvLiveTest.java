// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.target.TargetException;
import org.irqscope.qemu.launch.QemuInstallation;
import org.irqscope.qemu.launch.QemuProfile;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Tag("live")
class X86AndPowernvLiveTest {

    /**
     * Debian's amd64 kernel under TCG (this host's KVM cannot run it: its instruction emulator stops a protected-mode
     * kernel early, see architecture.md). Linux programs the IOAPIC for the legacy ISA interrupts.
     */
    @Test
    @Timeout(90)
    void linuxProgramsIoapicPinsAndLapics() throws Exception {
        LiveQemu.assumeInstalled(QemuProfile.Machine.X86_Q35);
        try (QemuTarget t = (QemuTarget) LiveQemu.registry().open("qemu:x86?accel=tcg&kernel=debian")) {
            MachineState s = t.read();
            assertThat(s.mode()).isEqualTo(InterruptMode.X86_EMULATED);
            IoapicState io = s.ioapic().orElseThrow();
            assertThat(io.pins()).hasSize(24);
            // ISA IRQ 1 (i8042 keyboard) and 12 (mouse) and 4 (serial console): unmasked, edge, a device vector.
            for (int pin : new int[]{1, 4, 12}) {
                IoapicState.RedirectionEntry e = io.pins().get(pin);
                assertThat(e.masked()).as("pin %d masked", pin).isFalse();
                assertThat(e.levelTriggered()).isFalse();
                assertThat(e.vector()).isBetween(0x20, 0xef);
            }
            // The ACPI SCI on q35 (GSI 9) is level-triggered.
            assertThat(io.pins().get(9).levelTriggered()).isTrue();
            assertThat(s.counters()).containsKey("irq.ioapic.4");
            for (VcpuState v : s.vcpus()) {
                LapicState l = (LapicState) v.presenter();
                assertThat(l.softwareEnabled()).isTrue();
                assertThat(l.spuriousVector()).isEqualTo(0xff);
                // Linux's APIC error vector is 0xfe (ERROR_APIC_VECTOR).
                assertThat(l.lvt().get(5).vector()).isEqualTo(0xfe);
            }
            assertThat(t.capabilities()).doesNotContain(org.irqscope.core.target.TargetCapability.FLIP);
            assertThatThrownBy(() -> t.flip(InterruptMode.XIVE)).isInstanceOf(TargetException.class)
                    .hasMessageContaining("only pseries");
        }
    }

    @Test
    @Timeout(60)
    void kvmKernelAndSplitIrqchipAreTold() throws Exception {
        LiveQemu.assumeInstalled(QemuProfile.Machine.X86_Q35);
        boolean kvm = QemuInstallation.system().kvmUsable();
        if (!kvm) {
            System.out.println("SKIPPED: /dev/kvm is not usable here");
        }
        assumeTrue(kvm, "/dev/kvm is not usable here");
        try (QemuTarget t = (QemuTarget) LiveQemu.registry().open("qemu:x86?accel=kvm&kernel-irqchip=on")) {
            MachineState s = t.read();
            assertThat(s.mode()).isEqualTo(InterruptMode.X86_KERNEL_IRQCHIP);
            assertThat(s.irqchip()).isEqualTo(IrqchipLocation.IN_KERNEL);
            assertThat(s.pics()).hasSize(2);
            assertThat(s.capabilities()).contains("accel kvm");
        }
        try (QemuTarget t = (QemuTarget) LiveQemu.registry().open("qemu:x86?accel=kvm&kernel-irqchip=split")) {
            assertThat(t.read().mode()).isEqualTo(InterruptMode.X86_SPLIT_IRQCHIP);
        }
    }

    @Test
    @Timeout(60)
    void powernv9FirmwareRunsXive() throws Exception {
        LiveQemu.assumeInstalled(QemuProfile.Machine.POWERNV9);
        try (QemuTarget t = (QemuTarget) LiveQemu.registry().open("qemu:powernv9")) {
            MachineState s = t.read();
            assertThat(s.mode()).isEqualTo(InterruptMode.XIVE);
            assertThat(s.irqchip()).isEqualTo(IrqchipLocation.EMULATED);
            assertThat(s.vcpus()).hasSize(1);
            assertThat(s.vcpu(0).orElseThrow().presenter()).isInstanceOf(XiveThreadContext.class);
        }
    }
}
