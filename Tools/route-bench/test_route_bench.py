"""Tests of the benchmark's own parts: readers, distance functions, the checker, the rounds
runner (against fake binaries) and the generated days. No reference solver is needed.

    python3 -m unittest test_route_bench      (or: python3 -m pytest test_route_bench.py)
"""

import json
import os
import stat
import sys
import tempfile
import unittest
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import route_bench as rb  # noqa: E402

SOLOMON = """T1

VEHICLE
NUMBER     CAPACITY
  2         10

CUSTOMER
CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

    0      0          0          0          0        100          0
    1      3          4          6          0         10          1
    2      6          8          6          0         20          1
    3      0          5          3         50         60          2
"""

TSP = """NAME : t4
TYPE : TSP
DIMENSION : 4
EDGE_WEIGHT_TYPE : {ewt}
NODE_COORD_SECTION
1 0 0
2 3 0
3 3 4.2
4 0 4.2
EOF
"""


class Base(unittest.TestCase):
    def setUp(self):
        self.tmp = Path(tempfile.mkdtemp())

    def write(self, name, text):
        p = self.tmp / name
        p.write_text(text)
        return p


class TestReaders(Base):
    def test_tsplib_euc_ceil(self):
        inst = rb.read_tsplib(self.write("t.tsp", TSP.format(ewt="EUC_2D")))
        self.assertEqual(inst.ids, [1, 2, 3, 4])
        self.assertEqual(inst.dist[0][2], 5.0)  # sqrt(9 + 17.64) = 5.16 -> 5
        self.assertEqual(inst.dist[1][2], 4.0)  # 4.2 -> 4
        ceil = rb.read_tsplib(self.write("c.tsp", TSP.format(ewt="CEIL_2D")))
        self.assertEqual(ceil.dist[1][2], 5.0)
        self.assertEqual(rb.check_solution(inst, [[2, 3, 4]])["cost"], 3 + 4 + 3 + 4)

    def test_tsplib_att_geo(self):
        att = rb.tsplib_matrix(np.array([[0.0, 0.0], [10.0, 0.0]]), "ATT")
        self.assertEqual(att[0][1], 4.0)  # r = 3.162, nint 3 < r -> 4
        geo = rb.tsplib_matrix(np.array([[0.0, 0.0], [1.0, 0.0]]), "GEO")
        self.assertEqual(geo[0][1], 112.0)  # one degree of latitude: (int)(111.3 + 1)
        self.assertEqual(geo[1][0], 112.0)
        self.assertEqual(geo[0][0], 0.0)

    def test_solomon(self):
        inst = rb.read_solomon(self.write("T1.txt", SOLOMON))
        self.assertEqual((inst.name, inst.vehicles, inst.capacity, inst.n), ("T1", 2, 10, 4))
        self.assertAlmostEqual(inst.dist[0][1], 5.0)
        self.assertEqual(inst.ready[3], 50.0)
        self.assertEqual(inst.service[3], 2.0)


class TestChecker(Base):
    def setUp(self):
        super().setUp()
        self.inst = rb.read_solomon(self.write("T1.txt", SOLOMON))

    def check(self, routes):
        return rb.check_solution(self.inst, routes)

    def test_feasible(self):
        r = self.check([[1, 3], [2]])
        self.assertTrue(r["feasible"], r)
        self.assertAlmostEqual(r["cost"], 5 + np.hypot(3, 1) + 5 + 10 + 10)
        self.assertEqual(r["vehicles"], 2)

    def test_flags(self):
        cases = {
            "missing": [[1, 3]],
            "twice": [[1, 3], [2, 1]],
            "capacity": [[1, 2], [3]],  # 12 > 10
            "late": [[3, 1], [2]],  # node 1 due 10, after node 3 (ready 50)
            "vehicles": [[1], [2], [3]],
            "unknown": [[1, 3], [2, 7]],
            "depot inside": [[1, 0, 3], [2]],
        }
        for what, routes in cases.items():
            with self.subTest(what):
                r = self.check(routes)
                self.assertFalse(r["feasible"], what)
                self.assertTrue(r["violations"], what)

    def test_depot_return(self):
        self.inst.due[0] = 20
        self.assertFalse(self.check([[1, 3], [2]])["feasible"])

    def test_tsp_tours(self):
        inst = rb.read_tsplib(self.write("t.tsp", TSP.format(ewt="EUC_2D")))
        self.assertTrue(rb.check_solution(inst, [[2, 3, 4]])["feasible"])
        self.assertTrue(rb.check_solution(inst, [[3, 4, 1, 2]])["feasible"])  # depot included
        self.assertFalse(rb.check_solution(inst, [[2, 3]])["feasible"])
        self.assertFalse(rb.check_solution(inst, [[2, 3, 3, 4]])["feasible"])
        self.assertFalse(rb.check_solution(inst, [[2], [3, 4]])["feasible"])


