// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.irqscope.qemu.parse.HexFields.dec;
import static org.irqscope.qemu.parse.HexFields.hex;
import static org.irqscope.qemu.parse.HexFields.hexLong;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XicsIcp;

/**
 * Decodes the sections of QEMU's {@code info pic} (QEMU 7.2 layout, any amount of blanks between fields): sPAPR XICS
 * (hw/intc/xics.c), sPAPR XIVE (hw/intc/spapr_xive.c, xive.c), PowerNV XIVE (hw/intc/pnv_xive.c), the i8259 pair
 * (i8259_common.c) and the IOAPIC (ioapic_common.c). Rows inside a known section must decode or the parse fails;
 * unknown top-level lines become notes.
 */
final class InfoPicParser {
    private static final Pattern XICS_ICP = Pattern.compile(
            "CPU\\s+(\\d+)\\s+XIRR=([0-9a-fA-F]+)\\s+\\(.*\\)\\s+PP=([0-9a-fA-F]+)\\s+MFRR=([0-9a-fA-F]+)");
    private static final Pattern ICS_HEADER = Pattern.compile(
            "ICS\\s+([0-9a-fA-F]+)\\s*\\.\\.\\s*([0-9a-fA-F]+)(?:\\s+(\\S+))?");
    private static final Pattern ICS_ROW = Pattern.compile(
            "\\s+([0-9a-fA-F]+)\\s+(MSI|LSI)\\s+([0-9a-fA-F]{2})\\s+([0-9a-fA-F]{2})");
    private static final Pattern TIMA_HEADER = Pattern.compile("CPU\\[([0-9a-fA-F]+)\\]:\\s+QW\\s+NSR.*");
    private static final Pattern TIMA_RING = Pattern.compile(
            "CPU\\[([0-9a-fA-F]+)\\]:\\s+(USER|OS|POOL|PHYS)((?:\\s+[0-9a-fA-F]{2}){8})\\s+([0-9a-fA-F]{8})");
    private static final Pattern LISN_HEADER = Pattern.compile("\\s+(LISN|LSIN)\\s+PQ\\s+EISN.*");
    private static final Pattern PNV_SECTION = Pattern.compile(
            "XIVE\\[([0-9a-fA-F]+)\\]\\s+#(\\d+)\\s+(Source|EAT|ENDT|END Escalation EAT|NVTT)\\b.*");
    private static final Pattern OTHER_SOURCE_SECTION = Pattern.compile(
            "(\\S+)\\s+Source\\s+([0-9a-fA-F]+)\\s*\\.\\.\\s*([0-9a-fA-F]+).*");
    private static final Pattern PNV_SOURCE_ROW = Pattern.compile(
            "\\s+([0-9a-fA-F]{1,8})\\s+(MSI|LSI)\\s+([-P])([-Q])(A?)");
    private static final Pattern PNV_EAT_ROW = Pattern.compile(
            "\\s+([0-9a-fA-F]{1,8})\\s+(M\\s+)?end:([0-9a-fA-F]+)/([0-9a-fA-F]+)\\s+data:([0-9a-fA-F]+).*");
    private static final Pattern PNV_END_ROW = Pattern.compile(
            "\\s+([0-9a-fA-F]{1,8})\\s+(\\S\\S)\\s+(\\S+)\\s+prio:(\\d+)\\s+nvt:([0-9a-fA-F]+)/([0-9a-fA-F]+)"
                    + "(?:\\s+eq:@([0-9a-fA-F]+)\\s+(\\d+)/(\\d+)\\s+\\^([01])\\s*(?:\\[(.*)\\])?)?.*");
    private static final Pattern PNV_NVT_ROW = Pattern.compile(
            "\\s+([0-9a-fA-F]{1,8})\\s+end:([0-9a-fA-F]+)/([0-9a-fA-F]+)\\s+IPB:([0-9a-fA-F]{2}).*");
    private static final Pattern PIC = Pattern.compile(
            "pic(\\d):\\s+irr=([0-9a-fA-F]+)\\s+imr=([0-9a-fA-F]+)\\s+isr=([0-9a-fA-F]+)\\s+hprio=(\\d+)"
                    + "\\s+irq_base=([0-9a-fA-F]+)\\s+rr_sel=(\\d+)\\s+elcr=([0-9a-fA-F]+)\\s+fnm=(\\d+).*");
    private static final Pattern IOAPIC_HEADER = Pattern.compile(
            "(\\S*ioapic)(\\d*):\\s+ver=0x([0-9a-fA-F]+)\\s+id=0x([0-9a-fA-F]+)\\s+sel=0x([0-9a-fA-F]+).*");
    private static final Pattern IOAPIC_PIN = Pattern.compile(
            "\\s+pin\\s+(\\d+)\\s+0x([0-9a-fA-F]{16})\\b.*");
    private static final Pattern IOAPIC_IRR = Pattern.compile("\\s+(IRR|Remote IRR)\\s+(.*)");
    private static final Pattern IRQCHIP = Pattern.compile("irqchip:\\s+(\\S+)\\s*");

