#!/usr/bin/env python3
"""Make the management benchmark company: 100,000 customers and 10,000,000 orders over 36 months.

    python3 Tools/mgmt-bench/make_big.py OUT.sqlite [--rounds PATH] [--customers N] [--orders N]

The schema comes from the real binary (`rounds --db OUT -c 'rep list'` creates and migrates the
file), so the data sits in exactly the tables Rounds reads; the rows are then written straight
into SQLite, because importing ten million orders row by row through the shell would take far
longer than the benchmark itself. Deterministic (seed 1). Orders span 2023-11-01..2026-10-31;
sales per customer are heavy-tailed (a few customers carry most of the sales, as in real
companies) and drift up or down, so ABC classes and growth differ between customers. Visits
(about 36,000 a month, done, some with a purpose, proposal and next action) and deals (with their
stage history, won or lost or open) give the KPI queries realistic tables to read.
"""
import argparse
import datetime as dt
import os
import random
import sqlite3
import subprocess
import sys

NOW = "2026-11-01T00:00:00Z"
FIRST = dt.date(2023, 11, 1)
DAYS = (dt.date(2026, 10, 31) - FIRST).days + 1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--rounds", default=".build/release/rounds")
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--orders", type=int, default=10_000_000)
    parser.add_argument("--reps", type=int, default=200)
    args = parser.parse_args()
    if os.path.exists(args.out):
        sys.exit(f"make_big: {args.out} exists; remove it first")
    subprocess.run([args.rounds, "--db", args.out, "-c", "rep list"], check=True, stdout=subprocess.DEVNULL)
    db = sqlite3.connect(args.out)
    db.execute("PRAGMA journal_mode=OFF")
    db.execute("PRAGMA synchronous=OFF")
    random.seed(1)
    days = [(FIRST + dt.timedelta(days=d)).isoformat() for d in range(DAYS)]
    reps(db, args.reps)
    scale, drift = customers(db, args.customers, args.reps)
    orders(db, args.orders, scale, drift, days)
    visits(db, args.customers, days)
    deals(db, args.customers, days)
    db.commit()
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("ANALYZE")
    db.close()


def reps(db, count):
    db.executemany(
        "INSERT INTO rep (id, code, name, start_lat, start_lon, created_at, updated_at) VALUES (?,?,?,?,?,?,?)",
        ((i, f"R{i:03d}", f"担当{i:03d}", 35.68, 139.76, NOW, NOW) for i in range(1, count + 1)))


def customers(db, count, rep_count):
    scale, drift = [0.0] * (count + 1), [0.0] * (count + 1)
    rows = []
    for i in range(1, count + 1):
        scale[i] = random.lognormvariate(0, 1.3)
        drift[i] = random.uniform(-0.5, 0.6)
        potential = int(scale[i] * random.uniform(1.0, 6.0) * 1_200_000)
        rank = random.choice(("focus", "develop", "develop", "maintain", "maintain", "maintain"))
        rows.append((i, f"C{i:06d}", f"顧客{i:06d}", 35.4 + random.random() * 0.6, 139.3 + random.random() * 0.8,
                     (i - 1) % rep_count + 1, rank, potential, NOW, NOW))
    db.executemany("INSERT INTO customer (id, code, name, lat, lon, rep_id, rank, potential_yen, created_at, "
                   "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    return scale, drift


def orders(db, count, scale, drift, days):
    """Orders per customer in proportion to its size, with the date skewed by its drift."""
    indexes = drop_indexes(db, "sales_order")
    # The monthly rollup's triggers would add one upsert per order: filled once at the end instead.
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'sales_order'").fetchall()
    for name, _ in triggers:
        db.execute(f"DROP TRIGGER {name}")
    total = sum(scale)
    customers = len(scale) - 1
    rep_count = db.execute("SELECT count(*) FROM rep").fetchone()[0]

    def rows():
        for c in range(1, customers + 1):
            n = max(1, round(count * scale[c] / total))
            for _ in range(n):
                u = random.random()
                # A rising customer orders more towards the end of the period, a falling one less.
                u = u ** (1.0 - drift[c]) if drift[c] > 0 else 1.0 - (1.0 - u) ** (1.0 + drift[c])
                yield (c, (c - 1) % rep_count + 1, days[min(len(days) - 1, int(u * len(days)))],
                       int(random.lognormvariate(10.5, 0.8)), "業務用洗剤", "洗剤", 1 + int(random.random() * 20), NOW)

    db.executemany("INSERT INTO sales_order (customer_id, rep_id, date, amount_yen, product, category, quantity, "
                   "created_at) VALUES (?,?,?,?,?,?,?,?)", rows())
    recreate(db, indexes)
    db.execute("DELETE FROM sales_month")
    db.execute("INSERT INTO sales_month SELECT customer_id, substr(date, 1, 7), SUM(amount_yen), COUNT(*), MIN(date), "
               "MAX(date) FROM sales_order GROUP BY customer_id, substr(date, 1, 7)")
    recreate(db, triggers)


def visits(db, customers, days):
    indexes = drop_indexes(db, "visit")
    rep_count = db.execute("SELECT count(*) FROM rep").fetchone()[0]

    def rows():
        for _ in range(36_000 * 36):
            c = 1 + int(random.random() ** 1.5 * customers)
            day = days[int(random.random() * len(days))]
            purpose = "定期訪問" if random.random() < 0.8 else None
            proposal = "新製品の提案" if random.random() < 0.25 else None
            action = "見積を送る" if random.random() < 0.6 else None
            yield (c, (c - 1) % rep_count + 1, "done", day, purpose, proposal, action, NOW, NOW)

    db.executemany("INSERT INTO visit (customer_id, rep_id, status, date, purpose, proposal, next_action, "
                   "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)", rows())
    recreate(db, indexes)


def deals(db, customers, days):
    rep_count = db.execute("SELECT count(*) FROM rep").fetchone()[0]
    for deal in range(1, 72_001):
        c = 1 + int(random.random() * customers)
        opened = int(random.random() * len(days))
        stage = random.choice(("hearing", "proposal", "quote", "won", "won", "lost"))
        at = days[opened] + "T01:00:00Z"
        db.execute("INSERT INTO deal (id, customer_id, rep_id, title, amount_yen, stage, proposal, lost_reason, "
                   "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (deal, c, (c - 1) % rep_count + 1, "更新提案", int(random.lognormvariate(13, 1)), stage,
                    "更新の提案", "価格" if stage == "lost" else None, at, at))
        db.execute("INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, author, at) VALUES (?,?,?,?,?)",
                   (deal, None, "hearing", "bench", at))
        if stage != "hearing":
            closed = days[min(len(days) - 1, opened + int(random.random() * 60))] + "T01:00:00Z"
            db.execute("INSERT INTO deal_stage_history (deal_id, from_stage, to_stage, author, at) "
                       "VALUES (?,?,?,?,?)", (deal, "hearing", stage, "bench", closed))


def drop_indexes(db, table):
    indexes = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                         "AND sql IS NOT NULL", (table,)).fetchall()
    for name, _ in indexes:
        db.execute(f"DROP INDEX {name}")
    return indexes


def recreate(db, indexes):
    for _, sql in indexes:
        db.execute(sql)


if __name__ == "__main__":
    main()
