// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Errno numbers and the user-facing meaning of each errno in context. */
class KvmExceptionTest {

    @Test
    void errnoNumbersAreLinuxs() {
        // asm-generic/errno-base.h and errno.h
        assertThat(Errno.EPERM.number()).isEqualTo(1);
        assertThat(Errno.ENOENT.number()).isEqualTo(2);
        assertThat(Errno.EINTR.number()).isEqualTo(4);
        assertThat(Errno.EIO.number()).isEqualTo(5);
        assertThat(Errno.ENXIO.number()).isEqualTo(6);
        assertThat(Errno.E2BIG.number()).isEqualTo(7);
        assertThat(Errno.ENOMEM.number()).isEqualTo(12);
        assertThat(Errno.EACCES.number()).isEqualTo(13);
        assertThat(Errno.EFAULT.number()).isEqualTo(14);
        assertThat(Errno.EBUSY.number()).isEqualTo(16);
        assertThat(Errno.EEXIST.number()).isEqualTo(17);
        assertThat(Errno.ENODEV.number()).isEqualTo(19);
        assertThat(Errno.EINVAL.number()).isEqualTo(22);
        assertThat(Errno.ENOTTY.number()).isEqualTo(25);
        assertThat(Errno.ENOSPC.number()).isEqualTo(28);
        assertThat(Errno.EOPNOTSUPP.number()).isEqualTo(95);
        assertThat(Errno.of(-16)).contains(Errno.EBUSY);
        assertThat(Errno.of(9999)).isEmpty();
        assertThat(Errno.symbol(9999)).isEqualTo("errno 9999");
    }

    @Test
    void eioExplainsTheForeignProcess() {
        KvmException e = new KvmException("KVM_GET_DEVICE_ATTR", -5, "reading XICS source 0x1000");
        assertThat(e.errno()).contains(Errno.EIO);
        assertThat(e.errnoNumber()).isEqualTo(5);
        assertThat(e.operation()).isEqualTo("KVM_GET_DEVICE_ATTR");
        assertThat(e.getMessage()).startsWith("KVM_GET_DEVICE_ATTR failed with EIO while reading XICS source 0x1000")
                .contains("another process").contains("creator");
    }

    @Test
    void ebusyOnVcpuIoctlSaysPause() {
        KvmException e = new KvmException("KVM_GET_ONE_REG", Errno.EBUSY, null);
        assertThat(e.explanation()).isEqualTo("the vCPU is running; pause it first");
        assertThat(e.is(Errno.EBUSY)).isTrue();
        assertThat(new KvmException("KVM_ENABLE_CAP", 16).explanation()).contains("already connected");
        assertThat(new KvmException("KVM_GET_DEVICE_ATTR", 16).explanation()).contains("pause the VM");
    }

    @Test
    void enxioOnGetIrqchipSaysSplitOrAbsent() {
        assertThat(new KvmException("KVM_GET_IRQCHIP", 6).getMessage()).contains("irqchip is split or absent");
        assertThat(new KvmException("KVM_HAS_DEVICE_ATTR", 6).explanation()).contains("no such attribute");
    }

    @Test
    void openDevKvmErrors() {
        assertThat(new KvmException(KvmException.OPEN_DEV_KVM, 13).explanation()).contains("kvm group");
        assertThat(new KvmException(KvmException.OPEN_DEV_KVM, 2).explanation()).contains("no KVM on this host");
    }

    @Test
    void otherContexts() {
        assertThat(new KvmException("KVM_CREATE_DEVICE", 19).explanation()).contains("does not offer");
        assertThat(new KvmException("KVM_CREATE_DEVICE", 17).explanation()).contains("one XICS, XIVE or MPIC");
        assertThat(new KvmException("KVM_ENABLE_CAP", 1).explanation()).contains("not this VM's");
        assertThat(new KvmException("KVM_ENABLE_CAP", 28).explanation()).contains("no free virtual processor");
        assertThat(new KvmException("KVM_SET_DEVICE_ATTR", 7).explanation()).contains("source number");
        assertThat(new KvmException("KVM_RUN", 4).explanation()).contains("interrupted by a signal");
        assertThat(new KvmException("KVM_SET_USER_MEMORY_REGION", 14).explanation()).contains("bad buffer");
        assertThat(new KvmException("KVM_SET_LAPIC", 22).explanation()).contains("KVM_SET_LAPIC");
        assertThat(new KvmException("KVM_FOO", 200).getMessage()).contains("errno 200");
        assertThat(new KvmException("KVM_FOO", 12).explanation()).contains("out of memory");
    }
}
