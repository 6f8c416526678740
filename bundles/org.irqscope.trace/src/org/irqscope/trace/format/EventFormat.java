// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.format;

import java.util.List;
import java.util.Optional;

/**
 * A tracefs event's record layout, parsed from its {@code format} file: the common fields (type id, flags, preempt
 * count, pid) and the event's own.
 *
 * @param system the event group ("kvm")
 * @param name the event name ("kvm_eoi")
 * @param id the type id the ring buffer records carry in {@code common_type}
 * @param fields all fields, common ones first, in file order
 */
public record EventFormat(String system, String name, int id, List<FieldFormat> fields) {

    public EventFormat {
        fields = List.copyOf(fields);
    }

    public Optional<FieldFormat> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The bytes a record of this event needs: the end of its last field. */
    public int recordSize() {
        return fields.stream().mapToInt(f -> f.offset() + f.size()).max().orElse(0);
    }

    /**
     * The field, checked to exist with one of the sizes a reader of it can decode.
     *
     * @throws TraceFormatException naming the event, the field and what was found, when the kernel's layout changed
     */
    public FieldFormat require(String fieldName, int... sizes) throws TraceFormatException {
        FieldFormat f = field(fieldName).orElseThrow(() -> new TraceFormatException(system + ":" + name
                + " has no field '" + fieldName + "' (its format lists " + fields.stream().map(FieldFormat::name)
                        .toList()
                + "); this kernel's event changed shape"));
        for (int s : sizes) {
            if (f.size() == s) {
                return f;
            }
        }
        throw new TraceFormatException(system + ":" + name + " field '" + fieldName + "' is " + f.size()
                + " bytes, expected " + java.util.Arrays.toString(sizes) + "; this kernel's event changed shape");
    }
}
