# Writes print_extra.json: repr(t) from real PyTorch for the cases print.json does not cover.
# Run with /usr/bin/python3 (needs torch); float32 values are stored as 8-hex-digit bit patterns,
# int64 values as JSON integers.
import json
import math
import os
import random
import struct

import torch

torch.set_printoptions(profile="default")
NAN, INF = float("nan"), float("inf")
I64_MIN, I64_MAX = -(2**63), 2**63 - 1

cases = []


def bits(v):
    return "%08x" % struct.unpack("<I", struct.pack("<f", v))[0]


def add(name, t):
    t = t.detach().contiguous()
    assert t.dtype in (torch.float32, torch.int64) and t.dim() <= 4
    flat = t.reshape(-1).tolist()
    values = [bits(v) for v in flat] if t.dtype == torch.float32 else flat
    cases.append({
        "name": name,
        "dtype": "float32" if t.dtype == torch.float32 else "int64",
        "shape": list(t.shape),
        "values": values,
        "repr": repr(t),
    })


def f32(name, data, shape=None):
    t = torch.tensor(data, dtype=torch.float32)
    add(name, t if shape is None else t.reshape(shape))


def i64(name, data, shape=None):
    t = torch.tensor(data, dtype=torch.int64)
    add(name, t if shape is None else t.reshape(shape))


# int64
i64("int_1d", [1, 2, 3])
i64("int_negatives", [-5, 12, -300, 0, 7])
i64("int_2d", [[1, -20], [300, 4], [5, 60]])
i64("int_3d", list(range(-6, 6)), (2, 3, 2))
i64("int_4d", list(range(24)), (1, 2, 3, 4))
i64("int_big", [I64_MAX, I64_MIN, 0, 1])
i64("int_big_2d", [[I64_MIN, 5], [10**15, -(10**12)]])
add("int_wrapped", torch.tensor([I64_MAX, I64_MIN + 5]) + 1)
add("int_line_wrap_30", torch.arange(30) * 1000003)
add("int_line_wrap_width20", torch.tensor([I64_MIN, I64_MAX] * 6))
add("int_summarised_1001", torch.arange(1001) - 500)
add("int_summarised_2d", torch.arange(40 * 30).reshape(40, 30) * 7 - 3000)
add("int_summarised_3d", torch.arange(11 * 11 * 11).reshape(11, 11, 11))
add("int_summarised_big", torch.tensor([I64_MIN, 1, 2] + [3] * 1000 + [4, 5, I64_MAX]))
add("int_scalar", torch.tensor(42))
add("int_scalar_negative", torch.tensor(-7))
add("int_scalar_min", torch.tensor(I64_MIN))
add("int_zeros", torch.zeros(4, dtype=torch.int64))

# empty tensors
add("empty_0x3", torch.zeros(0, 3))
add("empty_2x0", torch.zeros(2, 0))
add("empty_2x0x3", torch.zeros(2, 0, 3))
add("empty_4d", torch.zeros(1, 2, 0, 4))
add("empty_int_1d", torch.zeros(0, dtype=torch.int64))
add("empty_int_2x0", torch.zeros(2, 0, dtype=torch.int64))
add("empty_int_0x0x0x0", torch.zeros(0, 0, 0, 0, dtype=torch.int64))

# 0-d
for name, v in [("neg", -3.5), ("nan", NAN), ("inf", INF), ("neg_inf", -INF), ("neg_zero", -0.0),
                ("zero", 0.0), ("int_valued", 100.0), ("small", 1e-5), ("big", 1e10),
                ("denormal", 1e-45), ("max", 3.4e38), ("carry", 9.99995)]:
    f32("scalar_" + name, v)

# 4-D and summarised 2-D/3-D float
add("f4d", torch.arange(2 * 3 * 2 * 4, dtype=torch.float32).reshape(2, 3, 2, 4) / 8 - 3)
add("f4d_sci", (torch.arange(16, dtype=torch.float32).reshape(2, 2, 2, 2) - 5) * 1e-5)
gen = torch.Generator().manual_seed(1234)
add("threshold_1000_not_summarised", torch.arange(1000, dtype=torch.float32) * 0.5 - 100)
add("threshold_1000_int_3d", torch.arange(1000).reshape(10, 10, 10))
add("summarised_2000x3", torch.randn(2000, 3, generator=gen))
add("summarised_3x2000", torch.randn(3, 2000, generator=gen))
add("summarised_50x50", torch.randn(50, 50, generator=gen) * 100)
add("summarised_11x11x11", torch.randn(11, 11, 11, generator=gen))
add("summarised_4d", torch.randn(7, 3, 8, 7, generator=gen) * 1e-3)
add("summarised_int_valued_sci", torch.arange(1200, dtype=torch.float32).reshape(30, 40))
add("summarised_int_valued", torch.arange(1200, dtype=torch.float32).reshape(30, 40) + 500)
t = torch.arange(1500, dtype=torch.float32) + 100
t[500] = 1e-9  # hidden by summarisation, so it neither breaks int mode nor forces scientific mode
add("summarised_hidden_small", t)

