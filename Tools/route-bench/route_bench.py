#!/usr/bin/env python3
"""Side-by-side routing benchmark: the `rounds` solver against reference solvers.

Suites:
  tsplib   TSPLIB symmetric TSP files, gap to the proven optimum (BKS.json)
  solomon  Solomon VRPTW files, gap to the best known distance (NAME_distance in BKS.json)
  days12   generated one-rep days with 8-12 stops, gap to the best found by any solver
  days40   generated one-rep days with 20-40 stops, gap to the best found by any solver

Every solution (ours and the references') is re-costed here from its routes with the
instance's own distance function (TSPLIB rounding for TSP files, double-precision Euclid for
Solomon-format files) and checked by an independent feasibility checker, so the numbers in
one table are comparable. Reference solvers that need integer matrices get distances scaled by
--scale and rounded; their travel *times* are scaled and rounded UP, so a schedule that is
feasible for them is feasible with the exact double travel times too.

Run `python3 route_bench.py --help` for options; see README.md.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

SOLVERS = ["rounds", "elkai", "ortools", "pyvrp", "vroom"]
SUITE_SOLVERS = {
    "tsplib": ["rounds", "elkai", "ortools", "pyvrp"],
    "solomon": ["rounds", "ortools", "pyvrp", "vroom"],
    "days12": ["rounds", "ortools", "pyvrp", "vroom"],
    "days40": ["rounds", "ortools", "pyvrp", "vroom"],
}
EPS = 1e-6


# --------------------------------------------------------------------------------------------
# Instances


@dataclass
class Instance:
    name: str
    kind: str  # "tsp" or "vrptw"
    path: Path
    fmt: str  # the --as value for rounds: "tsplib" or "solomon"
    ids: list[int]  # node numbers as written in the file; index 0 is the depot
    dist: np.ndarray  # exact distances as floats (TSPLIB: already integral)
    demand: list[int] = field(default_factory=list)
    ready: list[float] = field(default_factory=list)
    due: list[float] = field(default_factory=list)
    service: list[float] = field(default_factory=list)
    vehicles: int = 1
    capacity: int = 0
    bks: float | None = None
    bks_vehicles: int | None = None
    exact: float | None = None  # proven optimum computed here (days12)

    @property
    def n(self) -> int:
        return len(self.ids)


def _tsplib_geo_rad(v: np.ndarray) -> np.ndarray:
    deg = np.trunc(v)  # TSPLIB FAQ: truncate (the doc's "nint" would be wrong for .5-.59)
    minutes = v - deg
    return 3.141592 * (deg + 5.0 * minutes / 3.0) / 180.0


def tsplib_matrix(coords: np.ndarray, ewt: str) -> np.ndarray:
    x, y = coords[:, 0], coords[:, 1]
    if ewt == "GEO":
        lat, lon = _tsplib_geo_rad(x), _tsplib_geo_rad(y)
        q1 = np.cos(lon[:, None] - lon[None, :])
        q2 = np.cos(lat[:, None] - lat[None, :])
        q3 = np.cos(lat[:, None] + lat[None, :])
        arg = np.clip(0.5 * ((1.0 + q1) * q2 - (1.0 - q1) * q3), -1.0, 1.0)
        d = np.floor(6378.388 * np.arccos(arg) + 1.0)
        np.fill_diagonal(d, 0.0)
        return d
    dx = x[:, None] - x[None, :]
    dy = y[:, None] - y[None, :]
    if ewt == "ATT":
        r = np.sqrt((dx * dx + dy * dy) / 10.0)
        t = np.floor(r + 0.5)
        return np.where(t < r, t + 1.0, t)
    e = np.sqrt(dx * dx + dy * dy)
    if ewt == "EUC_2D":
        return np.floor(e + 0.5)
    if ewt == "CEIL_2D":
        return np.ceil(e)
    raise ValueError(f"unsupported EDGE_WEIGHT_TYPE {ewt}")


def read_tsplib(path: Path) -> Instance:
    header: dict[str, str] = {}
    coords: list[tuple[float, float]] = []
    ids: list[int] = []
    in_coords = False
    for raw in path.read_text().splitlines():
        line = raw.strip()
        if not line:
            continue
        if in_coords:
            if line == "EOF" or not (line[0].isdigit() or line[0] in "+-"):
                in_coords = False
                if line == "EOF":
                    break
            else:
                parts = line.split()
                ids.append(int(parts[0]))
                coords.append((float(parts[1]), float(parts[2])))
                continue
        if line.startswith("NODE_COORD_SECTION"):
            in_coords = True
            continue
        if line == "EOF":
            break
        if ":" in line:
            k, v = line.split(":", 1)
            header[k.strip().upper()] = v.strip()
    ewt = header.get("EDGE_WEIGHT_TYPE", "EUC_2D").upper()
    if header.get("TYPE", "TSP").upper() != "TSP":
        raise ValueError(f"{path.name}: only TYPE TSP is supported")
    dim = int(header.get("DIMENSION", len(coords)))
    if dim != len(coords):
        raise ValueError(f"{path.name}: DIMENSION {dim} but {len(coords)} coordinates")
    d = tsplib_matrix(np.array(coords, dtype=float), ewt)
    return Instance(name=header.get("NAME", path.stem), kind="tsp", path=path, fmt="tsplib", ids=ids, dist=d)


def read_solomon(path: Path) -> Instance:
    lines = [ln.strip() for ln in path.read_text().splitlines()]
    name = next((ln for ln in lines if ln), path.stem)
    vehicles = capacity = None
    rows: list[list[float]] = []
    for i, ln in enumerate(lines):
        if ln.upper().startswith("NUMBER") and vehicles is None:
            nums = next(x for x in lines[i + 1:] if x).split()
            vehicles, capacity = int(nums[0]), int(float(nums[1]))
        parts = ln.split()
        if len(parts) == 7:
            try:
                rows.append([float(p) for p in parts])
            except ValueError:
                pass
    if vehicles is None or not rows:
        raise ValueError(f"{path.name}: not a Solomon file")
    coords = np.array([[r[1], r[2]] for r in rows])
    dx = coords[:, 0][:, None] - coords[:, 0][None, :]
    dy = coords[:, 1][:, None] - coords[:, 1][None, :]
    return Instance(
        name=name.split()[0], kind="vrptw", path=path, fmt="solomon",
        ids=[int(r[0]) for r in rows], dist=np.sqrt(dx * dx + dy * dy),
        demand=[int(r[3]) for r in rows], ready=[r[4] for r in rows], due=[r[5] for r in rows],
        service=[r[6] for r in rows], vehicles=vehicles, capacity=capacity,
    )


def write_solomon(inst_name: str, path: Path, vehicles: int, capacity: int, rows: list[tuple]) -> None:
    out = [inst_name, "", "VEHICLE", "NUMBER     CAPACITY", f"  {vehicles}         {capacity}", "",
           "CUSTOMER", "CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME", ""]
    for r in rows:
        out.append("  ".join(f"{v:>8}" for v in r))
    path.write_text("\n".join(out) + "\n")


# --------------------------------------------------------------------------------------------
# Generated one-rep days

DAY_START, DAY_END = 8 * 3600, 18 * 3600
# Travel seconds = road km (1.3 x straight line) at 30 km/h: 156 s per straight-line km. The
# coordinates are written in those seconds, so Euclid(coordinates) = travel seconds, and every
# solver (and the checker) uses that double distance as both travel time and cost.
SEC_PER_KM = 1.3 / 30.0 * 3600.0
DAY_PARAMS = {
    # stops, square side (km), service minutes. 40 stops of 20-40 min cannot fit in a 10 h shift
    # (that is 13-27 h of service alone), so the 40-stop days are a denser territory (15 km) with
    # short visits (5-12 min), as a rep with 40 calls a day has. Stop positions are redrawn until
    # a good tour fits the shift (12 stops in 30 km with 20-40 min visits fit about 40% of draws).
    "days12": dict(stops=(8, 12), side_km=30.0, service_min=(20, 40)),
    "days40": dict(stops=(20, 40), side_km=15.0, service_min=(5, 12)),
}


def _nn_two_opt(d: np.ndarray) -> list[int]:
    n = len(d)
    todo = set(range(1, n))
    tour, cur = [0], 0
    while todo:
        cur = min(todo, key=lambda j: d[cur][j])
        todo.remove(cur)
        tour.append(cur)
    tour.append(0)
    improved = True
    while improved:
        improved = False
        for i in range(1, len(tour) - 2):
            for j in range(i + 1, len(tour) - 1):
                a, b, c, e = tour[i - 1], tour[i], tour[j], tour[j + 1]
                if d[a][c] + d[b][e] < d[a][b] + d[c][e] - 1e-9:
                    tour[i:j + 1] = reversed(tour[i:j + 1])
                    improved = True
    return tour[1:-1]


def generate_day(suite: str, index: int, seed: int, folder: Path) -> Instance:
    p = DAY_PARAMS[suite]
    rng = random.Random(f"{suite}-{seed}-{index}")
    side = p["side_km"] * SEC_PER_KM
    n = rng.randint(*p["stops"])  # drawn once: retrying below must not bias toward few stops
    for _attempt in range(1000):
        depot = (round(rng.uniform(0.3, 0.7) * side), round(rng.uniform(0.3, 0.7) * side))
        pts = [depot] + [(round(rng.uniform(0, side)), round(rng.uniform(0, side))) for _ in range(n)]
        service = [0] + [60 * rng.randint(*p["service_min"]) for _ in range(n)]
        c = np.array(pts, dtype=float)
        d = np.sqrt(((c[:, None, :] - c[None, :, :]) ** 2).sum(axis=2))
        # A feasible route by construction: a decent tour, perturbed a little so the windows do
        # not simply spell out the optimal order, and scheduled from 8:00 without waiting.
        order = _nn_two_opt(d)
        for _ in range(rng.randint(0, 2)):
            i, j = sorted(rng.sample(range(len(order)), 2))
            order[i], order[j] = order[j], order[i]
        t, prev, start = float(DAY_START), 0, {}
        for v in order:
            t += d[prev][v]
            start[v] = t
            t += service[v]
            prev = v
        t += d[prev][0]
        if t > DAY_END:
            continue
        ready, due = [DAY_START] * (n + 1), [DAY_END] * (n + 1)
        for v in order:
            if rng.random() < 0.8:  # most stops have a 2-4 h window, on quarter hours
                w = 900 * rng.randint(8, 16)
                a = start[v] - rng.uniform(0, w)
                a = min(max(a, DAY_START), DAY_END - w)
                a = math.floor(a / 900) * 900
                if a + w < start[v]:
                    a += 900
                ready[v], due[v] = a, a + w
        name = f"{suite}-{index + 1:02d}"
        path = folder / f"{name}.txt"
        rows = [(i, pts[i][0], pts[i][1], 0 if i == 0 else 1, ready[i], due[i], service[i]) for i in range(n + 1)]
        write_solomon(name, path, 1, n, rows)
        inst = read_solomon(path)
        inst.name = name
        ok = check_solution(inst, [[inst.ids[v] for v in order]])
        assert ok["feasible"], (name, ok)
        return inst
    raise RuntimeError(f"could not generate a feasible {suite} day")


def exact_one_vehicle(inst: Instance, max_stops: int = 14) -> tuple[float, list[int]] | None:
    """Proven optimum of a one-vehicle day (TSP with time windows, no capacity binding) by a
    label-setting DP over (visited set, last stop) with Pareto labels (distance, time). Waiting
    is allowed, so an earlier time with no more distance dominates. None if too big or infeasible."""
    n = inst.n - 1
    if n > max_stops or inst.vehicles < 1:
        return None
    d, ready, due, svc = inst.dist, inst.ready, inst.due, inst.service
    # label: (distance, time ready to leave, parent label, stop)
    layer: dict[tuple[int, int], list[tuple]] = {}
    for j in range(1, n + 1):
        t = max(ready[0] + d[0][j], ready[j])
        if t <= due[j] + EPS:
            layer[(1 << (j - 1), j)] = [(d[0][j], t + svc[j], None, j)]
    best: tuple | None = None
    full = (1 << n) - 1
    for _size in range(1, n + 1):
        nxt: dict[tuple[int, int], list[tuple]] = {}
        for (mask, i), labels in layer.items():
            if mask == full:
                for lab in labels:
                    if lab[1] + d[i][0] <= due[0] + EPS and (best is None or lab[0] + d[i][0] < best[0]):
                        best = (lab[0] + d[i][0], lab)
                continue
            for j in range(1, n + 1):
                bit = 1 << (j - 1)
                if mask & bit:
                    continue
                for lab in labels:
                    begin = max(lab[1] + d[i][j], ready[j])
                    if begin > due[j] + EPS:
                        continue
                    new = (lab[0] + d[i][j], begin + svc[j], lab, j)
                    front = nxt.setdefault((mask | bit, j), [])
                    if any(o[0] <= new[0] + 1e-9 and o[1] <= new[1] + 1e-9 for o in front):
                        continue
                    front[:] = [o for o in front if not (new[0] <= o[0] and new[1] <= o[1])]
                    front.append(new)
        layer = nxt
    if best is None:
        return None
    route, lab = [], best[1]
    while lab is not None:
        route.append(inst.ids[lab[3]])
        lab = lab[2]
    return float(best[0]), route[::-1]


# --------------------------------------------------------------------------------------------
# Independent checker: cost from the routes with the instance's exact distances, feasibility


def check_solution(inst: Instance, routes: list[list[int]]) -> dict:
    """routes: node numbers as in the file, depot excluded. Returns cost, vehicles, violations."""
    pos = {nid: i for i, nid in enumerate(inst.ids)}
    depot_id = inst.ids[0]
    problems: list[str] = []
    routes = [list(r) for r in routes if len(r) > 0]
    if inst.kind == "tsp":
        if len(routes) != 1:
            problems.append(f"{len(routes)} routes for a TSP")
        tour = [v for r in routes for v in r]
        if depot_id not in tour:  # depot excluded, as the contract says
            tour = [depot_id] + tour
        try:
            idx = [pos[v] for v in tour]
        except KeyError as e:
            return {"cost": None, "vehicles": len(routes), "feasible": False, "violations": [f"unknown node {e}"]}
        if sorted(idx) != list(range(inst.n)):
            missing = inst.n - len(set(idx))
            problems.append(f"not a tour of all nodes ({len(idx)} visits, {missing} missing)")
        cost = float(sum(inst.dist[idx[k]][idx[(k + 1) % len(idx)]] for k in range(len(idx))))
        return {"cost": cost, "vehicles": len(routes), "feasible": not problems, "violations": problems}

    seen: dict[int, int] = {}
    cost = 0.0
    for r_no, r in enumerate(routes):
        prev, t, load = 0, float(inst.ready[0]), 0
        for nid in r:
            if nid not in pos or pos[nid] == 0:
                problems.append(f"route {r_no + 1}: bad node {nid}")
                continue
            v = pos[nid]
            seen[v] = seen.get(v, 0) + 1
            cost += inst.dist[prev][v]
            arrive = t + inst.dist[prev][v]
            begin = max(arrive, inst.ready[v])
            if begin > inst.due[v] + EPS:
                problems.append(f"route {r_no + 1}: node {nid} starts at {begin:.3f} > due {inst.due[v]:g}")
            load += inst.demand[v]
            t = begin + inst.service[v]
            prev = v
        cost += inst.dist[prev][0]
        back = t + inst.dist[prev][0]
        if back > inst.due[0] + EPS:
            problems.append(f"route {r_no + 1}: back at depot {back:.3f} > {inst.due[0]:g}")
        if load > inst.capacity:
            problems.append(f"route {r_no + 1}: load {load} > capacity {inst.capacity}")
    if len(routes) > inst.vehicles:
        problems.append(f"{len(routes)} routes > {inst.vehicles} vehicles")
    missing = [inst.ids[v] for v in range(1, inst.n) if v not in seen]
    twice = [inst.ids[v] for v, k in seen.items() if k > 1]
    if missing:
        problems.append(f"{len(missing)} customers not visited (e.g. {missing[:5]})")
    if twice:
        problems.append(f"customers visited more than once: {twice[:5]}")
    return {"cost": float(cost), "vehicles": len(routes), "feasible": not problems, "violations": problems}


# --------------------------------------------------------------------------------------------
# Solvers. Each returns {"routes": [[node numbers]], "seconds": float, ...} or raises.


def int_matrices(inst: Instance, scale: int) -> tuple[np.ndarray, np.ndarray]:
    """Integer (cost, travel time) matrices for the reference solvers."""
    if inst.kind == "tsp":
        m = inst.dist.astype(np.int64)
        return m, m
    cost = np.rint(inst.dist * scale).astype(np.int64)
    dur = np.ceil(inst.dist * scale - 1e-9).astype(np.int64)
    return cost, dur


def sc(x: float, scale: int) -> int:
    return int(round(x * scale))


# Each reference's own objective, unscaled, is kept as "solver_cost" in the JSON: it should be
# within rounding of the recomputed "cost" (OR-Tools' includes the penalty of dropped customers).


def solve_rounds(inst: Instance, limit: float, args) -> dict:
    exe = args.rounds
    if not (os.path.isfile(exe) and os.access(exe, os.X_OK)):
        raise RuntimeError(f"rounds binary not found: {exe}")
    cmd = [exe, "route", "solve", str(inst.path), "--as", inst.fmt, "--time-limit", f"{limit:g}",
           "--seed", str(args.seed), "--format", "json"]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, timeout=limit * 3 + 60)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        msg = (p.stderr or p.stdout).strip().splitlines()
        raise RuntimeError(f"exit {p.returncode}: {msg[-1] if msg else ''}")
    try:
        out = json.loads(p.stdout)
    except json.JSONDecodeError:  # tolerate log lines around the JSON object
        i, j = p.stdout.find("{"), p.stdout.rfind("}")
        if i < 0 or j < i:
            raise RuntimeError(f"no JSON object in the output: {p.stdout.strip()[:80]!r}") from None
        out = json.loads(p.stdout[i:j + 1])
    if not isinstance(out.get("routes"), list):
        raise RuntimeError("no routes in the JSON output")
    return {"routes": [[int(v) for v in r] for r in out["routes"]],
            "seconds": float(out.get("seconds", wall)), "wall": wall,
            "reported_cost": out.get("cost"), "reported_vehicles": out.get("vehicles")}


def solve_elkai(inst: Instance, limit: float, args) -> dict:
    import elkai

    if inst.kind != "tsp":
        raise RuntimeError("elkai solves TSP only")
    m = [[int(v) for v in row] for row in inst.dist]
    t0 = time.perf_counter()
    tour = elkai.DistanceMatrix(m).solve_tsp(runs=args.elkai_runs)
    secs = time.perf_counter() - t0
    tour = tour[:-1]
    k = tour.index(0)
    tour = tour[k:] + tour[:k]
    return {"routes": [[inst.ids[v] for v in tour[1:]]], "seconds": secs}


def solve_ortools(inst: Instance, limit: float, args) -> dict:
    from ortools.constraint_solver import pywrapcp, routing_enums_pb2

    cost, dur = int_matrices(inst, args.scale)
    n = inst.n
    nveh = 1 if inst.kind == "tsp" else inst.vehicles
    manager = pywrapcp.RoutingIndexManager(n, nveh, 0)
    routing = pywrapcp.RoutingModel(manager)
    cost_cb = routing.RegisterTransitMatrix(cost.tolist())
    routing.SetArcCostEvaluatorOfAllVehicles(cost_cb)
    if inst.kind == "vrptw":
        svc = np.array([sc(s, args.scale) for s in inst.service], dtype=np.int64)
        time_cb = routing.RegisterTransitMatrix((dur + svc[:, None]).tolist())
        horizon = sc(inst.due[0], args.scale)
        routing.AddDimension(time_cb, horizon, horizon, False, "Time")
        tdim = routing.GetDimensionOrDie("Time")
        for v in range(1, n):
            tdim.CumulVar(manager.NodeToIndex(v)).SetRange(sc(inst.ready[v], args.scale), sc(inst.due[v], args.scale))
        for k in range(nveh):
            for idx in (routing.Start(k), routing.End(k)):
                tdim.CumulVar(idx).SetRange(sc(inst.ready[0], args.scale), horizon)
        # Without this, OR-Tools often finds no first solution at all on tight windows (R101,
        # RC101, one-vehicle days). A dropped customer costs far more than any route, so the search
        # drives them back in; one still dropped at the end shows as infeasible in the checker.
        penalty = int(cost.max()) * n * 10
        for v in range(1, n):
            routing.AddDisjunction([manager.NodeToIndex(v)], penalty)
        dem_cb = routing.RegisterUnaryTransitVector([int(x) for x in inst.demand])
        routing.AddDimensionWithVehicleCapacity(dem_cb, 0, [inst.capacity] * nveh, True, "Load")
    params = pywrapcp.DefaultRoutingSearchParameters()
    first = args.ortools_first
    if first == "auto":  # path-cheapest-arc finds no first solution on tight windows (R101, RC101)
        first = "PATH_CHEAPEST_ARC" if inst.kind == "tsp" else "LOCAL_CHEAPEST_INSERTION"
    params.first_solution_strategy = getattr(routing_enums_pb2.FirstSolutionStrategy, first)
    params.local_search_metaheuristic = routing_enums_pb2.LocalSearchMetaheuristic.GUIDED_LOCAL_SEARCH
    params.time_limit.seconds = int(limit)
    params.time_limit.nanos = int(round((limit - int(limit)) * 1e9))
    t0 = time.perf_counter()
    sol = routing.SolveWithParameters(params)
    secs = time.perf_counter() - t0
    if sol is None:
        raise RuntimeError("no solution found")
    routes = []
    for k in range(nveh):
        idx, r = sol.Value(routing.NextVar(routing.Start(k))), []
        while not routing.IsEnd(idx):
            r.append(inst.ids[manager.IndexToNode(idx)])
            idx = sol.Value(routing.NextVar(idx))
        if r:
            routes.append(r)
    div = 1 if inst.kind == "tsp" else args.scale
    return {"routes": routes, "seconds": secs, "solver_cost": sol.ObjectiveValue() / div}


def solve_pyvrp(inst: Instance, limit: float, args) -> dict:
    import pyvrp
    from pyvrp.stop import MaxRuntime

    cost, dur = int_matrices(inst, args.scale)
    m = pyvrp.Model()
    locs = [m.add_location(x=0.0, y=0.0) for _ in range(inst.n)]
    if inst.kind == "tsp":
        depot = m.add_depot(locs[0])
        for v in range(1, inst.n):
            m.add_client(locs[v])
        m.add_vehicle_type(num_available=1, start_depot=depot, end_depot=depot)
    else:
        s = args.scale
        depot = m.add_depot(locs[0], tw_early=sc(inst.ready[0], s), tw_late=sc(inst.due[0], s))
        for v in range(1, inst.n):
            m.add_client(locs[v], delivery=[inst.demand[v]], service_duration=sc(inst.service[v], s),
                         tw_early=sc(inst.ready[v], s), tw_late=sc(inst.due[v], s))
        m.add_vehicle_type(num_available=inst.vehicles, capacity=[inst.capacity], start_depot=depot,
                           end_depot=depot, tw_early=sc(inst.ready[0], s), tw_late=sc(inst.due[0], s))
    # The full matrices in one go (add_edge per pair is slow for 700+ nodes).
    data = m.data().replace(distance_matrices=[cost], duration_matrices=[dur])
    t0 = time.perf_counter()
    res = pyvrp.solve(data, stop=MaxRuntime(limit), seed=args.seed, display=False, collect_stats=False)
    secs = time.perf_counter() - t0
    routes = []
    for route in res.best.routes():
        r = [inst.ids[a.idx + 1] for a in route if a.is_client()]
        if r:
            routes.append(r)
    div = 1 if inst.kind == "tsp" else args.scale
    return {"routes": routes, "seconds": secs, "solver_feasible": bool(res.is_feasible()),
            "solver_cost": res.cost() / div}


def solve_vroom(inst: Instance, limit: float, args) -> dict:
    import vroom

    if inst.kind != "vrptw":
        raise RuntimeError("vroom is run on the VRPTW suites only")
    cost, dur = int_matrices(inst, args.scale)
    s = args.scale
    inp = vroom.Input()
    inp.set_durations_matrix(profile="car", matrix_input=dur.astype(np.uint32))
    inp.set_costs_matrix(profile="car", matrix_input=cost.astype(np.uint32))
    tw0 = vroom.TimeWindow(sc(inst.ready[0], s), sc(inst.due[0], s))
    inp.add_vehicle([vroom.Vehicle(k + 1, start=0, end=0, capacity=[inst.capacity], time_window=tw0)
                     for k in range(inst.vehicles)])
    inp.add_job([vroom.Job(v, location=v, default_service=sc(inst.service[v], s), delivery=[inst.demand[v]],
                           time_windows=[vroom.TimeWindow(sc(inst.ready[v], s), sc(inst.due[v], s))])
                 for v in range(1, inst.n)])
    t0 = time.perf_counter()
    sol = inp.solve(exploration_level=args.vroom_level, nb_threads=args.vroom_threads)
    secs = time.perf_counter() - t0
    routes: dict[int, list[int]] = {}
    df = sol.routes
    for veh, typ, jid in zip(df["vehicle_id"], df["type"], df["id"]):
        if typ == "job":
            routes.setdefault(int(veh), []).append(inst.ids[int(jid)])
    return {"routes": [r for _, r in sorted(routes.items())], "seconds": secs,
            "unassigned": len(sol.unassigned), "solver_cost": float(sol.summary.cost) / args.scale}


SOLVE = {"rounds": solve_rounds, "elkai": solve_elkai, "ortools": solve_ortools,
         "pyvrp": solve_pyvrp, "vroom": solve_vroom}
MODULE = {"elkai": "elkai", "ortools": "ortools", "pyvrp": "pyvrp", "vroom": "vroom"}


def available(solver: str) -> str | None:
    """None when usable, else why not."""
    if solver == "rounds":
        return None  # a missing binary shows as "error" per instance
    try:
        __import__(MODULE[solver])
        return None
    except Exception as e:  # noqa: BLE001
        return f"{solver} is not installed ({e.__class__.__name__}: {e}); pip install -r requirements.txt"


# --------------------------------------------------------------------------------------------
# Running and reporting


def run_one(solver: str, inst: Instance, limit: float, args) -> dict:
    rec = {"solver": solver, "instance": inst.name, "limit": limit, "cost": None, "seconds": None,
           "feasible": None, "violations": [], "error": None}
    try:
        out = SOLVE[solver](inst, limit, args)
    except subprocess.TimeoutExpired:
        rec["error"] = "timeout"
        return rec
    except Exception as e:  # noqa: BLE001
        rec["error"] = f"{e.__class__.__name__}: {e}"
        return rec
    chk = check_solution(inst, out["routes"])
    rec.update({k: v for k, v in out.items()})
    rec.update(chk)
    # What rounds says about its own solution must match the routes it printed.
    rec["warnings"] = []
    rc, rv = out.get("reported_cost"), out.get("reported_vehicles")
    if solver == "rounds" and not isinstance(rc, (int, float)):
        rec["warnings"].append(f"no numeric cost in the output ({rc!r})")
    elif isinstance(rc, (int, float)) and chk["cost"] is not None and abs(rc - chk["cost"]) > 1e-6 * max(1.0, abs(chk["cost"])) + 1e-3:
        rec["warnings"].append(f"reported cost {rc} != recomputed {chk['cost']:.4f}")
        rec["cost_mismatch"] = True
    if isinstance(rv, int) and rv != chk["vehicles"]:
        rec["warnings"].append(f"reported vehicles {rv} != {chk['vehicles']} non-empty routes")
    return rec


def load_bks(folder: Path) -> dict:
    f = folder / "BKS.json"
    return json.loads(f.read_text()) if f.exists() else {}


def suite_instances(suite: str, args, tmp: Path) -> list[Instance]:
    data = args.data
    if suite == "tsplib":
        bks = load_bks(data / "tsplib")
        insts = []
        for p in sorted((data / "tsplib").glob("*.tsp")):
            inst = read_tsplib(p)
            b = bks.get(inst.name) or bks.get(p.stem)
            inst.bks = b["best_known_cost"] if b else None
            insts.append(inst)
        insts.sort(key=lambda i: i.n)
        return insts
    if suite == "solomon":
        bks = load_bks(data / "solomon")
        insts = []
        for p in sorted((data / "solomon").glob("*.txt")):
            inst = read_solomon(p)
            b = bks.get(f"{inst.name}_distance") or bks.get(f"{p.stem}_distance")
            if b:
                inst.bks, inst.bks_vehicles = b["best_known_cost"], b.get("solved_with_vehicles")
            insts.append(inst)
        return insts
    folder = tmp / suite
    folder.mkdir(parents=True, exist_ok=True)
    days = [generate_day(suite, i, args.days_seed, folder) for i in range(args.days)]
    if suite == "days12" and not args.no_exact:
        for inst in days:
            ex = exact_one_vehicle(inst)
            inst.exact = ex[0] if ex else None
    return days


def limits_for(suite: str, solver: str, args) -> float:
    if suite == "tsplib":
        return args.tsplib_ours if solver == "rounds" else args.tsplib_limit
    if suite == "solomon":
        return args.solomon_ours if solver == "rounds" else args.solomon_limit
    if suite == "days12":
        return args.days12_ours if solver == "rounds" else args.days_limit
    return args.days40_ours if solver == "rounds" else args.days_limit


def fmt_cost(x: float | None, kind: str) -> str:
    if x is None:
        return "–"
    return f"{x:.0f}" if kind == "tsp" else f"{x:.2f}"


def fmt_secs(x: float) -> str:
    return f"{x:.4f}" if x < 0.1 else f"{x:.3f}"  # our days targets are 5 and 50 ms


def fmt_pct(g: float) -> str:
    return f"{g:.2f}".replace("-0.00", "0.00")  # BKS are rounded to 2 decimals


def gap(cost: float | None, ref: float | None) -> float | None:
    if cost is None or not ref:
        return None
    return 100.0 * (cost - ref) / ref


def report_suite(suite: str, insts: list[Instance], results: dict, solvers: list[str], args) -> str:
    by_best = suite.startswith("days")
    lines = [f"## {suite}", ""]
    lim = ", ".join(f"{s} {limits_for(suite, s, args):g} s" for s in solvers
                    if s not in ("elkai", "vroom"))
    notes = []
    if "elkai" in solvers:
        notes.append(f"elkai {args.elkai_runs} runs (no time limit)")
    if "vroom" in solvers:
        notes.append(f"vroom exploration level {args.vroom_level}, {args.vroom_threads} thread(s), no time limit")
    lines.append(f"Time limits: {lim}" + ("; " + "; ".join(notes) if notes else "") + ".")
    if by_best and insts and all(i.exact is not None for i in insts):
        ref_name = "proven optimum (exact DP over stop sets in this script)"
    elif by_best:
        ref_name = "best found by any solver (feasible)"
    elif suite == "tsplib":
        ref_name = "proven optimum"
    else:
        ref_name = "best known distance (BKS `NAME_distance`)"
    lines.append(f"Gap % to the {ref_name}. Costs recomputed from the routes; ✗ = infeasible (see JSON)"
                 + "; ≠ = its reported cost or vehicles differ from its routes"
                 + ("; (n) = vehicles used." if suite == "solomon" else "."))
    lines.append("")
    head = ["instance", "n", "ref"]
    for s in solvers:
        head += [f"{s} cost", f"{s} gap %", f"{s} s"]
    lines.append("| " + " | ".join(head) + " |")
    lines.append("|" + "|".join(["---"] + ["--:"] * (len(head) - 1)) + "|")
    gaps: dict[str, list[float]] = {s: [] for s in solvers}
    times: dict[str, list[float]] = {s: [] for s in solvers}
    fails: dict[str, int] = {s: 0 for s in solvers}
    for inst in insts:
        recs = results[inst.name]
        if by_best:
            feas = [r["cost"] for r in recs.values() if r and r.get("feasible") and r.get("cost") is not None]
            inst.bks = inst.exact if inst.exact is not None else (min(feas) if feas else None)
            if inst.exact is not None and feas and min(feas) < inst.exact - 1e-6:
                print(f"WARNING: {inst.name}: a solver beat the exact optimum ({min(feas)} < {inst.exact}): "
                      "bug in the checker or the DP", file=sys.stderr)
        for s, r in recs.items():
            if r is not None:
                r["gap"] = gap(r["cost"], inst.bks) if r.get("feasible") else None
        show_veh = suite == "solomon"  # vehicles used next to the distance: (n)
        ref = fmt_cost(inst.bks, inst.kind) + (f" ({inst.bks_vehicles})" if show_veh and inst.bks_vehicles else "")
        row = [inst.name, str(inst.n - 1), ref]
        for s in solvers:
            r = recs.get(s)
            if r is None:
                row += ["skipped", "", ""]
                continue
            if r["error"]:
                row += ["error", "", ""]
                fails[s] += 1
                continue
            mark = ("" if r["feasible"] else " ✗") + (" ≠" if r.get("warnings") else "")
            if not r["feasible"]:
                fails[s] += 1
            g = r.get("gap")
            veh = f" ({r['vehicles']})" if show_veh and r.get("vehicles") is not None else ""
            row += [fmt_cost(r["cost"], inst.kind) + veh + mark, "" if g is None else fmt_pct(g),
                    fmt_secs(r["seconds"]) if r.get("seconds") is not None else ""]
            if g is not None:
                gaps[s].append(g)
            if r.get("seconds") is not None:
                times[s].append(r["seconds"])
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    lines.append("| solver | mean gap % | median s | feasible solved | errors / infeasible |")
    lines.append("|---|--:|--:|--:|--:|")
    for s in solvers:
        if all(results[i.name].get(s) is None for i in insts):
            lines.append(f"| {s} | skipped (not installed) | | | |")
            continue
        mg = fmt_pct(statistics.mean(gaps[s])) if gaps[s] else "–"
        mt = fmt_secs(statistics.median(times[s])) if times[s] else "–"
        lines.append(f"| {s} | {mg} | {mt} | {len(gaps[s])}/{len(insts)} | {fails[s]} |")
    lines.append("")
    return "\n".join(lines)


def default_data_dir() -> Path:
    here = Path(__file__).resolve()
    try:
        top = subprocess.run(["git", "-C", str(here.parent), "rev-parse", "--show-toplevel"],
                             capture_output=True, text=True, check=True).stdout.strip()
        cand = Path(top).parent / "shared" / "bench-data"
        if cand.is_dir():
            return cand
    except Exception:  # noqa: BLE001
        pass
    cand = here.parents[2].parent / "shared" / "bench-data"
    return cand if cand.is_dir() else Path("/work/shared/bench-data")


def default_rounds() -> str:
    here = Path(__file__).resolve()
    return str(here.parents[2] / ".build" / "release" / "rounds")


def report_from_json(path: Path, data_dir: Path) -> str:
    """Re-render the tables of a saved --json file (no solver is run)."""
    raw = json.loads(path.read_text())
    ns = argparse.Namespace()
    for k, v in raw["args"].items():
        try:
            v = int(v)
        except ValueError:
            try:
                v = float(v)
            except ValueError:
                pass
        setattr(ns, k, v)
    out = []
    for suite, block in raw["suites"].items():
        bks = load_bks(data_dir / "solomon") if suite == "solomon" else {}
        insts, results, solvers = [], {}, []
        for rec in block["results"]:
            if rec["solver"] not in solvers:
                solvers.append(rec["solver"])
        for s in block.get("skipped", {}):
            if s not in solvers:
                solvers.append(s)
        solvers = [s for s in SUITE_SOLVERS[suite] if s in solvers]
        for name, info in block["instances"].items():
            inst = Instance(name=name, kind=info.get("kind") or ("tsp" if suite == "tsplib" else "vrptw"),
                            path=Path(info.get("file", "")), fmt="", ids=list(range(info["n"] + 1)), dist=np.zeros(0))
            inst.bks = None if suite.startswith("days") else info.get("ref")
            inst.exact = info.get("exact")
            inst.bks_vehicles = info.get("ref_vehicles") or (bks.get(f"{name}_distance") or {}).get("solved_with_vehicles")
            insts.append(inst)
            results[name] = {s: None for s in solvers}
        for rec in block["results"]:
            results[rec["instance"]][rec["solver"]] = rec
        out.append(report_suite(suite, insts, results, solvers, ns))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.ArgumentDefaultsHelpFormatter)
    ap.add_argument("--suite", default="all", choices=["tsplib", "solomon", "days12", "days40", "all"])
    ap.add_argument("--rounds", default=default_rounds(), help="path of the rounds binary")
    ap.add_argument("--data", type=Path, default=None,
                    help="bench data folder (default: ../shared/bench-data from the repo root, else /work/shared/bench-data)")
    ap.add_argument("--solvers", default=",".join(SOLVERS), help="comma-separated subset of " + ",".join(SOLVERS))
    ap.add_argument("--only", default=None, help="comma-separated instance names or globs, e.g. C101,R*")
    ap.add_argument("--seed", type=int, default=1, help="solver seed (rounds, pyvrp)")
    ap.add_argument("--tsplib-ours", type=float, default=2.0, help="rounds time limit on tsplib")
    ap.add_argument("--tsplib-limit", type=float, default=2.0, help="ortools/pyvrp time limit on tsplib")
    ap.add_argument("--elkai-runs", type=int, default=10, help="elkai (LKH) RUNS; 10 is its default")
    ap.add_argument("--solomon-ours", type=float, default=10.0, help="rounds time limit on solomon")
    ap.add_argument("--solomon-limit", type=float, default=10.0, help="ortools/pyvrp time limit on solomon")
    ap.add_argument("--days12-ours", type=float, default=0.05, help="rounds time limit on days12")
    ap.add_argument("--days40-ours", type=float, default=0.05, help="rounds time limit on days40")
    ap.add_argument("--days-limit", type=float, default=1.0, help="ortools/pyvrp time limit on the days suites")
    ap.add_argument("--days", type=int, default=20, help="generated instances per days suite")
    ap.add_argument("--days-seed", type=int, default=1, help="seed of the generated days")
    ap.add_argument("--no-exact", action="store_true",
                    help="days12: skip the exact DP (gaps then go to the best found by any solver)")
    ap.add_argument("--keep-days", type=Path, default=None, help="write the generated days here (else a temp dir)")
    ap.add_argument("--scale", type=int, default=1000, help="integer scale of Solomon distances for the references")
    ap.add_argument("--ortools-first", default="auto",
                    help="OR-Tools first solution strategy (auto: PATH_CHEAPEST_ARC for TSP, LOCAL_CHEAPEST_INSERTION with windows)")
    ap.add_argument("--vroom-level", type=int, default=5, help="vroom exploration level")
    ap.add_argument("--vroom-threads", type=int, default=1, help="vroom threads")
    ap.add_argument("--json", type=Path, default=None, help="save the raw results here")
    ap.add_argument("--report", type=Path, default=None, help="only re-render the tables of a saved --json file")
    args = ap.parse_args(argv)
    args.data = args.data or default_data_dir()
    if args.report:
        print(report_from_json(args.report, args.data))
        return 0
    args.rounds = str(Path(args.rounds).expanduser())

    chosen = [s.strip() for s in args.solvers.split(",") if s.strip()]
    bad = [s for s in chosen if s not in SOLVERS]
    if bad:
        ap.error(f"unknown solvers: {bad}")
    suites = ["tsplib", "solomon", "days12", "days40"] if args.suite == "all" else [args.suite]
    skipped = {s: available(s) for s in chosen}
    for s, why in skipped.items():
        if why:
            print(f"note: skipping {why}", file=sys.stderr)
    if "rounds" in chosen and not os.path.isfile(args.rounds):
        print(f"note: rounds binary not found at {args.rounds}: its column shows errors", file=sys.stderr)

    tmp = args.keep_days or Path(tempfile.mkdtemp(prefix="route-bench-"))
    raw = {"args": {k: str(v) for k, v in vars(args).items()}, "suites": {}}
    out = ["# Route benchmark", "",
           f"rounds: `{args.rounds}`; data: `{args.data}`; seed {args.seed}; "
           f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}", ""]
    print("\n".join(out), flush=True)
    try:
        for suite in suites:
            solvers = [s for s in SUITE_SOLVERS[suite] if s in chosen]
            insts = suite_instances(suite, args, tmp)
            if args.only:
                pats = [p.strip() for p in args.only.split(",") if p.strip()]
                insts = [i for i in insts if any(fnmatch.fnmatchcase(i.name, p) for p in pats)]
            results: dict[str, dict] = {}
            for inst in insts:
                results[inst.name] = {}
                for s in solvers:
                    if skipped[s]:
                        results[inst.name][s] = None
                        continue
                    rec = run_one(s, inst, limits_for(suite, s, args), args)
                    results[inst.name][s] = rec
                    state = rec["error"] or ("ok" if rec["feasible"] else "INFEASIBLE " + "; ".join(rec["violations"][:2]))
                    if rec.get("warnings"):
                        state += " | " + "; ".join(rec["warnings"])
                    cost = fmt_cost(rec["cost"], inst.kind)
                    secs = f"{rec['seconds']:.3f}s" if rec.get("seconds") is not None else ""
                    print(f"  [{suite}] {inst.name:<10} {s:<8} {cost:>10} {secs:>9}  {state}", file=sys.stderr, flush=True)
            text = report_suite(suite, insts, results, solvers, args)
            print(text, flush=True)
            out.append(text)
            raw["suites"][suite] = {
                "instances": {i.name: {"n": i.n - 1, "ref": i.bks, "ref_vehicles": i.bks_vehicles, "kind": i.kind,
                                       "exact": i.exact, "file": str(i.path)} for i in insts},
                "results": [r for i in insts for r in results[i.name].values() if r is not None],
                "skipped": {s: skipped[s] for s in solvers if skipped[s]},
            }
            if args.json:
                args.json.write_text(json.dumps(raw, indent=1, default=str))
    finally:
        if args.keep_days is None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
