// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.target;

import static org.assertj.core.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetUri;
import org.irqscope.kvm.linux.LinuxKvm;
import org.irqscope.sandbox.LiveKvmGate;

/** Opens sandbox targets on the real /dev/kvm for the live tier, and waits on guest-side conditions. */
final class LiveSandbox {
    private LiveSandbox() {
    }

    static SandboxTarget open(int vcpus) throws TargetException {
        LiveKvmGate.assumeDevKvm();
        return (SandboxTarget) new SandboxTargetProvider(LinuxKvm::open)
                .open(TargetUri.parse("kvm:x86?vcpus=" + vcpus));
    }

    /** Waits (polling guest memory, never a fixed sleep) until the condition holds, failing after 5 s. */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.onSpinWait();
        }
    }

    static long guestCount(SandboxTarget t, int vcpu, int vector) {
        return t.sandbox().guestCounts(vcpu)[vector];
    }
}
