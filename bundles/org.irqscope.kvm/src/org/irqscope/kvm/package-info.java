// SPDX-License-Identifier: EPL-2.0
/**
 * The KVM interrupt ABI in plain Java: the {@link org.irqscope.kvm.Kvm}/{@link org.irqscope.kvm.KvmVm}/
 * {@link org.irqscope.kvm.KvmVcpu}/{@link org.irqscope.kvm.KvmDevice} interfaces that the Linux (JNA) and software
 * backends implement, ioctl numbers per architecture ({@link org.irqscope.kvm.KvmIoctl}), the generic structures
 * with explicit byte order, and {@link org.irqscope.kvm.KvmException}. Facts: ../shared/docs/kvm-interrupt-abi.md.
 */
package org.irqscope.kvm;
