# Writes simulation_cases.json: training runs of tests/data/torch_simulation.py in real PyTorch 1.13.
# Run with the system Python that has torch: /usr/bin/python3 tests/data/make_simulation_cases.py
#
# Data, initial weights and permutations are stored as float32 bit patterns; losses, accuracies and
# final parameters as the numbers PyTorch returns, which are float32 values exactly. The simulator
# must reproduce all of them bit for bit, at every step, PyTorch running on one thread.
import json
import os
import struct
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import torch_simulation as ts  # noqa: E402

torch.set_num_threads(1)

BASE = {"activation": "relu", "negative-slope": 0.01, "dataset": "moons", "samples": 200, "noise": 0.1,
        "hidden": 16, "layers": 2, "lr": 0.1, "optimizer": "sgd", "momentum": 0.0, "batch-size": 0,
        "bias-init": None, "steps": 200, "seed": 0}
# The panel's presets: "Provoke dying ReLU" (a large step with momentum and every hidden bias at -0.5)
# and "Healthy training".
DYING = {"lr": 1.0, "momentum": 0.9, "bias-init": -0.5, "steps": 1000}
HEALTHY = {**DYING, "lr": 0.1, "bias-init": 0.2}

CASES = [
    ("relu_moons_sgd", {}),
    ("leaky_moons_momentum", {"activation": "leaky_relu", "momentum": 0.9, "seed": 1}),
    ("leaky_moons_slope_0_2", {"activation": "leaky_relu", "negative-slope": 0.2, "lr": 0.3, "seed": 11}),
    ("relu_circles_adam", {"dataset": "circles", "optimizer": "adam", "lr": 0.01, "hidden": 32, "seed": 2,
                           "steps": 150}),
    ("leaky_spiral_adam_3_layers", {"activation": "leaky_relu", "dataset": "spiral", "optimizer": "adam",
                                    "lr": 0.01, "hidden": 24, "layers": 3, "samples": 256, "seed": 3,
                                    "noise": 0.05, "steps": 80}),
    ("relu_xor_minibatch", {"dataset": "xor", "batch-size": 32, "momentum": 0.5, "lr": 0.2, "seed": 4,
                            "hidden": 8, "layers": 1, "steps": 300}),
    ("leaky_sine_minibatch", {"activation": "leaky_relu", "dataset": "sine", "batch-size": 16,
                              "momentum": 0.9, "lr": 0.05, "samples": 100, "seed": 5, "steps": 300}),
    ("relu_sine_adam", {"dataset": "sine", "optimizer": "adam", "lr": 0.01, "samples": 64, "seed": 6}),
    ("relu_xor_tiny_partial_batches", {"dataset": "xor", "samples": 7, "batch-size": 3, "hidden": 4,
                                       "seed": 7, "steps": 60}),
    ("relu_moons_large_seed", {"seed": 2**64 - 1, "samples": 33, "steps": 100}),
    ("relu_moons_dying_seed0", {**DYING, "seed": 0}),
    ("leaky_moons_dying_seed0", {**DYING, "activation": "leaky_relu", "seed": 0}),
    ("relu_moons_dying_seed2", {**DYING, "seed": 2}),
    ("leaky_moons_dying_seed2", {**DYING, "activation": "leaky_relu", "seed": 2}),
    ("relu_sine_diverges", {"dataset": "sine", "lr": 3.0, "samples": 50, "seed": 8, "steps": 100}),
    ("relu_moons_healthy_seed3", {**HEALTHY, "seed": 3}),
    # Aggressive settings over many steps, where any difference in the last bit grows until the losses
    # and dead-unit counts part.
    ("relu_spiral_lr_0_5_3_layers", {"dataset": "spiral", "lr": 0.5, "layers": 3, "steps": 500}),
    ("leaky_spiral_lr_0_5_3_layers", {"activation": "leaky_relu", "dataset": "spiral", "lr": 0.5, "layers": 3,
                                      "steps": 500, "seed": 21}),
    ("relu_xor_lr_1_momentum_0_9", {"dataset": "xor", "lr": 1.0, "momentum": 0.9, "steps": 500, "seed": 22}),
    ("leaky_xor_lr_1_momentum_0_9", {"activation": "leaky_relu", "negative-slope": 0.05, "dataset": "xor",
                                     "lr": 1.0, "momentum": 0.9, "steps": 500, "seed": 22}),
    ("relu_moons_adam_lr_0_05", {"optimizer": "adam", "lr": 0.05, "hidden": 33, "layers": 3, "steps": 500,
                                 "seed": 23}),
    ("leaky_circles_adam_minibatch", {"activation": "leaky_relu", "dataset": "circles", "optimizer": "adam",
                                      "lr": 0.02, "batch-size": 24, "hidden": 40, "steps": 500, "seed": 24}),
    ("relu_spiral_minibatch_momentum", {"dataset": "spiral", "batch-size": 17, "momentum": 0.9, "lr": 0.3,
                                        "hidden": 7, "layers": 3, "steps": 600, "seed": 25}),
    ("leaky_sine_mse_momentum", {"activation": "leaky_relu", "dataset": "sine", "lr": 0.1, "momentum": 0.9,
                                 "layers": 3, "hidden": 24, "steps": 500, "seed": 26}),
    ("relu_sine_adam_minibatch", {"dataset": "sine", "optimizer": "adam", "lr": 0.03, "batch-size": 10,
                                  "samples": 150, "steps": 500, "seed": 27}),
    ("relu_moons_64x64_512_samples", {"samples": 512, "hidden": 64, "steps": 300, "seed": 28}),
    ("leaky_xor_one_unit", {"activation": "leaky_relu", "dataset": "xor", "hidden": 1, "layers": 4, "lr": 0.5,
                            "steps": 300, "seed": 29}),
]


