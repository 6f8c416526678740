// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import org.irqscope.core.state.Arch;
import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;

/**
 * Public entry for QEMU monitor text: {@code info pic}, {@code info lapic} and {@code info irq} (also the text of
 * {@code x-query-irq}) of QEMU 7.2 and later, turned into {@link MachineState}. The CLI's
 * {@code parse FILE --as qemu-info-pic|qemu-info-lapic} and the QMP target both call it. Lines it does not know become
 * notes of the state; rows of a known section that do not decode raise a {@link ParseException}.
 */
public final class MonitorTextParser {

    private MonitorTextParser() {
    }

    /** Decodes one {@code info pic} text. */
    public static MachineState parseInfoPic(String text, String target) throws ParseException {
        return parse(target, text, null, null, MachineFacts.NONE);
    }

    /** Decodes one {@code info pic} text with facts from QMP or the launch line. */
    public static MachineState parseInfoPic(String text, String target, MachineFacts facts) throws ParseException {
        return parse(target, text, null, null, facts);
    }

    /** The vCPUs of an {@code info lapic} text (one or more dumps), each with its {@code LapicState}. */
    public static List<VcpuState> parseInfoLapic(String text) throws ParseException {
        return parseInfoLapic(text, MachineFacts.NONE);
    }

    private static List<VcpuState> parseInfoLapic(String text, MachineFacts facts) throws ParseException {
        List<VcpuState> out = new ArrayList<>();
        for (InfoLapicParser.Dump d : InfoLapicParser.parse(text)) {
            out.add(new VcpuState(d.cpu(), facts.runState(d.cpu()), d.lapic()));
        }
        return out;
    }

    /**
     * An {@code info lapic} text alone, as a MachineState with only vCPUs. The mode cannot be read from local APICs;
     * it is reported as in-kernel irqchip with a note saying it was assumed.
     */
    public static MachineState parseInfoLapic(String text, String target) throws ParseException {
        MachineState.Builder b = MachineState.builder(target, Arch.X86_64, InterruptMode.X86_KERNEL_IRQCHIP)
                .backend(BackendKind.FILE);
        parseInfoLapic(text).forEach(b::vcpu);
        b.note("mode assumed: info lapic alone does not say where the irqchip lives");
        b.note(LAPIC_DERIVED);
        return b.build();
    }

    /** The counters of an {@code info irq} / {@code x-query-irq} text, named "irq.DEVICE.LINE". */
    public static Map<String, Long> parseInfoIrq(String text) throws ParseException {
        return InfoIrqParser.parse(text);
    }

