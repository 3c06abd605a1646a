#!/usr/bin/python3
"""Draws fresh random `leakylab eval` requests, runs each through the leakylab binary and through real
PyTorch, and reports every difference. A development check (CI has no torch):

    /usr/bin/python3 tests/tools/compare_eval_with_torch.py build/app/leakylab [COUNT] [SEED]
"""
import pathlib
import random
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "data"))
import make_eval_cases  # noqa: E402  (the same request generator the fixtures come from)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "build/app/leakylab"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    # Beyond the fixture's slopes: arbitrary ones, written as Python would write them.
    make_eval_cases.SLOPES.extend(repr(rng.uniform(-3, 3)) for _ in range(30))
    failed = 0
    for _ in range(count):
        case = make_eval_cases.make_case(rng)
        args = [binary, "eval", "--activation", case["activation"], "--negative-slope", case["negative_slope"],
                "--seed", str(case["seed"])]
        args += ["--inplace"] if case["inplace"] else []
        args += ["--grad"] if case["grad"] else []
        run = subprocess.run(args + [case["expr"]], capture_output=True, text=True)
        expected_err = case.get("error", "")
        got_err = run.stderr.strip().split(": ", 1)[-1] if run.returncode else ""
        if run.stdout != case["stdout"] or got_err != expected_err:
            failed += 1
            print(f"MISMATCH {args[1:-1]} {case['expr'][:80]}\n-- leakylab\n{run.stdout}{run.stderr}"
                  f"-- torch\n{case['stdout']}{expected_err}\n")
    print(f"generator seed {seed}: {count - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
