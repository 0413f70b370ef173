#!/usr/bin/env python3
"""Visit planning against the weekday routine on generated companies (the issue's targets).

    swift build -c release && python3 Tools/plan-bench/plan_bench.py [--quick] [--out results.md]

For each company (`rounds demo create` with no visits planned in December: history ends
2026-11-15), plans December 2026 for every rep with the default time budget, timing the whole
command, then reads `plan compare --format json` and checks the exported plan with the
independent checker (Tests/PlanCheck/plan_check.py). Reports each run and the medians.
"""
import argparse, json, os, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("ROUNDS_BIN", os.path.join(ROOT, ".build", "release", "rounds"))
CHECKER = os.path.join(ROOT, "Tests", "PlanCheck", "plan_check.py")

COMPANIES = [  # (label, reps, customers, seed)
    ("5x100 seed 1", 5, 500, 1), ("5x100 seed 2", 5, 500, 2), ("5x100 seed 3", 5, 500, 3),
    ("5x150 overloaded", 5, 750, 1), ("20x200", 20, 4000, 1),
]


def rounds(db, *commands):
    args = [BIN, "--db", db]
    for command in commands:
        args += ["-c", command]
    done = subprocess.run(args, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"rounds {' '.join(commands)} failed: {done.stderr}")
    return done.stdout


def start_at_territories(db):
    """Each rep starts and ends at the middle of its own customers instead of the office."""
    customers = json.loads(rounds(db, "customer list --format json"))
    for rep in json.loads(rounds(db, "rep list --format json")):
        places = [(c["lat"], c["lon"]) for c in customers if c["rep"] == rep["code"] and c["lat"] is not None]
        if places:
            lat, lon = (sum(p[i] for p in places) / len(places) for i in (0, 1))
            rounds(db, f"rep edit {rep['code']} --start {lat:.6f},{lon:.6f} --end {lat:.6f},{lon:.6f}")


def run(label, reps, customers, seed, folder, extra, territory_starts=False):
    db = os.path.join(folder, f"{reps}x{customers}-{seed}.sqlite")
    for leftover in (db, db + "-wal", db + "-shm"):  # an earlier repeat's company
        if os.path.exists(leftover):
            os.remove(leftover)
    subprocess.run([BIN, "-c", f"demo create --reps {reps} --customers {customers} --seed {seed} --until 2026-11-15 --db {db}"],
                   check=True, capture_output=True)
    if territory_starts:
        start_at_territories(db)
    started = time.monotonic()
    rounds(db, f"plan month --all --from 2026-12-01 {extra}")
    seconds = time.monotonic() - started
    compare = json.loads(rounds(db, "plan compare --format json"))
    total = next(row for row in compare if row["rep"] == "total")
    plan_json = os.path.join(folder, "plan.json")
    rounds(db, f"plan export json {plan_json}")
    with open(plan_json) as file:
        plan = json.load(file)
    left_out = sum(d["visits"] for d in plan["dropped"])
    customers_json, reps_json, visits_json = (os.path.join(folder, n) for n in ("c.json", "r.json", "v.json"))
    for path, command in ((customers_json, "customer list --format json"), (reps_json, "rep list --format json"),
                          (visits_json, "visit list --format json --to 2026-11-30")):
        with open(path, "w") as file:
            file.write(rounds(db, command))
    check = subprocess.run([sys.executable, CHECKER, "--plan", plan_json, "--customers", customers_json, "--reps", reps_json,
                            "--visits", visits_json, "--month", "2026-12"], capture_output=True, text=True)
    return {"company": label, "seconds": round(seconds, 1), "visits": total["plan_visits"], "left_out": left_out,
            "plan_minutes": total["plan_travel_minutes"], "baseline_visits": total["baseline_visits"],
            "baseline_minutes": total["baseline_travel_minutes"], "saving_percent": total["saving_percent"],
            "baseline_late_windows": total["baseline_late_windows"], "baseline_overtime_days": total["baseline_overtime_days"],
            "checker": "ok" if check.returncode == 0 else (check.stdout + check.stderr).strip().splitlines()[-1]}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="only the three 5x100 companies")
    parser.add_argument("--repeat", type=int, default=1, help="runs per company (medians over them)")
    parser.add_argument("--extra", default="", help="more plan month options, such as '--balance 0'")
    parser.add_argument("--territory-starts", action="store_true",
                        help="reps start at the middle of their customers, not at the company's office")
    parser.add_argument("--out", help="also write the Markdown table here")
    options = parser.parse_args()
    companies = COMPANIES[:3] if options.quick else COMPANIES
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for company in companies:
            for _ in range(options.repeat):
                rows.append(run(*company, folder, options.extra, options.territory_starts))
                print(json.dumps(rows[-1], ensure_ascii=False), file=sys.stderr)
    keys = list(rows[0].keys())
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(row[key]) for key in keys) + " |" for row in rows]
    typical = [row for row in rows if row["company"].startswith("5x100")]
    if typical:
        lines.append("")
        lines.append(f"5x100 medians over {len(typical)} runs: saving {statistics.median(r['saving_percent'] for r in typical)} %, "
                     f"{statistics.median(r['seconds'] for r in typical)} s, "
                     f"left out {statistics.median(r['left_out'] for r in typical)} visits")
    text = "\n".join(lines)
    print(text)
    if options.out:
        with open(options.out, "w") as file:
            file.write(text + "\n")


if __name__ == "__main__":
    main()
