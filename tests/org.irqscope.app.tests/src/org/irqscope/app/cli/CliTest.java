// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irqscope.core.target.TargetRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonObject;

/** The command line on fake targets: exit codes, one-line errors, help, and each command's output shape. */
@Tag("osgi")
class CliTest {
    @TempDir
    Path dir;

    private FakeTargets.FakeProvider fake;
    private TargetRegistry registry;

    @BeforeEach
    void setUp() {
        fake = new FakeTargets.FakeProvider();
        registry = FakeTargets.registry(fake);
    }

    private CliRun cli(String... args) {
        return CliRun.of(registry, dir, args);
    }

    @Test
    void noArgumentsPrintsUsageWithExitCode2() {
        CliRun r = cli();
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.out()).contains("usage: ./irqscope", "snapshot", "migration-check");
    }

    @Test
    void unknownCommandIsAUsageErrorOnOneLine() {
        CliRun r = cli("snapshoot", "fake:xics");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).isEqualTo("irqscope: unknown command 'snapshoot'; see ./irqscope --help\n");
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"targets", "snapshot", "watch", "run", "explain", "diagnose", "diff", "parse", "lesson",
            "migration-check"})
    void everyCommandHasHelp(String command) {
        CliRun r = cli(command, "--help");
        assertThat(r.code()).isEqualTo(Cli.OK);
        assertThat(r.out()).startsWith("usage: ./irqscope " + command);
        assertThat(cli("help", command).out()).isEqualTo(r.out());
    }

    @Test
    void targetsListsEveryProviderAndWhyOneIsUnavailable() {
        JsonObject o = cli("targets", "--format", "json").json();
        assertThat(o.get("schema").getAsString()).isEqualTo("irqscope/1");
        assertThat(o.getAsJsonArray("targets")).hasSize(2);
        JsonObject absent = o.getAsJsonArray("targets").get(1).getAsJsonObject();
        assertThat(absent.get("available").getAsBoolean()).isFalse();
        assertThat(absent.get("reason").getAsString()).isEqualTo("/dev/absent is missing");
        assertThat(cli("targets").out()).contains("absent:", "unavailable here: /dev/absent is missing");
    }

    @Test
    void snapshotPrintsOneSchemaObjectAndClosesTheTarget() {
        CliRun r = cli("snapshot", "fake:xics");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonObject o = r.json();
        assertThat(o.get("schema").getAsString()).isEqualTo("irqscope/1");
        assertThat(o.get("mode").getAsString()).isEqualTo("xics");
        assertThat(fake.last.closed).isTrue();
    }

    @Test
    void snapshotTextShowsRegistersInHex() {
        CliRun r = cli("snapshot", "fake:xics", "--format", "text");
        assertThat(r.out()).contains("ICP  cppr 05 mfrr 04 xisr 000002 ppri 04", "0x1300", "masked");
    }

    @Test
    void unavailableTargetExitsWith3AndSaysWhy() {
        CliRun r = cli("snapshot", "absent:any");
        assertThat(r.code()).isEqualTo(Cli.UNAVAILABLE);
        assertThat(r.err()).isEqualTo("irqscope: target absent:any is unavailable here: /dev/absent is missing\n");
    }

    @Test
    void malformedOrUnknownTargetIsAUsageError() {
        assertThat(cli("snapshot", "nonsense").code()).isEqualTo(Cli.USAGE);
        CliRun r = cli("snapshot", "bogus:thing");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("unknown target scheme 'bogus'", "known: fake:, absent:");
    }

    @Test
    void badOptionsAreUsageErrors() {
        assertThat(cli("snapshot", "fake:xics", "--format", "yaml").err())
                .contains("--format yaml is not one of");
        assertThat(cli("snapshot", "fake:xics", "--colour").code()).isEqualTo(Cli.USAGE);
        assertThat(cli("snapshot").err()).contains("snapshot: expected one TARGET");
        assertThat(cli("watch", "fake:xics", "--count", "ten").err()).contains("--count 'ten' is not a number");
        assertThat(cli("watch", "fake:xics", "--interval").err()).contains("--interval needs a value");
    }

    @Test
    void noStackTraceWithoutDebugAndOneWithIt() {
        CliRun plain = cli("explain", "fake:xics", "0x4242");
        assertThat(plain.code()).isEqualTo(Cli.TARGET_ERROR);
        assertThat(plain.err().lines()).hasSize(1);
        assertThat(plain.err()).doesNotContain("\tat ");
        CliRun debug = cli("explain", "fake:xics", "0x4242", "--debug");
        assertThat(debug.err().lines().count()).isGreaterThan(3);
        assertThat(debug.err()).contains("\tat ");
    }

    @Test
    void watchPrintsOneObjectPerReadWithHexOptionValues() {
        CliRun r = cli("watch", "fake:xive", "--count", "0x3", "--interval", "0");
        assertThat(r.code()).isZero();
        assertThat(r.jsonLines()).hasSize(3).allSatisfy(o -> assertThat(o.get("mode").getAsString())
                .isEqualTo("xive"));
        assertThat(fake.last.closed).isTrue();
    }

    @Test
    void watchTextPrintsTheStateThenTheChanges() {
        CliRun r = cli("watch", "fake:xics", "--count", "2", "--interval", "0", "--format", "text");
        assertThat(r.out()).contains("vCPUs", "#3 -> #3: no changes");
    }

    @Test
    void explainGivesHopsAndVerdict() {
        JsonObject o = cli("explain", "fake:xics", "0x1300").json();
        assertThat(o.get("kind").getAsString()).isEqualTo("explain");
        assertThat(o.get("source").getAsInt()).isEqualTo(0x1300);
        assertThat(o.get("verdict").getAsString()).isEqualTo("blocked");
        assertThat(o.getAsJsonArray("hops")).isNotEmpty().allSatisfy(h -> {
            assertThat(h.getAsJsonObject().keySet()).contains("stage", "state", "ok", "rule");
        });
        assertThat(o.get("reason").getAsString()).isNotBlank();
    }

    @Test
    void diagnosePrintsEveryFindingWithItsRuleAndFix() {
        // fake:xics has vCPU 1 halted with an IPI at MFRR 04, more favoured than its CPPR 05: a lost wake-up
        CliRun text = cli("diagnose", "fake:xics", "--format", "text");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("error vcpu.halted-with-pending-ipi vCPU 1: halted with an IPI at MFRR 04 "
                + "below CPPR 05").contains("\n    why: A deliverable IPI must wake a halted vCPU");
        JsonObject o = cli("diagnose", "fake:xics").json();
        assertThat(o.get("kind").getAsString()).isEqualTo("diagnosis");
        assertThat(o.get("target").getAsString()).isEqualTo("fake:xics");
        assertThat(o.get("sequence").getAsLong()).isEqualTo(3);
        assertThat(o.getAsJsonArray("findings")).hasSize(1);
        JsonObject f = o.getAsJsonArray("findings").get(0).getAsJsonObject();
        assertThat(f.keySet()).containsExactlyInAnyOrder("rule", "severity", "element", "explanation", "why", "fix");
        assertThat(f.get("rule").getAsString()).isEqualTo("vcpu.halted-with-pending-ipi");
        assertThat(f.get("severity").getAsString()).isEqualTo("error");
        assertThat(f.get("element").getAsString()).isEqualTo("vCPU 1");
        assertThat(f.get("fix").isJsonNull()).isTrue();
    }

    @Test
    void explainOfAMissingSourceExitsWith1() {
        CliRun r = cli("explain", "fake:xics", "0x999");
        assertThat(r.code()).isEqualTo(Cli.TARGET_ERROR);
        assertThat(r.err()).startsWith("irqscope: explain: ");
    }

    @Test
    void xmiSnapshotDiffedWithItselfHasNoChanges() throws IOException {
        assertThat(cli("snapshot", "fake:x86", "--format", "xmi", "--out", "a.irqscope").code()).isZero();
        assertThat(Files.readString(dir.resolve("a.irqscope"))).contains("xmi");
        JsonObject o = cli("diff", "a.irqscope", "a.irqscope").json();
        assertThat(o.get("identical").getAsBoolean()).isTrue();
        assertThat(o.getAsJsonArray("changes")).isEmpty();
        assertThat(cli("diff", "a.irqscope", "a.irqscope", "--format", "text").out()).contains("no changes");
    }

    @Test
    void xmiToStdoutIsTheFileFormat() {
        CliRun r = cli("snapshot", "fake:xive", "--format", "xmi");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("<?xml");
    }

    @Test
    void xmiOutNeedsTheExtension() {
        CliRun r = cli("snapshot", "fake:xics", "--format", "xmi", "--out", "a.xml");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("must end in .irqscope");
    }

    @Test
    void diffOfAMissingFileIsAUsageErrorAndOfACorruptOneATargetError() throws IOException {
        assertThat(cli("diff", "none.irqscope", "none.irqscope").code()).isEqualTo(Cli.USAGE);
        Files.writeString(dir.resolve("bad.irqscope"), "<not xmi");
        CliRun r = cli("diff", "bad.irqscope", "bad.irqscope");
        assertThat(r.code()).isEqualTo(Cli.TARGET_ERROR);
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void runStopsAtTheFirstCommandTheTargetCannotDoAndClosesIt() throws IOException {
        Files.writeString(dir.resolve("s.txt"), "# comment\ninject 0x1300\n\nflip xive   # not on a fake\nsnapshot\n");
        CliRun r = cli("run", "fake:xics", "--script", "s.txt");
        assertThat(r.code()).isEqualTo(Cli.TARGET_ERROR);
        assertThat(r.err()).startsWith("irqscope: s.txt line 4: flip xive: fake:xics cannot flip the interrupt mode");
        assertThat(r.jsonLines()).hasSize(1);
        assertThat(r.jsonLines().get(0).get("outcome").getAsString()).isEqualTo("delivered");
        assertThat(fake.last.calls).containsExactly("inject 4864 EDGE", "close");
    }

    @Test
    void runChecksTheWholeScriptBeforeOpeningTheTarget() throws IOException {
        Files.writeString(dir.resolve("s.txt"), "inject 0x1300\ninjekt 5\n");
        CliRun r = cli("run", "fake:xics", "--script", "s.txt");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("s.txt line 2: unknown command 'injekt'");
        assertThat(fake.last).isNull();
    }

    @Test
    void runPrintsSnapshotAndExplainObjectsWithTheirLine() throws IOException {
        Files.writeString(dir.resolve("s.txt"), "snapshot\nexplain 0x1200\nsave out.irqscope\n");
        CliRun r = cli("run", "fake:xics", "--script", "s.txt");
        assertThat(r.code()).isZero();
        assertThat(r.jsonLines()).extracting(o -> o.get("kind").getAsString() + "@" + o.get("line").getAsInt())
                .containsExactly("snapshot@1", "explain@2", "save@3");
        assertThat(dir.resolve("out.irqscope")).exists();
    }

    @Test
    void holdEoiAndRawXiveNeedTheirTargets() throws IOException {
        Files.writeString(dir.resolve("h.txt"), "hold-eoi 0 0x31\n");
        CliRun r = cli("run", "fake:x86", "--script", "h.txt");
        assertThat(r.code()).isEqualTo(Cli.TARGET_ERROR);
        assertThat(r.err()).contains("h.txt line 1: hold-eoi 0 0x31: fake:x86 cannot hold an EOI");
        Files.writeString(dir.resolve("e.txt"), "esb 0x1300 get\n");
        assertThat(cli("run", "fake:xive", "--script", "e.txt").err())
                .contains("e.txt line 1: esb 0x1300 get: fake:xive cannot esb get: it offers no raw XIVE");
    }

    @Test
    void runWithoutScriptOrWithMissingScriptIsAUsageError() {
        assertThat(cli("run", "fake:xics").err()).contains("--script FILE is required");
        assertThat(cli("run", "fake:xics", "--script", "nope.txt").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void parseNeedsAKnownAs() throws IOException {
        Files.writeString(dir.resolve("p.txt"), "nothing\n");
        assertThat(cli("parse", "p.txt").err()).contains("--as qemu-info-pic|qemu-info-lapic is required");
        assertThat(cli("parse", "p.txt", "--as", "info-pic").code()).isEqualTo(Cli.USAGE);
        CliRun r = cli("parse", "p.txt", "--as", "qemu-info-pic");
        assertThat(r.code()).isEqualTo(Cli.TARGET_ERROR);
        assertThat(r.err()).startsWith("irqscope: p.txt: ");
    }

    @Test
    void migrationCheckSaysWhetherAndWhy() {
        JsonObject o = cli("migration-check", "--source", "xive", "--dest", "xics", "--format", "json").json();
        assertThat(o.get("kind").getAsString()).isEqualTo("migration-check");
        assertThat(o.get("ok").getAsBoolean()).isFalse();
        assertThat(o.get("reason").getAsString()).isNotBlank();
        assertThat(o.get("source_machine").isJsonNull()).isTrue();
        JsonObject same = cli("migration-check", "--source", "dual", "--dest", "dual", "--source-machine",
                "pseries-4.0").json();
        assertThat(same.get("ok").getAsBoolean()).isTrue();
        assertThat(same.getAsJsonArray("cautions").toString()).contains("pseries-4.0");
        assertThat(cli("migration-check", "--source", "xive", "--dest", "xics", "--format", "text").out())
                .startsWith("xive -> xics: cannot migrate");
    }

    @Test
    void migrationCheckMistakesAreUsageErrors() {
        assertThat(cli("migration-check", "--source", "xive").err()).contains("--source and --dest are required");
        assertThat(cli("migration-check", "--source", "mpic", "--dest", "xics").err())
                .contains("ic-mode 'mpic' is not one of xics, xive, dual");
        assertThat(cli("migration-check", "--source", "xics", "--dest", "xics", "--source-machine", "q35").code())
                .isEqualTo(Cli.USAGE);
    }
}
