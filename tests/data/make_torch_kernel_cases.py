# Writes torch_kernels.json: what PyTorch 1.13's CPU kernels give for the ops of a training step that
# the simulator reproduces one by one (core/torch_math.h, core/torch_sum.h, core/loss.h).
# Run with the system Python that has torch: /usr/bin/python3 tests/data/make_torch_kernel_cases.py
#
# Floats are stored as float32 bit patterns. The sums and losses take their inputs from
# torch.manual_seed(seed); torch.randn(n), which the C++ generator reproduces bit for bit, so only
# the seed and the results are stored. PyTorch runs on one thread, as the simulator assumes.
import json
import math
import os
import random
import struct

import torch

torch.set_num_threads(1)


def bits(tensor):
    return ["%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in tensor.flatten().tolist()]


def from_bits(words):
    return torch.tensor([struct.unpack("<f", struct.pack("<I", w))[0] for w in words], dtype=torch.float32)


def exp_inputs(rng):
    """Everyday arguments, the ranges where exp underflows or overflows, and special values."""
    values = [rng.gauss(0, 4) for _ in range(1200)] + [rng.uniform(-110, 110) for _ in range(700)]
    values += [-104.0, -103.99, -103.97, -103.5, -103.28, -87.4, 88.72, 88.73, 99.99, 100.0, 100.01, 0.0, -0.0,
               1e-30, -1e-30, 1e-45, math.inf, -math.inf, math.nan]
    edges = [struct.unpack("<I", struct.pack("<f", v))[0] for v in (-104.0, 88.7228394, 100.0)]
    words = [struct.unpack("<I", struct.pack("<f", v))[0] for v in values]
    words += [e + d for e in edges for d in range(-20, 21)]
    return from_bits(words[:2048])


def log_inputs(rng):
    """Positive floats over every exponent (random bit patterns), numbers near 1, subnormals, and the
    arguments log gives -inf, inf or NaN for."""
    words = [rng.randrange(1, 0x7f800000) for _ in range(1400)]
    words += [struct.unpack("<I", struct.pack("<f", 1.0 + rng.uniform(-0.3, 0.3)))[0] for _ in range(500)]
    words += [rng.randrange(1, 0x00800000) for _ in range(100)]
    words += [struct.unpack("<I", struct.pack("<f", v))[0] for v in (0.0, -0.0, 1.0, 2.0, 0.75, 1.5, math.inf,
                                                                      -math.inf, math.nan, -1.0, -1e-40)]
    return from_bits(words[:2048])


def randn(seed, n):
    torch.manual_seed(seed)
    return torch.randn(n)


def sum_cases():
    sizes = list(range(1, 41)) + [63, 64, 65, 127, 128, 129, 255, 256, 257, 511, 512, 513, 1000, 1024, 4097, 10000,
                                  32767, 70000]
    return [{"seed": 100 + i, "n": n, "sum": bits(randn(100 + i, n).sum())[0]} for i, n in enumerate(sizes)]


def column_sum_cases():
    out = []
    for rows in (1, 2, 3, 4, 5, 7, 16, 17, 31, 64, 100, 257, 1000):
        for cols in (1, 2, 3, 4, 5, 7, 8, 9, 16, 24, 31, 32, 33, 64, 100):
            seed = 1000 + len(out)
            a = randn(seed, rows * cols).reshape(rows, cols)
            out.append({"seed": seed, "rows": rows, "cols": cols, "sums": bits(a.sum(0))})
    return out


def loss_cases():
    """nn.BCEWithLogitsLoss and nn.MSELoss (mean) on z = randn(2n)[:n] * scale with targets from the
    other half: (randn > 0) for BCE, randn itself for MSE; the loss and dLoss/dz of loss.backward()."""
    out = []
    for kind in ("bce_with_logits", "mse"):
        for scale in (1.0, 16.0):
            for n in (1, 2, 5, 8, 15, 16, 17, 31, 32, 33, 100, 257, 1000):
                seed = 5000 + len(out)
                r = randn(seed, 2 * n)
                z = (r[:n] * scale).unsqueeze(1).requires_grad_()
                if kind == "mse":
                    t = r[n:].unsqueeze(1)
                    loss = torch.nn.MSELoss()(z, t)
                else:
                    t = (r[n:] > 0).float().unsqueeze(1)
                    loss = torch.nn.BCEWithLogitsLoss()(z, t)
                loss.backward()
                out.append({"kind": kind, "seed": seed, "n": n, "scale": scale, "loss": bits(loss.detach())[0],
                            "grad": bits(z.grad)})
    return out


def main():
    rng = random.Random(13)
    x_exp, x_log = exp_inputs(rng), log_inputs(rng)
    doc = {"torch": torch.__version__,
           "exp": {"x": bits(x_exp), "y": bits(torch.exp(x_exp))},
           "log": {"x": bits(x_log), "y": bits(torch.log(x_log))},
           "sum": sum_cases(), "column_sums": column_sum_cases(), "losses": loss_cases()}
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "torch_kernels.json")
    with open(path, "w") as f:
        json.dump(doc, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
