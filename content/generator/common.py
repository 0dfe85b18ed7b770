"""Shared helpers for the Qazstep content generators (Python 3.11, standard library only).

Generic pieces any generator (math, physics, ...) can reuse:

* number formatting the Kazakh/Russian school way (decimal comma, Unicode minus, fractions a/b,
  simplified square roots k√m, superscript exponents, polynomials);
* ``L(kk, ru)`` bilingual text values: a field is either one string used for both locales or a
  ``{"kk": ..., "ru": ...}`` dict;
* ``Builder``: turns bilingual item specs (single / multiple / matching) into the kk and ru
  question lists of two twin packs, places the key at a balanced, seeded position identical
  in both languages, and numbers ids and groups;
* ``check_twin_packs``: asserts the pack-format invariants (distinct options, key in range,
  unique stems and ids, kk/ru twins with equal kind, option count and key, explanation and
  source present) and raises ``AssertionError`` on the first violation;
* ``write_pack``: pretty-printed UTF-8 JSON (2-space indent, ensure_ascii=False).

Templates signal "these random parameters are unusable, draw again" by raising ``Retry``.
"""
from __future__ import annotations

import json
import math
import os
import random
from fractions import Fraction

MINUS = "\u2212"  # the typographic minus sign used in all formulas
LOCALES = ("kk", "ru")


class Retry(Exception):
    """Raised by a template when the drawn parameters give an unusable item."""


# --------------------------------------------------------------------------- bilingual text
def L(kk: str, ru: str) -> dict:
    return {"kk": kk, "ru": ru}


def tr(value, loc: str) -> str:
    """The text of a bilingual value in one locale."""
    if isinstance(value, dict):
        return value[loc]
    return value


# --------------------------------------------------------------------------- numbers
def frac(x) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(x)


def group_digits(n: int) -> str:
    """12500 -> '12 500' (numbers of 5+ digits are grouped by thousands with a space)."""
    s = str(abs(n))
    if len(s) >= 5:
        parts = []
        while s:
            parts.append(s[-3:])
            s = s[:-3]
        s = " ".join(reversed(parts))
    return (MINUS if n < 0 else "") + s


