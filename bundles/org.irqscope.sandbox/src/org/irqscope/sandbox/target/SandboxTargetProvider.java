// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.target;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetUri;
import org.irqscope.kvm.Kvm;
import org.irqscope.kvm.KvmArch;
import org.irqscope.kvm.KvmException;
import org.irqscope.sandbox.SandboxVm;
import org.irqscope.sandbox.guest.GuestProgram;

/**
 * Opens {@code kvm:x86?vcpus=N} targets: a sandbox VM on this host's KVM. The KVM implementation is given by the
 * application ({@code LinuxKvm::open}), so this bundle never sees JNA.
 */
public final class SandboxTargetProvider implements TargetProvider {
    public static final String SCHEME = "kvm";
    private final Path device;
    private final Function<Path, Kvm> opener;
    private final String osArch;

    /** @param opener opens the KVM device node, e.g. {@code LinuxKvm::open} */
    public SandboxTargetProvider(Function<Path, Kvm> opener) {
        this(Path.of("/dev/kvm"), opener, System.getProperty("os.arch", ""));
    }

    /** For tests: another device node and host architecture. */
    public SandboxTargetProvider(Path device, Function<Path, Kvm> opener, String osArch) {
        this.device = device;
        this.opener = opener;
        this.osArch = osArch;
    }

    @Override
    public String scheme() {
        return SCHEME;
    }

    @Override
    public String usage() {
        return "kvm:x86?vcpus=N  a sandbox VM (1.." + GuestProgram.MAX_VCPUS
                + " vCPUs, in-kernel PIC/IOAPIC/LAPIC) on this host's " + device;
    }

    @Override
    public Optional<String> unavailableReason() {
        if (KvmArch.fromOsArch(osArch).filter(a -> a == KvmArch.X86_64).isEmpty()) {
            return Optional.of("the x86 sandbox VM needs an x86_64 host; this one is " + osArch);
        }
        if (!Files.exists(device)) {
            return Optional.of(device + " is absent (no KVM on this host: enable virtualization and load kvm)");
        }
        if (!Files.isReadable(device) || !Files.isWritable(device)) {
            return Optional.of("no permission on " + device + " (add your user to the kvm group)");
        }
        return Optional.empty();
    }

    @Override
    public Target open(TargetUri uri) throws TargetException {
        if (!SCHEME.equals(uri.scheme())) {
            throw TargetException.invalid("target " + uri.text() + " is not a kvm: target");
        }
        if (!"x86".equals(uri.path())) {
            throw TargetException.invalid("target " + uri.text()
                    + ": the kvm sandbox machine is 'x86' (kvm:x86?vcpus=N)");
        }
        for (String key : uri.parameters().keySet()) {
            if (!key.equals("vcpus")) {
                throw TargetException.invalid("target " + uri.text() + ": unknown parameter '" + key
                        + "'; kvm:x86 takes vcpus=1.." + GuestProgram.MAX_VCPUS);
            }
        }
        int vcpus = uri.intParameter("vcpus", 1, 1, GuestProgram.MAX_VCPUS);
        Optional<String> why = unavailableReason();
        if (why.isPresent()) {
            throw new TargetException(TargetException.Kind.UNAVAILABLE, "cannot open " + uri.text() + ": " + why.get());
        }
        Kvm kvm;
        try {
            kvm = opener.apply(device);
        } catch (KvmException e) {
            throw new TargetException(TargetException.Kind.UNAVAILABLE, "cannot open " + uri.text() + ": "
                    + e.getMessage(), e);
        }
        try {
            return new SandboxTarget(uri.text(), kvm, SandboxVm.start(kvm, vcpus));
        } catch (KvmException e) {
            kvm.close();
            throw new TargetException(TargetException.Kind.FAILED, "cannot start the sandbox VM for " + uri.text()
                    + ": " + e.getMessage(), e);
        }
    }
}
