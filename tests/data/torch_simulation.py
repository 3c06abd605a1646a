# The training simulator written in PyTorch 1.13: the definition that core/simulation.h reproduces.
# Used by make_simulation_cases.py (the test fixtures) and bench/simulate_pytorch.py (the timing),
# and on its own to replay a `leakylab simulate` file in PyTorch:
#   /usr/bin/python3 tests/data/torch_simulation.py OUT.json
import json
import math
import struct
import sys

import torch
from torch import nn

CLASSIFICATION = ("moons", "circles", "spiral", "xor")


def make_dataset(name, n, noise):
    """Draws from torch's default generator: uniforms first, then normals for the noise.

    The geometry is computed in float64 and rounded to float32 once at the end, so that it does not
    depend on the float32 cos/sin kernels (float64 cos/sin differ between libraries by at most one
    ulp, far below float32's rounding)."""
    first = torch.arange(n) < n // 2  # the first n // 2 samples are class 0, as in sklearn
    if name in ("moons", "circles", "spiral"):
        t = torch.rand(n).double()
        e = torch.randn(n, 2).double()
        label = (~first).double()
        if name == "moons":  # sklearn.datasets.make_moons with random positions along the arcs
            a = math.pi * t
            x0 = torch.where(first, torch.cos(a), 1.0 - torch.cos(a))
            x1 = torch.where(first, torch.sin(a), 0.5 - torch.sin(a))
        elif name == "circles":  # sklearn.datasets.make_circles with factor 0.5
            a = (2.0 * math.pi) * t
            r = torch.where(first, torch.ones(n, dtype=torch.float64), torch.full((n,), 0.5, dtype=torch.float64))
            x0 = r * torch.cos(a)
            x1 = r * torch.sin(a)
        else:  # two interleaved spirals of one and a half turns, radius growing from 0 to 1
            a = (3.0 * math.pi) * t + math.pi * label
            x0 = t * torch.cos(a)
            x1 = t * torch.sin(a)
        x = torch.stack([x0 + noise * e[:, 0], x1 + noise * e[:, 1]], 1)
        y = label
    elif name == "xor":  # uniform in [-1, 1]^2, class 1 where the signs differ; noise after labelling
        p = 2.0 * torch.rand(n, 2).double() - 1.0
        e = torch.randn(n, 2).double()
        y = ((p[:, 0] > 0) != (p[:, 1] > 0)).double()
        x = p + noise * e
    elif name == "sine":  # regression: y = sin(pi x) + noise, x uniform in [-1, 1]
        u = torch.rand(n).double()
        e = torch.randn(n).double()
        x = (2.0 * u - 1.0).unsqueeze(1)
        y = torch.sin(math.pi * x[:, 0]) + noise * e
    else:
        raise ValueError(name)
    return x.float(), y.float().unsqueeze(1)


def make_model(inputs, hidden, layers, activation, negative_slope, bias_init):
    """nn.Linear's default initialisation, drawn in module order; bias_init then fills hidden biases."""
    modules = []
    width = inputs
    for _ in range(layers):
        modules.append(nn.Linear(width, hidden))
        modules.append(nn.ReLU() if activation == "relu" else nn.LeakyReLU(negative_slope))
        width = hidden
    modules.append(nn.Linear(width, 1))
    model = nn.Sequential(*modules)
    if bias_init is not None:
        with torch.no_grad():
            for m in modules[:-1]:
                if isinstance(m, nn.Linear):
                    m.bias.fill_(bias_init)
    return model


def linears(model):
    return [m for m in model if isinstance(m, nn.Linear)]


@torch.no_grad()
def dead_units_and_logits(model, x):
    """Per hidden layer, the units whose pre-activation is <= 0 on every sample; and the outputs."""
    dead = []
    h = x
    for m in model:
        h = m(h)
        if isinstance(m, nn.Linear) and m is not model[-1]:
            dead.append(int((h <= 0).all(0).sum()))
    return dead, h


def make_optimizer(model, cfg):
    if cfg["optimizer"] == "adam":
        return torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    return torch.optim.SGD(model.parameters(), lr=cfg["lr"], momentum=cfg["momentum"])


