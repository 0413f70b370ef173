#!/usr/bin/env python3
"""Independent feasibility checker for Rounds visit plans.

Recomputes travel, windows, working days, visit counts, gaps and totals from the plan's JSON
export and the JSON that `customer list` / `rep list` print, without any Rounds code or table.
Exit 0 with a one-line summary when feasible, else exit 1 with one violation per line:
`rep date customer what` ('-' where a field does not apply).

Needs the PyPI packages holidays, icalendar and geojson (see requirements.txt).
"""
import argparse
import calendar
import datetime as dt
import json
import math
import sys
from collections import defaultdict

EARTH_KM = 6371.0088
DETOUR = 1.3
SPEED_KMH = 30.0
TOL = 1.0  # minutes of rounding slack per comparison
DEFAULT_POLICY = {"focus": 4, "develop": 2, "maintain": 1}
DEFAULT_GAP = {"focus": 4, "develop": 10, "maintain": 14}
DAYS_PER_MONTH = 30.4375  # 365.25 / 12: the average month a rank's monthly count is spread over
DUE_AT = 0.7  # a visit falls due once this share of its interval has passed (rounds.yaml planning.due_at)
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
KANJI = "月火水木金土日"


# ---------------------------------------------------------------- parsing helpers

def half_up(x):
    return int(math.floor(x + 0.5))


def minutes(text):
    """'HH:MM' -> minutes after midnight."""
    h, m = text.strip().split(":")
    return int(h) * 60 + int(m)


def hhmm(mins):
    mins = int(round(mins))
    return f"{mins // 60:02d}:{mins % 60:02d}"


def window(text):
    a, b = text.strip().split("-")
    return minutes(a), minutes(b)


def windows(text):
    """'09:00-12:00,13:00-17:00' -> [(540, 720), (780, 1020)]; empty -> []."""
    return [window(p) for p in (text or "").split(",") if p.strip()]


def lunch(text):
    """'12:00-13:00' or '11:30-13:30/60' -> (start, end, minutes); empty -> None."""
    if not text:
        return None
    span, _, length = text.partition("/")
    start, end = window(span)
    return start, end, int(length) if length.strip() else end - start


def point(value):
    """'35.6197,139.7286' -> (lat, lon); None/'' -> None."""
    if not value:
        return None
    if isinstance(value, (list, tuple)):
        return float(value[0]), float(value[1])
    lat, lon = value.split(",")
    return float(lat), float(lon)


def closed_days(text):
    """'sat,sun', 'Saturday', '土日' -> {5, 6} (Monday = 0)."""
    days = set()
    for token in (text or "").replace("、", ",").replace("・", ",").replace(" ", ",").split(","):
        word = token.strip().lower()
        if not word:
            continue
        if word[:3] in WEEKDAYS:
            days.add(WEEKDAYS.index(word[:3]))
            continue
        for ch in word.replace("曜日", "").replace("曜", ""):
            if ch in KANJI:
                days.add(KANJI.index(ch))
    return days


def pairs(text):
    """'focus=4,develop=2' -> {'focus': 4, 'develop': 2}."""
    out = {}
    for part in text.split(","):
        if part.strip():
            k, v = part.split("=")
            out[k.strip()] = int(v)
    return out


# ---------------------------------------------------------------- travel

def travel_seconds(a, b):
    """Rounded seconds from a to b: haversine x detour / speed; 0 when a place is unknown."""
    if a is None or b is None:
        return 0
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    km = 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, h)))
    return half_up(km * DETOUR / SPEED_KMH * 3600)


def travel_min(a, b):
    return travel_seconds(a, b) / 60.0


# ---------------------------------------------------------------- model

