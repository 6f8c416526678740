// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ioctl numbers against known values. The "fact page" rows are the table of ../shared/docs/kvm-interrupt-abi.md §1.3;
 * the "by hand" rows were computed on paper from the _IOx definitions in include/uapi/linux/kvm.h:
 * asm-generic = dir << 30 | size << 16 | 0xAE << 8 | nr with NONE 0, WRITE 1, READ 2;
 * powerpc = dir << 29 | size << 16 | 0xAE << 8 | nr with NONE 1, READ 2, WRITE 4.
 */
class KvmIoctlTest {

    static Stream<Arguments> x86() {
        return Stream.of(
                // fact page §1.3
                Arguments.of(KvmIoctl.CREATE_IRQCHIP, 0x0000AE60),
                Arguments.of(KvmIoctl.IRQ_LINE, 0x4008AE61),
                Arguments.of(KvmIoctl.GET_IRQCHIP, 0xC208AE62),
                Arguments.of(KvmIoctl.SET_IRQCHIP, 0x8208AE63),
                Arguments.of(KvmIoctl.IRQ_LINE_STATUS, 0xC008AE67),
                Arguments.of(KvmIoctl.SET_GSI_ROUTING, 0x4008AE6A),
                Arguments.of(KvmIoctl.IRQFD, 0x4020AE76),
                Arguments.of(KvmIoctl.INTERRUPT, 0x4004AE86),
                Arguments.of(KvmIoctl.GET_LAPIC, 0x8400AE8E),
                Arguments.of(KvmIoctl.SET_LAPIC, 0x4400AE8F),
                Arguments.of(KvmIoctl.ENABLE_CAP, 0x4068AEA3),
                Arguments.of(KvmIoctl.SIGNAL_MSI, 0x4020AEA5),
                Arguments.of(KvmIoctl.GET_ONE_REG, 0x4010AEAB),
                Arguments.of(KvmIoctl.SET_ONE_REG, 0x4010AEAC),
                Arguments.of(KvmIoctl.CREATE_DEVICE, 0xC00CAEE0),
                Arguments.of(KvmIoctl.SET_DEVICE_ATTR, 0x4018AEE1),
                Arguments.of(KvmIoctl.GET_DEVICE_ATTR, 0x4018AEE2),
                Arguments.of(KvmIoctl.HAS_DEVICE_ATTR, 0x4018AEE3),
                // by hand: _IO -> dir 0, size 0
                Arguments.of(KvmIoctl.GET_API_VERSION, 0x0000AE00),
                Arguments.of(KvmIoctl.CREATE_VM, 0x0000AE01),
                Arguments.of(KvmIoctl.CHECK_EXTENSION, 0x0000AE03),
                Arguments.of(KvmIoctl.GET_VCPU_MMAP_SIZE, 0x0000AE04),
                Arguments.of(KvmIoctl.CREATE_VCPU, 0x0000AE41),
                Arguments.of(KvmIoctl.SET_TSS_ADDR, 0x0000AE47),
                Arguments.of(KvmIoctl.RUN, 0x0000AE80),
                Arguments.of(KvmIoctl.NMI, 0x0000AE9A),
                // by hand: _IOW 32 bytes = 0x4000_0000 | 0x20 << 16
                Arguments.of(KvmIoctl.SET_USER_MEMORY_REGION, 0x4020AE46),
                // _IOW u64
                Arguments.of(KvmIoctl.SET_IDENTITY_MAP_ADDR, 0x4008AE48),
                // _IOR 144 = 0x90 (kvm_regs) / _IOW
                Arguments.of(KvmIoctl.GET_REGS, 0x8090AE81),
                Arguments.of(KvmIoctl.SET_REGS, 0x4090AE82),
                // 312 = 0x138 (kvm_sregs)
                Arguments.of(KvmIoctl.GET_SREGS, 0x8138AE83),
                Arguments.of(KvmIoctl.SET_SREGS, 0x4138AE84),
                // 4-byte kvm_mp_state
                Arguments.of(KvmIoctl.GET_MP_STATE, 0x8004AE98),
                Arguments.of(KvmIoctl.SET_MP_STATE, 0x4004AE99),
                // 64 = 0x40 (kvm_vcpu_events)
                Arguments.of(KvmIoctl.GET_VCPU_EVENTS, 0x8040AE9F),
                Arguments.of(KvmIoctl.SET_VCPU_EVENTS, 0x4040AEA0),
                // shares nr 0x67 with IRQ_LINE_STATUS but is _IOW of a 16-byte zone
                Arguments.of(KvmIoctl.REGISTER_COALESCED_MMIO, 0x4010AE67));
    }