def bits(tensor):
    return ["%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in tensor.flatten().tolist()]


def layers_bits(params):
    return [{"weight": bits(p["weight"]), "bias": bits(p["bias"])} for p in params]


def make_case(name, overrides):
    cfg = {**BASE, **overrides}
    run = ts.simulate(cfg)
    history = run["history"]
    print(f"{name}: {len(history)} steps, {run['result']}, dead {history[0]['dead_units']} -> "
          f"{history[-1]['dead_units']}, loss {history[0]['loss']:.4f} -> {history[-1]['loss']:.4f}")
    return {
        "name": name,
        "config": cfg,
        "x": bits(run["x"]),
        "y": bits(run["y"]),
        "initial": layers_bits(run["initial"]),
        "history": [{k: h[k] for k in ("step", "loss", "dead_units", "accuracy") if k in h} for h in history],
        "result": run["result"],
        "final": [{"weight": p["weight"].flatten().tolist(), "bias": p["bias"].tolist()} for p in run["final"]],
    }


def sampling_cases():
    """torch.rand, Tensor.uniform_ and torch.randperm straight from the generator."""
    out = []
    for seed, n in [(0, 5), (1, 1000), (2**63, 17)]:
        torch.manual_seed(seed)
        out.append({"op": "rand", "seed": seed, "n": n, "values": bits(torch.rand(n))})
    for seed, n, bound in [(3, 300, 0.7071067811865476), (4, 64, 0.125), (5, 9, 3.0)]:
        torch.manual_seed(seed)
        out.append({"op": "uniform", "seed": seed, "n": n, "from": -bound, "to": bound,
                    "values": bits(torch.empty(n).uniform_(-bound, bound))})
    for seed, n, every in [(0, 1, 1), (6, 10, 1), (7, 200, 1), (8, 5000, 1), (9, 100000, 97)]:
        torch.manual_seed(seed)
        perm = torch.randperm(n).tolist()
        out.append({"op": "randperm", "seed": seed, "n": n, "every": every, "values": perm[::every]})
    return out


def main():
    doc = {"torch": torch.__version__, "sampling": sampling_cases(),
           "cases": [make_case(name, overrides) for name, overrides in CASES]}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "simulation_cases.json")
    with open(path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