class Context:
    def __init__(self, plan, customers, reps, policy, gaps, first, last, confirmed, last_visits=None, due_at=DUE_AT):
        self.plan = plan
        self.customers = {c["code"]: c for c in customers if c.get("status") != "archived"}
        self.reps = {r["code"]: r for r in reps}
        self.policy = policy
        self.gaps = gaps
        self.first, self.last = first, last
        self.confirmed = confirmed
        # customer -> last done visit before the period; None when not given (then unknown)
        self.last_visits = last_visits
        self.due_at = due_at
        self.violations = []

    def fail(self, rep, date, customer, what):
        self.violations.append(f"{rep or '-'} {date or '-'} {customer or '-'} {what}")

    def location(self, code):
        c = self.customers.get(code)
        if c is None or c.get("lat") is None or c.get("lon") is None:
            return None
        return float(c["lat"]), float(c["lon"])

    def rep_start(self, rep):
        return point(self.reps.get(rep, {}).get("start"))

    def rep_end(self, rep):
        r = self.reps.get(rep, {})
        return point(r.get("end")) or point(r.get("start"))

    def days(self):
        """(rep, day) for every planned rep-day."""
        for entry in self.plan.get("reps", []):
            for day in entry.get("days", []):
                yield entry["rep"], day

    def stops(self):
        """(rep, date, stop) for every planned stop."""
        for rep, day in self.days():
            for stop in day.get("stops", []):
                yield rep, day["date"], stop

    def rank(self, code):
        return self.customers.get(code, {}).get("rank") or "maintain"

    def period_days(self):
        return (self.last - self.first).days + 1


def legs(ctx, rep, stops):
    """Travel minutes of every leg: start -> stop 1 -> ... -> stop n -> end."""
    places = [ctx.rep_start(rep)] + [ctx.location(s["customer"]) for s in stops] + [ctx.rep_end(rep)]
    return [travel_min(a, b) for a, b in zip(places, places[1:])]


# ---------------------------------------------------------------- 1. travel, shift and lunch

def lunch_fits(gap_start, gap_end, leg, lunch_window):
    """Whether the break fits in a gap of free time that also holds a drive of `leg` minutes.

    The rep either eats first and then drives (break inside [gap_start, gap_end - leg]) or
    drives first and then eats (break inside [gap_start + leg, gap_end]); either way the
    break lies wholly inside the lunch window. The drive is not split around the break.
    """
    w_start, w_end, length = lunch_window
    for lo, hi in ((gap_start, gap_end - leg), (gap_start + leg, gap_end)):
        if min(hi, w_end) - max(lo, w_start) >= length - TOL:
            return True
    return False


def check_travel(ctx):
    for rep, day in ctx.days():
        date, stops = day["date"], day.get("stops", [])
        r = ctx.reps.get(rep)
        if r is None:
            ctx.fail(rep, date, None, "rep not in reps.json")
            continue
        if not stops:
            continue
        shift_start, shift_end = window(r.get("hours") or "00:00-23:59")
        leg = legs(ctx, rep, stops)
        prev_depart = shift_start
        for i, s in enumerate(stops):
            code = s["customer"]
            arrive, depart = minutes(s["arrive"]), minutes(s["depart"])
            earliest = prev_depart + leg[i]
            if arrive < earliest - TOL:
                origin = "shift start" if i == 0 else "previous depart"
                ctx.fail(rep, date, code, f"arrive {s['arrive']} before {origin} + travel = {hhmm(earliest)}")
            service = ctx.customers.get(code, {}).get("service_minutes")
            if service is not None and abs(depart - arrive - service) > TOL:
                ctx.fail(rep, date, code, f"depart {s['depart']} is not arrive {s['arrive']} + service {service} min")
            prev_depart = depart
        home = prev_depart + leg[-1]
        if home > shift_end + TOL:
            ctx.fail(rep, date, stops[-1]["customer"], f"back at {hhmm(home)} after shift end {hhmm(shift_end)}")
        lw = lunch(r.get("lunch"))
        if lw:
            bounds = [shift_start] + [x for s in stops for x in (minutes(s["arrive"]), minutes(s["depart"]))] + [shift_end]
            gaps = [(bounds[2 * k], bounds[2 * k + 1], leg[k]) for k in range(len(leg))]
            if not any(lunch_fits(a, b, t, lw) for a, b, t in gaps):
                ctx.fail(rep, date, None, f"no gap holds the {lw[2]}-minute lunch inside {r['lunch'].split('/')[0]}")


