// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import org.irqscope.core.explain.RouteHop;
import org.irqscope.core.explain.RouteTrace;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** The {@code irqscope/1} form of a route trace: source, hops[] (stage, state, ok, rule), verdict, reason. */
public final class RouteJson {

    private RouteJson() {
    }

    public static JsonObject explain(String target, RouteTrace t) {
        JsonObject o = StateJson.envelope("explain");
        o.addProperty("target", target);
        o.add("source", t.source() < 0 ? JsonNull.INSTANCE : new JsonPrimitive(t.source()));
        JsonArray hops = new JsonArray();
        for (RouteHop h : t.hops()) {
            JsonObject j = new JsonObject();
            j.addProperty("stage", h.stage());
            j.addProperty("state", h.state());
            j.addProperty("ok", h.ok());
            j.addProperty("rule", h.rule());
            hops.add(j);
        }
        o.add("hops", hops);
        o.addProperty("verdict", t.verdict().label());
        o.addProperty("reason", t.reason());
        o.add("blocking_hop", t.blockingHop() < 0 ? JsonNull.INSTANCE : new JsonPrimitive(t.blockingHop()));
        return o;
    }
}
