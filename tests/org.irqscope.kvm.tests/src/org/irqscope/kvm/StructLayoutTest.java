// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Sizes and field offsets of the generic KVM structures (include/uapi/linux/kvm.h, arch/x86/include/uapi/asm/kvm.h;
 * fact page §1.2), and their bytes for hand-made values. Expected bytes were written out by hand: little-endian,
 * least significant byte first.
 */
class StructLayoutTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    private static String hex(ByteBuffer b) {
        byte[] a = new byte[b.remaining()];
        b.duplicate().get(a);
        return HexFormat.of().formatHex(a);
    }

    @Test
    void sizes() {
        assertThat(KvmDeviceAttr.SIZE).isEqualTo(24);
        assertThat(KvmCreateDevice.SIZE).isEqualTo(12);
        assertThat(KvmOneReg.SIZE).isEqualTo(16);
        assertThat(KvmIrqLevel.SIZE).isEqualTo(8);
        assertThat(KvmMsi.SIZE).isEqualTo(32);
        assertThat(KvmIrqchip.SIZE).isEqualTo(520);
        assertThat(KvmLapicState.SIZE).isEqualTo(1024);
        assertThat(KvmEnableCap.SIZE).isEqualTo(104);
        assertThat(KvmIrqRoutingEntry.HEADER_SIZE).isEqualTo(8);
        assertThat(KvmIrqRoutingEntry.SIZE).isEqualTo(48);
        assertThat(KvmUserspaceMemoryRegion.SIZE).isEqualTo(32);
        assertThat(KvmRegs.SIZE).isEqualTo(144);
        assertThat(KvmSregs.SIZE).isEqualTo(312);
        assertThat(KvmSegment.SIZE).isEqualTo(24);
        assertThat(KvmVcpuEvents.SIZE).isEqualTo(64);
        assertThat(KvmMpState.SIZE).isEqualTo(4);
    }

    @Test
    void offsets() {
        assertThat(new int[]{KvmDeviceAttr.OFFSET_FLAGS, KvmDeviceAttr.OFFSET_GROUP, KvmDeviceAttr.OFFSET_ATTR,
                KvmDeviceAttr.OFFSET_ADDR}).containsExactly(0, 4, 8, 16);
        assertThat(new int[]{KvmCreateDevice.OFFSET_TYPE, KvmCreateDevice.OFFSET_FD, KvmCreateDevice.OFFSET_FLAGS})
                .containsExactly(0, 4, 8);
        assertThat(new int[]{KvmOneReg.OFFSET_ID, KvmOneReg.OFFSET_ADDR}).containsExactly(0, 8);
        assertThat(new int[]{KvmIrqLevel.OFFSET_IRQ, KvmIrqLevel.OFFSET_LEVEL}).containsExactly(0, 4);
        assertThat(new int[]{KvmMsi.OFFSET_ADDRESS_LO, KvmMsi.OFFSET_ADDRESS_HI, KvmMsi.OFFSET_DATA,
                KvmMsi.OFFSET_FLAGS, KvmMsi.OFFSET_DEVID}).containsExactly(0, 4, 8, 12, 16);
        assertThat(new int[]{KvmIrqchip.OFFSET_CHIP_ID, KvmIrqchip.OFFSET_PAD, KvmIrqchip.OFFSET_CHIP})
                .containsExactly(0, 4, 8);
        assertThat(new int[]{KvmEnableCap.OFFSET_CAP, KvmEnableCap.OFFSET_FLAGS, KvmEnableCap.OFFSET_ARGS,
                KvmEnableCap.OFFSET_PAD}).containsExactly(0, 4, 8, 40);
        assertThat(new int[]{KvmIrqRoutingEntry.OFFSET_GSI, KvmIrqRoutingEntry.OFFSET_TYPE,
                KvmIrqRoutingEntry.OFFSET_FLAGS, KvmIrqRoutingEntry.OFFSET_PAD, KvmIrqRoutingEntry.OFFSET_UNION})
                .containsExactly(0, 4, 8, 12, 16);
        assertThat(new int[]{KvmUserspaceMemoryRegion.OFFSET_SLOT, KvmUserspaceMemoryRegion.OFFSET_FLAGS,
                KvmUserspaceMemoryRegion.OFFSET_GUEST_PHYS_ADDR, KvmUserspaceMemoryRegion.OFFSET_MEMORY_SIZE,
                KvmUserspaceMemoryRegion.OFFSET_USERSPACE_ADDR}).containsExactly(0, 4, 8, 16, 24);
        // kvm_sregs: 8 segments of 24 bytes, then gdt/idt of 16, then 7 u64, then the 256-bit bitmap
        assertThat(KvmSregs.Segment.LDT.offset()).isEqualTo(7 * 24);
        assertThat(new int[]{KvmSregs.OFFSET_GDT, KvmSregs.OFFSET_IDT, KvmSregs.OFFSET_CR0, KvmSregs.OFFSET_CR2,
                KvmSregs.OFFSET_CR3, KvmSregs.OFFSET_CR4, KvmSregs.OFFSET_CR8, KvmSregs.OFFSET_EFER,
                KvmSregs.OFFSET_APIC_BASE, KvmSregs.OFFSET_INTERRUPT_BITMAP})
                .containsExactly(192, 208, 224, 232, 240, 248, 256, 264, 272, 280);
        assertThat(KvmSregs.OFFSET_INTERRUPT_BITMAP + 4 * 8).isEqualTo(KvmSregs.SIZE);
        assertThat(new int[]{KvmSegment.OFFSET_BASE, KvmSegment.OFFSET_LIMIT, KvmSegment.OFFSET_SELECTOR,
                KvmSegment.OFFSET_TYPE, KvmSegment.OFFSET_PRESENT, KvmSegment.OFFSET_DPL, KvmSegment.OFFSET_DB,
                KvmSegment.OFFSET_S, KvmSegment.OFFSET_L, KvmSegment.OFFSET_G, KvmSegment.OFFSET_AVL,
                KvmSegment.OFFSET_UNUSABLE}).containsExactly(0, 8, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22);
        assertThat(KvmRegs.Register.RIP.offset()).isEqualTo(128);
        assertThat(KvmRegs.Register.RFLAGS.offset()).isEqualTo(136);
        assertThat(new int[]{KvmVcpuEvents.OFFSET_INTERRUPT_INJECTED, KvmVcpuEvents.OFFSET_NMI_INJECTED,
                KvmVcpuEvents.OFFSET_SIPI_VECTOR, KvmVcpuEvents.OFFSET_FLAGS, KvmVcpuEvents.OFFSET_SMI_SMM})
                .containsExactly(8, 12, 16, 20, 24);
        assertThat(new int[]{KvmRun.OFFSET_IMMEDIATE_EXIT, KvmRun.OFFSET_EXIT_REASON, KvmRun.OFFSET_EXIT_UNION})
                .containsExactly(1, 8, 32);
    }

    @Test
    void deviceAttrBytes() {
        // flags 0, group 2 (XIVE GRP_SOURCE), attr 0x1000, addr 0x1122334455667788
        ByteBuffer b = ByteBuffer.allocate(24);
        new KvmDeviceAttr(0, 2, 0x1000, 0x1122334455667788L).encode(b, ByteOrder.LITTLE_ENDIAN);
        assertThat(hex(b.flip())).isEqualTo("00000000" + "02000000" + "0010000000000000" + "8877665544332211");
    }

    @Test
    void createDeviceAndOneRegBytes() {
        ByteBuffer b = ByteBuffer.allocate(12);
        // type 9 (XIVE), fd 0, flags 1 (TEST)
        new KvmCreateDevice(9, 0, KvmCreateDevice.FLAG_TEST).encode(b, ByteOrder.LITTLE_ENDIAN);
        assertThat(hex(b.flip())).isEqualTo("09000000" + "00000000" + "01000000");
        ByteBuffer r = ByteBuffer.allocate(16);
        // KVM_REG_PPC_ICP_STATE = 0x103000000000008C, addr 0x1000
        new KvmOneReg(KvmOneReg.PPC_ICP_STATE, 0x1000).encode(r, ByteOrder.LITTLE_ENDIAN);
        assertThat(hex(r.flip())).isEqualTo("8c00000000003010" + "0010000000000000");
    }

    @Test
    void oneRegIdsAndSizes() {
        // fact page §1.5
        assertThat(KvmOneReg.PPC_ICP_STATE).isEqualTo(0x103000000000008CL);
        assertThat(KvmOneReg.PPC_VP_STATE).isEqualTo(0x104000000000008DL);
        assertThat(KvmOneReg.valueSize(KvmOneReg.PPC_ICP_STATE)).isEqualTo(8);
        assertThat(KvmOneReg.valueSize(KvmOneReg.PPC_VP_STATE)).isEqualTo(16);
        assertThat(KvmOneReg.valueSize(KvmOneReg.REG_X86 | KvmOneReg.REG_SIZE_U32)).isEqualTo(4);
        assertThat(KvmOneReg.arch(KvmOneReg.PPC_VP_STATE)).isEqualTo(KvmOneReg.REG_PPC);
    }

    @Test
    void irqLevelStatusOverlaysIrq() {
        // KVM_IRQ_LINE_STATUS writes the status (-1 = masked) over the irq word
        ByteBuffer b = ByteBuffer.wrap(hex("ffffffff 01000000"));
        KvmIrqLevel l = KvmIrqLevel.decode(b, ByteOrder.LITTLE_ENDIAN);
        assertThat(l.irqOrStatus()).isEqualTo(-1);
        assertThat(l.level()).isEqualTo(1);
    }

    @Test
    void msiBytes() {
        // address 0xFEE01000 (dest 1), data 0x31, flags VALID_DEVID, devid 0x0100
        KvmMsi msi = new KvmMsi(0xFEE01000, 0, 0x31, KvmMsi.VALID_DEVID, 0x100);
        assertThat(hex(msi.encode())).isEqualTo("0010e0fe" + "00000000" + "31000000" + "01000000" + "00010000"
                + "000000000000000000000000");
        assertThat(msi.address()).isEqualTo(0xFEE01000L);
        assertThat(KvmMsi.decode(msi.encode())).isEqualTo(msi);
    }

    @Test
    void enableCapBytes() {
        // KVM_CAP_IRQ_XICS (92 = 0x5c), args[0] = fd 7, args[1] = server 3
        ByteBuffer b = KvmEnableCap.connect(KvmCap.IRQ_XICS, 7, 3).encode();
        assertThat(b.remaining()).isEqualTo(104);
        String h = hex(b);
        assertThat(h.substring(0, 2 * 24)).isEqualTo("5c000000" + "00000000" + "0700000000000000"
                + "0300000000000000");
        assertThat(h.substring(2 * 24)).matches("0+");
        assertThatThrownBy(() -> KvmEnableCap.of(1, 1, 2, 3, 4, 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 4");
    }

    @Test
    void routingTableBytes() {
        // two entries: GSI 5 → IOAPIC pin 5; GSI 24 → MSI 0xFEE00000 / data 0x41
        ByteBuffer t = KvmIrqRoutingEntry.encodeTable(List.of(new KvmIrqRoutingEntry.Irqchip(5, 2, 5),
                new KvmIrqRoutingEntry.Msi(24, 0, 0xFEE00000, 0, 0x41, 0)), ByteOrder.LITTLE_ENDIAN);
        assertThat(t.remaining()).isEqualTo(8 + 2 * 48);
        String h = hex(t);
        // header: nr = 2, flags = 0
        assertThat(h.substring(0, 16)).isEqualTo("02000000" + "00000000");
        // entry 0: gsi 5, type 1, flags 0, pad 0, irqchip 2, pin 5, 24 zero bytes
        assertThat(h.substring(16, 16 + 96)).isEqualTo("05000000" + "01000000" + "00000000" + "00000000"
                + "02000000" + "05000000" + "0".repeat(48));
        // entry 1: gsi 24, type 2, ..., address_lo, address_hi, data, devid, 16 zero bytes
        assertThat(h.substring(112)).isEqualTo("18000000" + "02000000" + "00000000" + "00000000" + "0000e0fe"
                + "00000000" + "41000000" + "00000000" + "0".repeat(32));
        assertThat(KvmIrqRoutingEntry.decodeTable(t, ByteOrder.LITTLE_ENDIAN)).containsExactly(
                new KvmIrqRoutingEntry.Irqchip(5, 2, 5), new KvmIrqRoutingEntry.Msi(24, 0, 0xFEE00000, 0, 0x41, 0));
    }

    @Test
    void memoryRegionBytesAndAlignment() {
        ByteBuffer b = ByteBuffer.allocate(32);
        // slot 1, flags 0, gpa 0x100000, size 0x10000, host 0x7f0000000000
        new KvmUserspaceMemoryRegion(1, 0, 0x100000, 0x10000, 0x7f0000000000L).encode(b, ByteOrder.LITTLE_ENDIAN);
        assertThat(hex(b.flip())).isEqualTo("01000000" + "00000000" + "0000100000000000" + "0000010000000000"
                + "00000000007f0000");
        assertThatThrownBy(() -> new KvmUserspaceMemoryRegion(0, 0, 0x1001, 0x1000, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guest_phys_addr")
                .hasMessageContaining("0x1001");
    }

    @Test
    void irqchipIsChipIdThenUnion() {
        byte[] pic = new byte[16];
        pic[1] = 0x01;
        KvmIrqchip c = KvmIrqchip.of(KvmIrqchip.PIC_SLAVE, pic);
        ByteBuffer b = c.encode();
        assertThat(b.remaining()).isEqualTo(520);
        assertThat(b.get(0)).isEqualTo((byte) 1);
        assertThat(b.get(8 + 1)).isEqualTo((byte) 1);
        assertThat(KvmIrqchip.decode(b)).isEqualTo(c);
        assertThatThrownBy(() -> KvmIrqchip.of(3, new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chip_id").hasMessageContaining("3").hasMessageContaining("0..2");
        assertThatThrownBy(() -> KvmIrqchip.of(0, new byte[513])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("513");
    }

    @Test
    void lapicPageMustBe1024Bytes() {
        assertThatThrownBy(() -> KvmLapicState.of(new byte[1000])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LAPIC register page").hasMessageContaining("1000")
                .hasMessageContaining("1024");
        KvmLapicState s = KvmLapicState.zero().withRegister(0x20, 0x01000000);
        // little-endian: ID 0x01000000 puts 0x01 in byte 0x23
        assertThat(s.bytes()[0x23]).isEqualTo((byte) 1);
        assertThat(s.register(0x20)).isEqualTo(0x01000000);
        assertThatThrownBy(() -> s.register(0x21)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aligned");
        assertThatThrownBy(() -> s.register(0x400)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0x400");
    }

    @Test
    void sregsRealModeSegmentRoundTrip() {
        KvmSregs s = KvmSregs.of(new byte[KvmSregs.SIZE]);
        // a data segment whose base reaches the LAPIC: selector 0, base 0xFEE00000, limit 0xffff, type 3
        KvmSregs t = s.withSegment(KvmSregs.Segment.ES, KvmSegment.realMode(0, 0xFEE00000L, false))
                .withCr0(0x10).withIdt(0, 0x3ff);
        byte[] raw = t.bytes();
        // ES is the third segment: base at 48..55, limit at 56, selector at 60, type at 62, present at 63, s at 66
        ByteBuffer b = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getLong(48)).isEqualTo(0xFEE00000L);
        assertThat(b.getInt(56)).isEqualTo(0xffff);
        assertThat(raw[62]).isEqualTo((byte) 3);
        assertThat(raw[63]).isEqualTo((byte) 1);
        assertThat(raw[66]).isEqualTo((byte) 1);
        assertThat(b.getLong(224)).isEqualTo(0x10);
        assertThat(b.getShort(208 + 8)).isEqualTo((short) 0x3ff);
        assertThat(t.segment(KvmSregs.Segment.ES).base()).isEqualTo(0xFEE00000L);
        assertThat(t.segment(KvmSregs.Segment.CS)).isEqualTo(s.segment(KvmSregs.Segment.CS));
        assertThatThrownBy(() -> KvmSregs.of(new byte[311])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("312");
    }

    @Test
    void vcpuEventsFields() {
        byte[] raw = new byte[64];
        raw[8] = 1; // interrupt.injected
        raw[9] = 0x31; // interrupt.nr
        raw[11] = 2; // interrupt.shadow = STI
        raw[13] = 1; // nmi.pending
        raw[20] = 1; // flags = VALID_NMI_PENDING
        KvmVcpuEvents e = KvmVcpuEvents.of(raw);
        assertThat(e.interruptInjected()).isTrue();
        assertThat(e.interruptNr()).isEqualTo(0x31);
        assertThat(e.interruptShadow()).isEqualTo(KvmVcpuEvents.SHADOW_INT_STI);
        assertThat(e.nmiPending()).isTrue();
        assertThat(e.flags()).isEqualTo(KvmVcpuEvents.VALID_NMI_PENDING);
        assertThat(KvmVcpuEvents.of(new byte[64]).withNmiPending(true).bytes()).isEqualTo(new byte[]{0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    }

    @Test
    void regsRoundTrip() {
        KvmRegs r = KvmRegs.reset().with(KvmRegs.Register.RIP, 0x7c00);
        ByteBuffer b = ByteBuffer.allocate(144);
        r.encode(b);
        // rip at 128, rflags (0x2) at 136
        assertThat(b.order(ByteOrder.LITTLE_ENDIAN).getLong(128)).isEqualTo(0x7c00);
        assertThat(b.getLong(136)).isEqualTo(2);
        assertThat(KvmRegs.decode(b.rewind())).isEqualTo(r);
    }

    @Test
    void shortBufferIsRefusedWithTheStructName() {
        assertThatThrownBy(() -> KvmMsi.decode(ByteBuffer.allocate(31))).isInstanceOf(
                IllegalArgumentException.class).hasMessageContaining("struct kvm_msi").hasMessageContaining("32")
                .hasMessageContaining("31");
    }
}