def train(model, x, y, cfg, optimizer=None):
    """One history entry per step, at the parameters before that step's update.

    Mini-batches: at the start of each epoch torch.randperm(N) from the default generator; one step
    per slice of batch-size samples, the last slice of an epoch possibly shorter."""
    classification = cfg["dataset"] in CLASSIFICATION
    loss_fn = nn.BCEWithLogitsLoss() if classification else nn.MSELoss()
    optimizer = optimizer or make_optimizer(model, cfg)
    n = x.shape[0]
    batch = cfg["batch-size"]
    perm, pos = None, n
    history, result = [], "completed"
    for step in range(cfg["steps"]):
        if batch == 0:
            xb, yb = x, y
        else:
            if pos >= n:
                perm, pos = torch.randperm(n), 0
            idx = perm[pos:pos + batch]
            pos += batch
            xb, yb = x[idx], y[idx]
        dead, logits = dead_units_and_logits(model, x)
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        if not torch.isfinite(loss):
            result = f"diverged at step {step}"
            break
        entry = {"step": step, "loss": loss.item(), "dead_units": dead}
        if classification:
            entry["accuracy"] = ((logits > 0).float() == y).float().mean().item()
        history.append(entry)
        loss.backward()
        optimizer.step()
    return history, result


def simulate(cfg):
    """The whole run from the seed, as `leakylab simulate` defines it: data, then weights, then shuffles."""
    torch.manual_seed(cfg["seed"])
    x, y = make_dataset(cfg["dataset"], cfg["samples"], cfg["noise"])
    model = make_model(x.shape[1], cfg["hidden"], cfg["layers"], cfg["activation"], cfg["negative-slope"],
                       cfg["bias-init"])
    initial = parameters(model)
    history, result = train(model, x, y, cfg)
    return {"x": x, "y": y, "initial": initial, "final": parameters(model), "history": history, "result": result}


def parameters(model):
    return [{"weight": m.weight.detach().clone(), "bias": m.bias.detach().clone()} for m in linears(model)]


def replay_run(doc):
    """Loads a `leakylab simulate` document's data and initial parameters into PyTorch and trains there:
    PyTorch's history, result and trained model for the same run."""
    cfg = doc["config"]
    x = torch.tensor(doc["dataset"]["x"], dtype=torch.float32)
    y = torch.tensor(doc["dataset"]["y"], dtype=torch.float32).unsqueeze(1)
    # Redrawing data and weights from the seed leaves the generator where the mini-batch shuffles start.
    torch.manual_seed(cfg["seed"])
    make_dataset(cfg["dataset"], cfg["samples"], cfg["noise"])
    model = make_model(x.shape[1], cfg["hidden"], cfg["layers"], cfg["activation"], cfg["negative-slope"], None)
    with torch.no_grad():
        for m, p in zip(linears(model), doc["initial"]):
            m.weight.copy_(torch.tensor(p["weight"]))
            m.bias.copy_(torch.tensor(p["bias"]))
    history, result = train(model, x, y, cfg)
    return history, result, model


def as_float32(value):
    """The float32 a JSON number stands for (the file writes the shortest decimal that reads back as it)."""
    return struct.unpack("<f", struct.pack("<f", value))[0]


def replay(path):
    """Replays a `leakylab simulate` file in PyTorch and prints how far the file's history is from it."""
    doc = json.load(open(path))
    history, result, _ = replay_run(doc)
    ours = doc["history"]
    pairs = list(zip(ours, history))
    worst = max((abs(as_float32(a["loss"]) - b["loss"]) / max(abs(b["loss"]), 1e-30) for a, b in pairs), default=0.0)
    loss_mismatch = sum(as_float32(a["loss"]) != b["loss"] for a, b in pairs)
    dead_mismatch = sum(a["dead_units"] != b["dead_units"] for a, b in pairs)
    print(f"steps {len(ours)} vs {len(history)}, result {doc['result']!r} vs {result!r}, "
          f"steps with other float32 losses {loss_mismatch} (worst relative difference {worst:.3g}), "
          f"steps with other dead-unit counts {dead_mismatch}")


if __name__ == "__main__":
    replay(sys.argv[1])
