// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.readers.power;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmMappedRegion;
import org.irqscope.kvm.KvmOneReg;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVm;
import org.junit.jupiter.api.Test;

/**
 * The POWER readers over hand-made ABI answers (a recording stand-in for the kvm interfaces), decoded by hand from
 * the layouts of the ABI fact page §2.2, §2.3, §3.1, §3.4.
 */
class PowerStateReaderTest {
    private static final PowerReadContext CONTEXT = new PowerReadContext("soft:power9", BackendKind.SOFT_KVM,
            IrqchipLocation.SOFT, 3);

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, java.lang.reflect.InvocationHandler h) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, h);
    }

    private static KvmVcpu vcpu(int id, Long icp, byte[] vp) {
        return stub(KvmVcpu.class, (p, m, a) -> switch (m.getName()) {
            case "id" -> id;
            case "getOneReg" -> {
                if (icp == null || (long) a[0] != KvmOneReg.PPC_ICP_STATE) {
                    throw new KvmException("KVM_GET_ONE_REG", Errno.ENXIO, null);
                }
                yield icp;
            }
            case "getOneRegBytes" -> {
                if (vp == null) {
                    throw new KvmException("KVM_GET_ONE_REG", Errno.ENXIO, null);
                }
                yield vp;
            }
            default -> throw new UnsupportedOperationException(m.getName());
        });
    }

    private static KvmVm vm(KvmVcpu... vcpus) {
        return stub(KvmVm.class, (p, m, a) -> {
            if (m.getName().equals("vcpus")) {
                return List.of(vcpus);
            }
            if (m.getName().equals("memorySlots")) {
                return List.of();
            }
            throw new UnsupportedOperationException(m.getName());
        });
    }

    @Test
    void xicsSweepDecodesSourceWordsAndIcpState() {
        Map<Long, Long> words = Map.of(
                0x1000L, 0x0000_0005_0000_0001L, // MSI, server 1, priority 5
                0x1001L, 0x0000_0e05_0000_0000L, // masked (saved 5), pending, presented
                0x1002L, 0x0000_1d04_0000_0002L); // LSI, P (pending + presented), Q, priority 4, server 2
        int[] reads = new int[1];
        KvmDevice xics = stub(KvmDevice.class, (p, m, a) -> {
            if (m.getName().equals("getAttr") && a.length == 2) {
                reads[0]++;
                Long w = words.get((long) a[1]);
                if (w == null) {
                    throw new KvmException("KVM_GET_DEVICE_ATTR", Errno.ENOENT, null);
                }
                return w;
            }
            throw new UnsupportedOperationException(m.getName());
        });
        // CPPR 0xff, XISR 0x1000, MFRR 0xff, PPRI 5
        KvmVm vm = vm(vcpu(0, 0xff00_1000_ff05_0000L, null), vcpu(1, null, null));
        MachineState s = new XicsStateReader().read(CONTEXT, vm, xics,
                List.of(new XicsStateReader.IcsRange("ics", 0x1000, 4)));
        assertThat(reads[0]).isEqualTo(4);
        assertThat(s.sources()).hasSize(3);
        SourceState msi = s.source(0x1000).orElseThrow();
        assertThat(msi.kind()).isEqualTo(SourceKind.MSI);
        assertThat(msi.server()).isEqualTo(1);
        assertThat(msi.priority()).isEqualTo(5);
        assertThat(msi.masked()).isFalse();
        SourceState masked = s.source(0x1001).orElseThrow();
        assertThat(masked.masked()).isTrue();
        assertThat(masked.priority()).isEqualTo(0xff);
        assertThat(masked.savedPriority()).isEqualTo(5);
        assertThat(masked.pending()).isTrue();
        assertThat(masked.presented()).isTrue();
        SourceState lsi = s.source(0x1002).orElseThrow();
        assertThat(lsi.kind()).isEqualTo(SourceKind.LSI);
        assertThat(lsi.asserted()).isTrue();
        assertThat(lsi.queued()).isTrue();
        assertThat(lsi.server()).isEqualTo(2);
        assertThat(lsi.priority()).isEqualTo(4);
        assertThat(s.vcpu(0).orElseThrow().presenter()).isEqualTo(new XicsIcp(0xff, 0xff, 0x1000, 5));
        assertThat(s.notes()).anyMatch(n -> n.contains("1 source numbers")).anyMatch(n -> n.contains("vCPU 1"));
        assertThat(s.sequence()).isEqualTo(3);
    }

    @Test
    void xiveReadsPqByGetLoadsQueuesAndVpStateAndTakesTargetingFromTheVmm() {
        long[] lastLoad = new long[1];
        KvmMappedRegion esb = stub(KvmMappedRegion.class, (p, m, a) -> switch (m.getName()) {
            case "length" -> 0x2000L << 17;
            case "load" -> {
                lastLoad[0] = (long) a[0];
                // LISN 0x1300: PQ 10; LISN 0: PQ 01
                yield (long) a[0] == (0x1300L << 17) + 0x10800 ? 2L : 1L;
            }
            default -> throw new UnsupportedOperationException(m.getName());
        });
        KvmDevice xive = stub(KvmDevice.class, (p, m, a) -> {
            if (m.getName().equals("region")) {
                return a[0] == KvmDeviceRegion.XIVE_ESB ? Optional.of(esb) : Optional.empty();
            }
            if (m.getName().equals("getAttr") && a.length == 3) {
                ByteBuffer out = (ByteBuffer) a[2];
                long eq = (long) a[1];
                if (eq == (1 << 3 | 6)) {
                    // flags ALWAYS_NOTIFY, qshift 16, qaddr 0x30000, toggle 1, index 5
                    out.putInt(1).putInt(16).putLong(0x30000).putInt(1).putInt(5).put(new byte[40]);
                } else {
                    out.put(new byte[64]);
                }
                return null;
            }
            throw new UnsupportedOperationException(m.getName());
        });
        byte[] vp = {(byte) 0x80, (byte) 0xff, 0x02, (byte) 0xff, (byte) 0xff, 0, (byte) 0xff, 6, 0, 0, 0, 0, 0, 0,
                0, 0};
        KvmVm vm = vm(vcpu(1, null, vp));
        XiveVmmConfiguration config = XiveVmmConfiguration.of(List.of(
                new XiveVmmConfiguration.Source(0x1300, SourceKind.MSI, "pci", true, 1, 6, false, 0x1300),
                new XiveVmmConfiguration.Source(0, SourceKind.IPI, "ipi", true, 0, 0xff, true, 0)));
        MachineState s = new XiveStateReader().read(CONTEXT, vm, xive, config);
        assertThat(lastLoad[0] & 0xfff).isEqualTo(0x800);
        SourceState msi = s.source(0x1300).orElseThrow();
        assertThat(msi.pq()).isEqualTo(2);
        assertThat(msi.pending()).isTrue();
        assertThat(msi.queued()).isFalse();
        assertThat(msi.endIndex()).isEqualTo(0xe);
        assertThat(msi.eisn()).isEqualTo(0x1300);
        assertThat(msi.targetingFromVmm()).isTrue();
        SourceState ipi = s.source(0).orElseThrow();
        assertThat(ipi.masked()).isTrue();
        assertThat(ipi.pq()).isEqualTo(1);
        assertThat(ipi.endIndex()).isEqualTo(-1);
        XiveThreadContext tc = (XiveThreadContext) s.vcpu(1).orElseThrow().presenter();
        assertThat(tc.vpId()).isEqualTo(0x401);
        assertThat(tc.os().nsr()).isEqualTo(0x80);
        assertThat(tc.os().ipb()).isEqualTo(0x02);
        assertThat(tc.os().pipr()).isEqualTo(6);
        assertThat(tc.os().w2()).isEqualTo(0x8000_0401);
        List<XiveEventQueue> ends = s.xiveRouter().orElseThrow().ends();
        assertThat(ends).hasSize(1);
        XiveEventQueue end = ends.get(0);
        assertThat(end.index()).isEqualTo(14);
        assertThat(end.entries()).isEqualTo(16384);
        assertThat(end.qindex()).isEqualTo(5);
        assertThat(end.generation()).isEqualTo(1);
        assertThat(s.xiveRouter().orElseThrow().nvts()).containsExactly(0x401);
        // no guest memory behind the queue: no window, and the note says why
        assertThat(end.window()).isEmpty();
        assertThat(s.notes()).anyMatch(n -> n.contains("outside the guest memory"));
    }
}
