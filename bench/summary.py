"""Summarise one bench/run.sh run as ratios and budgets (DESIGN.md, "Performance budgets").

    python bench/summary.py OUT_FOLDER

Reads OUT/baseline/wrk.tsv and run.log (the shared harness), OUT/ours_replies.txt,
OUT/ours_rss.tsv and OUT/cpu.tsv (bench/run.sh). Every req/s ratio is taken within one
round; CPU per request (server workers' utime+stime) is the second opinion that survives
other load on the machine. Exits 1 when a budget is missed by either measure.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

# our page label -> FlaskBB's page label
PAIRS = [
    ("home", "home"),
    ("board_p1", "forum_p1"),
    ("board_last", "forum_p50"),
    ("topic_10posts", "topic_10posts"),
    ("long_p1", "long_p1"),
    ("long_last", "long_last"),
    ("static", "static"),
]
RSS_BUDGET_MIB = 120


def read_wrk(path: Path) -> dict[tuple[str, str], dict[str, tuple[float, str, str, str]]]:
    rows: dict[tuple[str, str], dict[str, tuple[float, str, str, str]]] = defaultdict(dict)
    for line in path.read_text().splitlines():
        target, label, rnd, rps, p50, p99, _n, non2xx, _errs = line.split("\t")
        rows[(target, label)][rnd] = (float(rps) if rps != "-" else 0.0, p50, p99, non2xx)
    return rows


def p95s(text: str) -> list[float]:
    return [float(m) for m in re.findall(r"p95_ms=([0-9.]+)", text)]


def failures(text: str) -> int:
    return sum(int(m) for m in re.findall(r"failed=([0-9]+)", text))


def fmt_ratio(x: float) -> str:
    return f"{x:.3f} (1/{1 / x:.0f})" if 0 < x < 1 else f"{x:.2f}"


def main(out: Path) -> int:
    wrk = read_wrk(out / "baseline" / "wrk.tsv")
    rounds = sorted(wrk[("ceiling_hello", "hello")])
    hello = {r: wrk[("ceiling_hello", "hello")][r][0] for r in rounds}

    def rps(target: str, label: str, rnd: str) -> float:
        return wrk.get((target, label), {}).get(rnd, (0.0, "", "", ""))[0]

    print("## Pages: req/s, and ratio to hello-world in the same round\n")
    print(
        "| round | page (ours / FlaskBB) | hello | ours | ours x hello | p50/p99 ms ours "
        "| FlaskBB | FlaskBB x hello | p50/p99 ms FlaskBB | ours / FlaskBB |"
    )
    print("|---" * 10 + "|")
    for rnd in rounds:
        for ours, peer in PAIRS:
            a, b = rps("ours", ours, rnd), rps("flaskbb", peer, rnd)
            la = wrk.get(("ours", ours), {}).get(rnd, (0, "-", "-", "0"))
            lb = wrk.get(("flaskbb", peer), {}).get(rnd, (0, "-", "-", "0"))
            bad = f" ({la[3]} non-2xx)" if la[3] != "0" else ""
            print(
                f"| {rnd} | {ours} / {peer} | {hello[rnd]:.0f} | {a:.0f}{bad} | "
                f"{fmt_ratio(a / hello[rnd]) if a else '-'} | {la[1]} / {la[2]} | {b:.0f} | "
                f"{fmt_ratio(b / hello[rnd]) if b else '-'} | {lb[1]} / {lb[2]} | "
                f"{a / b if a and b else float('nan'):.1f}x |"
            )
        for label in ("tpl_list", "tpl_topic"):
            c = rps("ceiling_template", label, rnd)
            print(
                f"| {rnd} | ceiling {label} | {hello[rnd]:.0f} | {c:.0f} | "
                f"{fmt_ratio(c / hello[rnd])} | | | | | |"
            )

    def speedups(ours: str, peer: str) -> list[float]:
        return [rps("ours", ours, r) / rps("flaskbb", peer, r) for r in rounds]

    cpu = read_cpu(out / "cpu.tsv")
    if cpu:
        print_cpu(cpu)

    def cpu_ratio(a: tuple[str, str], b: tuple[str, str]) -> float | None:
        return cpu[b] / cpu[a] if a in cpu and b in cpu else None

    board, thread = speedups("board_p1", "forum_p1"), speedups("topic_10posts", "topic_10posts")
    long_costs = [rps("ours", "long_p1", r) / rps("ours", "long_last", r) for r in rounds]
    pages = [
        ("board page >= 5x FlaskBB's forum page", board, 5.0,
         cpu_ratio(("ours", "board_p1"), ("flaskbb", "forum_p1"))),
        ("10-post thread >= 10x FlaskBB's topic page", thread, 10.0,
         cpu_ratio(("ours", "topic_10posts"), ("flaskbb", "topic_10posts"))),
        ("last page of the 500-post thread <= 1.2x the cost of its page 1", long_costs, -1.2,
         cpu_ratio(("ours", "long_p1"), ("ours", "long_last"))),
    ]  # fmt: skip
    print("\n## Budgets\n")
    print("| budget | by req/s (each round) | met | by CPU per request | met |")
    print("|---|---|---|---|---|")
    missed = False
    for name, values, bound, by_cpu in pages:

        def ok(x: float, bound: float = bound) -> bool:
            return x >= bound if bound > 0 else x <= -bound

        met_rps = all(ok(x) for x in values)
        met_cpu = by_cpu is None or ok(by_cpu)
        missed |= not (met_rps and met_cpu)
        print(
            f"| {name} | {', '.join(f'{x:.2f}x' for x in values)} | {yes(met_rps)} | "
            f"{'-' if by_cpu is None else f'{by_cpu:.2f}x'} | "
            f"{'-' if by_cpu is None else yes(met_cpu)} |"
        )
    ours_replies = (out / "ours_replies.txt").read_text()
    ours_p95, ours_failed = p95s(ours_replies), failures(ours_replies)
    peer_p95 = p95s((out / "baseline" / "run.log").read_text())
    replies_met = bool(ours_p95 and peer_p95) and ours_p95[0] < min(peer_p95) and not ours_failed
    print(
        f"| reply POST p95 below FlaskBB's, no failed reply | ours {ours_p95[0]:.1f} ms "
        f"({ours_failed} failed); FlaskBB {', '.join(f'{x:.1f}' for x in peer_p95)} ms "
        f"| {yes(replies_met)} | | |"
    )
    rss_text = (out / "ours_rss.tsv").read_text()
    rss = [float(m) for m in re.findall(r"cur_rss_MiB ([0-9.]+)", rss_text)]
    peak = [float(m) for m in re.findall(r"peak_rss_MiB ([0-9.]+)", rss_text)]
    rss_met = bool(rss) and max(rss) < RSS_BUDGET_MIB
    print(
        f"| worker RSS after the mix < {RSS_BUDGET_MIB} MiB | now "
        f"{', '.join(f'{x:.1f}' for x in rss)}; peak {', '.join(f'{x:.1f}' for x in peak)} MiB "
        f"| {yes(rss_met)} | | |"
    )
    return 1 if missed or not (replies_met and rss_met) else 0


def yes(met: bool) -> str:
    return "yes" if met else "**NO**"


def read_cpu(path: Path) -> dict[tuple[str, str], float]:
    """target, page, requests, worker CPU ms per request, non-2xx (bench/run.sh step 5)."""
    if not path.exists():
        return {}
    rows = {}
    for line in path.read_text().splitlines():
        target, label, requests, ms, non2xx = line.split("\t")
        if int(requests) and not int(non2xx):
            rows[(target, label)] = float(ms)
    return rows


def print_cpu(cpu: dict[tuple[str, str], float]) -> None:
    hello = cpu.get(("ceiling_hello", "hello"))
    print("\n## Server CPU per request (ms; ratio to hello-world)\n")
    print(
        "| page (ours / FlaskBB) | ours ms | ours x hello | FlaskBB ms | FlaskBB x hello "
        "| FlaskBB ms / ours ms |"
    )
    print("|---|---|---|---|---|---|")
    print(f"| hello-world | {hello or float('nan'):.2f} | 1 | | | |")
    for ours, peer in PAIRS:
        a, b = cpu.get(("ours", ours)), cpu.get(("flaskbb", peer))
        if a is None and b is None:
            continue

        def rel(x: float | None) -> str:
            return f"1/{x / hello:.0f}" if x and hello else "-"

        print(
            f"| {ours} / {peer} | {a or float('nan'):.2f} | {rel(a)} | "
            f"{b or float('nan'):.2f} | {rel(b)} | "
            f"{b / a if a and b else float('nan'):.1f}x |"
        )


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
