// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.VmThreads;
import org.irqscope.qemu.parse.MachineFacts;
import org.irqscope.qemu.parse.MonitorTextParser;
import org.irqscope.qemu.parse.ParseException;
import org.irqscope.qemu.qmp.QmpClient;
import org.irqscope.qemu.qmp.QmpException;

/**
 * A QEMU guest read over QMP: {@code info pic}, {@code info lapic N} (x86), {@code info irq}, {@code info cpus},
 * {@code query-status}, {@code query-cpus-fast}, {@code query-kvm} and the machine's {@code ic-mode}. Read-only; an
 * NMI only when the client's policy was opted in. A read that fails keeps the last good state.
 */
public class QmpTarget implements Target {
    private static final Pattern INFO_CPUS = Pattern.compile("[* ]\\s*CPU #(\\d+):.*?(\\(halted\\))?\\s*");

    private final String uri;
    private final QmpClient client;
    private final Duration timeout;
    private long sequence;
    private MachineFacts facts;
    private volatile MachineState lastGood;
    private volatile Timing lastTiming = new Timing(0, 0, 0);

    /** Where the time of the last read went: QMP round trips, decoding, and the number of QMP commands. */
    public record Timing(double qmpMillis, double parseMillis, int commands) {
    }

    public QmpTarget(String uri, QmpClient client, Duration timeout) {
        this.uri = uri;
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    public String uri() {
        return uri;
    }

    @Override
    public String displayName() {
        return "QEMU guest at " + client.socket();
    }

    @Override
    public Set<TargetCapability> capabilities() {
        return EnumSet.of(TargetCapability.READ);
    }

    /** True when {@link #injectNmi()} is allowed (the user opted in for this target). */
    public boolean nmiAllowed() {
        return client.policy().allowsNmi();
    }

    public QmpClient client() {
        return client;
    }

    public Optional<MachineState> lastGood() {
        return Optional.ofNullable(lastGood);
    }

    public Timing lastTiming() {
        return lastTiming;
    }

    /** Sends {@code inject-nmi} to every vCPU; refused unless opted in. */
    public void injectNmi() throws TargetException {
        if (!nmiAllowed()) {
            throw TargetException.notSupported(this, "inject an NMI", "NMI needs the per-target opt-in (add "
                    + "?nmi=allow to the qmp: URI); the target is read-only otherwise");
        }
        try {
            client.execute("inject-nmi", null, timeout);
        } catch (QmpException e) {
            throw translate("inject an NMI", e);
        }
    }

    @Override
    public synchronized MachineState read() throws TargetException {
        long t0 = System.nanoTime();
        int commands = 0;
        String pic;
        String lapic = null;
        String irq;
        JsonObject status;
        Map<Integer, RunState> runs = new HashMap<>();
        boolean x86;
        try {
            if (facts == null) {
                facts = readFacts();
                commands += 3;
            }
            status = client.execute("query-status", null, timeout).getAsJsonObject();
            JsonElement cpus = client.execute("query-cpus-fast", null, timeout);
            commands += 2;
            x86 = false;
            int ncpu = 0;
            for (JsonElement c : cpus.getAsJsonArray()) {
                x86 |= c.getAsJsonObject().get("target").getAsString().startsWith("x86");
                ncpu++;
            }
            pic = client.hmp("info pic", timeout);
            commands++;
            if (x86) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < ncpu; i++) {
                    sb.append(client.hmp("info lapic " + i, timeout)).append('\n');
                    commands++;
                }
                lapic = sb.toString();
                Matcher m = INFO_CPUS.matcher("");
                for (String line : client.hmp("info cpus", timeout).split("\r?\n")) {
                    if (m.reset(line).matches()) {
                        runs.put(Integer.parseInt(m.group(1)), m.group(2) != null
                                ? RunState.HALTED
                                : RunState.RUNNING);
                    }
                }
                commands++;
            }
            irq = client.hmp("info irq", timeout);
            commands++;
        } catch (QmpException e) {
            throw translate("read the interrupt state", e);
        }
        long t1 = System.nanoTime();
        String st = status.get("status").getAsString();
        RunState machine = switch (st) {
            case "running" -> RunState.RUNNING;
            case "paused", "suspended", "debug", "inmigrate", "prelaunch", "restore-vm", "save-vm" -> RunState.PAUSED;
            default -> RunState.STOPPED;
        };
        if (machine != RunState.RUNNING) {
            // A stopped machine's vCPUs are all stopped, whatever info cpus said about halting.
            runs.clear();
        }
        MachineFacts f = new MachineFacts(facts.configuredIcMode(), facts.kvm(), facts.kernelIrqchip(), machine,
                runs);
        MachineState parsed;
        try {
            parsed = MonitorTextParser.parse(uri, pic, lapic, irq, f);
        } catch (ParseException e) {
            throw new TargetException(TargetException.Kind.FAILED, uri + ": QEMU's monitor text could not be "
                    + "decoded (the last good state is kept): " + e.getMessage(), e);
        }
        long t2 = System.nanoTime();
        Set<String> caps = new LinkedHashSet<>(parsed.capabilities());
        caps.add("qemu " + versionOrUnknown());
        caps.add(Boolean.TRUE.equals(facts.kvm())
                ? "accel kvm"
                : Boolean.FALSE.equals(facts.kvm())
                        ? "accel tcg"
                        : "accel unknown");
        if (facts.configuredIcMode() != null) {
            caps.add("ic-mode " + facts.configuredIcMode().label());
        }
        MachineState s = new MachineState(uri, parsed.arch(), parsed.mode(), parsed.irqchip(), parsed.backend(),
                ++sequence, System.currentTimeMillis(), caps, parsed.vcpus(), parsed.sources(),
                parsed.controllers(), parsed.routes(), parsed.counters(), parsed.notes());
        lastGood = s;
        lastTiming = new Timing((t1 - t0) / 1e6, (t2 - t1) / 1e6, commands);
        return s;
    }

    /**
     * The QEMU process and its vCPU threads, from {@code query-cpus-fast} (thread-id, cpu-index) and the threads'
     * thread group in /proc; empty when the guest does not run on KVM (TCG raises no host-kernel KVM events) or its
     * threads are not on this host.
     */
    @Override
    public synchronized Optional<VmThreads> vmThreads() throws TargetException {
        Map<Long, Integer> vcpus = new HashMap<>();
        try {
            if (facts == null) {
                facts = readFacts();
            }
            if (!Boolean.TRUE.equals(facts.kvm())) {
                return Optional.empty();
            }
            for (JsonElement c : client.execute("query-cpus-fast", null, timeout).getAsJsonArray()) {
                JsonObject o = c.getAsJsonObject();
                vcpus.put(o.get("thread-id").getAsLong(), o.get("cpu-index").getAsInt());
            }
        } catch (QmpException e) {
            throw translate("list its vCPU threads", e);
        }
        long process = -1;
        for (long tid : vcpus.keySet()) {
            process = threadGroup(tid);
            if (process > 0) {
                break;
            }
        }
        return process > 0 ? Optional.of(new VmThreads(process, vcpus)) : Optional.empty();
    }

    /** The thread group (process) of a host thread, from /proc/TID/status "Tgid:", -1 when it is not on this host. */
    static long threadGroup(long tid) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc", Long.toString(tid),
                    "status"))) {
                if (line.startsWith("Tgid:")) {
                    return Long.parseLong(line.substring(5).trim());
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Connects again (QEMU restarted on the same socket); facts are read afresh on the next read. */
    public synchronized void reconnect() throws TargetException {
        try {
            client.reconnect();
        } catch (QmpException e) {
            throw translate("reconnect", e);
        }
        facts = null;
    }

    /** Forgets the cached machine facts (after a relaunch or reconnect). */
    public synchronized void forgetFacts() {
        facts = null;
    }

    private MachineFacts readFacts() throws QmpException {
        Boolean kvm = null;
        try {
            kvm = client.execute("query-kvm", null, timeout).getAsJsonObject().get("enabled").getAsBoolean();
        } catch (QmpException e) {
            if (e.reason() != QmpException.Reason.COMMAND_FAILED) {
                throw e;
            }
        }
        String icMode = machineProperty("ic-mode");
        String irqchip = machineProperty("kernel-irqchip");
        InterruptMode mode = icMode == null ? null : switch (icMode) {
            case "xics" -> InterruptMode.XICS;
            case "xive" -> InterruptMode.XIVE;
            case "dual" -> InterruptMode.DUAL;
            default -> null;
        };
        return new MachineFacts(mode, kvm, irqchip, Map.of());
    }

    /** A /machine property, or null where the machine has none (qom-get fails with a QEMU error). */
    private String machineProperty(String name) throws QmpException {
        JsonObject args = new JsonObject();
        args.addProperty("path", "/machine");
        args.addProperty("property", name);
        try {
            JsonElement e = client.execute("qom-get", args, timeout);
            return e.isJsonPrimitive() ? e.getAsString() : null;
        } catch (QmpException e) {
            if (e.reason() == QmpException.Reason.COMMAND_FAILED) {
                return null;
            }
            throw e;
        }
    }

    private String versionOrUnknown() {
        try {
            return client.qemuVersion();
        } catch (QmpException | RuntimeException e) {
            return "unknown";
        }
    }

    TargetException translate(String what, QmpException e) {
        TargetException.Kind kind = switch (e.reason()) {
            case CLOSED, UNREACHABLE -> TargetException.Kind.UNAVAILABLE;
            case REFUSED -> TargetException.Kind.NOT_SUPPORTED;
            case NOT_QMP, TIMEOUT, COMMAND_FAILED -> TargetException.Kind.FAILED;
        };
        return new TargetException(kind, uri + " could not " + what + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        client.close();
    }
}