# non-finite mixes, in each formatter mode
f32("all_nonfinite", [NAN, INF, -INF])
f32("negative_nan", [-NAN, 2.5, -NAN])
f32("all_nonfinite_2d", [[NAN, -INF], [INF, NAN]])
f32("nonfinite_zeros", [0.0, -0.0, NAN, -INF])
f32("nonfinite_int_mode", [-INF, 100.0, 3.0, -0.0, NAN])
f32("nonfinite_fixed_mode", [NAN, -0.0, 2.5, -INF, 0.0])
f32("nonfinite_sci_mode", [NAN, -0.0, 1e-7, 1.0, -INF, 0.0])
f32("nonfinite_sci_int_mode", [INF, -0.0, 1e9, 1.0, NAN])
f32("neg_zero_wide", [-0.0, 12345.0])
f32("neg_zero_fixed", [-0.0, 0.5])

# extreme and rounding-sensitive values
f32("denormals", [1e-45, 1e-40, -3e-39])
f32("denormal_and_one", [1e-45, 1.0])
f32("float_max", [3.4e38, -3.4028234663852886e38, 1.0])
f32("float_max_alone", [3.4028234663852886e38])
f32("carry_fixed", [9.99995, 0.99995, 99.99995, 1.00005, 0.00015])
f32("carry_fixed_neg", [-9.99995, -0.99995, 1.0])
f32("carry_sci", [9.99995e-5, 9.99996e-5, 1.0, -9.99996e9])
f32("carry_ties", [0.00025, 0.00035, 0.00045, 1.00005, 2.5e-4])
f32("neg_sci_exponents", [1e-5, -2.5e-12, 3e-30, -1e-38])
f32("sci_big_exponents", [1e30, -2.5e12, 3e-3])
f32("int_float_over_1e8", [1e9, 2.0, -3.0])
f32("int_float_just_1e8", [1e8, -1.0])
f32("int_float_exactly_1e8", [1e8, 5e7])
f32("int_float_above_1e8", [1e8 + 8, 5e7])
f32("fixed_exactly_1e8", [1e8, 1e6 + 0.5])
f32("int_float_ratio_1001", [1.0, 1001.0])
f32("int_float_ratio_1000", [1.0, 1000.0])
f32("int_float_2_pow_30", [2.0**30, 2.0**31, -(2.0**24)])
f32("fixed_min_1e-4", [1e-4, 0.05])
f32("fixed_ratio_1000", [0.1, 99.0])
f32("fixed_large", [12345678.5, 99999.5])

# line wrapping at different element widths and depths
for name, scale in [("w3", 1.0), ("w5", 100.0), ("w8", 1000.5), ("w10", 1e-6), ("w12", -1e-6),
                    ("w14", 1234567.25)]:
    add("wrap_1d_" + name, torch.arange(1, 41, dtype=torch.float32) * scale)
add("wrap_2d", torch.arange(60, dtype=torch.float32).reshape(3, 20) * 1.5 - 40)
add("wrap_3d", torch.arange(2 * 2 * 25, dtype=torch.float32).reshape(2, 2, 25) * -0.25)
add("wrap_4d", torch.arange(2 * 2 * 2 * 30, dtype=torch.float32).reshape(2, 2, 2, 30) * 1e-5)
add("wrap_4d_int", torch.arange(1 * 2 * 2 * 30).reshape(1, 2, 2, 30) * 99991)
add("wrap_width_35", torch.tensor([1e-6, -1e-38, 3e38] * 4, dtype=torch.float32).reshape(2, 6))
add("wrap_summarised", torch.arange(1001, dtype=torch.float32) * 12345.678)

# random tensors: random shapes up to 4-D, magnitudes 1e-6..1e9, some summarised
rng = random.Random(20240601)
for k in range(48):
    dims = rng.randint(0, 4)
    summarise = k % 6 == 5
    while True:
        shape = [rng.randint(1, 14 if summarise else 6) for _ in range(dims)]
        if summarise and dims:
            shape[rng.randrange(dims)] = rng.randint(7, 1500)
        n = math.prod(shape)
        if (n > 1000) == (summarise and dims > 0) and n <= 4000:
            break
    as_int64, int_valued = k % 8 == 7, k % 4 == 1
    # integer-valued cases start at magnitude 1 so they are not all rounded to zero
    lo, hi = sorted(rng.uniform(0 if int_valued or as_int64 else -6, 18 if as_int64 else 9) for _ in range(2))
    vals = []
    for _ in range(n):
        v = rng.choice([-1, 1]) * 10 ** rng.uniform(lo, hi)
        r = rng.random()
        if int_valued:
            v = float(round(v))  # integer-valued floats: int mode
        if r < 0.03:
            v = rng.choice([0.0, -0.0, NAN, INF, -INF])
        vals.append(v)
    if as_int64:
        add("random_%02d_int64" % k, torch.tensor([int(max(-9e18, min(9e18, v))) if math.isfinite(v) else 0
                                                   for v in vals], dtype=torch.int64).reshape(shape))
    else:
        f32("random_%02d" % k, vals, shape)

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "print_extra.json"), "w") as out:
    json.dump({"about": "repr(t) for float32 and int64 tensors with default print options, "
                        "made by make_print_extra.py",
               "torch": torch.__version__, "cases": cases}, out, indent=0)
    out.write("\n")
print(len(cases), "cases,", os.path.getsize(os.path.join(here, "print_extra.json")), "bytes")
