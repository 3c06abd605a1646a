# Writes randn_extra.json: more torch.manual_seed + torch.randn references from real PyTorch 1.13.
# Run with the system Python that has torch: /usr/bin/python3 tests/data/make_randn_extra.py
import json
import os
import struct

import torch

SEEDS = [7, 123, 2**32 + 5, 2**63, 2**64 - 1]
SIZES = [0, 3, 5, 8, 9, 13, 14, 16, 18, 24, 47, 48, 63, 64, 65, 1000]
# Large tensors are stored as samples: the start, both sides of block edges, and the re-drawn tail.
LARGE = [(0, 100_003), (123, 1_000_000), (2**63, 1_000_001)]
# Positions in randn(2_000_000) where leaving out any one of the multiply-adds that libtorch's AVX2
# build fuses changes the result; most positions are insensitive to such a change.
FUSED_STEP_WITNESSES = {
    0: [213, 221, 342, 406, 660, 730, 1042, 1432, 1508, 1820, 17180, 17376, 17384, 18373, 18381,
        19678, 27350, 28785, 30724, 31377, 37270, 37278, 136639, 154318, 190134, 190142, 197140,
        197148, 229984, 229992, 273013, 319260, 525156, 739970, 739978, 1037655, 1454879],
    123: [19, 78, 85, 233, 529, 1379, 1523, 5468, 9954, 10766, 11106, 14380, 17010, 19221, 19229,
          22490, 26997, 30433, 30441, 40999, 41007, 41939, 49858, 51301, 51309, 81810, 139394,
          139402, 218950, 221971, 258841, 471532, 504194, 504202, 739650, 811558, 811566, 918435,
          918443, 996657, 1946550],
}


def bits(values):
    return ["%08x" % struct.unpack("<I", struct.pack("<f", v))[0] for v in values]


def full_case(seed, shape):
    torch.manual_seed(seed)
    t = torch.randn(*shape)
    return {"seed": seed, "shape": list(shape), "values": bits(t.flatten().tolist()), "repr": repr(t)}


def sampled_case(seed, n, extra=()):
    torch.manual_seed(seed)
    t = torch.randn(n)
    picks = set(extra) | set(range(40))
    for edge in (16 * 1000, n // 2 - n // 2 % 16, n - n % 16):
        picks.update(range(edge - 20, edge + 20))
    picks.update(range(n - 40, n))
    picks.update(range(0, n, max(1, n // 97)))
    indices = sorted(i for i in picks if 0 <= i < n)
    flat = t.flatten()
    return {"seed": seed, "shape": [n], "indices": indices,
            "values": bits(flat[indices].tolist()), "repr": repr(t)}


def sequence(name, actions):
    steps = []
    for action in actions:
        if action[0] == "seed":
            torch.manual_seed(action[1])
            steps.append({"manual_seed": action[1]})
        else:
            t = torch.randn(*action[1])
            steps.append({"randn": list(action[1]), "values": bits(t.flatten().tolist())})
    return {"name": name, "steps": steps}


def main():
    cases = [full_case(seed, [n]) for seed in SEEDS for n in SIZES]
    cases += [full_case(123, [4, 5]), full_case(123, [3, 1, 5])]
    cases += [sampled_case(seed, n) for seed, n in LARGE]
    cases += [sampled_case(seed, 2_000_000, picks) for seed, picks in FUSED_STEP_WITNESSES.items()]
    sequences = [
        sequence("small_then_vectorised", [("seed", 0), ("randn", [3]), ("randn", [20])]),
        sequence("cached_normal_is_used_next", [("seed", 0), ("randn", [3]), ("randn", [1])]),
        sequence("singles", [("seed", 0), ("randn", [1]), ("randn", [1]), ("randn", [1])]),
        sequence("cache_survives_vectorised_call",
                 [("seed", 42), ("randn", [3]), ("randn", [20]), ("randn", [1])]),
        sequence("vectorised_calls", [("seed", 1), ("randn", [16]), ("randn", [16]), ("randn", [17])]),
        sequence("empty_calls_draw_nothing",
                 [("seed", 2024), ("randn", [0]), ("randn", [5]), ("randn", [0]), ("randn", [2])]),
        sequence("reseed_drops_cache",
                 [("seed", 0), ("randn", [1]), ("seed", 0), ("randn", [1]), ("seed", 7), ("randn", [2])]),
        sequence("long_then_short", [("seed", 5), ("randn", [1000]), ("randn", [7]), ("randn", [33])]),
    ]
    out = {
        "about": "torch.manual_seed(seed); torch.randn(*shape) on the CPU generator. Cases with "
                 "'indices' hold only those flat positions. Sequences run their steps in order.",
        "torch": torch.__version__,
        "cases": cases,
        "sequences": sequences,
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "randn_extra.json")
    with open(path, "w") as f:
        json.dump(out, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
