// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.qmp;

import com.google.gson.JsonObject;

/**
 * An asynchronous QMP event (STOP, RESUME, RESET, SHUTDOWN, POWERDOWN, GUEST_PANICKED, ...).
 *
 * @param timestampMicros QEMU's timestamp (seconds * 1e6 + microseconds), -1 if absent
 */
public record QmpEvent(String name, JsonObject data, long timestampMicros) {
    public QmpEvent {
        data = data == null ? new JsonObject() : data.deepCopy();
    }

    @Override
    public JsonObject data() {
        return data.deepCopy();
    }
}
