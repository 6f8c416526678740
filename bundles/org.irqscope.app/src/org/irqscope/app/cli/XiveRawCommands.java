// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.softkvm.target.XiveRawAccess;

import com.google.gson.JsonObject;

/** The run script's {@code esb} and {@code tima} commands, on a target with raw XIVE access (SoftKvm in XIVE mode). */
final class XiveRawCommands {

    private XiveRawCommands() {
    }

    /** {@code esb SOURCE op}: prints {op, source, returned, pq}. */
    static String esb(Target target, int source, String op, JsonObject record) throws TargetException {
        XiveRawAccess raw = raw(target, "esb " + op);
        XiveRawAccess.EsbResult r = raw.esb(source, op);
        record.addProperty("op", op);
        record.addProperty("source", source);
        record.addProperty("returned", r.returned());
        record.addProperty("pq", r.pqText());
        return "returned " + StateText.hex(r.returned()) + ", PQ now " + r.pqText();
    }

    /** {@code tima VCPU ack|cppr V|pending P}: prints the returned value and the OS ring after. */
    static String tima(Target target, int vcpu, String op, int value, JsonObject record) throws TargetException {
        XiveRawAccess raw = raw(target, "tima " + op);
        String access = switch (op) {
            case "ack" -> "ack";
            case "cppr" -> "set-cppr";
            case "pending" -> "set-os-pending";
            default -> throw TargetException.invalid("tima " + op + " is not one of ack, cppr, pending");
        };
        long returned = raw.tima(vcpu, access, value);
        record.addProperty("op", op);
        record.addProperty("vcpu", vcpu);
        if (value >= 0) {
            record.addProperty("value", value);
        }
        record.addProperty("returned", returned);
        MachineState after = target.read();
        VcpuState v = after.vcpu(vcpu).orElseThrow(() -> TargetException.invalid("vCPU " + vcpu
                + " does not exist"));
        if (!(v.presenter() instanceof XiveThreadContext tc)) {
            throw new TargetException(TargetException.Kind.FAILED, "vCPU " + vcpu
                    + " has no XIVE thread context after the TIMA access");
        }
        XiveRing os = tc.os();
        JsonObject ring = new JsonObject();
        ring.addProperty("nsr", os.nsr());
        ring.addProperty("cppr", os.cppr());
        ring.addProperty("ipb", os.ipb());
        ring.addProperty("pipr", os.pipr());
        ring.addProperty("cam", StateJson.osCam(os));
        record.add("os", ring);
        return String.format("returned %s; OS ring nsr %02x cppr %02x ipb %02x pipr %02x", StateText.hex(returned),
                os.nsr(), os.cppr(), os.ipb(), os.pipr());
    }

    private static XiveRawAccess raw(Target target, String what) throws TargetException {
        if (target instanceof XiveRawAccess raw && target.capabilities().contains(TargetCapability.XIVE_RAW)) {
            return raw;
        }
        throw TargetException.notSupported(target, what, "it offers no raw XIVE ESB/TIMA access (only a SoftKvm "
                + "target in XIVE mode does, e.g. soft:power9?mode=xive)");
    }
}
