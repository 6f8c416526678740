// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.tracefs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.irqscope.core.journey.Hop;
import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.Origin;
import org.irqscope.core.journey.Outcome;
import org.irqscope.core.journey.Stage;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.TargetUri;
import org.irqscope.core.target.VmThreads;
import org.irqscope.kvm.linux.LinuxKvm;
import org.irqscope.qemu.launch.QemuInstallation;
import org.irqscope.qemu.launch.QemuProfile;
import org.irqscope.qemu.target.QemuTarget;
import org.irqscope.qemu.target.QemuTargetProvider;
import org.irqscope.sandbox.target.SandboxTarget;
import org.irqscope.sandbox.target.SandboxTargetProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Tag("live")
class KvmTraceLiveTest {
    private static final int PIN = 4;
    private static final int PIN_VECTOR = 0x31;
    private static final int MSI_VECTOR = 0x41;

    @Test
    @Timeout(60)
    void sandboxEdgesAndMsisBecomeExactlyThatManyCompleteJourneys() throws Exception {
        LiveTrace.assumeTracing();
        int edges = 25;
        int msis = 25;
        LiveTrace.Recorder rec = new LiveTrace.Recorder();
        try (SandboxTarget t = sandbox(2)) {
            t.configure(pin(1));
            VmThreads scope = awaitVcpuThreads(t, 2);
            KvmTrace trace = KvmTrace.start(scope, rec, KvmTrace.Options.defaults());
            try {
                for (int i = 0; i < edges; i++) {
                    long before = t.sandbox().guestCounts(1)[PIN_VECTOR];
                    t.inject(Injection.edge(PIN));
                    await("the guest on vCPU 1 to take edge " + i,
                            () -> t.sandbox().guestCounts(1)[PIN_VECTOR] > before);
                }
                for (int i = 0; i < msis; i++) {
                    long before = t.sandbox().guestCounts(0)[MSI_VECTOR];
                    t.inject(Injection.msi(0xfee00000L, MSI_VECTOR));
                    await("the guest on vCPU 0 to take MSI " + i,
                            () -> t.sandbox().guestCounts(0)[MSI_VECTOR] > before);
                }
                await("every journey to be reported", () -> rec.journeys.size() >= edges + msis);
            } finally {
                trace.close();
            }
            assertThat(trace.notes()).allMatch(n -> !n.contains("failed"));
        }
        List<Journey> js = List.copyOf(rec.journeys);
        assertThat(js).hasSize(edges + msis);
        assertThat(js).allSatisfy(j -> assertThat(j.outcome()).as(j.toString()).isEqualTo(Outcome.COMPLETE));
        List<Journey> lines = js.stream().filter(j -> j.origin() == Origin.LINE).toList();
        List<Journey> msiJourneys = js.stream().filter(j -> j.origin() == Origin.MSI).toList();
        assertThat(lines).hasSize(edges).allSatisfy(j -> {
            assertThat(j.gsi()).isEqualTo(PIN);
            assertThat(j.vector()).isEqualTo(PIN_VECTOR);
            assertThat(j.destinations()).containsExactly(1);
            assertThat(j.first(Stage.ROUTED).orElseThrow().detail()).startsWith("IOAPIC pin 4 → APIC 1 vector 0x31");
            assertThat(j.first(Stage.EOI).orElseThrow().vcpu()).isEqualTo(1);
        });
        assertThat(msiJourneys).hasSize(msis).allSatisfy(j -> {
            assertThat(j.vector()).isEqualTo(MSI_VECTOR);
            assertThat(j.destinations()).containsExactly(0);
            assertThat(j.injectToEoiNanos()).hasValueSatisfying(ns -> assertThat(ns).isPositive());
        });
        assertThat(rec.losses).isEmpty();
        assertThat(rec.stopReason).isNull();
        // tracefs was unmounted again if this trace mounted it; else no instance of ours is left in it
        if (Tracefs.mounted().isPresent()) {
            assertThat(LiveTrace.ourInstances(Tracefs.mounted().orElseThrow())).isEmpty();
        }
    }

