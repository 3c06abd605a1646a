#!/usr/bin/python3
"""PyTorch's own CPU kernels on one thread, timed like leakylab_bench_core (items per second).

Run with Debian's interpreter: /usr/bin/python3 bench/pytorch_reference.py
Outputs are preallocated (out=...) so that allocation is not counted against PyTorch.
"""
import timeit

import torch

torch.set_num_threads(1)
SIZES = [1 << 8, 1 << 12, 1 << 16, 1 << 20, 1 << 24]


def rate(fn, n):
    runs = max(3, int(2e7 // n))
    best = min(timeit.repeat(fn, number=runs, repeat=5)) / runs
    return n / best


def main():
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, "
          f"capability {torch.backends.cpu.get_cpu_capability() if hasattr(torch.backends, 'cpu') else '?'}")
    print(f"{'kernel':<22}{'N':>10}{'items/s':>14}")
    for n in SIZES:
        x = torch.randn(n)
        y = torch.empty(n)
        g = torch.ones(n)
        gi = torch.empty(n)
        cases = {
            "leaky_relu forward": lambda: torch._C._nn.leaky_relu(x, 0.01, out=y),
            "leaky_relu backward": lambda: torch.ops.aten.leaky_relu_backward.grad_input(
                g, x, 0.01, False, grad_input=gi),
            "relu forward": lambda: torch.clamp_min(x, 0, out=y),
            "copy": lambda: y.copy_(x),
        }
        for name, fn in cases.items():
            print(f"{name:<22}{n:>10}{rate(fn, n) / 1e9:>12.3f} G")


if __name__ == "__main__":
    main()
