# SPDX-License-Identifier: EPL-2.0
"""Checks irqscope/1 JSON lines against docs/json-format.md.

    python3 irqscope_json.py KIND [KIND...] < stdout

Each stdin line must be one JSON object with "schema": "irqscope/1"; the objects' "kind" values must be the KINDs
given, in order ("snapshot*" = any number of snapshots, at least one). Every object of a documented kind is checked
for its keys and their types. Exits 1 with the first problem on stderr.
"""
import json
import sys

NUM = "number"
STR = "string"
BOOL = "bool"
LIST = "list"
OBJ = "object"
NULL_OK = "?"


def typename(v):
    if isinstance(v, bool):
        return BOOL
    if isinstance(v, (int, float)):
        return NUM
    if isinstance(v, str):
        return STR
    if isinstance(v, list):
        return LIST
    if isinstance(v, dict):
        return OBJ
    if v is None:
        return "null"
    return type(v).__name__


class Problem(Exception):
    pass


def keys(where, obj, spec):
    if not isinstance(obj, dict):
        raise Problem(f"{where}: expected an object, got {typename(obj)}")
    for key, want in spec.items():
        if key not in obj:
            raise Problem(f"{where}: key '{key}' is missing")
        v = obj[key]
        nullable = want.endswith(NULL_OK)
        t = want.rstrip(NULL_OK)
        if v is None and nullable:
            continue
        if typename(v) != t:
            raise Problem(f"{where}.{key}: expected {want}, got {typename(v)} ({json.dumps(v)[:60]})")


SNAPSHOT = {"schema": STR, "kind": STR, "target": STR, "arch": STR, "mode": STR, "irqchip": STR, "backend": STR,
            "sequence": NUM, "captured_at_ms": NUM, "capabilities": LIST, "vcpus": LIST, "sources": LIST,
            "ioapic": OBJ + NULL_OK, "pic": LIST, "ics": LIST, "xive": OBJ + NULL_OK, "gic": OBJ + NULL_OK,
            "flic": OBJ + NULL_OK, "routes": LIST, "counters": OBJ, "notes": LIST}
VCPU = {"id": NUM, "state": STR, "presenter": OBJ, "counters": OBJ}
PRESENTERS = {
    "xics": {"cppr": NUM, "mfrr": NUM, "xisr": NUM, "ppri": NUM},
    "xive": {"nsr": NUM, "cppr": NUM, "ipb": NUM, "pipr": NUM, "cam": NUM, "vo": BOOL, "vp": NUM, "rings": OBJ},
    "lapic": {"apic_id": NUM, "tpr": NUM, "ppr": NUM, "irr": LIST, "isr": LIST, "tmr": LIST, "lvt": LIST,
              "enabled": BOOL},
    "gicv3": {"mpidr": NUM, "pmr": NUM},
    "none": {},
}
SOURCE = {"number": NUM, "kind": STR, "allocated": BOOL, "owner": STR, "server": NUM + NULL_OK, "priority": NUM,
          "masked": BOOL, "saved_priority": NUM + NULL_OK, "pending": BOOL, "asserted": BOOL, "presented": BOOL,
          "queued": BOOL, "pq": STR + NULL_OK, "eisn": NUM + NULL_OK, "end": NUM + NULL_OK,
          "derived_targeting": BOOL, "count": NUM + NULL_OK}
PIN = {"pin": NUM, "vector": NUM, "dest": NUM, "dest_mode": STR, "trigger": STR, "masked": BOOL, "remote_irr": BOOL}
PIC = {"chip": STR, "irr": NUM, "imr": NUM, "isr": NUM, "base": NUM}
EXPLAIN = {"schema": STR, "kind": STR, "target": STR, "source": NUM + NULL_OK, "hops": LIST, "verdict": STR,
           "reason": STR, "blocking_hop": NUM + NULL_OK}
HOP = {"stage": STR, "state": STR, "ok": BOOL, "rule": STR}
DIAGNOSIS = {"schema": STR, "kind": STR, "target": STR, "sequence": NUM, "findings": LIST}
FINDING = {"rule": STR, "severity": STR, "element": STR, "explanation": STR, "why": STR, "fix": STR + NULL_OK}
DIFF = {"schema": STR, "kind": STR, "before": OBJ, "after": OBJ, "identical": BOOL, "changes": LIST}
CHANGE = {"kind": STR, "element": STR, "field": STR, "before": STR, "after": STR}
TARGETS = {"schema": STR, "kind": STR, "targets": LIST}
TARGET = {"scheme": STR, "usage": STR, "available": BOOL, "reason": STR + NULL_OK}
ESB = {"op": STR, "source": NUM, "returned": NUM, "pq": STR, "line": NUM}
TIMA = {"op": STR, "vcpu": NUM, "returned": NUM, "os": OBJ, "line": NUM}
INJECT = {"how": STR, "outcome": STR, "delivered_to": NUM, "detail": STR, "line": NUM}
STEP = {"requested": NUM, "events": LIST, "line": NUM}
JOURNEY = {"schema": STR, "kind": STR, "id": NUM, "origin": STR, "raised_by": STR, "gsi": NUM, "vector": NUM,
           "destinations": LIST, "outcome": STR, "why": STR, "coalesced": BOOL, "near_loss": BOOL,
           "inject_to_eoi_ns": NUM + NULL_OK, "latency_from": STR + NULL_OK, "hops": LIST}
