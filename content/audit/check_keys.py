#!/usr/bin/env python3
"""Independent key checker for the generated starter packs (audit, not part of the generator).

Re-derives the answer of every item in content/packs/ru/{math,physics,pbb_math,math_literacy}.json
from the numbers in its stem / context (own formulas, sympy / Fraction, not the generator's code),
compares it with the keyed option, and checks that no other option has the same value.  For
multiple-answer items every option is evaluated and the true set is compared with the key.
The kk twins are checked against the ru items: same group, kind, key, and the same numbers in stem,
options and prompts (so the ru recomputation covers the kk pack too).

It also checks every pack in content/packs/ (all areas and locales, hand-written ones too) for
labels an author typed: a matching prompt or any option that starts with its own label ("A) ",
"1) ", "а) ", "Ә) ", "(b) ", "2. ") fails, and so does an explanation that names a prompt or an
option by a letter label ("…: A) …"). The shells number prompts (1, 2, 3) and letter options
(A, B, C, shuffled per attempt); explanations name prompts by that number and options by content.

Run from the repository root:  python3 content/audit/check_keys.py   (needs sympy: pip install sympy;
this checker is an audit tool, not part of the standard-library-only generators).
`check_keys.py --labels [PACK.json ...]` runs the label check alone (default: every pack).
Exit status 1 if any check fails.  Items whose answer is a statement or a formula that is not
recomputed here are listed as HAND (read by hand during the audit).
"""
import glob
import json
import math
import re
import sys
from collections import Counter
from datetime import date
from fractions import Fraction as F
from itertools import combinations

import sympy as sp
from sympy.parsing.sympy_parser import (parse_expr, standard_transformations,
                                        implicit_multiplication_application, convert_xor)

X = sp.Symbol("x")


TRANS = standard_transformations + (implicit_multiplication_application, convert_xor)
SUP = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ˣⁿ", "0123456789-+xn")
SUB = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
FAIL = []
HAND = []
OK = []


def load(loc, area):
    return json.load(open(f"content/packs/{loc}/{area}.json", encoding="utf-8"))


# ----------------------------------------------------------------------------- parsing helpers
NUM = re.compile(r"(?<![0-9,])(−)?([0-9]+(?:[  ][0-9]{3}(?![0-9]))*(?:,[0-9]+)?)")


def nums(s):
    out = []
    for m in NUM.finditer(s):
        v = F(m.group(2).replace(" ", "").replace(" ", "").replace(",", "."))
        out.append(-v if m.group(1) else v)
    return out


def sup_to_pow(s):
    # 10⁻¹⁹ -> 10**(-19), x² -> x**(2), 2²ˣ⁺² -> 2**(2x+2)
    return re.sub(r"([⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺ˣⁿ]+)", lambda m: "**(" + m.group(1).translate(SUP) + ")", s)


def expr(s):
    s = s.replace("−", "-").replace("·", "*").replace(",", ".").replace(":", "/")
    s = s.replace("π", "pi")
    s = re.sub(r"√\(([^()]*)\)", r"sqrt(\1)", s)
    s = re.sub(r"√([0-9.]+)", r"sqrt(\1)", s)
    s = sup_to_pow(s)
    return parse_expr(s, transformations=TRANS, local_dict={"x": X})


def val(opt):
    """Numeric value of an option ('2√41 см', '−7/25', '3·10⁻¹⁹ Дж', '99 960 тг'), else None."""
    s = opt.strip()
    m = re.match(r"^[−\-0-9,./√π·⁰¹²³⁴⁵⁶⁷⁸⁹⁻()  ]+", s.replace("¹", "¹"))
    if not m:
        return None
    t = m.group(0).strip()
    rest = s[len(m.group(0)):].strip()
    if rest and rest[0] in "xy=;":
        return None
    if not t or t in "−-":
        return None
    t = re.sub(r"(?<=[0-9])[  ](?=[0-9]{3}(?![0-9]))", "", t)
    try:
        return sp.nsimplify(expr(t))
    except Exception:
        return None


def eq(a, b):
    if a is None or b is None:
        return False
    return sp.simplify(sp.nsimplify(a) - sp.nsimplify(b)) == 0


def qnum(x):
    return sp.nsimplify(x) if not isinstance(x, F) else sp.Rational(x.numerator, x.denominator)


# ----------------------------------------------------------------------------- generic checks
def generic(q):
    vals = [val(o) for o in q["options"]]
    for i, j in combinations(range(len(vals)), 2):
        if vals[i] is not None and vals[j] is not None and eq(vals[i], vals[j]):
            # same number with different units is a legitimate distractor only if units differ
            ui = re.sub(r"^[−\-0-9,./√π·⁰¹²³⁴⁵⁶⁷⁸⁹⁻()  ]+", "", q["options"][i]).strip()
            uj = re.sub(r"^[−\-0-9,./√π·⁰¹²³⁴⁵⁶⁷⁸⁹⁻()  ]+", "", q["options"][j]).strip()
            if ui == uj:
                FAIL.append((q["id"], f"options {i} and {j} have the same value: {q['options'][i]!r} / {q['options'][j]!r}"))
    n = len(q["options"])
    if q["kind"] == "single":
        assert n == 4 and len(q["correct"]) == 1, q["id"]
    elif q["kind"] == "multiple":
        assert n == 6 and 1 <= len(q["correct"]) <= 3, q["id"]
    else:
        assert len(set(q["correct"])) == len(q["correct"]) == len(q["prompts"]), q["id"]


def single_is(q, expected, tag=""):
    """Keyed option's value equals `expected`, and no other option does."""
    k = q["correct"][0]
    vals = [val(o) for o in q["options"]]
    hits = [i for i, v in enumerate(vals) if v is not None and eq(v, qnum(expected))]
    if hits != [k]:
        FAIL.append((q["id"], f"expected {expected} {tag}: key {k} {q['options'][k]!r}, matching options {hits}"))
    else:
        OK.append(q["id"])


def single_text(q, expected):
    k = q["correct"][0]
    hits = [i for i, o in enumerate(q["options"]) if o.strip() == expected]
    if hits != [k]:
        FAIL.append((q["id"], f"expected {expected!r}: key {k} {q['options'][k]!r}, hits {hits}"))
    else:
        OK.append(q["id"])


def multiple_is(q, truth):
    """truth: list of booleans, one per option, computed independently."""
    got = sorted(q["correct"])
    want = [i for i, t in enumerate(truth) if t]
    if got != want:
        FAIL.append((q["id"], f"multiple: key {got}, recomputed {want}"))
    else:
        OK.append(q["id"])


def matching_is(q, truth):
    """truth[i][j] = True if option j is right for prompt i. Each prompt must have exactly one."""
    for i, row in enumerate(truth):
        valid = [j for j, t in enumerate(row) if t]
        if valid != [q["correct"][i]]:
            FAIL.append((q["id"], f"matching prompt {i}: key {q['correct'][i]}, valid options {valid}"))
            return
    OK.append(q["id"])


def unknown(q):
    """An item no rule of this checker recognises: a failure, so new content gets a rule."""
    FAIL.append((q["id"], "no rule in content/audit/check_keys.py recomputes this item: add one"))


def hand(q, why):
    HAND.append((q["id"], why))


def matching_values(q, values):
    opts = [val(o) for o in q["options"]]
    truth = [[o is not None and eq(o, qnum(v)) for o in opts] for v in values]
    matching_is(q, truth)