# ---------------------------------------------------------------- 2. windows

def check_windows(ctx):
    for rep, date, s in ctx.stops():
        c = ctx.customers.get(s["customer"])
        if c is None:
            continue
        ws = windows(c.get("time_windows"))
        arrive = minutes(s["arrive"])
        if ws and not any(a - TOL <= arrive <= b + TOL for a, b in ws):
            ctx.fail(rep, date, s["customer"], f"arrive {s['arrive']} outside windows {c['time_windows']}")


# ---------------------------------------------------------------- 3. working days

def non_working_reason(day, years_holidays):
    if day.weekday() >= 5:
        return "weekend"
    if day in years_holidays:
        return f"national holiday ({years_holidays.get(day)})"
    if (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3):
        return "year-end/new-year break (12/29-1/3)"
    return None


def check_days(ctx):
    import holidays
    dates = {dt.date.fromisoformat(d["date"]) for _, d in ctx.days()}
    years = {d.year for d in dates} | {ctx.first.year, ctx.last.year}
    jp = holidays.country_holidays("JP", years=sorted(years))
    for rep, day in ctx.days():
        date = dt.date.fromisoformat(day["date"])
        if not (ctx.first <= date <= ctx.last):
            ctx.fail(rep, day["date"], None, f"date outside the period {ctx.first}..{ctx.last}")
        if not day.get("stops"):
            continue
        reason = non_working_reason(date, jp)
        if reason:
            ctx.fail(rep, day["date"], None, f"not a working day: {reason}")
        for s in day["stops"]:
            c = ctx.customers.get(s["customer"])
            if c and date.weekday() in closed_days(c.get("closed_days")):
                ctx.fail(rep, day["date"], s["customer"], f"customer closed on {WEEKDAYS[date.weekday()]}")


# ---------------------------------------------------------------- 4. counts and confirmed visits

def interval_days(ctx, code):
    """Days between visits: the customer's own interval, else the average month shared by the
    rank's monthly visits (customers without a rank count as maintain); None for no visits."""
    own = ctx.customers[code].get("visit_interval_days")
    if own:
        return float(own)
    per_month = ctx.policy.get(ctx.rank(code), 0)
    return DAYS_PER_MONTH / per_month if per_month > 0 else None


def required_visits(ctx, code):
    """The visits the period asks, as a set of acceptable counts: round(days / interval) (for a
    rank, round(visits_per_month x days / 30.4375)); when that rounds to 0, one visit if the
    customer was never visited or falls due inside the period (last visit + due_at x interval <=
    period end), else none. Without --visits the last visit is unknown, so 0 and 1 both pass."""
    interval = interval_days(ctx, code)
    if interval is None:
        return {0}
    spread = half_up(ctx.period_days() / interval)
    if spread > 0:
        return {spread}
    if ctx.last_visits is None:
        return {0, 1}
    last = ctx.last_visits.get(code)
    if last is None:
        return {1}
    return {1} if (ctx.last - last).days >= ctx.due_at * interval else {0}


def is_active(customer):
    """The planner plans active customers only (dormant ones are left out)."""
    return (customer.get("status") or "active") == "active"


