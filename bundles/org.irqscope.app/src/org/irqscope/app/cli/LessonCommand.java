// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.irqscope.app.Lessons;
import org.irqscope.core.explain.Lesson;
import org.irqscope.core.explain.LessonRunner;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetUri;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** {@code lesson [NAME]}: lists the lessons, or runs one on its own target and narrates it. */
final class LessonCommand implements Subcommand {

    @Override
    public String name() {
        return "lesson";
    }

    @Override
    public String synopsis() {
        return "[NAME] [--format text|json]   list the lessons, or run one and narrate it";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope lesson [NAME] [--format text|json]
                Without NAME: lists the lessons (name, title, the target each runs on, and whether that target
                is available here). With NAME: opens the lesson's target, runs its steps in order and narrates each:
                the explanation, the command, and whether the state then shows what the lesson expects. A lesson
                stops at the first step the target refuses or whose expectation does not hold (exit code 1); a
                lesson whose target is unavailable here exits with 3.
                  --format text   the narration, one line at a time as it happens (the default)
                  --format json   one object: {"schema","kind":"lesson","name","title","target","completed",
                                  "steps":[{"index","outcome":"met|not_met|refused","observed"}],"narration":[]};
                                  the list is {"schema","kind":"lessons","lessons":[{"name","title","target",
                                  "available","reason"}]}
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        OutputFormat format = OutputFormat.of(options, OutputFormat.TEXT, EnumSet.of(OutputFormat.JSON,
                OutputFormat.TEXT));
        if (options.positionals().size() > 1) {
            throw new UsageException("lesson: expected at most one NAME; unexpected '" + options.positionals().get(1)
                    + "'");
        }
        if (options.positionals().isEmpty()) {
            list(format, context);
            return Cli.OK;
        }
        String name = options.positionals().get(0);
        List<Lesson> all = Lessons.all();
        Lesson lesson = all.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow(
                () -> new UsageException("lesson: no lesson named '" + name + "'; known: " + String.join(", ",
                        all.stream().map(Lesson::name).toList())));
        List<String> narration = new ArrayList<>();
        Consumer<String> narrate = format == OutputFormat.TEXT ? line -> {
            context.out().println(line);
            context.out().flush();
        } : narration::add;
        LessonRunner.Result result;
        try (Target target = context.open(lesson.targetUri())) {
            result = LessonRunner.run(lesson, target, narrate);
        }
        if (format == OutputFormat.JSON) {
            JsonObject o = StateJson.envelope("lesson");
            o.addProperty("name", lesson.name());
            o.addProperty("title", lesson.title());
            o.addProperty("target", lesson.targetUri());
            o.addProperty("completed", result.completed());
            JsonArray steps = new JsonArray();
            for (LessonRunner.StepResult s : result.steps()) {
                JsonObject j = new JsonObject();
                j.addProperty("index", s.index());
                j.addProperty("outcome", s.outcome().name().toLowerCase(java.util.Locale.ROOT));
                j.addProperty("observed", s.observed());
                steps.add(j);
            }
            o.add("steps", steps);
            o.add("narration", StateJson.strings(narration));
            context.out().println(StateJson.line(o));
        }
        if (!result.completed()) {
            String why = result.steps().isEmpty() ? "" : result.steps().get(result.steps().size() - 1).observed();
            throw new TargetException(TargetException.Kind.FAILED, "lesson " + lesson.name() + " stopped at step "
                    + result.steps().size() + " of " + lesson.steps().size() + (why.isEmpty() ? "" : ": " + why));
        }
        return Cli.OK;
    }

    private static void list(OutputFormat format, CliContext context) {
        JsonObject o = StateJson.envelope("lessons");
        JsonArray lessons = new JsonArray();
        StringBuilder text = new StringBuilder();
        for (Lesson l : Lessons.all()) {
            Optional<String> why = unavailable(l, context);
            JsonObject j = new JsonObject();
            j.addProperty("name", l.name());
            j.addProperty("title", l.title());
            j.addProperty("target", l.targetUri());
            j.addProperty("steps", l.steps().size());
            j.addProperty("available", why.isEmpty());
            j.add("reason", why.<com.google.gson.JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
            lessons.add(j);
            text.append(String.format("%-22s %s%n", l.name(), l.title()));
            text.append(String.format("%-22s on %s%s%n", "", l.targetUri(), why.map(r -> " (unavailable here: "
                    + r + ")").orElse("")));
        }
        o.add("lessons", lessons);
        context.out().print(format == OutputFormat.JSON ? StateJson.line(o) + "\n" : text);
    }

    private static Optional<String> unavailable(Lesson l, CliContext context) {
        String scheme;
        try {
            scheme = TargetUri.parse(l.targetUri()).scheme();
        } catch (TargetException e) {
            return Optional.of(e.getMessage());
        }
        for (TargetProvider p : context.registry().providers()) {
            if (p.scheme().equals(scheme)) {
                return p.unavailableReason();
            }
        }
        return Optional.of("no " + scheme + ": target provider in this product");
    }
}
