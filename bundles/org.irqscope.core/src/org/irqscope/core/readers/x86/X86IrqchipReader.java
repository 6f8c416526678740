// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.readers.x86;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.irqscope.core.state.Arch;
import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.MsiRoute;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.VectorSet;

/**
 * Decodes the raw x86 in-kernel irqchip — the three KVM_GET_IRQCHIP unions (PIC master, PIC slave, IOAPIC) and
 * one KVM_GET_LAPIC page per vCPU — into a {@link MachineState}. Plain Java over byte arrays, little-endian as KVM
 * writes them on x86; layouts from the ABI fact page §6 ({@code struct kvm_pic_state}, {@code struct
 * kvm_ioapic_state}, the architectural LAPIC page).
 *
 * <p>The IOAPIC's 24 pins become the machine's sources (number = pin = GSI, kind LSI since they are lines): vector
 * as the priority field, destination APIC id as the server, the mask bit, the IRR bit as pending (and, on a
 * level-triggered pin, as asserted), remote IRR as presented (delivered and not yet EOI'd).
 */
public final class X86IrqchipReader {
    /** One load per field instead of four byte loads: the decode runs with caches cold from the ioctls before it. */
    private static final VarHandle LE32 = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LE64 = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Size of the KVM_GET_IRQCHIP union and of the LAPIC page. */
    public static final int IRQCHIP_UNION_SIZE = 512;
    public static final int LAPIC_PAGE_SIZE = 1024;
    public static final int IOAPIC_PINS = 24;

    /** The LVT registers in {@link LapicState#lvt()} order, with their offsets in the LAPIC page. */
    private static final String[] LVT_NAMES = {"TIMER", "THERMAL", "PERFMON", "LINT0", "LINT1", "ERROR", "CMCI"};
    private static final int[] LVT_OFFSETS = {0x320, 0x330, 0x340, 0x350, 0x360, 0x370, 0x2f0};
    /** Built once: a state is read many times a second and the names never change. */
    private static final String[] PIN_OWNERS = new String[IOAPIC_PINS];

    static {
        for (int pin = 0; pin < IOAPIC_PINS; pin++) {
            PIN_OWNERS[pin] = "IOAPIC pin " + pin;
        }
    }

    private X86IrqchipReader() {
    }

    /** One vCPU's raw inputs: its LAPIC page, its run state and its per-vCPU counters. */
    public record RawVcpu(int id, byte[] lapicPage, org.irqscope.core.state.RunState runState,
            Map<String, Long> counters) {
        public RawVcpu {
            checkLength("LAPIC page of vCPU " + id, lapicPage, LAPIC_PAGE_SIZE);
        }
    }

    /** The raw inputs of one full read. */
    public record RawIrqchip(byte[] picMaster, byte[] picSlave, byte[] ioapic, List<RawVcpu> vcpus) {
        public RawIrqchip {
            checkLength("PIC master state", picMaster, IRQCHIP_UNION_SIZE);
            checkLength("PIC slave state", picSlave, IRQCHIP_UNION_SIZE);
            checkLength("IOAPIC state", ioapic, IRQCHIP_UNION_SIZE);
            vcpus = List.copyOf(vcpus);
        }
    }

    private static void checkLength(String what, byte[] data, int min) {
        if (data.length < min) {
            throw new IllegalArgumentException(what + " has " + data.length + " bytes; KVM gives " + min);
        }
    }

    /**
     * Builds the state of an x86 machine with the whole irqchip in the kernel.
     *
     * @param sourceCounts injections per GSI (index = GSI) as the backend counted them, or null when it has none
     * @param counters machine-wide counters (injection accounting)
     */
    public static MachineState read(String target, long sequence, RawIrqchip raw, long[] sourceCounts,
            Map<String, Long> counters, Collection<MsiRoute> routes, Collection<String> capabilities,
            Collection<String> notes) {
        MachineState.Builder b = MachineState.builder(target, Arch.X86_64, InterruptMode.X86_KERNEL_IRQCHIP)
                .irqchip(IrqchipLocation.IN_KERNEL).backend(BackendKind.LINUX_KVM).sequence(sequence);
        b.controller(pic(0, raw.picMaster())).controller(pic(1, raw.picSlave()));
        IoapicState ioapic = ioapic(raw.ioapic());
        b.controller(ioapic);
        for (SourceState s : sources(ioapic, sourceCounts)) {
            b.source(s);
        }
        for (RawVcpu v : raw.vcpus()) {
            b.vcpu(new VcpuState(v.id(), v.runState(), lapic(v.lapicPage()), v.counters()));
        }
        b.counters(counters);
        routes.forEach(b::route);
        b.capabilities(capabilities);
        notes.forEach(b::note);
        return b.build();
    }

