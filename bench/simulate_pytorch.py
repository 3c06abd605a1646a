#!/usr/bin/python3
"""The loop of `leakylab simulate` in PyTorch on one thread, timed: the reference for its speed.

Run with Debian's interpreter: /usr/bin/python3 bench/simulate_pytorch.py [--steps T] [--out FILE]
It trains 2-64-64-1 with ReLU on 512 moons samples, full batch, SGD lr 0.1, recording each step's
loss, dead units and accuracy as `leakylab simulate` does (tests/data/torch_simulation.py), and
prints the seconds the training loop took. Compare the whole process with
  hyperfine '/usr/bin/python3 bench/simulate_pytorch.py' \\
    'leakylab simulate --activation relu --dataset moons --samples 512 --hidden 64 --layers 2 \\
     --steps 2000 --out /tmp/run.json'
"""
import argparse
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "data"))
import torch_simulation as ts  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--out", default=os.devnull)
    args = parser.parse_args()
    torch.set_num_threads(1)
    cfg = {"activation": "relu", "negative-slope": 0.01, "dataset": "moons", "samples": 512, "noise": 0.1,
           "hidden": 64, "layers": 2, "lr": 0.1, "optimizer": "sgd", "momentum": 0.0, "batch-size": 0,
           "bias-init": None, "steps": args.steps, "seed": 0}
    torch.manual_seed(cfg["seed"])
    x, y = ts.make_dataset(cfg["dataset"], cfg["samples"], cfg["noise"])
    model = ts.make_model(2, cfg["hidden"], cfg["layers"], cfg["activation"], cfg["negative-slope"], None)
    start = time.perf_counter()
    history, result = ts.train(model, x, y, cfg)
    seconds = time.perf_counter() - start
    with open(args.out, "w") as f:
        json.dump({"history": history, "result": result}, f)
    print(f"torch {torch.__version__}, {torch.get_num_threads()} thread: {args.steps} steps in {seconds:.3f} s "
          f"({1e3 * seconds / args.steps:.3f} ms a step), final loss {history[-1]['loss']:.6f}")


if __name__ == "__main__":
    main()