# ----------------------------------------------------------------------------- maths helpers
def roots_of(eqn_text):
    l, r = eqn_text.split("=")
    return sp.solve(sp.Eq(expr(l), expr(r)), X)


def real_sols(eqn_text):
    l, r = eqn_text.split("=")
    L_, R_ = expr(l), expr(r)
    cands = sp.solve(sp.Eq(L_, R_), X)
    out = []
    for c in cands:
        if not c.is_real:
            continue
        try:
            lv, rv = L_.subs(X, c), R_.subs(X, c)
            if lv.is_real and rv.is_real and sp.simplify(lv - rv) == 0:
                out.append(c)
        except Exception:
            pass
    return sorted(set(out))


def interval_text(sol):
    """sympy set -> '(−∞; −6) ∪ (1; +∞)' in the packs' notation."""
    def num(v):
        if v == sp.oo:
            return "+∞"
        if v == -sp.oo:
            return "−∞"
        s = str(v)
        return s.replace("-", "−")
    parts = []
    sets = sol.args if isinstance(sol, sp.Union) else [sol]
    for iv in sets:
        lo = "(" if iv.left_open or iv.start == -sp.oo else "["
        hi = ")" if iv.right_open or iv.end == sp.oo else "]"
        parts.append(f"{lo}{num(iv.start)}; {num(iv.end)}{hi}")
    return " ∪ ".join(parts)


def area_check(q):
    pass