class TestRoundsRunner(Base):
    """The rounds column against fake binaries that keep (or break) the JSON contract."""

    def fake(self, body):
        p = self.tmp / "rounds"
        p.write_text(f"#!{sys.executable}\nimport sys, json\n{body}\n")
        p.chmod(p.stat().st_mode | stat.S_IXUSR)
        return str(p)

    def run_fake(self, body, routes_ok=True):
        inst = rb.read_solomon(self.write("T1.txt", SOLOMON))
        args = SimpleNamespace(rounds=self.fake(body), seed=1)
        return rb.run_one("rounds", inst, 0.05, args)

    def test_good(self):
        body = ("assert sys.argv[1:3] == ['route', 'solve'] and '--as' in sys.argv and '--format' in sys.argv\n"
                "print(json.dumps({'cost': 5 + 10**0.5 + 5 + 20, 'vehicles': 2, 'routes': [[1, 3], [2]], 'seconds': 0.001}))")
        r = self.run_fake(body)
        self.assertIsNone(r["error"], r)
        self.assertTrue(r["feasible"], r)
        self.assertEqual(r["seconds"], 0.001)

    def test_infeasible_and_wrong_cost_flagged(self):
        r = self.run_fake("print(json.dumps({'cost': 1, 'vehicles': 1, 'routes': [[1, 2, 3]], 'seconds': 0.01}))")
        self.assertFalse(r["feasible"])
        self.assertTrue(r.get("cost_mismatch"))

    def test_log_lines_around_json_and_vehicle_mismatch(self):
        r = self.run_fake("print('solving...')\n"
                          "print(json.dumps({'cost': 5 + 10**0.5 + 5 + 20, 'vehicles': 3, 'routes': [[1, 3], [2]], 'seconds': 0.001}))")
        self.assertIsNone(r["error"], r)
        self.assertTrue(r["feasible"])
        self.assertTrue(any("vehicles" in w for w in r["warnings"]), r)

    def test_errors(self):
        for body in ["sys.exit(3)", "print('not json')", "print(json.dumps({'cost': 1}))"]:
            with self.subTest(body):
                self.assertIsNotNone(self.run_fake(body)["error"])
        inst = rb.read_solomon(self.write("T1.txt", SOLOMON))
        r = rb.run_one("rounds", inst, 0.05, SimpleNamespace(rounds=str(self.tmp / "missing"), seed=1))
        self.assertIn("not found", r["error"])


class TestDays(Base):
    def test_generated_days_are_feasible_and_seeded(self):
        for suite, (lo, hi) in (("days12", (8, 12)), ("days40", (20, 40))):
            a = [rb.generate_day(suite, i, 7, self.tmp) for i in range(3)]
            for inst in a:
                self.assertTrue(lo <= inst.n - 1 <= hi)
                self.assertEqual((inst.vehicles, inst.ready[0], inst.due[0]), (1, 8 * 3600, 18 * 3600))
                self.assertTrue(all(1200 <= s <= 2400 for s in inst.service[1:]) if suite == "days12" else True)
            text = (self.tmp / f"{suite}-01.txt").read_text()
            again = rb.generate_day(suite, 0, 7, self.tmp)
            self.assertEqual(text, (self.tmp / f"{suite}-01.txt").read_text())
            self.assertEqual(again.n, a[0].n)


class TestExact(Base):
    def test_exact_beats_or_ties_every_order(self):
        import itertools
        inst = rb.generate_day("days12", 3, 3, self.tmp)  # 8 stops: 40320 orders to enumerate
        self.assertEqual(inst.n - 1, 8)
        cost, route = rb.exact_one_vehicle(inst)
        self.assertTrue(rb.check_solution(inst, [route])["feasible"])
        brute = min((c["cost"] for p in itertools.permutations(inst.ids[1:])
                     for c in [rb.check_solution(inst, [list(p)])] if c["feasible"]))
        self.assertAlmostEqual(cost, brute, places=6)


if __name__ == "__main__":
    unittest.main()