    /**
     * The counters of a QMP {@code x-query-irq} reply (the whole reply object or just its {@code return} value):
     * QEMU 7.2 returns {@code {"human-readable-text": "..."}} holding the {@code info irq} text.
     */
    public static Map<String, Long> parseXQueryIrq(String json) throws ParseException {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw new ParseException("x-query-irq reply is not JSON: " + e.getMessage());
        }
        JsonObject o = root.isJsonObject() ? root.getAsJsonObject() : null;
        if (o != null && o.has("return") && o.get("return").isJsonObject()) {
            o = o.getAsJsonObject("return");
        }
        JsonElement text = o == null ? null : o.get("human-readable-text");
        if (text == null || !text.isJsonPrimitive()) {
            throw new ParseException("x-query-irq reply has no \"human-readable-text\" string: " + json.strip());
        }
        return InfoIrqParser.parse(text.getAsString());
    }

    private static final String LAPIC_DERIVED = "LAPIC apicId is the CPU index and version is -1: QEMU's info lapic "
            + "prints neither";

    /**
     * Decodes a full capture: {@code info pic} plus, where available, the concatenated {@code info lapic N} dumps and
     * the {@code info irq} text (null when absent).
     */
    public static MachineState parse(String target, String infoPic, String infoLapic, String infoIrq,
            MachineFacts facts) throws ParseException {
        InfoPicSections s = InfoPicParser.parse(infoPic);
        Map<String, Long> counters = infoIrq == null ? Map.of() : InfoIrqParser.parse(infoIrq);
        List<String> notes = new ArrayList<>(s.notes);
        if (s.isPower() && s.isX86()) {
            throw new ParseException("info pic mixes POWER (XICS/XIVE) and x86 (PIC/IOAPIC) sections: two captures "
                    + "pasted together?");
        }
        MachineState.Builder b;
        if (s.isPower()) {
            b = power(target, s, facts, notes);
        } else {
            b = x86(target, s, facts, counters, notes);
            if (infoLapic != null) {
                Map<Integer, VcpuState> byId = new TreeMap<>();
                for (VcpuState v : parseInfoLapic(infoLapic, facts)) {
                    if (byId.put(v.id(), v) != null) {
                        throw new ParseException("info lapic text holds CPU " + v.id() + " twice");
                    }
                }
                byId.values().forEach(b::vcpu);
                notes.add(LAPIC_DERIVED);
            }
        }
        b.backend(BackendKind.QEMU_QMP);
        counters.forEach(b::counter);
        notes.forEach(b::note);
        return b.build();
    }

    private static MachineState.Builder power(String target, InfoPicSections s, MachineFacts facts,
            List<String> notes) throws ParseException {
        if (s.xics && (s.spaprXive || s.pnvXive)) {
            throw new ParseException("info pic holds both XICS and XIVE sections; QEMU prints only the active one");
        }
        InterruptMode mode;
        if (s.xics) {
            mode = InterruptMode.XICS;
            if (facts.configuredIcMode() == InterruptMode.DUAL) {
                if (xicsAtReset(s)) {
                    mode = InterruptMode.DUAL;
                    notes.add("ic-mode=dual and XICS still at reset: the guest has not negotiated at CAS yet");
                } else {
                    notes.add("ic-mode=dual: the guest chose XICS at CAS");
                }
            }
        } else {
            mode = InterruptMode.XIVE;
            if (facts.configuredIcMode() == InterruptMode.DUAL) {
                notes.add("ic-mode=dual: the guest chose XIVE at CAS");
            }
        }
        IrqchipLocation irqchip = s.irqchip;
        if (s.pnvXive && irqchip == IrqchipLocation.UNKNOWN) {
            // PowerNV runs under TCG only; QEMU prints no irqchip line for it.
            irqchip = IrqchipLocation.EMULATED;
            notes.add("irqchip: emulated (PowerNV has no in-kernel interrupt controller)");
        }
        MachineState.Builder b = MachineState.builder(target, Arch.PPC64, mode).irqchip(irqchip);
        if (s.xics) {
            for (Map.Entry<Integer, XicsIcp> e : s.icps.entrySet()) {
                b.vcpu(new VcpuState(e.getKey(), run(facts, e.getKey()), e.getValue()));
            }
            s.icsBlocks.forEach(b::controller);
            notes.add("XICS source servers are -1: QEMU's info pic does not print them");
        } else {
            List<Integer> nvts = new ArrayList<>(s.nvts);
            for (Map.Entry<Integer, XiveRing[]> e : s.tima.entrySet()) {
                XiveRing os = e.getValue()[XiveThreadContext.OS];
                // OS ring W2: bit 31 = VO (valid), low bits = the CAM line (block << 19 | NVT index), xive_regs.h.
                int vp = (os.w2() & 0x80000000) != 0 ? os.w2() & 0x7ffff : -1;
                b.vcpu(new VcpuState(e.getKey(), run(facts, e.getKey()),
                        new XiveThreadContext(List.of(e.getValue()), vp)));
                if (vp >= 0 && s.spaprXive && !nvts.contains(vp)) {
                    nvts.add(vp);
                }
            }
            b.controller(new ControllerState.XiveRouter(new ArrayList<>(s.ends.values()), nvts));
            if (s.pnvXive) {
                notes.add("PowerNV END server is the NVT index, not a vCPU number");
            }
        }
        s.sources.values().forEach(b::source);
        return b;
    }

    private static boolean xicsAtReset(InfoPicSections s) {
        for (XicsIcp icp : s.icps.values()) {
            if (icp.cppr() != 0 || icp.xisr() != 0 || icp.mfrr() != 0xff) {
                return false;
            }
        }
        for (SourceState src : s.sources.values()) {
            if (src.priority() != 0xff) {
                return false;
            }
        }
        return true;
    }

    private static MachineState.Builder x86(String target, InfoPicSections s, MachineFacts facts,
            Map<String, Long> counters, List<String> notes) {
        boolean kvmIoapic = s.ioapicName.startsWith("kvm") || counters.keySet().stream()
                .anyMatch(k -> k.startsWith("irq.kvm-ioapic.") || k.startsWith("irq.kvm-i8259."));
        // KVM's in-kernel IOAPIC reports version 0x11, QEMU's own IOAPIC 0x20 (ioapic.c IOAPIC_VER_DEF).
        boolean kernelVersion = !s.ioapics.isEmpty() && s.ioapics.get(0).pins().size() == 24
                && ioapicVersion(s) == 0x11;
        InterruptMode mode;
        IrqchipLocation irqchip;
        if (kvmIoapic || kernelVersion || "on".equals(facts.kernelIrqchip())) {
            mode = InterruptMode.X86_KERNEL_IRQCHIP;
            irqchip = IrqchipLocation.IN_KERNEL;
        } else if ("split".equals(facts.kernelIrqchip())
                || Boolean.TRUE.equals(facts.kvm()) && facts.kernelIrqchip() == null) {
            mode = InterruptMode.X86_SPLIT_IRQCHIP;
            irqchip = IrqchipLocation.IN_KERNEL;
            notes.add("split irqchip: LAPICs in KVM, PIC and IOAPIC emulated by QEMU"
                    + (facts.kernelIrqchip() == null
                            ? " (derived: KVM with QEMU's IOAPIC; kernel-irqchip=off "
                                    + "looks the same over QMP)"
                            : ""));
        } else if (Boolean.FALSE.equals(facts.kvm()) || "off".equals(facts.kernelIrqchip())) {
            mode = InterruptMode.X86_EMULATED;
            irqchip = IrqchipLocation.EMULATED;
        } else {
            mode = InterruptMode.X86_EMULATED;
            irqchip = IrqchipLocation.EMULATED;
            notes.add("QEMU's own IOAPIC: emulated or split irqchip (not told apart without QMP facts)");
        }
        MachineState.Builder b = MachineState.builder(target, Arch.X86_64, mode).irqchip(irqchip);
        for (PicState p : s.pics) {
            b.controller(p);
        }
        if (!s.pics.isEmpty()) {
            notes.add("PIC last_irr, poll, special_mask, init_state, auto_eoi, rotate, init4 and elcr_mask are 0: "
                    + "QEMU's info pic prints none of them");
        }
        String device = kvmIoapic ? "kvm-ioapic" : "ioapic";
        for (IoapicState io : s.ioapics) {
            b.controller(io);
            for (IoapicState.RedirectionEntry e : io.pins()) {
                b.source(SourceState.builder(e.pin(), e.levelTriggered() ? SourceKind.LSI : SourceKind.MSI)
                        .owner(device)
                        .server(e.destination())
                        .priority(e.vector())
                        .masked(e.masked())
                        .asserted(e.pin() < 32 && ((io.irr() >>> e.pin()) & 1) != 0)
                        .presented(e.remoteIrr())
                        .count(counters.getOrDefault("irq." + device + "." + e.pin(), 0L))
                        .build());
            }
        }
        if (!s.ioapics.isEmpty()) {
            notes.add("IOAPIC pin sources: server = RTE destination, priority = RTE vector; base address assumed "
                    + "0xfec00000 (not printed)");
        }
        return b;
    }

    private static int ioapicVersion(InfoPicSections s) {
        return s.ioapicVersion;
    }

    private static RunState run(MachineFacts facts, int cpu) {
        return facts.runState(cpu);
    }
}