    /** sPAPR interrupt numbers below this are the per-CPU IPIs (SPAPR_XIRQ_BASE in hw/ppc/spapr_irq.h). */
    static final int SPAPR_XIRQ_BASE = 0x1000;

    private final MonitorLines in;
    private final InfoPicSections out = new InfoPicSections();

    private InfoPicParser(String text) {
        this.in = new MonitorLines(text);
    }

    static InfoPicSections parse(String text) throws ParseException {
        if (text == null) {
            throw new ParseException("no info pic text (null)");
        }
        InfoPicParser p = new InfoPicParser(text);
        p.run();
        return p.out;
    }

    private void run() throws ParseException {
        while (in.hasNext()) {
            String line = in.take();
            int n = in.lastNumber();
            if (line.isBlank()) {
                continue;
            }
            Matcher m;
            if ((m = XICS_ICP.matcher(line)).matches()) {
                xicsIcp(m, n, line);
            } else if ((m = ICS_HEADER.matcher(line)).matches()) {
                icsBlock(m, n, line);
            } else if (TIMA_HEADER.matcher(line).matches()) {
                timaBlock(n, line);
            } else if (LISN_HEADER.matcher(line).matches()) {
                lisnTable();
            } else if ((m = PNV_SECTION.matcher(line)).matches()) {
                pnvSection(m.group(3));
            } else if ((m = OTHER_SOURCE_SECTION.matcher(line)).matches()) {
                out.pnvXive = true;
                pnvSourceRows(m.group(1));
            } else if ((m = PIC.matcher(line)).matches()) {
                pic(m, n, line);
            } else if ((m = IOAPIC_HEADER.matcher(line)).matches()) {
                ioapic(m, n, line);
            } else if ((m = IRQCHIP.matcher(line)).matches()) {
                out.irqchip = switch (m.group(1)) {
                    case "in-kernel" -> IrqchipLocation.IN_KERNEL;
                    case "emulated" -> IrqchipLocation.EMULATED;
                    default -> {
                        out.notes.add("line " + n + ": unknown irqchip location '" + m.group(1) + "'");
                        yield IrqchipLocation.UNKNOWN;
                    }
                };
            } else if (Character.isWhitespace(line.charAt(0))) {
                throw new ParseException(n, line, "a table row under a known section header; this indented line "
                        + "follows no section irqscope knows");
            } else {
                out.notes.add("line " + n + " not decoded: " + line);
            }
        }
        if (!out.isPower() && !out.isX86()) {
            throw new ParseException("no interrupt controller section found in " + in.size() + " line(s): expected "
                    + "XICS 'CPU n XIRR=', XIVE 'CPU[n]: QW', 'picN:' or 'ioapicN:' lines");
        }
    }

