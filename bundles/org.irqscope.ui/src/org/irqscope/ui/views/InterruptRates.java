// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;

/**
 * Interrupts per second between consecutive kept states, from the sources' delivered counters: for the busiest
 * sources and for each vCPU (the sum over the sources that target it). Sources without a counter contribute nothing.
 *
 * @param seconds x values: seconds since the first state
 * @param perSource series per source ("0x1000"), busiest first
 * @param perVcpu series per vCPU ("vCPU 0")
 */
public record InterruptRates(double[] seconds, Map<String, double[]> perSource, Map<String, double[]> perVcpu) {

    public static InterruptRates of(List<MachineState> states, int busiest) {
        int n = Math.max(0, states.size() - 1);
        double[] x = new double[n];
        Map<Integer, double[]> bySource = new HashMap<>();
        Map<Integer, double[]> byVcpu = new HashMap<>();
        Map<Integer, Double> totals = new HashMap<>();
        for (int i = 0; i < n; i++) {
            MachineState a = states.get(i);
            MachineState b = states.get(i + 1);
            x[i] = (b.capturedAtMillis() - states.get(0).capturedAtMillis()) / 1000.0;
            double dt = Math.max(1, b.capturedAtMillis() - a.capturedAtMillis()) / 1000.0;
            List<SourceState> before = a.sources();
            int j = 0;
            for (SourceState s : b.sources()) {
                while (j < before.size() && before.get(j).number() < s.number()) {
                    j++;
                }
                if (j >= before.size() || before.get(j).number() != s.number() || s.count() < 0
                        || before.get(j).count() < 0 || s.count() == before.get(j).count()) {
                    continue;
                }
                double rate = Math.max(0, s.count() - before.get(j).count()) / dt;
                bySource.computeIfAbsent(s.number(), k -> new double[n])[i] = rate;
                totals.merge(s.number(), rate, Double::sum);
                if (s.server() >= 0) {
                    byVcpu.computeIfAbsent(s.server(), k -> new double[n])[i] += rate;
                }
            }
        }
        List<Integer> ranked = new ArrayList<>(totals.keySet());
        ranked.sort((p, q) -> Double.compare(totals.get(q), totals.get(p)));
        Map<String, double[]> sources = new LinkedHashMap<>();
        for (int number : ranked.subList(0, Math.min(busiest, ranked.size()))) {
            sources.put("0x" + Integer.toHexString(number), bySource.get(number));
        }
        Map<String, double[]> vcpus = new LinkedHashMap<>();
        byVcpu.keySet().stream().sorted().forEach(id -> vcpus.put("vCPU " + id, byVcpu.get(id)));
        return new InterruptRates(x, sources, vcpus);
    }
}
