// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmCap;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmDeviceType;
import org.irqscope.kvm.KvmEnableCap;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmMappedRegion;
import org.irqscope.kvm.KvmOneReg;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The software KVM through the org.irqscope.kvm interfaces only, as a VMM would use the real one. */
class SoftKvmAbiTest {
    private final SoftKvm kvm = new SoftKvm();
    private final KvmVm vm = kvm.createVm();

    @AfterEach
    void tearDown() {
        kvm.close();
    }

    private static void assertErrno(Errno errno, Executable call) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(KvmException.class,
                e -> assertThat(e.errnoSymbol()).isEqualTo(errno.name()));
    }

    @Test
    void oneInterruptDevicePerVmUntilItIsClosed() {
        assertThat(kvm.checkExtension(KvmCap.IRQ_XICS)).isEqualTo(1);
        assertThat(kvm.checkExtension(KvmCap.PPC_IRQ_XIVE)).isEqualTo(1);
        KvmDevice xics = vm.createDevice(KvmDeviceType.XICS);
        assertErrno(Errno.EEXIST, () -> vm.createDevice(KvmDeviceType.XIVE));
        assertErrno(Errno.EEXIST, () -> vm.createDevice(KvmDeviceType.XICS));
        assertErrno(Errno.ENODEV, () -> vm.createDevice(KvmDeviceType.ARM_VGIC_V3));
        assertThat(vm.probeDevice(KvmDeviceType.XIVE)).isFalse();
        xics.close();
        assertThat(vm.probeDevice(KvmDeviceType.XIVE)).isTrue();
        KvmDevice xive = vm.createDevice(KvmDeviceType.XIVE);
        assertThat(xive.type()).isEqualTo(KvmDeviceType.XIVE);
        assertThat(vm.devices()).containsExactly(xive);
    }

    @Test
    void vcpuConnectRefusesASecondConnectionAndForeignFds() {
        KvmDevice xics = vm.createDevice(KvmDeviceType.XICS);
        xics.setAttr(2, 1, 4);
        KvmVcpu v0 = vm.createVcpu(0);
        KvmVm other = kvm.createVm();
        KvmDevice foreign = other.createDevice(KvmDeviceType.XICS);
        assertErrno(Errno.EPERM, () -> v0.enableCap(KvmEnableCap.connect(KvmCap.IRQ_XICS, foreign.fd(), 0)));
        assertErrno(Errno.EPERM, () -> v0.enableCap(KvmEnableCap.connect(KvmCap.PPC_IRQ_XIVE, xics.fd(), 0)));
        v0.enableCap(KvmEnableCap.connect(KvmCap.IRQ_XICS, xics.fd(), 0));
        assertErrno(Errno.EBUSY, () -> v0.enableCap(KvmEnableCap.connect(KvmCap.IRQ_XICS, xics.fd(), 0)));
        // NR_SERVERS: busy once a vCPU is connected
        assertErrno(Errno.EBUSY, () -> xics.setAttr(2, 1, 8));
        KvmVcpu v7 = vm.createVcpu(7);
        assertErrno(Errno.ENOSPC, () -> v7.enableCap(KvmEnableCap.connect(KvmCap.IRQ_XICS, xics.fd(), 7)));
        // closing the device frees the vCPU for the other controller
        xics.close();
        KvmDevice xive = vm.createDevice(KvmDeviceType.XIVE);
        v0.enableCap(KvmEnableCap.connect(KvmCap.PPC_IRQ_XIVE, xive.fd(), 0));
        assertErrno(Errno.ENXIO, () -> v0.getOneReg(KvmOneReg.PPC_ICP_STATE));
        assertThat(v0.getOneRegBytes(KvmOneReg.PPC_VP_STATE)).hasSize(16);
    }

    @Test
    void xicsSourcesAndIcpStateThroughAttributesAndOneReg() {
        KvmDevice xics = vm.createDevice(KvmDeviceType.XICS);
        KvmVcpu v1 = vm.createVcpu(1);
        v1.enableCap(KvmEnableCap.connect(KvmCap.IRQ_XICS, xics.fd(), 1));
        // server 1, priority 5, MSI
        xics.setAttr(1, 0x1300, 0x0000_0005_0000_0001L);
        assertThat(xics.getAttr(1, 0x1300)).isEqualTo(0x0000_0005_0000_0001L);
        // the new ICP has CPPR 0: nothing can be delivered; the SET with PENDING tries and marks a resend
        assertThat(v1.getOneReg(KvmOneReg.PPC_ICP_STATE)).isEqualTo(0x0000_0000_ffff_0000L);
        xics.setAttr(1, 0x1300, 0x0000_0405_0000_0001L);
        assertThat(xics.getAttr(1, 0x1300)).isEqualTo(0x0000_0c05_0000_0001L);
        // opening CPPR via ONE_REG (MFRR made less favoured than before? no: equal) does not resend; H_CPPR would
        v1.setOneReg(KvmOneReg.PPC_ICP_STATE, 0xff00_0000_ff00_0000L | 0xff_0000L);
        assertErrno(Errno.EINVAL, () -> v1.setOneReg(KvmOneReg.PPC_ICP_STATE, 0xff00_0000_ff05_0000L));
        assertErrno(Errno.ENOENT, () -> xics.getAttr(1, 0x1301));
        assertErrno(Errno.ENXIO, () -> xics.getAttr(2, 1));
        assertThat(vm.irqLine(0x1300, KvmVm.PPC_INTERRUPT_SET)).isZero();
        assertErrno(Errno.EINVAL, () -> vm.irqLine(0x1301, KvmVm.PPC_INTERRUPT_SET));
    }

    @Test
    void xiveQueuesSourcesEsbAndTimaThroughTheAbi() {
        KvmDevice xive = vm.createDevice(KvmDeviceType.XIVE);
        KvmVcpu v0 = vm.createVcpu(0);
        v0.enableCap(KvmEnableCap.connect(KvmCap.PPC_IRQ_XIVE, xive.fd(), 0));
        xive.setAttr(2, 0x1300, 0);
        // EQ (server 0, priority 6): id = 0 << 3 | 6
        long eqId = 6;
        long config = 6 | 0L << 3 | 0x1300L << 33;
        assertErrno(Errno.ENXIO, () -> xive.setAttr(3, 0x1300, config));
        ByteBuffer eq = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        eq.putInt(0, 1).putInt(4, 16).putLong(8, 0x20000).putInt(16, 0).putInt(20, 0);
        xive.setAttr(4, eqId, eq);
        xive.setAttr(3, 0x1300, config);
        assertErrno(Errno.E2BIG, () -> xive.setAttr(2, 0x2000, 0));
        assertErrno(Errno.ENXIO, () -> xive.getAttr(2, 0x1300));

        KvmMappedRegion esb = xive.region(KvmDeviceRegion.XIVE_ESB).orElseThrow();
        KvmMappedRegion tima = xive.region(KvmDeviceRegion.XIVE_TIMA).orElseThrow();
        long mgmt = (0x1300L << 17) + (1 << 16);
        // created sources are off: PQ 01; SET_PQ_00 returns the old 01
        assertThat(esb.load(mgmt + 0x800, 8)).isEqualTo(1);
        assertThat(esb.load(mgmt + 0xc00, 8)).isEqualTo(1);
        // the OS CPPR is a 1-byte store at 0x11 of the OS page (page 2)
        tima.store((2 << 16) + 0x11, 1, 0xff);
        esb.store(0x1300L << 17, 8, 0);
        assertThat(esb.load(mgmt + 0x800, 8)).isEqualTo(2);
        // TIMA OS ring word 0 loaded raw: NSR 0x80, CPPR 0xff, IPB 0x02, LSMFB 0xff, ACK# 0xff, INC 0, AGE 0xff,
        // PIPR 6
        assertThat(tima.load((2 << 16) + 0x10, 8)).isEqualTo(0x80ff_02ff_ff00_ff06L);
        assertThat(v0.getOneRegBytes(KvmOneReg.PPC_VP_STATE)).containsExactly(0x80, 0xff, 0x02, 0xff, 0xff, 0, 0xff,
                6, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(tima.load((2 << 16) + 0x810, 2)).isEqualTo(0x8006);
        ByteBuffer got = ByteBuffer.allocate(64).order(ByteOrder.LITTLE_ENDIAN);
        xive.getAttr(4, eqId, got);
        assertThat(got.getInt(0)).isEqualTo(1);
        assertThat(got.getInt(4)).isEqualTo(16);
        assertThat(got.getLong(8)).isEqualTo(0x20000);
        assertThat(got.getInt(16)).isZero();
        assertThat(got.getInt(20)).isEqualTo(1);
        assertThat(esb.load(mgmt, 8)).isZero();
        assertThat(esb.load(mgmt + 0x800, 8)).isZero();
        assertThatThrownBy(() -> tima.load((2 << 16) + 0x811, 2)).isInstanceOf(IllegalArgumentException.class);
        assertErrno(Errno.EFAULT, () -> tima.load((1 << 16) + 0x10, 8));
    }

    @Test
    void xiveControlAttributes() {
        KvmDevice xive = vm.createDevice(KvmDeviceType.XIVE);
        assertErrno(Errno.EINVAL, () -> xive.setAttr(1, 3, 0));
        xive.setAttr(1, 3, 2);
        KvmVcpu v2 = vm.createVcpu(2);
        assertErrno(Errno.ENOSPC, () -> v2.enableCap(KvmEnableCap.connect(KvmCap.PPC_IRQ_XIVE, xive.fd(), 2)));
        KvmVcpu v1 = vm.createVcpu(1);
        v1.enableCap(KvmEnableCap.connect(KvmCap.PPC_IRQ_XIVE, xive.fd(), 1));
        assertErrno(Errno.EBUSY, () -> xive.setAttr(1, 3, 4));
        assertThat(xive.hasAttr(1, 1)).isTrue();
        assertThat(xive.hasAttr(2, 0x1fff)).isTrue();
        assertThat(xive.hasAttr(2, 0x2000)).isFalse();
        xive.setAttr(2, 0x10, 1 | 2);
        xive.setAttr(1, 1, 0);
        xive.setAttr(1, 2, 0);
        xive.setAttr(5, 0x10, 0);
        assertErrno(Errno.ENOENT, () -> xive.setAttr(5, 0x11, 0));
    }
}
