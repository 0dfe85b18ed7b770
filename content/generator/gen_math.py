#!/usr/bin/env python3
"""Generator of the ҰБТ/ЕНТ mathematics and mathematical-literacy starter packs.

Usage (from the repository root):

    python3 content/generator/gen_math.py            # rewrite the four packs
    python3 content/generator/gen_math.py --check    # generate and check, write nothing
    python3 content/generator/gen_math.py --out DIR  # write DIR/<locale>/<area>.json instead

It (re)writes

    content/packs/kk/math.json            content/packs/ru/math.json
    content/packs/kk/math_literacy.json   content/packs/ru/math_literacy.json

deterministically (fixed seed SEED): running it twice gives byte-identical files.

How items are made: every template below draws parameters from a seeded random.Random, chosen
so that answers are clean, COMPUTES the key with exact arithmetic (fractions.Fraction, integer
square roots, exact trigonometric table values) and computes the distractors from typical
mistakes (sign error, forgotten root or domain check, wrong formula, forgotten 1/2 or 1/3...).
kk and ru texts are written for each template; the explanation shows the computation with the
drawn numbers. A template raises Retry when a draw gives an unusable item (distractor equal to
the key, ugly numbers) and is drawn again. common.Builder places the key at a balanced position,
identical in the kk and ru twins; common.check_twin_packs asserts the pack invariants (distinct
options, key in range, 1–3 keys of 6 in multiple, unique stems and ids, twins consistent,
5 questions per context, explanation and source present) and the script fails loudly
(AssertionError) if anything is off, writing nothing.
"""
from __future__ import annotations

import math
import os
import random
import sys
from fractions import Fraction as Fr

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from common import (  # noqa: E402
    MINUS, L, Builder, Retry, check_twin_packs, interval, num, paren, pi_str, pick_distractors,
    poly, poly_antideriv, poly_deriv, poly_eval, root, run_template, signed, sqrt_parts, sub, sup,
    terms, tr, write_pack, group_digits,
)

SEED = 20260301
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
M = MINUS

BOOK = {
    "alg8": ("Алгебра, 8-сынып", "Алгебра, 8 класс"),
    "alg9": ("Алгебра, 9-сынып", "Алгебра, 9 класс"),
    "an10": ("Алгебра және анализ бастамалары, 10-сынып", "Алгебра и начала анализа, 10 класс"),
    "an11": ("Алгебра және анализ бастамалары, 11-сынып", "Алгебра и начала анализа, 11 класс"),
    "geo8": ("Геометрия, 8-сынып", "Геометрия, 8 класс"),
    "geo9": ("Геометрия, 9-сынып", "Геометрия, 9 класс"),
    "geo10": ("Геометрия, 10-сынып", "Геометрия, 10 класс"),
    "geo11": ("Геометрия, 11-сынып", "Геометрия, 11 класс"),
}


def src(book, kk, ru):
    return L(f"{BOOK[book][0]}: {kk}", f"{BOOK[book][1]}: {ru}")


def single(topic, diff, stem, key, cands, expl, source, **kw):
    return dict(kind="single", topic=f"math.{topic}", difficulty=diff, stem=stem, key=key,
                distractors=pick_distractors(key, cands), explanation=expl, source=source, **kw)


def nz(rng, lo, hi):
    """Random non-zero integer in [lo, hi]."""
    while True:
        v = rng.randint(lo, hi)
        if v:
            return v


def lin(a, b, var="x"):
    return terms([(a, var), (b, "")])


def expo(s):
    """Superscript an exponent expression such as '3x − 1' (spaces dropped)."""
    return sup(s.replace(" ", ""))


def integral(lo, hi):
    """∫ with the limits written as sub/superscripts: ∫₋₁²."""
    return "∫" + str(lo).replace("-", "₋").translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")) + sup(hi)


def isqrt_exact(n):
    if n < 0:
        return None
    r = math.isqrt(n)
    return r if r * r == n else None


# =========================================================================== equations
def t_linear(rng):
    a, c = rng.randint(2, 9), rng.randint(2, 9)
    if a == c:
        raise Retry
    r = nz(rng, -7, 7)
    b = nz(rng, -12, 12)
    d = a * r + b - c * r
    if d == 0:
        raise Retry
    eq = f"{lin(a, b)} = {lin(c, d)}"
    step = f"{a}x {M} {c}x = {num(d)} {M} {paren(b)}, {lin(a - c, 0)} = {num(d - b)}, x = {num(r)}"
    return single(
        "equations", 1, L(f"Теңдеуді шешіңіз: {eq}.", f"Решите уравнение: {eq}."), num(r),
        [num(-r), num(Fr(d + b, a - c)), num(Fr(d - b, a + c)), num(r + 1)],
        L(f"x бар мүшелерді сол жаққа, сандарды оң жаққа жинаймыз (таңбасын өзгертіп): {step}.",
          f"Слагаемые с x переносим влево, числа вправо (меняя знак): {step}."),
        src("alg8", "Сызықтық теңдеулер", "Линейные уравнения"))


def t_quad_root(rng):
    a = rng.choice([1, 1, 1, 2, 3])
    r1, r2 = sorted(rng.sample([i for i in range(-9, 10) if i], 2))
    if r1 == -r2:
        raise Retry
    A, B, C = a, -a * (r1 + r2), a * r1 * r2
    D = B * B - 4 * A * C
    sd = isqrt_exact(D)
    eq = f"{poly([A, B, C])} = 0"
    expl_core = (f"D = {paren(B)}² {M} 4·{A}·{paren(C)} = {D}, √D = {sd}; "
                 f"x = ({num(-B)} ± {sd})/{2 * A}")
    return single(
        "equations", 2,
        L(f"{eq} теңдеуінің үлкен түбірін табыңыз.", f"Найдите больший корень уравнения {eq}."),
        num(r2), [num(-r1), num(r1), num(-r2), num(r1 + r2)],
        L(f"{expl_core}, яғни x₁ = {num(r1)}, x₂ = {num(r2)}. Үлкен түбірі — {num(r2)}.",
          f"{expl_core}, т. е. x₁ = {num(r1)}, x₂ = {num(r2)}. Больший корень — {num(r2)}."),
        src("alg8", "Квадрат теңдеулер", "Квадратные уравнения"))


def t_vieta(rng):
    p, q = nz(rng, -9, 9), nz(rng, -12, 12)
    D = p * p - 4 * q
    if D <= 0 or isqrt_exact(D) is not None:
        raise Retry
    key = p * p - 2 * q
    eq = f"{poly([1, p, q])} = 0"
    calc = f"x₁² + x₂² = (x₁ + x₂)² {M} 2x₁x₂ = {paren(-p)}² {M} 2·{paren(q)} = {num(key)}"
    return single(
        "equations", 3,
        L(f"x₁ және x₂ — {eq} теңдеуінің түбірлері. x₁² + x₂² өрнегінің мәнін табыңыз.",
          f"x₁ и x₂ — корни уравнения {eq}. Найдите значение выражения x₁² + x₂²."),
        num(key), [num(p * p + 2 * q), num(p * p - q), num(-p * p - 2 * q), num(q * q - 2 * p)],
        L(f"Виет теоремасы бойынша x₁ + x₂ = {num(-p)}, x₁x₂ = {num(q)}. {calc}.",
          f"По теореме Виета x₁ + x₂ = {num(-p)}, x₁x₂ = {num(q)}. {calc}."),
        src("alg8", "Виет теоремасы", "Теорема Виета"))


def t_rational(rng):
    x0, b = nz(rng, -6, 8), nz(rng, -5, 5)
    c = rng.choice([2, 3, 4, 5, -2, -3])
    a = c * x0 - c * b - x0
    if x0 == b or a == 0:
        raise Retry
    eq = f"({lin(1, a)})/({lin(1, -b)}) = {num(c)}"
    step = f"{lin(1, a)} = {num(c)}·({lin(1, -b)}), {lin(c - 1, 0)} = {num(a + c * b)}, x = {num(x0)}"
    return single(
        "equations", 2, L(f"Теңдеуді шешіңіз: {eq}.", f"Решите уравнение: {eq}."), num(x0),
        [num(Fr(a + b, c - 1)), num(Fr(a - c * b, c - 1)), num(-x0), num(b)],
        L(f"x ≠ {num(b)}. Теңдеудің екі жағын да ({lin(1, -b)}) өрнегіне көбейтеміз: {step}. Бұл мән x ≠ {num(b)} шартын қанағаттандырады.",
          f"x ≠ {num(b)}. Умножаем обе части на ({lin(1, -b)}): {step}. Это значение удовлетворяет условию x ≠ {num(b)}."),
        src("alg8", "Бөлшек-рационал теңдеулер", "Дробно-рациональные уравнения"))


def t_irrational(rng):
    b = nz(rng, -3, 5)
    t0 = rng.randint(2, 6)
    x0 = b + t0
    a = t0 * t0 - x0
    x1 = b + 1 - t0
    if a == 0 or x0 == 0 or x1 == x0:
        raise Retry
    eq = f"√({lin(1, a)}) = {lin(1, -b)}"
    quad = f"{poly([1, -(2 * b + 1), b * b - a])} = 0"
    return single(
        "equations", 4, L(f"Теңдеуді шешіңіз: {eq}.", f"Решите уравнение: {eq}."), num(x0),
        [num(x1), f"{num(min(x0, x1))}; {num(max(x0, x1))}", L("Түбірі жоқ", "Корней нет"), num(-x0)],
        L(f"Екі жағын квадраттаймыз: {lin(1, a)} = ({lin(1, -b)})², {quad}, x₁ = {num(x0)}, x₂ = {num(x1)}. "
          f"Тексеру: x = {num(x1)} болғанда оң жағы {num(x1 - b)} < 0, демек бұл бөгде түбір. Жауабы: {num(x0)}.",
          f"Возводим обе части в квадрат: {lin(1, a)} = ({lin(1, -b)})², {quad}, x₁ = {num(x0)}, x₂ = {num(x1)}. "
          f"Проверка: при x = {num(x1)} правая часть равна {num(x1 - b)} < 0, это посторонний корень. Ответ: {num(x0)}."),
        src("an11", "Иррационал теңдеулер", "Иррациональные уравнения"))


def t_modulus(rng):
    a, b = nz(rng, -8, 8), rng.randint(2, 9)
    if abs(a) == b:
        raise Retry
    key = (a + b) * (a - b)
    eq = f"|{lin(1, -a)}| = {b}"
    return single(
        "equations", 2,
        L(f"{eq} теңдеуінің түбірлерінің көбейтіндісін табыңыз.",
          f"Найдите произведение корней уравнения {eq}."),
        num(key), [num(a + b), num(a * a + b * b), num(-key), num(a - b)],
        L(f"{lin(1, -a)} = {b} немесе {lin(1, -a)} = {M}{b}, яғни x₁ = {num(a + b)}, x₂ = {num(a - b)}. "
          f"Көбейтіндісі: {num(a + b)}·{paren(a - b)} = {num(key)}.",
          f"{lin(1, -a)} = {b} или {lin(1, -a)} = {M}{b}, т. е. x₁ = {num(a + b)}, x₂ = {num(a - b)}. "
          f"Произведение: {num(a + b)}·{paren(a - b)} = {num(key)}."),
        src("alg8", "Модулі бар теңдеулер", "Уравнения с модулем"))


def t_system(rng):
    x0, y0 = nz(rng, -6, 7), nz(rng, -6, 7)
    a1, b1 = rng.randint(2, 5), nz(rng, -5, 5)
    s = rng.choice([1, -1])
    if a1 * s == b1 or abs(x0) == abs(y0):
        raise Retry
    e1, e2 = a1 * x0 + b1 * y0, x0 + s * y0
    eq1, eq2 = f"{terms([(a1, 'x'), (b1, 'y')])} = {num(e1)}", f"{terms([(1, 'x'), (s, 'y')])} = {num(e2)}"
    xs = terms([(e2, ""), (-s, "y")])
    k = b1 - a1 * s
    step = f"x = {xs}; {a1}·({xs}) {'+' if b1 > 0 else M} {terms([(abs(b1), 'y')])} = {num(e1)}, {terms([(k, 'y')])} = {num(e1 - a1 * e2)}, y = {num(y0)}, x = {num(x0)}"
    return single(
        "equations", 2,
        L(f"(x₀; y₀) — {eq1} және {eq2} теңдеулер жүйесінің шешімі. x₀ + y₀ қосындысын табыңыз.",
          f"(x₀; y₀) — решение системы уравнений {eq1} и {eq2}. Найдите сумму x₀ + y₀."),
        num(x0 + y0), [num(x0 - y0), num(y0 - x0), num(x0 * y0), num(-x0 - y0)],
        L(f"Екінші теңдеуден x-ті өрнектеп, біріншісіне қоямыз: {step}. x₀ + y₀ = {num(x0 + y0)}.",
          f"Выражаем x из второго уравнения и подставляем в первое: {step}. x₀ + y₀ = {num(x0 + y0)}."),
        src("alg9", "Екі айнымалысы бар теңдеулер жүйесі", "Системы уравнений с двумя переменными"))


# =========================================================================== inequalities
def t_lin_ineq(rng):
    a, c = rng.randint(1, 6), rng.randint(2, 9)
    if a >= c:
        raise Retry
    b, d = nz(rng, -15, 15), nz(rng, -15, 15)
    r = Fr(d - b, a - c)
    key = math.floor(r) + 1
    ineq = f"{lin(a, b)} < {lin(c, d)}"
    return single(
        "inequalities", 2,
        L(f"{ineq} теңсіздігінің ең кіші бүтін шешімін табыңыз.",
          f"Найдите наименьшее целое решение неравенства {ineq}."),
        num(key), [num(math.floor(r)), num(key + 1), num(-key), num(key - 2)],
        L(f"{lin(a - c, 0)} < {num(d - b)}. Теріс санға бөлгенде теңсіздік таңбасы қарама-қарсыға өзгереді: "
          f"x > {num(r)}. Ең кіші бүтін шешімі — {num(key)}.",
          f"{lin(a - c, 0)} < {num(d - b)}. При делении на отрицательное число знак неравенства меняется "
          f"на противоположный: x > {num(r)}. Наименьшее целое решение — {num(key)}."),
        src("alg9", "Сызықтық теңсіздіктер", "Линейные неравенства"))


def t_quad_ineq(rng):
    r1, r2 = sorted(rng.sample([i for i in range(-7, 9) if i], 2))
    if r1 == -r2:
        raise Retry
    sign = rng.choice(["≤", "<", "≥", ">"])
    closed = sign in "≤≥"
    inside = sign in "≤<"

    def form(ins, cl, u, v):
        if ins:
            return interval(u, v, cl, cl)
        return f"{interval(None, u, False, cl)} ∪ {interval(v, None, cl, False)}"

    key = form(inside, closed, r1, r2)
    ineq = f"{poly([1, -(r1 + r2), r1 * r2])} {sign} 0"
    where_kk = "түбірлердің арасында" if inside else "түбірлерден тыс"
    where_ru = "между корнями" if inside else "вне отрезка между корнями"
    return single(
        "inequalities", 3, L(f"Теңсіздікті шешіңіз: {ineq}.", f"Решите неравенство: {ineq}."), key,
        [form(not inside, closed, r1, r2), form(inside, not closed, r1, r2),
         form(inside, closed, -r2, -r1), form(not inside, not closed, r1, r2)],
        L(f"Квадрат үшмүшенің түбірлері x₁ = {num(r1)}, x₂ = {num(r2)}. Парабола тармақтары жоғары, "
          f"сондықтан шарт {where_kk} орындалады{' (түбірлер де кіреді)' if closed else ''}: {key}.",
          f"Корни квадратного трёхчлена x₁ = {num(r1)}, x₂ = {num(r2)}. Ветви параболы направлены вверх, "
          f"поэтому условие выполняется {where_ru}{' (корни включаются)' if closed else ''}: {key}."),
        src("alg9", "Квадрат теңсіздіктер", "Квадратные неравенства"))


def t_count_int(rng):
    r1 = rng.randint(-6, 3)
    r2 = r1 + rng.randint(3, 9)
    strict = rng.random() < 0.5
    n = r2 - r1 - 1 if strict else r2 - r1 + 1
    sign = "<" if strict else "≤"
    ineq = f"{poly([1, -(r1 + r2), r1 * r2])} {sign} 0"
    sol = interval(r1, r2, not strict, not strict)
    return single(
        "inequalities", 3,
        L(f"{ineq} теңсіздігінің бүтін шешімдерінің санын табыңыз.",
          f"Найдите количество целых решений неравенства {ineq}."),
        num(n), [num(r2 - r1 + 1 if strict else r2 - r1 - 1), num(r2 - r1), num(n + 2), num(n - 2)],
        L(f"Түбірлері {num(r1)} және {num(r2)}, шешімі {sol}. Бұл аралықта {num(n)} бүтін сан бар.",
          f"Корни {num(r1)} и {num(r2)}, решение {sol}. В этом промежутке {num(n)} целых чисел."),
        src("alg9", "Квадрат теңсіздіктер", "Квадратные неравенства"))


def t_log_ineq(rng):
    B = rng.choice([2, 3])
    n = rng.choice([2, 3, 4]) if B == 2 else rng.choice([2, 3])
    a = nz(rng, -5, 6)
    strict = rng.random() < 0.5
    top = a + B ** n
    sign = "<" if strict else "≤"
    ineq = f"log{sub(B)}({lin(1, -a)}) {sign} {n}"
    key = interval(a, top, False, not strict)
    if B * n == B ** n:
        raise Retry
    return single(
        "exp_log", 4, L(f"Теңсіздікті шешіңіз: {ineq}.", f"Решите неравенство: {ineq}."), key,
        [interval(None, top, False, not strict), interval(a, top, True, not strict),
         interval(a, a + B * n, False, not strict), interval(top, None, not strict, False)],
        L(f"Негізі {B} > 1, функция өспелі: 0 < {lin(1, -a)} {sign} {B}{sup(n)} = {B ** n}. "
          f"Анықталу облысын ескеріп: {num(a)} < x {sign} {num(top)}, яғни {key}.",
          f"Основание {B} > 1, функция возрастает: 0 < {lin(1, -a)} {sign} {B}{sup(n)} = {B ** n}. "
          f"С учётом области определения: {num(a)} < x {sign} {num(top)}, т. е. {key}."),
        src("an11", "Логарифмдік теңсіздіктер", "Логарифмические неравенства"))


# =========================================================================== exponents and logarithms
def t_exp_eq(rng):
    a = rng.choice([2, 3, 5])
    x0, k = nz(rng, -3, 4), rng.randint(1, 4)
    b = rng.randint(-6, 6)
    m = k * x0 + b
    lim = {2: 6, 3: 4, 5: 3}[a]
    if m == 0 or abs(m) > lim or k * x0 == 0:
        raise Retry
    inv = rng.random() < 0.4
    base = f"(1/{a})" if inv else str(a)
    rhs = num((Fr(1, a) if inv else Fr(a)) ** m, as_fraction=True)
    eq = f"{base}{expo(lin(k, b))} = {rhs}"
    step = f"{rhs} = {base}{sup(m)}, {lin(k, b)} = {num(m)}, {lin(k, 0)} = {num(m - b)}, x = {num(x0)}"
    return single(
        "exp_log", 2 if inv else 1, L(f"Теңдеуді шешіңіз: {eq}.", f"Решите уравнение: {eq}."),
        num(x0), [num(Fr(-m - b, k)), num(Fr(m + b, k)), num(m), num(-x0)],
        L(f"Оң жағын да {base} негізді дәреже түрінде жазып, дәреже көрсеткіштерін теңестіреміз: {step}.",
          f"Записываем правую часть как степень с основанием {base} и приравниваем показатели: {step}."),
        src("an11", "Көрсеткіштік теңдеулер", "Показательные уравнения"))


def t_exp_subst(rng):
    b = rng.choice([2, 3])
    p, q = sorted(rng.sample(range(0, 4 if b == 2 else 3), 2))
    t1, t2 = b ** p, b ** q
    sq = b * b
    eq = f"{sq}ˣ {M} {t1 + t2}·{b}ˣ + {t1 * t2} = 0"
    return single(
        "exp_log", 4,
        L(f"{eq} теңдеуінің түбірлерінің қосындысын табыңыз.",
          f"Найдите сумму корней уравнения {eq}."),
        num(p + q), [num(t1 + t2), num(p * q), num(p + q + 1), num(q - p)],
        L(f"{b}ˣ = t (t > 0) деп белгілейміз: t² {M} {t1 + t2}t + {t1 * t2} = 0, t₁ = {t1}, t₂ = {t2}. "
          f"{b}ˣ = {t1} ⇒ x = {p}; {b}ˣ = {t2} ⇒ x = {q}. Қосындысы {p} + {q} = {p + q}.",
          f"Обозначим {b}ˣ = t (t > 0): t² {M} {t1 + t2}t + {t1 * t2} = 0, t₁ = {t1}, t₂ = {t2}. "
          f"{b}ˣ = {t1} ⇒ x = {p}; {b}ˣ = {t2} ⇒ x = {q}. Сумма {p} + {q} = {p + q}."),
        src("an11", "Көрсеткіштік теңдеулер", "Показательные уравнения"))


