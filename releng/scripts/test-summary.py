#!/usr/bin/env python3
# SPDX-License-Identifier: EPL-2.0
"""Adds up every JUnit report of the build (maven-surefire and tycho-surefire) into one closing line."""
import glob
import sys
import xml.etree.ElementTree as ET

passed = failed = skipped = 0
failures = []
for path in glob.glob("**/target/surefire-reports/TEST-*.xml", recursive=True):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        print(f"test summary: unreadable report {path}: {e}", file=sys.stderr)
        failed += 1
        continue
    suites = [root] if root.tag == "testsuite" else root.findall("testsuite")
    for suite in suites:
        for case in suite.findall("testcase"):
            if case.find("failure") is not None or case.find("error") is not None:
                failed += 1
                failures.append(f"{case.get('classname')}.{case.get('name')}")
            elif case.find("skipped") is not None:
                skipped += 1
            else:
                passed += 1
for f in failures[:20]:
    print(f"failed: {f}")
print(f"irqscope tests: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed else 0)