    /** {@code struct kvm_pic_state}: sixteen bytes in declaration order. */
    public static PicState pic(int chip, byte[] s) {
        return new PicState(chip, u8(s, 0), u8(s, 1), u8(s, 2), u8(s, 3), u8(s, 4), u8(s, 5), u8(s, 6), u8(s, 7),
                u8(s, 8), u8(s, 9), u8(s, 10), u8(s, 11), u8(s, 12), u8(s, 13), u8(s, 14), u8(s, 15));
    }

    /**
     * {@code struct kvm_ioapic_state}: u64 base_address @0, u32 ioregsel @8, id @12, irr @16, pad @20, then 24
     * redirection entries of 8 bytes from @24.
     */
    public static IoapicState ioapic(byte[] s) {
        List<IoapicState.RedirectionEntry> pins = new ArrayList<>(IOAPIC_PINS);
        for (int pin = 0; pin < IOAPIC_PINS; pin++) {
            pins.add(new IoapicState.RedirectionEntry(pin, u64(s, 24 + 8 * pin)));
        }
        return new IoapicState(u32(s, 12), u64(s, 0), u32(s, 8), u32(s, 16), pins);
    }

    /** The IOAPIC pins as sources. */
    public static List<SourceState> sources(IoapicState ioapic, long[] sourceCounts) {
        List<SourceState> out = new ArrayList<>(IOAPIC_PINS);
        for (IoapicState.RedirectionEntry e : ioapic.pins()) {
            boolean irr = (ioapic.irr() & (1 << e.pin())) != 0;
            long count = sourceCounts != null && e.pin() < sourceCounts.length ? sourceCounts[e.pin()] : -1;
            out.add(SourceState.builder(e.pin(), SourceKind.LSI).owner(PIN_OWNERS[e.pin()])
                    .server(e.destination()).priority(e.vector()).masked(e.masked())
                    .asserted(irr && e.levelTriggered()).pending(irr).presented(e.remoteIrr()).count(count)
                    .build());
        }
        return out;
    }

    /** The architectural LAPIC page (offsets in the ABI fact page §6). */
    public static LapicState lapic(byte[] p) {
        LapicState.LvtEntry[] entries = new LapicState.LvtEntry[LVT_NAMES.length];
        for (int i = 0; i < LVT_NAMES.length; i++) {
            entries[i] = new LapicState.LvtEntry(LVT_NAMES[i], u32(p, LVT_OFFSETS[i]));
        }
        List<LapicState.LvtEntry> lvt = List.of(entries);
        long icr = (u32(p, 0x310) & 0xffffffffL) << 32 | (u32(p, 0x300) & 0xffffffffL);
        return new LapicState(u32(p, 0x20) >>> 24, u32(p, 0x30), u32(p, 0x80), u32(p, 0x90), u32(p, 0xa0),
                u32(p, 0xf0), u32(p, 0xd0), u32(p, 0xe0), u32(p, 0x280), vectors(p, 0x200), vectors(p, 0x100),
                vectors(p, 0x180), icr, lvt, u32(p, 0x380) & 0xffffffffL, u32(p, 0x390) & 0xffffffffL,
                u32(p, 0x3e0));
    }

    /** Eight 32-bit registers at a 16-byte stride from {@code offset}: vector v is bit v % 32 of register v / 32. */
    private static VectorSet vectors(byte[] p, int offset) {
        long w0 = (u32(p, offset) & 0xffffffffL) | (long) u32(p, offset + 0x10) << 32;
        long w1 = (u32(p, offset + 0x20) & 0xffffffffL) | (long) u32(p, offset + 0x30) << 32;
        long w2 = (u32(p, offset + 0x40) & 0xffffffffL) | (long) u32(p, offset + 0x50) << 32;
        long w3 = (u32(p, offset + 0x60) & 0xffffffffL) | (long) u32(p, offset + 0x70) << 32;
        return (w0 | w1 | w2 | w3) == 0 ? VectorSet.EMPTY : VectorSet.ofWords(w0, w1, w2, w3);
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xff;
    }

    private static int u32(byte[] b, int at) {
        return (int) LE32.get(b, at);
    }

    private static long u64(byte[] b, int at) {
        return (long) LE64.get(b, at);
    }
}
