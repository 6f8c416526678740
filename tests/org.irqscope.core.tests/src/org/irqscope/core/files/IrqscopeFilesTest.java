// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.sync.ModelSync;
import org.irqscope.core.sync.NotificationCounter;
import org.irqscope.core.sync.SampleStates;
import org.irqscope.model.Machine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IrqscopeFilesTest {
    @TempDir
    Path dir;

    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    @Test
    void snapshotRoundTripsExactly() throws IOException {
        for (MachineState state : List.of(SampleStates.xive(4, 40), SampleStates.xics(3, 20), SampleStates.x86(2),
                SampleStates.arm())) {
            Path file = dir.resolve("snap.irqscope");
            IrqscopeFiles.saveSnapshot(file, state);
            assertThat(IrqscopeFiles.loadSnapshot(file)).isEqualTo(state);
            assertThat(Files.readString(file)).contains("formatVersion=\"1\"");
        }
    }

    @Test
    void historyRoundTripsInOrder() throws IOException {
        List<MachineState> history = List.of(SampleStates.xics(2, 4), SampleStates.xive(2, 8), SampleStates.x86(1));
        Path file = dir.resolve("timeline.irqscope");
        IrqscopeFiles.saveHistory(file, history);
        assertThat(IrqscopeFiles.load(file)).isEqualTo(history);
    }

    @Test
    void openModelIsSavedAsACopyWithoutTouchingIt() throws IOException {
        ModelSync sync = ModelSync.forNewMachine();
        sync.apply(SampleStates.xive(2, 6));
        NotificationCounter counter = new NotificationCounter();
        sync.machine().eAdapters().add(counter);
        Path file = dir.resolve("open.irqscope");
        IrqscopeFiles.saveModel(file, sync.machine());
        assertThat(counter.count()).isZero();
        assertThat(sync.machine().eContainer()).isNull();
        assertThat(IrqscopeFiles.loadSnapshot(file)).isEqualTo(SampleStates.xive(2, 6));
    }

    @Test
    void handWrittenFixtureLoads() throws IOException {
        MachineState state = IrqscopeFiles.loadSnapshot(fixture("valid-xics.irqscope"));
        assertThat(state.sequence()).isEqualTo(4);
        assertThat(state.vcpus().get(0).presenter()).isEqualTo(new XicsIcp(0xff, 0xff, 0x1000, 5));
        assertThat(state.source(0x1000).orElseThrow().presented()).isTrue();
    }

    @Test
    void externalEntityIsNeverResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-HOST-KEY");
        Path file = dir.resolve("xxe.irqscope");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE r [ <!ENTITY xxe SYSTEM "%s"> ]>
                <irqscope:Recording xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:irqscope="http://irqscope.org/model/1.0" formatVersion="1">
                  <machines targetUri="&xxe;"/>
                </irqscope:Recording>
                """.formatted(secret.toUri()), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IrqscopeFiles.load(file)).isInstanceOf(IrqscopeFileException.class)
                .hasMessageContaining("xxe.irqscope").hasMessageContaining("DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void otherDocumentsNamedByTheFileAreNeverFetched() throws IOException {
        Path other = dir.resolve("other.irqscope");
        IrqscopeFiles.saveSnapshot(other, SampleStates.arm());
        Path file = dir.resolve("href.irqscope");
        Files.writeString(file, """
                <?xml version="1.0" encoding="UTF-8"?>
                <irqscope:Recording xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"
                    xmlns:irqscope="http://irqscope.org/model/1.0" formatVersion="1">
                  <machines href="%s#//@machines.0"/>
                </irqscope:Recording>
                """.formatted(other.toUri()));
        assertThatThrownBy(() -> IrqscopeFiles.load(file)).isInstanceOf(IrqscopeFileException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining("refers to another document")
                .hasMessageContaining("other.irqscope");
    }

    @Test
    void entityExpansionBombIsRefused() throws IOException {
        Path file = dir.resolve("laughs.irqscope");
        Files.writeString(file, """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <irqscope:Recording xmlns:irqscope="http://irqscope.org/model/1.0" createdBy="&lol2;"/>
                """);
        assertThatThrownBy(() -> IrqscopeFiles.load(file)).isInstanceOf(IrqscopeFileException.class)
                .hasMessageContaining("DOCTYPE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "truncated.irqscope         | is truncated",
            "corrupt.irqscope           | is corrupt",
            "future-version.irqscope    | format version 2 by a newer irqscope",
            "no-version.irqscope        | has no format version",
            "wrong-root.irqscope        | is not an irqscope recording (its root is Machine)",
            "three-rings.irqscope       | snapshot 0 is not a valid machine state: vcpu 2: a XIVE thread context has 4",
            "unknown-namespace.irqscope | http://irqscope.org/model/2.0"})
    void badFileGivesAClearMessageNamingTheFile(String name, String problem) throws IOException {
        Path file = fixture(name);
        assertThatThrownBy(() -> IrqscopeFiles.load(file)).isInstanceOf(IrqscopeFileException.class)
                .hasMessageStartingWith(file.toString()).hasMessageContaining(problem)
                .satisfies(e -> assertThat(((IrqscopeFileException) e).file()).isEqualTo(file));
    }

    @ParameterizedTest
    @CsvSource({"truncated.irqscope", "corrupt.irqscope", "future-version.irqscope", "three-rings.irqscope"})
    void badFileLeavesTheOpenModelUntouched(String name) throws IOException {
        ModelSync sync = ModelSync.forNewMachine();
        sync.apply(SampleStates.xics(2, 8));
        Machine before = EcoreUtil.copy(sync.machine());
        NotificationCounter counter = new NotificationCounter();
        sync.machine().eAdapters().add(counter);
        Path file = fixture(name);
        assertThatThrownBy(() -> IrqscopeFiles.loadInto(file, sync)).isInstanceOf(IrqscopeFileException.class);
        assertThat(counter.count()).isZero();
        assertThat(EcoreUtil.equals(before, sync.machine())).isTrue();
    }

    @Test
    void goodFileIsAppliedToTheOpenModel() throws IOException {
        ModelSync sync = ModelSync.forNewMachine();
        sync.apply(SampleStates.xive(2, 3));
        MachineState loaded = IrqscopeFiles.loadInto(fixture("valid-xics.irqscope"), sync);
        assertThat(sync.machine().getInterruptMode()).isEqualTo(org.irqscope.model.InterruptMode.XICS);
        assertThat(sync.machine().getSources()).hasSize(loaded.sources().size());
    }

    @Test
    void saveRefusesOtherExtensionsAndReportsUnwritablePlaces() {
        assertThatThrownBy(() -> IrqscopeFiles.saveSnapshot(dir.resolve("snap.xml"), SampleStates.arm()))
                .isInstanceOf(IrqscopeFileException.class).hasMessageContaining("end in .irqscope");
        Path nowhere = dir.resolve("missing-dir").resolve("snap.irqscope");
        assertThatThrownBy(() -> IrqscopeFiles.saveSnapshot(nowhere, SampleStates.arm()))
                .isInstanceOf(IrqscopeFileException.class).hasMessageContaining("cannot be written");
        assertThatThrownBy(() -> IrqscopeFiles.saveHistory(dir.resolve("empty.irqscope"), List.of()))
                .isInstanceOf(IrqscopeFileException.class).hasMessageContaining("no snapshot");
        assertThat(nowhere).doesNotExist();
    }

    @Test
    void missingFileIsNamed() {
        Path file = dir.resolve("gone.irqscope");
        assertThatThrownBy(() -> IrqscopeFiles.load(file)).isInstanceOf(IrqscopeFileException.class)
                .hasMessage(file + ": no such file");
        assertThatThrownBy(() -> IrqscopeFiles.load(dir)).isInstanceOf(IrqscopeFileException.class)
                .hasMessage(dir + ": is not a regular file");
    }
}
