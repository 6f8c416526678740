// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.diff;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One difference between two snapshots.
 *
 * @param element what changed, as users name it: "source 0x1300", "vcpu 1", "machine", "controller 0 (XiveRouter)"
 * @param field the field path within the element ("priority", "presenter.rings[1].pipr"), empty when the whole
 *     element was added or removed
 * @param before the old value as text, empty for an added element
 * @param after the new value as text, empty for a removed element
 */
public record Change(ChangeKind kind, String element, String field, String before, String after) {
    public Change {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(element, "element");
        field = field == null ? "" : field;
        before = before == null ? "" : before;
        after = after == null ? "" : after;
    }

    /** The JSON shape views and the CLI emit: {kind, element, field, before, after}, kind in lower case. */
    public Map<String, String> toJson() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kind", kind.label());
        out.put("element", element);
        out.put("field", field);
        out.put("before", before);
        out.put("after", after);
        return out;
    }

    /** One line of the text report. */
    public String toText() {
        return switch (kind) {
            case ADDED -> "added    " + element + (after.isEmpty() ? "" : "  " + after);
            case REMOVED -> "removed  " + element + (before.isEmpty() ? "" : "  " + before);
            case CHANGED -> "changed  " + element + "  " + field + ": " + before + " -> " + after;
        };
    }
}
