"""Proves plan_check.py passes a feasible plan and fails one plan per violation class.

Run: python3 -m unittest discover Tests/PlanCheck
"""
import contextlib
import copy
import datetime as dt
import io
import json
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import plan_check as pc  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

REPS = [
    {"code": "R01", "name": "石井 由美", "start": "35.0,139.0", "end": None,
     "hours": "09:00-18:00", "lunch": "11:30-13:30/60"},
    {"code": "R02", "name": "和田 大樹", "start": "35.0,139.0", "end": "35.1,139.1",
     "hours": "09:00-18:00", "lunch": "12:00-13:00"},
]
CUSTOMERS = [
    {"code": "C00001", "name": "宮崎鋳造", "lat": 35.01, "lon": 139.0, "rep": "R01", "rank": "maintain",
     "service_minutes": 30, "time_windows": "09:00-12:00,13:00-17:00", "closed_days": "sat,sun",
     "visit_interval_days": None, "status": "active"},
    {"code": "C00002", "name": "信和精機", "lat": 35.0, "lon": 139.01, "rep": "R01", "rank": "develop",
     "service_minutes": 45, "time_windows": "", "closed_days": "wed",
     "visit_interval_days": None, "status": "active"},
    {"code": "C00003", "name": "宮崎米店", "lat": 35.02, "lon": 139.0, "rep": "R01", "rank": None,
     "service_minutes": 20, "time_windows": "", "closed_days": "",
     "visit_interval_days": None, "status": "active"},
    {"code": "C00009", "name": "他社担当", "lat": 35.03, "lon": 139.0, "rep": "R02", "rank": "focus",
     "service_minutes": 20, "time_windows": "", "closed_days": "",
     "visit_interval_days": None, "status": "active"},
]
LOC = {c["code"]: (c["lat"], c["lon"]) for c in CUSTOMERS}
START = (35.0, 139.0)


def day(date, stops):
    """A plan day whose travel_minutes is the recomputed travel, rounded."""
    places = [START] + [LOC[s[0]] for s in stops] + [START]
    travel = sum(pc.travel_seconds(a, b) for a, b in zip(places, places[1:])) / 60
    return {"date": date, "travel_minutes": round(travel),
            "stops": [{"customer": c, "arrive": a, "depart": d} for c, a, d in stops]}


def feasible_plan():
    days = [day("2026-12-01", [("C00001", "09:10", "09:40"), ("C00002", "10:00", "10:45")]),
            day("2026-12-15", [("C00002", "09:30", "10:15")])]
    return {"reps": [{"rep": "R01", "days": days}],
            "travel_minutes_total": sum(d["travel_minutes"] for d in days),
            "dropped": [{"customer": "C00003", "rep": "R01", "visits": 1, "reason": "no room"}]}


def ics_text(plan, tweak=None):
    import icalendar
    from zoneinfo import ZoneInfo
    cal = icalendar.Calendar()
    cal.add("prodid", "-//test//")
    cal.add("version", "2.0")
    n = 0
    for entry in plan["reps"]:
        for d in entry["days"]:
            for s in d["stops"]:
                n += 1
                e = icalendar.Event()
                e.add("uid", f"visit-{n}@test")
                e.add("summary", f"{s['customer']} visit")
                tz = ZoneInfo("Asia/Tokyo")
                e.add("dtstart", dt.datetime.fromisoformat(f"{d['date']}T{s['arrive']}").replace(tzinfo=tz))
                e.add("dtend", dt.datetime.fromisoformat(f"{d['date']}T{s['depart']}").replace(tzinfo=tz))
                if tweak:
                    tweak(n, e)
                cal.add_component(e)
    return cal.to_ical()


def geojson_obj(plan):
    feats = []
    lonlat = lambda p: [p[1], p[0]]
    for entry in plan["reps"]:
        for d in entry["days"]:
            path = [START] + [LOC[s["customer"]] for s in d["stops"]] + [START]
            feats.append({"type": "Feature", "geometry": {"type": "LineString", "coordinates": [lonlat(p) for p in path]},
                          "properties": {"rep": entry["rep"], "date": d["date"]}})
            for s in d["stops"]:
                feats.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": lonlat(LOC[s["customer"]])},
                              "properties": {"customer": s["customer"], "date": d["date"], "arrive": s["arrive"]}})
    return {"type": "FeatureCollection", "features": feats}


