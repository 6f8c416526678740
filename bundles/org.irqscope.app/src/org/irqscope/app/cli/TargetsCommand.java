// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.Optional;
import java.util.Set;

import org.irqscope.core.target.TargetProvider;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** {@code targets}: the target kinds this product knows, and why any of them cannot be opened here. */
final class TargetsCommand implements Subcommand {

    @Override
    public String name() {
        return "targets";
    }

    @Override
    public String synopsis() {
        return "[--format json|text]            target kinds, and why any is unavailable here";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope targets [--format json|text]
                Lists the target kinds (URI schemes) this irqscope knows, the URI forms each accepts, and whether
                it can be opened on this machine; when not, why (e.g. /dev/kvm is absent).
                Text is the default here; --format json prints one object {"schema","kind":"targets","targets":[
                {"scheme","usage","available","reason"}]}.
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws UsageException {
        options.expectPositionals(0, "no arguments");
        OutputFormat format = OutputFormat.of(options, OutputFormat.TEXT,
                java.util.EnumSet.of(OutputFormat.JSON, OutputFormat.TEXT));
        JsonObject o = StateJson.envelope("targets");
        JsonArray list = new JsonArray();
        StringBuilder text = new StringBuilder();
        for (TargetProvider p : context.registry().providers()) {
            Optional<String> why = p.unavailableReason();
            JsonObject t = new JsonObject();
            t.addProperty("scheme", p.scheme());
            t.addProperty("usage", p.usage());
            t.addProperty("available", why.isEmpty());
            t.add("reason", why.<com.google.gson.JsonElement>map(com.google.gson.JsonPrimitive::new)
                    .orElse(JsonNull.INSTANCE));
            list.add(t);
            text.append(String.format("%-6s %s%n", p.scheme() + ":", p.usage()));
            text.append("       ").append(why.map(r -> "unavailable here: " + r).orElse("available")).append('\n');
        }
        o.add("targets", list);
        if (context.registry().providers().isEmpty()) {
            text.append("no target providers are registered in this product\n");
        }
        context.out().print(format == OutputFormat.JSON ? StateJson.line(o) + "\n" : text);
        return Cli.OK;
    }
}