def check_counts(ctx):
    planned = defaultdict(int)
    for _, _, s in ctx.stops():
        planned[s["customer"]] += 1
    dropped = defaultdict(int)
    for d in ctx.plan.get("dropped", []):
        dropped[d["customer"]] += int(d.get("visits", 1))
        c = ctx.customers.get(d["customer"])
        if c is None:
            ctx.fail(d.get("rep"), None, d["customer"], "dropped customer not in customers.json")
        elif d.get("rep") and d["rep"] != c.get("rep"):
            ctx.fail(d.get("rep"), None, d["customer"], f"dropped under rep {d['rep']}, but the customer's rep is {c.get('rep')}")
    planned_reps = {e["rep"] for e in ctx.plan.get("reps", [])}
    for code, c in sorted(ctx.customers.items()):
        if c.get("rep") not in planned_reps:
            continue
        need, have = required_visits(ctx, code), planned[code] + dropped[code]
        if not is_active(c):
            need = {0}
        if have not in need:
            word = "under" if have < min(need) else "over"
            shown = " or ".join(str(n) for n in sorted(need))
            ctx.fail(c["rep"], None, code, f"{word}-counted: {planned[code]} planned + {dropped[code]} dropped, {shown} required")
    stop_dates = {(s["customer"], date) for _, date, s in ctx.stops()}
    for v in ctx.confirmed:
        if (v["customer"], v["date"]) not in stop_dates:
            rep = ctx.customers.get(v["customer"], {}).get("rep")
            ctx.fail(rep, v["date"], v["customer"], "confirmed visit missing from the plan on that date")


# ---------------------------------------------------------------- 5. gaps and ownership

def min_gap(ctx, code):
    """Days at least between two visits: for a customer with its own interval
    max(1, floor(due_at x interval)), else the rank's minimum gap."""
    interval = ctx.customers.get(code, {}).get("visit_interval_days")
    if interval:
        return max(1, math.floor(ctx.due_at * interval))
    return ctx.gaps.get(ctx.rank(code), 0)


def check_gaps(ctx):
    visits = defaultdict(list)
    for rep, date, s in ctx.stops():
        code = s["customer"]
        visits[code].append((dt.date.fromisoformat(date), rep))
        c = ctx.customers.get(code)
        if c is None:
            ctx.fail(rep, date, code, "customer not in customers.json")
        elif c.get("rep") != rep:
            ctx.fail(rep, date, code, f"planned under rep {rep}, but the customer's rep is {c.get('rep')}")
        if c is not None and ctx.location(code) is None:
            ctx.fail(rep, date, code, "customer has no map position (lat/lon), so its travel is unknown")
    for code, seen in sorted(visits.items()):
        seen.sort()
        need = min_gap(ctx, code)
        for (a, _), (b, rep) in zip(seen, seen[1:]):
            if a == b:
                ctx.fail(rep, b.isoformat(), code, "visited twice on one day")
            elif (b - a).days < need:
                ctx.fail(rep, b.isoformat(), code, f"only {(b - a).days} days after the visit on {a}, min gap {need}")


# ---------------------------------------------------------------- 6. totals

def check_totals(ctx):
    total = 0
    for rep, day in ctx.days():
        stops = day.get("stops", [])
        stated = day.get("travel_minutes", 0)
        total += stated
        if rep not in ctx.reps:
            continue
        actual = sum(legs(ctx, rep, stops)) if stops else 0.0
        if abs(stated - actual) > len(stops) + 1:
            ctx.fail(rep, day["date"], None, f"travel_minutes {stated} but recomputed {actual:.1f}")
    stated_total = ctx.plan.get("travel_minutes_total", 0)
    if abs(stated_total - total) > TOL:
        ctx.fail(None, None, None, f"travel_minutes_total {stated_total} but the days sum to {total}")


# ---------------------------------------------------------------- 7. calendar file

