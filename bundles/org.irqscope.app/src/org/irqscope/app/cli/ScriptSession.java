// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.nio.file.Path;
import java.util.List;

import org.irqscope.core.explain.RouteTrace;
import org.irqscope.core.files.IrqscopeFiles;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.RouteEvent;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.sandbox.target.GuestSteering;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Runs a checked {@link SessionScript} on one open target. Every command prints one record: with JSON one object per
 * line carrying {@code "line"}, with text one line (snapshots and traces in their text form). The first command that
 * fails stops the session with a {@link ScriptException}; the caller closes the target.
 */
final class ScriptSession {
    private final SessionScript script;
    private final Target target;
    private final OutputFormat format;
    private final CliContext context;

    ScriptSession(SessionScript script, Target target, OutputFormat format, CliContext context) {
        this.script = script;
        this.target = target;
        this.format = format;
        this.context = context;
    }

    void run() throws ScriptException {
        for (SessionScript.Step step : script.steps()) {
            try {
                execute(step);
            } catch (TargetException e) {
                throw new ScriptException(step.where(script.name()) + ": " + e.getMessage(), step.line(), e);
            } catch (java.io.IOException e) {
                throw new ScriptException(step.where(script.name()) + ": " + e.getMessage(), step.line(), e);
            }
            context.out().flush();
        }
    }

    private void execute(SessionScript.Step step) throws TargetException, java.io.IOException {
        JsonObject record = record(step);
        String text;
        switch (step.command()) {
            case "inject" -> {
                Injection.Kind kind = Injection.Kind.valueOf(step.word().toUpperCase(java.util.Locale.ROOT));
                InjectionResult r = target.inject(Injection.of(step.number(0), kind));
                text = injection(record, step.number(0), step.word(), r);
            }
            case "ipi" -> {
                InjectionResult r = target.inject(Injection.ipi(step.number(0), step.number(1)));
                record.addProperty("vcpu", step.number(0));
                record.addProperty("priority", step.number(1));
                text = injection(record, -1, "ipi", r);
            }
            case "configure" -> {
                SessionScript.Configuration c = step.configuration();
                target.configure(new SourceConfiguration(step.number(0), c.priority(), c.server(), c.masked()));
                record.addProperty("source", step.number(0));
                c.priority().ifPresent(p -> record.addProperty("priority", p));
                c.server().ifPresent(s -> record.addProperty("server", s));
                c.masked().ifPresent(m -> record.addProperty("masked", m));
                text = "configured source " + StateText.hex(step.number(0));
            }
            case "cppr" -> {
                target.setPresenterPriority(step.number(0), step.number(1));
                record.addProperty("vcpu", step.number(0));
                record.addProperty("value", step.number(1));
                text = "vCPU " + step.number(0) + " presenter priority " + StateText.hex(step.number(1));
            }
            case "hold-eoi" -> text = holdEoi(step, record);
            case "step" -> {
                List<RouteEvent> events = target.step(step.number(0));
                JsonArray list = new JsonArray();
                StringBuilder sb = new StringBuilder(events.size() + " hop" + (events.size() == 1 ? "" : "s"));
                for (RouteEvent e : events) {
                    JsonObject j = new JsonObject();
                    j.addProperty("sequence", e.sequence());
                    j.addProperty("stage", e.stage());
                    j.addProperty("source", e.source());
                    j.addProperty("vcpu", e.vcpu());
                    j.addProperty("text", e.text());
                    list.add(j);
                    sb.append("\n  #").append(e.sequence()).append(' ').append(e.stage()).append(": ")
                            .append(e.text());
                }
                record.addProperty("requested", step.number(0));
                record.add("events", list);
                text = sb.toString();
            }
            case "run-guest" -> {
                target.runGuest(step.number(0));
                record.addProperty("milliseconds", step.number(0));
                text = "guest ran " + step.number(0) + " ms";
            }
            case "flip" -> {
                InterruptMode to = step.word().equals("xive") ? InterruptMode.XIVE : InterruptMode.XICS;
                List<String> lines = target.flip(to);
                record.addProperty("to", step.word());
                record.add("steps", StateJson.strings(lines));
                text = "flipped to " + step.word() + (lines.isEmpty() ? "" : "\n  " + String.join("\n  ", lines));
            }
            case "pause" -> {
                target.pause();
                text = "paused";
            }
            case "resume" -> {
                target.resume();
                text = "resumed";
            }
            case "snapshot" -> {
                MachineState s = target.read();
                if (format == OutputFormat.JSON) {
                    JsonObject o = StateJson.snapshot(s);
                    o.addProperty("line", step.line());
                    context.out().println(StateJson.line(o));
                } else {
                    context.out().print(StateText.snapshot(s));
                }
                return;
            }
            case "explain" -> {
                MachineState s = target.read();
                RouteTrace t = ExplainCommand.trace(s, step.number(0));
                if (format == OutputFormat.JSON) {
                    JsonObject o = RouteJson.explain(s.target(), t);
                    o.addProperty("line", step.line());
                    context.out().println(StateJson.line(o));
                } else {
                    context.out().print(t.render());
                }
                return;
            }
            case "save" -> {
                Path file = context.resolve(step.word());
                IrqscopeFiles.saveSnapshot(file, target.read());
                record.addProperty("file", step.word());
                text = "saved " + step.word();
            }
            case "esb" -> text = XiveRawCommands.esb(target, step.number(0), step.word(), record);
            case "tima" -> text = XiveRawCommands.tima(target, step.number(0), step.word(),
                    step.numbers().size() > 1 ? step.number(1) : -1, record);
            default -> throw new IllegalStateException("command " + step.command() + " was parsed but not run");
        }
        if (format == OutputFormat.JSON) {
            context.out().println(StateJson.line(record));
        } else {
            context.out().println("line " + step.line() + ": " + step.text() + "  ->  " + text);
        }
    }