JOURNEY_HOP = {"stage": STR, "time_ns": NUM, "cpu": NUM, "thread": NUM, "vcpu": NUM, "detail": STR}
LOST = {"schema": STR, "kind": STR, "cpu": NUM, "events": NUM, "where": STR}
TRACE_SUMMARY = {"schema": STR, "kind": STR, "journeys": NUM, "events": NUM, "lost_events": NUM, "empty_eois": NUM,
                 "unmatched_eois": NUM, "mean_delay_ms": NUM, "max_delay_ms": NUM, "events_traced": LIST,
                 "notes": LIST}


def check_snapshot(where, o):
    keys(where, o, SNAPSHOT)
    for v in o["vcpus"]:
        w = f"{where}.vcpus[{v.get('id')}]"
        keys(w, v, VCPU)
        p = v["presenter"]
        t = p.get("type")
        if t not in PRESENTERS:
            raise Problem(f"{w}.presenter.type '{t}' is not one of {sorted(PRESENTERS)}")
        keys(w + ".presenter", p, PRESENTERS[t])
        if t == "lapic":
            for reg in ("irr", "isr", "tmr"):
                if any(not isinstance(x, int) or x < 0 or x > 255 for x in p[reg]):
                    raise Problem(f"{w}.presenter.{reg}: not a list of vectors: {p[reg]}")
    for s in o["sources"]:
        keys(f"{where}.sources[{s.get('number')}]", s, SOURCE)
        if s["kind"] not in ("MSI", "LSI", "IPI"):
            raise Problem(f"{where}.sources[{s['number']}].kind '{s['kind']}'")
        if s["pq"] is not None and s["pq"] not in ("00", "01", "10", "11"):
            raise Problem(f"{where}.sources[{s['number']}].pq '{s['pq']}'")
    if o["ioapic"] is not None:
        for p in o["ioapic"]["pins"]:
            keys(f"{where}.ioapic.pins[{p.get('pin')}]", p, PIN)
            if p["trigger"] not in ("edge", "level"):
                raise Problem(f"{where}.ioapic.pins[{p['pin']}].trigger '{p['trigger']}'")
    for i, p in enumerate(o["pic"]):
        keys(f"{where}.pic[{i}]", p, PIC)
    if o["irqchip"] not in ("in-kernel", "emulated", "soft", "unknown"):
        raise Problem(f"{where}.irqchip '{o['irqchip']}'")


def check_explain(where, o):
    keys(where, o, EXPLAIN)
    if o["verdict"] not in ("delivered", "pending", "blocked"):
        raise Problem(f"{where}.verdict '{o['verdict']}'")
    if not o["hops"]:
        raise Problem(f"{where}.hops is empty")
    for i, h in enumerate(o["hops"]):
        keys(f"{where}.hops[{i}]", h, HOP)


def check_diagnosis(where, o):
    keys(where, o, DIAGNOSIS)
    for i, f in enumerate(o["findings"]):
        keys(f"{where}.findings[{i}]", f, FINDING)
        if f["severity"] not in ("error", "warning", "info"):
            raise Problem(f"{where}.findings[{i}].severity '{f['severity']}'")


def check_diff(where, o):
    keys(where, o, DIFF)
    for i, c in enumerate(o["changes"]):
        keys(f"{where}.changes[{i}]", c, CHANGE)
    if o["identical"] != (len(o["changes"]) == 0):
        raise Problem(f"{where}: identical is {o['identical']} with {len(o['changes'])} changes")


def check_targets(where, o):
    keys(where, o, TARGETS)
    for i, t in enumerate(o["targets"]):
        keys(f"{where}.targets[{i}]", t, TARGET)


def check_journey(where, o):
    keys(where, o, JOURNEY)
    if o["outcome"] not in ("complete", "never_accepted", "never_eoi", "never_acknowledged", "open"):
        raise Problem(f"{where}.outcome: {o['outcome']!r} is not an outcome")
    for i, h in enumerate(o["hops"]):
        keys(f"{where}.hops[{i}]", h, JOURNEY_HOP)
    times = [h["time_ns"] for h in o["hops"]]
    if times != sorted(times):
        raise Problem(f"{where}.hops: not in time order")


CHECKS = {"snapshot": check_snapshot, "journey": check_journey, "lost": lambda w, o: keys(w, o, LOST),
          "trace-summary": lambda w, o: keys(w, o, TRACE_SUMMARY), "explain": check_explain, "diagnosis": check_diagnosis, "diff": check_diff, "targets": check_targets,
          "esb": lambda w, o: keys(w, o, ESB), "tima": lambda w, o: keys(w, o, TIMA),
          "inject": lambda w, o: keys(w, o, INJECT), "ipi": lambda w, o: keys(w, o, INJECT),
          "step": lambda w, o: keys(w, o, STEP)}


def main(expected):
    objects = []
    for n, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            raise Problem(f"stdout line {n} is not JSON: {e}: {line[:80]!r}")
        if not isinstance(o, dict):
            raise Problem(f"stdout line {n} is not an object")
        if o.get("schema") != "irqscope/1":
            raise Problem(f"stdout line {n}: schema is {o.get('schema')!r}, not 'irqscope/1'")
        CHECKS.get(o.get("kind"), lambda w, x: None)(f"line {n} ({o.get('kind')})", o)
        objects.append(o)
    kinds = [o.get("kind") for o in objects]
    if expected == ["snapshot*"]:
        if not kinds or any(k != "snapshot" for k in kinds):
            raise Problem(f"expected snapshots only, got {kinds}")
    elif kinds != expected:
        raise Problem(f"expected kinds {expected}, got {kinds}")
    return objects


if __name__ == "__main__":
    try:
        main(sys.argv[1:])
    except Problem as p:
        print(f"irqscope_json: {p}", file=sys.stderr)
        sys.exit(1)