def check_ics(ctx, path):
    import icalendar
    from zoneinfo import ZoneInfo
    tokyo = ZoneInfo("Asia/Tokyo")
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    events = list(cal.walk("VEVENT"))
    uids = defaultdict(int)
    for e in events:
        uids[str(e.get("UID", ""))] += 1
    for uid, n in uids.items():
        if not uid or n > 1:
            ctx.fail(None, None, None, f"ics: UID {uid or '(none)'} used by {n} events")

    def local(value):
        v = value.dt if value is not None else None
        if not isinstance(v, dt.datetime):
            return None
        return v.replace(tzinfo=tokyo) if v.tzinfo is None else v.astimezone(tokyo)

    def mentions(e, code):
        c = ctx.customers.get(code, {})
        text = f"{e.get('SUMMARY', '')} {e.get('LOCATION', '')}"
        return code in text or (c.get("name") and c["name"] in text)

    unused = list(range(len(events)))
    for rep, date, s in ctx.stops():
        want = [dt.datetime.fromisoformat(f"{date}T{s[k]}").replace(tzinfo=tokyo) for k in ("arrive", "depart")]
        candidates = [i for i in unused if mentions(events[i], s["customer"])]
        same_day = [i for i in candidates if (local(events[i].get("DTSTART")) or dt.datetime.min.replace(tzinfo=tokyo)).date().isoformat() == date]
        pick = (same_day or candidates or [None])[0]
        if pick is None:
            ctx.fail(rep, date, s["customer"], "ics: no VEVENT naming the customer")
            continue
        unused.remove(pick)
        got = [local(events[pick].get(k)) for k in ("DTSTART", "DTEND")]
        for label, g, w in zip(("DTSTART", "DTEND"), got, want):
            if g is None or abs((g - w).total_seconds()) > TOL * 60:
                ctx.fail(rep, date, s["customer"], f"ics: {label} {g} but plan says {w}")
    for i in unused:
        ctx.fail(None, None, None, f"ics: extra VEVENT {events[i].get('SUMMARY', '')!s} (no planned stop)")


# ---------------------------------------------------------------- 8. map file

def near(a, b, eps=1e-5):
    return a is not None and b is not None and abs(a[0] - b[0]) <= eps and abs(a[1] - b[1]) <= eps


def check_geojson(ctx, path):
    import geojson
    with open(path, encoding="utf-8") as f:
        obj = geojson.loads(f.read())
    if not obj.is_valid:
        ctx.fail(None, None, None, f"geojson: invalid: {obj.errors()}")
        return
    features = obj["features"] if obj.get("type") == "FeatureCollection" else [obj]
    lines, points = defaultdict(list), defaultdict(list)
    for feat in features:
        geom, props = feat.get("geometry") or {}, feat.get("properties") or {}
        if geom.get("type") == "LineString":
            lines[(props.get("rep"), props.get("date"))].append(geom["coordinates"])
        elif geom.get("type") == "Point":
            code = props.get("customer") or props.get("code")
            points[(code, props.get("date"))].append((props, geom["coordinates"]))
    latlon = lambda c: (c[1], c[0])  # GeoJSON is [lon, lat]
    for rep, day in ctx.days():
        date, stops = day["date"], day.get("stops", [])
        if not stops:
            continue
        found = lines.pop((rep, date), [])
        if len(found) != 1:
            ctx.fail(rep, date, None, f"geojson: {len(found)} LineStrings for the rep-day, want 1")
        if found:
            coords = [latlon(c) for c in found[0]]
            if not near(coords[0], ctx.rep_start(rep)):
                ctx.fail(rep, date, None, f"geojson: line starts at {coords[0]} (lat,lon), not the rep start")
            if not near(coords[-1], ctx.rep_end(rep)):
                ctx.fail(rep, date, None, f"geojson: line ends at {coords[-1]} (lat,lon), not the rep end")
            k = 0
            for s in stops:
                loc = ctx.location(s["customer"])
                while k < len(coords) and not near(coords[k], loc):
                    k += 1
                if k == len(coords):
                    ctx.fail(rep, date, s["customer"], "geojson: line does not pass the stop in plan order")
                    break
                k += 1
        for s in stops:
            got = points.get((s["customer"], date), [])
            if not got:
                ctx.fail(rep, date, s["customer"], "geojson: no Point with this customer and date")
                continue
            props, c = got.pop(0)
            if props.get("arrive") != s["arrive"]:
                ctx.fail(rep, date, s["customer"], f"geojson: Point arrive {props.get('arrive')} but plan says {s['arrive']}")
            if not near(latlon(c), ctx.location(s["customer"])):
                ctx.fail(rep, date, s["customer"], f"geojson: Point at {c} (lon,lat) is not the customer's location")
    for (rep, date) in lines:
        ctx.fail(rep, date, None, "geojson: LineString for a rep-day with no planned stops")