    private static JsonObject record(SessionScript.Step step) {
        JsonObject o = StateJson.envelope(step.command());
        o.addProperty("line", step.line());
        return o;
    }

    private static String injection(JsonObject record, int source, String how, InjectionResult r) {
        if (source >= 0) {
            record.addProperty("source", source);
        }
        record.addProperty("how", how);
        record.addProperty("outcome", r.outcome().label());
        record.addProperty("delivered_to", r.deliveredTo());
        record.addProperty("detail", r.detail() == null ? "" : r.detail());
        return r.outcome().label() + (r.detail() == null || r.detail().isEmpty() ? "" : " (" + r.detail() + ")");
    }

    private String holdEoi(SessionScript.Step step, JsonObject record) throws TargetException {
        if (!(target instanceof GuestSteering steering)) {
            throw TargetException.notSupported(target, "hold an EOI",
                    "only a guest irqscope runs itself can be steered (the x86 sandbox, kvm:x86)");
        }
        int vcpu = step.number(0);
        MachineState s = target.read();
        if (s.vcpu(vcpu).isEmpty()) {
            throw TargetException.invalid("vCPU " + vcpu + " does not exist; the machine has vCPUs 0.."
                    + (s.vcpus().size() - 1));
        }
        record.addProperty("vcpu", vcpu);
        if (step.word().equals("off")) {
            int held = steering.heldEoi();
            steering.releaseEoiHold();
            record.add("vector", com.google.gson.JsonNull.INSTANCE);
            record.addProperty("released", held);
            return held < 0 ? "no EOI was held" : "released the EOI hold of vector " + held;
        }
        steering.holdEoi(step.number(1));
        record.addProperty("vector", step.number(1));
        // the sandbox's guest program is shared by all vCPUs: the hold applies to each of them
        record.addProperty("all_vcpus", true);
        return "EOI of vector " + step.number(1) + " held (the sandbox guest holds it on every vCPU)";
    }
}