    private void xicsIcp(Matcher m, int n, String line) throws ParseException {
        out.xics = true;
        int cpu = (int) dec(m.group(1), n, line, "the CPU number");
        int xirr = hex(m.group(2), n, line, "XIRR");
        int pp = hex(m.group(3), n, line, "PP");
        int mfrr = hex(m.group(4), n, line, "MFRR");
        try {
            out.icps.put(cpu, new XicsIcp(xirr >>> 24, mfrr, xirr & 0xffffff, pp));
        } catch (IllegalArgumentException e) {
            throw new ParseException(n, line, "an ICP with byte-sized PP and MFRR (" + e.getMessage() + ")");
        }
    }

    private void icsBlock(Matcher m, int n, String line) throws ParseException {
        out.xics = true;
        int first = hex(m.group(1), n, line, "the ICS first source");
        int last = hex(m.group(2), n, line, "the ICS last source");
        if (last < first) {
            throw new ParseException(n, line, "an ICS range first..last with first <= last");
        }
        out.icsBlocks.add(new ControllerState.IcsBlock("ICS " + m.group(1) + ".." + m.group(2), first,
                last - first + 1));
        while (in.hasNext() && startsIndented(in.peek())) {
            String row = in.take();
            int rn = in.lastNumber();
            Matcher r = ICS_ROW.matcher(row);
            if (!r.matches()) {
                throw new ParseException(rn, row, "an ICS source row '  <number> MSI|LSI <priority> <status>'");
            }
            int number = hex(r.group(1), rn, row, "the source number");
            if (number < first || number > last) {
                throw new ParseException(rn, row, "a source inside the ICS block " + m.group(1) + ".." + m.group(2));
            }
            int priority = hex(r.group(3), rn, row, "the priority");
            int status = hex(r.group(4), rn, row, "the status");
            putSource(rn, row, xicsSource(number, "LSI".equals(r.group(2)) ? SourceKind.LSI : SourceKind.MSI,
                    priority, status));
        }
    }

    /** Status bits from include/hw/ppc/xics.h (see also kvm-interrupt-abi.md §2.2 for their KVM counterparts). */
    static SourceState xicsSource(int number, SourceKind kind, int priority, int status) {
        boolean asserted = (status & 0x01) != 0;
        boolean sent = (status & 0x02) != 0;
        boolean rejected = (status & 0x04) != 0;
        boolean maskedPending = (status & 0x08) != 0;
        boolean presented = (status & 0x10) != 0;
        boolean queued = (status & 0x20) != 0;
        return SourceState.builder(number, kind)
                .priority(priority)
                .masked(priority == 0xff)
                .asserted(asserted)
                .presented(sent || presented)
                .pending(rejected || maskedPending)
                .queued(queued)
                .build();
    }