# ---------------------------------------------------------------- CLI

def period(args, plan):
    if args.month:
        y, m = map(int, args.month.split("-"))
        return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
    if args.from_ and args.to:
        return dt.date.fromisoformat(args.from_), dt.date.fromisoformat(args.to)
    dates = sorted(dt.date.fromisoformat(d["date"]) for e in plan.get("reps", []) for d in e.get("days", []))
    if not dates:
        raise SystemExit("plan_check: no dates in the plan; give --month or --from/--to")
    first, last = dates[0], dates[-1]
    if (first.year, first.month) == (last.year, last.month):  # one month's plan: the whole month
        return first.replace(day=1), first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first, last


def last_visits(visits, first):
    """{customer: date of the last done visit before `first`} from `visit list --format json`."""
    out = {}
    for v in visits:
        if v.get("status", "done") != "done" or not v.get("date"):
            continue
        d = dt.date.fromisoformat(v["date"])
        if d < first and (v["customer"] not in out or d > out[v["customer"]]):
            out[v["customer"]] = d
    return out


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main(argv=None):
    p = argparse.ArgumentParser(description="Check a Rounds visit plan for feasibility.")
    p.add_argument("--plan", required=True)
    p.add_argument("--customers", required=True, help="customer list --format json")
    p.add_argument("--reps", required=True, help="rep list --format json")
    p.add_argument("--ics")
    p.add_argument("--geojson")
    p.add_argument("--policy", default="", help="visits per month by rank, e.g. focus=4,develop=2,maintain=1")
    p.add_argument("--min-gap", default="", help="days between visits by rank, e.g. focus=4,develop=10,maintain=14")
    p.add_argument("--month", help="YYYY-MM")
    p.add_argument("--from", dest="from_", help="YYYY-MM-DD")
    p.add_argument("--to", help="YYYY-MM-DD")
    p.add_argument("--confirmed", help='JSON list of {"customer","date"}')
    p.add_argument("--visits", help="visit list --format json: the last done visit before the period decides "
                                    "whether a customer whose period count rounds to 0 is due")
    p.add_argument("--due-at", type=float, default=DUE_AT, help="share of the interval after which a visit is due (0.7)")
    args = p.parse_args(argv)
    if args.month and (args.from_ or args.to):
        p.error("--month and --from/--to are exclusive")
    if bool(args.from_) != bool(args.to):
        p.error("--from and --to go together")

    plan = load(args.plan)
    first, last = period(args, plan)
    ctx = Context(plan, load(args.customers), load(args.reps),
                  {**DEFAULT_POLICY, **pairs(args.policy)}, {**DEFAULT_GAP, **pairs(args.min_gap)},
                  first, last, load(args.confirmed) if args.confirmed else [],
                  last_visits(load(args.visits), first) if args.visits else None, args.due_at)
    for check in (check_travel, check_windows, check_days, check_counts, check_gaps, check_totals):
        check(ctx)
    if args.ics:
        check_ics(ctx, args.ics)
    if args.geojson:
        check_geojson(ctx, args.geojson)

    if ctx.violations:
        print("\n".join(ctx.violations))
        print(f"INFEASIBLE: {len(ctx.violations)} violation(s)", file=sys.stderr)
        return 1
    n_days = sum(1 for _, d in ctx.days() if d.get("stops"))
    n_stops = sum(1 for _ in ctx.stops())
    n_dropped = sum(int(d.get("visits", 1)) for d in plan.get("dropped", []))
    print(f"OK: {len(plan.get('reps', []))} reps, {n_days} days, {n_stops} stops, {n_dropped} dropped visits, "
          f"{plan.get('travel_minutes_total', 0)} travel minutes, {first}..{last}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