    static Stream<Arguments> ppc64() {
        return Stream.of(
                // fact page §1.3
                Arguments.of(KvmIoctl.CREATE_IRQCHIP, 0x2000AE60),
                Arguments.of(KvmIoctl.IRQ_LINE, 0x8008AE61),
                Arguments.of(KvmIoctl.IRQ_LINE_STATUS, 0xC008AE67),
                Arguments.of(KvmIoctl.SET_GSI_ROUTING, 0x8008AE6A),
                Arguments.of(KvmIoctl.IRQFD, 0x8020AE76),
                Arguments.of(KvmIoctl.INTERRUPT, 0x8004AE86),
                Arguments.of(KvmIoctl.ENABLE_CAP, 0x8068AEA3),
                Arguments.of(KvmIoctl.SIGNAL_MSI, 0x8020AEA5),
                Arguments.of(KvmIoctl.GET_ONE_REG, 0x8010AEAB),
                Arguments.of(KvmIoctl.SET_ONE_REG, 0x8010AEAC),
                Arguments.of(KvmIoctl.CREATE_DEVICE, 0xC00CAEE0),
                Arguments.of(KvmIoctl.SET_DEVICE_ATTR, 0x8018AEE1),
                Arguments.of(KvmIoctl.GET_DEVICE_ATTR, 0x8018AEE2),
                Arguments.of(KvmIoctl.HAS_DEVICE_ATTR, 0x8018AEE3),
                // by hand: _IO on powerpc has _IOC_NONE = 1, so bit 29 is set
                Arguments.of(KvmIoctl.GET_API_VERSION, 0x2000AE00),
                Arguments.of(KvmIoctl.CREATE_VM, 0x2000AE01),
                Arguments.of(KvmIoctl.CHECK_EXTENSION, 0x2000AE03),
                Arguments.of(KvmIoctl.GET_VCPU_MMAP_SIZE, 0x2000AE04),
                Arguments.of(KvmIoctl.CREATE_VCPU, 0x2000AE41),
                Arguments.of(KvmIoctl.RUN, 0x2000AE80),
                // _IOW (4 << 29 = 0x8000_0000) 32 bytes
                Arguments.of(KvmIoctl.SET_USER_MEMORY_REGION, 0x8020AE46),
                // _IOR (2 << 29 = 0x4000_0000) 4 bytes / _IOW
                Arguments.of(KvmIoctl.GET_MP_STATE, 0x4004AE98),
                Arguments.of(KvmIoctl.SET_MP_STATE, 0x8004AE99),
                // _IOW kvm_rtas_token_args, 128 = 0x80 bytes
                Arguments.of(KvmIoctl.PPC_RTAS_DEFINE_TOKEN, 0x8080AEAC));
    }

    static Stream<Arguments> s390() {
        return Stream.of(
                // fact page §1.3 (s390 uses asm-generic, like x86)
                Arguments.of(KvmIoctl.S390_INTERRUPT, 0x4010AE94),
                Arguments.of(KvmIoctl.S390_IRQ, 0x4048AEB4),
                Arguments.of(KvmIoctl.S390_SET_IRQ_STATE, 0x4020AEB5),
                Arguments.of(KvmIoctl.S390_GET_IRQ_STATE, 0x4020AEB6),
                Arguments.of(KvmIoctl.IRQ_LINE, 0x4008AE61),
                Arguments.of(KvmIoctl.CREATE_DEVICE, 0xC00CAEE0));
    }