    private void timaBlock(int headerLine, String header) throws ParseException {
        out.spaprXive = true;
        Matcher h = TIMA_HEADER.matcher(header);
        h.matches();
        int cpu = hex(h.group(1), headerLine, header, "the CPU index");
        XiveRing[] rings = new XiveRing[4];
        String[] names = {"USER", "OS", "POOL", "PHYS"};
        for (int i = 0; i < 4; i++) {
            if (!in.hasNext()) {
                throw new ParseException(headerLine, header, "four TIMA rings USER, OS, POOL, PHYS after it; the text "
                        + "ends after " + i);
            }
            String line = in.take();
            int n = in.lastNumber();
            Matcher m = TIMA_RING.matcher(line);
            if (!m.matches() || !names[i].equals(m.group(2))) {
                throw new ParseException(n, line, "the " + names[i] + " ring of CPU[" + h.group(1) + "] "
                        + "(8 two-digit bytes NSR..PIPR and the 8-digit W2)");
            }
            if (hex(m.group(1), n, line, "the CPU index") != cpu) {
                throw new ParseException(n, line, "a ring of CPU[" + h.group(1) + "]");
            }
            String[] b = m.group(3).trim().split("\\s+");
            int[] v = new int[8];
            for (int k = 0; k < 8; k++) {
                v[k] = hex(b[k], n, line, "a ring byte");
            }
            int w2 = (int) hexLong(m.group(4), n, line, "W2");
            rings[i] = new XiveRing(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], w2);
        }
        out.tima.put(cpu, rings);
    }

    private static final String LISN_ROW_SHAPE = "a LISN row '<lisn> MSI|LSI <PQ>[A] [M] <eisn> [<cpu>/<prio> "
            + "<index>/<entries> @<addr> ^<gen> [ queue words ]]'";

    /** LISN rows, decoded field by field (see {@link Tokens}): a guest may have thousands of them. */
    private void lisnTable() throws ParseException {
        out.spaprXive = true;
        while (in.hasNext() && startsIndented(in.peek())) {
            String row = in.take();
            int n = in.lastNumber();
            Tokens t = new Tokens(row);
            if (t.count() < 4 || !(t.is(1, "MSI") || t.is(1, "LSI")) || t.length(2) < 2 || t.length(2) > 3) {
                throw new ParseException(n, row, LISN_ROW_SHAPE);
            }
            long lisnValue = t.hex(0);
            char pc = t.charAt(2, 0);
            char qc = t.charAt(2, 1);
            boolean asserted = t.length(2) == 3;
            if (lisnValue < 0 || lisnValue > Integer.MAX_VALUE || (pc != 'P' && pc != '-') || (qc != 'Q' && qc != '-')
                    || asserted && t.charAt(2, 2) != 'A') {
                throw new ParseException(n, row, LISN_ROW_SHAPE);
            }
            int lisn = (int) lisnValue;
            boolean p = pc == 'P';
            boolean q = qc == 'Q';
            boolean masked = t.is(3, "M");
            int field = masked ? 4 : 3;
            long eisn = field < t.count() ? t.hex(field) : -1;
            if (eisn < 0 || eisn > 0xffffffffL) {
                throw new ParseException(n, row, LISN_ROW_SHAPE);
            }
            field++;
            SourceKind kind = lisn < SPAPR_XIRQ_BASE
                    ? SourceKind.IPI
                    : t.is(1, "LSI") ? SourceKind.LSI : SourceKind.MSI;
            SourceState.Builder b = SourceState.builder(lisn, kind)
                    .pq((p ? 2 : 0) | (q ? 1 : 0))
                    .asserted(asserted)
                    .masked(masked)
                    .presented(p)
                    .queued(p && q)
                    .pending(p && q)
                    .eisn(masked ? -1 : eisn);
            if (!masked && field < t.count()) {
                spaprEnd(t, field, n, row, b);
            } else if (!masked) {
                out.notes.add("line " + n + ": LISN 0x" + Integer.toHexString(lisn) + " is unmasked but has no END");
            }
            putSource(n, row, b.build());
        }
    }

    /** The END part of a LISN row: "cpu/prio index/entries @addr ^gen [ w w ... ^w ]". */
    private void spaprEnd(Tokens t, int f, int n, String row, SourceState.Builder b) throws ParseException {
        String shape = "after the EISN: '<cpu>/<prio> <index>/<entries> @<addr> ^<gen> [ queue words ]'";
        if (t.count() < f + 4) {
            throw new ParseException(n, row, shape);
        }
        int slash = t.indexOf(f, '/');
        int slash2 = t.indexOf(f + 1, '/');
        if (slash < 0 || slash2 < 0 || t.charAt(f + 2, 0) != '@' || t.charAt(f + 3, 0) != '^'
                || t.length(f + 3) != 2) {
            throw new ParseException(n, row, shape);
        }
        long cpu = t.dec(f, 0, slash);
        long prio = t.dec(f, slash + 1, -1);
        long qindex = t.dec(f + 1, 0, slash2);
        long entries = t.dec(f + 1, slash2 + 1, -1);
        long qaddr = t.hex(f + 2, 1, -1);
        long gen = t.dec(f + 3, 1, -1);
        if (cpu < 0 || cpu > 0xfffffff || prio < 0 || qindex < 0 || entries < 0 || qaddr < 0 || gen < 0 || gen > 1) {
            throw new ParseException(n, row, shape);
        }
        if (prio > 7) {
            throw new ParseException(n, row, "a XIVE priority 0..7");
        }
        if (entries == 0 || Long.bitCount(entries) != 1 || entries > 1 << 24 || qindex >= entries) {
            throw new ParseException(n, row, "a power-of-two queue size above the queue index (got " + qindex + "/"
                    + entries + ")");
        }
        // sPAPR END numbering: one END per (vCPU, priority), index (vcpu << 3) + prio (spapr_xive.c).
        int endIndex = (int) ((cpu << 3) + prio);
        b.server((int) cpu).priority((int) prio).endIndex(endIndex);
        XiveEventQueue known = out.ends.get(endIndex);
        if (known != null) {
            // Every source on this END prints the same queue; decode it once and check the rows agree.
            if (known.qaddr() != qaddr) {
                throw new ParseException(n, row, "the same queue address for END " + endIndex
                        + " as on an earlier row (0x" + Long.toHexString(known.qaddr()) + ")");
            }
            return;
        }
        List<Integer> window = new ArrayList<>();
        int w = f + 4;
        if (w < t.count()) {
            if (!t.is(w, "[")) {
                throw new ParseException(n, row, shape);
            }
            for (w++; w < t.count() && !t.is(w, "]") && t.charAt(w, 0) != '^'; w++) {
                long word = t.hex(w);
                if (word < 0 || word > 0xffffffffL) {
                    throw new ParseException(n, row, "queue words of 8 hex digits");
                }
                window.add((int) word);
            }
        }
        // Entries are 4 bytes, so qshift (log2 of the size in bytes) = log2(entries) + 2 (xive_regs.h END_W0_QSIZE).
        out.ends.put(endIndex, new XiveEventQueue(endIndex, (int) cpu, (int) prio, true, true,
                Long.numberOfTrailingZeros(entries) + 2, (int) qindex, (int) gen, qaddr, -1, window));
    }

    private XiveEventQueue queue(int index, int server, int prio, boolean valid, boolean enqueue, String qindexText,
            String entriesText, String genText, String addrText, String windowText, int n, String row)
            throws ParseException {
        int qindex = (int) dec(qindexText, n, row, "the queue index");
        int entries = (int) dec(entriesText, n, row, "the queue size");
        if (entries <= 0 || Integer.bitCount(entries) != 1) {
            throw new ParseException(n, row, "a power-of-two queue size (got " + entries + ")");
        }
        // Entries are 4 bytes, so qshift (log2 of the size in bytes) = log2(entries) + 2 (xive_regs.h END_W0_QSIZE).
        int qshift = Integer.numberOfTrailingZeros(entries) + 2;
        return new XiveEventQueue(index, server, prio, valid, enqueue, qshift, qindex,
                Integer.parseInt(genText), hexLong(addrText, n, row, "the queue address"),
                -1, window(windowText, n, row));
    }

    /**
     * QEMU prints the queue words ending at the producer index, marking the slot it writes next with '^'
     * (xive_end_queue_pic_print_info). The words before the mark are the most recent events, oldest first.
     */
    private static List<Integer> window(String text, int n, String row) throws ParseException {
        List<Integer> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String w : text.trim().split("\\s+")) {
            if (w.isEmpty() || w.startsWith("^")) {
                break;
            }
            out.add((int) hexLong(w, n, row, "a queue word"));
        }
        return out;
    }

    private void pnvSection(String kind) throws ParseException {
        out.pnvXive = true;
        switch (kind) {
            case "Source" -> pnvSourceRows("XIVE");
            case "EAT" -> pnvEatRows(false);
            case "END Escalation EAT" -> pnvEatRows(true);
            case "ENDT" -> pnvEndRows();
            case "NVTT" -> pnvNvtRows();
            default -> throw new IllegalStateException(kind);
        }
    }

    private void pnvSourceRows(String owner) throws ParseException {
        while (in.hasNext() && startsIndented(in.peek())) {
            String row = in.take();
            int n = in.lastNumber();
            Matcher m = PNV_SOURCE_ROW.matcher(row);
            if (!m.matches()) {
                throw new ParseException(n, row, "a XIVE source row '<number> MSI|LSI <PQ>[A]'");
            }
            int number = hex(m.group(1), n, row, "the source number");
            boolean p = m.group(3).equals("P");
            boolean q = m.group(4).equals("Q");
            SourceState prior = out.sources.get(number);
            SourceState.Builder b = prior != null
                    ? prior.toBuilder()
                    : SourceState.builder(number, "LSI".equals(m.group(2)) ? SourceKind.LSI : SourceKind.MSI);
            b.owner(owner).pq((p ? 2 : 0) | (q ? 1 : 0)).asserted(!m.group(5).isEmpty()).presented(p)
                    .queued(p && q).pending(p && q);
            out.sources.put(number, b.build());
        }
    }

    private void pnvEatRows(boolean escalation) throws ParseException {
        while (in.hasNext() && startsIndented(in.peek())) {
            String row = in.take();
            int n = in.lastNumber();
            Matcher m = PNV_EAT_ROW.matcher(row);
            if (!m.matches()) {
                throw new ParseException(n, row, "an EAT row '<number> [M] end:<blk>/<idx> data:<eisn>'");
            }
            if (escalation) {
                out.notes.add("line " + n + ": END escalation EAS " + row.trim());
                continue;
            }
            int number = hex(m.group(1), n, row, "the source number");
            SourceState prior = out.sources.get(number);
            SourceState.Builder b = prior != null ? prior.toBuilder() : SourceState.builder(number, SourceKind.MSI);
            b.masked(m.group(2) != null).endIndex(hex(m.group(4), n, row, "the END index"))
                    .eisn(hexLong(m.group(5), n, row, "the END data"));
            out.sources.put(number, b.build());
        }
    }

    private void pnvEndRows() throws ParseException {
        while (in.hasNext() && startsIndented(in.peek())) {
            String row = in.take();
            int n = in.lastNumber();
            Matcher m = PNV_END_ROW.matcher(row);
            if (!m.matches()) {
                throw new ParseException(n, row, "an ENDT row '<index> <PQ> <flags> prio:<p> nvt:<blk>/<idx> "
                        + "eq:@<addr> <index>/<entries> ^<gen> [ ... ]'");
            }
            int index = hex(m.group(1), n, row, "the END index");
            String flags = m.group(3);
            int prio = (int) dec(m.group(4), n, row, "the priority");
            if (prio > 7) {
                throw new ParseException(n, row, "a XIVE priority 0..7");
            }
            int nvt = hex(m.group(6), n, row, "the NVT index");
            // Flag letters from pnv_xive's END dump: v = valid, q = enqueue into the queue.
            boolean valid = flags.indexOf('v') >= 0;
            boolean enqueue = flags.indexOf('q') >= 0;
            XiveEventQueue eq = m.group(7) == null
                    ? new XiveEventQueue(index, nvt, prio, valid, enqueue, 0, 0, 0, 0, -1, List.of())
                    : queue(index, nvt, prio, valid, enqueue, m.group(8), m.group(9), m.group(10), m.group(7),
                            m.group(11), n, row);
            out.ends.put(index, eq);
        }
    }

    private void pnvNvtRows() throws ParseException {
        while (in.hasNext() && startsIndented(in.peek())) {
            String row = in.take();
            int n = in.lastNumber();
            Matcher m = PNV_NVT_ROW.matcher(row);
            if (!m.matches()) {
                throw new ParseException(n, row, "an NVTT row '<index> end:<blk>/<idx> IPB:<ipb>'");
            }
            out.notes.add("line " + n + ": NVT 0x" + m.group(1) + " IPB=" + m.group(4));
            out.nvts.add(hex(m.group(1), n, row, "the NVT index"));
        }
    }

    private void pic(Matcher m, int n, String line) throws ParseException {
        int chip = (int) dec(m.group(1), n, line, "the PIC number");
        if (chip > 1) {
            throw new ParseException(n, line, "pic0 or pic1");
        }
        out.pics.add(new PicState(chip, 0, hex(m.group(2), n, line, "irr"), hex(m.group(3), n, line, "imr"),
                hex(m.group(4), n, line, "isr"), (int) dec(m.group(5), n, line, "hprio"),
                hex(m.group(6), n, line, "irq_base"), (int) dec(m.group(7), n, line, "rr_sel"), 0, 0, 0, 0, 0,
                (int) dec(m.group(9), n, line, "fnm"), 0, hex(m.group(8), n, line, "elcr"), 0));
    }

    private void ioapic(Matcher m, int n, String line) throws ParseException {
        out.ioapicName = m.group(1);
        out.ioapicVersion = hex(m.group(3), n, line, "the IOAPIC version");
        int id = hex(m.group(4), n, line, "the IOAPIC id");
        int sel = hex(m.group(5), n, line, "the register select");
        List<IoapicState.RedirectionEntry> pins = new ArrayList<>();
        int irr = 0;
        while (in.hasNext() && startsIndented(in.peek())) {
            String row = in.take();
            int rn = in.lastNumber();
            Matcher p = IOAPIC_PIN.matcher(row);
            Matcher r = IOAPIC_IRR.matcher(row);
            if (p.matches()) {
                int pin = (int) dec(p.group(1), rn, row, "the pin number");
                if (pin != pins.size()) {
                    throw new ParseException(rn, row, "pin " + pins.size() + " (pins are printed in order)");
                }
                pins.add(new IoapicState.RedirectionEntry(pin, hexLong(p.group(2), rn, row, "the entry")));
            } else if (r.matches()) {
                if (r.group(1).equals("IRR")) {
                    irr = pinList(r.group(2), rn, row);
                } else {
                    // Remote IRR is bit 14 of each entry already; cross-check so a torn read is caught.
                    int remote = pinList(r.group(2), rn, row);
                    for (IoapicState.RedirectionEntry e : pins) {
                        if (e.pin() < 32 && ((remote >>> e.pin()) & 1) != (e.remoteIrr() ? 1 : 0)) {
                            out.notes.add("line " + rn + ": Remote IRR list disagrees with pin " + e.pin());
                        }
                    }
                }
            } else {
                throw new ParseException(rn, row, "an IOAPIC row 'pin N 0x<16 hex digits> ...', 'IRR ...' or "
                        + "'Remote IRR ...'");
            }
        }
        if (pins.isEmpty()) {
            throw new ParseException(n, line, "IOAPIC pin rows after the header");
        }
        // QEMU does not print the MMIO base; the IOAPIC of pc/q35 sits at 0xfec00000 (IO_APIC_DEFAULT_ADDRESS).
        out.ioapics.add(new IoapicState(id, 0xfec00000L, sel, irr, pins));
    }

    private static int pinList(String text, int n, String row) throws ParseException {
        String t = text.trim();
        if (t.equals("(none)") || t.isEmpty()) {
            return 0;
        }
        int mask = 0;
        for (String s : t.split("\\s+")) {
            int pin = (int) dec(s, n, row, "a pin number");
            if (pin < 0 || pin > 31) {
                throw new ParseException(n, row, "pin numbers 0..31");
            }
            mask |= 1 << pin;
        }
        return mask;
    }

    private void putSource(int n, String row, SourceState s) throws ParseException {
        if (out.sources.putIfAbsent(s.number(), s) != null) {
            throw new ParseException(n, row, "each source once; source 0x" + Integer.toHexString(s.number())
                    + " appeared before");
        }
    }

    private static boolean startsIndented(String line) {
        return !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
    }
}
