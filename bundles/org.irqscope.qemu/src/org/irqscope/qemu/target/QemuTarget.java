// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.VmThreads;
import org.irqscope.qemu.launch.LaunchException;
import org.irqscope.qemu.launch.LaunchedGuest;
import org.irqscope.qemu.launch.QemuLauncher;
import org.irqscope.qemu.launch.QemuProfile;
import org.irqscope.qemu.qmp.QmpException;

/**
 * A QEMU guest irqscope launched. Reads like {@link QmpTarget}; can pause/resume it and, for pseries, "flip" the
 * interrupt mode by relaunching with the other {@code ic-mode} (or, for ic-mode=dual, with the guest's
 * {@code xive=off}), because the mode is fixed at machine creation or negotiated by the guest at CAS.
 */
public final class QemuTarget implements Target {
    /** Linux prints this when it has set up interrupts and waits for the disk we never give it. */
    public static final String BOOTED_MARKER = "Waiting for root device";

    private final String uri;
    private final QemuLauncher launcher;
    private final Duration bootTimeout;
    private QemuProfile profile;
    private LaunchedGuest guest;
    private QmpTarget reader;
    private volatile Flip lastFlip;

    /** The states read right before and right after the last flip. */
    public record Flip(MachineState before, MachineState after, List<String> steps) {
    }

    private QemuTarget(String uri, QemuLauncher launcher, QemuProfile profile, Duration bootTimeout) {
        this.uri = uri;
        this.launcher = launcher;
        this.profile = profile;
        this.bootTimeout = bootTimeout;
    }

    /** Launches the guest; with a Debian kernel, waits until Linux has configured its interrupt controllers. */
    public static QemuTarget launch(String uri, QemuLauncher launcher, QemuProfile profile, Duration bootTimeout)
            throws TargetException {
        QemuTarget t = new QemuTarget(uri, launcher, profile, bootTimeout);
        t.start(profile);
        return t;
    }

    private void start(QemuProfile p) throws TargetException {
        try {
            guest = launcher.launch(p);
        } catch (LaunchException e) {
            throw new TargetException(e.missingFacility()
                    ? TargetException.Kind.UNAVAILABLE
                    : TargetException.Kind.FAILED, uri + ": " + e.getMessage(), e);
        }
        profile = p;
        reader = new QmpTarget(uri, guest.qmp(), Duration.ofSeconds(5));
        if (p.debianKernel()) {
            boolean booted;
            try {
                booted = guest.awaitConsole(BOOTED_MARKER, bootTimeout);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                booted = false;
            }
            if (!booted) {
                String tail = guest.consoleText();
                tail = tail.length() > 400 ? tail.substring(tail.length() - 400) : tail;
                guest.close();
                throw new TargetException(TargetException.Kind.FAILED, uri + ": the guest did not reach '"
                        + BOOTED_MARKER + "' within " + bootTimeout.toSeconds() + " s; console ends with: " + tail);
            }
        }
    }

    public QemuProfile profile() {
        return profile;
    }

    public LaunchedGuest guest() {
        return guest;
    }

    /** The QMP reader of the current guest (changes on flip). */
    @Override
    public java.util.Optional<VmThreads> vmThreads() throws TargetException {
        return reader.vmThreads();
    }

    public QmpTarget reader() {
        return reader;
    }

    public Flip lastFlip() {
        return lastFlip;
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public String displayName() {
        return "QEMU " + profile.label() + " (pid " + guest.pid() + ")";
    }

    @Override
    public Set<TargetCapability> capabilities() {
        EnumSet<TargetCapability> c = EnumSet.of(TargetCapability.READ, TargetCapability.PAUSE);
        if (profile.machine() == QemuProfile.Machine.PSERIES) {
            c.add(TargetCapability.FLIP);
        }
        return c;
    }

    @Override
    public synchronized MachineState read() throws TargetException {
        return reader.read();
    }

    @Override
    public void pause() throws TargetException {
        lifecycle("stop", "pause");
    }

    @Override
    public void resume() throws TargetException {
        lifecycle("cont", "resume");
    }

    private void lifecycle(String command, String what) throws TargetException {
        try {
            guest.qmp().execute(command, null, Duration.ofSeconds(5));
        } catch (QmpException e) {
            throw reader.translate(what, e);
        }
    }

    /**
     * Relaunches the guest in the other mode. XICS or XIVE: ic-mode switches; ic-mode=dual stays dual and the guest
     * gets (or loses) {@code xive=off}, so it negotiates the wanted mode at CAS. Returns one line per step.
     */
    @Override
    public synchronized List<String> flip(InterruptMode to) throws TargetException {
        if (profile.machine() != QemuProfile.Machine.PSERIES) {
            throw TargetException.notSupported(this, "flip the interrupt mode", "only pseries guests have two "
                    + "(XICS and XIVE); " + profile.machine().name().toLowerCase(java.util.Locale.ROOT)
                    + " has one");
        }
        if (to != InterruptMode.XICS && to != InterruptMode.XIVE && to != InterruptMode.DUAL) {
            throw TargetException.invalid("a pseries guest flips to xics, xive or dual, not " + to.label());
        }
        QemuProfile next;
        if (profile.icMode().equals("dual") && to != InterruptMode.DUAL) {
            next = profile.withExtraAppend(to == InterruptMode.XICS ? "xive=off" : "");
        } else {
            next = profile.withIcMode(to.label()).withExtraAppend("");
        }
        List<String> steps = new ArrayList<>();
        MachineState before = reader.read();
        steps.add("before: " + before.mode().label() + " (" + profile.label() + "), " + before.sources().size()
                + " sources");
        QemuProfile previous = profile;
        guest.close();
        steps.add("stopped QEMU (quit over QMP)");
        try {
            start(next);
        } catch (TargetException e) {
            // Never leave the target without a guest: bring the old mode back, then report the failed flip.
            start(previous);
            throw new TargetException(e.kind(), "flip to " + to.label() + " failed, the guest was relaunched as "
                    + previous.label() + ": " + e.getMessage(), e);
        }
        steps.add("relaunched: " + next.label() + (next.debianKernel()
                ? ", guest booted to '" + BOOTED_MARKER + "'"
                : ""));
        MachineState after = reader.read();
        steps.add("after: " + after.mode().label() + ", " + after.sources().size() + " sources");
        if (after.mode() != to && !(to == InterruptMode.DUAL && after.mode().isPower())) {
            steps.add("note: the guest runs " + after.mode().label() + ", not " + to.label()
                    + (next.debianKernel() ? "" : " (firmware only: nothing negotiated at CAS yet)"));
        }
        lastFlip = new Flip(before, after, List.copyOf(steps));
        return steps;
    }

    @Override
    public synchronized void close() {
        if (guest != null) {
            guest.close();
        }
    }
}
