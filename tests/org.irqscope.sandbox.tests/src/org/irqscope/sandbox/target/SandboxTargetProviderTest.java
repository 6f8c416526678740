// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetUri;
import org.irqscope.kvm.Errno;
import org.irqscope.kvm.Kvm;
import org.irqscope.kvm.KvmException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxTargetProviderTest {
    private final AtomicInteger opened = new AtomicInteger();

    private Kvm refuse(Path p) {
        opened.incrementAndGet();
        throw new KvmException(KvmException.OPEN_DEV_KVM, Errno.EACCES, "opening " + p);
    }

    @Test
    void saysWhyItIsUnavailable(@TempDir Path dir) throws Exception {
        assertThat(new SandboxTargetProvider(dir.resolve("kvm"), this::refuse, "amd64").unavailableReason())
                .hasValueSatisfying(w -> assertThat(w).contains("is absent"));
        assertThat(new SandboxTargetProvider(dir.resolve("kvm"), this::refuse, "aarch64").unavailableReason())
                .hasValueSatisfying(w -> assertThat(w).contains("needs an x86_64 host"));
        Path present = Files.createFile(dir.resolve("present"));
        assertThat(new SandboxTargetProvider(present, this::refuse, "amd64").unavailableReason()).isEmpty();
        if (!"root".equals(System.getProperty("user.name"))) {
            Path closed = Files.createFile(dir.resolve("closed"));
            assertThat(closed.toFile().setReadable(false, false)).isTrue();
            assertThat(new SandboxTargetProvider(closed, this::refuse, "amd64").unavailableReason())
                    .hasValueSatisfying(w -> assertThat(w).contains("add your user to the kvm group"));
        }
        // Root can read a mode-000 file; a read-only sysfs attribute is not writable, not even for root.
        Path readOnly = Path.of("/sys/devices/system/cpu/online");
        if (Files.exists(readOnly) && !Files.isWritable(readOnly)) {
            assertThat(new SandboxTargetProvider(readOnly, this::refuse, "amd64").unavailableReason())
                    .hasValueSatisfying(w -> assertThat(w).isEqualTo("no permission on " + readOnly
                            + " (add your user to the kvm group)"));
        }
    }

    @Test
    void refusesBadUrisBeforeTouchingKvm(@TempDir Path dir) throws Exception {
        Path present = Files.createFile(dir.resolve("kvm"));
        SandboxTargetProvider p = new SandboxTargetProvider(present, this::refuse, "amd64");
        assertThat(p.scheme()).isEqualTo("kvm");
        assertThat(p.usage()).contains("kvm:x86?vcpus=N");
        assertInvalid(p, "kvm:x86?vcpus=9", "outside 1..8");
        assertInvalid(p, "kvm:x86?vcpus=0", "outside 1..8");
        assertInvalid(p, "kvm:x86?vcpus=two", "not a number");
        assertInvalid(p, "kvm:arm?vcpus=2", "'x86'");
        assertInvalid(p, "kvm:x86?cpus=2", "unknown parameter 'cpus'");
        assertThat(opened).hasValue(0);
    }

    @Test
    void aKvmThatCannotBeOpenedMakesTheTargetUnavailable(@TempDir Path dir) throws Exception {
        Path present = Files.createFile(dir.resolve("kvm"));
        SandboxTargetProvider p = new SandboxTargetProvider(present, this::refuse, "amd64");
        assertThatThrownBy(() -> p.open(TargetUri.parse("kvm:x86?vcpus=2")))
                .isInstanceOfSatisfying(TargetException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TargetException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("add your user to the kvm group");
                });
        SandboxTargetProvider absent = new SandboxTargetProvider(dir.resolve("none"), this::refuse, "amd64");
        assertThatThrownBy(() -> absent.open(TargetUri.parse("kvm:x86")))
                .isInstanceOfSatisfying(TargetException.class, e -> {
                    assertThat(e.kind()).isEqualTo(TargetException.Kind.UNAVAILABLE);
                    assertThat(e.getMessage()).contains("is absent");
                });
    }

    private static void assertInvalid(SandboxTargetProvider p, String uri, String text) {
        assertThatThrownBy(() -> p.open(TargetUri.parse(uri))).isInstanceOfSatisfying(TargetException.class, e -> {
            assertThat(e.kind()).isEqualTo(TargetException.Kind.INVALID_ARGUMENT);
            assertThat(e.getMessage()).contains(text);
        });
    }
}