# ============================================================================ MATH (unt)
def check_math():
    R = load("ru", "math")
    ctx = {c["id"]: c["text"] for c in R["contexts"]}
    for q in R["questions"]:
        generic(q)
        s, i = q["stem"], int(q["id"][-4:])
        o = q["options"]
        if i == 1 or i == 5:  # linear / fractional equation
            e = s.split(": ", 1)[1].rstrip(".")
            sols = real_sols(e)
            assert len(sols) == 1
            single_is(q, sols[0])
        elif i in (2, 3):  # larger root
            e = re.search(r"уравнения (.*) = 0", s).group(1) + "= 0"
            single_is(q, max(roots_of(e)))
        elif i == 4:
            e = re.search(r"уравнения (.*) = 0", s).group(1) + "= 0"
            r = roots_of(e)
            assert all(x.is_real for x in r)
            single_is(q, sp.simplify(r[0] ** 2 + r[1] ** 2))
        elif i in (6, 7):  # irrational: check roots with domain
            e = s.split(": ", 1)[1].rstrip(".")
            sols = real_sols(e)
            want = "; ".join(str(v).replace("-", "−") for v in sols) if sols else "Корней нет"
            single_text(q, want)
        elif i == 8:
            a = nums(s)  # |x + 5| = 6
            b, c = a[0], a[1]
            single_is(q, (c - b) * (-c - b))
        elif i == 9:
            m = re.search(r"системы уравнений (.*) и (.*)\. Найдите", s)
            x, y = sp.symbols("x y")
            def ex2(t):
                l, r = t.split("=")
                t2 = (l + "-(" + r + ")").replace("−", "-")
                return sp.sympify(re.sub(r"(\d)([xy])", r"\1*\2", t2))
            sol = sp.solve([ex2(m.group(1)), ex2(m.group(2))], [x, y])
            single_is(q, sol[x] + sol[y])
        elif i in (10, 11):
            e = re.search(r"неравенства (.*)\.", s).group(1)
            l, r = e.split("<")
            sol = sp.solve_univariate_inequality(expr(l) < expr(r), X, relational=False)
            k = math.floor(sol.start) + 1 if sol.start == math.floor(sol.start) else math.ceil(sol.start)
            single_is(q, k)
        elif i in (12, 13):
            e = s.split(": ", 1)[1].rstrip(".")
            op = "≥" if "≥" in e else ">"
            l, r = e.split(op)
            rel = expr(l) >= expr(r) if op == "≥" else expr(l) > expr(r)
            sol = sp.solve_univariate_inequality(rel, X, relational=False)
            single_text(q, interval_text(sol))
        elif i == 14:
            l = re.search(r"неравенства (.*) < 0", s).group(1)
            sol = sp.solve_univariate_inequality(expr(l) < 0, X, relational=False)
            cnt = len([k for k in range(-100, 101) if sol.contains(k)])
            single_is(q, cnt)
        elif i == 15:
            b, a, c = 2, 4, 3  # log₂(x − 4) < 3
            assert "log₂(x − 4) < 3" in s
            single_text(q, f"({a}; {a + b ** c})")
        elif i in (16, 17):
            e = s.split(": ", 1)[1].rstrip(".")
            single_is(q, real_sols(e)[0])
        elif i == 18:
            sols = sp.solve(sp.Eq(9 ** X - 4 * 3 ** X + 3, 0), X)
            assert "9ˣ − 4·3ˣ + 3" in s
            single_is(q, sum(sols))
        elif i in (19, 20, 21, 24):
            e = s.split(": ", 1)[1].rstrip(".")
            e = re.sub(r"log([₀-₉]+) ?(\d+)", lambda m: f"(log({m.group(2)})/log({m.group(1).translate(SUB)}))", e)
            single_is(q, sp.nsimplify(sp.simplify(expr(e))))
        elif i == 22:
            single_is(q, 3 + 3 ** 2)  # log₃(x − 3) = 2
            assert "log₃(x − 3) = 2" in s
        elif i == 23:
            assert "log₂ x + log₂(x − 4) = 5" in s
            sols = [r for r in sp.solve(X * (X - 4) - 32, X) if r > 4]
            single_is(q, sols[0])
        elif i == 25:
            v = 4 * sp.sin(sp.pi / 2) + 4 * sp.cos(2 * sp.pi / 3) + sp.tan(sp.pi / 4)
            assert "4sin 90° + 4cos 120° + tg 45°" in s
            single_is(q, v)
        elif i in (26, 27):
            a = nums(s)
            c = F(a[0], 1) / a[1] if len(a) > 3 else None
            cosv = sp.Rational(int(a[0]), int(a[1]))
            sinabs = sp.sqrt(1 - cosv ** 2)
            quarter4 = "3π/2 < α < 2π" in s
            single_is(q, -sinabs if quarter4 else sinabs)
        elif i == 28:
            sn = sp.Rational(7, 25); cs = -sp.sqrt(1 - sn ** 2)  # II quarter
            assert "sin α = 7/25, π/2 < α < π" in s
            single_is(q, 2 * sn * cs)
        elif i == 29:
            assert "sin α = 3/4" in s
            single_is(q, 1 - 2 * sp.Rational(3, 4) ** 2)
        elif i == 30:
            assert "cos x = √3/2" in s
            single_text(q, "x = ±π/6 + 2πn, n ∈ ℤ")
        elif i == 31:
            assert "sin x = −1/2" in s
            single_text(q, "x = (−1)ⁿ⁺¹·π/6 + πn, n ∈ ℤ")
        elif i == 32:
            cnt = len([k for k in range(-10, 20) if 0 <= sp.pi / 4 + k * sp.pi / 2 <= 2 * sp.pi])
            single_is(q, cnt)
        elif i == 33:
            a = sp.Symbol("a")
            assert sp.simplify(sp.sin(sp.pi + a) + sp.cos(sp.pi / 2 - a)) == 0
            single_text(q, "0")
        elif i in (34, 35, 36, 37):
            m = re.search(r"f\(x\) = (.*) найдите f′\((\d+)\)", s)
            f = expr(m.group(1).replace("ln x", "log(x)").rstrip(" ."))
            single_is(q, sp.diff(f, X).subs(X, int(m.group(2))))
        elif i == 38:
            f = X ** 2 - 6 * X - 8; x0 = -1
            assert "f(x) = x² − 6x − 8" in s and "x₀ = −1" in s
            k, b = sp.diff(f, X).subs(X, x0), f.subs(X, x0) - sp.diff(f, X).subs(X, x0) * x0
            single_text(q, f"y = {k}x − {-b}".replace("-", "−"))
        elif i == 39:
            f = 2 * X ** 3 - 3 * X ** 2 - 36 * X - 2
            assert "2x³ − 3x² − 36x − 2" in s
            cps = sp.solve(sp.diff(f, X), X)
            mx = [c for c in cps if sp.diff(f, X, 2).subs(X, c) < 0]
            single_is(q, mx[0])
        elif i == 40:
            f = X ** 3 - 3 * X
            assert "x³ − 3x на отрезке [−3; 4]" in s
            pts = [-3, 4] + [c for c in sp.solve(sp.diff(f, X), X) if -3 <= c <= 4]
            single_is(q, max(f.subs(X, p) for p in pts))
        elif i == 41:
            sx = X ** 3 + X ** 2 + 10 * X
            assert "t³ + t² + 10t" in s and "t = 2 с" in s
            single_is(q, sp.diff(sx, X, 2).subs(X, 2))
        elif i == 42:
            assert "9x² − 4x − 5" in s
            single_text(q, "3x³ − 2x² − 5x + C")
        elif i == 43:
            assert "−6x²" in s and "M(−1; −1)" in s
            C = -1 - (-2 * (-1) ** 3)
            single_text(q, f"F(x) = −2x³ − {-C}")
        elif i in (44, 45):
            m = re.search(r"∫([₋₀-₉]+)([⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+) \((.*)\) dx", s)
            lo = int(m.group(1).replace("₋", "-").translate(SUB))
            hi = int(m.group(2).translate(SUP))
            single_is(q, sp.integrate(expr(m.group(3)), (X, lo, hi)))
        elif i in (46, 47):
            f = expr(re.search(r"y = (.*) и y = 0", s).group(1))
            r = sorted(sp.solve(f, X))
            single_is(q, sp.integrate(f, (X, r[0], r[1])))
        elif i == 48:
            a1, d, n = 16, 1, 23
            assert "a₁ = 16, d = 1. Найдите a₂₃" in s
            single_is(q, a1 + (n - 1) * d)
        elif i == 49:
            a3, a4 = nums(s)[0], nums(s)[1]  # a₃ = −11, a₄ = −16
            d = a4 - a3; a1 = a3 - 2 * d
            single_is(q, (2 * a1 + 19 * d) * 20 / 2)
        elif i == 50:
            b1, q_, n = 3, -3, 5
            assert "b₁ = 3, q = −3" in s and "первых 5" in s
            single_is(q, sum(b1 * q_ ** k for k in range(n)))
        elif i == 51:
            assert "b₁ = 15, q = 1/4" in s
            single_is(q, F(15) / (1 - F(1, 4)))
        elif i == 52:
            assert "√(−x + 6) + log₅(x + 3)" in s
            single_text(q, "(−3; 6]")
        elif i == 53:
            f = 2 * X ** 2 - 8 * X + 14
            assert "2x² − 8x + 14" in s
            v = f.subs(X, sp.solve(sp.diff(f, X), X)[0])
            single_text(q, f"[{v}; +∞)")
        elif i == 54:
            y = sp.Symbol("y")
            inv = sp.solve(sp.Eq(y, 2 * X - 5), X)[0]
            assert inv == y / 2 + sp.Rational(5, 2)
            single_text(q, "y = (1/2)x + 5/2")
        elif i == 55:
            odd = []
            for j, t in enumerate(o):
                f = expr(t.split("=")[1])
                odd.append(sp.simplify(f.subs(X, -X) + f) == 0)
            assert odd.count(True) == 1
            single_is_idx(q, odd.index(True))
        elif i == 56:
            single_is(q, math.comb(15, 4))
        elif i == 57:
            single_is(q, math.perm(6, 3))
        elif i == 58:
            w = "АТЫРАУ"
            c = Counter(w); v = math.factorial(len(w))
            for k in c.values():
                v //= math.factorial(k)
            single_is(q, v)
        elif i == 59:
            single_is(q, F(sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == 10), 36))
        elif i == 60:
            single_is(q, F(math.comb(7, 2), math.comb(10, 2)))
        elif i == 61:
            p1, p2 = F(9, 10), F(6, 10)
            single_is(q, p1 * (1 - p2) + (1 - p1) * p2)
        elif i == 62:
            a, c = 3, 5
            single_is(q, F(a * math.isqrt(c * c - a * a), 2))
        elif i == 63:
            single_is(q, sp.Rational(1, 2) * 4 * 5 * sp.sin(sp.pi / 4))
        elif i == 64:
            single_is(q, sp.sqrt(25 + 64 - 2 * 5 * 8 * sp.Rational(1, 2)))
        elif i == 65:
            a, b = 10, 24
            single_is(q, F(a + b - math.isqrt(a * a + b * b), 2))
        elif i == 66:
            a, b, c = 8, 18, 13
            h = math.isqrt(c * c - ((b - a) // 2) ** 2)
            single_is(q, F(a + b, 2) * h)
        elif i == 67:
            single_is(q, 20 * 17 // 2)
        elif i == 68:
            single_is(q, F(180 * 13, 15))
        elif i == 69:
            single_is(q, sp.sqrt(8 ** 2 + 9 ** 2 + 12 ** 2))
        elif i == 70:
            single_is(q, sp.pi * 16 * 11)
        elif i == 71:
            single_is(q, sp.pi * 16 * 3 / 3)
        elif i == 72:
            R_ = sp.sqrt(900 / 4)
            single_is(q, sp.Rational(4, 3) * sp.pi * R_ ** 3)
        elif i == 73:
            single_is(q, sp.sqrt(121 + 4 + 100))
        elif i == 74:
            single_is(q, 5 * 5 + (-5) * (-4) + 5 * (-4))
        elif i == 75:
            m = sp.Symbol("m")
            single_is(q, sp.solve(-3 * 2 + m * (-2) + (-4) * 5, m)[0])
        elif i == 76:
            a, b = (3, -3, -5), (1, 5, -3)
            v = tuple(2 * p - 4 * r for p, r in zip(a, b))
            single_text(q, "(" + "; ".join(str(t).replace("-", "−") for t in v) + ")")
        elif 77 <= i <= 81:
            t = ctx[q["context"]]
            xs = [-1, 0, 1, 2, 3, 4]
            fv = nums(t.split("f(x) |")[1])
            a_, b_, c_ = sp.symbols("a b c")
            sol = sp.solve([a_ * xx ** 2 + b_ * xx + c_ - yy for xx, yy in zip(xs[:3], fv[:3])], [a_, b_, c_])
            f = sol[a_] * X ** 2 + sol[b_] * X + sol[c_]
            assert all(f.subs(X, xx) == yy for xx, yy in zip(xs, fv)), "table not quadratic"
            single_is(q, {77: sol[c_], 78: sol[a_], 79: -sol[b_] / (2 * sol[a_]),
                          80: f.subs(X, 5), 81: sp.diff(f, X).subs(X, 3)}[i])
        elif 82 <= i <= 86:
            h = -5 * X ** 2 + 20 * X + 25
            assert "h(t) = −5t² + 20t + 25" in ctx[q["context"]] and "25 м" in ctx[q["context"]]
            tmax = sp.solve(sp.diff(h, X), X)[0]
            land = [r for r in sp.solve(h, X) if r > 0][0]
            single_is(q, {82: h.subs(X, 3), 83: sp.diff(h, X).subs(X, 1), 84: tmax, 85: h.subs(X, tmax), 86: land}[i])
        elif 87 <= i <= 91:
            a, H = 16, 6
            l = sp.sqrt(H ** 2 + (a / 2) ** 2)
            single_is(q, {87: l, 88: 2 * a * l, 89: 2 * a * l + a * a, 90: sp.Rational(1, 3) * a * a * H,
                          91: sp.sqrt((a * sp.sqrt(2) / 2) ** 2 + H ** 2)}[i])
        elif i == 92:
            derivs = [sp.diff(expr(p.split("=")[1]), X) for p in q["prompts"]]
            optf = [expr(t.split("=")[1]) for t in o]
            matching_is(q, [[sp.simplify(d - g) == 0 for g in optf] for d in derivs])
        elif i == 93:
            assert q["prompts"] == ["3ˣ⁺¹ = 27", "log₂(x − 5) = 1"]
            sols = [real_sols("3ˣ⁺¹ = 27"), sp.solve(sp.log(X - 5, 2) - 1, X)]
            matching_values(q, [s_[0] for s_ in sols])
        elif i == 94:
            matching_values(q, [sp.sin(3 * sp.pi / 2), sp.cos(sp.pi / 3), sp.sin(sp.pi / 4)])
        elif i == 95:
            matching_values(q, [-1 + 11 * 1, 2 * (-2) ** 3])
        elif i == 96:
            matching_values(q, [F(100, 2), F(60, 2), 36 * sp.pi])
        elif i == 97:
            matching_values(q, [27, 12 * sp.pi, 9 * sp.pi])
            # '27 см³' vs '27π см³' are different values; val() keeps π
        elif i == 98:
            a, b = sp.Matrix([4, -2, 0]), sp.Matrix([4, -1, -2])
            vals = [None, a.dot(b), (b - a).norm()]
            s_ab = "(" + "; ".join(str(t).replace("-", "−") for t in (a + b)) + ")"
            opts = [val(t) for t in o]
            truth = [[t == s_ab for t in o]] + \
                    [[v is not None and eq(v, w) for v in opts] for w in vals[1:]]
            matching_is(q, truth)
        elif i == 99:
            fs = [expr(p.split("=")[1].replace("cos x", "cos(x)")) for p in q["prompts"]]
            Fs = [expr(t.split("=")[1].replace("+ C", "").replace("ln|x|", "log(x)").replace("sin x", "sin(x)")) for t in o]
            matching_is(q, [[sp.simplify(sp.diff(G, X) - f) == 0 for G in Fs] for f in fs])
        elif i == 100:
            s1 = sp.solve_univariate_inequality(2 ** (X + 1) > 4, X, relational=False)
            s2 = sp.solve_univariate_inequality(sp.log(X, 3) <= 1, X, relational=False, domain=sp.Interval.open(0, sp.oo))
            txt = [interval_text(s1), interval_text(s2)]
            matching_is(q, [[t == w for t in o] for w in txt])
        elif i == 101:
            matching_values(q, [math.factorial(6), math.perm(5, 2), math.comb(8, 3)])
        elif i == 102:
            tv = []
            for p in q["prompts"]:
                f = expr(p.split("=")[1])
                x0 = sp.solve(sp.diff(f, X), X)[0]
                tv.append(f"({x0}; {f.subs(X, x0)})".replace("-", "−"))
            matching_is(q, [[t == w for t in o] for w in tv])
        elif i == 103:
            matching_values(q, [sp.integrate(3 * X ** 2, (X, 0, 3)), sp.integrate(8 * X, (X, 1, 2))])
        elif i == 104:
            f = X ** 3 - 3 * X ** 2 - 6 * X + 8
            multiple_is(q, [f.subs(X, val(t)) == 0 for t in o])
        elif i == 105:
            fs = [expr(t.split("=")[1].replace("log₂ x", "log(x)/log(2)")) for t in o]
            # increasing on (0, +inf): derivative > 0 everywhere there
            truth = []
            for f in fs:
                dpos = sp.solve_univariate_inequality(sp.diff(f, X) <= 0, X, relational=False).intersect(sp.Interval.open(0, sp.oo))
                truth.append(dpos.measure == 0)
            multiple_is(q, truth)
        elif i == 106:
            multiple_is(q, [val(t) ** 2 + 3 * val(t) < 0 for t in o])
        elif i == 107:
            multiple_is(q, [(val(t) + 8) % 4 == 0 and val(t) >= -8 for t in o])
        elif i == 108:
            pts = [tuple(nums(t)) for t in o]
            multiple_is(q, [p[0] ** 2 + 3 * p[0] == p[1] for p in pts])
        elif i == 109:
            a = (-3, -3, 1)
            multiple_is(q, [sum(x * y for x, y in zip(a, nums(t))) == 0 for t in o])
        elif i == 110:
            multiple_is(q, [sp.sin(sp.pi * val(t) / 180) == sp.Rational(-1, 2) for t in o])
        elif i == 111:
            truth = []
            for t in o:
                f = expr(t.split("=")[1])
                truth.append(sp.simplify(f.subs(X, -X) + f) == 0)
            multiple_is(q, truth)
        elif i == 112:
            f = X ** 4 - 8 * X ** 2 - 3
            d = sp.diff(f, X)
            ext = [c for c in sp.solve(d, X) if d.subs(X, c - sp.Rational(1, 10)) * d.subs(X, c + sp.Rational(1, 10)) < 0]
            multiple_is(q, [val(t) in ext for t in o])
        elif i == 113:
            truth = []
            for t in o:
                a, b, c = sorted(nums(t))
                truth.append(a * a + b * b == c * c)
            multiple_is(q, truth)
        elif i == 114:
            vals = [F(120, 30), 3, 5, 1, 4, 4]
            assert o == ["5! : 30", "lg 1000", "log₃ 243", "16⁰", "log₂ 16", "C₄¹"]
            multiple_is(q, [v == 4 for v in vals])
        elif i == 115:
            multiple_is(q, [val(t) + 3 >= 0 and val(t) != 0 and -val(t) + 7 > 0 for t in o])
        else:
            unknown(q)


def single_is_idx(q, idx):
    if q["correct"] != [idx]:
        FAIL.append((q["id"], f"key {q['correct']}, recomputed {idx}"))
    else:
        OK.append(q["id"])


# ============================================================================ PHYSICS (unt)
def g_of(text):
    m = re.search(r"g = (10|9,8) м/с²", text)
    return F(m.group(1).replace(",", ".")) if m else None


def check_physics():
    R = load("ru", "physics")
    ctx = {c["id"]: c["text"] for c in R["contexts"]}
    for q in R["questions"]:
        generic(q)
        s, i, o = q["stem"], int(q["id"][-4:]), q["options"]
        n = nums(s)
        g = g_of(s + ctx.get(q.get("context"), ""))
        kmh = F(1000, 3600)
        if i == 1:
            v0, a, t = n; single_is(q, v0 * t + a * t * t / 2)
        elif i == 2:
            v, t = n; single_is(q, v * kmh * t)
        elif i == 3:
            t = n[0]; single_is(q, g * t * t / 2)
        elif i == 4:
            v, a = n; single_is(q, (v * kmh) ** 2 / (2 * a))
        elif i == 5:
            v = n[0]; single_is(q, v * v / (2 * g))
        elif i == 6:
            R_, v = n; single_is(q, v * v / R_)
        elif i == 7:
            h, v = n[0], n[1]; single_is(q, v * sp.sqrt(2 * h / g))
        elif i == 8:
            S, v1, v2 = n; single_is(q, S / (v1 + v2))
        elif i == 9:
            N, t = n; single_is(q, t / N)
        elif i == 10:
            m, Fo, mu = n[0], n[1], n[2]; single_is(q, (Fo - mu * m * g) / m)
        elif i == 11:
            m, a = n[0], n[1]; single_is(q, m * (g + a))
        elif i == 12:
            Fo, x = n; single_is(q, Fo / (x / 100))
        elif i == 13:
            F0, km, kr = n; single_is(q, F0 * km / kr ** 2)
        elif i == 14:
            m, mu = n[0], n[1]; single_is(q, mu * m * g)
        elif i == 15:
            m1, m2, Fo = n[0], n[1], n[2]
            single_is(q, m2 * Fo / (m1 + m2))
        elif i == 16:
            m, v = n; single_is(q, m * (v * kmh) ** 2 / 2 / 1000)  # кДж
        elif i == 17:
            h = n[0]; single_is(q, sp.sqrt(2 * g * h))
        elif i == 18:
            m, h, t = n[0], n[1], n[2]; single_is(q, m * g * h / t / 1000)  # кВт
        elif i == 19:
            m, l, h, Fo = n[0], n[1], n[2], n[3]; single_is(q, 100 * m * g * h / (Fo * l))
        elif i == 20:
            k, x = n; single_is(q, k * (x / 100) ** 2 / 2)
        elif i == 21:
            p, V1, V2 = n; single_is(q, p * 1000 * (V2 - V1) / 1000)
        elif i == 22:
            m1, v1, m2, v2 = n; single_is(q, abs(m1 * v1 - m2 * v2) / (m1 + m2))
        elif i == 23:
            m, v, t = n; single_is(q, 2 * (m / 1000) * v / t)
        elif i == 24:
            M, m, v = n; single_is(q, (m / 1000) * v / M)
        elif i == 25:
            rho, h = n[0], n[1]; single_is(q, rho * g * h / 100)
        elif i == 26:
            V, rho = n[0], n[1]; single_is(q, rho * g * V * F(1, 10 ** 6))
        elif i == 27:
            l1, F1, l2 = n; single_is(q, F1 * l1 / l2)
        elif i == 28:
            m, S = n[0], n[1]; assert "четырёх ножках" in s
            single_is(q, m * g / (4 * S / 10 ** 4) / 1000)  # кПа
        elif i == 29:
            S1, S2, F1 = n; single_is(q, F1 * S2 / S1)
        elif i == 30:
            m, M = n[0], n[1]; single_is(q, m / M)  # N₂ is a subscript
        elif i == 31:
            m, M = n[0], n[1]; single_is(q, m / M * 6 * sp.Integer(10) ** 23)
        elif i == 32:
            V1, V2, p1 = n; single_is(q, p1 * V1 / V2)
        elif i == 33:
            t1, V1, t2 = n; single_is(q, V1 * (t2 + 273) / (t1 + 273))
        elif i == 34:
            V, nu, t = n[0], n[1], n[2]
            single_is(q, nu * F(831, 100) * (t + 273) / (V / 1000) / 1000)  # кПа
        elif i == 35:
            m, t1, t2, c = n; single_is(q, c * (m / 1000) * (t2 - t1) / 1000)
        elif i == 36:
            Q, A = n; single_text(q, f"ΔU = {Q - A} Дж")
        elif i == 37:
            t1, t2 = n; single_is(q, 100 * (1 - F(t2 + 273, t1 + 273)))
        elif i == 38:
            m, t0, lam_m, lam_e = n  # 0,5 кг, 0 °C, 3,4·10⁵
            single_is(q, lam_m * 10 ** 5 * m / 1000)
        elif i == 39:
            k1, k2, kr = n; f = k1 * k2 * kr ** 2
            single_text(q, f"увеличится в {f} раз")
        elif i == 40:
            q1, q2, r = n[0], n[1], n[2]
            single_is(q, 9 * 10 ** 9 * q1 * F(1, 10 ** 6) * q2 * F(1, 10 ** 6) / (r / 100) ** 2)
        elif i == 41:
            C, U = n; single_is(q, C * F(1, 10 ** 6) * U * U / 2)
        elif i == 42:
            qq, U = n; single_is(q, qq * F(1, 10 ** 6) * U * 1000)  # мДж
        elif i == 43:
            R_, U = n; single_is(q, U / R_)
        elif i == 44:
            R1, R2, R3 = n; single_is(q, R1 + R2 * R3 / (R2 + R3))
        elif i == 45:
            R_, t, I = n; single_is(q, I * I * R_ * t * 60 / 1000)
        elif i == 46:
            e, r, R_ = n; single_is(q, e / (R_ + r))
        elif i == 47:
            l, S, rho = n; single_is(q, rho * l / S)
        elif i == 48:
            U, P = n; single_is(q, U * U / P)
        elif i == 49:
            l, B, ang, I = n; single_is(q, B * I * (l / 100) * sp.sin(sp.pi * ang / 180))
        elif i == 50:
            B = n[0]; v = 2 * 10 ** 6; e = F(16, 10) * F(1, 10 ** 19)
            assert "2·10⁶ м/с" in s and "1,6·10⁻¹⁹" in s
            single_is(q, e * v * B)
        elif i == 51:
            N, t, f1, f2 = n; single_is(q, N * (f2 - f1) / 1000 / t)
        elif i == 52:
            L_, I = n; single_is(q, L_ / 1000 * I * I / 2)
        elif i == 53:
            v, nu = n; single_is(q, v / nu)
        elif i == 54:
            lam, T = n; single_is(q, lam / T)
        elif i == 55:
            k = n[0]; single_text(q, f"увеличится в {math.isqrt(int(k))} раза")
        elif i == 56:
            t, N = n; single_is(q, N / t)
        elif i == 57:
            t, v = n; single_is(q, v * t / 2)
        elif i == 58:
            d, Fo = n; single_is(q, d * Fo / (d - Fo))
        elif i == 59:
            Fo = n[0]; single_is(q, 100 / Fo)
        elif i == 60:
            nn = n[0]; single_is(q, 3 * sp.Integer(10) ** 8 / qnum(nn))
        elif i == 61:
            a = n[0]; single_is(q, 2 * (90 - a))
        elif i == 62:
            h, d, Fo = n; f = d * Fo / (d - Fo); single_is(q, h * f / d)
        elif i == 63:
            A, E = n; single_is(q, E - A)
        elif i == 64:
            T, m0, t = n; single_is(q, m0 / 2 ** int(t / T))
        elif i == 65:
            single_is(q, 197 - 79)
        elif i == 66:
            A, Z = 226 - 4, 88 - 2 + 2
            single_text(q, f"A = {A}, Z = {Z}")
        elif i == 67:
            lam = n[0]; single_is(q, F(66, 10) * F(1, 10 ** 34) * 3 * 10 ** 8 / (lam * F(1, 10 ** 9)))
        elif 68 <= i <= 72:
            t = ctx[q["context"]]
            rows = [nums(r) for r in t.splitlines() if re.match(r"\| [1-5] \|", r)]
            ks = {r[1] / 1000 * g / (r[2] / 100) for r in rows}
            assert len(ks) == 1, "spring table not linear"
            k = ks.pop()
            if i == 68:
                single_is(q, rows[2][1] / 1000 * g)
            elif i == 69:
                single_is(q, k)
            elif i == 70:
                single_is(q, n[0] / 1000 * g / k * 100)
            elif i == 71:
                single_is(q, k * (rows[4][2] / 100) ** 2 / 2)
            else:
                single_is(q, n[0] / 1000 * g / (2 * k) * 100)
        elif 73 <= i <= 77:
            t = ctx[q["context"]]
            ts = nums([r for r in t.splitlines() if r.startswith("| t")][0])
            vs = nums([r for r in t.splitlines() if r.startswith("| v")][0])
            m = nums(t)[0]
            path = sum((vs[k] + vs[k + 1]) * (ts[k + 1] - ts[k]) / 2 for k in range(len(ts) - 1))
            if i == 73:
                single_is(q, (vs[3] - vs[0]) / 3)
            elif i == 74:
                single_is(q, path)
            elif i == 75:
                single_is(q, m * abs(vs[8] - vs[6]) / 2)
            elif i == 76:
                single_is(q, path / (ts[-1] - ts[0]))
            else:
                single_is(q, m * vs[4] ** 2 / 2)
        elif 78 <= i <= 82:
            t = ctx[q["context"]]
            e, r, R1, R2, R3 = nums(t)
            R12 = R1 * R2 / (R1 + R2); Rext = R12 + R3; I = e / (Rext + r)
            single_is(q, {78: Rext, 79: I, 80: I * Rext, 81: I * R12 / R1, 82: I * I * R3}[i])
        elif 83 <= i <= 90:
            table = {
                83: {"Импульс": "кг·м/с", "Сила": "Н", "Давление": "Па"},
                84: {"Магнитный поток": "Вб", "Магнитная индукция": "Тл", "Сила тока": "А"},
                85: {"Центростремительное ускорение": "v²/R", "Модуль силы упругости": "kx"},
                86: {"Энергия магнитного поля катушки": "LI²/2", "Энергия конденсатора": "CU²/2"},
                87: {"Гигрометр": "влажность воздуха", "Динамометр": "сила", "Термометр": "температура"},
                88: {"Майкл Фарадей": "открыл явление электромагнитной индукции",
                     "Эрнест Резерфорд": "предложил ядерную (планетарную) модель атома"},
                89: {"Адиабатный процесс": "Q = 0, A = −ΔU", "Изохорный процесс": "A = 0, Q = ΔU",
                     "Изобарный процесс": "Q = ΔU + pΔV, где p = const"},
                90: {"α-распад": "A уменьшается на 4, Z — на 2", "β⁻-распад": "A не меняется, Z увеличивается на 1",
                     "γ-излучение": "не меняются ни A, ни Z"},
            }[i]
            matching_is(q, [[opt == table[p] for opt in o] for p in q["prompts"]])
        elif i == 91:
            m, v = n; matching_values(q, [m * v * v / 2, m * v])
        elif i == 92:
            R1, R2 = n; matching_values(q, [R1 + R2, R1 * R2 / (R1 + R2)])
        elif i == 93:
            d, Fo = n; f = d * Fo / (d - Fo); matching_values(q, [f, f / d])
        elif i == 94:
            v0, a, t = n; matching_values(q, [v0 + a * t, v0 * t + a * t * t / 2])
        elif i == 95:
            v0 = n[0]; matching_values(q, [v0 * v0 / (2 * g), v0 / g])
        elif i == 96:
            e, r, R_ = n; I = e / (R_ + r); matching_values(q, [I, I * R_, I * I * R_])
        elif i in (97, 98):
            vector = {"сила", "ускорение", "магнитная индукция", "перемещение", "скорость", "импульс"}
            scalar = {"электрический заряд", "путь", "температура", "мощность"}
            assert all(t in vector | scalar for t in o)
            multiple_is(q, [(t in vector) == (i == 97) for t in o])
        elif i == 99:
            x0, v0, a2 = n[0], n[1], n[2]; a = 2 * a2
            xt = lambda t: x0 + v0 * t + a2 * t * t
            truth = [a == 3, xt(1) == 20, xt(1) == 17, x0 == 14, v0 + a * 2 == 14, a == 0]
            multiple_is(q, truth)
        elif i == 100:
            R1, R2, U = n; Rp = R1 * R2 / (R1 + R2)
            truth = [Rp == 50, Rp == 12, U / R1 == F(8, 10), True, U == 12, U / R1 == F(12, 10)]
            multiple_is(q, truth)
        elif i == 101:
            # isothermal compression: T const, U const, A_gas < 0 -> Q < 0, density up
            truth = [False, True, True, False, False, False]
            hand(q, "isothermal compression statements (read)")
            multiple_is(q, truth)
        elif i == 102:
            energy = {"Н·м", "эВ", "кВт·ч", "Дж"}
            multiple_is(q, [t in energy for t in o])
        elif i == 103:
            d, Fo = n; f = d * Fo / (d - Fo)
            truth = [False, True, f == F(72, 10), f == 36, False, True]
            assert d > Fo
            multiple_is(q, truth)
        elif i == 104:
            h = n[0]; t = sp.sqrt(2 * h / g); v = g * t
            truth = [h / t == 20, t == 8, g / 2 == 5, t == 4, v == 20, h - g * (t - 1) ** 2 / 2 == 5]
            multiple_is(q, truth)
        elif i == 105:
            wave = {"интерференция", "дифракция", "поляризация"}
            multiple_is(q, [t in wave for t in o])
        elif i == 106:
            neutral = {"нейтроны", "γ-кванты"}
            multiple_is(q, [t in neutral for t in o])
        elif i == 107:
            m1, v1, m2 = n; u = m1 * v1 / (m1 + m2)
            Q = m1 * v1 ** 2 / 2 - (m1 + m2) * u * u / 2
            truth = [Q == 10, False, Q == 0, u == 20, Q == 50, u == 4]
            multiple_is(q, truth)
        elif i == 108:
            A = n[0]; w = 8 * sp.pi; nu = w / (2 * sp.pi); T = 1 / nu
            truth = [T == F(1, 4), T == 4, nu == 8, w == 8, A == F(1, 10), A == F(5, 100)]
            multiple_is(q, truth)
        elif i == 109:
            k = n[0]  # q const, C/k, U*k, W*k, E const
            truth = [False, True, False, True, False, True]
            multiple_is(q, truth)
        elif i == 110:
            base = {"м", "кг", "с", "А", "К", "моль", "кд"}
            multiple_is(q, [t in base for t in o])
        else:
            unknown(q)


# ============================================================================ PBB MATH
def check_pbb():
    R = load("ru", "pbb_math")
    ctx = {c["id"]: c["text"] for c in R["contexts"]}
    for q in R["questions"]:
        generic(q)
        s, i, o = q["stem"], int(q["id"][-4:]), q["options"]
        n = nums(s)
        if i == 1:
            a, b = 2 ** 3 * 3 * 5, 2 * 3 * 5 ** 2 * 7
            assert "a = 2³·3·5 и b = 2·3·5²·7" in s
            single_is(q, math.gcd(a, b))
        elif i == 2:
            N = int(n[0]); single_is(q, sum(1 for k in range(1, N + 1) if N % k == 0))
        elif i == 3:
            assert "2²⁰²³ на 11" in s
            single_is(q, pow(2, 2023, 11))
        elif i == 4:
            a3, a7, N = n[0], n[1], n[2]  # a₃ = 8, a₇ = 20, 10
            d = (a7 - a3) / 4; a1 = a3 - 2 * d
            single_is(q, sum(a1 + k * d for k in range(int(N))))
        elif i == 5:
            b1 = n[0]; qq = F(-2, 3); assert "q = −2/3" in s
            single_is(q, b1 / (1 - qq))
        elif i == 6:
            r = sp.solve(X ** 2 - 9 * X + 14, X); assert "x² − 9x + 14" in s
            single_is(q, sum(t ** 3 for t in r))
        elif i == 7:
            single_is(q, sp.nsimplify(sp.log(sp.Rational(12 * 10, 15), 2)))
        elif i == 8:
            f = 3 * X ** 3 + 5 * X ** 2 - 4 * X + 1; assert "3x³ + 5x² − 4x + 1" in s
            single_is(q, sp.diff(f, X).subs(X, 3))
        elif i == 9:
            single_is(q, sp.integrate(X ** 2 + 2 * X - 1, (X, 0, 1)))
        elif i == 10:
            f = X ** 2 + 3 * X + 1; x0 = 1
            single_is(q, f.subs(X, x0) - sp.diff(f, X).subs(X, x0) * x0)
        elif i == 11:
            single_is(q, F(sum(1 for a in range(1, 7) for b in range(1, 7) if a + b == 6), 36))
        elif i == 12:
            r, b = n[0], n[1]; single_is(q, F(math.comb(int(r), 2), math.comb(int(r + b), 2)))
        elif i == 13:
            data = sorted(n); m = len(data)
            single_is(q, (data[m // 2 - 1] + data[m // 2]) / 2)
        elif i == 14:
            data = n; mu = sum(data) / len(data)
            single_is(q, sum((x - mu) ** 2 for x in data) / len(data))
        elif i == 15:
            a, b, c = n; p = (a + b + c) / 2
            S = sp.sqrt(qnum(p * (p - a) * (p - b) * (p - c)))
            single_is(q, qnum(a * b * c) / (4 * S))
        elif i == 16:
            sm = n[0]; k = sm / 180 + 2; single_is(q, k * (k - 3) / 2)
        elif i == 17:
            a, b = sp.Matrix([3, 4]), sp.Matrix([3, -4])
            single_is(q, a.dot(b) / (a.norm() * b.norm()))
        elif i == 18:
            sn = sp.Rational(4, 5); single_is(q, 1 - 2 * sn ** 2)
        elif i == 19:
            single_is(q, sp.limit((X ** 3 - 125) / (X - 5), X, 5))
        elif i == 20:
            f = X ** 3 - 12 * X + 30
            mins = [c for c in sp.solve(sp.diff(f, X), X) if sp.diff(f, X, 2).subs(X, c) > 0]
            single_is(q, f.subs(X, mins[0]))
        elif i == 21:
            N = int(n[0]); single_is(q, N * (N - 1))
        elif i == 22:
            single_is(q, sum(1 for x in range(-100, 100) if abs(3 * x - 10) <= 11))
        elif 23 <= i <= 27:
            t = ctx[q["context"]]
            assert "√(x + 11) = x − 1" in t
            cands = sp.solve((X + 11) - (X - 1) ** 2, X)
            good = [c for c in cands if sp.sqrt(c + 11) == c - 1]
            D = (-3) ** 2 - 4 * 1 * (-10)
            if i == 23:
                single_text(q, "на шаге 4: корни не проверены")
            elif i == 24:
                assert good == [5]
                single_text(q, "x = 5")
            elif i == 25:
                single_is(q, D)
            elif i == 26:
                single_text(q, "x ≥ 1")
            else:
                single_text(q, f"левая часть {sp.sqrt(-2 + 11)}, правая {-2 - 1}".replace("-", "−"))
        elif 28 <= i <= 32:
            t = ctx[q["context"]]
            rows = [r for r in t.splitlines() if r.startswith("| Балл") or r.startswith("| Число")]
            xs, fs = nums(rows[0]), nums(rows[1])
            N = sum(fs); assert N == 20
            data = sorted(x for x, f in zip(xs, fs) for _ in range(int(f)))
            mean = F(sum(data), N)
            if i == 28:
                single_is(q, xs[fs.index(max(fs))]); assert fs.count(max(fs)) == 1
            elif i == 29:
                single_is(q, mean)
            elif i == 30:
                single_is(q, (data[9] + data[10]) / 2)
            elif i == 31:
                single_is(q, F(sum(1 for x in data if x >= 8), N))
            else:
                single_is(q, sum((x - mean) ** 2 for x in data) / N)
        else:
            unknown(q)


# ============================================================================ MATH LITERACY
def check_literacy():
    R = load("ru", "math_literacy")
    days = ["Понедельник", "Вторник", "Среда", "Четверг", "Пятница", "Суббота", "Воскресенье"]
    months = {"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
              "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12}
    for q in R["questions"]:
        generic(q)
        s, i, o = q["stem"], int(q["id"][-4:]), q["options"]
        n = nums(s)
        if i in (1, 2):
            p, d = n; single_is(q, p * (100 - d) / 100)
        elif i in (3, 4):
            a, b = n; f = (1 - a / 100) * (1 + b / 100)
            ch = (1 - f) * 100
            single_text(q, f"Уменьшилась на {ch} %" if f < 1 else f"Увеличилась на {-ch} %")
        elif i == 5:
            p1, m, p2 = n; single_is(q, m * p2 / p1)
        elif i == 6:
            hh, mm, S, v = n; t = S / v; mins = int(hh * 60 + mm + t * 60)
            single_text(q, f"{mins // 60 % 24:02d}:{mins % 60:02d}")
        elif i == 7:
            v1, v2, S = n; single_is(q, 2 * S / (S / v1 + S / v2))
        elif i == 8:
            one, rate, com, usd = n; single_is(q, usd * rate * (100 + com) / 100)
        elif i == 9:
            one, rate, usd = n; single_is(q, usd * rate)
        elif i in (10, 11):
            rows = [r for r in s.splitlines() if r.startswith("| ") and not r.startswith("| Статья")]
            amounts = {r.split("|")[1].strip(): nums(r)[0] for r in rows}
            item_ = re.search(r"«(.*)»", s).group(1)
            single_is(q, amounts[item_] * 100 / sum(amounts.values()))
        elif i == 12:
            row = [r for r in s.splitlines() if r.startswith("| −")][0]
            t = nums(row); single_text(q, f"{sum(t) / len(t)} °C".replace("-", "−"))
        elif i == 13:
            data = sorted(n[1:]); m = len(data); assert m == n[0]
            single_is(q, (data[m // 2 - 1] + data[m // 2]) / 2)
        elif i == 14:
            N, w = n; single_is(q, w / N)
        elif i == 15:
            single_is(q, n[0] * F(1000, 3600))
        elif i == 16:
            w, l, rate = n; single_is(q, w * l / 10000 * rate)
        elif i == 17:
            a, b = n; single_is(q, 1 / (1 / a + 1 / b))
        elif i == 18:
            hh, mm, dh, dm = n; mins = int(hh * 60 + mm + dh * 60 + dm)
            assert mins >= 24 * 60
            single_text(q, f"{mins // 60 % 24:02d}:{mins % 60:02d}")
        elif i == 19:
            colors, per = n; single_is(q, colors + 1)
        elif i == 20:
            colors, per = n; single_is(q, (colors - 1) * per + 1)
        elif i == 21:
            A, per_min, mins = n; B = per_min * mins
            single_text(q, f"тариф «{'А' if A < B else 'Б'}», дешевле на {abs(B - A)} тг")
        elif i == 22:
            P, r, y = n; single_is(q, P * (1 + r / 100) ** int(y))
        elif i == 23:
            one, scale, d = n; single_is(q, d * scale / 100 / 1000)
        elif i == 24:
            l, per, one, price, dist = n; single_is(q, l * dist / per * price)
        elif i == 25:
            total, a, b, c = n; single_is(q, total * max(a, b, c) / (a + b + c))
        elif i in (26, 27):
            m = re.search(r"(\d+) (\w+) (\d{4}) года — (\w+)\. Какой день недели (\d+) (\w+) (\d{4})", s)
            d0 = date(int(m.group(3)), months[m.group(2)], int(m.group(1)))
            d1 = date(int(m.group(7)), months[m.group(6)], int(m.group(5)))
            assert days[d0.weekday()].lower() == m.group(4), "stated weekday is wrong"
            single_text(q, days[d1.weekday()])
        elif i == 28:
            a, b, one, price = n; single_is(q, (b - a) * price)
        else:
            unknown(q)


# ============================================================================ LABELS
# A label an author typed at the start of a prompt or an option: one letter (Latin, Russian or
# Kazakh) or a Roman numeral or a number of 1–2 digits, closed by ")" or "]" and perhaps opened
# by "(" or "["; or a number and a dot ("2. "). A letter and a dot is not taken: it is how
# initials start ("Л. С. Выготский"). Subscripts do not match ("A₅²", "C₈³" stay valid).
LETTERS = "A-Za-zА-ЯЁа-яёӘәҒғҚқҢңӨөҰұҮүҺһІі"
LABEL = re.compile(rf"^\s*(?:[(\[]\s*)?(?:[{LETTERS}]|[IVX]{{2,4}}|[0-9]{{1,2}})\s*[)\]]|^\s*[0-9]{{1,2}}\.\s")
# An explanation naming a prompt or an option by a letter label: "A) ", "(B)", "В) " at the start
# or after a punctuation mark ("…: A) f′(x) = …; B) …"). A unit before a bracket ("24 В)") is not.
LETTER_REF = re.compile(r"(?:^|[.;:,]\s+)\(?[A-FА-ЕӘ]\)(?=[\s,.;:]|$)")


def check_labels(paths):
    """Prompts and options carry no labels; explanations do not name them by letter."""
    for path in paths:
        pack = json.load(open(path, encoding="utf-8"))
        for q in pack["questions"]:
            for field in ("prompts", "options"):
                for i, text in enumerate(q.get(field, [])):
                    m = LABEL.match(text)
                    if m:
                        FAIL.append((f"{path}: {q['id']}", f"{field}[{i}] starts with its own label "
                                     f"{m.group(0).strip()!r} (the shell numbers prompts and letters "
                                     f"options): {text!r}"))
            m = LETTER_REF.search(q.get("explanation", ""))
            if m:
                FAIL.append((f"{path}: {q['id']}", f"explanation names a prompt or option by the letter "
                             f"{m.group(0).strip(' .;:,')!r} (name prompts 1), 2), options by content): "
                             f"{q['explanation']!r}"))


def pack_paths(files):
    """The packs to check for labels: the files given, else every content/packs/*/*.json."""
    return files or sorted(glob.glob("content/packs/*/*.json"))


# ============================================================================ TWINS
def check_twins():
    num = re.compile(r"\d+(?:[.,]\d+)?")
    for a in ["math", "physics", "pbb_math", "math_literacy"]:
        K, R = load("kk", a), load("ru", a)
        rg = {q["group"]: q for q in R["questions"]}
        kg = {q["group"]: q for q in K["questions"]}
        if set(rg) != set(kg):
            FAIL.append((a, "kk/ru groups differ"))
        for g, k in kg.items():
            r = rg.get(g)
            if r is None:
                continue
            for f in ["kind", "correct", "difficulty", "topic", "exam", "subject"]:
                if k.get(f) != r.get(f):
                    FAIL.append((k["id"], f"twin field {f} differs: {k.get(f)} / {r.get(f)}"))
            if len(k["options"]) != len(r["options"]) or len(k.get("prompts", [])) != len(r.get("prompts", [])):
                FAIL.append((k["id"], "twin option/prompt count differs"))
            for fld in ["options", "prompts"]:
                for ko, ro in zip(k.get(fld, []), r.get(fld, [])):
                    if Counter(num.findall(ko)) != Counter(num.findall(ro)):
                        FAIL.append((k["id"], f"twin {fld} numbers differ: {ko!r} / {ro!r}"))
            ks, rs = Counter(num.findall(k["stem"])), Counter(num.findall(r["stem"]))
            if ks != rs and not (ks - rs == Counter({"1": 1, "2": 1}) and not rs - ks and g == "physics.g0066"):
                # physics.g0066: kk writes '1 рет', '2 рет' where ru writes 'один', 'два' (read by hand)
                FAIL.append((k["id"], f"twin stem numbers differ: {dict(ks - rs)} / {dict(rs - ks)}"))
        kc = {c["group"]: c for c in K.get("contexts", [])}
        rc = {c["group"]: c for c in R.get("contexts", [])}
        for g in kc:
            if Counter(num.findall(kc[g]["text"])) != Counter(num.findall(rc[g]["text"])):
                FAIL.append((g, "twin context numbers differ"))


def main(argv):
    if argv and argv[0] == "--labels":
        # Only the label check, on the packs given (default: all of content/packs).
        check_labels(pack_paths(argv[1:]))
        for f in FAIL:
            print("FAIL", *f)
        print("FAILURES:", len(FAIL))
        return 1 if FAIL else 0
    if argv:
        print("usage: check_keys.py [--labels [PACK.json ...]]", file=sys.stderr)
        return 2
    check_labels(pack_paths([]))
    check_math()
    check_physics()
    check_pbb()
    check_literacy()
    check_twins()
    print(f"recomputed and confirmed: {len(OK)} ru items (kk twins checked against them)")
    for h in HAND:
        print("HAND", *h)
    for f in FAIL:
        print("FAIL", *f)
    print("FAILURES:", len(FAIL))
    return 1 if FAIL else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
