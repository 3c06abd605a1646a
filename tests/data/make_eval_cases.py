#!/usr/bin/python3
"""Writes eval_cases.json: random `leakylab eval` requests and what real PyTorch prints for them.

Run with Debian's interpreter (torch 1.13): /usr/bin/python3 tests/data/make_eval_cases.py
Each case: expr, activation, negative_slope (as text), inplace, grad, seed, the expected stdout, and
the error message where PyTorch raises (after printing what it printed before the error).
"""
import json
import math
import random

import torch
import torch.nn.functional as F

SPECIALS = [0.0, -0.0, float("inf"), float("-inf"), float("nan"), 1e-45, -1e-45, 3.4e38, -3.4e38, 1e-8]
SLOPES = ["0.01", "0.2", "0.4", "0.6", "0", "-0.5", "1", "1.5", "3", "1e-8", "-2", "0.333", "-0.0", "100"]


def literal(v):
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return repr(v)


def nested(values, shape):
    if not shape:
        return literal(values[0])
    if len(shape) == 1:
        return "[" + ", ".join(literal(v) for v in values) + "]"
    step = len(values) // shape[0] if shape[0] else 0
    return "[" + ", ".join(nested(values[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])) + "]"


def random_values(rng, n):
    scale = 10 ** rng.uniform(-6, 9)
    out = []
    for _ in range(n):
        r = rng.random()
        if r < 0.08:
            out.append(rng.choice(SPECIALS))
        elif r < 0.2:
            out.append(float(rng.randint(-50, 50)))
        else:
            out.append(float(torch.tensor(rng.gauss(0, 1) * scale, dtype=torch.float32)))
    return out


def random_shape(rng):
    dims = rng.choice([0, 1, 1, 1, 2, 2, 3, 4])
    limit = {0: 1, 1: 40, 2: 8, 3: 4, 4: 3}[dims]
    return [rng.randint(1 if dims == 0 else 0, limit) for _ in range(dims)]


def make_case(rng):
    activation = rng.choice(["leaky_relu", "leaky_relu", "relu"])
    slope = rng.choice(SLOPES)
    inplace = rng.random() < 0.25
    grad = rng.random() < 0.4
    seed = rng.choice([0, 1, 42, 7, 2024, 123456789, 2**63 + 5])
    kind = rng.random()
    torch.manual_seed(seed)
    if kind < 0.3:
        shape = [rng.randint(1, 40)] if rng.random() < 0.6 else [rng.randint(1, 6) for _ in range(rng.randint(2, 3))]
        expr = "torch.randn(" + ", ".join(str(d) for d in shape) + ")"
        x = torch.randn(*shape)
    elif kind < 0.4:
        n = rng.randint(1001, 3000)
        expr = f"torch.randn({n})"
        x = torch.randn(n)
    elif kind < 0.5:
        values = [rng.randint(-9, 9) for _ in range(rng.randint(1, 8))]
        expr = "torch.tensor([" + ", ".join(map(str, values)) + "])"
        x = torch.tensor(values)
    else:
        shape = random_shape(rng)
        n = math.prod(shape)
        values = random_values(rng, n)
        wrapper = rng.choice(["torch.tensor({})", "torch.Tensor({})", "{}"])
        if not shape:
            wrapper = "torch.tensor({})"
        expr = wrapper.format(nested(values, shape))
        # What the expression means in Python (a bare list reads as torch.Tensor): empty lists lose
        # their inner sizes, exactly as they do in PyTorch.
        source = expr if expr.startswith("torch.") else f"torch.Tensor({expr})"
        x = eval(source, {"torch": torch, "nan": math.nan, "inf": math.inf})
    case = {"expr": expr, "activation": activation, "negative_slope": slope, "inplace": inplace,
            "grad": grad, "seed": seed}
    s = float(slope)
    # The program `leakylab code` writes for these options, step by step; what it prints before
    # PyTorch raises is part of the expected output.
    printed = ""
    try:
        if grad:
            x.requires_grad_()
        inp = x.clone() if (inplace and grad) else x
        if activation == "relu":
            y = F.relu(inp, inplace=inplace)
        else:
            y = F.leaky_relu(inp, s, inplace=inplace)
        printed += repr(y.detach()) + "\n"
        if grad:
            y.sum().backward()
            printed += repr(x.grad) + "\n"
    except RuntimeError as e:
        case["error"] = str(e)
    case["stdout"] = printed
    return case


def main():
    rng = random.Random(20261127)
    cases = [make_case(rng) for _ in range(400)]
    with open("eval_cases.json", "w") as f:
        json.dump({"about": "random leakylab eval requests and what torch 1.13 prints for them",
                   "torch": torch.__version__, "cases": cases}, f, indent=1)


if __name__ == "__main__":
    main()