def num(x, as_fraction: bool = False, group: bool = False) -> str:
    """Format an exact number: integers as is, terminating fractions with a decimal comma
    (3,5), other fractions as a/b. ``as_fraction`` forces a/b. Negative numbers use '−'."""
    x = frac(x)
    sign = MINUS if x < 0 else ""
    x = abs(x)
    if x.denominator == 1:
        return sign + (group_digits(x.numerator) if group else str(x.numerator))
    d = x.denominator
    while d % 2 == 0:
        d //= 2
    while d % 5 == 0:
        d //= 5
    if d == 1 and not as_fraction:
        k = 0
        while (10 ** k) % x.denominator:
            k += 1
        digits = str(x.numerator * (10 ** k // x.denominator)).rjust(k + 1, "0")
        whole = int(digits[:-k])
        whole_s = group_digits(whole) if group else str(whole)
        return sign + whole_s + "," + digits[-k:]
    return sign + f"{x.numerator}/{x.denominator}"


def is_decimal_clean(x, places: int = 2) -> bool:
    """True if x has at most `places` decimal digits."""
    x = frac(x)
    return (x * 10 ** places).denominator == 1


def sqrt_parts(n: int) -> tuple[int, int]:
    """n = k²·m with m square-free: returns (k, m)."""
    if n < 0:
        raise ValueError(n)
    k, m = 1, n
    f = 2
    while f * f <= m:
        while m % (f * f) == 0:
            m //= f * f
            k *= f
        f += 1
    return k, m


def root(n: int, coef=1) -> str:
    """coef·√n simplified: root(72) -> '6√2', root(49) -> '7', root(8, Fraction(1,2)) -> '√2'."""
    k, m = sqrt_parts(n)
    c = frac(coef) * k
    if m == 1:
        return num(c)
    if m == 0 or c == 0:
        return "0"
    if c == 1:
        return f"√{m}"
    if c == -1:
        return f"{MINUS}√{m}"
    if c.denominator == 1:
        return f"{num(c)}√{m}"
    sign = MINUS if c < 0 else ""
    c = abs(c)
    top = f"√{m}" if c.numerator == 1 else f"{c.numerator}√{m}"
    return f"{sign}{top}/{c.denominator}"


def pi_str(c) -> str:
    """c·π: 12 -> '12π', 1/2 -> 'π/2', 4/3 -> '4π/3'."""
    c = frac(c)
    if c == 0:
        return "0"
    sign = MINUS if c < 0 else ""
    c = abs(c)
    top = "π" if c.numerator == 1 else f"{c.numerator}π"
    if c.denominator == 1:
        return sign + top
    return f"{sign}{top}/{c.denominator}"


_SUP = str.maketrans("0123456789-+()nx", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺⁽⁾ⁿˣ")


def sup(s) -> str:
    """Superscript: sup(3) -> '³', sup('2x-1') -> '²ˣ⁻¹'."""
    return str(s).replace(MINUS, "-").translate(_SUP)


_SUB = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def sub(s) -> str:
    return str(s).translate(_SUB)


def monomial(power: int, var: str = "x") -> str:
    if power == 0:
        return ""
    if power == 1:
        return var
    return var + sup(power)


def terms(pairs, fraction_style: str = "over") -> str:
    """Join (coefficient, monomial) pairs into '3x² − x + 5'. Zero coefficients are skipped.
    Non-integer coefficients: fraction_style 'over' gives '2x³/3', 'dot' gives '(2/3)x³'."""
    out = []
    for coef, mono in pairs:
        c = frac(coef)
        if c == 0:
            continue
        neg = c < 0
        a = abs(c)
        if mono == "":
            body = num(a, as_fraction=True)
        elif a.denominator == 1:
            body = mono if a == 1 else f"{a.numerator}{mono}"
        elif fraction_style == "over":
            body = (mono if a.numerator == 1 else f"{a.numerator}{mono}") + f"/{a.denominator}"
        else:
            body = f"({a.numerator}/{a.denominator}){mono}"
        if not out:
            out.append((MINUS if neg else "") + body)
        else:
            out.append((f" {MINUS} " if neg else " + ") + body)
    return "".join(out) if out else "0"


def poly(coeffs, var: str = "x", **kw) -> str:
    """coeffs highest power first: poly([1, -3, 0, 2]) -> 'x³ − 3x² + 2'."""
    n = len(coeffs) - 1
    return terms([(c, monomial(n - i, var)) for i, c in enumerate(coeffs)], **kw)


def poly_eval(coeffs, x):
    v = Fraction(0)
    for c in coeffs:
        v = v * x + c
    return v


def poly_deriv(coeffs):
    n = len(coeffs) - 1
    return [c * (n - i) for i, c in enumerate(coeffs[:-1])] or [0]


def poly_antideriv(coeffs):
    """Antiderivative with zero constant, highest power first."""
    n = len(coeffs) - 1
    return [Fraction(c, n - i + 1) for i, c in enumerate(coeffs)] + [Fraction(0)]


def signed(x) -> str:
    """' + 5' or ' − 5' for appending a constant to an expression."""
    x = frac(x)
    return f" {MINUS} {num(-x)}" if x < 0 else f" + {num(x)}"


def paren(x) -> str:
    """Number in parentheses when negative: for substitutions like 3·(−2)."""
    s = num(x)
    return f"({s})" if frac(x) < 0 else s


def interval(a, b, left_closed: bool, right_closed: bool) -> str:
    """School interval notation with a semicolon: [−2; 5), (−∞; 3]."""
    ls = "[" if left_closed and a is not None else "("
    rs = "]" if right_closed and b is not None else ")"
    a_s = f"{MINUS}∞" if a is None else (a if isinstance(a, str) else num(a))
    b_s = "+∞" if b is None else (b if isinstance(b, str) else num(b))
    return f"{ls}{a_s}; {b_s}{rs}"


# --------------------------------------------------------------------------- distractors
def norm(value) -> tuple:
    return tuple(tr(value, loc).strip() for loc in LOCALES)


def pick_distractors(key, candidates, n: int = 3):
    """First `n` candidates distinct from the key and from each other (compared per locale
    after trimming). Raises Retry when fewer than `n` remain."""
    seen = {norm(key)}
    seen_loc = [{tr(key, loc).strip()} for loc in LOCALES]
    out = []
    for c in candidates:
        if c is None:
            continue
        keys = [tr(c, loc).strip() for loc in LOCALES]
        if any(k in seen_loc[i] for i, k in enumerate(keys)) or any(not k for k in keys):
            continue
        for i, k in enumerate(keys):
            seen_loc[i].add(k)
        out.append(c)
        if len(out) == n:
            return out
    raise Retry(f"only {len(out)} distractors for key {norm(key)}")


# --------------------------------------------------------------------------- item building
class Builder:
    """Collects bilingual item specs and emits twin kk/ru question lists.

    An item spec is a dict with: kind ('single' | 'multiple' | 'matching'), topic (full id),
    difficulty, stem, explanation, source (bilingual values) and
      single:   key, distractors (3 values)
      multiple: choices = [(value, is_correct), ...] (6 entries, 1–3 correct)
      matching: pairs = [(prompt, answer), ...], extra = [distractor answers]
    optional: context (context key registered with add_context), exam ('unt').
    """

    def __init__(self, area: str, subject: str, seed: int):
        self.area = area
        self.subject = subject
        self.rng = random.Random(seed * 7919 + 17)  # placement only; templates use their own rng
        self.items = []
        self.contexts = []  # (key, title, text) bilingual
        self.context_ids = {}
        self._bag = []
        self._stems = {loc: set() for loc in LOCALES}

    # balanced key positions for single items: every block of 4 uses each position once
    def _next_pos(self, n: int) -> int:
        if n != 4:
            return self.rng.randrange(n)
        if not self._bag:
            self._bag = [0, 1, 2, 3]
            self.rng.shuffle(self._bag)
        return self._bag.pop()

    def stem_taken(self, stem) -> bool:
        return any(tr(stem, loc).strip() in self._stems[loc] for loc in LOCALES)

    def add_context(self, key: str, title, text) -> None:
        assert key not in self.context_ids, f"duplicate context {key}"
        self.context_ids[key] = len(self.contexts) + 1
        self.contexts.append((key, title, text))

    def add(self, spec: dict) -> None:
        for f in ("kind", "topic", "difficulty", "stem", "explanation", "source"):
            assert f in spec, f"item spec lacks {f}: {spec.get('stem')}"
        assert 1 <= spec["difficulty"] <= 5, spec
        assert not self.stem_taken(spec["stem"]), f"duplicate stem: {norm(spec['stem'])}"
        kind = spec["kind"]
        item = dict(spec)
        if kind == "single":
            opts = [spec["key"]] + list(spec["distractors"])
            assert len(opts) == 4, f"single needs 4 options: {norm(spec['stem'])}"
            pos = self._next_pos(4)
            rest = opts[1:]
            self.rng.shuffle(rest)
            options = rest[:pos] + [opts[0]] + rest[pos:]
            item["options"], item["correct"] = options, [pos]
        elif kind == "multiple":
            ch = list(spec["choices"])
            assert len(ch) == 6, f"multiple needs 6 options: {norm(spec['stem'])}"
            self.rng.shuffle(ch)
            item["options"] = [c for c, _ in ch]
            item["correct"] = [i for i, (_, ok) in enumerate(ch) if ok]
            assert 1 <= len(item["correct"]) <= 3, norm(spec["stem"])
        elif kind == "matching":
            answers = [a for _, a in spec["pairs"]] + list(spec["extra"])
            self.rng.shuffle(answers)
            keyset = [norm(a) for a in answers]
            item["prompts"] = [p for p, _ in spec["pairs"]]
            item["options"] = answers
            item["correct"] = [keyset.index(norm(a)) for _, a in spec["pairs"]]
        else:
            raise AssertionError(f"unknown kind {kind}")
        for loc in LOCALES:
            self._stems[loc].add(tr(spec["stem"], loc).strip())
        self.items.append(item)

    def questions(self, loc: str, exam: str = "unt") -> list:
        out = []
        for n, it in enumerate(self.items, 1):
            q = {
                "id": f"{self.area}.{loc}.{n:04d}",
                "group": f"{self.area}.g{n:04d}",
                "exam": it.get("exam", exam),
                "subject": self.subject,
                "topic": it["topic"],
                "kind": it["kind"],
            }
            if it.get("context"):
                q["context"] = f"{self.area}.{loc}.ctx.{self.context_ids[it['context']]:02d}"
            q["stem"] = tr(it["stem"], loc)
            if it["kind"] == "matching":
                # Prompts and options carry no labels of their own: the shell numbers the
                # prompts (1, 2, 3, in this order, so explanations name them "1)", "2)") and
                # letters the options as shown (each attempt shuffles them).
                q["prompts"] = [tr(p, loc) for p in it["prompts"]]
            q["options"] = [tr(o, loc) for o in it["options"]]
            q["correct"] = list(it["correct"])
            q["explanation"] = tr(it["explanation"], loc)
            q["difficulty"] = it["difficulty"]
            q["source"] = tr(it["source"], loc)
            out.append(q)
        return out

    def context_list(self, loc: str) -> list:
        return [
            {
                "id": f"{self.area}.{loc}.ctx.{self.context_ids[key]:02d}",
                "group": f"{self.area}.ctx.g{self.context_ids[key]:02d}",
                "subject": self.subject,
                "title": tr(title, loc),
                "text": tr(text, loc),
            }
            for key, title, text in self.contexts
        ]

    def pack(self, loc: str, title, topics, exam: str = "unt", version: int = 1) -> dict:
        """topics: list of (id, name_kk, name_ru); raise `version` whenever the pack changes."""
        p = {
            "format": 1,
            "id": f"kz.qazstep.starter.{loc}.{self.area}",
            "version": version,
            "locale": loc,
            "title": title,
            "topics": [
                {"id": tid, "subject": self.subject, "name": {"kk": kk, "ru": ru}}
                for tid, kk, ru in topics
            ],
        }
        ctx = self.context_list(loc)
        if ctx:
            p["contexts"] = ctx
        p["questions"] = self.questions(loc, exam)
        return p


# --------------------------------------------------------------------------- checking & writing
def check_pack(p: dict) -> None:
    """Assert the content-pack rules every generated pack must satisfy."""
    where = p.get("id")
    assert p["format"] == 1 and p["version"] >= 1 and p["locale"] in ("kk", "ru", "en"), where
    topic_ids = {t["id"] for t in p.get("topics", [])}
    assert len(topic_ids) == len(p.get("topics", [])), f"{where}: duplicate topic ids"
    ctx_ids = [c["id"] for c in p.get("contexts", [])]
    assert len(set(ctx_ids)) == len(ctx_ids), f"{where}: duplicate context ids"
    ids, stems = set(), set()
    ctx_count = {c: 0 for c in ctx_ids}
    for q in p["questions"]:
        qid = q["id"]
        assert qid not in ids, f"duplicate id {qid}"
        ids.add(qid)
        stem = q["stem"].strip()
        assert stem and stem not in stems, f"{qid}: empty or duplicate stem"
        stems.add(stem)
        assert q["topic"] in topic_ids, f"{qid}: unknown topic {q['topic']}"
        assert q["topic"].split(".")[0] == q["subject"], f"{qid}: topic of another subject"
        opts = [o.strip() for o in q["options"]]
        assert all(opts), f"{qid}: empty option"
        assert len(set(opts)) == len(opts), f"{qid}: options not distinct {opts}"
        c = q["correct"]
        assert len(set(c)) == len(c) and all(0 <= i < len(opts) for i in c), f"{qid}: bad key"
        if q["kind"] == "single":
            assert len(opts) == 4 and len(c) == 1, f"{qid}: single must be 4 options, 1 key"
        elif q["kind"] == "multiple":
            assert len(opts) == 6 and 1 <= len(c) <= 3, f"{qid}: multiple must be 6 options, 1–3 keys"
        elif q["kind"] == "matching":
            pr = q["prompts"]
            assert 2 <= len(pr) <= 6 and len(pr) <= len(opts) <= 8, f"{qid}: matching shape"
            assert len(c) == len(pr), f"{qid}: one answer per prompt"
            assert len(set(x.strip() for x in pr)) == len(pr), f"{qid}: prompts not distinct"
        else:
            raise AssertionError(f"{qid}: kind {q['kind']}")
        assert q.get("explanation", "").strip(), f"{qid}: no explanation"
        assert q.get("source", "").strip(), f"{qid}: no source"
        assert 1 <= q.get("difficulty", 3) <= 5, f"{qid}: difficulty"
        if "context" in q:
            assert q["context"] in ctx_count, f"{qid}: unknown context"
            ctx_count[q["context"]] += 1
    for cid, n in ctx_count.items():
        assert n == 5, f"{cid}: {n} questions (must be exactly 5)"


def check_twin_packs(kk: dict, ru: dict) -> None:
    check_pack(kk)
    check_pack(ru)
    assert [t["id"] for t in kk.get("topics", [])] == [t["id"] for t in ru.get("topics", [])]
    qk, qr = kk["questions"], ru["questions"]
    assert len(qk) == len(qr), "kk and ru packs differ in size"
    for a, b in zip(qk, qr):
        assert a["group"] == b["group"], (a["id"], b["id"])
        for f in ("kind", "correct", "topic", "difficulty", "exam"):
            assert a[f] == b[f], f"{a['group']}: twins differ in {f}"
        assert len(a["options"]) == len(b["options"]), f"{a['group']}: option count"
        assert len(a.get("prompts", [])) == len(b.get("prompts", [])), f"{a['group']}: prompts"
        assert ("context" in a) == ("context" in b), f"{a['group']}: context"
    gk = [c["group"] for c in kk.get("contexts", [])]
    assert gk == [c["group"] for c in ru.get("contexts", [])], "context groups differ"


def write_pack(path: str, pack: dict) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(pack, f, ensure_ascii=False, indent=2)
        f.write("\n")


def run_template(builder: Builder, rng: random.Random, template, tries: int = 200, **kw) -> None:
    """Instantiate a template, redrawing parameters until the item is usable and its stem new.
    Fails loudly if no usable instance is found."""
    last = None
    for _ in range(tries):
        try:
            spec = template(rng, **kw)
        except Retry as e:
            last = e
            continue
        if builder.stem_taken(spec["stem"]):
            last = "duplicate stem"
            continue
        builder.add(spec)
        return
    raise AssertionError(f"template {template.__name__} failed {tries} times: {last}")


def gcd(a: int, b: int) -> int:
    return math.gcd(a, b)
