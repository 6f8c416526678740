// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

/** vGICv3 attribute encodings, the arm64 KVM_IRQ_LINE field and ITS table entries (fact page §5), by hand. */
class ArmCodecTest {

    @Test
    void redistRegisterAttr() {
        // Aff1 = 1 in 47:40, Aff0 = 2 in 39:32, offset GICR_ISPENDR0 = 0x10200
        VgicRegisterAttr a = new VgicRegisterAttr(new VgicMpidr(0, 0, 1, 2), 0x10200);
        assertThat(a.encode()).isEqualTo(0x0000010200010200L);
        assertThat(VgicRegisterAttr.decode(0x0000010200010200L)).isEqualTo(a);
        // Aff3 sits in 63:56
        assertThat(VgicMpidr.fromAttr(0x0300000000000000L)).isEqualTo(new VgicMpidr(3, 0, 0, 0));
        assertThat(VgicRegisterAttr.dist(0x100).encode()).isEqualTo(0x100L);
    }

    @Test
    void sysregAttr() {
        // ICC_PMR_EL1 = Op0 3, Op1 0, CRn 4, CRm 6, Op2 0: 3 << 14 | 4 << 7 | 6 << 3 = 0xC000 | 0x200 | 0x30
        VgicSysregAttr pmr = new VgicSysregAttr(new VgicMpidr(0, 0, 0, 0), 3, 0, 4, 6, 0);
        assertThat(pmr.instr()).isEqualTo(0xC230);
        // ICC_IGRPEN1_EL1 = 3, 0, 12, 12, 7 → 0xC000 | 0x600 | 0x60 | 7, on the vCPU with Aff0 = 1
        VgicSysregAttr grpen1 = new VgicSysregAttr(new VgicMpidr(0, 0, 0, 1), 3, 0, 12, 12, 7);
        assertThat(grpen1.encode()).isEqualTo(0x000000010000C667L);
        assertThat(VgicSysregAttr.decode(0x000000010000C667L)).isEqualTo(grpen1);
        // RES0 bits 31:16 are dropped on decode
        assertThat(VgicSysregAttr.decode(0x00000001FFFFC667L)).isEqualTo(grpen1);
        assertThatThrownBy(() -> new VgicSysregAttr(new VgicMpidr(0, 0, 0, 0), 4, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Op0")
                .hasMessageContaining("0..3");
    }

    @Test
    void levelInfoAttr() {
        // LINE_LEVEL (info 0) of SPIs 32..63 on vCPU Aff0 = 0: attr = 32
        assertThat(VgicLevelInfoAttr.lineLevel(new VgicMpidr(0, 0, 0, 0), 32).encode()).isEqualTo(32L);
        // info 1 << 10 | vINTID 64, Aff0 = 2
        assertThat(VgicLevelInfoAttr.decode(0x0000000200000440L)).isEqualTo(new VgicLevelInfoAttr(new VgicMpidr(0, 0,
                0, 2), 1, 64));
        assertThatThrownBy(() -> VgicLevelInfoAttr.lineLevel(new VgicMpidr(0, 0, 0, 0), 33))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of 32");
    }

    @Test
    void redistRegion() {
        // count 2 (63:52), base 0x080A0000 (51:16), flags 0, index 1
        VgicRedistRegion r = new VgicRedistRegion(2, 0x080A0000L, 0, 1);
        assertThat(r.encode()).isEqualTo(0x00200000080A0001L);
        assertThat(VgicRedistRegion.decode(0x00200000080A0001L)).isEqualTo(r);
        assertThatThrownBy(() -> new VgicRedistRegion(1, 0x1000, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("64 KiB");
    }

    @Test
    void v2RegisterAttr() {
        // cpuid 3 in 39:32, GICC_PMR offset 0x4
        assertThat(new VgicV2RegisterAttr(3, 4).encode()).isEqualTo(0x0000000300000004L);
    }

    @Test
    void irqLineField() {
        // SPI 33: irq_type 1 (27:24) | 33
        assertThat(ArmIrqLine.spi(33).encode()).isEqualTo(0x01000021);
        // PPI 27 (virtual timer) of vCPU 1: type 2, vcpu 1 (23:16), id 27
        assertThat(ArmIrqLine.ppi(1, 27).encode()).isEqualTo(0x0201001B);
        // vCPU 300 with layout 2: vcpu2 = 1 (31:28), vcpu = 44
        ArmIrqLine l = ArmIrqLine.ppi(300, 30);
        assertThat(l.encode()).isEqualTo(0x122C001E);
        assertThat(ArmIrqLine.decode(0x122C001E).targetVcpu()).isEqualTo(300);
        assertThatThrownBy(() -> ArmIrqLine.spi(1020)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SPI INTID").hasMessageContaining("32..1019");
        assertThatThrownBy(() -> ArmIrqLine.ppi(0, 15)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("16..31");
    }

    @Test
    void itsEntries() {
        // DTE: valid, next 0, ITT at 0x4000_0000 (>> 8 = 0x40_0000, << 5 = 0x800_0000), size 15
        ItsTableEntry.Device d = new ItsTableEntry.Device(true, 0, 0x40000000L, 15);
        assertThat(d.encode()).isEqualTo(0x800000000800000FL);
        assertThat(ItsTableEntry.Device.decode(0x800000000800000FL)).isEqualTo(d);
        // CTE: valid, RDBase 1 (51:16), ICID 3
        assertThat(new ItsTableEntry.Collection(true, 1, 3).encode()).isEqualTo(0x8000000000010003L);
        // ITE: next 1 (63:48), pINTID 8192 (47:16), ICID 3
        assertThat(ItsTableEntry.Translation.decode(0x0001000020000003L))
                .isEqualTo(new ItsTableEntry.Translation(1, 8192, 3));
        assertThatThrownBy(() -> new ItsTableEntry.Device(true, 0, 0x40000010L, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("256-byte");
    }

    @Property
    void registerAttrRoundTrips(@ForAll long attr) {
        assertThat(VgicRegisterAttr.decode(attr).encode()).isEqualTo(attr);
    }

    @Property
    void sysregAttrRoundTrips(@ForAll long attr) {
        long defined = attr & 0xFFFFFFFF0000FFFFL;
        assertThat(VgicSysregAttr.decode(defined).encode()).isEqualTo(defined);
    }

    @Property
    void levelInfoRoundTrips(@ForAll long mpidrAndInfo, @ForAll @IntRange(min = 0, max = 31) int block) {
        long attr = (mpidrAndInfo & ~0x3FFL) | block * 32L;
        assertThat(VgicLevelInfoAttr.decode(attr).encode()).isEqualTo(attr);
    }

    @Property
    void redistRegionRoundTrips(@ForAll long value) {
        assertThat(VgicRedistRegion.decode(value).encode()).isEqualTo(value);
    }

    @Property
    void irqLineRoundTrips(@ForAll int irq) {
        assertThat(ArmIrqLine.decode(irq).encode()).isEqualTo(irq);
    }

    @Property
    void itsEntriesRoundTrip(@ForAll long e) {
        // DTE: every bit is a field (1 + 14 + 44 + 5)
        assertThat(ItsTableEntry.Device.decode(e).encode()).isEqualTo(e);
        // CTE: RES0 62:52
        long cte = e & ~0x7FF0000000000000L;
        assertThat(ItsTableEntry.Collection.decode(cte).encode()).isEqualTo(cte);
        assertThat(ItsTableEntry.Translation.decode(e).encode()).isEqualTo(e);
    }
}
