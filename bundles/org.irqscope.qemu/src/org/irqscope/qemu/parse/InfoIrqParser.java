// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.irqscope.qemu.parse.HexFields.dec;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes {@code info irq} and the text of {@code x-query-irq} (the same text): per interrupt-controller blocks
 * "IRQ statistics for NAME:" followed by " line: count" rows. Machines without statistics print one sentence
 * ("IRQ statistics not available for ...") and yield no counters.
 */
final class InfoIrqParser {
    private static final Pattern HEADER = Pattern.compile("IRQ statistics for (\\S+):");
    private static final Pattern ROW = Pattern.compile("\\s*(\\d+):\\s+(\\d+)");
    private static final Pattern NOT_AVAILABLE = Pattern.compile("IRQ statistics not available for .*");

    private InfoIrqParser() {
    }

    /** Counters named "irq.DEVICE.LINE" (e.g. "irq.ioapic.4" → 5), in name order. */
    static Map<String, Long> parse(String text) throws ParseException {
        if (text == null) {
            throw new ParseException("no info irq text (null)");
        }
        MonitorLines in = new MonitorLines(text);
        Map<String, Long> out = new TreeMap<>();
        String device = null;
        boolean understood = false;
        while (in.hasNext()) {
            String line = in.take();
            int n = in.lastNumber();
            if (line.isBlank()) {
                continue;
            }
            Matcher m;
            if ((m = HEADER.matcher(line)).matches()) {
                device = m.group(1);
                understood = true;
            } else if (NOT_AVAILABLE.matcher(line).matches()) {
                understood = true;
            } else if ((m = ROW.matcher(line)).matches()) {
                if (device == null) {
                    throw new ParseException(n, line, "'IRQ statistics for NAME:' before the first count");
                }
                out.put("irq." + device + "." + dec(m.group(1), n, line, "the line"),
                        dec(m.group(2), n, line, "the count"));
            } else {
                throw new ParseException(n, line, "'IRQ statistics for NAME:' or ' LINE: COUNT'");
            }
        }
        if (!understood) {
            throw new ParseException("empty info irq text: expected 'IRQ statistics for NAME:' or "
                    + "'IRQ statistics not available for MACHINE'");
        }
        return out;
    }
}
