// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.irqscope.core.target.TargetRegistry;
import org.irqscope.softkvm.target.SoftPowerTargetProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Whole outputs compared with golden files: {@code parse} on QEMU monitor captures (copied from the QEMU bundle's
 * test fixtures), {@code diff} of two saved snapshots, and a {@code run} script on SoftKvm with a fixed seed. Capture
 * times are set to 0 before comparing. To rewrite the goldens after a deliberate change, run with
 * {@code -Dirqscope.goldens=DIR} and copy DIR's files into resources/org/irqscope/app/cli/ after reading them.
 */
@Tag("osgi")
class CliGoldenTest {
    /** A SoftKvm XIVE machine; the guest's randomness comes from the seed only. */
    static final String SOFT_XIVE = "soft:power9?mode=xive&vcpus=2&sources=2&seed=7";
    static final String SOFT_DUAL = "soft:power9?mode=dual&vcpus=2&sources=2&seed=7";

    @TempDir
    Path dir;

    private static TargetRegistry softRegistry() {
        TargetRegistry r = new TargetRegistry();
        r.register(new SoftPowerTargetProvider());
        return r;
    }

    private Path resource(String name) throws IOException {
        try (InputStream in = CliGoldenTest.class.getResourceAsStream(name)) {
            assertThat(in).as("test resource " + name).isNotNull();
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static void assertGolden(String name, String actual) throws IOException {
        String update = System.getProperty("irqscope.goldens");
        if (update != null) {
            Files.createDirectories(Path.of(update));
            Files.writeString(Path.of(update, name), actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = CliGoldenTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            String expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(actual).as("output against golden " + name).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "pseries-xics-booted.info-pic.txt, qemu-info-pic, json",
            "pseries-xics-booted.info-pic.txt, qemu-info-pic, text",
            "pseries-xive-booted.info-pic.txt, qemu-info-pic, json",
            "pseries-xive-booted.info-pic.txt, qemu-info-pic, text",
            "q35-x86kvm.info-pic.txt, qemu-info-pic, json",
            "q35-x86kvm.info-pic.txt, qemu-info-pic, text",
            "q35-x86kvm.info-lapic.txt, qemu-info-lapic, json",
            "q35-x86kvm.info-lapic.txt, qemu-info-lapic, text"})
    void parseMatchesGolden(String fixture, String as, String format) throws IOException {
        resource(fixture);
        CliRun r = CliRun.of(new TargetRegistry(), dir, "parse", fixture, "--as", as, "--format", format);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertGolden(fixture + "." + format + ".golden", r.normalized());
    }

    @ParameterizedTest
    @CsvSource({"json", "text"})
    void runScriptOnSoftKvmMatchesGolden(String format) throws IOException {
        resource("xive-session.script");
        CliRun r = CliRun.of(softRegistry(), dir, "run", SOFT_XIVE, "--script", "xive-session.script", "--format",
                format);
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        assertGolden("xive-session." + format + ".golden", r.normalized());
        assertThat(dir.resolve("before.irqscope")).exists();
        assertThat(dir.resolve("after.irqscope")).exists();
    }

    @ParameterizedTest
    @CsvSource({"json", "text"})
    void diffOfTwoSavedSnapshotsMatchesGolden(String format) throws IOException {
        resource("xive-session.script");
        assertThat(CliRun.of(softRegistry(), dir, "run", SOFT_XIVE, "--script", "xive-session.script").code())
                .isZero();
        CliRun r = CliRun.of(new TargetRegistry(), dir, "diff", "before.irqscope", "after.irqscope", "--format",
                format);
        assertThat(r.code()).isZero();
        assertGolden("xive-session.diff." + format + ".golden", r.normalized());
    }

    @Test
    void softKvmSnapshotAsXmiDiffsEmptyWithItself() {
        TargetRegistry soft = softRegistry();
        assertThat(CliRun.of(soft, dir, "snapshot", SOFT_DUAL, "--format", "xmi", "--out", "s.irqscope").code())
                .isZero();
        CliRun r = CliRun.of(soft, dir, "diff", "s.irqscope", "s.irqscope");
        assertThat(r.json().get("identical").getAsBoolean()).isTrue();
        assertThat(r.json().getAsJsonArray("changes")).isEmpty();
    }

    @Test
    void flipOnAXiveOnlyTargetStopsTheSessionNamingTheLine() throws IOException {
        Files.writeString(dir.resolve("flip.script"), "snapshot\n# then\nflip xics\nsnapshot\n");
        CliRun r = CliRun.of(softRegistry(), dir, "run", SOFT_XIVE, "--script", "flip.script");
        assertThat(r.code()).isEqualTo(Cli.TARGET_ERROR);
        assertThat(r.jsonLines()).hasSize(1);
        assertThat(r.err()).startsWith("irqscope: flip.script line 3: flip xics: " + SOFT_XIVE
                + " cannot flip the interrupt mode");
        assertThat(r.err().lines()).hasSize(1);
    }

    @Test
    void flipOnADualTargetSwitchesTheMode() throws IOException {
        Files.writeString(dir.resolve("flip.script"), "flip xics\nsnapshot\nflip xive\nsnapshot\n");
        CliRun r = CliRun.of(softRegistry(), dir, "run", SOFT_DUAL, "--script", "flip.script");
        assertThat(r.err()).isEmpty();
        assertThat(r.jsonLines()).extracting(o -> o.get("kind").getAsString() + (o.has("mode")
                ? " " + o.get("mode").getAsString()
                : "")).containsExactly("flip", "snapshot xics", "flip",
                        "snapshot xive");
    }

    @Test
    void lessonListSaysWhichTargetsAreAvailable() {
        JsonObject o = CliRun.of(softRegistry(), dir, "lesson", "--format", "json").json();
        assertThat(o.get("kind").getAsString()).isEqualTo("lessons");
        assertThat(o.getAsJsonArray("lessons").asList()).extracting(l -> l.getAsJsonObject().get("name")
                .getAsString()).contains("xive-msi-life", "xics-ipi", "cas-flip", "x86-remote-irr");
        JsonObject x86 = o.getAsJsonArray("lessons").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(l -> l.get("name").getAsString().equals("x86-remote-irr")).findFirst().orElseThrow();
        assertThat(x86.get("available").getAsBoolean()).as("no kvm: provider in this registry").isFalse();
        assertThat(x86.get("reason").getAsString()).contains("no kvm: target provider");
    }

    @ParameterizedTest
    @CsvSource({"xive-msi-life", "xive-q-bit", "xive-cppr", "xics-ipi", "cas-flip", "xive-mask-layers"})
    void everyPowerLessonCompletesOnSoftKvm(String name) {
        CliRun r = CliRun.of(softRegistry(), dir, "lesson", name, "--format", "json");
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        JsonObject o = r.json();
        assertThat(o.get("completed").getAsBoolean()).isTrue();
        assertThat(o.getAsJsonArray("steps").asList()).allSatisfy(st -> assertThat(st.getAsJsonObject()
                .get("outcome").getAsString()).isEqualTo("met"));
        assertThat(o.getAsJsonArray("narration").get(0).getAsString()).startsWith("Lesson " + name + ": ");
    }

    @Test
    void lessonNarratesInTextByDefault() {
        CliRun r = CliRun.of(softRegistry(), dir, "lesson", "xive-msi-life");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Lesson xive-msi-life: ").contains("[1/").endsWith(
                "Lesson xive-msi-life complete.\n");
    }

    @Test
    void unknownLessonIsAUsageError() {
        CliRun r = CliRun.of(softRegistry(), dir, "lesson", "no-such-lesson");
        assertThat(r.code()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("no lesson named 'no-such-lesson'; known: xive-msi-life");
    }
}