def t_log_sum(rng):
    a = rng.choice([2, 3, 5, 6, 10, 12, 15, 20])
    n = rng.choice([1, 2, 3]) if a <= 6 else rng.choice([1, 2])
    N = a ** n
    divs = [d for d in range(2, N) if N % d == 0 and d * d != N]
    divs = [d for d in divs if all(d != a ** i and N // d != a ** i for i in range(0, n + 1))]
    if not divs:
        raise Retry
    x = rng.choice(divs)
    y = N // x
    minus = rng.random() < 0.4
    if minus:
        big = x * N
        expr = f"log{sub(a)} {big} {M} log{sub(a)} {x}"
        calc = f"log{sub(a)}({big}/{x}) = log{sub(a)} {N} = {n}"
        cands = [num(big - x), num(n + 1), num(Fr(big, x)), num(2 * n)]
    else:
        expr = f"log{sub(a)} {x} + log{sub(a)} {y}"
        calc = f"log{sub(a)}({x}·{y}) = log{sub(a)} {N} = {n}"
        cands = [num(N), num(n + 1), num(2 * n), num(x + y)]
    lg = "lg" if a == 10 else None
    if lg:
        expr = expr.replace("log₁₀", "lg")
        calc = calc.replace("log₁₀", "lg")
    return single(
        "exp_log", 1, L(f"Есептеңіз: {expr}.", f"Вычислите: {expr}."), num(n), cands,
        L(f"Логарифмдердің {'айырмасы бөліндінің' if minus else 'қосындысы көбейтіндінің'} логарифміне тең: {calc}, өйткені {a}{sup(n)} = {N}.",
          f"{'Разность логарифмов равна логарифму частного' if minus else 'Сумма логарифмов равна логарифму произведения'}: {calc}, так как {a}{sup(n)} = {N}."),
        src("an11", "Логарифм және оның қасиеттері", "Логарифм и его свойства"))


def t_log_base_power(rng):
    a = rng.choice([2, 3, 5])
    k, m = rng.sample(range(1, 6 if a == 2 else 4), 2)
    if m % k == 0:
        raise Retry
    B, A = a ** k, a ** m
    if A > 250 or B > 250:
        raise Retry
    expr = f"log{sub(B)} {A}"
    return single(
        "exp_log", 3, L(f"Есептеңіз: {expr}.", f"Вычислите: {expr}."), num(Fr(m, k)),
        [num(Fr(k, m)), num(m - k), num(Fr(A, B)), num(m * k)],
        L(f"{B} = {a}{sup(k)}, {A} = {a}{sup(m)}; log{sub(a)}{sup(k)} {a}{sup(m)} = {m}/{k} деген қасиет бойынша {expr} = {num(Fr(m, k))}.",
          f"{B} = {a}{sup(k)}, {A} = {a}{sup(m)}; по свойству log{sub(a)}{sup(k)} {a}{sup(m)} = {m}/{k} получаем {expr} = {num(Fr(m, k))}."),
        src("an11", "Логарифм және оның қасиеттері", "Логарифм и его свойства"))


def t_log_eq(rng):
    a = rng.choice([2, 3, 5])
    n = rng.randint(1, {2: 6, 3: 4, 5: 3}[a])
    k = rng.randint(1, 5)
    c = nz(rng, -9, 9)
    if (a ** n - c) % k or (a ** n - c) == 0:
        raise Retry
    x0 = (a ** n - c) // k
    eq = f"log{sub(a)}({lin(k, c)}) = {n}"
    return single(
        "exp_log", 2, L(f"Теңдеуді шешіңіз: {eq}.", f"Решите уравнение: {eq}."), num(x0),
        [num(Fr(a * n - c, k)), num(Fr(a ** n + c, k)), num(Fr(n ** a - c, k)), num(-x0)],
        L(f"Логарифмнің анықтамасы бойынша {lin(k, c)} = {a}{sup(n)} = {a ** n}, {lin(k, 0) + ' = ' + num(a ** n - c) + ', ' if k != 1 else ''}x = {num(x0)}. "
          f"Тексеру: {lin(k, c).replace('x', '·' + paren(x0)) if k != 1 else paren(x0) + signed(c)} = {a ** n} > 0.",
          f"По определению логарифма {lin(k, c)} = {a}{sup(n)} = {a ** n}, {lin(k, 0) + ' = ' + num(a ** n - c) + ', ' if k != 1 else ''}x = {num(x0)}. "
          f"Проверка: {lin(k, c).replace('x', '·' + paren(x0)) if k != 1 else paren(x0) + signed(c)} = {a ** n} > 0."),
        src("an11", "Логарифмдік теңдеулер", "Логарифмические уравнения"))


def t_log_extraneous(rng):
    B = rng.choice([2, 3])
    cands = [(x0, k, m) for x0 in range(2, 30) for k in range(1, x0)
             for m in range(1, 7) if x0 * (x0 - k) == B ** m]
    x0, k, m = rng.choice(cands)
    x1 = k - x0
    eq = f"log{sub(B)} x + log{sub(B)}({lin(1, -k)}) = {m}"
    quad = f"{poly([1, -k, -(B ** m)])} = 0"
    return single(
        "exp_log", 5, L(f"Теңдеуді шешіңіз: {eq}.", f"Решите уравнение: {eq}."), num(x0),
        [num(x1), f"{num(x1)}; {num(x0)}", num(B ** m), num(-x0)],
        L(f"Анықталу облысы: x > {k}. log{sub(B)}(x({lin(1, -k)})) = {m} ⇒ x({lin(1, -k)}) = {B ** m}, {quad}, "
          f"x₁ = {num(x0)}, x₂ = {num(x1)}. x₂ = {num(x1)} анықталу облысына жатпайды. Жауабы: {num(x0)}.",
          f"Область определения: x > {k}. log{sub(B)}(x({lin(1, -k)})) = {m} ⇒ x({lin(1, -k)}) = {B ** m}, {quad}, "
          f"x₁ = {num(x0)}, x₂ = {num(x1)}. x₂ = {num(x1)} не входит в область определения. Ответ: {num(x0)}."),
        src("an11", "Логарифмдік теңдеулер", "Логарифмические уравнения"))


def t_powers(rng):
    a = rng.choice([2, 3, 5])
    m, p = rng.randint(2, 4), rng.randint(2, 3)
    n, k = nz(rng, -6, 3), rng.randint(1, 7)
    e = m * p + n - k
    if abs(e) > (4 if a == 2 else 2) or e == 0:
        raise Retry
    expr = f"({a}{sup(m)}){sup(p)} · {a}{sup(n)} : {a}{sup(k) if k > 1 else ''}"
    val = Fr(a) ** e
    return single(
        "exp_log", 2, L(f"Өрнектің мәнін табыңыз: {expr}.", f"Найдите значение выражения: {expr}."),
        num(val, as_fraction=True), [num(Fr(a) ** x, as_fraction=True) for x in (m + p + n - k, -e, m * p + n + k, m * p - n - k)],
        L(f"Дәреже қасиеттері: ({a}{sup(m)}){sup(p)} = {a}{sup(m * p)}; көбейткенде көрсеткіштер қосылады, бөлгенде азайтылады: {m * p} + {paren(n)} {M} {k} = {num(e)}. {a}{sup(e)} = {num(val, as_fraction=True)}.",
          f"Свойства степеней: ({a}{sup(m)}){sup(p)} = {a}{sup(m * p)}; при умножении показатели складываются, при делении вычитаются: {m * p} + {paren(n)} {M} {k} = {num(e)}. {a}{sup(e)} = {num(val, as_fraction=True)}."),
        src("an11", "Бүтін және рационал көрсеткішті дәреже", "Степень с целым и рациональным показателем"))


# =========================================================================== trigonometry
SIN = {0: Fr(0), 30: Fr(1, 2), 90: Fr(1), 150: Fr(1, 2), 180: Fr(0), 210: Fr(-1, 2), 270: Fr(-1), 330: Fr(-1, 2)}
COS = {0: Fr(1), 60: Fr(1, 2), 120: Fr(-1, 2), 180: Fr(-1), 240: Fr(-1, 2), 300: Fr(1, 2)}
TG = {45: Fr(1), 135: Fr(-1), 225: Fr(1), 315: Fr(-1)}


def t_trig_value(rng):
    A = rng.choice([150, 210, 270, 330, 30, 90])
    B = rng.choice([60, 120, 180, 240, 300])
    C = rng.choice([45, 135, 225, 315])
    k1, k2, k3 = rng.choice([2, 4, 6]), rng.choice([2, 4, 6]), rng.randint(1, 3)
    vals = [(k1, "sin", A, SIN[A]), (k2, "cos", B, COS[B]), (k3, "tg", C, TG[C])]
    if all(v >= 0 for *_, v in vals):
        raise Retry
    key = sum(k * v for k, _, _, v in vals)
    expr = " + ".join(f"{k if k > 1 else ''}{f} {ang}°" for k, f, ang, _ in vals)
    vals_s = ", ".join(f"{f} {ang}° = {num(v, as_fraction=True)}" for _, f, ang, v in vals)
    calc = " + ".join(f"{k}·{paren(v) if v.denominator == 1 else '(' + num(v, as_fraction=True) + ')'}" for k, _, _, v in vals)
    cands = [num(sum(k * abs(v) for k, _, _, v in vals))]
    for i in range(3):
        cands.append(num(key - 2 * vals[i][0] * vals[i][3]))
    cands.append(num(key + 1))
    return single(
        "trigonometry", 2, L(f"Өрнектің мәнін есептеңіз: {expr}.", f"Вычислите значение выражения: {expr}."),
        num(key), cands,
        L(f"Кесте мәндері мен ширектегі таңбаларды ескереміз: {vals_s}. Сонда {calc} = {num(key)}.",
          f"Используем табличные значения и знаки по четвертям: {vals_s}. Тогда {calc} = {num(key)}."),
        src("alg9", "Тригонометриялық функциялардың мәндері", "Значения тригонометрических функций"))


TRIPLES = [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (20, 21, 29)]
QUARTER = {1: "0 < α < π/2", 2: "π/2 < α < π", 3: "π < α < 3π/2", 4: "3π/2 < α < 2π"}
QSIGN = {1: (1, 1), 2: (1, -1), 3: (-1, -1), 4: (-1, 1)}  # signs of sin, cos


def _trig_setup(rng):
    a, b, c = rng.choice(TRIPLES)
    if rng.random() < 0.5:
        a, b = b, a
    q = rng.choice([2, 3, 4])
    ss, cs = QSIGN[q]
    s, co = Fr(ss * a, c), Fr(cs * b, c)
    given = rng.choice(["sin", "cos"])
    return s, co, q, given


def t_trig_find(rng):
    s, co, q, given = _trig_setup(rng)
    gval = s if given == "sin" else co
    ask = rng.choice(["tg", "cos" if given == "sin" else "sin"])
    key = {"sin": s, "cos": co, "tg": s / co}[ask]
    other = co if given == "sin" else s
    stem_cond = f"{given} α = {num(gval, as_fraction=True)}, {QUARTER[q]}"
    swapped = 1 / key if ask == "tg" else gval
    f = lambda v: num(v, as_fraction=True)  # noqa: E731
    other_name = "cos" if given == "sin" else "sin"
    sign_word_kk = "оң" if other > 0 else "теріс"
    sign_word_ru = "положителен" if other > 0 else "отрицателен"
    tail = f"; tg α = {f(s)} : {paren(co) if co.denominator == 1 else '(' + f(co) + ')'} = {f(s / co)}" if ask == "tg" else ""
    return single(
        "trigonometry", 3,
        L(f"{stem_cond} екені белгілі. {ask} α мәнін табыңыз.", f"Известно, что {stem_cond}. Найдите {ask} α."),
        f(key), [f(-key), f(swapped), f(-swapped), f(2 * key)],
        L(f"{other_name}² α = 1 {M} {f(gval * gval)} = {f(1 - gval * gval)}. Бұл ширекте {other_name} α {sign_word_kk}, сондықтан {other_name} α = {f(other)}{tail}.",
          f"{other_name}² α = 1 {M} {f(gval * gval)} = {f(1 - gval * gval)}. В этой четверти {other_name} α {sign_word_ru}, поэтому {other_name} α = {f(other)}{tail}."),
        src("an10", "Негізгі тригонометриялық тепе-теңдіктер", "Основные тригонометрические тождества"))


def t_sin2a(rng):
    s, co, q, given = _trig_setup(rng)
    f = lambda v: num(v, as_fraction=True)  # noqa: E731
    key = 2 * s * co
    gval = s if given == "sin" else co
    other = co if given == "sin" else s
    other_name = "cos" if given == "sin" else "sin"
    cond = f"{given} α = {f(gval)}, {QUARTER[q]}"
    return single(
        "trigonometry", 4,
        L(f"{cond} екені белгілі. sin 2α мәнін табыңыз.", f"Известно, что {cond}. Найдите sin 2α."),
        f(key), [f(-key), f(2 * gval), f(co * co - s * s), f(s * co)],
        L(f"Алдымен {other_name} α = {f(other)} (таңбасы ширек бойынша). sin 2α = 2 sin α cos α = 2·({f(s)})·({f(co)}) = {f(key)}.",
          f"Сначала {other_name} α = {f(other)} (знак — по четверти). sin 2α = 2 sin α cos α = 2·({f(s)})·({f(co)}) = {f(key)}."),
        src("an10", "Қос бұрыштың формулалары", "Формулы двойного угла"))


def t_cos2a(rng):
    p = Fr(rng.randint(1, 6), rng.choice([3, 4, 5, 7]))
    if p >= 1 or p.denominator == 1:
        raise Retry
    p = p * rng.choice([1, -1])
    given = rng.choice(["cos", "sin"])
    f = lambda v: num(v, as_fraction=True)  # noqa: E731
    if given == "cos":
        key = 2 * p * p - 1
        formula = f"cos 2α = 2cos² α {M} 1 = 2·{f(p * p)} {M} 1 = {f(key)}"
        cands = [f(1 - 2 * p * p), f(2 * p), f(p * p - 1), f(2 * p * p + 1)]
    else:
        key = 1 - 2 * p * p
        formula = f"cos 2α = 1 {M} 2sin² α = 1 {M} 2·{f(p * p)} = {f(key)}"
        cands = [f(2 * p * p - 1), f(2 * p), f(1 - p * p), f(1 - 2 * p)]
    return single(
        "trigonometry", 3,
        L(f"{given} α = {f(p)} болса, cos 2α мәнін табыңыз.", f"Найдите cos 2α, если {given} α = {f(p)}."),
        f(key), cands,
        L(f"Қос бұрыштың косинусы формуласы бойынша {formula}.", f"По формуле косинуса двойного угла {formula}."),
        src("an10", "Қос бұрыштың формулалары", "Формулы двойного угла"))


ANG = {  # value -> (arc angle as multiple of π) for arcsin / arccos / arctg
    "sin": {"1/2": Fr(1, 6), "√2/2": Fr(1, 4), "√3/2": Fr(1, 3), f"{M}1/2": Fr(-1, 6), f"{M}√2/2": Fr(-1, 4)},
    "cos": {"1/2": Fr(1, 3), "√2/2": Fr(1, 4), "√3/2": Fr(1, 6), f"{M}1/2": Fr(2, 3), f"{M}√2/2": Fr(3, 4)},
    "tg": {"1": Fr(1, 4), "√3": Fr(1, 3), "√3/3": Fr(1, 6), f"{M}1": Fr(-1, 4), f"{M}√3": Fr(-1, 3)},
}


def _gen_sol(fn, ang, period=None):
    """General solution string of fn(x) = value whose principal arc value is ang·π."""
    if fn == "sin":
        if ang < 0:
            return f"(−1)ⁿ⁺¹·{pi_str(-ang)} + πn, n ∈ ℤ"
        return f"(−1)ⁿ·{pi_str(ang)} + πn, n ∈ ℤ"
    if fn == "cos":
        return f"±{pi_str(ang)} + 2πn, n ∈ ℤ"
    return f"{pi_str(ang)} + {period or 'π'}n, n ∈ ℤ"


def t_trig_eq(rng):
    fn = rng.choice(["sin", "cos", "tg"])
    val, ang = rng.choice(sorted(ANG[fn].items()))
    eq = f"{fn} x = {val}"
    key = _gen_sol(fn, ang)
    th = abs(ang)
    if fn == "sin":
        cands = [_gen_sol("cos", th), _gen_sol("sin", -ang), _gen_sol("sin", Fr(1, 2) - th), _gen_sol("tg", th)]
    elif fn == "cos":
        cands = [_gen_sol("sin", th), _gen_sol("cos", 1 - ang),
                 _gen_sol("cos", Fr(1, 2) - ang) if ang < Fr(1, 2) else None, _gen_sol("tg", ang)]
    else:
        cands = [_gen_sol("tg", -ang), _gen_sol("tg", ang, "2π"), _gen_sol("sin", th), _gen_sol("cos", th)]
    arc = {"sin": "arcsin", "cos": "arccos", "tg": "arctg"}[fn]
    formula = {"sin": "x = (−1)ⁿ arcsin a + πn", "cos": "x = ±arccos a + 2πn", "tg": "x = arctg a + πn"}[fn]
    return single(
        "trigonometry", 3, L(f"Теңдеуді шешіңіз: {eq}.", f"Решите уравнение: {eq}."), f"x = {key}",
        [f"x = {c}" if c else None for c in cands],
        L(f"{formula} формуласын қолданамыз; {arc}({val}) = {pi_str(ang)}. Жауабы: x = {key}.",
          f"Применяем формулу {formula}; {arc}({val}) = {pi_str(ang)}. Ответ: x = {key}."),
        src("an10", "Қарапайым тригонометриялық теңдеулер", "Простейшие тригонометрические уравнения"))


def t_trig_count(rng):
    fn = rng.choice(["sin", "cos"])
    k, m = rng.randint(2, 4), rng.randint(1, 2)
    # roots of fn(kx) = 0 on [0; mπ], counted exactly
    if fn == "sin":
        roots = [Fr(n, k) for n in range(0, k * m + 1)]
        gen = f"{k}x = πn, x = πn/{k}"
    else:
        roots = [Fr(2 * n + 1, 2 * k) for n in range(0, k * m + 1) if Fr(2 * n + 1, 2 * k) <= m]
        gen = f"{k}x = π/2 + πn, x = π/{2 * k} + πn/{k}"
    n = len(roots)
    seg = f"[0; {pi_str(m)}]"
    eq = f"{fn} {k}x = 0"
    listing = ", ".join(pi_str(r) for r in roots)
    return single(
        "trigonometry", 5 if fn == "cos" else 4,
        L(f"{eq} теңдеуінің {seg} кесіндісіне тиісті түбірлерінің санын табыңыз.",
          f"Найдите число корней уравнения {eq}, принадлежащих отрезку {seg}."),
        num(n), [num(n - 1), num(n + 1), num(2 * n), num(k * m)],
        L(f"{gen}. {seg} кесіндісіне {listing} түбірлері тиісті — барлығы {n}.",
          f"{gen}. Отрезку {seg} принадлежат корни {listing} — всего {n}."),
        src("an10", "Тригонометриялық теңдеулер", "Тригонометрические уравнения"))


RED = {  # (function, argument) -> (sign, resulting function)
    ("sin", "π − α"): (1, "sin"), ("sin", "π + α"): (-1, "sin"), ("sin", "π/2 − α"): (1, "cos"),
    ("sin", "π/2 + α"): (1, "cos"), ("sin", "3π/2 − α"): (-1, "cos"), ("sin", "3π/2 + α"): (-1, "cos"),
    ("sin", "2π − α"): (-1, "sin"),
    ("cos", "π − α"): (-1, "cos"), ("cos", "π + α"): (-1, "cos"), ("cos", "π/2 − α"): (1, "sin"),
    ("cos", "π/2 + α"): (-1, "sin"), ("cos", "3π/2 − α"): (-1, "sin"), ("cos", "3π/2 + α"): (1, "sin"),
    ("cos", "2π − α"): (1, "cos"),
}


def t_reduction(rng):
    (f1, a1), (f2, a2) = rng.sample(sorted(RED), 2)
    op = rng.choice([1, -1])

    def combine(rule):
        vec = {"sin": 0, "cos": 0}
        for (f, a), sg in (((f1, a1), 1), ((f2, a2), op)):
            s, g = rule(f, a)
            vec[g] += sg * s
        return terms([(vec["sin"], "sin α"), (vec["cos"], "cos α")])

    key = combine(lambda f, a: RED[(f, a)])
    no_sign = combine(lambda f, a: (1, RED[(f, a)][1]))
    no_switch = combine(lambda f, a: (RED[(f, a)][0], f))
    neg = combine(lambda f, a: (-RED[(f, a)][0], RED[(f, a)][1]))
    both = combine(lambda f, a: (1, f))
    expr = f"{f1}({a1}) {'+' if op > 0 else M} {f2}({a2})"
    r1, r2 = RED[(f1, a1)], RED[(f2, a2)]
    show = lambda r: terms([(r[0], f"{r[1]} α")])  # noqa: E731
    return single(
        "trigonometry", 4, L(f"Өрнекті ықшамдаңыз: {expr}.", f"Упростите выражение: {expr}."), key,
        [no_sign, no_switch, neg, both],
        L(f"Келтіру формулалары: {f1}({a1}) = {show(r1)}, {f2}({a2}) = {show(r2)}. Сонда өрнек {key} болады.",
          f"Формулы приведения: {f1}({a1}) = {show(r1)}, {f2}({a2}) = {show(r2)}. Значит, выражение равно {key}."),
        src("alg9", "Келтіру формулалары", "Формулы приведения"))


# =========================================================================== derivative
def t_deriv_point(rng):
    co = [nz(rng, -3, 3), rng.randint(-5, 5), rng.randint(-9, 9), nz(rng, -9, 9)]
    x0 = nz(rng, -2, 3)
    d = poly_deriv(co)
    key = poly_eval(d, x0)
    no_lower = sum(c * (3 - i) * Fr(x0) ** (3 - i) for i, c in enumerate(co))
    f = poly(co)
    return single(
        "derivative", 1 if abs(x0) == 1 else 2,
        L(f"f(x) = {f} функциясы үшін f′({num(x0)}) мәнін табыңыз.", f"Для функции f(x) = {f} найдите f′({num(x0)})."),
        num(key), [num(poly_eval(co, x0)), num(no_lower), num(-key), num(key + co[3])],
        L(f"f′(x) = {poly(d)}. f′({num(x0)}) = {num(key)}.", f"f′(x) = {poly(d)}. f′({num(x0)}) = {num(key)}."),
        src("an10", "Туындыны есептеу ережелері", "Правила вычисления производных"))


def t_deriv_chain(rng):
    a, b, n = nz(rng, -3, 4), nz(rng, -5, 5), rng.randint(2, 5)
    x0 = rng.randint(-2, 2)
    inner = a * x0 + b
    if abs(inner) > 3 or inner == 0 or a == 1:
        raise Retry
    key = n * a * inner ** (n - 1)
    f = f"({lin(a, b)}){sup(n)}"
    return single(
        "derivative", 3,
        L(f"f(x) = {f} функциясы үшін f′({num(x0)}) мәнін табыңыз.", f"Для функции f(x) = {f} найдите f′({num(x0)})."),
        num(key), [num(n * inner ** (n - 1)), num(a * inner ** (n - 1)), num(n * a * inner ** n), num(-key)],
        L(f"Күрделі функцияның туындысы: f′(x) = {n}·({lin(a, b)}){sup(n - 1) if n > 2 else ''}·{paren(a)}. "
          f"x = {num(x0)} болғанда ішкі өрнек {num(inner)}, f′({num(x0)}) = {n}·{paren(inner)}{sup(n - 1) if n > 2 else ''}·{paren(a)} = {num(key)}.",
          f"Производная сложной функции: f′(x) = {n}·({lin(a, b)}){sup(n - 1) if n > 2 else ''}·{paren(a)}. "
          f"При x = {num(x0)} внутреннее выражение равно {num(inner)}, f′({num(x0)}) = {n}·{paren(inner)}{sup(n - 1) if n > 2 else ''}·{paren(a)} = {num(key)}."),
        src("an10", "Күрделі функцияның туындысы", "Производная сложной функции"))


def t_deriv_ln(rng):
    a, b = nz(rng, -12, 12), nz(rng, -4, 4)
    x0 = rng.choice([1, 2, 3, 4, 6])
    if a % x0:
        raise Retry
    key = Fr(a, x0) + 2 * b * x0
    f = f"{terms([(a, 'ln x'), (b, 'x²')])}"
    return single(
        "derivative", 3,
        L(f"f(x) = {f} функциясы үшін f′({x0}) мәнін табыңыз.", f"Для функции f(x) = {f} найдите f′({x0})."),
        num(key), [num(Fr(a, x0) + b * x0), num(a * x0 + 2 * b * x0), num(Fr(a, x0) - 2 * b * x0), num(a + 2 * b * x0)],
        L(f"(ln x)′ = 1/x, (x²)′ = 2x, сондықтан f′(x) = {num(a)}/x{signed(2 * b)}x. f′({x0}) = {num(a)}/{x0}{signed(2 * b)}·{x0} = {num(key)}.",
          f"(ln x)′ = 1/x, (x²)′ = 2x, поэтому f′(x) = {num(a)}/x{signed(2 * b)}x. f′({x0}) = {num(a)}/{x0}{signed(2 * b)}·{x0} = {num(key)}."),
        src("an10", "Логарифмдік функцияның туындысы", "Производная логарифмической функции"))


def t_tangent(rng):
    p, q, x0 = rng.randint(-6, 6), rng.randint(-8, 8), nz(rng, -3, 3)
    co = [1, p, q]
    k = 2 * x0 + p
    y0 = poly_eval(co, x0)
    m = y0 - k * x0
    if k == 0:
        raise Retry
    line = lambda kk, mm: f"y = {lin(kk, mm)}"  # noqa: E731
    f = poly(co)
    return single(
        "derivative", 4,
        L(f"f(x) = {f} функциясының графигіне абсциссасы x₀ = {num(x0)} нүктесінде жүргізілген жанаманың теңдеуін табыңыз.",
          f"Составьте уравнение касательной к графику функции f(x) = {f} в точке с абсциссой x₀ = {num(x0)}."),
        line(k, m), [line(k, y0), line(k, y0 + k * x0), line(-k, y0 + k * x0), line(y0, m)],
        L(f"y = f(x₀) + f′(x₀)(x {M} x₀). f(x₀) = {num(y0)}, f′(x) = {lin(2, p)}, f′(x₀) = {num(k)}. "
          f"y = {num(y0)} + {paren(k)}(x {M} {paren(x0)}) = {lin(k, m)}.",
          f"y = f(x₀) + f′(x₀)(x {M} x₀). f(x₀) = {num(y0)}, f′(x) = {lin(2, p)}, f′(x₀) = {num(k)}. "
          f"y = {num(y0)} + {paren(k)}(x {M} {paren(x0)}) = {lin(k, m)}."),
        src("an10", "Функция графигіне жүргізілген жанаманың теңдеуі", "Уравнение касательной к графику функции"))


def t_extremum(rng):
    a, b = sorted(rng.sample(range(-4, 6), 2))
    c = rng.randint(-5, 5)
    co = [2, -3 * (a + b), 6 * a * b, c]
    want_max = rng.random() < 0.5
    key = a if want_max else b
    other = b if want_max else a
    f = poly(co)
    word_kk, word_ru = ("максимум", "максимума") if want_max else ("минимум", "минимума")
    return single(
        "derivative", 3,
        L(f"f(x) = {f} функциясының {word_kk} нүктесін табыңыз.", f"Найдите точку {word_ru} функции f(x) = {f}."),
        num(key), [num(other), num(poly_eval(co, key)), num(-key), num(-other)],
        L(f"f′(x) = {poly([6, -6 * (a + b), 6 * a * b])} = 6({lin(1, -a)})({lin(1, -b)}). "
          f"Туынды x = {num(a)} нүктесінде таңбасын плюстен минусқа (максимум), x = {num(b)} нүктесінде минустан плюсқа (минимум) өзгертеді. Жауабы: {num(key)}.",
          f"f′(x) = {poly([6, -6 * (a + b), 6 * a * b])} = 6({lin(1, -a)})({lin(1, -b)}). "
          f"В точке x = {num(a)} производная меняет знак с «+» на «−» (максимум), в точке x = {num(b)} — с «−» на «+» (минимум). Ответ: {num(key)}."),
        src("an10", "Функцияның экстремумдары", "Экстремумы функции"))


def t_max_segment(rng):
    k = rng.randint(1, 3)
    c = rng.randint(-5, 10)
    co = [1, 0, -3 * k * k, c]
    lo = rng.randint(-2 * k - 1, 0)
    hi = rng.randint(1, 2 * k + 2)
    crit = [x for x in (-k, k) if lo <= x <= hi]
    pts = sorted(set([lo, hi] + crit))
    vals = {x: poly_eval(co, x) for x in pts}
    want_max = rng.random() < 0.6
    key = max(vals.values()) if want_max else min(vals.values())
    alt = min(vals.values()) if want_max else max(vals.values())
    if len(set(vals.values())) < 3:
        raise Retry
    f = poly(co)
    seg = interval(lo, hi, True, True)
    listing = ", ".join(f"f({num(x)}) = {num(v)}" for x, v in vals.items())
    w_kk, w_ru = ("ең үлкен", "наибольшее") if want_max else ("ең кіші", "наименьшее")
    return single(
        "derivative", 5,
        L(f"f(x) = {f} функциясының {seg} кесіндісіндегі {w_kk} мәнін табыңыз.",
          f"Найдите {w_ru} значение функции f(x) = {f} на отрезке {seg}."),
        num(key), [num(alt)] + [num(v) for v in vals.values()] + [num(poly_eval(co, -k)), num(poly_eval(co, k))],
        L(f"f′(x) = 3x² {M} {3 * k * k} = 0 ⇒ x = ±{k}. Кесіндіге тиісті күдікті нүктелер мен ұштардағы мәндер: {listing}. {w_kk.capitalize()} мәні — {num(key)}.",
          f"f′(x) = 3x² {M} {3 * k * k} = 0 ⇒ x = ±{k}. Значения в критических точках отрезка и на концах: {listing}. {w_ru.capitalize()} значение — {num(key)}."),
        src("an10", "Функцияның кесіндідегі ең үлкен және ең кіші мәндері", "Наибольшее и наименьшее значения функции на отрезке"))


def t_motion(rng):
    co = [nz(rng, 1, 2), rng.randint(-9, 3), rng.randint(1, 12), 0]
    t0 = rng.randint(1, 5)
    v = poly_deriv(co)
    acc = poly_deriv(v)
    key = poly_eval(acc, t0)
    if key <= 0:
        raise Retry
    s = poly(co, var="t")
    return single(
        "derivative", 3,
        L(f"Материялық нүкте s(t) = {s} (м) заңы бойынша түзу сызықты қозғалады. Оның t = {t0} с кездегі үдеуін (м/с²) табыңыз.",
          f"Материальная точка движется прямолинейно по закону s(t) = {s} (м). Найдите её ускорение (м/с²) в момент t = {t0} с."),
        num(key), [num(poly_eval(v, t0)), num(poly_eval(co, t0)), num(co[0] * 6 * t0), num(key + 2 * co[1] * -1 if co[1] else key + 6)],
        L(f"v(t) = s′(t) = {poly(v, var='t')}, a(t) = v′(t) = {poly(acc, var='t')}. a({t0}) = {num(key)} м/с².",
          f"v(t) = s′(t) = {poly(v, var='t')}, a(t) = v′(t) = {poly(acc, var='t')}. a({t0}) = {num(key)} м/с²."),
        src("an10", "Туындының физикалық мағынасы", "Физический смысл производной"))


# =========================================================================== integral
def t_antideriv(rng):
    a, b, c = 3 * nz(rng, -2, 3), 2 * nz(rng, -3, 3), nz(rng, -7, 7)
    co = [a, b, c]
    F = poly_antideriv(co)
    f = poly(co)
    key = f"{poly(F[:-1] + [0])} + C"
    return single(
        "integral", 2,
        L(f"f(x) = {f} функциясының алғашқы функцияларының жалпы түрін табыңыз.",
          f"Найдите общий вид первообразных функции f(x) = {f}."),
        key, [f"{poly([a, b, c, 0])} + C", f"{poly(poly_deriv(co))} + C", f"{poly([Fr(a, 3), Fr(b, 2), 0, 0])} + C",
              f"{poly([Fr(a, 3), Fr(-b, 2), c, 0])} + C"],
        L(f"(xⁿ)′ = nxⁿ⁻¹ болғандықтан, xⁿ-нің алғашқы функциясы xⁿ⁺¹/(n + 1). Әр қосылғыш үшін: {key}. Тексеру: туындысы {f}.",
          f"Так как (xⁿ)′ = nxⁿ⁻¹, первообразная xⁿ равна xⁿ⁺¹/(n + 1). Для каждого слагаемого: {key}. Проверка: производная равна {f}."),
        src("an11", "Алғашқы функция", "Первообразная"))


def t_antideriv_point(rng):
    a, b = 3 * nz(rng, -2, 2), 2 * rng.randint(-3, 3)
    co = [a, b, 0]
    F = poly_antideriv(co)[:-1] + [0]
    x0, y0 = nz(rng, -2, 2), rng.randint(-6, 8)
    Fx0 = poly_eval(F, x0)
    C = y0 - Fx0
    if C == 0 or Fx0 == 0:
        raise Retry
    f = poly(co)
    show = lambda cc: poly(F[:-1] + [cc])  # noqa: E731
    return single(
        "integral", 3,
        L(f"f(x) = {f} функциясының графигі M({num(x0)}; {num(y0)}) нүктесі арқылы өтетін алғашқы функциясын табыңыз.",
          f"Найдите первообразную функции f(x) = {f}, график которой проходит через точку M({num(x0)}; {num(y0)})."),
        f"F(x) = {show(C)}", [f"F(x) = {show(y0 + Fx0)}", f"F(x) = {show(y0)}", f"F(x) = {show(-C)}", f"F(x) = {show(C + 1)}"],
        L(f"F(x) = {show(0)} + C. F({num(x0)}) = {num(Fx0)} + C = {num(y0)} ⇒ C = {num(C)}. Сонда F(x) = {show(C)}.",
          f"F(x) = {show(0)} + C. F({num(x0)}) = {num(Fx0)} + C = {num(y0)} ⇒ C = {num(C)}. Значит, F(x) = {show(C)}."),
        src("an11", "Алғашқы функция", "Первообразная"))


def t_integral(rng):
    deg = rng.choice([1, 2])
    co = [3 * nz(rng, -2, 2), 2 * rng.randint(-3, 3), rng.randint(-5, 5)] if deg == 2 else [2 * nz(rng, -3, 3), nz(rng, -6, 6)]
    lo = rng.randint(-2, 1)
    hi = lo + rng.randint(1, 3)
    F = poly_antideriv(co)
    key = poly_eval(F, hi) - poly_eval(F, lo)
    if poly_eval(F, lo) == 0 or key == 0:
        raise Retry
    f = poly(co)
    itg = itg_ru = f"{integral(lo, hi)} ({f}) dx"
    d = poly_deriv(co)
    return single(
        "integral", 3,
        L(f"Интегралды есептеңіз: {itg}.", f"Вычислите интеграл: {itg_ru}."),
        num(key), [num(poly_eval(F, hi) + poly_eval(F, lo)), num(poly_eval(F, hi)), num(poly_eval(d, hi) - poly_eval(d, lo)), num(-key)],
        L(f"Ньютон–Лейбниц формуласы: F(x) = {poly(F)}, F({num(hi)}) {M} F({num(lo)}) = {num(poly_eval(F, hi))} {M} {paren(poly_eval(F, lo))} = {num(key)}.",
          f"Формула Ньютона–Лейбница: F(x) = {poly(F)}, F({num(hi)}) {M} F({num(lo)}) = {num(poly_eval(F, hi))} {M} {paren(poly_eval(F, lo))} = {num(key)}."),
        src("an11", "Анықталған интеграл. Ньютон–Лейбниц формуласы", "Определённый интеграл. Формула Ньютона–Лейбница"))


def t_area(rng):
    if rng.random() < 0.5:
        n = rng.choice([1, 2, 3, 4, 6])
        key = Fr(n ** 3, 6)
        lines = f"y = x² және y = {n if n > 1 else ''}x"
        lines_ru = f"y = x² и y = {n if n > 1 else ''}x"
        calc = f"x² = {n if n > 1 else ''}x ⇒ x = 0, x = {n}. S = {integral(0, n)} ({n if n > 1 else ''}x {M} x²) dx = {num(Fr(n ** 3, 2), True)} {M} {num(Fr(n ** 3, 3), True)} = {num(key, True)}"
        cands = [num(Fr(n ** 3, 2), True), num(Fr(n ** 3, 3), True), num(Fr(5 * n ** 3, 6), True), num(Fr(n ** 3, 12), True)]
    else:
        m = rng.choice([1, 2, 3])
        key = Fr(4 * m ** 3, 3)
        lines = f"y = {m * m} {M} x² және y = 0"
        lines_ru = f"y = {m * m} {M} x² и y = 0"
        calc = f"{m * m} {M} x² = 0 ⇒ x = ±{m}. S = {integral(-m, m)} ({m * m} {M} x²) dx = {2 * m ** 3} {M} {num(Fr(2 * m ** 3, 3), True)} = {num(key, True)}"
        cands = [num(Fr(2 * m ** 3, 3), True), num(Fr(8 * m ** 3, 3), True), num(2 * m ** 3), num(Fr(2 * m ** 3, 3) * 4, True)]
    calc_ru = calc
    return single(
        "integral", 5,
        L(f"{lines} сызықтарымен шектелген фигураның ауданын табыңыз.", f"Найдите площадь фигуры, ограниченной линиями {lines_ru}."),
        num(key, True), cands,
        L(f"Қисықтардың қиылысу нүктелерін тауып, ауданды интегралмен есептейміз: {calc}.",
          f"Находим точки пересечения линий и вычисляем площадь интегралом: {calc_ru}."),
        src("an11", "Интегралдың көмегімен жазық фигуралардың ауданын есептеу", "Вычисление площадей плоских фигур с помощью интеграла"))


# =========================================================================== progressions
def t_ap_term(rng):
    a1, d, n = rng.randint(-15, 20), nz(rng, -7, 7), rng.randint(8, 30)
    key = a1 + (n - 1) * d
    return single(
        "progressions", 1,
        L(f"Арифметикалық прогрессияда a₁ = {num(a1)}, d = {num(d)}. a{sub(n)} мүшесін табыңыз.",
          f"В арифметической прогрессии a₁ = {num(a1)}, d = {num(d)}. Найдите a{sub(n)}."),
        num(key), [num(a1 + n * d), num(a1 + (n - 2) * d), num((n - 1) * d), num(a1 - (n - 1) * d)],
        L(f"aₙ = a₁ + (n {M} 1)d, a{sub(n)} = {num(a1)} + {n - 1}·{paren(d)} = {num(key)}.",
          f"aₙ = a₁ + (n {M} 1)d, a{sub(n)} = {num(a1)} + {n - 1}·{paren(d)} = {num(key)}."),
        src("alg9", "Арифметикалық прогрессия", "Арифметическая прогрессия"))


def t_ap_sum(rng):
    a1, d = rng.randint(-10, 12), nz(rng, -5, 6)
    i, j = sorted(rng.sample(range(2, 9), 2))
    n = rng.randint(8, 20)
    ai, aj = a1 + (i - 1) * d, a1 + (j - 1) * d
    key = (2 * a1 + (n - 1) * d) * n // 2
    an = a1 + (n - 1) * d
    return single(
        "progressions", 4,
        L(f"Арифметикалық прогрессияда a{sub(i)} = {num(ai)}, a{sub(j)} = {num(aj)}. Оның алғашқы {n} мүшесінің қосындысын табыңыз.",
          f"В арифметической прогрессии a{sub(i)} = {num(ai)}, a{sub(j)} = {num(aj)}. Найдите сумму её первых {n} членов."),
        num(key), [num((a1 + an) * n), num((2 * a1 + n * d) * n // 2 if (2 * a1 + n * d) * n % 2 == 0 else (2 * a1 + n * d) * n), num(an), num(key + n * d)],
        L(f"d = ({num(aj)} {M} {paren(ai)})/({j} {M} {i}) = {num(d)}, a₁ = {num(ai)} {M} {i - 1}·{paren(d)} = {num(a1)}. "
          f"Sₙ = (2a₁ + (n {M} 1)d)·n/2 = (2·{paren(a1)} + {n - 1}·{paren(d)})·{n}/2 = {num(key)}.",
          f"d = ({num(aj)} {M} {paren(ai)})/({j} {M} {i}) = {num(d)}, a₁ = {num(ai)} {M} {i - 1}·{paren(d)} = {num(a1)}. "
          f"Sₙ = (2a₁ + (n {M} 1)d)·n/2 = (2·{paren(a1)} + {n - 1}·{paren(d)})·{n}/2 = {num(key)}."),
        src("alg9", "Арифметикалық прогрессияның алғашқы n мүшесінің қосындысы", "Сумма первых n членов арифметической прогрессии"))


def t_gp_sum(rng):
    b1, q, n = nz(rng, -5, 6), rng.choice([2, 3, -2, -3]), rng.randint(4, 6)
    if abs(b1 * q ** n) > 3000:
        raise Retry
    key = Fr(b1 * (q ** n - 1), q - 1)
    bn = b1 * q ** (n - 1)
    return single(
        "progressions", 3 if q < 0 else 2,
        L(f"Геометриялық прогрессияда b₁ = {num(b1)}, q = {num(q)}. Оның алғашқы {n} мүшесінің қосындысын табыңыз.",
          f"В геометрической прогрессии b₁ = {num(b1)}, q = {num(q)}. Найдите сумму её первых {n} членов."),
        num(key), [num(bn), num(Fr(b1 * (q ** (n + 1) - 1), q - 1)), num(Fr(b1 * (q ** n - 1), q + 1)), num(-key), num(b1 * n * q)],
        L(f"Sₙ = b₁(qⁿ {M} 1)/(q {M} 1) = {paren(b1)}·({paren(q)}{sup(n)} {M} 1)/({num(q)} {M} 1) = {paren(b1)}·{paren(q ** n - 1)}/{paren(q - 1)} = {num(key)}.",
          f"Sₙ = b₁(qⁿ {M} 1)/(q {M} 1) = {paren(b1)}·({paren(q)}{sup(n)} {M} 1)/({num(q)} {M} 1) = {paren(b1)}·{paren(q ** n - 1)}/{paren(q - 1)} = {num(key)}."),
        src("alg9", "Геометриялық прогрессия", "Геометрическая прогрессия"))


def t_gp_inf(rng):
    q = rng.choice([Fr(1, 2), Fr(-1, 2), Fr(1, 3), Fr(-1, 3), Fr(2, 3), Fr(1, 4), Fr(-1, 4), Fr(3, 4)])
    b1 = rng.choice([6, 8, 9, 12, 15, 16, 18, 24, 27, 30, 36])
    key = b1 / (1 - q)
    if key.denominator != 1:
        raise Retry
    f = lambda v: num(v, as_fraction=True)  # noqa: E731
    return single(
        "progressions", 3,
        L(f"Шексіз кемімелі геометриялық прогрессияда b₁ = {b1}, q = {f(q)}. Оның қосындысын табыңыз.",
          f"Найдите сумму бесконечно убывающей геометрической прогрессии, у которой b₁ = {b1}, q = {f(q)}."),
        num(key), [f(b1 / (1 + q)), f(b1 * (1 - q)), f(b1 / q if q > 0 else -b1 / q), f(b1 * q / (1 - q)), f(key + b1)],
        L(f"|q| < 1, S = b₁/(1 {M} q) = {b1}/(1 {M} {f(q) if q > 0 else '(' + f(q) + ')'}) = {b1} : {f(1 - q)} = {f(key)}.",
          f"|q| < 1, S = b₁/(1 {M} q) = {b1}/(1 {M} {f(q) if q > 0 else '(' + f(q) + ')'}) = {b1} : {f(1 - q)} = {f(key)}."),
        src("alg9", "Шексіз кемімелі геометриялық прогрессия", "Бесконечно убывающая геометрическая прогрессия"))


# =========================================================================== functions
def t_domain(rng):
    a, c = rng.randint(-3, 8), rng.randint(-4, 5)
    lo = -c
    if lo >= a:
        raise Retry
    base = rng.choice([2, 3, 5])
    f = f"y = √({lin(-1, a) if a else M + 'x'}) + log{sub(base)}({lin(1, c)})"
    key = interval(lo, a, False, True)
    return single(
        "functions", 3,
        L(f"Функцияның анықталу облысын табыңыз: {f}.", f"Найдите область определения функции {f}."),
        key, [interval(lo, a, True, True), interval(lo, a, False, False), interval(None, a, False, True),
              interval(lo, None, False, False)],
        L(f"Түбір астындағы өрнек теріс емес: {lin(-1, a)} ≥ 0 ⇒ x ≤ {num(a)}; логарифм астындағы өрнек оң: {lin(1, c)} > 0 ⇒ x > {num(lo)}. Жауабы: {key}.",
          f"Подкоренное выражение неотрицательно: {lin(-1, a)} ≥ 0 ⇒ x ≤ {num(a)}; выражение под логарифмом положительно: {lin(1, c)} > 0 ⇒ x > {num(lo)}. Ответ: {key}."),
        src("an10", "Функцияның анықталу облысы", "Область определения функции"))


def t_range(rng):
    a = rng.choice([1, 2, -1, -2, 3])
    x0, y0 = rng.randint(-4, 4), rng.randint(-9, 9)
    co = [a, -2 * a * x0, a * x0 * x0 + y0]
    if co[1] == 0 or co[2] == y0 or x0 == y0:
        raise Retry
    up = a > 0
    key = interval(y0, None, True, False) if up else interval(None, y0, False, True)
    f = f"y = {poly(co)}"
    return single(
        "functions", 3,
        L(f"Функцияның мәндер облысын табыңыз: {f}.", f"Найдите область значений функции {f}."),
        key, [interval(None, y0, False, True) if up else interval(y0, None, True, False),
              interval(x0, None, True, False) if up else interval(None, x0, False, True),
              interval(co[2], None, True, False) if up else interval(None, co[2], False, True),
              interval(y0, None, False, False) if up else interval(None, y0, False, False)],
        L(f"Параболаның төбесі: x₀ = {num(-co[1])}/{num(2 * a)} = {num(x0)}, y₀ = {num(y0)}. a = {num(a)} {'> 0, тармақтары жоғары' if up else '< 0, тармақтары төмен'}, сондықтан E(y) = {key}.",
          f"Вершина параболы: x₀ = {num(-co[1])}/{num(2 * a)} = {num(x0)}, y₀ = {num(y0)}. a = {num(a)} {'> 0, ветви вверх' if up else '< 0, ветви вниз'}, поэтому E(y) = {key}."),
        src("alg8", "Квадраттық функция және оның графигі", "Квадратичная функция и её график"))


def t_inverse(rng):
    a, b = rng.choice([2, 3, 4, 5, -2, -3]), nz(rng, -9, 9)
    f = f"y = {lin(a, b)}"
    ia = Fr(1, a)
    show = lambda k, m: f"y = {terms([(k, 'x'), (m, '')], fraction_style='dot')}"  # noqa: E731
    key = show(ia, Fr(-b, a))
    return single(
        "functions", 2,
        L(f"{f} функциясына кері функцияны табыңыз.", f"Найдите функцию, обратную к функции {f}."),
        key, [show(ia, Fr(b, a)), show(a, -b), show(-ia, Fr(b, a)), show(ia, -b)],
        L(f"x-ті y арқылы өрнектейміз: {lin(a, 0)} = {lin(1, -b, 'y')}, x = ({lin(1, -b, 'y')})/{paren(a)}. x пен y-тің орнын ауыстырамыз: {key}.",
          f"Выражаем x через y: {lin(a, 0)} = {lin(1, -b, 'y')}, x = ({lin(1, -b, 'y')})/{paren(a)}. Меняем местами x и y: {key}."),
        src("an10", "Кері функция", "Обратная функция"))


def _parity_pool(rng):
    a, b, c = nz(rng, -4, 4), nz(rng, -5, 5), nz(rng, -6, 6)
    even = [[a, 0, b, 0, c], [a, 0, b, 0, 0]]
    odd = [[a, 0, b, 0], [a, 0, 0, 0, b, 0]]
    neither = [[a, b, 0], [a, 0, 0, c], [a, b, c], [a, 0, b, c], [a, c, 0, 0]]
    return even, odd, neither


def _parity(co):
    vals = [(poly_eval(co, x), poly_eval(co, -x)) for x in (1, 2, 3)]
    if all(u == v for u, v in vals):
        return "even"
    if all(u == -v for u, v in vals):
        return "odd"
    return "neither"


def t_parity(rng):
    want = rng.choice(["even", "odd"])
    even, odd, neither = _parity_pool(rng)
    pool = {"even": even, "odd": odd}
    key_co = rng.choice(pool[want])
    other = pool["odd" if want == "even" else "even"]
    wrong = [rng.choice(other)] + rng.sample(neither, 3)
    assert _parity(key_co) == want and all(_parity(w) != want for w in wrong)
    fm = lambda co: f"y = {poly(co)}"  # noqa: E731
    w_kk, w_ru = ("жұп", "чётную") if want == "even" else ("тақ", "нечётную")
    cond = "f(−x) = f(x)" if want == "even" else "f(−x) = −f(x)"
    return single(
        "functions", 2, L(f"{w_kk.capitalize()} функцияны көрсетіңіз.", f"Укажите {w_ru} функцию."),
        fm(key_co), [fm(w) for w in wrong],
        L(f"{w_kk.capitalize()} функция үшін {cond}. {fm(key_co)} функциясында x тек {'жұп' if want == 'even' else 'тақ'} дәрежелерде кездеседі{', бос мүше жұп функцияға кедергі емес' if want == 'even' and key_co[-1] else ''}, сондықтан шарт орындалады; қалғандарында орындалмайды.",
          f"Для {'чётной' if want == 'even' else 'нечётной'} функции {cond}. В функции {fm(key_co)} переменная x входит только в {'чётных' if want == 'even' else 'нечётных'} степенях{' (свободный член чётности не мешает)' if want == 'even' and key_co[-1] else ''}, поэтому условие выполнено; у остальных — нет."),
        src("an10", "Функцияның жұптылығы мен тақтығы", "Чётность и нечётность функции"))


# =========================================================================== combinatorics and probability
def C(n, k):
    return math.comb(n, k)


def A(n, k):
    return math.perm(n, k)


def t_comb(rng):
    n, k = rng.randint(7, 15), rng.randint(2, 4)
    key = C(n, k)
    return single(
        "probability", 2,
        L(f"Сыныпта {n} оқушы бар. Олардың ішінен олимпиадаға {k} оқушыны неше тәсілмен таңдауға болады?",
          f"В классе {n} учеников. Сколькими способами можно выбрать из них {k} ученика для участия в олимпиаде?"),
        num(key), [num(A(n, k)), num(n * k), num(C(n, k - 1)), num(n ** k)],
        L(f"Таңдау реті маңызды емес — терулер саны: C{sub(n)}{sup(k)} = {n}!/({k}!·{n - k}!) = {key}.",
          f"Порядок выбора не важен — число сочетаний: C{sub(n)}{sup(k)} = {n}!/({k}!·{n - k}!) = {key}."),
        src("alg9", "Комбинаторика элементтері: терулер", "Элементы комбинаторики: сочетания"))


def t_arrange(rng):
    n = rng.randint(6, 12)
    key = A(n, 3)
    return single(
        "probability", 2,
        L(f"Клубтың {n} мүшесінің ішінен төраға, оның орынбасары және хатшы сайланады. Мұны неше тәсілмен жасауға болады?",
          f"Из {n} членов клуба выбирают председателя, его заместителя и секретаря. Сколькими способами это можно сделать?"),
        num(key), [num(C(n, 3)), num(n ** 3), num(3 * n), num(A(n, 2))],
        L(f"Лауазымдар әртүрлі, сондықтан рет маңызды — орналастырулар: A{sub(n)}³ = {n}·{n - 1}·{n - 2} = {key}.",
          f"Должности разные, порядок важен — число размещений: A{sub(n)}³ = {n}·{n - 1}·{n - 2} = {key}."),
        src("alg9", "Комбинаторика элементтері: орналастырулар", "Элементы комбинаторики: размещения"))


WORDS = ["АСТАНА", "АЛМАТЫ", "ТАРАЗ", "АТЫРАУ"]  # spelled the same in kk and ru


def t_letters(rng):
    w = rng.choice(WORDS)
    counts = {ch: w.count(ch) for ch in w}
    n = len(w)
    den = math.prod(math.factorial(c) for c in counts.values())
    key = math.factorial(n) // den
    if den == 1:
        raise Retry
    reps = ", ".join(f"«{ch}» — {c}" for ch, c in counts.items() if c > 1)
    den_s = "·".join(f"{c}!" for c in counts.values() if c > 1)
    return single(
        "probability", 3,
        L(f"{w} сөзінің әріптерінің орнын ауыстыру арқылы неше түрлі әріптер тізбегін алуға болады?",
          f"Сколько различных буквенных последовательностей можно получить, переставляя буквы слова {w}?"),
        num(key), [num(math.factorial(n)), num(math.factorial(n) // 2 if den != 2 else math.factorial(n) // 6), num(math.factorial(n - 1)), num(key * 2 if den != 2 else key // 2)],
        L(f"Сөзде {n} әріп, қайталанатындары: {reps}. Қайталанатын ауыстырулар саны: {n}!/{den_s} = {math.factorial(n)}/{den} = {key}.",
          f"В слове {n} букв, повторяются: {reps}. Число перестановок с повторениями: {n}!/{den_s} = {math.factorial(n)}/{den} = {key}."),
        src("alg9", "Комбинаторика элементтері: ауыстырулар", "Элементы комбинаторики: перестановки"))


def t_dice(rng):
    s = rng.randint(3, 11)
    fav = [(i, j) for i in range(1, 7) for j in range(1, 7) if i + j == s]
    key = Fr(len(fav), 36)
    f = lambda v: num(v, as_fraction=True)  # noqa: E731
    pairs = ", ".join(f"({i}; {j})" for i, j in fav)
    return single(
        "probability", 3,
        L(f"Екі ойын сүйегі лақтырылды. Түскен ұпайлардың қосындысы {s} болу ықтималдығын табыңыз.",
          f"Бросают две игральные кости. Найдите вероятность того, что сумма выпавших очков равна {s}."),
        f(key), [f(Fr(len(fav), 11)), f(Fr(1, 36)), f(Fr(len(fav), 6)), f(Fr(len(fav) + 1, 36)), f(Fr(len(fav), 12))],
        L(f"Барлық нәтижелер саны 6·6 = 36. Қолайлылары: {pairs} — {len(fav)}. P = {len(fav)}/36 = {f(key)}.",
          f"Всего исходов 6·6 = 36. Благоприятные: {pairs} — {len(fav)}. P = {len(fav)}/36 = {f(key)}."),
        src("an10", "Ықтималдықтың классикалық анықтамасы", "Классическое определение вероятности"))


def t_balls(rng):
    w, b = rng.randint(3, 8), rng.randint(3, 9)
    n = w + b
    key = Fr(C(w, 2), C(n, 2))
    f = lambda v: num(v, as_fraction=True)  # noqa: E731
    return single(
        "probability", 4,
        L(f"Қорапта {w} ақ және {b} қара шар бар. Кездейсоқ екі шар алынды. Екеуінің де ақ болу ықтималдығын табыңыз.",
          f"В коробке {w} белых и {b} чёрных {'шара' if b in (2, 3, 4) else 'шаров'}. Наугад вынимают два шара. Найдите вероятность того, что оба шара белые."),
        f(key), [f(Fr(w, n) ** 2), f(Fr(w, n)), f(Fr(2 * w, n * (n - 1))), f(Fr(w * b, C(n, 2)))],
        L(f"P = C{sub(w)}² / C{sub(n)}² = {C(w, 2)}/{C(n, 2)} = {f(key)} (немесе {w}/{n}·{w - 1}/{n - 1}).",
          f"P = C{sub(w)}² / C{sub(n)}² = {C(w, 2)}/{C(n, 2)} = {f(key)} (или {w}/{n}·{w - 1}/{n - 1})."),
        src("an10", "Ықтималдықтың классикалық анықтамасы", "Классическое определение вероятности"))


def t_shooters(rng):
    p1, p2 = Fr(rng.randint(5, 9), 10), Fr(rng.randint(4, 9), 10)
    if p1 == p2:
        raise Retry
    key = p1 * (1 - p2) + (1 - p1) * p2
    return single(
        "probability", 4,
        L(f"Екі мерген нысанаға бір-бірден оқ атады. Бірінші мергеннің нысанаға тигізу ықтималдығы {num(p1)}, екіншісінікі {num(p2)}. Нысанаға тек бір мергеннің тигізу ықтималдығын табыңыз.",
          f"Два стрелка делают по одному выстрелу в мишень. Вероятность попадания первого {num(p1)}, второго {num(p2)}. Найдите вероятность того, что в мишень попадёт ровно один стрелок."),
        num(key), [num(p1 * p2), num(1 - p1 * p2), num(p1 + p2 - p1 * p2), num((1 - p1) * (1 - p2))],
        L(f"Оқиғалар тәуелсіз: P = {num(p1)}·{num(1 - p2)} + {num(1 - p1)}·{num(p2)} = {num(p1 * (1 - p2))} + {num((1 - p1) * p2)} = {num(key)}.",
          f"События независимы: P = {num(p1)}·{num(1 - p2)} + {num(1 - p1)}·{num(p2)} = {num(p1 * (1 - p2))} + {num((1 - p1) * p2)} = {num(key)}."),
        src("an10", "Тәуелсіз оқиғалардың ықтималдығы", "Вероятность независимых событий"))


# =========================================================================== plane geometry
def t_right_area(rng):
    a, b, c = rng.choice(TRIPLES[:4])
    k = rng.randint(1, 3)
    a, b, c = a * k, b * k, c * k
    if rng.random() < 0.5:
        a, b = b, a
    key = Fr(a * b, 2)
    return single(
        "planimetry", 2,
        L(f"Тікбұрышты үшбұрыштың катеті {a} см, гипотенузасы {c} см. Үшбұрыштың ауданын табыңыз.",
          f"Катет прямоугольного треугольника равен {a} см, гипотенуза — {c} см. Найдите площадь треугольника."),
        f"{num(key)} см²", [f"{num(Fr(a * c, 2))} см²", f"{num(a * b)} см²", f"{num(Fr(b * c, 2))} см²", f"{num(a * c)} см²"],
        L(f"Пифагор теоремасы бойынша екінші катет: √({c}² {M} {a}²) = {b} см. S = {a}·{b}/2 = {num(key)} см².",
          f"По теореме Пифагора второй катет: √({c}² {M} {a}²) = {b} см. S = {a}·{b}/2 = {num(key)} см²."),
        src("geo8", "Пифагор теоремасы", "Теорема Пифагора"))


def t_tri_sine_area(rng):
    a, b = rng.randint(4, 16), rng.randint(4, 16)
    ang = rng.choice([30, 150, 45, 135, 60, 120])
    sines = {30: (Fr(1, 2), 1), 150: (Fr(1, 2), 1), 45: (Fr(1, 2), 2), 135: (Fr(1, 2), 2), 60: (Fr(1, 2), 3), 120: (Fr(1, 2), 3)}
    coef, rad = sines[ang]
    key = root(rad, Fr(a * b, 2) * coef)
    sin_s = {1: "1/2", 2: "√2/2", 3: "√3/2"}[rad]
    wrong_rad = {1: 3, 2: 1, 3: 1}[rad]
    return single(
        "planimetry", 2 if rad == 1 else 3,
        L(f"Үшбұрыштың екі қабырғасы {a} см және {b} см, олардың арасындағы бұрыш {ang}°. Үшбұрыштың ауданын табыңыз.",
          f"Две стороны треугольника равны {a} см и {b} см, угол между ними {ang}°. Найдите площадь треугольника."),
        f"{key} см²", [f"{root(rad, a * b * coef)} см²", f"{root(wrong_rad, Fr(a * b, 2) * coef)} см²",
                       f"{num(Fr(a * b, 2))} см²", f"{root(rad, Fr(a * b, 4) * coef)} см²"],
        L(f"S = ½·a·b·sin γ = ½·{a}·{b}·sin {ang}° = ½·{a}·{b}·{sin_s} = {key} см².",
          f"S = ½·a·b·sin γ = ½·{a}·{b}·sin {ang}° = ½·{a}·{b}·{sin_s} = {key} см²."),
        src("geo9", "Үшбұрыштың ауданы", "Площадь треугольника"))


def t_cos_law(rng):
    opts = [(a, b, g) for a in range(3, 16) for b in range(a + 1, 17) for g in (60, 120)
            if isqrt_exact(a * a + b * b + (a * b if g == 120 else -a * b))]
    a, b, g = rng.choice(opts)
    c2 = a * a + b * b + (a * b if g == 120 else -a * b)
    key = isqrt_exact(c2)
    wrong = a * a + b * b - (a * b if g == 120 else -a * b)
    return single(
        "planimetry", 3,
        L(f"Үшбұрыштың екі қабырғасы {a} см және {b} см, олардың арасындағы бұрыш {g}°. Үшінші қабырғасын табыңыз.",
          f"Две стороны треугольника равны {a} см и {b} см, а угол между ними {g}°. Найдите третью сторону."),
        f"{key} см", [f"{root(wrong)} см", f"{root(a * a + b * b)} см", f"{root(c2 * 2 - a * a - b * b) if c2 * 2 > a * a + b * b else a + b} см",
                     f"{key + 1} см"],
        L(f"Косинустар теоремасы: c² = a² + b² {M} 2ab·cos γ = {a * a} + {b * b} {M} 2·{a}·{b}·({'1/2' if g == 60 else M + '1/2'}) = {c2}, c = {key} см.",
          f"Теорема косинусов: c² = a² + b² {M} 2ab·cos γ = {a * a} + {b * b} {M} 2·{a}·{b}·({'1/2' if g == 60 else M + '1/2'}) = {c2}, c = {key} см."),
        src("geo9", "Косинустар теоремасы", "Теорема косинусов"))


def t_incircle(rng):
    a, b, c = rng.choice(TRIPLES)
    k = rng.choice([1, 2]) if c < 20 else 1
    a, b, c = a * k, b * k, c * k
    r = Fr(a + b - c, 2)
    want_r = rng.random() < 0.6
    key = r if want_r else Fr(c, 2)
    w_kk, w_ru = ("іштей", "вписанной") if want_r else ("сырттай", "описанной")
    calc = f"r = (a + b {M} c)/2 = ({a} + {b} {M} {c})/2 = {num(r)}" if want_r else f"R = c/2 = {c}/2 = {num(Fr(c, 2))}"
    return single(
        "planimetry", 3 if want_r else 2,
        L(f"Тікбұрышты үшбұрыштың катеттері {a} см және {b} см. Оған {w_kk} сызылған шеңбердің радиусын табыңыз.",
          f"Катеты прямоугольного треугольника равны {a} см и {b} см. Найдите радиус {w_ru} окружности."),
        f"{num(key)} см", [f"{num(Fr(c, 2) if want_r else r)} см", f"{num(Fr(a * b, a + b + c))} см", f"{num(c)} см", f"{num(Fr(a + b, 2))} см",
                          f"{num(Fr(a + b + c, 2))} см"],
        L(f"Гипотенуза c = √({a}² + {b}²) = {c} см. {calc} см.", f"Гипотенуза c = √({a}² + {b}²) = {c} см. {calc} см."),
        src("geo9", "Үшбұрышқа іштей және сырттай сызылған шеңберлер", "Вписанная и описанная окружности треугольника"))


def t_trapezoid(rng):
    x, h, l = rng.choice(TRIPLES[:3])
    if rng.random() < 0.5:
        x, h = h, x
    b = rng.randint(2, 10)
    a = b + 2 * x
    key = (a + b) * h // 2 if (a + b) * h % 2 == 0 else Fr((a + b) * h, 2)
    return single(
        "planimetry", 3,
        L(f"Теңбүйірлі трапецияның табандары {b} см және {a} см, бүйір қабырғасы {l} см. Трапецияның ауданын табыңыз.",
          f"Основания равнобедренной трапеции равны {b} см и {a} см, боковая сторона {l} см. Найдите площадь трапеции."),
        f"{num(key)} см²", [f"{num(Fr((a + b) * l, 2))} см²", f"{num((a + b) * h)} см²", f"{num(Fr((a + b) * x, 2))} см²", f"{num(a * h)} см²"],
        L(f"Биіктікті түсірсек, үлкен табаннан ({a} {M} {b})/2 = {x} см кесінді қиылады. h = √({l}² {M} {x}²) = {h} см. S = ({a} + {b})/2·{h} = {num(key)} см².",
          f"Опустим высоту: от большего основания отсекается отрезок ({a} {M} {b})/2 = {x} см. h = √({l}² {M} {x}²) = {h} см. S = ({a} + {b})/2·{h} = {num(key)} см²."),
        src("geo8", "Трапецияның ауданы", "Площадь трапеции"))


def t_polygon(rng):
    n = rng.choice([5, 6, 8, 9, 10, 12, 15, 18, 20])
    if rng.random() < 0.5:
        key = Fr(180 * (n - 2), n)
        return single(
            "planimetry", 2,
            L(f"Дұрыс {n}-бұрыштың ішкі бұрышын табыңыз.", f"Найдите внутренний угол правильного {n}-угольника."),
            f"{num(key)}°", [f"{num(Fr(360, n))}°", f"{num(180 * (n - 2))}°", f"{num(Fr(180 * (n - 1), n))}°", f"{num(Fr(180, n))}°"],
            L(f"Ішкі бұрыштарының қосындысы 180°·({n} {M} 2) = {180 * (n - 2)}°, бір бұрышы {180 * (n - 2)}°/{n} = {num(key)}°.",
              f"Сумма внутренних углов 180°·({n} {M} 2) = {180 * (n - 2)}°, один угол {180 * (n - 2)}°/{n} = {num(key)}°."),
            src("geo8", "Көпбұрыштар", "Многоугольники"))
    key = n * (n - 3) // 2
    return single(
        "planimetry", 1,
        L(f"Дөңес {n}-бұрыштың неше диагоналі бар?", f"Сколько диагоналей у выпуклого {n}-угольника?"),
        num(key), [num(n * (n - 3)), num(n * (n - 1) // 2), num(n - 3), num(key + n)],
        L(f"Әр төбеден {n} {M} 3 = {n - 3} диагональ шығады, әр диагональ екі рет саналады: {n}·{n - 3}/2 = {key}.",
          f"Из каждой вершины выходит {n} {M} 3 = {n - 3} диагоналей, каждая посчитана дважды: {n}·{n - 3}/2 = {key}."),
        src("geo8", "Көпбұрыштар", "Многоугольники"))


# =========================================================================== solid geometry
BOX = [(a, b, c) for a in range(1, 10) for b in range(a, 11) for c in range(b, 13)
       if isqrt_exact(a * a + b * b + c * c) and math.gcd(math.gcd(a, b), c) == 1]


def t_box_diag(rng):
    a, b, c = rng.choice(BOX)
    d = isqrt_exact(a * a + b * b + c * c)
    return single(
        "stereometry", 1,
        L(f"Тікбұрышты параллелепипедтің өлшемдері {a} см, {b} см және {c} см. Оның диагоналін табыңыз.",
          f"Измерения прямоугольного параллелепипеда равны {a} см, {b} см и {c} см. Найдите его диагональ."),
        f"{d} см", [f"{a + b + c} см", f"{root(b * b + c * c)} см", f"{root(a * a + b * b)} см", f"{d * d} см"],
        L(f"d² = a² + b² + c² = {a * a} + {b * b} + {c * c} = {d * d}, d = {d} см.",
          f"d² = a² + b² + c² = {a * a} + {b * b} + {c * c} = {d * d}, d = {d} см."),
        src("geo11", "Тікбұрышты параллелепипед", "Прямоугольный параллелепипед"))


def t_cylinder(rng):
    r, h = rng.randint(2, 8), rng.randint(2, 12)
    if r == h:
        raise Retry
    key = r * r * h
    return single(
        "stereometry", 1,
        L(f"Цилиндр табанының радиусы {r} см, биіктігі {h} см. Цилиндрдің көлемін табыңыз.",
          f"Радиус основания цилиндра {r} см, высота {h} см. Найдите объём цилиндра."),
        f"{pi_str(key)} см³", [f"{pi_str(2 * r * h)} см³", f"{pi_str(Fr(key, 3))} см³", f"{pi_str(r * h * h)} см³", f"{pi_str(2 * r * (r + h))} см³"],
        L(f"V = πr²h = π·{r}²·{h} = {pi_str(key)} см³.", f"V = πr²h = π·{r}²·{h} = {pi_str(key)} см³."),
        src("geo11", "Цилиндр", "Цилиндр"))


def t_cone(rng):
    r, h, l = rng.choice(TRIPLES[:3])
    if rng.random() < 0.5:
        r, h = h, r
    k = rng.choice([1, 2]) if l < 15 else 1
    r, h, l = r * k, h * k, l * k
    key = Fr(r * r * h, 3)
    return single(
        "stereometry", 3,
        L(f"Конус табанының радиусы {r} см, жасаушысы {l} см. Конустың көлемін табыңыз.",
          f"Радиус основания конуса {r} см, образующая {l} см. Найдите объём конуса."),
        f"{pi_str(key)} см³", [f"{pi_str(Fr(r * r * l, 3))} см³", f"{pi_str(r * r * h)} см³", f"{pi_str(r * l)} см³", f"{pi_str(Fr(r * h * h, 3))} см³"],
        L(f"Биіктігі h = √({l}² {M} {r}²) = {h} см. V = ⅓πr²h = ⅓·π·{r * r}·{h} = {pi_str(key)} см³.",
          f"Высота h = √({l}² {M} {r}²) = {h} см. V = ⅓πr²h = ⅓·π·{r * r}·{h} = {pi_str(key)} см³."),
        src("geo11", "Конус", "Конус"))


def t_sphere(rng):
    R = rng.choice([3, 6, 9, 12, 15])
    S = 4 * R * R
    key = Fr(4 * R ** 3, 3)
    return single(
        "stereometry", 3,
        L(f"Шар бетінің ауданы {pi_str(S)} см². Шардың көлемін табыңыз.",
          f"Площадь поверхности шара равна {pi_str(S)} см². Найдите объём шара."),
        f"{pi_str(key)} см³", [f"{pi_str(4 * R ** 3)} см³", f"{pi_str(Fr(4 * R * R, 3))} см³", f"{pi_str(R ** 3)} см³", f"{pi_str(Fr(4 * S ** 3, 3))} см³"],
        L(f"4πR² = {pi_str(S)} ⇒ R² = {R * R}, R = {R} см. V = 4/3·πR³ = 4/3·π·{R ** 3} = {pi_str(key)} см³.",
          f"4πR² = {pi_str(S)} ⇒ R² = {R * R}, R = {R} см. V = 4/3·πR³ = 4/3·π·{R ** 3} = {pi_str(key)} см³."),
        src("geo11", "Шар және сфера", "Шар и сфера"))


# =========================================================================== vectors
def vec(v):
    return "(" + "; ".join(num(x) for x in v) + ")"


def t_vec_len(rng):
    a, b, c = rng.choice(BOX)
    v = [x * rng.choice([1, -1]) for x in (a, b, c)]
    rng.shuffle(v)
    d = isqrt_exact(a * a + b * b + c * c)
    return single(
        "vectors", 1,
        L(f"a{vec(v)} векторының ұзындығын табыңыз.", f"Найдите длину вектора a{vec(v)}."),
        num(d), [num(sum(v)), num(d * d), num(a + b + c), root(v[0] ** 2 + v[1] ** 2)],
        L(f"|a| = √(x² + y² + z²) = √({v[0] ** 2} + {v[1] ** 2} + {v[2] ** 2}) = √{d * d} = {d}.",
          f"|a| = √(x² + y² + z²) = √({v[0] ** 2} + {v[1] ** 2} + {v[2] ** 2}) = √{d * d} = {d}."),
        src("geo10", "Кеңістіктегі векторлар", "Векторы в пространстве"))


def t_dot(rng):
    u = [nz(rng, -5, 5) for _ in range(3)]
    v = [nz(rng, -5, 5) for _ in range(3)]
    key = sum(x * y for x, y in zip(u, v))
    prods = " + ".join(f"{paren(x)}·{paren(y)}" for x, y in zip(u, v))
    return single(
        "vectors", 1,
        L(f"a{vec(u)} және b{vec(v)} векторларының скаляр көбейтіндісін табыңыз.",
          f"Найдите скалярное произведение векторов a{vec(u)} и b{vec(v)}."),
        num(key), [num(sum(abs(x * y) for x, y in zip(u, v))), num(-key), num(sum(u) + sum(v)), num(key + 2 * u[0] * v[0] * -1)],
        L(f"a·b = x₁x₂ + y₁y₂ + z₁z₂ = {prods} = {num(key)}.", f"a·b = x₁x₂ + y₁y₂ + z₁z₂ = {prods} = {num(key)}."),
        src("geo10", "Векторлардың скаляр көбейтіндісі", "Скалярное произведение векторов"))


def t_perp(rng):
    u = [nz(rng, -4, 4), None, nz(rng, -4, 4)]
    v = [nz(rng, -5, 5), nz(rng, -3, 3), nz(rng, -5, 5)]
    rest = u[0] * v[0] + u[2] * v[2]
    if rest % v[1]:
        raise Retry
    m = -rest // v[1]
    if m == 0:
        raise Retry
    us = f"({num(u[0])}; m; {num(u[2])})"
    return single(
        "vectors", 3,
        L(f"m-нің қандай мәнінде a{us} және b{vec(v)} векторлары перпендикуляр болады?",
          f"При каком значении m векторы a{us} и b{vec(v)} перпендикулярны?"),
        num(m), [num(-m), num(Fr(rest, v[1])) if Fr(rest, v[1]) != -m else num(m + 1), num(Fr(v[1] * u[0], v[0])), num(rest)],
        L(f"Перпендикуляр векторлардың скаляр көбейтіндісі нөлге тең: {paren(u[0])}·{paren(v[0])} + m·{paren(v[1])} + {paren(u[2])}·{paren(v[2])} = 0, "
          f"{terms([(v[1], 'm'), (rest, '')])} = 0, m = {num(m)}.",
          f"Скалярное произведение перпендикулярных векторов равно нулю: {paren(u[0])}·{paren(v[0])} + m·{paren(v[1])} + {paren(u[2])}·{paren(v[2])} = 0, "
          f"{terms([(v[1], 'm'), (rest, '')])} = 0, m = {num(m)}."),
        src("geo10", "Векторлардың перпендикулярлық шарты", "Условие перпендикулярности векторов"))


def t_lincomb(rng):
    u = [rng.randint(-5, 5) for _ in range(3)]
    v = [rng.randint(-5, 5) for _ in range(3)]
    p, q = rng.randint(2, 3), rng.randint(2, 4)
    comb = lambda s, t: [s * x + t * y for x, y in zip(u, v)]  # noqa: E731
    key = comb(p, -q)
    return single(
        "vectors", 2,
        L(f"a{vec(u)} және b{vec(v)} векторлары берілген. {p}a {M} {q}b векторының координаталарын табыңыз.",
          f"Даны векторы a{vec(u)} и b{vec(v)}. Найдите координаты вектора {p}a {M} {q}b."),
        vec(key), [vec(comb(p, q)), vec(comb(-p, q)), vec(comb(q, -p)), vec(comb(1, -1))],
        L(f"{p}a = {vec([p * x for x in u])}, {q}b = {vec([q * y for y in v])}; айырмасы {vec(key)}.",
          f"{p}a = {vec([p * x for x in u])}, {q}b = {vec([q * y for y in v])}; их разность {vec(key)}."),
        src("geo10", "Векторларға амалдар қолдану", "Действия над векторами"))


# =========================================================================== matching
def matching(topic, diff, stem, pairs, extra, expl, source):
    answers = [a for _, a in pairs]
    keys = [tr(a, "kk") for a in answers]
    assert len(set(keys)) == len(keys), keys
    extra = pick_distractors(answers[0], [e for e in extra if tr(e, "kk") not in keys], n=2)
    return dict(kind="matching", topic=f"math.{topic}", difficulty=diff, stem=stem, pairs=pairs, extra=extra,
                explanation=expl, source=source)


def stem_m(kk, ru):
    return L(f"{kk} сәйкестікті анықтаңыз.", f"Установите соответствие между {ru}.")


def m_derivs(rng):
    f1 = [nz(rng, -3, 3), nz(rng, -4, 4), rng.randint(-6, 6), nz(rng, -9, 9)]
    f2 = [nz(rng, -2, 2), 0, 0, nz(rng, -5, 5), rng.randint(-7, 7)]
    d1, d2 = poly_deriv(f1), poly_deriv(f2)
    extra = [poly([3 * f1[0], 2 * f1[1], f1[2], 0]), poly([3 * f1[0], 2 * f1[1], f1[2] + f1[3]]),
             poly([4 * f2[0], 0, 0, f2[3] + f2[4]]) if f2[4] else poly([f2[0], 0, 0, f2[3]]), poly([f2[0], 0, 0, f2[3]])]
    return matching(
        "derivative", 2, stem_m("Функция мен оның туындысы арасындағы", "функцией и её производной"),
        [(f"f(x) = {poly(f1)}", f"f′(x) = {poly(d1)}"), (f"f(x) = {poly(f2)}", f"f′(x) = {poly(d2)}")],
        [f"f′(x) = {e}" for e in extra],
        L(f"(xⁿ)′ = nxⁿ⁻¹, тұрақтының туындысы 0: 1) f′(x) = {poly(d1)}; 2) f′(x) = {poly(d2)}.",
          f"(xⁿ)′ = nxⁿ⁻¹, производная константы равна 0: 1) f′(x) = {poly(d1)}; 2) f′(x) = {poly(d2)}."),
        src("an10", "Туындыны есептеу ережелері", "Правила вычисления производных"))


def m_eq_roots(rng):
    a = rng.choice([2, 3])
    e1 = rng.randint(2, 4)
    x1 = nz(rng, -3, 5)
    b1 = e1 - x1
    b = rng.choice([2, 3, 5])
    n = rng.randint(1, 2 if b == 5 else 3)
    c = nz(rng, -6, 6)
    x2 = b ** n - c
    if x1 == x2 or b1 == 0 or x2 <= 0 and False:
        raise Retry
    eq1 = f"{a}{expo(lin(1, b1))} = {a ** e1}"
    eq2 = f"log{sub(b)}({lin(1, c)}) = {n}"
    extra = [num(e1 + b1), num(b * n - c), num(b ** n + c), num(-x1), num(e1)]
    extra = [e for e in extra if e not in (num(x1), num(x2))]
    return matching(
        "exp_log", 3, stem_m("Теңдеу мен оның түбірі арасындағы", "уравнением и его корнем"),
        [(eq1, num(x1)), (eq2, num(x2))], extra,
        L(f"1) {a ** e1} = {a}{sup(e1)}, {lin(1, b1)} = {e1}, x = {num(x1)}. 2) {lin(1, c)} = {b}{sup(n)} = {b ** n}, x = {num(x2)}.",
          f"1) {a ** e1} = {a}{sup(e1)}, {lin(1, b1)} = {e1}, x = {num(x1)}. 2) {lin(1, c)} = {b}{sup(n)} = {b ** n}, x = {num(x2)}."),
        src("an11", "Көрсеткіштік және логарифмдік теңдеулер", "Показательные и логарифмические уравнения"))


TRIG_TABLE = [("sin 30°", "1/2"), ("cos 60°", "1/2"), ("sin 60°", "√3/2"), ("cos 30°", "√3/2"), ("sin 45°", "√2/2"),
              ("cos 45°", "√2/2"), ("tg 45°", "1"), ("tg 60°", "√3"), ("tg 30°", "√3/3"), ("cos 90°", "0"), ("sin 90°", "1"),
              ("cos 180°", f"{M}1"), ("sin 270°", f"{M}1"), ("cos 120°", f"{M}1/2"), ("sin 150°", "1/2"), ("cos 150°", f"{M}√3/2"),
              ("tg 135°", f"{M}1"), ("sin 240°", f"{M}√3/2")]


def m_trig(rng):
    pool = TRIG_TABLE[:]
    rng.shuffle(pool)
    chosen, vals = [], set()
    for e, v in pool:
        if v not in vals:
            chosen.append((e, v))
            vals.add(v)
        if len(chosen) == 3:
            break
    allv = ["1/2", "√3/2", "√2/2", "1", "√3", "√3/3", "0", f"{M}1", f"{M}1/2", f"{M}√3/2", f"{M}√2/2"]
    extra = [v for v in allv if v not in vals]
    rng.shuffle(extra)
    return matching(
        "trigonometry", 1, stem_m("Өрнек пен оның мәні арасындағы", "выражением и его значением"),
        chosen, extra,
        L("Кесте мәндері мен келтіру формулалары бойынша: " + "; ".join(f"{e} = {v}" for e, v in chosen) + ".",
          "По табличным значениям и формулам приведения: " + "; ".join(f"{e} = {v}" for e, v in chosen) + "."),
        src("alg9", "Тригонометриялық функциялардың мәндері", "Значения тригонометрических функций"))


def m_progressions(rng):
    a1, d, n = rng.randint(-5, 10), nz(rng, -4, 5), rng.randint(6, 12)
    b1, q, k = rng.randint(1, 5), rng.choice([2, 3, -2]), rng.randint(4, 6)
    an = a1 + (n - 1) * d
    bk = b1 * q ** (k - 1)
    extra = [num(a1 + n * d), num(b1 * q ** k), num(b1 * (k - 1) * q), num(a1 * d * (n - 1))]
    return matching(
        "progressions", 2, stem_m("Прогрессия мен оның сұралған мүшесі арасындағы", "прогрессией и её указанным членом"),
        [(L(f"Арифметикалық прогрессия: a₁ = {num(a1)}, d = {num(d)}; a{sub(n)} = ?", f"Арифметическая прогрессия: a₁ = {num(a1)}, d = {num(d)}; a{sub(n)} = ?"), num(an)),
         (L(f"Геометриялық прогрессия: b₁ = {b1}, q = {num(q)}; b{sub(k)} = ?", f"Геометрическая прогрессия: b₁ = {b1}, q = {num(q)}; b{sub(k)} = ?"), num(bk))],
        extra,
        L(f"1) a{sub(n)} = a₁ + {n - 1}d = {num(a1)} + {n - 1}·{paren(d)} = {num(an)}. 2) b{sub(k)} = b₁q{sup(k - 1)} = {b1}·{paren(q)}{sup(k - 1)} = {num(bk)}.",
          f"1) a{sub(n)} = a₁ + {n - 1}d = {num(a1)} + {n - 1}·{paren(d)} = {num(an)}. 2) b{sub(k)} = b₁q{sup(k - 1)} = {b1}·{paren(q)}{sup(k - 1)} = {num(bk)}."),
        src("alg9", "Арифметикалық және геометриялық прогрессиялар", "Арифметическая и геометрическая прогрессии"))


def m_areas(rng):
    d = rng.choice([6, 8, 10, 12])
    d1, d2 = rng.choice([(6, 8), (10, 4), (12, 5), (8, 14), (6, 10)])
    r = rng.choice([3, 4, 5, 6])
    sq, rh, ci = Fr(d * d, 2), Fr(d1 * d2, 2), r * r
    extra = [f"{num(d * d)} см²", f"{num(d1 * d2)} см²", f"{pi_str(2 * r)} см²", f"{pi_str(ci * 2)} см²"]
    return matching(
        "planimetry", 2, stem_m("Фигура мен оның ауданы арасындағы", "фигурой и её площадью"),
        [(L(f"Диагоналі {d} см болатын квадрат", f"Квадрат с диагональю {d} см"), f"{num(sq)} см²"),
         (L(f"Диагональдары {d1} см және {d2} см болатын ромб", f"Ромб с диагоналями {d1} см и {d2} см"), f"{num(rh)} см²"),
         (L(f"Радиусы {r} см болатын дөңгелек", f"Круг радиуса {r} см"), f"{pi_str(ci)} см²")],
        extra,
        L(f"1) S = d²/2 = {d * d}/2 = {num(sq)}; 2) S = d₁d₂/2 = {d1}·{d2}/2 = {num(rh)}; 3) S = πr² = {pi_str(ci)} (см²).",
          f"1) S = d²/2 = {d * d}/2 = {num(sq)}; 2) S = d₁d₂/2 = {d1}·{d2}/2 = {num(rh)}; 3) S = πr² = {pi_str(ci)} (см²)."),
        src("geo8", "Көпбұрыштар мен дөңгелектің аудандары", "Площади многоугольников и круга"))


def m_volumes(rng):
    a = rng.randint(2, 6)
    r, h = rng.randint(2, 5), rng.choice([3, 6, 9])
    rc, hc = rng.randint(2, 5), rng.choice([3, 6])
    cube, cyl, cone = a ** 3, r * r * h, Fr(rc * rc * hc, 3)
    pairs = [(L(f"Қыры {a} см куб", f"Куб с ребром {a} см"), f"{cube} см³"),
             (L(f"Табанының радиусы {r} см, биіктігі {h} см цилиндр", f"Цилиндр с радиусом основания {r} см и высотой {h} см"), f"{pi_str(cyl)} см³"),
             (L(f"Табанының радиусы {rc} см, биіктігі {hc} см конус", f"Конус с радиусом основания {rc} см и высотой {hc} см"), f"{pi_str(cone)} см³")]
    if len({p[1] for p in pairs}) < 3:
        raise Retry
    extra = [f"{pi_str(rc * rc * hc)} см³", f"{6 * a * a} см³", f"{pi_str(2 * r * h)} см³", f"{3 * a} см³"]
    return matching(
        "stereometry", 3, stem_m("Дене мен оның көлемі арасындағы", "телом и его объёмом"), pairs, extra,
        L(f"1) V = a³ = {cube}; 2) V = πr²h = π·{r * r}·{h} = {pi_str(cyl)}; 3) V = ⅓πr²h = ⅓·π·{rc * rc}·{hc} = {pi_str(cone)} (см³).",
          f"1) V = a³ = {cube}; 2) V = πr²h = π·{r * r}·{h} = {pi_str(cyl)}; 3) V = ⅓πr²h = ⅓·π·{rc * rc}·{hc} = {pi_str(cone)} (см³)."),
        src("geo11", "Көпжақтар мен айналу денелерінің көлемдері", "Объёмы многогранников и тел вращения"))


def m_vectors(rng):
    u = [rng.randint(-4, 4) for _ in range(3)]
    v = [rng.randint(-4, 4) for _ in range(3)]
    s = [x + y for x, y in zip(u, v)]
    dot = sum(x * y for x, y in zip(u, v))
    dist = [y - x for x, y in zip(u, v)]
    ln2 = sum(t * t for t in dist)
    if dot == 0 or ln2 == 0 or len({vec(s), vec(dist)}) < 2:
        raise Retry
    pairs = [(L("a + b векторының координаталары", "Координаты вектора a + b"), vec(s)),
             (L("a·b скаляр көбейтіндісі", "Скалярное произведение a·b"), num(dot)),
             (L("b − a векторының ұзындығы", "Длина вектора b − a"), root(ln2))]
    if len({p[1] for p in pairs}) < 3:
        raise Retry
    extra = [vec([x - y for x, y in zip(u, v)]), num(-dot), root(sum(t * t for t in s)), num(ln2), num(sum(abs(x * y) for x, y in zip(u, v)))]
    return matching(
        "vectors", 3, L(f"a{vec(u)} және b{vec(v)} векторлары берілген. Сәйкестікті анықтаңыз.",
                         f"Даны векторы a{vec(u)} и b{vec(v)}. Установите соответствие."), pairs, extra,
        L(f"1) координаталары қосылады: {vec(s)}; 2) {' + '.join(f'{paren(x)}·{paren(y)}' for x, y in zip(u, v))} = {num(dot)}; 3) b − a = {vec(dist)}, ұзындығы {'√' + str(ln2) + ' = ' if root(ln2) != '√' + str(ln2) else ''}{root(ln2)}.",
          f"1) координаты складываются: {vec(s)}; 2) {' + '.join(f'{paren(x)}·{paren(y)}' for x, y in zip(u, v))} = {num(dot)}; 3) b − a = {vec(dist)}, длина {'√' + str(ln2) + ' = ' if root(ln2) != '√' + str(ln2) else ''}{root(ln2)}."),
        src("geo10", "Кеңістіктегі векторлар", "Векторы в пространстве"))


def m_antiderivs(rng):
    k = rng.randint(2, 5)
    a = rng.randint(2, 4)
    pairs = [(f"f(x) = {4 * k}x³", f"F(x) = {k}x⁴ + C"),
             (f"f(x) = {a}/x", f"F(x) = {a} ln|x| + C"),
             (f"f(x) = {a + 1}cos x", f"F(x) = {a + 1}sin x + C")]
    extra = [f"F(x) = {12 * k}x² + C", f"F(x) = {M}{a}/x² + C", f"F(x) = {M}{a + 1}sin x + C", f"F(x) = {4 * k}x⁴ + C"]
    return matching(
        "integral", 3, stem_m("Функция мен оның алғашқы функцияларының жалпы түрі арасындағы", "функцией и общим видом её первообразных"), pairs, extra,
        L(f"Тексеру — туындыны алу: ({k}x⁴)′ = {4 * k}x³, ({a} ln|x|)′ = {a}/x, ({a + 1}sin x)′ = {a + 1}cos x.",
          f"Проверка дифференцированием: ({k}x⁴)′ = {4 * k}x³, ({a} ln|x|)′ = {a}/x, ({a + 1}sin x)′ = {a + 1}cos x."),
        src("an11", "Алғашқы функция", "Первообразная"))


def m_ineq(rng):
    r = rng.randint(-4, 4)
    a = rng.choice([2, 3])
    e = rng.randint(1, 3)
    b = rng.choice([2, 3])
    n = rng.randint(1, 3)
    ineq1 = f"{a}{expo(lin(1, -r))} > {a ** e}"
    k1 = interval(r + e, None, False, False)
    ineq2 = f"log{sub(b)} x ≤ {n}"
    k2 = interval(0, b ** n, False, True)
    extra = [interval(None, r + e, False, False), interval(None, b ** n, False, True), interval(b * n, None, True, False) if b * n != b ** n else interval(0, b * n + 1, False, True),
             interval(r + e, None, True, False)]
    return matching(
        "exp_log", 4, stem_m("Теңсіздік пен оның шешімдер жиыны арасындағы", "неравенством и множеством его решений"),
        [(ineq1, k1), (ineq2, k2)], extra,
        L(f"1) Негізі {a} > 1, функция өспелі: {lin(1, -r)} > {e}, x > {num(r + e)}. 2) Анықталу облысы x > 0; {b} > 1: x ≤ {b}{sup(n)} = {b ** n}; жауабы {k2}.",
          f"1) Основание {a} > 1, функция возрастает: {lin(1, -r)} > {e}, x > {num(r + e)}. 2) Область определения x > 0; {b} > 1: x ≤ {b}{sup(n)} = {b ** n}; ответ {k2}."),
        src("an11", "Көрсеткіштік және логарифмдік теңсіздіктер", "Показательные и логарифмические неравенства"))


def m_combi(rng):
    n1, n2, k2, n3, k3 = rng.randint(4, 6), rng.randint(5, 8), 2, rng.randint(6, 9), 3
    vals = [math.factorial(n1), A(n2, k2), C(n3, k3)]
    if len(set(vals)) < 3:
        raise Retry
    pairs = [(f"P{sub(n1)}", num(vals[0])), (f"A{sub(n2)}²", num(vals[1])), (f"C{sub(n3)}³", num(vals[2]))]
    extra = [num(C(n2, 2)), num(A(n3, 3)), num(math.factorial(n1 - 1)), num(n2 * 2)]
    return matching(
        "probability", 2, L("Комбинаторикалық өрнек пен оның мәні арасындағы сәйкестікті анықтаңыз.",
                            "Установите соответствие между комбинаторным выражением и его значением."),
        pairs, extra,
        L(f"P{sub(n1)} = {n1}! = {vals[0]}; A{sub(n2)}² = {n2}·{n2 - 1} = {vals[1]}; C{sub(n3)}³ = {n3}·{n3 - 1}·{n3 - 2}/6 = {vals[2]}.",
          f"P{sub(n1)} = {n1}! = {vals[0]}; A{sub(n2)}² = {n2}·{n2 - 1} = {vals[1]}; C{sub(n3)}³ = {n3}·{n3 - 1}·{n3 - 2}/6 = {vals[2]}."),
        src("alg9", "Комбинаторика элементтері", "Элементы комбинаторики"))


def m_vertex(rng):
    out = []
    for _ in range(2):
        a = rng.choice([1, -1, 2])
        x0, y0 = nz(rng, -4, 4), nz(rng, -6, 6)
        co = [a, -2 * a * x0, a * x0 * x0 + y0]
        out.append((co, x0, y0))
    if out[0][1:] == out[1][1:] or any(abs(x0) == abs(y0) for _, x0, y0 in out):
        raise Retry
    pt = lambda x, y: f"({num(x)}; {num(y)})"  # noqa: E731
    pairs = [(f"y = {poly(co)}", pt(x0, y0)) for co, x0, y0 in out]
    extra = [pt(-out[0][1], out[0][2]), pt(out[1][2], out[1][1]), pt(-out[1][1], out[1][2]), pt(out[0][1], out[0][0][2])]
    return matching(
        "functions", 3, stem_m("Квадраттық функция мен оның графигі – параболаның төбесі арасындағы", "квадратичной функцией и вершиной её графика (параболы)"),
        pairs, extra,
        L("x₀ = −b/(2a), y₀ = y(x₀): " + "; ".join(f"{i + 1}) x₀ = {num(x0)}, y₀ = {num(y0)}" for i, (co, x0, y0) in enumerate(out)) + ".",
          "x₀ = −b/(2a), y₀ = y(x₀): " + "; ".join(f"{i + 1}) x₀ = {num(x0)}, y₀ = {num(y0)}" for i, (co, x0, y0) in enumerate(out)) + "."),
        src("alg8", "Квадраттық функция және оның графигі", "Квадратичная функция и её график"))


def m_integrals(rng):
    k = rng.randint(1, 3)
    c = rng.randint(1, 4)
    lo1, hi1 = 0, rng.randint(1, 3)
    v1 = Fr(hi1 ** 3 - lo1 ** 3, 1) * k  # ∫ 3k x² dx
    lo2, hi2 = 1, rng.randint(2, 4)
    v2 = Fr(c * (hi2 * hi2 - lo2 * lo2), 1)  # ∫ 2c x dx
    if v1 == v2:
        raise Retry
    pairs = [(f"{integral(lo1, hi1)} {3 * k}x² dx", num(v1)), (f"{integral(lo2, hi2)} {2 * c}x dx", num(v2))]
    extra = [num(3 * k * hi1 ** 3), num(2 * c * (hi2 - lo2)), num(c * (hi2 * hi2 + lo2 * lo2)), num(6 * k * hi1)]
    return matching(
        "integral", 4, stem_m("Интеграл мен оның мәні арасындағы", "интегралом и его значением"), pairs, extra,
        L(f"1) алғашқы функциясы {terms([(k, 'x³')])}: {k}·{hi1}³ {M} 0 = {num(v1)}. 2) алғашқы функциясы {terms([(c, 'x²')])}: {c}·({hi2}² {M} 1²) = {num(v2)}.",
          f"1) первообразная {terms([(k, 'x³')])}: {k}·{hi1}³ {M} 0 = {num(v1)}. 2) первообразная {terms([(c, 'x²')])}: {c}·({hi2}² {M} 1²) = {num(v2)}."),
        src("an11", "Анықталған интеграл", "Определённый интеграл"))


# =========================================================================== multiple (6 options, 1–3 correct)
def multiple(topic, diff, stem, choices, expl, source):
    keys = [tr(c, "kk").strip() for c, _ in choices]
    if len(set(keys)) != 6 or not 1 <= sum(ok for _, ok in choices) <= 3:
        raise Retry
    return dict(kind="multiple", topic=f"math.{topic}", difficulty=diff, stem=stem, choices=choices,
                explanation=expl, source=source)


def _fill(rng, correct, wrong_pool, total=6):
    wrong = [w for w in dict.fromkeys(wrong_pool) if w not in correct]
    if len(wrong) < total - len(correct):
        raise Retry
    return [(c, True) for c in correct] + [(w, False) for w in wrong[:total - len(correct)]]


def x_cubic_roots(rng):
    r = sorted(rng.sample([i for i in range(-5, 6) if i], 3))
    if len({abs(x) for x in r}) < 3:
        raise Retry
    co = [1, -sum(r), r[0] * r[1] + r[0] * r[2] + r[1] * r[2], -r[0] * r[1] * r[2]]
    cands = [-x for x in r] + [x + 1 for x in r] + [0, co[3]]
    ch = _fill(rng, [num(x) for x in r], [num(x) for x in cands if x not in r])
    checks = "; ".join(f"f({num(x)}) = 0" for x in r)
    return multiple(
        "equations", 4,
        L(f"Төмендегі сандардың қайсылары {poly(co)} = 0 теңдеуінің түбірлері болады?",
          f"Какие из чисел являются корнями уравнения {poly(co)} = 0?"),
        ch,
        L(f"Бос мүшенің бөлгіштерін тексереміз: {checks}. Көпмүше ({lin(1, -r[0])})({lin(1, -r[1])})({lin(1, -r[2])}) түрінде жіктеледі, үшінші дәрежелі теңдеудің түбірлері үштен көп емес.",
          f"Проверяем делители свободного члена: {checks}. Многочлен раскладывается как ({lin(1, -r[0])})({lin(1, -r[1])})({lin(1, -r[2])}), а у уравнения третьей степени не больше трёх корней."),
        src("alg9", "Жоғары дәрежелі теңдеулер", "Уравнения высших степеней"))


def x_increasing(rng):
    a = rng.choice([2, 3, 5])
    cx = rng.randint(1, 5)
    pool = [
        (f"y = {lin(nz(rng, 1, 4), nz(rng, -5, 5))}", True, L("k > 0 болатын сызықтық функция", "линейная функция с k > 0")),
        (f"y = {lin(-rng.randint(1, 4), nz(rng, -5, 5))}", False, L("k < 0 — кемімелі", "k < 0 — убывает")),
        (f"y = {a}ˣ", True, L(f"негізі {a} > 1 көрсеткіштік функция", f"показательная функция с основанием {a} > 1")),
        (f"y = (1/{a})ˣ", False, L("негізі 1-ден кіші — кемімелі", "основание меньше 1 — убывает")),
        (f"y = log{sub(a)} x", True, L(f"негізі {a} > 1 логарифмдік функция", f"логарифмическая функция с основанием {a} > 1")),
        (f"y = {terms([(1, 'x³'), (cx, 'x')])}", True, L(f"туындысы 3x² + {cx} > 0", f"производная 3x² + {cx} > 0")),
        (f"y = {rng.randint(2, 6)}/x", False, L("k > 0 болғанда гипербола кемімелі", "при k > 0 гипербола убывает")),
        (f"y = x² {M} {rng.randint(2, 5)}x", False, L("парабола алдымен кемиді, сосын өседі", "парабола сначала убывает, затем возрастает")),
        (f"y = √x", True, L("түбір функциясы өспелі", "функция корня возрастает")),
    ]
    incr = [p for p in pool if p[1]]
    decr = [p for p in pool if not p[1]]
    k = rng.choice([2, 2, 3, 1])
    chosen = rng.sample(incr, k) + rng.sample(decr, 6 - k) if 6 - k <= len(decr) else None
    if not chosen:
        raise Retry
    # numeric confirmation of the monotonicity flags on (0; +∞)
    for f, inc, _ in chosen:
        expr = f.split("= ", 1)[1].replace(M, "-").replace("ˣ", "**x").replace("x³", "x**3").replace("x²", "x**2")
        expr = expr.replace("√x", "x**0.5").replace(f"log{sub(a)} x", f"math.log(x, {a})")
        expr = "".join(("*x" if ch == "x" and i and (expr[i - 1].isdigit()) else ch) for i, ch in enumerate(expr))
        xs = [0.5, 1, 1.7, 3, 4.2, 6]
        ys = [eval(expr, {"math": math, "x": x}) for x in xs]  # noqa: S307 - our own formulas
        is_inc = all(y2 > y1 for y1, y2 in zip(ys, ys[1:]))
        assert is_inc == inc, (f, ys)
    ch = [(f, inc) for f, inc, _ in chosen]
    why_kk = "; ".join(f"{f}: {tr(w, 'kk')}" for f, _, w in chosen)
    why_ru = "; ".join(f"{f}: {tr(w, 'ru')}" for f, _, w in chosen)
    return multiple(
        "functions", 3,
        L("Төмендегі функциялардың қайсылары (0; +∞) аралығында өседі?",
          "Какие из функций возрастают на промежутке (0; +∞)?"),
        ch, L(why_kk + ".", why_ru + "."),
        src("an10", "Функцияның монотондылығы", "Монотонность функции"))


def x_ineq_members(rng):
    r1 = rng.randint(-5, 2)
    r2 = r1 + rng.choice([2, 3, 4])
    co = [1, -(r1 + r2), r1 * r2]
    inside = [x for x in range(r1 + 1, r2)]
    k = min(len(inside), rng.choice([1, 2, 2, 2, 3]))
    good = rng.sample(inside, k)
    bad = [r1, r2, r1 - 1, r2 + 1, -r1 if -r1 not in inside else r2 + 2, r1 - 2, r2 + 3]
    ch = _fill(rng, [num(x) for x in good], [num(x) for x in bad])
    for c, ok in ch:
        x = Fr(c.replace(M, "-"))
        assert (poly_eval(co, x) < 0) == ok
    return multiple(
        "inequalities", 3,
        L(f"Төмендегі сандардың қайсылары {poly(co)} < 0 теңсіздігінің шешімі болады?",
          f"Какие из чисел являются решениями неравенства {poly(co)} < 0?"),
        ch,
        L(f"Түбірлері {num(r1)} және {num(r2)}, шешімі {interval(r1, r2, False, False)} (түбірлердің өзі кірмейді). Осы аралыққа тек {', '.join(num(x) for x in sorted(good))} жатады.",
          f"Корни {num(r1)} и {num(r2)}, решение {interval(r1, r2, False, False)} (сами корни не входят). Этому промежутку принадлежат только {', '.join(num(x) for x in sorted(good))}."),
        src("alg9", "Квадрат теңсіздіктер", "Квадратные неравенства"))


def x_ap_members(rng):
    a1, d = rng.randint(-10, 10), rng.choice([3, 4, 5, 6, 7, -3, -4])
    terms_ = [a1 + d * i for i in range(0, 30)]
    k = rng.choice([1, 2, 2, 2, 3])
    good = rng.sample(terms_[3:25], k)
    bad = [t + rng.choice([1, -1, 2]) for t in rng.sample(terms_[3:25], 6)] + [a1 - d]
    ch = _fill(rng, [num(x) for x in good], [num(x) for x in bad if x not in terms_])
    for c, ok in ch:
        x = int(c.replace(M, "-"))
        assert ((x - a1) % d == 0 and (x - a1) // d >= 0) == ok
    explain = "; ".join(f"{num(x)} = {num(a1)} + {(x - a1) // d}·{paren(d)}" for x in good)
    return multiple(
        "progressions", 3,
        L(f"Арифметикалық прогрессияда a₁ = {num(a1)}, d = {num(d)}. Төмендегі сандардың қайсылары осы прогрессияның мүшелері болады?",
          f"В арифметической прогрессии a₁ = {num(a1)}, d = {num(d)}. Какие из чисел являются членами этой прогрессии?"),
        ch,
        L(f"Сан мүше болады, егер (x {M} a₁)/d натурал сан немесе нөл болса: {explain}; қалғандары үшін бөлінді бүтін емес немесе теріс.",
          f"Число является членом, если (x {M} a₁)/d — целое неотрицательное: {explain}; для остальных частное не целое или отрицательно."),
        src("alg9", "Арифметикалық прогрессия", "Арифметическая прогрессия"))


def x_points(rng):
    co = [nz(rng, -2, 2), rng.randint(-4, 4), rng.randint(-5, 5)]
    xs = rng.sample(range(-4, 5), 6)
    k = rng.choice([1, 2, 2, 2, 3])
    ch = []
    for i, x in enumerate(xs):
        y = poly_eval(co, x)
        if i < k:
            ch.append((f"({num(x)}; {num(y)})", True))
        else:
            ch.append((f"({num(x)}; {num(y + rng.choice([1, -1, 2, -2]))})", False))
    good = "; ".join(f"y({num(x)}) = {num(poly_eval(co, x))}" for x in xs[:k])
    return multiple(
        "functions", 2,
        L(f"Төмендегі нүктелердің қайсылары y = {poly(co)} функциясының графигінде жатады?",
          f"Какие из точек лежат на графике функции y = {poly(co)}?"),
        ch,
        L(f"Нүктенің абсциссасын формулаға қойып, ординатамен салыстырамыз: {good}; қалған нүктелерде ордината сәйкес келмейді.",
          f"Подставляем абсциссу точки в формулу и сравниваем с ординатой: {good}; у остальных точек ордината не совпадает."),
        src("alg8", "Квадраттық функция және оның графигі", "Квадратичная функция и её график"))


def x_perp(rng):
    a = [nz(rng, -3, 3) for _ in range(3)]
    cands = [[x, y, z] for x in range(-3, 4) for y in range(-3, 4) for z in range(-3, 4) if (x, y, z) != (0, 0, 0)]
    perp = [v for v in cands if sum(p * q for p, q in zip(a, v)) == 0 and 0 not in v]
    non = [v for v in cands if sum(p * q for p, q in zip(a, v)) not in (0,) and 0 not in v]
    k = rng.choice([1, 2, 2, 3])
    if len(perp) < k:
        raise Retry
    good = rng.sample(perp, k)
    bad = rng.sample(non, 6 - k)
    ch = [(vec(v), True) for v in good] + [(vec(v), False) for v in bad]
    dots = "; ".join(f"{vec(v)}: {' + '.join(f'{paren(p)}·{paren(q)}' for p, q in zip(a, v))} = 0" for v in good)
    return multiple(
        "vectors", 3,
        L(f"Төмендегі векторлардың қайсылары a{vec(a)} векторына перпендикуляр?",
          f"Какие из векторов перпендикулярны вектору a{vec(a)}?"),
        ch,
        L(f"Перпендикуляр векторлардың скаляр көбейтіндісі 0-ге тең: {dots}. Қалғандарында көбейтінді нөлден өзгеше.",
          f"Скалярное произведение перпендикулярных векторов равно 0: {dots}. У остальных произведение отлично от нуля."),
        src("geo10", "Векторлардың перпендикулярлық шарты", "Условие перпендикулярности векторов"))


SIN_DEG = {d: v for d, v in [(0, Fr(0)), (30, Fr(1, 2)), (90, Fr(1)), (150, Fr(1, 2)), (180, Fr(0)), (210, Fr(-1, 2)),
                             (270, Fr(-1)), (330, Fr(-1, 2))]}


def sin_deg(d):
    return SIN_DEG.get(d % 360)


def x_trig_roots(rng):
    target = rng.choice([Fr(1, 2), Fr(-1, 2)])
    pool = list(range(-360, 751, 30))
    pool = [d for d in pool if sin_deg(d) is not None]
    good_all = [d for d in pool if sin_deg(d) == target]
    bad_all = [d for d in pool if sin_deg(d) != target and d % 90 != 0] + [60, 120, -60, 300, 240]
    k = rng.choice([2, 2, 3])
    good = rng.sample(good_all, k)
    bad = rng.sample([b for b in bad_all if b not in good_all], 6 - k)
    ch = [(f"{num(d)}°", True) for d in good] + [(f"{num(d)}°", False) for d in bad]
    t = num(target, as_fraction=True)
    base = "30° + 360°n немесе 150° + 360°n" if target > 0 else f"{M}30° + 360°n немесе 210° + 360°n"
    base_ru = base.replace("немесе", "или")
    return multiple(
        "trigonometry", 3,
        L(f"Төмендегі бұрыштардың қайсылары sin x = {t} теңдеуінің түбірлері болады?",
          f"Какие из углов являются корнями уравнения sin x = {t}?"),
        ch,
        L(f"sin x = {t} теңдеуінің түбірлері: x = {base}, n ∈ ℤ. Осы түрге тек {', '.join(f'{num(d)}°' for d in good)} келеді.",
          f"Корни уравнения sin x = {t}: x = {base_ru}, n ∈ ℤ. Этому виду соответствуют только {', '.join(f'{num(d)}°' for d in good)}."),
        src("an10", "Қарапайым тригонометриялық теңдеулер", "Простейшие тригонометрические уравнения"))


def x_odd(rng):
    even, odd, neither = _parity_pool(rng)
    a, b = nz(rng, -4, 4), nz(rng, -4, 4)
    odd = odd + [[a, 0, 0, 0, 0, 0], [b, 0]]
    even = even + [[b, 0, 0]]
    k = rng.choice([1, 2, 2, 2, 3])
    good = rng.sample(odd, k)
    bad = rng.sample(even + neither, 6 - k)
    if len({poly(c) for c in good + bad}) < 6:
        raise Retry
    assert all(_parity(c) == "odd" for c in good) and all(_parity(c) != "odd" for c in bad)
    ch = [(f"y = {poly(c)}", True) for c in good] + [(f"y = {poly(c)}", False) for c in bad]
    return multiple(
        "functions", 3,
        L("Төмендегі функциялардың қайсылары тақ?", "Какие из функций являются нечётными?"),
        ch,
        L(f"Тақ функция үшін f(−x) = −f(x): көпмүшеде x тек тақ дәрежелерде болуы керек және бос мүше болмауы керек. Ондай функциялар: {', '.join('y = ' + poly(c) for c in good)}.",
          f"Для нечётной функции f(−x) = −f(x): в многочлене x должен входить только в нечётных степенях, без свободного члена. Таковы: {', '.join('y = ' + poly(c) for c in good)}."),
        src("an10", "Функцияның жұптылығы мен тақтығы", "Чётность и нечётность функции"))


def x_critical(rng):
    k = rng.randint(1, 3)
    c = rng.randint(-5, 5)
    co = [1, 0, -2 * k * k, 0, c]
    good = [-k, 0, k]
    bad = [k * k, -k * k, 2 * k, -2 * k, k + 1, c, 2 * k * k]
    ch = _fill(rng, [num(x) for x in good], [num(x) for x in bad if x not in good])
    for s, ok in ch:
        assert (poly_eval(poly_deriv(co), Fr(s.replace(M, "-"))) == 0) == ok
    return multiple(
        "derivative", 5,
        L(f"Төмендегі сандардың қайсылары f(x) = {poly(co)} функциясының экстремум нүктелері болады?",
          f"Какие из чисел являются точками экстремума функции f(x) = {poly(co)}?"),
        ch,
        L(f"f′(x) = {poly([4, 0, -4 * k * k, 0])} = 4x(x {M} {k})(x + {k}). Туынды x = {M}{k}, 0, {k} нүктелерінде нөлге айналып, таңбасын өзгертеді (−, +, −, +): {M}{k} және {k} — минимум, 0 — максимум нүктелері.",
          f"f′(x) = {poly([4, 0, -4 * k * k, 0])} = 4x(x {M} {k})(x + {k}). Производная обращается в нуль и меняет знак (−, +, −, +) в точках x = {M}{k}, 0, {k}: {M}{k} и {k} — точки минимума, 0 — точка максимума."),
        src("an10", "Функцияның экстремумдары", "Экстремумы функции"))


def x_right_triangles(rng):
    k = rng.choice([1, 2, 2, 2, 3])
    good = []
    for t in rng.sample(TRIPLES[:4], k):
        m = rng.randint(1, 3)
        good.append(tuple(x * m for x in t))
    bad = []
    while len(bad) < 6 - k:
        a, b = sorted(rng.sample(range(3, 25), 2))
        c = rng.randint(b + 1, a + b - 1)
        if a * a + b * b != c * c and (a, b, c) not in bad:
            bad.append((a, b, c))
    assert all(a * a + b * b == c * c for a, b, c in good) and all(a * a + b * b != c * c for a, b, c in bad)
    assert all(a < b < c for a, b, c in good + bad)
    ch = [(f"{a}, {b}, {c}", True) for a, b, c in good] + [(f"{a}, {b}, {c}", False) for a, b, c in bad]
    return multiple(
        "planimetry", 2,
        L("Қабырғалары төмендегідей болатын үшбұрыштардың қайсылары тікбұрышты?",
          "Какие из треугольников с указанными сторонами являются прямоугольными?"),
        ch,
        L("Пифагор теоремасына кері теорема: a² + b² = c² болса, үшбұрыш тікбұрышты. " + "; ".join(f"{a * a} + {b * b} = {c * c}" for a, b, c in good) + ".",
          "Теорема, обратная теореме Пифагора: если a² + b² = c², треугольник прямоугольный. " + "; ".join(f"{a * a} + {b * b} = {c * c}" for a, b, c in good) + "."),
        src("geo8", "Пифагор теоремасы", "Теорема Пифагора"))


def x_equal_value(rng):
    N = rng.choice([2, 3, 4])
    exprs = {}
    exprs[f"log₂ {2 ** N}"] = Fr(N)
    exprs[f"√{N * N}"] = Fr(N)
    exprs[f"{N + 1}! : {math.factorial(N + 1) // N}"] = Fr(N)
    exprs[f"log₃ {3 ** (N + 1)}"] = Fr(N + 1)
    exprs[f"2⁻{sup(N)}".replace("⁻⁻", "⁻")] = Fr(1, 2 ** N)
    exprs[f"∛{N ** 3 * 8}"] = Fr(2 * N)
    exprs[f"{N * N}⁰"] = Fr(1)
    exprs[f"lg {10 ** (N - 1)}"] = Fr(N - 1)
    exprs[f"log₅ {5 ** N} {M} 1"] = Fr(N - 1)
    exprs[f"C{sub(N)}¹"] = Fr(N)
    good = [e for e, v in exprs.items() if v == N]
    bad = [e for e, v in exprs.items() if v != N]
    k = rng.choice([2, 2, 3])
    ch = [(e, True) for e in rng.sample(good, k)] + [(e, False) for e in rng.sample(bad, 6 - k)]
    expl = "; ".join(f"{e} = {num(exprs[e], as_fraction=True)}" for e, _ in ch)
    return multiple(
        "exp_log", 2,
        L(f"Төмендегі өрнектердің қайсыларының мәні {N}-ге тең?".replace(f"{N}-ге", {2: "2-ге", 3: "3-ке", 4: "4-ке"}[N]),
          f"Значения каких из выражений равны {N}?"),
        ch,
        L(f"Әр өрнекті есептейміз: {expl}.", f"Вычисляем каждое выражение: {expl}."),
        src("an11", "Дәрежелер мен логарифмдер", "Степени и логарифмы"))


def x_domain(rng):
    a, b = rng.randint(-3, 2), rng.randint(4, 8)
    c = rng.randint(a + 1, b - 1)
    sq = "√x" if a == 0 else f"√({lin(1, -a)})"
    fr = "1/x" if c == 0 else f"1/({lin(1, -c)})"
    f = f"y = {sq} + {fr} + lg({lin(-1, b)})"
    ok = lambda x: x >= a and x != c and x < b  # noqa: E731
    pool = list(range(a - 3, b + 3))
    goods = [x for x in pool if ok(x)]
    bads = [x for x in pool if not ok(x)]
    k = rng.choice([1, 2, 2, 2, 3])
    good = rng.sample([g for g in goods if g != a] or goods, k) if len(goods) >= k else None
    if not good:
        raise Retry
    bad = [c, b] + rng.sample([x for x in bads if x not in (c, b)], 4 - k) if 4 - k >= 0 else None
    ch = [(num(x), True) for x in good] + [(num(x), False) for x in bad]
    if len(ch) != 6:
        raise Retry
    dom = f"{interval(a, c, True, False)} ∪ {interval(c, b, False, False)}"
    return multiple(
        "functions", 3,
        L(f"Төмендегі сандардың қайсылары {f} функциясының анықталу облысына тиісті?",
          f"Какие из чисел принадлежат области определения функции {f}?"),
        ch,
        L(f"Шарттар: {lin(1, -a)} ≥ 0, x ≠ {num(c)}, {lin(-1, b)} > 0. D(y) = {dom}.",
          f"Условия: {lin(1, -a)} ≥ 0, x ≠ {num(c)}, {lin(-1, b)} > 0. D(y) = {dom}."),
        src("an10", "Функцияның анықталу облысы", "Область определения функции"))


# =========================================================================== contexts (5 single items each)
def ctx_table(rng):
    a = rng.choice([1, -1, 2, -2])
    xv = rng.choice([1, 2])
    c0 = rng.randint(-6, 6)
    b = -2 * a * xv
    co = [a, b, c0]
    xs = list(range(-1, 5))
    ys = [poly_eval(co, x) for x in xs]
    if c0 == 0 or ys[xs.index(1)] == c0:
        raise Retry
    table = "| x | " + " | ".join(num(x) for x in xs) + " |\n|---|" + "---|" * len(xs) + "\n| f(x) | " + " | ".join(num(y) for y in ys) + " |"
    title = L("Квадраттық функцияның мәндер кестесі", "Таблица значений квадратичной функции")
    text = L(f"f(x) = ax² + bx + c квадраттық функциясының кейбір мәндері кестеде берілген.\n\n{table}",
             f"В таблице даны некоторые значения квадратичной функции f(x) = ax² + bx + c.\n\n{table}")
    yv = poly_eval(co, xv)
    f5 = poly_eval(co, 5)
    x0 = rng.choice([3, 4])
    d0 = 2 * a * x0 + b
    src_ = src("alg8", "Квадраттық функция және оның графигі", "Квадратичная функция и её график")
    items = [
        single("functions", 1, L("Кестеде берілген функция үшін c коэффициентін табыңыз.", "Найдите коэффициент c функции, заданной таблицей."),
               num(c0), [num(ys[xs.index(1)]), num(-c0), num(ys[0]), num(c0 + a)],
               L(f"c = f(0), кестеден f(0) = {num(c0)}.", f"c = f(0), по таблице f(0) = {num(c0)}."), src_),
        single("functions", 3, L("Кестеде берілген функция үшін a коэффициентін табыңыз.", "Найдите коэффициент a функции, заданной таблицей."),
               num(a), [num(-a), num(2 * a), num(b), num(a + 3 if abs(a) == 1 else Fr(a, 2))],
               L(f"f(1) + f({M}1) = 2a + 2c: {num(ys[2])} + {paren(ys[0])} = 2a + 2·{paren(c0)}, бұдан a = {num(a)}.",
                 f"f(1) + f({M}1) = 2a + 2c: {num(ys[2])} + {paren(ys[0])} = 2a + 2·{paren(c0)}, откуда a = {num(a)}."), src_),
        single("functions", 2, L("Кестеде берілген функция графигінің (параболаның) төбесінің абсциссасын табыңыз.",
                                 "Найдите абсциссу вершины параболы — графика функции, заданной таблицей."),
               num(xv), [num(-xv), num(yv), num(xv + 1), num(xv + Fr(1, 2))],
               L(f"Парабола түзу x = x₀ бойынша симметриялы: кестеде f({num(xv - 1)}) = f({num(xv + 1)}) = {num(poly_eval(co, xv - 1))}, сондықтан x₀ = {xv}.",
                 f"Парабола симметрична относительно прямой x = x₀: в таблице f({num(xv - 1)}) = f({num(xv + 1)}) = {num(poly_eval(co, xv - 1))}, значит x₀ = {xv}."), src_),
        single("functions", 3, L("Кестеде берілген функцияның f(5) мәнін табыңыз.", "Найдите значение f(5) функции, заданной таблицей."),
               num(f5), [num(2 * ys[-1] - ys[-2]), num(-f5), num(ys[-1] + a), num(f5 + 2 * a)],
               L(f"f(x) = {poly(co)}. f(5) = {num(a * 25)} + {paren(5 * b)} + {paren(c0)} = {num(f5)}{' (немесе симметрия бойынша f(5) = f(' + num(2 * xv - 5) + '))' if 2 * xv - 5 in xs else ''}.",
                 f"f(x) = {poly(co)}. f(5) = {num(a * 25)} + {paren(5 * b)} + {paren(c0)} = {num(f5)}{' (или по симметрии f(5) = f(' + num(2 * xv - 5) + '))' if 2 * xv - 5 in xs else ''}."), src_),
        single("derivative", 4, L(f"Кестеде берілген функцияның x = {x0} нүктесіндегі туындысын табыңыз.",
                                  f"Найдите производную функции, заданной таблицей, в точке x = {x0}."),
               num(d0), [num(poly_eval(co, x0)), num(-d0), num(ys[xs.index(x0)] - ys[xs.index(x0) - 1]), num(2 * a * x0)],
               L(f"Кестеден a = {num(a)}, b = {num(b)}, c = {num(c0)}: f(x) = {poly(co)}. f′(x) = {lin(2 * a, b)}, f′({x0}) = {num(d0)}.",
                 f"По таблице a = {num(a)}, b = {num(b)}, c = {num(c0)}: f(x) = {poly(co)}. f′(x) = {lin(2 * a, b)}, f′({x0}) = {num(d0)}."),
               src("an10", "Туындыны есептеу ережелері", "Правила вычисления производных")),
    ]
    return title, text, items


def ctx_ball(rng):
    v0 = rng.choice([10, 20])
    T = rng.randint(v0 // 5 + 1, v0 // 5 + 3)
    h0 = 5 * T * T - v0 * T
    co = [-5, v0, h0]
    tmax = Fr(v0, 10)
    hmax = poly_eval(co, tmax)
    t1 = Fr(1) if v0 == 20 else Fr(1, 2)
    tq = tmax + 1
    title = L("Жоғары лақтырылған доп", "Мяч, брошенный вверх")
    text = L(f"Доп жерден {h0} м биіктіктегі балконнан тік жоғары лақтырылды. t секундтан кейінгі доптың жерден биіктігі (метрмен) "
             f"h(t) = {poly(co, var='t')} формуласымен өрнектеледі (ауа кедергісі ескерілмейді).",
             f"Мяч бросили вертикально вверх с балкона на высоте {h0} м над землёй. Высота мяча над землёй (в метрах) через t секунд "
             f"задаётся формулой h(t) = {poly(co, var='t')} (сопротивлением воздуха пренебрегаем).")
    s_ = src("an10", "Туындының физикалық мағынасы", "Физический смысл производной")
    v1 = v0 - 10 * t1
    h2 = poly_eval(co, tq)
    items = [
        single("derivative", 1, L(f"Доп лақтырылғаннан кейін {num(tq)} секундтан соң қандай биіктікте болады?", f"На какой высоте будет мяч через {num(tq)} с после броска?"),
               f"{num(h2)} м", [f"{num(h0 + tq * v0)} м", f"{num(h0 + tq * v0 - 10 * tq)} м", f"{num(tq * v0 - 5 * tq * tq)} м", f"{num(h2 + 10)} м"],
               L(f"h({num(tq)}) = {h0} + {v0}·{num(tq)} {M} 5·{num(tq)}² = {h0} + {num(v0 * tq)} {M} {num(5 * tq * tq)} = {num(h2)} м.",
                 f"h({num(tq)}) = {h0} + {v0}·{num(tq)} {M} 5·{num(tq)}² = {h0} + {num(v0 * tq)} {M} {num(5 * tq * tq)} = {num(h2)} м."), s_),
        single("derivative", 2, L(f"Доптың t = {num(t1)} с кездегі жылдамдығын (м/с) табыңыз.", f"Найдите скорость мяча (м/с) в момент t = {num(t1)} с."),
               num(v1), [num(v0 - 5 * t1), num(v0 + 10 * t1), num(poly_eval(co, t1)), num(v0)],
               L(f"v(t) = h′(t) = {lin(-10, v0, 't')}; v({num(t1)}) = {v0} {M} 10·{num(t1)} = {num(v1)} м/с.",
                 f"v(t) = h′(t) = {lin(-10, v0, 't')}; v({num(t1)}) = {v0} {M} 10·{num(t1)} = {num(v1)} м/с."), s_),
        single("derivative", 2, L("Лақтырылғаннан кейін неше секундтан соң доп ең жоғары нүктеге жетеді?", "Через сколько секунд после броска мяч достигнет наивысшей точки?"),
               f"{num(tmax)} с", [f"{num(2 * tmax)} с", f"{num(T)} с", f"{num(Fr(v0, 5))} с" if Fr(v0, 5) != 2 * tmax else f"{num(tmax + 1)} с", f"{num(tmax + Fr(1, 2))} с"],
               L(f"Ең жоғары нүктеде жылдамдық нөлге тең: {v0} {M} 10t = 0, t = {num(tmax)} с.", f"В наивысшей точке скорость равна нулю: {v0} {M} 10t = 0, t = {num(tmax)} с."), s_),
        single("derivative", 3, L("Доп жерден ең көп дегенде қандай биіктікке көтеріледі?", "На какую наибольшую высоту над землёй поднимется мяч?"),
               f"{num(hmax)} м", [f"{num(hmax - h0)} м", f"{num(h0 + v0 * tmax)} м", f"{num(h0 + 10 * tmax * tmax)} м", f"{num(hmax + 5)} м"],
               L(f"h({num(tmax)}) = {h0} + {v0}·{num(tmax)} {M} 5·{num(tmax)}² = {num(hmax)} м.", f"h({num(tmax)}) = {h0} + {v0}·{num(tmax)} {M} 5·{num(tmax)}² = {num(hmax)} м."), s_),
        single("equations", 3, L("Лақтырылғаннан кейін неше секундтан соң доп жерге түседі?", "Через сколько секунд после броска мяч упадёт на землю?"),
               f"{T} с", [f"{T - 1} с", f"{num(2 * tmax)} с" if 2 * tmax != T else f"{T + 2} с", f"{T + 1} с", f"{num(tmax)} с"],
               L(f"h(t) = 0: {poly(co, var='t')} = 0 ⇒ t² {M} {v0 // 5}t {M} {h0 // 5} = 0, t₁ = {T}, t₂ = {num(Fr(v0, 5) - T)} < 0 (жарамсыз). Жауабы: {T} с.",
                 f"h(t) = 0: {poly(co, var='t')} = 0 ⇒ t² {M} {v0 // 5}t {M} {h0 // 5} = 0, t₁ = {T}, t₂ = {num(Fr(v0, 5) - T)} < 0 (не подходит). Ответ: {T} с."),
               src("alg8", "Квадрат теңдеулер", "Квадратные уравнения")),
    ]
    return title, text, items


def ctx_pyramid(rng):
    x, h, ap = rng.choice([(3, 4, 5), (4, 3, 5), (6, 8, 10), (5, 12, 13), (8, 6, 10), (12, 5, 13)])
    a = 2 * x
    lat = 2 * a * ap
    full = lat + a * a
    V = Fr(a * a * h, 3)
    edge2 = x * x * 2 + h * h
    title = L("Дұрыс төртбұрышты пирамида", "Правильная четырёхугольная пирамида")
    text = L(f"Дұрыс төртбұрышты пирамиданың табанының қабырғасы {a} см, биіктігі {h} см.",
             f"Сторона основания правильной четырёхугольной пирамиды равна {a} см, высота — {h} см.")
    s_ = src("geo11", "Пирамида", "Пирамида")
    items = [
        single("stereometry", 2, L("Берілген пирамиданың апофемасын табыңыз.", "Найдите апофему данной пирамиды."),
               f"{ap} см", [f"{root(a * a + h * h)} см", f"{root(edge2)} см", f"{x + h} см", f"{root(h * h - x * x) if h > x else ap + 1} см"],
               L(f"Апофема, биіктік және табанның жарты қабырғасы тікбұрышты үшбұрыш құрайды: l = √({h}² + {x}²) = {ap} см.",
                 f"Апофема, высота и половина стороны основания образуют прямоугольный треугольник: l = √({h}² + {x}²) = {ap} см."), s_),
        single("stereometry", 3, L("Берілген пирамиданың бүйір бетінің ауданын табыңыз.", "Найдите площадь боковой поверхности данной пирамиды."),
               f"{lat} см²", [f"{lat // 2} см²", f"{4 * a * ap} см²", f"{2 * a * h} см²", f"{full} см²"],
               L(f"S_бүйір = ½·P·l = ½·{4 * a}·{ap} = {lat} см².", f"S_бок = ½·P·l = ½·{4 * a}·{ap} = {lat} см²."), s_),
        single("stereometry", 3, L("Берілген пирамиданың толық бетінің ауданын табыңыз.", "Найдите площадь полной поверхности данной пирамиды."),
               f"{full} см²", [f"{lat} см²", f"{lat + 4 * a} см²", f"{2 * a * h + a * a} см²", f"{lat + 2 * a * a} см²"],
               L(f"S = S_бүйір + S_табан = {lat} + {a}² = {lat} + {a * a} = {full} см².", f"S = S_бок + S_осн = {lat} + {a}² = {lat} + {a * a} = {full} см²."), s_),
        single("stereometry", 1, L("Берілген пирамиданың көлемін табыңыз.", "Найдите объём данной пирамиды."),
               f"{num(V)} см³", [f"{a * a * h} см³", f"{num(Fr(a * a * ap, 3))} см³", f"{num(Fr(a * a * h, 2))} см³", f"{num(Fr(a * h, 3))} см³"],
               L(f"V = ⅓·S_табан·h = ⅓·{a * a}·{h} = {num(V)} см³.", f"V = ⅓·S_осн·h = ⅓·{a * a}·{h} = {num(V)} см³."), s_),
        single("stereometry", 4, L("Берілген пирамиданың бүйір қырын табыңыз.", "Найдите боковое ребро данной пирамиды."),
               f"{root(edge2)} см", [f"{ap} см", f"{root(a * a + h * h)} см", f"{root(x * x + h * h + a * a)} см", f"{root(2 * a * a)} см"],
               L(f"Табанның диагоналінің жартысы {root(2 * a * a, Fr(1, 2))} см. b = √(({root(2 * a * a, Fr(1, 2))})² + {h}²) = √({2 * x * x} + {h * h}) = {root(edge2)} см.",
                 f"Половина диагонали основания {root(2 * a * a, Fr(1, 2))} см. b = √(({root(2 * a * a, Fr(1, 2))})² + {h}²) = √({2 * x * x} + {h * h}) = {root(edge2)} см."), s_),
    ]
    return title, text, items


# =========================================================================== mathematical literacy
def lsrc(kk, ru, grade="5–6"):
    return L(f"Математикалық сауаттылық (ҰБТ), Математика {grade}-сынып: {kk}",
             f"Математическая грамотность (ЕНТ), математика {grade} класс: {ru}")


def lit(topic, diff, stem, key, cands, expl, source):
    return dict(kind="single", topic=f"math_literacy.{topic}", difficulty=diff, stem=stem, key=key,
                distractors=pick_distractors(key, cands), explanation=expl, source=source)


def tg(x):
    return f"{num(x, group=True)} тг"


def l_discount(rng):
    P = rng.choice(range(4000, 40001, 500))
    p = rng.choice([10, 15, 20, 25, 30, 40])
    key = Fr(P * (100 - p), 100)
    if key.denominator != 1:
        raise Retry
    item = rng.choice([("кроссовка", "кроссовки"), ("рюкзак", "рюкзак"), ("құлаққап", "наушники"), ("күртеше", "куртка")])
    return lit("percent", 1,
               L(f"Дүкенде бағасы {tg(P)} тұратын {item[0]} {p} % жеңілдікпен сатылуда. Сатып алушы қанша төлейді?",
                 f"В магазине {item[1]} стоимостью {tg(P)} продаются со скидкой {p} %. Сколько заплатит покупатель?"
                 if item[1] in ("кроссовки", "наушники") else
                 f"В магазине {item[1]} стоимостью {tg(P)} продаётся со скидкой {p} %. Сколько заплатит покупатель?"),
               tg(key), [tg(Fr(P * p, 100)), tg(P - p), tg(Fr(P * (100 + p), 100)), tg(key - Fr(P, 100))],
               L(f"Жеңілдік: {tg(P)}·{p}/100 = {tg(Fr(P * p, 100))}. Төлейтіні: {tg(P)} {M} {tg(Fr(P * p, 100))} = {tg(key)}.",
                 f"Скидка: {tg(P)}·{p}/100 = {tg(Fr(P * p, 100))}. К оплате: {tg(P)} {M} {tg(Fr(P * p, 100))} = {tg(key)}."),
               lsrc("Пайыздар", "Проценты"))


def l_successive(rng):
    p, q = rng.choice([(10, 10), (20, 20), (20, 10), (10, 20), (25, 20), (50, 50), (30, 10), (20, 25)])
    up_first = rng.random() < 0.6
    f = Fr(100 + p, 100) * Fr(100 - q, 100) if up_first else Fr(100 - p, 100) * Fr(100 + q, 100)
    ch = (f - 1) * 100
    def say(x, loc):
        if x == 0:
            return "Өзгерген жоқ" if loc == "kk" else "Не изменилась"
        w = ("артты" if x > 0 else "кеміді") if loc == "kk" else ("Увеличилась" if x > 0 else "Уменьшилась")
        return f"{num(abs(x))} %-ға {w}" if loc == "kk" else f"{w} на {num(abs(x))} %"
    net = (p - q) if up_first else (q - p)
    cands = [L(say(net, "kk"), say(net, "ru")), L(say(-ch, "kk"), say(-ch, "ru")),
             L(say(ch - 1 if ch else 1, "kk"), say(ch - 1 if ch else 1, "ru")), L(say(p + q, "kk"), say(p + q, "ru"))]
    first_kk, first_ru = (f"{p} %-ға қымбаттап, кейін {q} %-ға арзандады", f"подорожал на {p} %, а затем подешевел на {q} %") if up_first else \
        (f"{p} %-ға арзандап, кейін {q} %-ға қымбаттады", f"подешевел на {p} %, а затем подорожал на {q} %")
    return lit("percent", 3,
               L(f"Тауардың бағасы алдымен {first_kk}. Бастапқы бағамен салыстырғанда тауар бағасы қалай өзгерді?",
                 f"Товар сначала {first_ru}. Как изменилась цена товара по сравнению с первоначальной?"),
               L(say(ch, "kk"), say(ch, "ru")), cands,
               L(f"Бағаны x деп алсақ: x·{num(Fr(100 + p, 100) if up_first else Fr(100 - p, 100))}·{num(Fr(100 - q, 100) if up_first else Fr(100 + q, 100))} = {num(f)}x. Демек баға {say(ch, 'kk')}. Пайыздарды жай қосып-азайтуға болмайды: екінші өзгеріс жаңа бағадан есептеледі.",
                 f"Пусть цена x: x·{num(Fr(100 + p, 100) if up_first else Fr(100 - p, 100))}·{num(Fr(100 - q, 100) if up_first else Fr(100 + q, 100))} = {num(f)}x. Значит, цена {say(ch, 'ru').lower()}. Проценты нельзя просто складывать: второе изменение считается от новой цены."),
               lsrc("Пайыздар", "Проценты"))


def l_recipe(rng):
    n1 = rng.choice([4, 5, 6, 8])
    g = rng.choice([200, 250, 300, 400, 450, 600])
    n2 = rng.choice([n for n in (2, 3, 10, 12, 14, 15, 20) if n != n1])
    key = Fr(g * n2, n1)
    if key.denominator != 1:
        raise Retry
    return lit("proportion", 1,
               L(f"{n1} адамға арналған бауырсақ пісіру үшін {g} г ұн қажет. Осындай бауырсақты {n2} адамға пісіру үшін қанша грамм ұн керек?",
                 f"Чтобы испечь баурсаки на {n1} человек, нужно {g} г муки. Сколько граммов муки нужно, чтобы испечь такие же баурсаки на {n2} человек?"),
               f"{num(key)} г", [f"{num(g + (n2 - n1) * 10)} г", f"{num(Fr(g * n1, n2))} г", f"{num(g * n2)} г", f"{num(key + g // 2)} г"],
               L(f"Ұн мөлшері адам санына тура пропорционал: x = {g}·{n2}/{n1} = {num(key)} г.",
                 f"Масса муки прямо пропорциональна числу человек: x = {g}·{n2}/{n1} = {num(key)} г."),
               lsrc("Пропорция", "Пропорция", "6"))


def _hm(mins):
    return f"{(mins // 60) % 24:02d}:{mins % 60:02d}"


def l_trip(rng):
    D, v = rng.choice([(1200, 80), (1200, 100), (1200, 75), (1200, 96)])
    dep = rng.choice(range(6 * 60, 11 * 60 + 1, 15))
    t = Fr(D, v) * 60
    if t.denominator != 1:
        raise Retry
    t = int(t)
    arr = dep + t
    return lit("motion", 2,
               L(f"Автобус Алматыдан Астанаға жолға шықты, шығу уақыты — {_hm(dep)}. Жолдың ұзындығын {group_digits(D)} км, автобустың орташа жылдамдығын {v} км/сағ деп алыңыз (аялдамаларсыз). Автобус Астанаға сағат нешеде келеді?",
                 f"Автобус выехал из Алматы в Астану в {_hm(dep)}. Считайте длину пути равной {group_digits(D)} км, а среднюю скорость автобуса — {v} км/ч (без остановок). Во сколько автобус прибудет в Астану?"),
               _hm(arr), [_hm(dep + t - 60), _hm(dep + (D // v) * 60), _hm(arr + 60), _hm(dep + t + 30), _hm(t)],
               L(f"Жолда жүретін уақыты: {group_digits(D)} : {v} = {num(Fr(D, v))} сағ = {t // 60} сағ {t % 60} мин. {_hm(dep)} + {t // 60} сағ {t % 60} мин = {_hm(arr)}.",
                 f"Время в пути: {group_digits(D)} : {v} = {num(Fr(D, v))} ч = {t // 60} ч {t % 60} мин. {_hm(dep)} + {t // 60} ч {t % 60} мин = {_hm(arr)}."),
               lsrc("Қозғалысқа берілген есептер", "Задачи на движение", "5"))


def l_avg_speed(rng):
    v1, v2 = rng.choice([(60, 90), (40, 60), (80, 120), (60, 40), (90, 60), (70, 105), (75, 50)])
    key = Fr(2 * v1 * v2, v1 + v2)
    D = rng.choice([180, 220, 240, 360])
    if key.denominator != 1:
        raise Retry
    return lit("motion", 4,
               L(f"Көлік Астанадан Қарағандыға {v1} км/сағ жылдамдықпен барып, қайтар жолда {v2} км/сағ жылдамдықпен жүрді. Қалалар арасы {D} км деп алыңыз. Бүкіл жолдағы орташа жылдамдықты табыңыз.",
                 f"Машина ехала из Астаны в Караганду со скоростью {v1} км/ч, а обратно — со скоростью {v2} км/ч. Считайте расстояние между городами равным {D} км. Найдите среднюю скорость на всём пути."),
               _kmh(f"{num(key)} км/сағ"), [_kmh(f"{num(x)} км/сағ") for x in (Fr(v1 + v2, 2), key + 6, abs(v1 - v2), key - 4)],
               L(f"Орташа жылдамдық = барлық жол : барлық уақыт = {2 * D} : ({D}/{v1} + {D}/{v2}) = {2 * D} : {num(Fr(D, v1) + Fr(D, v2))} = {num(key)} км/сағ (жылдамдықтардың жай орташасы емес).",
                 f"Средняя скорость = весь путь : всё время = {2 * D} : ({D}/{v1} + {D}/{v2}) = {2 * D} : {num(Fr(D, v1) + Fr(D, v2))} = {num(key)} км/ч (это не среднее арифметическое скоростей)."),
               lsrc("Қозғалысқа берілген есептер", "Задачи на движение", "5"))


def _kmh(x):
    return L(x, x.replace("км/сағ", "км/ч").replace("сағ", "ч"))


def l_exchange(rng):
    rate = rng.choice([480, 490, 500, 510, 520, 525])
    usd = rng.choice([150, 200, 250, 300, 400])
    fee = rng.choice([0, 1, 2])
    base = rate * usd
    key = Fr(base * (100 + fee), 100)
    fee_kk = f" Айырбастау пунктінің комиссиясы — сомадан {fee} %." if fee else ""
    fee_ru = f" Комиссия обменного пункта — {fee} % от суммы." if fee else ""
    return lit("finance", 2 if fee == 0 else 3,
               L(f"Айырбастау пунктінде 1 АҚШ доллары {rate} теңгеге сатылады.{fee_kk} {usd} доллар сатып алу үшін қанша теңге керек?",
                 f"В обменном пункте 1 доллар США продаётся за {rate} тенге.{fee_ru} Сколько тенге нужно, чтобы купить {usd} долларов?"),
               tg(key), ([tg(base), tg(Fr(base * (100 - fee), 100)), tg(base + fee * 100), tg(Fr(base * (100 + 10 * fee), 100))] if fee else
                         [tg(base + rate * 10), tg(base - rate * 10), tg(base * 10), tg(Fr(base, 10))]),
               L(f"{usd}·{rate} = {tg(base)}" + (f"; комиссия {fee} %: {tg(base)}·{num(Fr(100 + fee, 100))} = {tg(key)}." if fee else "."),
                 f"{usd}·{rate} = {tg(base)}" + (f"; комиссия {fee} %: {tg(base)}·{num(Fr(100 + fee, 100))} = {tg(key)}." if fee else ".")),
               lsrc("Ақшамен есептеулер", "Денежные расчёты", "5"))


def l_budget(rng):
    cats = [("Азық-түлік", "Продукты"), ("Коммуналдық төлемдер", "Коммунальные платежи"), ("Көлік", "Транспорт"),
            ("Киім", "Одежда"), ("Басқа шығындар", "Прочие расходы")]
    shares = rng.choice([[40, 15, 10, 20, 15], [35, 20, 10, 15, 20], [45, 10, 15, 10, 20], [30, 25, 15, 10, 20]])
    total = rng.choice([250000, 300000, 400000, 500000])
    vals = [total * s // 100 for s in shares]
    i = rng.randrange(5)
    tbl_kk = "| Шығын түрі | Сома, тг |\n|---|---|\n" + "\n".join(f"| {c[0]} | {group_digits(v)} |" for c, v in zip(cats, vals))
    tbl_ru = "| Статья расходов | Сумма, тг |\n|---|---|\n" + "\n".join(f"| {c[1]} | {group_digits(v)} |" for c, v in zip(cats, vals))
    key = shares[i]
    return lit("data", 2,
               L(f"Отбасының бір айлық шығындары кестеде берілген.\n\n{tbl_kk}\n\n«{cats[i][0]}» шығыны барлық шығынның неше пайызын құрайды?",
                 f"В таблице даны расходы семьи за месяц.\n\n{tbl_ru}\n\nКакой процент всех расходов составляет статья «{cats[i][1]}»?"),
               f"{key} %", [f"{key + 5} %", f"{key - 5} %" if key > 5 else f"{key + 10} %",
                            f"{num(Fr(vals[i] * 100, total - vals[i]))} %" if Fr(vals[i] * 100, total - vals[i]).denominator == 1 else f"{2 * key} %",
                            f"{100 - key} %"],
               L(f"Барлық шығын: {group_digits(total)} тг. {group_digits(vals[i])} : {group_digits(total)}·100 % = {key} %.",
                 f"Все расходы: {group_digits(total)} тг. {group_digits(vals[i])} : {group_digits(total)}·100 % = {key} %."),
               lsrc("Кестелер және диаграммалар", "Таблицы и диаграммы", "5–6"))


DAYS = [("Дс", "Пн"), ("Сс", "Вт"), ("Ср", "Ср"), ("Бс", "Чт"), ("Жм", "Пт"), ("Сб", "Сб"), ("Жс", "Вс")]


def l_temps(rng):
    while True:
        t = [rng.randint(-25, -5) for _ in range(7)]
        if sum(t) % 7 == 0 and len(set(t)) >= 5:
            break
    mean = Fr(sum(t), 7)
    head_kk = "| " + " | ".join(d[0] for d in DAYS) + " |"
    head_ru = "| " + " | ".join(d[1] for d in DAYS) + " |"
    row = "| " + " | ".join(num(x) for x in t) + " |"
    sep = "|" + "---|" * 7
    return lit("data", 2,
               L(f"Қаңтар айындағы бір аптада Астанада түскі ауа температурасы (°C) кестеде берілген.\n\n{head_kk}\n{sep}\n{row}\n\nАптаның орташа температурасын табыңыз.",
                 f"В таблице дана дневная температура воздуха (°C) в Астане за одну неделю января.\n\n{head_ru}\n{sep}\n{row}\n\nНайдите среднюю температуру за неделю."),
               f"{num(mean)} °C", [f"{num(-mean)} °C", f"{num(Fr(max(t) + min(t), 2))} °C", f"{num(sorted(t)[3])} °C", f"{num(mean - 1)} °C", f"{num(mean + 1)} °C"],
               L(f"Қосындысы: {' + '.join(paren(x) for x in t)} = {num(sum(t))}. Орташасы: {num(sum(t))} : 7 = {num(mean)} °C.",
                 f"Сумма: {' + '.join(paren(x) for x in t)} = {num(sum(t))}. Среднее: {num(sum(t))} : 7 = {num(mean)} °C."),
               lsrc("Статистика элементтері: арифметикалық орта", "Элементы статистики: среднее арифметическое", "7"))


def l_median(rng):
    n = rng.choice([8, 10])
    xs = [rng.randint(60, 130) for _ in range(n)]
    s = sorted(xs)
    med = Fr(s[n // 2 - 1] + s[n // 2], 2)
    mean = Fr(sum(xs), n)
    if med == mean or len(set(xs)) < n - 1:
        raise Retry
    return lit("data", 3,
               L(f"{n} оқушының ҰБТ сынақ тестінде жинаған балдары: {', '.join(map(str, xs))}. Осы деректердің медианасын табыңыз.",
                 f"Баллы {n} учеников на пробном ЕНТ: {', '.join(map(str, xs))}. Найдите медиану этих данных."),
               num(med), [num(xs[n // 2 - 1]), num(s[n // 2]), num(mean), num(Fr(max(xs) + min(xs), 2))],
               L(f"Өсу ретімен: {', '.join(map(str, s))}. Мүшелер саны жұп, медиана — ортадағы екі санның орташасы: ({s[n // 2 - 1]} + {s[n // 2]})/2 = {num(med)}.",
                 f"По возрастанию: {', '.join(map(str, s))}. Число данных чётное, медиана — среднее двух средних чисел: ({s[n // 2 - 1]} + {s[n // 2]})/2 = {num(med)}."),
               lsrc("Статистика элементтері: медиана", "Элементы статистики: медиана", "7"))


def l_prob(rng):
    total = rng.choice([20, 25, 30, 40, 50])
    win = rng.choice([w for w in range(2, 11) if total % w == 0 or True])
    key = Fr(win, total)
    f = lambda v: num(v, as_fraction=False) if (v * 100).denominator == 1 else num(v, as_fraction=True)  # noqa: E731
    return lit("probability", 2,
               L(f"Мектептегі ұтыс ойынында {total} билет бар, оның {win} билеті ұтысты. Бірінші болып кездейсоқ бір билет алған оқушының ұтып алу ықтималдығы қандай?",
                 f"В школьной лотерее {total} билетов, из них {win} выигрышных. Какова вероятность того, что ученик, первым наугад вытянувший билет, выиграет?"),
               f(key), [f(Fr(total - win, total)), f(Fr(1, total)), f(Fr(win, total - win)), f(Fr(win, 100))],
               L(f"P = қолайлы нәтижелер / барлық нәтижелер = {win}/{total}{'' if f(key) == f'{win}/{total}' else ' = ' + f(key)}.",
                 f"P = благоприятные исходы / все исходы = {win}/{total}{'' if f(key) == f'{win}/{total}' else ' = ' + f(key)}."),
               lsrc("Оқиғаның ықтималдығы", "Вероятность события", "9"))


def l_units(rng):
    v = rng.choice([36, 54, 72, 90, 108, 126, 144])
    key = Fr(v * 1000, 3600)
    return lit("units", 1,
               L(f"Пойыздың жылдамдығы {v} км/сағ. Бұл жылдамдық секундына неше метрге тең?",
                 f"Скорость поезда {v} км/ч. Сколько это метров в секунду?"),
               f"{num(key)} м/с", [f"{num(Fr(v * 3600, 1000))} м/с", f"{num(Fr(v, 60))} м/с", f"{num(v * 10)} м/с", f"{num(key * 2)} м/с"],
               L(f"1 км/сағ = 1000 м / 3600 с = 5/18 м/с. {v}·5/18 = {num(key)} м/с.",
                 f"1 км/ч = 1000 м / 3600 с = 5/18 м/с. {v}·5/18 = {num(key)} м/с."),
               lsrc("Шамалардың өлшем бірліктері", "Единицы измерения величин", "5"))


def l_hectare(rng):
    a, b = rng.choice([(250, 400), (500, 300), (200, 350), (800, 250), (600, 450), (120, 500)])
    price = rng.choice([2, 3, 4])
    ha = Fr(a * b, 10000)
    seeds = ha * price * 100
    return lit("units", 2,
               L(f"Ені {a} м, ұзындығы {b} м тікбұрышты егістікке әр гектарға {price} центнерден бидай тұқымы себіледі. Барлығы неше центнер тұқым қажет?",
                 f"На прямоугольное поле шириной {a} м и длиной {b} м высевают по {price} центнера семян пшеницы на гектар. Сколько всего центнеров семян нужно?"),
               f"{num(ha * price)} ц", [f"{num(Fr(a * b, 1000) * price)} ц", f"{num(Fr(a * b, 100000) * price)} ц", f"{num(ha)} ц", f"{num(ha * price + price)} ц"],
               L(f"Ауданы {a}·{b} = {group_digits(a * b)} м² = {num(ha)} га (1 га = 10 000 м²). Тұқым: {num(ha)}·{price} = {num(ha * price)} ц.",
                 f"Площадь {a}·{b} = {group_digits(a * b)} м² = {num(ha)} га (1 га = 10 000 м²). Семян: {num(ha)}·{price} = {num(ha * price)} ц."),
               lsrc("Аудан өлшем бірліктері", "Единицы измерения площади", "5"))


def l_work(rng):
    a, b = rng.choice([(6, 3), (12, 6), (10, 15), (12, 4), (20, 30), (6, 12), (9, 18)])
    key = Fr(a * b, a + b)
    if key.denominator != 1:
        raise Retry
    return lit("proportion", 3,
               L(f"Бассейнді бірінші құбыр {a} сағатта, екінші құбыр {b} сағатта толтырады. Екі құбыр бірге ашылса, бассейн неше сағатта толады?",
                 f"Первая труба наполняет бассейн за {a} ч, вторая — за {b} ч. За сколько часов наполнят бассейн обе трубы, работая вместе?"),
               _kmh(f"{num(key)} сағ"), [_kmh(f"{num(x)} сағ") for x in (Fr(a + b, 2), a + b, abs(a - b), key + 1)],
               L(f"Бір сағатта: 1/{a} + 1/{b} = {num(Fr(1, a) + Fr(1, b), True)} бөлігі толады. Уақыт: 1 : {num(Fr(1, a) + Fr(1, b), True)} = {num(key)} сағ.",
                 f"За час: 1/{a} + 1/{b} = {num(Fr(1, a) + Fr(1, b), True)} бассейна. Время: 1 : {num(Fr(1, a) + Fr(1, b), True)} = {num(key)} ч."),
               lsrc("Бірлескен жұмысқа берілген есептер", "Задачи на совместную работу", "6"))


def l_train(rng):
    dep = rng.choice(range(17 * 60, 23 * 60 + 1, 5))
    dur = rng.choice([d for d in range(9 * 60, 20 * 60, 5) if d % 60])
    arr = dep + dur
    city = rng.choice([("Шымкенттен", "Шымкента"), ("Ақтөбеден", "Актобе"), ("Павлодардан", "Павлодара"), ("Өскеменнен", "Усть-Каменогорска")])
    return lit("units", 2,
               L(f"Пойыз {city[0]} жолға шықты (шығу уақыты — {_hm(dep)}) және жолда {dur // 60} сағ {dur % 60} мин жүрді. Ол межелі бекетке келесі күні сағат нешеде келді?",
                 f"Поезд отправился из {city[1]} в {_hm(dep)} и был в пути {dur // 60} ч {dur % 60} мин. Во сколько он прибыл на конечную станцию на следующий день?"),
               _hm(arr), [_hm(arr + 60), _hm(arr - 60), _hm(arr + 40), _hm(dep + (dur // 60) * 100 % 1440) if False else _hm(arr - 20)],
               L(f"{_hm(dep)} + {dur // 60} сағ {dur % 60} мин = {dep // 60 + dur // 60 + (dep % 60 + dur % 60) // 60} сағ {(dep + dur) % 60} мин, яғни келесі күні {_hm(arr)}.",
                 f"{_hm(dep)} + {dur // 60} ч {dur % 60} мин = {dep // 60 + dur // 60 + (dep % 60 + dur % 60) // 60} ч {(dep + dur) % 60} мин, т. е. на следующий день в {_hm(arr)}."),
               lsrc("Уақыт өлшемдері", "Единицы времени", "5"))


def l_socks_pair(rng):
    return l_socks(rng, "pair")


def l_socks_all(rng):
    return l_socks(rng, "colour_all")


def ru_plural(n, forms):
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return forms[1]
    return forms[2]


def l_socks(rng, want):
    colours = rng.choice([3, 4, 5])
    per = rng.randint(5, 10)
    if want == "pair":
        key = colours + 1
        return lit("logic", 3,
                   L(f"Жәшікте {colours} түрлі түсті қолғаптар бар, әр түстен {per} қолғаптан. Қараңғыда ең кемі неше қолғап алғанда, олардың ішінде міндетті түрде бір түсті екі қолғап болады?",
                     f"В ящике лежат перчатки {colours} цветов, по {per} перчаток каждого цвета. Какое наименьшее число перчаток нужно взять в темноте, чтобы среди них обязательно оказались две перчатки одного цвета?"),
                   num(key), [num(colours), num(per + 1), num(2 * colours), num(colours * per - 1)],
                   L(f"Ең нашар жағдайда алғашқы {colours} қолғаптың бәрі әртүрлі түсті болуы мүмкін. Келесі ({colours + 1}-ші) қолғап міндетті түрде бір түспен қайталанады (Дирихле принципі).",
                     f"В худшем случае первые {colours} {ru_plural(colours, ('перчатка', 'перчатки', 'перчаток'))} окажутся разных цветов. Следующая ({colours + 1}-я) обязательно повторит один из цветов (принцип Дирихле)."),
                   lsrc("Логикалық есептер. Дирихле принципі", "Логические задачи. Принцип Дирихле", "5–6"))
    key = (colours - 1) * per + 1
    return lit("logic", 4,
               L(f"Қорапта {colours} түрлі түсті шарлар бар, әр түстен {per} шардан. Қарамай ең кемі неше шар алғанда, олардың ішінде барлық түстің шары міндетті түрде болады?",
                 f"В коробке шары {colours} цветов, по {per} шаров каждого цвета. Какое наименьшее число шаров нужно взять не глядя, чтобы среди них обязательно были шары всех цветов?"),
               num(key), [num(colours), num(colours + 1), num((colours - 1) * per), num(colours * per)],
               L(f"Ең нашар жағдайда алдымен {colours - 1} түстің барлық шарлары шығады: {colours - 1}·{per} = {(colours - 1) * per}. Тағы бір шар соңғы түсті береді: {key}.",
                 f"В худшем случае сначала вынем все шары {colours - 1} цветов: {colours - 1}·{per} = {(colours - 1) * per}. Ещё один шар даст последний цвет: {key}."),
               lsrc("Логикалық есептер. Дирихле принципі", "Логические задачи. Принцип Дирихле", "5–6"))


def l_tariff(rng):
    fee = rng.choice([1990, 2490, 2990, 3490])
    per = rng.choice([10, 12, 15, 20, 25])
    mins = rng.choice(range(80, 301, 10))
    costB = per * mins
    diff = costB - fee
    if diff == 0:
        raise Retry
    cheaper_kk = "«А» тарифі" if diff > 0 else "«Б» тарифі"
    cheaper_ru = "тариф «А»" if diff > 0 else "тариф «Б»"
    key = L(f"{cheaper_kk}, {tg(abs(diff))} арзан", f"{cheaper_ru}, дешевле на {tg(abs(diff))}")
    other = L(f"{'«Б» тарифі' if diff > 0 else '«А» тарифі'}, {tg(abs(diff))} арзан", f"{'тариф «Б»' if diff > 0 else 'тариф «А»'}, дешевле на {tg(abs(diff))}")
    wrong_amt = abs(diff) + per * 10
    return lit("finance", 2,
               L(f"Ұялы байланыс операторының «А» тарифі — айына {tg(fee)} (қоңыраулар шексіз), «Б» тарифі — абоненттік төлемсіз, әр минутқа {per} тг. Айына {mins} минут сөйлесетін абонентке қай тариф тиімді және қаншаға?",
                 f"У оператора связи тариф «А» — {tg(fee)} в месяц (звонки без ограничений), тариф «Б» — без абонентской платы, {per} тг за минуту. Какой тариф выгоднее абоненту, который говорит {mins} минут в месяц, и на сколько?"),
               key, [other, L(f"{cheaper_kk}, {tg(wrong_amt)} арзан", f"{cheaper_ru}, дешевле на {tg(wrong_amt)}"),
                     L(f"{cheaper_kk}, {tg(costB)} арзан", f"{cheaper_ru}, дешевле на {tg(costB)}"), L("Екеуінің құны бірдей", "Оба тарифа стоят одинаково")],
               L(f"«Б» тарифі: {per}·{mins} = {tg(costB)}; «А» тарифі: {tg(fee)}. Айырмасы {tg(abs(diff))}, {cheaper_kk} тиімді.",
                 f"Тариф «Б»: {per}·{mins} = {tg(costB)}; тариф «А»: {tg(fee)}. Разница {tg(abs(diff))}, выгоднее {cheaper_ru}."),
               lsrc("Ақшамен есептеулер", "Денежные расчёты", "5–6"))


def l_deposit(rng):
    S = rng.choice([100000, 200000, 400000, 500000, 1000000])
    p = rng.choice([10, 12, 14, 15, 16])
    y1 = Fr(S * (100 + p), 100)
    y2 = y1 * Fr(100 + p, 100)
    if y2.denominator != 1:
        raise Retry
    return lit("finance", 3,
               L(f"Салымшы банкке жылдық {p} % мөлшерлемемен {tg(S)} салды. Пайыздар әр жылдың соңында салымға қосылады (күрделі пайыз). 2 жылдан кейін шотта қанша ақша болады?",
                 f"Вкладчик положил в банк {tg(S)} под {p} % годовых. Проценты в конце каждого года присоединяются к вкладу (сложные проценты). Сколько денег будет на счёте через 2 года?"),
               tg(y2), [tg(S + 2 * Fr(S * p, 100)), tg(y1), tg(Fr(S * (100 + 2 * p + 1), 100)), tg(y2 - Fr(S * p, 100) // 1 + 1000)],
               L(f"Бір жылдан кейін: {tg(S)}·{num(Fr(100 + p, 100))} = {tg(y1)}; екі жылдан кейін: {tg(y1)}·{num(Fr(100 + p, 100))} = {tg(y2)}.",
                 f"Через год: {tg(S)}·{num(Fr(100 + p, 100))} = {tg(y1)}; через 2 года: {tg(y1)}·{num(Fr(100 + p, 100))} = {tg(y2)}."),
               lsrc("Пайыздар. Күрделі пайыз", "Проценты. Сложные проценты", "6"))


def l_scale(rng):
    n = rng.choice([100000, 200000, 500000, 1000000, 2500000])
    cm = rng.choice([Fr(3), Fr(7, 2), Fr(4), Fr(9, 2), Fr(6), Fr(12)])
    km = cm * n / 100000
    if km.denominator != 1:
        raise Retry
    return lit("proportion", 1,
               L(f"Картаның масштабы 1 : {group_digits(n)}. Картада екі ауылдың арақашықтығы {num(cm)} см. Ауылдардың арасы жерде неше километр?",
                 f"Масштаб карты 1 : {group_digits(n)}. Расстояние между двумя сёлами на карте {num(cm)} см. Каково расстояние между сёлами на местности в километрах?"),
               f"{num(km)} км", [f"{num(km * 10)} км", f"{num(km / 10)} км", f"{num(cm * n / 1000)} км", f"{num(km + cm)} км"],
               L(f"1 см картада {group_digits(n)} см = {num(Fr(n, 100000))} км-ге сәйкес. {num(cm)}·{num(Fr(n, 100000))} = {num(km)} км.",
                 f"1 см на карте соответствует {group_digits(n)} см = {num(Fr(n, 100000))} км. {num(cm)}·{num(Fr(n, 100000))} = {num(km)} км."),
               lsrc("Масштаб", "Масштаб", "6"))


def l_fuel(rng):
    rate = rng.choice([Fr(7), Fr(15, 2), Fr(8), Fr(9), Fr(10)])
    D = rng.choice([400, 600, 800, 1200])
    price = rng.choice([205, 210, 220, 230, 250])
    litres = rate * D / 100
    cost = litres * price
    if cost.denominator != 1 or litres.denominator != 1:
        raise Retry
    return lit("finance", 2,
               L(f"Автокөлік 100 км жолға {num(rate)} л бензин жұмсайды. 1 литр бензин {price} тг тұрады. {D} км жолға бензин үшін қанша теңге жұмсалады?",
                 f"Автомобиль расходует {num(rate)} л бензина на 100 км. 1 литр бензина стоит {price} тг. Сколько тенге уйдёт на бензин на {D} км пути?"),
               tg(cost), [tg(rate * D * price / 10), tg(litres * price / 10 * 10 + price * 10), tg(rate * price), tg(D * price / 100)],
               L(f"Жұмсалатын бензин: {num(rate)}·{D}/100 = {num(litres)} л. Құны: {num(litres)}·{price} = {tg(cost)}.",
                 f"Расход бензина: {num(rate)}·{D}/100 = {num(litres)} л. Стоимость: {num(litres)}·{price} = {tg(cost)}."),
               lsrc("Пропорция. Ақшамен есептеулер", "Пропорция. Денежные расчёты", "6"))


def l_ratio(rng):
    parts = rng.choice([(2, 3, 5), (1, 2, 3), (3, 4, 5), (2, 3, 4), (1, 3, 4)])
    total = rng.choice([300000, 360000, 480000, 600000, 720000])
    s = sum(parts)
    if total % s:
        raise Retry
    shares = [total * p // s for p in parts]
    return lit("proportion", 2,
               L(f"Үш дос бірлесіп {tg(total)} пайда тапты және оны салған қаржыларына сәйкес {':'.join(map(str, parts))} қатынасында бөлді. Ең көп үлес алған дос неше теңге алды?",
                 f"Три друга вместе получили прибыль {tg(total)} и разделили её пропорционально вложенным средствам в отношении {':'.join(map(str, parts))}. Сколько тенге получил друг с наибольшей долей?"),
               tg(shares[2]), [tg(total // 3), tg(total * parts[2] // 10 if total * parts[2] % 10 == 0 else shares[1]), tg(shares[1]), tg(shares[2] + shares[0])],
               L(f"Барлық бөлік: {' + '.join(map(str, parts))} = {s}. Бір бөлік: {group_digits(total)} : {s} = {tg(total // s)}. Ең үлкен үлес: {parts[2]}·{group_digits(total // s)} = {tg(shares[2])}.",
                 f"Всего частей: {' + '.join(map(str, parts))} = {s}. Одна часть: {group_digits(total)} : {s} = {tg(total // s)}. Наибольшая доля: {parts[2]}·{group_digits(total // s)} = {tg(shares[2])}."),
               lsrc("Қатынастар және пропорциялар", "Отношения и пропорции", "6"))


WEEK_KK = ["дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"]
WEEK_RU = ["понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"]
MONTH_KK = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"]
MONTH_RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"]


def l_weekday(rng):
    import datetime as dt
    y = rng.choice([2025, 2026])
    m = rng.choice([3, 9, 10])
    d0 = dt.date(y, m, 1)
    delta = rng.randint(20, 60)
    d1 = d0 + dt.timedelta(days=delta)
    w0, w1 = d0.weekday(), d1.weekday()
    if delta % 7 == 0:
        raise Retry
    kk = lambda d: f"{d.year} жылғы {d.day} {MONTH_KK[d.month - 1]}"  # noqa: E731
    ru = lambda d: f"{d.day} {MONTH_RU[d.month - 1]} {d.year} года"  # noqa: E731
    return lit("logic", 3,
               L(f"{kk(d0)} — {WEEK_KK[w0]}. {kk(d1)} аптаның қай күні?",
                 f"{ru(d0)[0].upper() + ru(d0)[1:]} — {WEEK_RU[w0]}. Какой день недели {ru(d1)}?"),
               L(WEEK_KK[w1].capitalize(), WEEK_RU[w1].capitalize()),
               [L(WEEK_KK[(w1 + k) % 7].capitalize(), WEEK_RU[(w1 + k) % 7].capitalize()) for k in (1, -1, 2, 3)],
               L(f"Екі күннің арасы {delta} күн. {delta} = 7·{delta // 7} + {delta % 7}, яғни {WEEK_KK[w0]} күнінен {delta % 7} күн алға жылжимыз: {WEEK_KK[w1]}.",
                 f"Между датами {delta} {ru_plural(delta, ('день', 'дня', 'дней'))}. {delta} = 7·{delta // 7} + {delta % 7}, т. е. от дня «{WEEK_RU[w0]}» сдвигаемся на {delta % 7} {ru_plural(delta % 7, ('день', 'дня', 'дней'))} вперёд: {WEEK_RU[w1]}."),
               lsrc("Логикалық есептер. Күнтізбе", "Логические задачи. Календарь", "5"))


def l_meter(rng):
    a = rng.randint(12000, 40000)
    used = rng.randint(120, 320)
    b = a + used
    price = rng.choice([Fr(2150, 100), Fr(2480, 100), Fr(25), Fr(3020, 100), Fr(1840, 100)])
    cost = used * price
    if (cost * 100).denominator != 1:
        raise Retry
    return lit("finance", 1,
               L(f"Электр есептегішінің көрсеткіші ай басында {group_digits(a)} кВт·сағ, ай соңында {group_digits(b)} кВт·сағ болды. 1 кВт·сағ бағасы {num(price)} тг. Айдағы электр энергиясы үшін қанша төлеу керек?",
                 f"Показание электросчётчика в начале месяца было {group_digits(a)} кВт·ч, в конце месяца — {group_digits(b)} кВт·ч. Цена 1 кВт·ч — {num(price)} тг. Сколько нужно заплатить за электроэнергию за месяц?"),
               tg(cost), [tg(cost * 10), tg(cost + 10 * price), tg(used * (price + 1)), tg(cost - 5 * price)],
               L(f"Жұмсалған энергия: {group_digits(b)} {M} {group_digits(a)} = {used} кВт·сағ. Төлем: {used}·{num(price)} = {tg(cost)}.",
                 f"Израсходовано: {group_digits(b)} {M} {group_digits(a)} = {used} кВт·ч. Оплата: {used}·{num(price)} = {tg(cost)}."),
               lsrc("Ондық бөлшектерге амалдар", "Действия с десятичными дробями", "5"))


# =========================================================================== assembly
MATH_TOPICS = [
    ("math.equations", "Теңдеулер және теңдеулер жүйелері", "Уравнения и системы уравнений"),
    ("math.inequalities", "Теңсіздіктер", "Неравенства"),
    ("math.exp_log", "Дәрежелер, көрсеткіштік және логарифмдік функциялар", "Степени, показательная и логарифмическая функции"),
    ("math.trigonometry", "Тригонометрия", "Тригонометрия"),
    ("math.derivative", "Туынды және оның қолданылуы", "Производная и её применение"),
    ("math.integral", "Алғашқы функция және интеграл", "Первообразная и интеграл"),
    ("math.progressions", "Прогрессиялар", "Прогрессии"),
    ("math.functions", "Функциялар және олардың графиктері", "Функции и их графики"),
    ("math.probability", "Комбинаторика және ықтималдық", "Комбинаторика и вероятность"),
    ("math.planimetry", "Планиметрия", "Планиметрия"),
    ("math.stereometry", "Стереометрия", "Стереометрия"),
    ("math.vectors", "Векторлар", "Векторы"),
]

LIT_TOPICS = [
    ("math_literacy.percent", "Пайыздар", "Проценты"),
    ("math_literacy.proportion", "Қатынас пен пропорция", "Отношения и пропорции"),
    ("math_literacy.motion", "Қозғалыс, жылдамдық, уақыт", "Движение, скорость, время"),
    ("math_literacy.data", "Кестелер мен деректерді талдау", "Таблицы и анализ данных"),
    ("math_literacy.probability", "Ықтималдық", "Вероятность"),
    ("math_literacy.units", "Өлшем бірліктері және уақыт", "Единицы измерения и время"),
    ("math_literacy.logic", "Логикалық есептер", "Логические задачи"),
    ("math_literacy.finance", "Қаржылық есептер", "Финансовые расчёты"),
]

# (template, how many items it makes)
MATH_SINGLE = [
    (t_linear, 1), (t_quad_root, 2), (t_vieta, 1), (t_rational, 1), (t_irrational, 2), (t_modulus, 1), (t_system, 1),
    (t_lin_ineq, 2), (t_quad_ineq, 2), (t_count_int, 1), (t_log_ineq, 1),
    (t_exp_eq, 2), (t_exp_subst, 1), (t_log_sum, 2), (t_log_base_power, 1), (t_log_eq, 1), (t_log_extraneous, 1), (t_powers, 1),
    (t_trig_value, 1), (t_trig_find, 2), (t_sin2a, 1), (t_cos2a, 1), (t_trig_eq, 2), (t_trig_count, 1), (t_reduction, 1),
    (t_deriv_point, 2), (t_deriv_chain, 1), (t_deriv_ln, 1), (t_tangent, 1), (t_extremum, 1), (t_max_segment, 1), (t_motion, 1),
    (t_antideriv, 1), (t_antideriv_point, 1), (t_integral, 2), (t_area, 2),
    (t_ap_term, 1), (t_ap_sum, 1), (t_gp_sum, 1), (t_gp_inf, 1),
    (t_domain, 1), (t_range, 1), (t_inverse, 1), (t_parity, 1),
    (t_comb, 1), (t_arrange, 1), (t_letters, 1), (t_dice, 1), (t_balls, 1), (t_shooters, 1),
    (t_right_area, 1), (t_tri_sine_area, 1), (t_cos_law, 1), (t_incircle, 1), (t_trapezoid, 1), (t_polygon, 2),
    (t_box_diag, 1), (t_cylinder, 1), (t_cone, 1), (t_sphere, 1),
    (t_vec_len, 1), (t_dot, 1), (t_perp, 1), (t_lincomb, 1),
]
MATH_CONTEXTS = [ctx_table, ctx_ball, ctx_pyramid]
MATH_MATCHING = [m_derivs, m_eq_roots, m_trig, m_progressions, m_areas, m_volumes, m_vectors, m_antiderivs,
                 m_ineq, m_combi, m_vertex, m_integrals]
MATH_MULTIPLE = [x_cubic_roots, x_increasing, x_ineq_members, x_ap_members, x_points, x_perp, x_trig_roots,
                 x_odd, x_critical, x_right_triangles, x_equal_value, x_domain]
LIT_SINGLE = [
    (l_discount, 2), (l_successive, 2), (l_recipe, 1), (l_trip, 1), (l_avg_speed, 1), (l_exchange, 2), (l_budget, 2),
    (l_temps, 1), (l_median, 1), (l_prob, 1), (l_units, 1), (l_hectare, 1), (l_work, 1), (l_train, 1), (l_socks_pair, 1), (l_socks_all, 1),
    (l_tariff, 1), (l_deposit, 1), (l_scale, 1), (l_fuel, 1), (l_ratio, 1), (l_weekday, 2), (l_meter, 1),
]


def add_context(b: Builder, rng, fn, n):
    for _ in range(200):
        try:
            title, text, items = fn(rng)
        except Retry:
            continue
        if any(b.stem_taken(it["stem"]) for it in items):
            continue
        key = f"ctx{n}"
        b.add_context(key, title, text)
        for it in items:
            it["context"] = key
            b.add(it)
        return
    raise AssertionError(f"context {fn.__name__} failed")


def build_math():
    rng = random.Random(SEED)
    b = Builder("math", "math", SEED)
    for tpl, count in MATH_SINGLE:
        for _ in range(count):
            run_template(b, rng, tpl)
    for n, fn in enumerate(MATH_CONTEXTS, 1):
        add_context(b, rng, fn, n)
    for tpl in MATH_MATCHING:
        run_template(b, rng, tpl)
    for tpl in MATH_MULTIPLE:
        run_template(b, rng, tpl)
    return b


def build_literacy():
    rng = random.Random(SEED + 1)
    b = Builder("math_literacy", "math_literacy", SEED + 1)
    for tpl, count in LIT_SINGLE:
        for _ in range(count):
            run_template(b, rng, tpl)
    return b


# Pack versions: raise an area's number whenever its packs change (a device refuses the same id
# and version with other bytes). math 2: matching options lost their "1) " labels; math 3:
# matching prompts lost their "A) " labels (the shell numbers them) and explanations name
# them by that number.
VERSIONS = {"math": 3, "math_literacy": 1}


def main(argv):
    check_only = "--check" in argv
    packs_dir = os.path.join(ROOT, "content", "packs")
    if "--out" in argv:
        packs_dir = argv[argv.index("--out") + 1]
    out = {}
    specs = [
        ("math", build_math(), L("Математика (ҰБТ): бастапқы жинақ", "Математика (ЕНТ): стартовый набор"), MATH_TOPICS),
        ("math_literacy", build_literacy(),
         L("Математикалық сауаттылық (ҰБТ): бастапқы жинақ", "Математическая грамотность (ЕНТ): стартовый набор"), LIT_TOPICS),
    ]
    for area, b, title, topics in specs:
        version = VERSIONS[area]
        kk, ru = b.pack("kk", title, topics, version=version), b.pack("ru", title, topics, version=version)
        check_twin_packs(kk, ru)
        out[area] = (kk, ru)
    # stems unique across both packs too
    for loc in ("kk", "ru"):
        stems = [q["stem"] for area in out for q in out[area][0 if loc == "kk" else 1]["questions"]]
        assert len(stems) == len(set(stems)), "stem repeated across packs"
    for area, (kk, ru) in out.items():
        for p in (kk, ru):
            path = os.path.join(packs_dir, p["locale"], f"{area}.json")
            if not check_only:
                write_pack(path, p)
            kinds = {}
            for q in p["questions"]:
                k = (q["kind"], "context" if "context" in q else "plain")
                kinds[k] = kinds.get(k, 0) + 1
            print(f"{'checked' if check_only else 'wrote'} {path}: "
                  + ", ".join(f"{k[0]}/{k[1]}={v}" for k, v in sorted(kinds.items())))


if __name__ == "__main__":
    main(sys.argv[1:])
