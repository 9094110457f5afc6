#!/usr/bin/env python3
# Copyright (c) 2026 The problem_details developers
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or https://www.boost.org/LICENSE_1_0.txt)
"""The layer rule of include/problem_details, checked; and every header
compiled on its own.

Usage: scripts/check_includes.py [--rules-only] [--cxx g++] [--jobs 2]

The headers fall into five kinds (paths relative to include/problem_details):

  base     the vocabulary every layer may use: BASE below (error codes,
           result, options, status, the view and problem types). A base
           header includes other base headers only, and of impl/ only its
           own body.
  detail   detail/*.hpp: the machinery (scanner, writers, reader, arena...).
  impl     impl/X.hpp: the bodies of the public header X.hpp.
  public   every other X.hpp, and vipps/*.hpp.
  (the umbrella problem_details.hpp is a public header.)

The rule (every violation is an error; "includes" means an #include
"<problem_details/...>" directive):

  R1  detail/ includes only detail/ and base headers: never impl/ nor a
      public (feature) header.
  R2  impl/X.hpp is included only by X.hpp, and it is the last #include of
      X.hpp (the declarations come first, the bodies after them).
  R3  a base header includes only base headers and its own impl/ body.
  R4  impl/X.hpp includes detail/, base and public headers, never another
      impl/ header (a body shared by two features belongs in detail/).
  R5  opt-in profiles stay opt-in: vipps/*.hpp and vipps.hpp are included
      only by vipps.hpp and vipps/*.hpp; beast*.hpp by nothing in the
      library. The umbrella includes neither.
  R6  the server side does not reach into the client side: only CLIENT
      headers, the profiles and the umbrella include a CLIENT header.
  R7  no include cycles.
  R8  a header includes the same header once.
  R9  the core without the DOM: DOM_FREE (the view types, parse_view,
      serialize of a view) compile without any of Boost.JSON's DOM headers
      (value, object, array, string, value_from, value_to, conversion),
      checked on the compiler's own list of the headers it opens (-H).

Then (unless --rules-only) each public, base, detail and vipps header is
compiled alone as the only #include of a generated translation unit (twice:
the guard works), with -std=c++20 -Wall -Wextra -Wpedantic -Werror
-fsyntax-only. impl/ headers are compiled through their public header (R2).
The Beast headers need Boost.Beast (libboost1.81-dev, which
scripts/install-deps.sh installs).
"""

import argparse
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
INCLUDE = os.path.join(ROOT, "include")
LIB = os.path.join(INCLUDE, "problem_details")

# The vocabulary headers (see R1, R3).
BASE = {
    "error.hpp",
    "result.hpp",
    "parse_options.hpp",
    "serialize_options.hpp",
    "http_status.hpp",
    "fixed_vector.hpp",
    "version.hpp",
    "config.hpp",
    "problem_view.hpp",
    "problem.hpp",
    "problem_type.hpp",
    "typed_problem.hpp",
}

# The core usable without Boost.JSON's DOM (R9).
DOM_FREE = {"problem_view.hpp", "parse_view.hpp", "serialize_view.hpp"}
DOM_HEADERS = re.compile(r"boost/json/(value|object|array|string|value_from|value_to|value_ref|conversion)\.hpp$")

# The client (SDK) side: reading and classifying other services' errors (R6).
CLIENT = {"classify.hpp", "retry.hpp", "field_errors.hpp"}

UMBRELLA = "problem_details.hpp"

INCLUDE_RE = re.compile(r'^\s*#\s*include\s*[<"]problem_details/([^>"]+)[>"]')
ANY_INCLUDE_RE = re.compile(r"^\s*#\s*include\b")


def headers():
    out = []
    for dirpath, _, files in os.walk(LIB):
        for f in files:
            if f.endswith(".hpp"):
                out.append(os.path.relpath(os.path.join(dirpath, f), LIB).replace(os.sep, "/"))
    return sorted(out)


