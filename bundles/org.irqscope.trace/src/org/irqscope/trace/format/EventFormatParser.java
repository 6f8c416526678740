// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.format;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of tracefs {@code events/SYSTEM/NAME/format} files and of {@code events/header_page}. Only the
 * {@code name:}, {@code ID:} and {@code field:} lines are used; the {@code print fmt:} line is never interpreted,
 * so decoding follows the kernel's declared layout and not its printed text.
 */
public final class EventFormatParser {
    // "field:__u32 apicid;	offset:8;	size:4;	signed:0;" (header_page has a space after "field:")
    private static final Pattern FIELD = Pattern.compile(
            "\\s*field:\\s*(.+?)\\s+([A-Za-z_][A-Za-z0-9_]*)(\\[[^\\]]*\\])?;\\s*offset:(\\d+);\\s*size:(\\d+);"
                    + "(?:\\s*signed:(\\d+);)?.*");
    private static final Pattern NAME = Pattern.compile("name:\\s*(\\S+)\\s*");
    private static final Pattern ID = Pattern.compile("ID:\\s*(\\d+)\\s*");

    private EventFormatParser() {
    }

    /**
     * @param system the event group, which the file does not name
     * @param source where the text came from, for messages
     * @throws TraceFormatException when the name, the ID or the fields are missing or malformed
     */
    public static EventFormat parse(String system, String text, String source) throws TraceFormatException {
        String name = null;
        int id = -1;
        List<FieldFormat> fields = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            Matcher m;
            if ((m = NAME.matcher(line)).matches()) {
                name = m.group(1);
            } else if ((m = ID.matcher(line)).matches()) {
                id = parseInt(m.group(1), source, lineNo);
            } else if (line.trim().startsWith("field:")) {
                fields.add(field(line, source, lineNo));
            }
        }
        if (name == null) {
            throw new TraceFormatException(source + ": no 'name:' line; not a tracefs event format file");
        }
        if (id < 0) {
            throw new TraceFormatException(source + ": no 'ID:' line for event " + name);
        }
        if (fields.stream().noneMatch(f -> f.name().equals("common_type"))) {
            throw new TraceFormatException(source + ": event " + name + " has no common_type field");
        }
        return new EventFormat(system, name, id, fields);
    }

    /** The fields of {@code events/header_page} (timestamp, commit, overwrite, data). */
    public static List<FieldFormat> parseFields(String text, String source) throws TraceFormatException {
        List<FieldFormat> fields = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            if (line.trim().startsWith("field:")) {
                fields.add(field(line, source, lineNo));
            }
        }
        if (fields.isEmpty()) {
            throw new TraceFormatException(source + ": no field lines");
        }
        return fields;
    }

    private static FieldFormat field(String line, String source, int lineNo) throws TraceFormatException {
        Matcher m = FIELD.matcher(line);
        if (!m.matches()) {
            throw new TraceFormatException(source + " line " + lineNo + ": cannot read field line '" + line.trim()
                    + "'");
        }
        int offset = parseInt(m.group(4), source, lineNo);
        int size = parseInt(m.group(5), source, lineNo);
        return new FieldFormat(m.group(1).trim(), m.group(2), offset, size, "1".equals(m.group(6)));
    }

    private static int parseInt(String s, String source, int lineNo) throws TraceFormatException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new TraceFormatException(source + " line " + lineNo + ": '" + s + "' is not a number");
        }
    }
}
