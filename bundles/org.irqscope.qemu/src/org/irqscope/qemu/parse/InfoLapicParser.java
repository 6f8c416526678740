// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.irqscope.qemu.parse.HexFields.dec;
import static org.irqscope.qemu.parse.HexFields.hex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.VectorSet;

/**
 * Decodes {@code info lapic} (x86_cpu_dump_local_apic_state in target/i386/cpu-dump.c): one or more dumps, each
 * starting with "dumping local APIC state for CPU n". Register values are taken from the hex words QEMU prints; the
 * decoded words QEMU appends ("active-hi edge masked") are ignored because the raw word holds the same bits.
 */
final class InfoLapicParser {
    private static final Pattern START = Pattern.compile("dumping local APIC state for CPU\\s+(\\d+)\\s*");
    private static final Pattern REG = Pattern.compile("(LVT0|LVT1|LVTPC|LVTERR|LVTTHMR|LVTT|LVTCMCI|SPIV|ICR|ICR2|ESR)"
            + "\\s+0x([0-9a-fA-F]+)\\b.*");
    private static final Pattern TIMER = Pattern.compile("Timer\\s+DCR=0x([0-9a-fA-F]+)\\s+\\(divide by \\d+\\)\\s+"
            + "initial_count\\s*=\\s*(\\d+)(?:\\s+current_count\\s*=\\s*(\\d+))?.*");
    private static final Pattern VECTORS = Pattern.compile("(ISR|IRR)\\s+(.*)");
    private static final Pattern VECTOR = Pattern.compile("(\\d+)(\\(level\\))?");
    private static final Pattern TAIL_FIELD = Pattern.compile("(APR|TPR|DFR|LDR|PPR)\\s*0x([0-9a-fA-F]+)");
    private static final String[] TAIL_KEYS = {"APR", "TPR", "DFR", "LDR", "PPR"};

    /** One decoded dump. {@code apicId} is the CPU index: QEMU prints no APIC ID, see the note the caller adds. */
    record Dump(int cpu, LapicState lapic) {
    }

    private InfoLapicParser() {
    }

    static List<Dump> parse(String text) throws ParseException {
        if (text == null) {
            throw new ParseException("no info lapic text (null)");
        }
        MonitorLines in = new MonitorLines(text);
        List<Dump> out = new ArrayList<>();
        while (in.hasNext()) {
            String line = in.take();
            if (line.isBlank()) {
                continue;
            }
            Matcher s = START.matcher(line);
            if (!s.matches()) {
                throw new ParseException(in.lastNumber(), line, "'dumping local APIC state for CPU n'");
            }
            out.add(dump((int) dec(s.group(1), in.lastNumber(), line, "the CPU index"), in, in.lastNumber()));
        }
        if (out.isEmpty()) {
            throw new ParseException("no 'dumping local APIC state for CPU n' section in the info lapic text");
        }
        return out;
    }

    private static Dump dump(int cpu, MonitorLines in, int startLine) throws ParseException {
        Map<String, Integer> regs = new HashMap<>();
        Map<String, Integer> tail = new HashMap<>();
        long initial = -1;
        long current = -1;
        int divide = -1;
        VectorSet isr = null;
        VectorSet irr = null;
        VectorSet tmr = VectorSet.EMPTY;
        while (in.hasNext() && !START.matcher(in.peek()).matches()) {
            String line = in.take().trim();
            int n = in.lastNumber();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m;
            if ((m = REG.matcher(line)).matches()) {
                regs.put(m.group(1), hex(m.group(2), n, line, m.group(1)));
            } else if ((m = TIMER.matcher(line)).matches()) {
                divide = hex(m.group(1), n, line, "DCR");
                initial = dec(m.group(2), n, line, "initial_count");
                current = m.group(3) == null ? -1 : dec(m.group(3), n, line, "current_count");
            } else if ((m = VECTORS.matcher(line)).matches()) {
                VectorSet set = VectorSet.EMPTY;
                String list = m.group(2).trim();
                if (!list.equals("(none)")) {
                    for (String v : list.split("\\s+")) {
                        Matcher vm = VECTOR.matcher(v);
                        if (!vm.matches()) {
                            throw new ParseException(n, line, "vector numbers, each optionally '(level)'");
                        }
                        int vector = (int) dec(vm.group(1), n, line, "a vector");
                        if (vector > 255) {
                            throw new ParseException(n, line, "vectors 0..255");
                        }
                        set = set.with(vector);
                        if (vm.group(2) != null) {
                            tmr = tmr.with(vector);
                        }
                    }
                }
                if (m.group(1).equals("ISR")) {
                    isr = set;
                } else {
                    irr = set;
                }
            } else if (line.startsWith("APR")) {
                Matcher t = TAIL_FIELD.matcher(line);
                while (t.find()) {
                    tail.put(t.group(1), hex(t.group(2), n, line, t.group(1)));
                }
            } else {
                throw new ParseException(n, line, "a local APIC register line (LVT*, Timer, SPIV, ICR, ICR2, ESR, ISR, "
                        + "IRR or 'APR .. TPR .. DFR .. LDR .. PPR ..')");
            }
        }
        String where = "CPU " + cpu + " (dump starting at line " + startLine + ")";
        for (String k : new String[]{"LVT0", "LVT1", "LVTPC", "LVTERR", "LVTTHMR", "LVTT", "SPIV", "ICR", "ESR"}) {
            if (!regs.containsKey(k)) {
                throw new ParseException("info lapic for " + where + " has no " + k + " line (truncated?)");
            }
        }
        for (String k : TAIL_KEYS) {
            if (!tail.containsKey(k)) {
                throw new ParseException("info lapic for " + where + " has no " + k + " value (truncated?)");
            }
        }
        if (isr == null || irr == null || divide < 0) {
            throw new ParseException("info lapic for " + where + " lacks its "
                    + (divide < 0 ? "Timer" : isr == null ? "ISR" : "IRR") + " line (truncated?)");
        }
        List<LapicState.LvtEntry> lvt = new ArrayList<>();
        lvt.add(new LapicState.LvtEntry("TIMER", regs.get("LVTT")));
        lvt.add(new LapicState.LvtEntry("THERMAL", regs.get("LVTTHMR")));
        lvt.add(new LapicState.LvtEntry("PERFMON", regs.get("LVTPC")));
        lvt.add(new LapicState.LvtEntry("LINT0", regs.get("LVT0")));
        lvt.add(new LapicState.LvtEntry("LINT1", regs.get("LVT1")));
        lvt.add(new LapicState.LvtEntry("ERROR", regs.get("LVTERR")));
        if (regs.containsKey("LVTCMCI")) {
            lvt.add(new LapicState.LvtEntry("CMCI", regs.get("LVTCMCI")));
        }
        long icr = (regs.getOrDefault("ICR2", 0) & 0xffffffffL) << 32 | (regs.get("ICR") & 0xffffffffL);
        LapicState lapic = new LapicState(cpu, -1, tail.get("TPR"), tail.get("APR"), tail.get("PPR"),
                regs.get("SPIV"), tail.get("LDR"), tail.get("DFR"), regs.get("ESR"), irr, isr, tmr, icr, lvt,
                initial, current, divide);
        return new Dump(cpu, lapic);
    }
}
