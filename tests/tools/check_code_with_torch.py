#!/usr/bin/python3
"""Runs `leakylab code` for every request in tests/data/eval_cases.json, in every form that applies,
executes each program with real PyTorch and checks it prints what `leakylab eval` must print.

A development check (CI has no torch): /usr/bin/python3 tests/tools/check_code_with_torch.py build/app/leakylab
"""
import contextlib
import io
import json
import pathlib
import subprocess
import sys


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "build/app/leakylab"
    data = pathlib.Path(__file__).resolve().parent.parent / "data" / "eval_cases.json"
    cases = json.loads(data.read_text())["cases"]
    checked = failed = 0
    for case in cases:
        forms = ["inplace"] if case["inplace"] else ["module", "functional"]
        for form in forms:
            args = [binary, "code", "--form", form, "--activation", case["activation"],
                    "--negative-slope", case["negative_slope"], "--seed", str(case["seed"])]
            if case["grad"]:
                args.append("--grad")
            program = subprocess.run(args + [case["expr"]], capture_output=True, text=True, check=True).stdout
            out = io.StringIO()
            error = ""
            with contextlib.redirect_stdout(out):
                try:
                    exec(program, {})
                except RuntimeError as e:
                    error = str(e)
            checked += 1
            if out.getvalue() != case["stdout"] or error != case.get("error", ""):
                failed += 1
                print(f"MISMATCH ({form}): {case['expr'][:60]}\n{program}\n-- got\n{out.getvalue()}{error}\n"
                      f"-- expected\n{case['stdout']}{case.get('error', '')}\n")
    print(f"{checked - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
