#!/usr/bin/python3
"""Draws fresh random `leakylab simulate` configs, runs each through the leakylab binary, replays the
file in real PyTorch (tests/data/torch_simulation.py) and counts the steps that differ. A development
check (CI has no torch):

    /usr/bin/python3 tests/tools/check_simulate_with_torch.py build/app/leakylab [COUNT] [SEED]

A step matches when its float32 loss has the same bits as PyTorch's and its dead-unit counts and
accuracy are the same; the final parameters are compared bit for bit too.
"""
import json
import pathlib
import random
import struct
import subprocess
import sys
import tempfile

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "data"))
import torch_simulation as ts  # noqa: E402


def random_config(rng):
    """Anything the command line accepts, weighted toward the settings a lesson uses, kept small
    enough that PyTorch replays it in a second or two."""
    optimizer = rng.choice(["sgd", "sgd", "adam"])
    samples = rng.choice([rng.randint(1, 40), rng.randint(40, 600), rng.randint(600, 2000)])
    hidden = rng.choice([rng.randint(1, 12), rng.randint(12, 72)])
    batch = 0 if rng.random() < 0.5 else rng.randint(1, samples)
    lr = 10 ** (rng.uniform(-4, -0.5) if optimizer == "adam" else rng.uniform(-2.5, 0.5))
    steps = rng.randint(20, 400)
    return {
        "activation": rng.choice(["relu", "leaky_relu"]),
        "negative-slope": rng.choice([0.01, 0.1, 0.2, rng.uniform(0, 1)]),
        "dataset": rng.choice(["moons", "circles", "spiral", "xor", "sine"]),
        "samples": samples,
        "noise": rng.choice([0.0, 0.05, 0.1, rng.uniform(0, 0.5)]),
        "hidden": hidden,
        "layers": rng.randint(1, 4),
        "lr": float(f"{lr:.3g}"),
        "optimizer": optimizer,
        "momentum": 0.0 if optimizer == "adam" or rng.random() < 0.4 else rng.choice([0.5, 0.9, rng.uniform(0, 0.99)]),
        "batch-size": batch,
        "bias-init": None if rng.random() < 0.7 else round(rng.uniform(-1, 0.5), 3),
        "steps": steps,
        "seed": rng.choice([rng.randrange(1000), rng.randrange(2**64)]),
    }


def arguments(cfg):
    args = []
    for key, value in cfg.items():
        if value is not None and not (key == "momentum" and cfg["optimizer"] == "adam"):
            args += [f"--{key}", repr(value) if isinstance(value, float) else str(value)]
    return args


def bits(value):
    return struct.unpack("<I", struct.pack("<f", value))[0]


def compare(doc):
    """Per-run counts: steps compared, steps whose loss / dead units / accuracy differ, the worst
    relative loss difference, whether the result and the final parameters are the same."""
    history, result, model = ts.replay_run(doc)
    pairs = list(zip(doc["history"], history))
    loss = [i for i, (a, b) in enumerate(pairs) if bits(a["loss"]) != bits(b["loss"])]
    dead = sum(a["dead_units"] != b["dead_units"] for a, b in pairs)
    accuracy = sum(bits(a.get("accuracy", 0.0)) != bits(b.get("accuracy", 0.0)) for a, b in pairs)
    worst = max((abs(ts.as_float32(a["loss"]) - b["loss"]) / max(abs(b["loss"]), 1e-30) for a, b in pairs),
                default=0.0)
    final = [{"weight": m.weight.detach().flatten().tolist(), "bias": m.bias.detach().tolist()}
             for m in ts.linears(model)]
    ours = [{"weight": [v for row in p["weight"] for v in row], "bias": p["bias"]} for p in doc["final"]]
    same_final = all([bits(v) for v in a[k]] == [bits(v) for v in b[k]]
                     for a, b in zip(ours, final) for k in ("weight", "bias"))
    return {"steps": len(pairs), "loss": len(loss), "first": loss[0] if loss else None, "dead": dead,
            "accuracy": accuracy, "worst": worst, "result": doc["result"] == result and len(history) == len(doc["history"]),
            "final": same_final}


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "build/app/leakylab"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 300
    seed = int(sys.argv[3]) if len(sys.argv) > 3 else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)
    totals = {"steps": 0, "loss": 0, "dead": 0, "accuracy": 0}
    worst, bad_runs, skipped = 0.0, 0, 0
    with tempfile.TemporaryDirectory() as tmp:
        out = pathlib.Path(tmp) / "run.json"
        for n in range(count):
            cfg = random_config(rng)
            run = subprocess.run([binary, "simulate", *arguments(cfg), "--out", str(out)], capture_output=True, text=True)
            if run.returncode != 0:
                print(f"skipped (leakylab refused): {arguments(cfg)}: {run.stderr.strip()}")
                skipped += 1
                continue
            c = compare(json.loads(out.read_text()))
            for key in totals:
                totals[key] += c[key]
            worst = max(worst, c["worst"])
            if c["loss"] or c["dead"] or c["accuracy"] or not c["result"] or not c["final"]:
                bad_runs += 1
                print(f"DIFFERS {' '.join(arguments(cfg))}: {c}")
    print(f"generator seed {seed}, torch {torch.__version__} on {torch.get_num_threads()} thread(s): {count - skipped} configs run, "
          f"{bad_runs} with a difference; {totals['steps']} steps, {totals['loss']} with other loss bits, "
          f"{totals['dead']} with other dead-unit counts, {totals['accuracy']} with another accuracy; "
          f"worst relative loss difference {worst:.3g}")
    return 1 if bad_runs or skipped else 0


if __name__ == "__main__":
    sys.exit(main())
