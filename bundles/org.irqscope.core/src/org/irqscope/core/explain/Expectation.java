// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Predicate;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveThreadContext;

/**
 * What a lesson step expects to see in the state after its action.
 *
 * @param description the expectation in the lesson's words ("PQ of 0x1300 is 10")
 * @param met the check
 * @param observed what the state shows instead, for the narration when the check fails
 * @param sourceNumber the interrupt source the expectation is about, so a view can show it; empty when it is about a
 *     vCPU or the whole machine
 */
public record Expectation(String description, Predicate<MachineState> met, Function<MachineState, String> observed,
        OptionalInt sourceNumber) {
    public Expectation {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(met, "met");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(sourceNumber, "sourceNumber");
    }

    /** An expectation about no particular source. */
    public Expectation(String description, Predicate<MachineState> met, Function<MachineState, String> observed) {
        this(description, met, observed, OptionalInt.empty());
    }

    /** The route trace of a source ends with this verdict. */
    public static Expectation verdict(int source, Verdict verdict) {
        return new Expectation("source " + RouteTracer.hex(source) + " is " + verdict.label(),
                m -> RouteTracer.trace(m, source).verdict() == verdict, m -> RouteTracer.trace(m, source).summary(),
                OptionalInt.of(source));
    }

    /** The route trace of a source stops with this verdict at this stage. */
    public static Expectation stopsAt(int source, Verdict verdict, String stagePrefix) {
        return new Expectation("source " + RouteTracer.hex(source) + " is " + verdict.label() + " at " + stagePrefix,
                m -> {
                    RouteTrace t = RouteTracer.trace(m, source);
                    return t.verdict() == verdict && t.blocking().map(h -> h.stage().startsWith(stagePrefix))
                            .orElse(false);
                }, m -> RouteTracer.trace(m, source).summary(), OptionalInt.of(source));
    }

    /** A source's XIVE PQ bits. */
    public static Expectation pq(int source, int pq) {
        String want = (pq & 2) != 0 ? "1" : "0";
        String text = want + ((pq & 1) != 0 ? "1" : "0");
        return source(source, "PQ is " + text, s -> s.pq() == pq, s -> "PQ " + s.pqText());
    }

    /** A predicate on one source. */
    public static Expectation source(int source, String what, Predicate<SourceState> test,
            Function<SourceState, String> shown) {
        return new Expectation("source " + RouteTracer.hex(source) + ": " + what,
                m -> m.source(source).map(test::test).orElse(false),
                m -> m.source(source).map(shown).orElse("source " + RouteTracer.hex(source) + " is absent"),
                OptionalInt.of(source));
    }

    /** A predicate on one vCPU's XICS ICP. */
    public static Expectation icp(int vcpu, String what, Predicate<XicsIcp> test) {
        return new Expectation("vCPU " + vcpu + " ICP: " + what,
                m -> m.vcpu(vcpu).map(VcpuState::presenter).filter(XicsIcp.class::isInstance)
                        .map(p -> test.test((XicsIcp) p)).orElse(false),
                m -> m.vcpu(vcpu).map(v -> String.valueOf(v.presenter())).orElse("no vCPU " + vcpu));
    }

    /** A predicate on one vCPU's XIVE thread context. */
    public static Expectation thread(int vcpu, String what, Predicate<XiveThreadContext> test) {
        return new Expectation("vCPU " + vcpu + " OS ring: " + what,
                m -> m.vcpu(vcpu).map(VcpuState::presenter).filter(XiveThreadContext.class::isInstance)
                        .map(p -> test.test((XiveThreadContext) p)).orElse(false),
                m -> m.vcpu(vcpu).map(v -> v.presenter() instanceof XiveThreadContext t
                        ? t.os().toString()
                        : String.valueOf(v.presenter())).orElse("no vCPU " + vcpu));
    }

    /** A diagnostic rule fires (or not) on the state. */
    public static Expectation finding(String ruleId, boolean present) {
        return new Expectation((present ? "diagnostics report " : "diagnostics do not report ") + ruleId,
                m -> Diagnostics.run(m).stream().anyMatch(f -> f.ruleId().equals(ruleId)) == present,
                m -> Diagnostics.run(m).stream().filter(f -> f.ruleId().equals(ruleId)).map(Finding::toString)
                        .findFirst().orElse("no " + ruleId + " finding"));
    }

    /** Any predicate on the whole state. */
    public static Expectation state(String what, Predicate<MachineState> test, Function<MachineState, String> shown) {
        return new Expectation(what, test, shown);
    }

    /** Both expectations; about this one's source, else the other's. */
    public Expectation and(Expectation other) {
        return new Expectation(description + "; " + other.description, m -> met.test(m) && other.met.test(m),
                m -> (met.test(m) ? "" : observed.apply(m) + " ") + (other.met.test(m) ? "" : other.observed.apply(m)),
                sourceNumber.isPresent() ? sourceNumber : other.sourceNumber);
    }
}