def includes_of(rel):
    """[(line number, included path relative to LIB)], and the line number of
    the last #include directive of any kind."""
    found, last = [], 0
    with open(os.path.join(LIB, rel), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if ANY_INCLUDE_RE.match(line):
                last = n
            m = INCLUDE_RE.match(line)
            if m:
                found.append((n, m.group(1)))
    return found, last


def kind(rel):
    if rel.startswith("detail/"):
        return "detail"
    if rel.startswith("impl/"):
        return "impl"
    if rel in BASE:
        return "base"
    return "public"


def is_profile(rel):
    return rel == "vipps.hpp" or rel.startswith("vipps/") or rel.startswith("beast")


def check_rules():
    errors = []
    all_headers = headers()
    graph = {}
    for rel in all_headers:
        incs, last = includes_of(rel)
        graph[rel] = [i for _, i in incs]
        k = kind(rel)
        seen = set()
        for n, inc in incs:
            where = f"include/problem_details/{rel}:{n}: includes {inc}"
            if inc in seen:
                errors.append(f"{where}: R8 included twice")
            seen.add(inc)
            if inc not in all_headers:
                errors.append(f"{where}: no such header")
                continue
            ik = kind(inc)
            if k == "detail" and ik not in ("detail", "base"):
                errors.append(f"{where}: R1 detail/ includes only detail/ and base headers")
            if ik == "impl":
                owner = inc[len("impl/"):]
                if rel != owner:
                    errors.append(f"{where}: R2 impl/{owner} is included only by {owner}")
                elif n != last:
                    errors.append(f"{where}: R2 the body is the last #include of its header")
            if k == "base" and ik != "base" and not (ik == "impl" and inc == "impl/" + rel):
                errors.append(f"{where}: R3 a base header includes only base headers and its own body")
            if k == "impl" and ik == "impl":
                errors.append(f"{where}: R4 impl/ never includes another impl/")
            if (inc == "vipps.hpp" or inc.startswith("vipps/")) and not (
                rel == "vipps.hpp" or rel.startswith("vipps/")
            ):
                errors.append(f"{where}: R5 the Vipps profile is opt-in (only vipps.hpp includes it)")
            if inc.startswith("beast"):
                errors.append(f"{where}: R5 the Beast headers are opt-in (nothing includes them)")
            if inc in CLIENT and not (rel in CLIENT or is_profile(rel) or rel == UMBRELLA or rel == "impl/" + inc
                                      or (rel.startswith("impl/") and rel[5:] in CLIENT)):
                errors.append(f"{where}: R6 only the client side includes {inc}")
    # R7: cycles, by depth-first search.
    state = {}

    def visit(node, stack):
        state[node] = 1
        stack.append(node)
        for nxt in graph.get(node, []):
            if state.get(nxt) == 1:
                cycle = stack[stack.index(nxt):] + [nxt]
                errors.append("R7 include cycle: " + " -> ".join(cycle))
            elif nxt in graph and nxt not in state:
                visit(nxt, stack)
        stack.pop()
        state[node] = 2

    for rel in all_headers:
        if rel not in state:
            visit(rel, [])
    return errors


def compile_alone(rel, cxx):
    src = f"#include <problem_details/{rel}>\n#include <problem_details/{rel}>\n"
    with tempfile.NamedTemporaryFile("w", suffix=".cpp", delete=False) as tu:
        tu.write(src)
        path = tu.name
    try:
        cmd = [cxx, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-Werror", "-fsyntax-only",
               "-I", INCLUDE, path]
        if rel in DOM_FREE:
            cmd.insert(1, "-H")
        r = subprocess.run(cmd, capture_output=True, text=True)
        if rel not in DOM_FREE:
            return rel, r.returncode, r.stderr
        opened = [l.lstrip(". ").strip() for l in r.stderr.splitlines() if l.startswith(".")]
        dom = sorted({h for h in opened if DOM_HEADERS.search(h)})
        errors = "\n".join(l for l in r.stderr.splitlines() if not l.startswith(".") and
                           not l.startswith("Multiple include guards") and not l.startswith("/"))
        if dom:
            return rel, 1, "R9 includes Boost.JSON's DOM: " + ", ".join(dom) + "\n" + errors
        return rel, r.returncode, errors
    finally:
        os.unlink(path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rules-only", action="store_true")
    ap.add_argument("--cxx", default=os.environ.get("CXX", "g++"))
    ap.add_argument("--jobs", type=int, default=int(os.environ.get("PROBLEM_DETAILS_JOBS", "2")))
    args = ap.parse_args()

    errors = check_rules()
    for e in errors:
        print(e)
    print(f"check_includes: layer rule: {len(errors)} violation(s) in {len(headers())} headers")
    failed = 0
    if not args.rules_only:
        alone = [h for h in headers() if kind(h) != "impl"]
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.jobs) as pool:
            for rel, rc, err in pool.map(lambda h: compile_alone(h, args.cxx), alone):
                if rc != 0:
                    failed += 1
                    print(f"include/problem_details/{rel}: does not compile on its own:\n{err}")
        print(f"check_includes: {len(alone) - failed} of {len(alone)} headers compile on their own ({args.cxx})")
    return 1 if errors or failed else 0


if __name__ == "__main__":
    sys.exit(main())
