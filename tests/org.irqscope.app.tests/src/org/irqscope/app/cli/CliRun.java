// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.target.TargetRegistry;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** One in-process run of the CLI: exit code, stdout, stderr. */
record CliRun(int code, String out, String err) {

    static CliRun of(TargetRegistry registry, Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new Cli(o, e, registry, dir).run(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    /** stdout as JSON lines. */
    List<JsonObject> jsonLines() {
        List<JsonObject> objects = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                objects.add(JsonParser.parseString(line).getAsJsonObject());
            }
        }
        return objects;
    }

    JsonObject json() {
        List<JsonObject> all = jsonLines();
        if (all.size() != 1) {
            throw new AssertionError("expected one JSON object on stdout, got " + all.size() + ":\n" + out);
        }
        return all.get(0);
    }

    /** stdout with every capture time set to 0, so runs compare equal to golden files. */
    String normalized() {
        StringBuilder sb = new StringBuilder();
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("{")) {
                JsonElement e = JsonParser.parseString(line);
                zeroTimes(e);
                sb.append(StateJson.line(e));
            } else {
                sb.append(line);
            }
            sb.append('\n');
        }
        return sb.substring(0, sb.length() - 1);
    }

    private static void zeroTimes(JsonElement e) {
        if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("captured_at_ms")) {
                o.addProperty("captured_at_ms", 0);
            }
            o.entrySet().forEach(entry -> zeroTimes(entry.getValue()));
        } else if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(CliRun::zeroTimes);
        }
    }
}
