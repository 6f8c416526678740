#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# Shell-level tests of the headless irqscope: every subcommand runs as its own process through the product's
# launcher; each check looks at the exit code, stdout (JSON lines checked against docs/json-format.md with
# tests/cli/irqscope_json.py) and stderr (one readable line, no stack trace unless --debug).
# Runs on every target kind available here: soft (always), kvm:x86 (with /dev/kvm), qemu: and qmp: (with QEMU).
#   tests/cli/run.sh /path/to/product/irqscope            # all checks
#   IRQSCOPE_CLI_SKIP_QEMU=1 tests/cli/run.sh ...         # without launching QEMU guests
set -uo pipefail
if [ $# -ne 1 ] || [ ! -x "$1" ]; then
    echo "usage: tests/cli/run.sh PRODUCT_LAUNCHER   (e.g. .../products/.../irqscope/irqscope)" >&2
    exit 2
fi
launcher="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
json="$here/irqscope_json.py"
fixtures="$repo/tests/org.irqscope.app.tests/resources/org/irqscope/app/cli"
tmp="$(mktemp -d)"
qemu_pid=""
cleanup() {
    [ -n "$qemu_pid" ] && kill "$qemu_pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
cd "$tmp" || exit 2

passed=0
failed=0
skipped=0
failures=()
code=0

# irq ARGS...: runs the launcher; sets $code, leaves stdout in $tmp/out and stderr in $tmp/err
irq() {
    "$launcher" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
    code=$?
}
pass() {
    passed=$((passed + 1))
    echo "ok    $1"
}
fail() {
    failed=$((failed + 1))
    failures+=("$1: $2")
    echo "FAIL  $1: $2"
    sed 's/^/        stderr: /' "$tmp/err" | head -n 5
}
skip() {
    skipped=$((skipped + 1))
    echo "skip  $1: $2"
}
# expect NAME CODE [KIND...]: exit code, then stdout as irqscope/1 JSON of these kinds (none: not checked)
expect() {
    local name="$1" want="$2"
    shift 2
    if [ "$code" -ne "$want" ]; then
        fail "$name" "exit code $code, expected $want"
        return 1
    fi
    if [ $# -gt 0 ] && ! python3 "$json" "$@" <"$tmp/out" 2>"$tmp/json-err"; then
        fail "$name" "$(cat "$tmp/json-err")"
        return 1
    fi
    if [ "$want" -eq 0 ] && [ -s "$tmp/err" ]; then
        fail "$name" "stderr is not empty on success"
        return 1
    fi
    pass "$name"
}
# expect_error NAME CODE PATTERN: exit code, one stderr line starting 'irqscope: ' matching PATTERN, no trace
expect_error() {
    local name="$1" want="$2" pattern="$3"
    if [ "$code" -ne "$want" ]; then
        fail "$name" "exit code $code, expected $want"
    elif [ "$(wc -l <"$tmp/err")" -ne 1 ]; then
        fail "$name" "stderr has $(wc -l <"$tmp/err") lines, expected one"
    elif ! grep -q '^irqscope: ' "$tmp/err" || ! grep -Eq -- "$pattern" "$tmp/err"; then
        fail "$name" "stderr '$(head -c 200 "$tmp/err")' does not match '$pattern'"
    else
        pass "$name"
    fi
}
# jq-like one-liner: py EXPR evaluates EXPR with o = the last JSON object on stdout (or objs = all of them)
py() {
    python3 -c "import json,sys
objs=[json.loads(l) for l in open('$tmp/out') if l.strip()]
o=objs[-1] if objs else None
print($1)"
}

echo "== irqscope headless: $launcher"

# ---------------------------------------------------------------- help, version, usage errors
irq --help
expect "--help" 0 && grep -q "usage: ./irqscope" "$tmp/out" || fail "--help text" "no usage line"
irq help snapshot
expect "help snapshot" 0 && grep -q "^usage: ./irqscope snapshot" "$tmp/out" || fail "help snapshot" "no usage line"
irq --version
expect "--version" 0 && grep -q "^irqscope " "$tmp/out" || fail "--version text" "no version line"
for c in targets snapshot watch run explain diagnose diff parse lesson migration-check; do
    irq "$c" --help
    if expect "$c --help" 0 && ! grep -q "^usage: ./irqscope $c" "$tmp/out"; then
        fail "$c --help text" "does not start with 'usage: ./irqscope $c'"
    fi
done
irq snapshoot soft:power9
expect_error "unknown command" 2 "unknown command 'snapshoot'"
irq snapshot 'soft:power9?mode=xive' --colour
expect_error "unknown option" 2 "unknown option --colour"
irq snapshot 'soft:power9?mode=xive' --format yaml
expect_error "bad --format" 2 "--format yaml is not one of"
irq snapshot 'bogus:thing'
expect_error "unknown target scheme" 2 "unknown target scheme 'bogus'"
irq snapshot 'soft:power9?mode=xive&vcpus=zero'
expect_error "bad number in the target" 2 "vcpus=zero is not a number"
irq watch 'soft:power9?mode=xive' --count 0xZ
expect_error "bad --count" 2 "--count '0xZ' is not a number"
irq explain 'soft:power9?mode=xics' 0x4242
expect_error "explain of a missing source" 1 "explain: .*0x4242|explain: .*4242"
irq explain 'soft:power9?mode=xics' 0x4242 --debug
if [ "$code" -eq 1 ] && grep -q $'^\tat ' "$tmp/err"; then pass "--debug adds the stack trace"; else
    fail "--debug adds the stack trace" "exit $code, no '<tab>at' line on stderr"; fi

# ---------------------------------------------------------------- targets
irq targets --format json
expect "targets --format json" 0 targets
available() { python3 -c "import json,sys
o=json.load(open('$tmp/targets.json'))
print(any(t['scheme']=='$1' and t['available'] for t in o['targets']))"; }
cp "$tmp/out" "$tmp/targets.json"
irq targets
expect "targets (text)" 0 && grep -q "^soft:" "$tmp/out" || fail "targets text" "no soft: line"
have_kvm=$(available kvm)
have_qemu=$(available qemu)
[ "${IRQSCOPE_CLI_SKIP_QEMU:-0}" = 1 ] && have_qemu=False
echo "   kvm available: $have_kvm, qemu available: $have_qemu"

# ---------------------------------------------------------------- parse (golden files shared with the JUnit test)
for f in pseries-xics-booted.info-pic.txt pseries-xive-booted.info-pic.txt q35-x86kvm.info-pic.txt; do
    cp "$fixtures/$f" .
    irq parse "$f" --as qemu-info-pic
    if expect "parse $f" 0 snapshot; then
        python3 -c "import json
o=json.loads(open('$tmp/out').read()); o['captured_at_ms']=0
g=json.loads(open('$fixtures/$f.json.golden').read())
assert o==g, 'differs from $f.json.golden'" 2>"$tmp/err" && pass "parse $f = golden" \
            || fail "parse $f = golden" "$(tail -n1 "$tmp/err")"
    fi
done
cp "$fixtures/q35-x86kvm.info-lapic.txt" .
irq parse q35-x86kvm.info-lapic.txt --as qemu-info-lapic
expect "parse info lapic" 0 snapshot && [ "$(py "o['vcpus'][0]['presenter']['type']")" = lapic ] \
    || fail "parse info lapic presenter" "not a lapic"
irq parse q35-x86kvm.info-lapic.txt --as qemu-info-lapic --format text
expect "parse info lapic (text)" 0
irq parse /etc/hostname --as qemu-info-pic
expect_error "parse of text that is no monitor output" 1 "hostname: "
irq parse nowhere.txt --as qemu-info-pic
expect_error "parse of a missing file" 2 "nowhere.txt"

# ---------------------------------------------------------------- per target kind
# target_checks NAME URI SOURCE: snapshot (json, text, xmi + diff with itself), watch, explain
target_checks() {
    local name="$1" uri="$2" source="$3"
    irq snapshot "$uri"
    expect "$name: snapshot" 0 snapshot
    irq snapshot "$uri" --format text
    expect "$name: snapshot --format text" 0 && [ -s "$tmp/out" ] || fail "$name: snapshot text" "empty"
    irq snapshot "$uri" --format xmi --out "$name.irqscope"
    expect "$name: snapshot --format xmi" 0
    irq diff "$name.irqscope" "$name.irqscope"
    expect "$name: diff of the xmi with itself" 0 diff && [ "$(py "o['identical']")" = True ] \
        || fail "$name: diff with itself" "not identical"
    irq watch "$uri" --count 2 --interval 200
    expect "$name: watch --count 2" 0 snapshot snapshot
    irq explain "$uri" "$source"
    expect "$name: explain $source" 0 explain
    irq explain "$uri" "$source" --format text
    expect "$name: explain --format text" 0
    irq diagnose "$uri"
    expect "$name: diagnose" 0 diagnosis
    irq diagnose "$uri" --format text
    expect "$name: diagnose --format text" 0 && [ -s "$tmp/out" ] || fail "$name: diagnose text" "empty"
}

target_checks soft-xics 'soft:power9?mode=xics&vcpus=2' 0x1300
target_checks soft-xive 'soft:power9?mode=xive&vcpus=2' 0x1300
target_checks soft-dual 'soft:power9?mode=dual&vcpus=2' 0x1300

# a SoftKvm session, checked against the golden file of the JUnit test (same script, same seed)
cp "$fixtures/xive-session.script" .
irq run 'soft:power9?mode=xive&vcpus=2&sources=2&seed=7' --script xive-session.script
if expect "soft-xive: run script" 0 save inject explain step explain esb esb inject explain esb tima tima cppr \
        configure ipi run-guest step snapshot save; then
    python3 -c "import json
def norm(lines):
    out=[]
    for l in lines:
        o=json.loads(l)
        if 'captured_at_ms' in o: o['captured_at_ms']=0
        out.append(o)
    return out
a=norm(l for l in open('$tmp/out') if l.strip())
g=norm(l for l in open('$fixtures/xive-session.json.golden') if l.strip())
assert a==g, 'differs from xive-session.json.golden'" 2>"$tmp/err" && pass "soft-xive: run = golden" \
        || fail "soft-xive: run = golden" "$(tail -n1 "$tmp/err")"
fi
irq diff before.irqscope after.irqscope
expect "soft-xive: diff before/after" 0 diff && [ "$(py "o['identical']")" = False ] \
    || fail "soft-xive: diff before/after" "reports no change"
irq diff before.irqscope after.irqscope --format text
expect "soft-xive: diff --format text" 0 && grep -q "changed  source 0x1301  masked: false -> true" "$tmp/out" \
    || fail "soft-xive: diff text" "the masked change is missing"
printf 'snapshot\n# mode cannot change on a xive-only machine\nflip xics\nsnapshot\n' >flip.script
irq run 'soft:power9?mode=xive&vcpus=2' --script flip.script
expect_error "soft-xive: flip stops the session at its line" 1 "flip.script line 3: flip xics: .*cannot flip"
python3 "$json" snapshot <"$tmp/out" 2>/dev/null && pass "soft-xive: output before the failing line" \
    || fail "soft-xive: output before the failing line" "not exactly one snapshot"
printf 'flip xics\nsnapshot\nflip xive\nexplain 0x1300\n' >dual.script
irq run 'soft:power9?mode=dual&vcpus=2' --script dual.script
expect "soft-dual: flip both ways" 0 flip snapshot flip explain && [ "$(py "objs[1]['mode']")" = xics ] \
    || fail "soft-dual: flip" "not in xics after flip xics"
printf 'inject 0x1300\nstep 2\ninjekt 5\n' >typo.script
irq run 'soft:power9?mode=xics' --script typo.script
expect_error "run: a typo is found before the target opens" 2 "typo.script line 3: unknown command 'injekt'"
[ ! -s "$tmp/out" ] && pass "run: nothing ran before the typo" || fail "run: typo" "commands ran"
printf 'esb 0x1300 get\n' >esb.script
irq run 'soft:power9?mode=xics' --script esb.script
expect_error "run: esb on XICS" 1 "esb.script line 1: esb 0x1300 get: .*XIVE"

if [ "$have_kvm" = True ]; then
    target_checks kvm-x86 'kvm:x86?vcpus=2' 1
    printf 'snapshot\ninject 4\nrun-guest 20\nhold-eoi 0 0x31\nrun-guest 10\nhold-eoi 0 off\nexplain 4\nstep\n' \
        >sandbox.script
    irq run 'kvm:x86?vcpus=2' --script sandbox.script
    expect_error "kvm-x86: run stops at step" 1 "sandbox.script line 8: step: .*cannot step"
    python3 "$json" snapshot inject run-guest hold-eoi run-guest hold-eoi explain <"$tmp/out" 2>"$tmp/err" \
        && pass "kvm-x86: run records" || fail "kvm-x86: run records" "$(cat "$tmp/err")"
else
    skip "kvm-x86" "kvm: is unavailable here"
fi

# ---------------------------------------------------------------- trace: host-kernel KVM events as journeys
irq trace 'soft:power9?mode=xics'
expect_error "trace: SoftKvm has no kernel events" 3 "not a KVM guest on this host"
irq trace 'kvm:x86' --duration soon
expect_error "trace: --duration must be seconds" 2 "--duration 'soon' is not a number"
if [ "$have_kvm" = True ] && [ "$(id -u)" = 0 ]; then
    tracefs_before=$(grep -c ' tracefs ' /proc/mounts)
    printf 'configure 4 priority=0x31 server=1 masked=false\ninject 4\nrun-guest 20\ninject 4\nipi 1 0x40\nconfigure 5 priority=0x32 server=0 masked=true\ninject 5\n' >trace.script
    irq trace 'kvm:x86?vcpus=2' --script trace.script
    expect "trace: sandbox edges, IPI and a masked pin" 0 journey journey journey journey trace-summary \
        && [ "$(py "[(j['origin'], j['gsi'], j['vector'], j['destinations'], j['outcome']) for j in sorted(objs[:4], key=lambda j: j['id'])]")" \
            = "[('line', 4, 49, [1], 'complete'), ('line', 4, 49, [1], 'complete'), ('ipi', -1, 64, [1], 'complete'), ('line', 5, -1, [], 'never_accepted')]" ] \
        && [ "$(py "[j['why'] for j in objs if j.get('gsi') == 5][0]")" = "IOAPIC pin 5 is masked" ] \
        || fail "trace: sandbox journeys" "$(head -c 300 "$tmp/out")"
    [ "$(grep -c ' tracefs ' /proc/mounts)" = "$tracefs_before" ] && pass "trace: tracefs mount as before" \
        || fail "trace: tracefs mount" "mounted $(grep -c ' tracefs ' /proc/mounts), before $tracefs_before"
    # a crash (kill -9) leaves the private instance; the next trace removes it
    "$launcher" trace 'kvm:x86' --duration 60 >/dev/null 2>&1 </dev/null &
    crashed=$!
    for _ in $(seq 300); do
        ls -d /sys/kernel/tracing/instances/irqscope-"$crashed"-* >/dev/null 2>&1 && break
        sleep 0.1
    done
    if ls -d /sys/kernel/tracing/instances/irqscope-"$crashed"-* >/dev/null 2>&1; then
        kill -9 "$crashed"; wait "$crashed" 2>/dev/null
        irq trace 'kvm:x86' --duration 0.3
        expect "trace: after a crash" 0 trace-summary \
            && ! ls -d /sys/kernel/tracing/instances/irqscope-* >/dev/null 2>&1 \
            && [ "$(grep -c ' tracefs ' /proc/mounts)" = "$tracefs_before" ] \
            && pass "trace: what a crashed trace left is removed" \
            || fail "trace: crash recovery" "instances: $(ls /sys/kernel/tracing/instances 2>&1 | tr '\n' ' ')"
    else
        kill -9 "$crashed" 2>/dev/null
        fail "trace: crash recovery" "the trace never created its instance"
    fi
else
    skip "trace" "needs root and kvm: (tracing the host kernel)"
fi

if [ "$have_qemu" = True ]; then
    target_checks qemu-x86 'qemu:x86?accel=tcg' 1
    target_checks qemu-pseries 'qemu:pseries?ic-mode=xics' 0x1000
    printf 'snapshot\nexplain 0x1000\ninject 0x1000\n' >qemu.script
    irq run 'qemu:pseries?ic-mode=xics' --script qemu.script
    expect_error "qemu-pseries: run stops at inject" 1 "qemu.script line 3: inject 0x1000: "
    if command -v qemu-system-x86_64 >/dev/null; then
        qemu-system-x86_64 -machine q35 -accel tcg -display none -nodefaults -S \
            -qmp "unix:$tmp/qmp.sock,server=on,wait=off" >/dev/null 2>&1 &
        qemu_pid=$!
        for _ in $(seq 50); do [ -S "$tmp/qmp.sock" ] && break; sleep 0.1; done
        target_checks qmp-x86 "qmp:$tmp/qmp.sock" 1
        kill "$qemu_pid" 2>/dev/null
        wait "$qemu_pid" 2>/dev/null
        qemu_pid=""
    fi
    irq snapshot "qmp:$tmp/gone.sock"
    if [ "$code" -eq 3 ] || [ "$code" -eq 1 ]; then
        expect_error "qmp: a socket that is gone" "$code" "gone.sock"
    else
        fail "qmp: a socket that is gone" "exit code $code, expected 3 (unavailable) or 1"
    fi
else
    skip "qemu, qmp" "QEMU is unavailable here (or IRQSCOPE_CLI_SKIP_QEMU=1)"
fi

# ---------------------------------------------------------------- lessons and migration check
irq lesson --format json
if expect "lesson (list)" 0; then
    first=$(py "o['lessons'][0]['name']")
    irq lesson "$first" --format json
    expect "lesson $first" 0
fi
irq lesson no-such-lesson
expect_error "lesson: unknown name" 2 "no-such-lesson"
irq migration-check --source xive --dest xics --format json
expect "migration-check xive -> xics" 0
irq migration-check --source xive --dest xics --source-machine pseries-2.12
expect "migration-check with --source-machine" 0
irq migration-check --source xive
expect_error "migration-check without --dest" 2 "--dest"

# ---------------------------------------------------------------- start-up time (reported, not judged here)
start=$(date +%s%N)
irq --version
first=$(( ($(date +%s%N) - start) / 1000000 ))
start=$(date +%s%N)
irq snapshot 'soft:power9?mode=xive&vcpus=2'
snap=$(( ($(date +%s%N) - start) / 1000000 ))
echo "   start-up: --version ${first} ms, snapshot soft:power9 ${snap} ms (warm)"

echo "== $passed passed, $failed failed, $skipped skipped"
if [ "$failed" -gt 0 ]; then
    printf '   %s\n' "${failures[@]}"
    exit 1
fi
exit 0