    @ParameterizedTest
    @MethodSource("x86")
    void x86Numbers(KvmIoctl ioctl, int expected) {
        assertThat(ioctl.number(KvmArch.X86_64)).as(ioctl.ioctlName()).isEqualTo(expected);
        // arm64 shares the asm-generic encoding
        if (ioctl.availableOn(KvmArch.ARM64)) {
            assertThat(ioctl.number(KvmArch.ARM64)).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @MethodSource("ppc64")
    void ppc64Numbers(KvmIoctl ioctl, int expected) {
        assertThat(ioctl.number(KvmArch.PPC64)).as(ioctl.ioctlName()).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("s390")
    void s390Numbers(KvmIoctl ioctl, int expected) {
        assertThat(ioctl.number(KvmArch.S390X)).as(ioctl.ioctlName()).isEqualTo(expected);
    }

    @Test
    void x86OnlyIoctlsRefuseOtherArchitectures() {
        assertThat(KvmIoctl.GET_IRQCHIP.availableOn(KvmArch.PPC64)).isFalse();
        assertThatThrownBy(() -> KvmIoctl.GET_LAPIC.number(KvmArch.PPC64))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("KVM_GET_LAPIC")
                .hasMessageContaining("PPC64");
    }

    @Test
    void namesAreTheKernelNames() {
        assertThat(KvmIoctl.GET_IRQCHIP.ioctlName()).isEqualTo("KVM_GET_IRQCHIP");
        assertThat(KvmIoctl.SIGNAL_MSI.ioctlName()).isEqualTo("KVM_SIGNAL_MSI");
    }

    @Test
    void reverseLookupTellsSharedNumbersApart() {
        assertThat(KvmIoctl.of(0xC008AE67, KvmArch.X86_64)).contains(KvmIoctl.IRQ_LINE_STATUS);
        assertThat(KvmIoctl.of(0x4010AE67, KvmArch.X86_64)).contains(KvmIoctl.REGISTER_COALESCED_MMIO);
        assertThat(KvmIoctl.of(0x8010AEAC, KvmArch.PPC64)).contains(KvmIoctl.SET_ONE_REG);
        assertThat(KvmIoctl.of(0x8080AEAC, KvmArch.PPC64)).contains(KvmIoctl.PPC_RTAS_DEFINE_TOKEN);
        assertThat(KvmIoctl.of(0x1234, KvmArch.X86_64)).isEmpty();
    }

    @Test
    void sizeBeyondTheFieldIsRefused() {
        // powerpc has 13 size bits (max 8191), asm-generic 14 (max 16383)
        assertThatThrownBy(() -> KvmArch.PPC64.iow(KvmArch.KVMIO, 1, 8192))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8192")
                .hasMessageContaining("0..8191");
        assertThat(KvmArch.X86_64.iow(KvmArch.KVMIO, 1, 8192)).isEqualTo(0x6000AE01);
        assertThatThrownBy(() -> KvmArch.X86_64.io(KvmArch.KVMIO, 0x100)).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("nr");
    }

    @Test
    void hostArchitectureNames() {
        assertThat(KvmArch.fromOsArch("amd64")).contains(KvmArch.X86_64);
        assertThat(KvmArch.fromOsArch("aarch64")).contains(KvmArch.ARM64);
        assertThat(KvmArch.fromOsArch("ppc64le")).contains(KvmArch.PPC64);
        assertThat(KvmArch.fromOsArch("s390x")).contains(KvmArch.S390X);
        assertThat(KvmArch.fromOsArch("ppc64")).isEmpty();
        assertThat(KvmArch.S390X.byteOrder()).hasToString("BIG_ENDIAN");
        assertThat(KvmArch.PPC64.byteOrder()).hasToString("LITTLE_ENDIAN");
    }

    @Property
    void encodedFieldsComeBack(@ForAll @IntRange(min = 0, max = 255) int nr,
            @ForAll @IntRange(min = 0, max = 8191) int size, @ForAll @IntRange(min = 0, max = 3) int kind) {
        for (KvmArch arch : KvmArch.values()) {
            int n = switch (kind) {
                case 0 -> arch.ior(KvmArch.KVMIO, nr, size);
                case 1 -> arch.iow(KvmArch.KVMIO, nr, size);
                case 2 -> arch.iowr(KvmArch.KVMIO, nr, size);
                default -> arch.io(KvmArch.KVMIO, nr);
            };
            assertThat(KvmArch.nr(n)).isEqualTo(nr);
            assertThat(KvmArch.type(n)).isEqualTo(KvmArch.KVMIO);
            assertThat(arch.size(n)).isEqualTo(kind == 3 ? 0 : size);
        }
    }
}