    /** The trace follows one VM: a QEMU/KVM guest's events only, while the sandbox VM takes interrupts beside it. */
    @Test
    @Timeout(120)
    void aQemuGuestsEventsAreItsOwnWhileAnotherVmRunsBeside() throws Exception {
        LiveTrace.assumeTracing();
        QemuInstallation q = QemuInstallation.system();
        var missing = q.missing(QemuProfile.Machine.X86_Q35);
        if (missing.isPresent()) {
            System.out.println("SKIPPED live test: " + missing.get());
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(missing.isEmpty());
        LiveTrace.Recorder rec = new LiveTrace.Recorder();
        try (QemuTarget qemu = (QemuTarget) new QemuTargetProvider()
                .open(TargetUri.parse("qemu:x86?accel=kvm&kernel-irqchip=on")); SandboxTarget beside = sandbox(1)) {
            VmThreads scope = qemu.vmThreads().orElseThrow();
            assertThat(scope.processId()).isEqualTo(qemu.guest().pid());
            assertThat(scope.vcpuThreads()).containsValue(0);
            beside.configure(pin(0));
            Set<Long> qemuThreads = new HashSet<>();
            try (KvmTrace trace = KvmTrace.start(scope, rec, KvmTrace.Options.defaults())) {
                for (int i = 0; i < 50; i++) {
                    beside.inject(Injection.edge(PIN));
                    beside.inject(Injection.msi(0xfee00000L, MSI_VECTOR));
                }
                // SeaBIOS programs the PIT and takes its ticks: wait for a few of the guest's own journeys
                await("the QEMU guest's journeys", () -> rec.journeys.size() >= 5);
                qemuThreads.addAll(tasks(scope.processId()));
                qemuThreads.addAll(KvmTrace.pitThreads(scope.processId()));
            }
            Set<Long> ours = tasks(ProcessHandle.current().pid());
            for (Journey j : List.copyOf(rec.journeys)) {
                for (Hop h : j.hops()) {
                    assertThat(qemuThreads).as("hop %s of journey %s", h, j.raisedBy()).contains(h.thread());
                    assertThat(ours).doesNotContain(h.thread());
                }
                assertThat(j.vector()).isNotEqualTo(MSI_VECTOR);
            }
        }
    }

    @Test
    @Timeout(120)
    void aGuestThatExitsMidTraceStopsItAndLeavesNothingEnabled() throws Exception {
        LiveTrace.assumeTracing();
        var missing = QemuInstallation.system().missing(QemuProfile.Machine.X86_Q35);
        org.junit.jupiter.api.Assumptions.assumeTrue(missing.isEmpty(), () -> missing.orElse(""));
        LiveTrace.Recorder rec = new LiveTrace.Recorder();
        Path instance;
        try (QemuTarget qemu = (QemuTarget) new QemuTargetProvider()
                .open(TargetUri.parse("qemu:x86?accel=kvm&kernel-irqchip=on"))) {
            KvmTrace trace = KvmTrace.start(qemu.vmThreads().orElseThrow(), rec, KvmTrace.Options.defaults());
            instance = trace.instance();
            assertThat(instance).isDirectory();
            ProcessHandle.of(qemu.guest().pid()).orElseThrow().destroyForcibly();
            assertThat(rec.awaitStop(20)).as("the trace stops by itself").isTrue();
            assertThat(rec.stopReason).contains("exited");
            trace.close();
        }
        assertThat(instance).doesNotExist();
    }

    @Test
    void aVmThatIsGoneIsRefusedAndNothingIsLeft() throws Exception {
        LiveTrace.assumeTracing();
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        List<Path> before = Tracefs.mounted().map(r -> {
            try {
                return LiveTrace.ourInstances(r);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).orElse(List.of());
        assertThatThrownBy(() -> KvmTrace.start(new VmThreads(p.pid(), Map.of()), new LiveTrace.Recorder(),
                KvmTrace.Options.defaults())).isInstanceOf(TraceException.class)
                .hasMessageContaining("process " + p.pid()).hasMessageContaining("does not exist");
        if (Tracefs.mounted().isPresent()) {
            assertThat(LiveTrace.ourInstances(Tracefs.mounted().orElseThrow())).isEqualTo(before);
        }
    }

    /** What a crashed irqscope leaves (an instance with events enabled, named by its dead pid) the next start removes. */
    @Test
    void anInstanceOfADeadIrqscopeIsRemoved() throws Exception {
        LiveTrace.assumeTracing();
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        boolean mountedHere = Tracefs.mounted().isEmpty();
        Path root = mountedHere ? Tracefs.mount() : Tracefs.mounted().orElseThrow();
        Path stale = root.resolve("instances").resolve(KvmTrace.INSTANCE_PREFIX + p.pid() + "-1");
        Files.createDirectory(stale);
        Files.writeString(stale.resolve("events/kvm/kvm_eoi/enable"), "1");
        assertThat(KvmTrace.recoverStale(root)).contains("removed tracing instance " + stale.getFileName()
                + " of exited process " + p.pid());
        assertThat(stale).doesNotExist();
        if (mountedHere) {
            Tracefs.unmount(root);
        }
    }

    /** IOAPIC pin 4: vector 0x31 to APIC {@code apic}, unmasked. */
    private static SourceConfiguration pin(int apic) {
        return new SourceConfiguration(PIN, OptionalInt.of(PIN_VECTOR), OptionalInt.of(apic), Optional.of(false));
    }

    private static SandboxTarget sandbox(int vcpus) throws Exception {
        Path dev = Path.of("/dev/kvm");
        boolean usable = Files.isReadable(dev) && Files.isWritable(dev);
        if (!usable) {
            System.out.println("skipped: /dev/kvm is absent or not permitted on this host");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(usable, "/dev/kvm is absent or not permitted");
        return (SandboxTarget) new SandboxTargetProvider(LinuxKvm::open)
                .open(TargetUri.parse("kvm:x86?vcpus=" + vcpus));
    }

    private static VmThreads awaitVcpuThreads(SandboxTarget t, int n) throws Exception {
        await("the vCPU threads to start", () -> {
            try {
                return t.vmThreads().orElseThrow().vcpuThreads().size() == n;
            } catch (Exception e) {
                return false;
            }
        });
        return t.vmThreads().orElseThrow();
    }

    private static Set<Long> tasks(long pid) throws java.io.IOException {
        Set<Long> out = new HashSet<>();
        try (var s = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            s.forEach(p -> out.add(Long.parseLong(p.getFileName().toString())));
        }
        return out;
    }

    /** Waits on a condition (never a fixed sleep), failing after 10 s. */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting for " + what);
            }
            Thread.onSpinWait();
        }
    }
}
