// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.GuestMemory;
import org.irqscope.kvm.KvmCap;
import org.irqscope.kvm.KvmDeviceType;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.KvmLapicState;
import org.irqscope.kvm.KvmMpState;
import org.irqscope.kvm.KvmRegs;
import org.irqscope.kvm.KvmRunExit;
import org.irqscope.kvm.KvmSegment;
import org.irqscope.kvm.KvmSregs;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVm;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("live")
class LinuxKvmLiveTest {

    @Test
    void aMissingDeviceNodeSaysThereIsNoKvm() {
        assertThatThrownBy(() -> LinuxKvm.open(Path.of("/nonexistent/kvm")))
                .isInstanceOfSatisfying(KvmException.class, e -> {
                    assertThat(e.operation()).isEqualTo(KvmException.OPEN_DEV_KVM);
                    assertThat(e.is(Errno.ENOENT)).isTrue();
                    assertThat(e.getMessage()).contains("no KVM on this host").contains("/nonexistent/kvm");
                });
    }

    @Test
    void aDeviceNodeWithoutPermissionSaysToJoinTheKvmGroup(@TempDir Path dir) throws Exception {
        // Root opens a mode-000 file anyway; a read-only sysfs attribute refuses O_RDWR even to root (EACCES).
        Path node;
        if ("root".equals(System.getProperty("user.name"))) {
            node = Path.of("/sys/devices/system/cpu/online");
        } else {
            node = Files.createFile(dir.resolve("kvm"), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("---------")));
        }
        assertThatThrownBy(() -> LinuxKvm.open(node)).isInstanceOfSatisfying(KvmException.class, e -> {
            assertThat(e.is(Errno.EACCES)).isTrue();
            assertThat(e.getMessage()).contains("add your user to the kvm group");
        });
    }

    @Test
    void aFileThatIsNotKvmIsRefusedByTheApiVersionQuery(@TempDir Path dir) throws Exception {
        Path plain = Files.writeString(dir.resolve("not-kvm"), "x");
        assertThatThrownBy(() -> LinuxKvm.open(plain)).isInstanceOfSatisfying(KvmException.class,
                e -> assertThat(e.operation()).isEqualTo("KVM_GET_API_VERSION"));
    }

    @Test
    void opensKvmAndAnswersCapabilities() {
        LiveKvm.assumeDevKvm();
        try (LinuxKvm kvm = LinuxKvm.open()) {
            assertThat(kvm.apiVersion()).isEqualTo(12);
            assertThat(kvm.checkExtension(KvmCap.IRQCHIP)).isPositive();
            assertThat(kvm.describe()).contains("/dev/kvm");
        }
    }

    @Test
    void irqchipReadsBackWhatWasWrittenAndInjectionReportsMaskedLines() {
        LiveKvm.assumeDevKvm();
        try (LinuxKvm kvm = LinuxKvm.open(); KvmVm vm = kvm.createVm()) {
            vm.setTssAddr(0xfffbd000L);
            vm.createIrqchip();
            KvmIrqchip ioapic = vm.getIrqchip(KvmIrqchip.IOAPIC);
            // KVM resets every redirection entry masked (bit 16); the IOAPIC base is 0xFEC00000.
            long rte0 = ioapic.chipBuffer().getLong(24);
            assertThat(rte0 & (1L << 16)).isNotZero();
            assertThat(ioapic.chipBuffer().getLong(0)).isEqualTo(0xfec00000L);
            byte[] chip = ioapic.chip();
            java.nio.ByteBuffer.wrap(chip).order(java.nio.ByteOrder.LITTLE_ENDIAN).putLong(24 + 8 * 5, 0x41L);
            vm.setIrqchip(KvmIrqchip.of(KvmIrqchip.IOAPIC, chip));
            assertThat(vm.getIrqchip(KvmIrqchip.IOAPIC).chipBuffer().getLong(24 + 8 * 5) & 0x1ffff).isEqualTo(0x41L);
            // GSI 20 reaches only the IOAPIC, whose pin 20 is masked: KVM answers "ignored" (< 0).
            assertThat(vm.irqLine(20, 1)).isNegative();
            vm.irqLine(20, 0);
            assertThatThrownBy(() -> vm.getIrqchip(3)).isInstanceOf(IllegalArgumentException.class);
            assertThat(vm.probeDevice(KvmDeviceType.XICS)).isFalse();
        }
    }

    @Test
    void rawIrqchipAndLapicReadsGiveTheBytesOfTheDecodedOnes() throws Exception {
        LiveKvm.assumeDevKvm();
        try (LinuxKvm kvm = LinuxKvm.open(); KvmVm vm = kvm.createVm()) {
            vm.setTssAddr(0xfffbd000L);
            vm.createIrqchip();
            KvmVcpu vcpu = vm.createVcpu(0);
            // a value that is not the reset state, so that a read of the wrong chip or of nothing would show
            vm.irqLine(4, 1);
            for (int chip : new int[]{KvmIrqchip.PIC_MASTER, KvmIrqchip.PIC_SLAVE, KvmIrqchip.IOAPIC}) {
                byte[] raw = new byte[KvmIrqchip.CHIP_SIZE];
                vm.getIrqchip(chip, raw);
                assertThat(raw).as("chip %d", chip).isEqualTo(vm.getIrqchip(chip).chip());
            }
            byte[] page = new byte[KvmLapicState.SIZE];
            vcpu.getLapic(page);
            assertThat(page).isEqualTo(vcpu.getLapic().bytes());
            assertThatThrownBy(() -> vm.getIrqchip(KvmIrqchip.IOAPIC, new byte[16])).hasMessageContaining("512");
            assertThatThrownBy(() -> vm.getIrqchip(3, new byte[KvmIrqchip.CHIP_SIZE]))
                    .hasMessageContaining("chip_id");
            assertThatThrownBy(() -> vcpu.getLapic(new byte[10])).hasMessageContaining("1024");
        }
    }

    @Test
    void aHaltedVcpuIsPausedReadAndResumed() throws Exception {
        LiveKvm.assumeDevKvm();
        try (LinuxKvm kvm = LinuxKvm.open(); KvmVm vm = kvm.createVm()) {
            vm.setTssAddr(0xfffbd000L);
            vm.createIrqchip();
            GuestMemory mem = vm.memory(0, 0, 0x10000);
            // mov al, 0x42 (B0 42); out 0xE9, al (E6 E9); hlt (F4); jmp back to hlt (EB FD)
            mem.write(0x1000, new byte[]{(byte) 0xb0, 0x42, (byte) 0xe6, (byte) 0xe9, (byte) 0xf4, (byte) 0xeb,
                    (byte) 0xfd});
            KvmVcpu vcpu = vm.createVcpu(0);
            KvmSregs s = vcpu.getSregs();
            s = s.withSegment(KvmSregs.Segment.CS, KvmSegment.realMode(0, 0, true));
            vcpu.setSregs(s);
            vcpu.setRegs(KvmRegs.reset().with(KvmRegs.Register.RIP, 0x1000));
            KvmRunExit first = vcpu.run();
            assertThat(first).isInstanceOfSatisfying(KvmRunExit.Io.class, io -> {
                assertThat(io.port()).isEqualTo(0xe9);
                assertThat(io.value()).isEqualTo(0x42);
            });
            CompletableFuture<KvmRunExit> second = CompletableFuture.supplyAsync(vcpu::run);
            // The guest now halts inside KVM_RUN; from another thread, a LAPIC read must wait for a pause.
            assertStillRunning(vcpu, second);
            long t0 = System.nanoTime();
            KvmLapicState page = vcpu.paused(() -> vcpu.getLapic());
            long pausedMicros = (System.nanoTime() - t0) / 1000;
            assertThat(page.register(0x20) >>> 24).isZero();
            assertThat(pausedMicros).isLessThan(Duration.ofSeconds(1).toNanos() / 1000);
            assertThat(second.get(5, TimeUnit.SECONDS)).isInstanceOf(KvmRunExit.Interrupted.class);
            vcpu.pause();
            assertThat(vcpu.getMpState()).isEqualTo(KvmMpState.HALTED);
            assertThat(vcpu.getRegs().rip()).isEqualTo(0x1005);
            vcpu.resume();
            assertThatThrownBy(vcpu::resume).isInstanceOf(IllegalStateException.class);
        }
    }

    private static void assertStillRunning(KvmVcpu vcpu, CompletableFuture<KvmRunExit> running) throws Exception {
        // The run thread enters KVM_RUN shortly after the future starts; give it a moment to be inside, so the
        // pause below must really kick it out of a halted guest.
        Thread.sleep(20);
        assertThat(running.isDone()).as("KVM_RUN returned although the guest only halts").isFalse();
    }

    @Test
    void aSplitIrqchipIsExplainedWhenThePicIsRead() {
        LiveKvm.assumeDevKvm();
        try (LinuxKvm kvm = LinuxKvm.open(); KvmVm vm = kvm.createVm()) {
            // KVM_CAP_SPLIT_IRQCHIP with 24 IOAPIC routes: LAPICs in the kernel, PIC and IOAPIC left to the VMM.
            vm.enableCap(org.irqscope.kvm.KvmEnableCap.of(KvmCap.SPLIT_IRQCHIP, 24));
            assertThatThrownBy(() -> vm.getIrqchip(KvmIrqchip.PIC_MASTER))
                    .isInstanceOfSatisfying(KvmException.class, e -> {
                        assertThat(e.operation()).isEqualTo("KVM_GET_IRQCHIP");
                        assertThat(e.is(Errno.ENXIO)).isTrue();
                        assertThat(e.getMessage()).contains("irqchip is split");
                    });
        }
    }

    @Test
    void devicesAreCreatedAndTheirAttributesProbed() {
        LiveKvm.assumeDevKvm();
        try (LinuxKvm kvm = LinuxKvm.open(); KvmVm vm = kvm.createVm()) {
            // x86 KVM offers VFIO only; its group 1 (KVM_DEV_VFIO_FILE) knows attribute 1 (ADD).
            assertThat(vm.probeDevice(KvmDeviceType.VFIO)).isTrue();
            org.irqscope.kvm.KvmDevice vfio = vm.createDevice(KvmDeviceType.VFIO);
            assertThat(vfio.fd()).isPositive();
            assertThat(vm.devices()).containsExactly(vfio);
            assertThat(vfio.hasAttr(1, 1)).isTrue();
            assertThat(vfio.hasAttr(99, 0)).isFalse();
            assertThat(vfio.region(org.irqscope.kvm.KvmDeviceRegion.XIVE_TIMA)).isEmpty();
            assertThatThrownBy(() -> vm.createDevice(KvmDeviceType.XICS)).isInstanceOfSatisfying(KvmException.class,
                    e -> assertThat(e.operation()).isEqualTo("KVM_CREATE_DEVICE"));
            vfio.close();
            assertThat(vm.devices()).isEmpty();
        }
    }

    @Test
    void gsiRoutingSendsALineToAnMsi() {
        LiveKvm.assumeDevKvm();
        try (LinuxKvm kvm = LinuxKvm.open(); KvmVm vm = kvm.createVm()) {
            vm.setTssAddr(0xfffbd000L);
            vm.createIrqchip();
            KvmVcpu vcpu = vm.createVcpu(0);
            KvmLapicState page = vcpu.getLapic();
            vcpu.setLapic(page.withRegister(0xf0, 0x1ff));
            // GSI 30 becomes an MSI to APIC 0, vector 0x44; the LAPIC takes it (status 1) though nobody runs.
            vm.setGsiRouting(java.util.List.of(
                    new org.irqscope.kvm.KvmIrqRoutingEntry.Irqchip(16, KvmIrqchip.IOAPIC, 16),
                    new org.irqscope.kvm.KvmIrqRoutingEntry.Msi(30, 0, 0xfee00000, 0, 0x44, 0)));
            assertThat(vm.irqLine(30, 1)).isEqualTo(1);
            vm.irqLine(30, 0);
            assertThat(vcpu.getLapic().register(0x200 + 0x10 * 2) & (1 << 4)).as("IRR bit of 0x44").isNotZero();
            // A register id KVM does not know is refused with the ioctl named.
            assertThatThrownBy(() -> vcpu.getOneReg(0x2030_0000_dead_beefL))
                    .isInstanceOfSatisfying(KvmException.class,
                            e -> assertThat(e.operation()).isEqualTo("KVM_GET_ONE_REG"));
            assertThat(vcpu.getMpState()).isEqualTo(KvmMpState.RUNNABLE);
            vcpu.setMpState(KvmMpState.HALTED);
            assertThat(vcpu.getMpState()).isEqualTo(KvmMpState.HALTED);
        }
    }
}