class PlanCheckTest(unittest.TestCase):
    def run_check(self, plan, customers=CUSTOMERS, reps=REPS, extra=(), ics=None, geo=None, confirmed=None,
                  extra_files=None, month="2026-12"):
        with tempfile.TemporaryDirectory() as tmp:
            def put(name, data, mode="w"):
                path = os.path.join(tmp, name)
                with open(path, mode) as f:
                    f.write(data if isinstance(data, (str, bytes)) else json.dumps(data))
                return path
            argv = ["--plan", put("plan.json", plan), "--customers", put("c.json", customers),
                    "--reps", put("r.json", reps), *(["--month", month] if month else []), *extra]
            for flag, data in (extra_files or {}).items():
                argv += [flag, put(flag.strip("-") + ".json", data)]
            if ics is not None:
                argv += ["--ics", put("plan.ics", ics, "wb")]
            if geo is not None:
                argv += ["--geojson", put("plan.geojson", geo)]
            if confirmed is not None:
                argv += ["--confirmed", put("confirmed.json", confirmed)]
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
                code = pc.main(argv)
        return code, out.getvalue()

    def assertFails(self, expected, *args, only=True, **kw):
        code, out = self.run_check(*args, **kw)
        self.assertEqual(code, 1, out)
        self.assertIn(expected, out)
        if only:
            self.assertEqual(len(out.strip().splitlines()), 1, out)
        return out

    # ---- the feasible plan passes, also through the real CLI

    def test_feasible_plan_passes(self):
        plan = feasible_plan()
        code, out = self.run_check(plan, ics=ics_text(plan), geo=geojson_obj(plan),
                                   confirmed=[{"customer": "C00002", "date": "2026-12-15"}])
        self.assertEqual(code, 0, out)
        self.assertTrue(out.startswith("OK: 1 reps, 2 days, 3 stops, 1 dropped visits"), out)

    def test_cli_exit_codes(self):
        with tempfile.TemporaryDirectory() as tmp:
            paths = {}
            for name, data in (("plan", feasible_plan()), ("customers", CUSTOMERS), ("reps", REPS)):
                paths[name] = os.path.join(tmp, name + ".json")
                with open(paths[name], "w") as f:
                    json.dump(data, f)
            cmd = [sys.executable, os.path.join(HERE, "plan_check.py"), "--plan", paths["plan"],
                   "--customers", paths["customers"], "--reps", paths["reps"]]
            ok = subprocess.run(cmd, capture_output=True, text=True)
            self.assertEqual(ok.returncode, 0, ok.stdout + ok.stderr)
            self.assertEqual(len(ok.stdout.strip().splitlines()), 1)
            bad = subprocess.run(cmd + ["--policy", "maintain=2"], capture_output=True, text=True)
            self.assertEqual(bad.returncode, 1)
            self.assertIn("R01 - C00001 under-counted", bad.stdout)

    # ---- 1. travel, service, shift, lunch

    def test_arrive_before_travel_from_start(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][0]["stops"][0].update(arrive="09:01", depart="09:31")
        self.assertFails("R01 2026-12-01 C00001 arrive 09:01 before shift start + travel = 09:03", plan)

    def test_arrive_before_previous_depart_plus_travel(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][0]["stops"][1].update(arrive="09:41", depart="10:26")
        self.assertFails("C00002 arrive 09:41 before previous depart + travel", plan)

    def test_depart_is_not_arrive_plus_service(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][0]["stops"][0]["depart"] = "09:50"
        self.assertFails("depart 09:50 is not arrive 09:10 + service 30 min", plan)

    def test_back_after_shift_end(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][1]["stops"][0].update(arrive="17:30", depart="18:15")
        self.assertFails("R01 2026-12-15 C00002 back at 18:17 after shift end 18:00", plan)

    def test_no_gap_holds_lunch(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][1]["stops"][0].update(arrive="11:50", depart="12:35")
        self.assertFails("R01 2026-12-15 - no gap holds the 60-minute lunch inside 11:30-13:30", plan)

    def test_lunch_geometry(self):
        noon = (pc.minutes("12:00"), pc.minutes("13:00"), 60)
        m = pc.minutes
        # Drive 30 first, then eat 12:00-13:00 at the next customer.
        self.assertTrue(pc.lunch_fits(m("11:00"), m("13:00"), 30, noon))
        # 100 free minutes minus 40 of driving leave 60, and the gap covers the window, but the
        # drive cannot leave a whole hour inside 12:00-13:00 either before or after it.
        self.assertFalse(pc.lunch_fits(m("11:40"), m("13:20"), 40, noon))
        # Eat first at 12:00-13:00, then drive 30 and arrive 13:30.
        self.assertTrue(pc.lunch_fits(m("11:40"), m("13:30"), 30, noon))
        self.assertFalse(pc.lunch_fits(m("13:00"), m("18:00"), 0, noon))

    # ---- 2. windows

    def test_arrive_outside_windows(self):
        customers = copy.deepcopy(CUSTOMERS)
        customers[0]["time_windows"] = "10:00-12:00,13:00-17:00"
        self.assertFails("R01 2026-12-01 C00001 arrive 09:10 outside windows 10:00-12:00,13:00-17:00",
                         feasible_plan(), customers=customers)

    # ---- 3. working days

    def test_weekend(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][1]["date"] = "2026-12-12"
        self.assertFails("R01 2026-12-12 - not a working day: weekend", plan)

    def test_customer_closed_day(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][1]["date"] = "2026-12-16"
        self.assertFails("R01 2026-12-16 C00002 customer closed on wed", plan)

    def test_year_end_break(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][1]["date"] = "2026-12-29"
        self.assertFails("R01 2026-12-29 - not a working day: year-end/new-year break", plan)

    def test_national_holidays_from_the_holidays_package(self):
        import holidays
        jp = holidays.country_holidays("JP", years=[2026])
        reason = lambda s: pc.non_working_reason(dt.date.fromisoformat(s), jp) or ""
        self.assertIn("national holiday", reason("2026-11-23"))   # Labour Thanksgiving Day
        self.assertIn("national holiday", reason("2026-05-06"))   # substitute for Sunday 5/3
        self.assertIn("national holiday", reason("2026-09-22"))   # citizens' holiday
        self.assertIn("year-end", reason("2026-01-02"))    # a Friday
        self.assertIn("year-end", reason("2026-12-31"))
        self.assertEqual(reason("2026-12-01"), "")

    def test_date_outside_period(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][1]["date"] = "2027-01-12"
        out = self.assertFails("R01 2027-01-12 - date outside the period 2026-12-01..2026-12-31", plan, only=False)
        self.assertNotIn("not a working day", out)

    # ---- 4. counts and confirmed visits

    def test_under_counted_when_not_dropped(self):
        plan = feasible_plan()
        plan["dropped"] = []
        self.assertFails("R01 - C00003 under-counted: 0 planned + 0 dropped, 1 required", plan)

    def test_over_counted(self):
        plan = feasible_plan()
        plan["dropped"][0]["visits"] = 2
        self.assertFails("R01 - C00003 over-counted: 0 planned + 2 dropped, 1 required", plan)

    def test_visit_interval_days(self):
        customers = copy.deepcopy(CUSTOMERS)
        customers[0]["visit_interval_days"] = 10  # round(31 / 10) = 3 visits
        self.assertFails("C00001 under-counted: 1 planned + 0 dropped, 3 required", feasible_plan(), customers=customers)

    def test_dormant_customer_needs_no_visit(self):
        customers = copy.deepcopy(CUSTOMERS)
        customers[2]["status"] = "dormant"  # the planner plans active customers only
        plan = feasible_plan()
        plan["dropped"] = []
        code, out = self.run_check(plan, customers=customers)
        self.assertEqual(code, 0, out)

    def test_long_interval_due_only_with_last_visit(self):
        customers = copy.deepcopy(CUSTOMERS)
        customers[2]["visit_interval_days"] = 90  # round(31 / 90) = 0: one visit only when due
        plan = feasible_plan()
        code, out = self.run_check(plan, customers=customers)  # last visit unknown: 0 or 1
        self.assertEqual(code, 0, out)
        recent = [{"customer": "C00003", "date": "2026-11-20", "status": "done"}]
        self.assertFails("R01 - C00003 over-counted: 0 planned + 1 dropped, 0 required", plan, customers=customers,
                         extra_files={"--visits": recent})
        due = [{"customer": "C00003", "date": "2026-09-01", "status": "done"},  # 121 days before 12/31 >= 63
               {"customer": "C00003", "date": "2026-12-05", "status": "planned"}]
        code, out = self.run_check(plan, customers=customers, extra_files={"--visits": due})
        self.assertEqual(code, 0, out)
        plan["dropped"] = []
        self.assertFails("R01 - C00003 under-counted: 0 planned + 0 dropped, 1 required", plan, customers=customers,
                         extra_files={"--visits": due})

    def test_rank_spread_over_a_short_period(self):
        # Two weeks: develop round(2 x 14 / 30.4375) = 1, maintain round(14 / 30.4375) = 0 (due when never visited).
        plan = feasible_plan()
        plan["reps"][0]["days"].pop()
        plan["travel_minutes_total"] = plan["reps"][0]["days"][0]["travel_minutes"]
        code, out = self.run_check(plan, extra=["--from", "2026-12-01", "--to", "2026-12-14"], month=None)
        self.assertEqual(code, 0, out)

    def test_own_interval_gap_is_seventy_percent(self):
        customers = copy.deepcopy(CUSTOMERS)
        customers[1]["visit_interval_days"] = 20  # gap floor(0.7 x 20) = 14, not the develop rank's 10
        plan = feasible_plan()
        plan["reps"][0]["days"][1]["date"] = "2026-12-14"
        self.assertFails("R01 2026-12-14 C00002 only 13 days after the visit on 2026-12-01, min gap 14", plan,
                         customers=customers, only=False)

    def test_confirmed_visit_moved(self):
        self.assertFails("R01 2026-12-14 C00002 confirmed visit missing from the plan on that date",
                         feasible_plan(), confirmed=[{"customer": "C00002", "date": "2026-12-14"}])

    # ---- 5. gaps and ownership

    def test_min_gap(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][1]["date"] = "2026-12-08"
        self.assertFails("R01 2026-12-08 C00002 only 7 days after the visit on 2026-12-01, min gap 10", plan)

    def test_min_gap_option(self):
        code, out = self.run_check(feasible_plan(), extra=["--min-gap", "develop=15"])
        self.assertEqual(code, 1)
        self.assertIn("only 14 days after the visit on 2026-12-01, min gap 15", out)

    def test_twice_on_one_day(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][0] = day("2026-12-01", [("C00002", "09:10", "09:55"), ("C00002", "10:00", "10:45")])
        plan["reps"][0]["days"][1] = day("2026-12-15", [("C00001", "09:10", "09:40")])
        plan["travel_minutes_total"] = sum(d["travel_minutes"] for d in plan["reps"][0]["days"])
        self.assertFails("R01 2026-12-01 C00002 visited twice on one day", plan)

    def test_other_reps_customer(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][1] = day("2026-12-15", [("C00002", "09:30", "10:15"), ("C00009", "10:30", "10:50")])
        plan["travel_minutes_total"] = sum(d["travel_minutes"] for d in plan["reps"][0]["days"])
        self.assertFails("R01 2026-12-15 C00009 planned under rep R01, but the customer's rep is R02", plan)

    def test_customer_without_position(self):
        customers = copy.deepcopy(CUSTOMERS)
        customers[0]["lat"] = customers[0]["lon"] = None
        self.assertFails("R01 2026-12-01 C00001 customer has no map position", feasible_plan(),
                         customers=customers, only=False)

    # ---- 6. totals

    def test_day_travel_minutes(self):
        plan = feasible_plan()
        plan["reps"][0]["days"][0]["travel_minutes"] += 4
        plan["travel_minutes_total"] += 4
        self.assertFails("R01 2026-12-01 - travel_minutes 13 but recomputed 9.0", plan)

    def test_travel_minutes_total(self):
        plan = feasible_plan()
        plan["travel_minutes_total"] += 2
        self.assertFails("- - - travel_minutes_total 16 but the days sum to 14", plan)

    def test_travel_formula(self):
        # 0.01 degrees of latitude = 1.11195 km; x 1.3 / 30 km/h = 173.5 s.
        self.assertEqual(pc.travel_seconds((35.0, 139.0), (35.01, 139.0)), 173)
        self.assertEqual(pc.travel_seconds((35.6197, 139.7286), (35.6197, 139.7286)), 0)

    # ---- 7. calendar file

    def test_ics_wrong_time(self):
        plan = feasible_plan()
        def late(n, e):
            if n == 2:
                e["dtstart"].dt = e["dtstart"].dt + dt.timedelta(minutes=5)
        self.assertFails("R01 2026-12-01 C00002 ics: DTSTART 2026-12-01 10:05:00+09:00 but plan says", plan,
                         ics=ics_text(plan, late))

    def test_ics_duplicate_uid(self):
        plan = feasible_plan()
        def same(n, e):
            e["uid"] = "same@test"
        self.assertFails("ics: UID same@test used by 3 events", plan, ics=ics_text(plan, same))

    def test_ics_customer_not_named(self):
        plan = feasible_plan()
        def anonymous(n, e):
            if n == 1:
                e["summary"] = "visit"
        self.assertFails("R01 2026-12-01 C00001 ics: no VEVENT naming the customer", plan,
                         ics=ics_text(plan, anonymous), only=False)

    # ---- 8. map file

    def test_geojson_line_out_of_order(self):
        plan = feasible_plan()
        geo = geojson_obj(plan)
        line = geo["features"][0]["geometry"]["coordinates"]
        line[1], line[2] = line[2], line[1]
        self.assertFails("R01 2026-12-01 C00002 geojson: line does not pass the stop in plan order", plan, geo=geo)

    def test_geojson_lat_lon_swapped(self):
        plan = feasible_plan()
        geo = geojson_obj(plan)
        geo["features"][1]["geometry"]["coordinates"].reverse()
        self.assertFails("R01 2026-12-01 C00001 geojson: Point at [35.01, 139.0] (lon,lat) is not the customer's location",
                         plan, geo=geo, only=False)

    def test_geojson_point_arrive(self):
        plan = feasible_plan()
        geo = geojson_obj(plan)
        geo["features"][-1]["properties"]["arrive"] = "09:31"
        self.assertFails("R01 2026-12-15 C00002 geojson: Point arrive 09:31 but plan says 09:30", plan, geo=geo)

    def test_geojson_line_not_home(self):
        plan = feasible_plan()
        geo = geojson_obj(plan)
        geo["features"][0]["geometry"]["coordinates"].pop()
        self.assertFails("R01 2026-12-01 - geojson: line ends at", plan, geo=geo)

    def test_geojson_invalid(self):
        plan = feasible_plan()
        geo = geojson_obj(plan)
        geo["features"][0]["geometry"]["coordinates"] = [[139.0, 35.0]]  # a LineString needs 2 points
        self.assertFails("geojson: invalid", plan, geo=geo)


class RealOutputShapeTest(unittest.TestCase):
    """The parsers accept the shapes `customer list` / `rep list --format json` print."""

    def test_parsers(self):
        self.assertEqual(pc.windows("08:30-12:00,13:00-17:00"), [(510, 720), (780, 1020)])
        self.assertEqual(pc.windows(""), [])
        self.assertEqual(pc.lunch("11:30-13:30/60"), (690, 810, 60))
        self.assertEqual(pc.lunch("12:00-13:00"), (720, 780, 60))
        self.assertIsNone(pc.lunch(None))
        self.assertEqual(pc.point("35.6197,139.7286"), (35.6197, 139.7286))
        self.assertIsNone(pc.point(None))
        self.assertEqual(pc.closed_days("wed,sun"), {2, 6})
        self.assertEqual(pc.closed_days("土日"), {5, 6})
        self.assertEqual(pc.closed_days(""), set())


if __name__ == "__main__":
    unittest.main()
