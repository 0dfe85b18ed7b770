#!/usr/bin/env python3
"""Generator of the Qazstep starter packs for physics (ҰБТ/ЕНТ) and ПББ/ОЗП mathematics.

Usage (from the repository root, Python 3.11, standard library only):

    python3 content/generator/gen_physics.py            # writes the four packs
    python3 content/generator/gen_physics.py --check    # generate + assert, write nothing
    python3 content/generator/gen_physics.py --out DIR  # write DIR/<locale>/<area>.json instead

Writes, deterministically (fixed seed ``SEED``):

* ``content/packs/kk/physics.json`` and ``content/packs/ru/physics.json`` — area ``physics``,
  subject ``physics``, exam ``unt``: single items without context, 3 contexts x 5 single items,
  matching items (2x4 and 3x5) and multiple-answer items (6 options, 1-3 correct);
* ``content/packs/kk/pbb_math.json`` and ``content/packs/ru/pbb_math.json`` — area ``pbb_math``,
  subject ``math``, exam ``pbb``: single items without context and 2 contexts x 5 single items
  (subject-knowledge block of the teachers' test).

How it works: every *template* is a function ``t_xxx(rng)`` that draws its numbers from a curated
list, COMPUTES the answer with exact arithmetic (``fractions.Fraction``), builds distractors from
typical mistakes (unit not converted, forgotten factor 1/2, wrong sign, inverted formula ...) and
returns ONE bilingual item: stem / options / explanation written natively in Kazakh and in Russian.
The kk and ru twins come from the same call, so they share the option order, the key and a
``group`` id.  Numbers are printed with the decimal comma (both languages), the Unicode minus and
superscript exponents; formulas are plain Unicode (no LaTeX) in both packs; contexts use Markdown
tables.  Every item that uses g states its value (10 or 9,8 m/s²).

Invariants asserted before anything is written (the script fails loudly with AssertionError):
options distinct after trimming, key in range, single = 4 options / 1 key, multiple = 6 options /
1-3 keys, matching prompts map to distinct options, stems unique over all four packs, kk/ru twins
with the same kind, option count and key, explanation and source present, no decimal point in the
text (decimal comma only), minimum counts per kind, exactly 5 questions per context.
"""
from __future__ import annotations

import json
import math
import os
import random
import re
import sys
from fractions import Fraction as Fr
from itertools import combinations

SEED = 20250311
LOCALES = ("kk", "ru")
MINUS = "\u2212"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))


class Retry(Exception):
    """The drawn parameters give an unusable item: draw again."""


# =============================================================================== text helpers
def L(kk, ru):
    return {"kk": kk, "ru": ru}


def both(s):
    return {"kk": s, "ru": s}


def tr(v, loc):
    return v[loc] if isinstance(v, dict) else v


SUPMAP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")
SUBMAP = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")


def sup(n):
    return str(n).translate(SUPMAP)


def sub(n):
    return str(n).translate(SUBMAP)


def _group(ip):
    if len(ip) >= 5:
        parts = []
        while ip:
            parts.append(ip[-3:])
            ip = ip[:-3]
        ip = " ".join(reversed(parts))
    return ip


def dec(x, maxdp=4):
    """Exact decimal with a comma; raises Retry when x is not a short terminating decimal."""
    x = Fr(x)
    for dp in range(maxdp + 1):
        y = x * 10 ** dp
        if y.denominator == 1:
            n = y.numerator
            neg = n < 0
            s = str(abs(n)).rjust(dp + 1, "0")
            ip, fp = (s[:-dp], s[-dp:]) if dp else (s, "")
            r = _group(ip) + ("," + fp if fp else "")
            return (MINUS if neg else "") + r
    raise Retry(f"not a short decimal: {x}")


def sci(x, maxdp=3):
    """a·10ⁿ with 1 ≤ a < 10 (exact mantissa)."""
    x = Fr(x)
    if x == 0:
        return "0"
    neg = x < 0
    x = abs(x)
    e = 0
    while x >= 10:
        x /= 10
        e += 1
    while x < 1:
        x *= 10
        e -= 1
    m = dec(x, maxdp)
    s = m if e == 0 else f"{m}·10{sup(e)}"
    return (MINUS if neg else "") + s


def fracs(x):
    """Fraction printed as an integer, a decimal (if short) or p/q."""
    x = Fr(x)
    if x.denominator == 1:
        return dec(x)
    try:
        return dec(x, 3)
    except Retry:
        s = f"{abs(x.numerator)}/{x.denominator}"
        return (MINUS + s) if x < 0 else s


def pfrac(x):
    """Fraction always printed as p/q (or integer)."""
    x = Fr(x)
    if x.denominator == 1:
        return dec(x)
    s = f"{abs(x.numerator)}/{x.denominator}"
    return (MINUS + s) if x < 0 else s


def ru_raz(n):
    """'в 2 раза', 'в 5 раз', 'в 1,5 раза'."""
    n = Fr(n)
    if n.denominator != 1:
        return "раза"
    n = n.numerator
    if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
        return "раза"
    return "раз"


def times_change(f):
    """Bilingual text of 'the quantity changes f times'."""
    f = Fr(f)
    if f == 1:
        return L("өзгермейді", "не изменится")
    if f > 1:
        return L(f"{dec(f)} есе артады", f"увеличится в {dec(f)} {ru_raz(f)}")
    g = 1 / f
    return L(f"{dec(g)} есе кемиді", f"уменьшится в {dec(g)} {ru_raz(g)}")


_KK_NUM = {  # last numeral word -> (dative, ablative, genitive) suffix
    "нөл": ("ге", "ден", "дің"), "бір": ("ге", "ден", "дің"), "екі": ("ге", "ден", "нің"),
    "үш": ("ке", "тен", "тің"), "төрт": ("ке", "тен", "тің"), "бес": ("ке", "тен", "тің"),
    "алты": ("ға", "дан", "ның"), "жеті": ("ге", "ден", "нің"), "сегіз": ("ге", "ден", "дің"),
    "тоғыз": ("ға", "дан", "дың"), "он": ("ға", "нан", "ның"), "жиырма": ("ға", "дан", "ның"),
    "отыз": ("ға", "дан", "дың"), "қырық": ("қа", "тан", "тың"), "елу": ("ге", "ден", "дің"),
    "алпыс": ("қа", "тан", "тың"), "жетпіс": ("ке", "тен", "тің"), "сексен": ("ге", "нен", "нің"),
    "тоқсан": ("ға", "нан", "ның"), "жүз": ("ге", "ден", "дің"), "мың": ("ға", "нан", "ның"),
}
_UNITS = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"]
_TENS = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"]


def kk_case(n, case):
    """An integer with its Kazakh case ending: kk_case(9, 'dat') -> '9-ға' (тоғызға)."""
    m = abs(int(n))
    if m % 10:
        w = _UNITS[m % 10]
    elif m == 0:
        w = "нөл"
    elif m % 100:
        w = _TENS[(m % 100) // 10]
    elif m % 1000:
        w = "жүз"
    else:
        w = "мың"
    suf = _KK_NUM[w][{"dat": 0, "abl": 1, "gen": 2}[case]]
    return f"{dec(n)}-{suf}"


def par(x):
    """A number for use inside a product: negative numbers in parentheses."""
    return f"({dec(x)})" if Fr(x) < 0 else dec(x)


# =============================================================================== item builders
FALLBACK = (2, Fr(1, 2), 10, Fr(1, 10), 3, Fr(3, 2), 4, Fr(1, 4))


def unit_text(unit, loc):
    if unit is None or unit == "":
        return ""
    u = tr(unit, loc)
    return u if u.startswith(" ") else " " + u


def numopts(rng, key, wrongs, unit="", fmt=dec, allow_neg=False, fallback=True):
    """Four options: the key and three distinct wrong values. Returns (options, correct)."""
    key = Fr(key)
    ks = fmt(key)
    seen = {ks}
    chosen = []
    cands = list(wrongs)
    if fallback:
        cands += [key * f for f in FALLBACK]
    for w in cands:
        if w is None:
            continue
        w = Fr(w)
        if w < 0 and not allow_neg:
            continue
        try:
            s = fmt(w)
        except Retry:
            continue
        if s in seen:
            continue
        seen.add(s)
        chosen.append(s)
        if len(chosen) == 3:
            break
    if len(chosen) < 3:
        raise Retry(f"not enough distractors for key {ks}")
    allv = chosen + [ks]
    rng.shuffle(allv)
    opts = [L(s + unit_text(unit, "kk"), s + unit_text(unit, "ru")) for s in allv]
    return opts, [allv.index(ks)]


def textopts(rng, key, wrongs):
    """key and wrongs are bilingual dicts (or plain strings)."""
    allv = [key] + list(wrongs)[:3]
    assert len(allv) == 4, "need three wrong options"
    allv = [v if isinstance(v, dict) else both(v) for v in allv]
    k = allv[0]
    rng.shuffle(allv)
    return allv, [allv.index(k)]


def item(kind, topic, diff, src, stem, options, correct, expl, prompts=None, context=None):
    d = dict(kind=kind, topic=topic, difficulty=diff, source=src, stem=stem, options=options,
             correct=correct, explanation=expl)
    if prompts is not None:
        d["prompts"] = prompts
    if context is not None:
        d["context"] = context
    return d


def single(topic, diff, src, stem, oc, expl, context=None):
    opts, corr = oc
    return item("single", topic, diff, src, stem, opts, corr, expl, context=context)


def multiple(rng, topic, diff, src, stem, statements, expl):
    """statements: list of (bilingual text, truth); exactly 6, 1-3 true."""
    st = list(statements)
    assert len(st) == 6, "multiple needs 6 statements"
    rng.shuffle(st)
    opts = [s if isinstance(s, dict) else both(s) for s, _ in st]
    corr = [i for i, (_, t) in enumerate(st) if t]
    return item("multiple", topic, diff, src, stem, opts, corr, expl)


def matching(rng, topic, diff, src, stem, pairs, extra, expl):
    """pairs: list of (prompt, right option); extra: wrong options. Prompts keep their order."""
    prompts = [p if isinstance(p, dict) else both(p) for p, _ in pairs]
    rights = [o if isinstance(o, dict) else both(o) for _, o in pairs]
    opts = rights + [o if isinstance(o, dict) else both(o) for o in extra]
    rng.shuffle(opts)
    corr = [opts.index(r) for r in rights]
    return item("matching", topic, diff, src, stem, opts, corr, expl, prompts=prompts)


def pick(rng, seq):
    return rng.choice(list(seq))


# =============================================================================== physics
PT = "physics."
TOPICS_PHYS = [
    ("kinematics", "Кинематика", "Кинематика"),
    ("dynamics", "Динамика: Ньютон заңдары, күштер", "Динамика: законы Ньютона, силы"),
    ("work_energy", "Жұмыс, қуат, энергия", "Работа, мощность, энергия"),
    ("momentum", "Импульс және оның сақталу заңы", "Импульс и закон его сохранения"),
    ("statics_pressure", "Статика, қысым, гидростатика", "Статика, давление, гидростатика"),
    ("molecular", "Молекулалық физика, газ заңдары", "Молекулярная физика, газовые законы"),
    ("thermodynamics", "Термодинамика", "Термодинамика"),
    ("electrostatics", "Электростатика", "Электростатика"),
    ("dc_circuits", "Тұрақты ток", "Постоянный ток"),
    ("magnetism", "Магнит өрісі, электромагниттік индукция",
     "Магнитное поле, электромагнитная индукция"),
    ("oscillations_waves", "Тербелістер мен толқындар", "Колебания и волны"),
    ("optics", "Оптика", "Оптика"),
    ("quantum_nuclear", "Кванттық және ядролық физика", "Квантовая и ядерная физика"),
]


def S(grade, kk, ru):
    return L(f"Физика, {grade}-сынып: {kk}", f"Физика, {grade} класс: {ru}")


G10 = L("g = 10 м/с²", "g = 10 м/с²")

# ------------------------------------------------------------------------------- kinematics


def t_kin_displacement(rng):
    v0 = pick(rng, [1, 2, 3, 4, 5, 6, 10])
    a = pick(rng, [Fr(1, 2), 1, 2, 3, 4])
    t = pick(rng, [2, 3, 4, 5, 6, 8])
    s = v0 * t + Fr(a) * t * t / 2
    oc = numopts(rng, s, [v0 * t + Fr(a) * t * t, Fr(a) * t * t / 2, (v0 + a * t) * t, v0 * t], "м")
    return single(PT + "kinematics", 2,
                  S(9, "Түзу сызықты бірқалыпты үдемелі қозғалыс",
                    "Прямолинейное равноускоренное движение"),
                  L(f"Бастапқы жылдамдығы {dec(v0)} м/с дене жылдамдық бағытымен бағыттас {dec(a)} м/с² "
                    f"тұрақты үдеумен түзу сызықты қозғалады. Дененің {t} с ішіндегі орын ауыстыруы неге тең?",
                    f"Тело с начальной скоростью {dec(v0)} м/с движется прямолинейно с постоянным "
                    f"ускорением {dec(a)} м/с², сонаправленным со скоростью. Чему равно перемещение тела за {t} с?"),
                  oc,
                  L(f"Бірқалыпты үдемелі қозғалыста s = v₀t + at²/2 = {dec(v0)}·{t} + {dec(a)}·{t}²/2 = {dec(s)} м.",
                    f"При равноускоренном движении s = v₀t + at²/2 = {dec(v0)}·{t} + {dec(a)}·{t}²/2 = {dec(s)} м."))


def t_kin_kmh(rng):
    v = pick(rng, [36, 54, 72, 90, 108])
    t = pick(rng, [5, 10, 15, 20, 30])
    vm = Fr(v * 1000, 3600)
    s = vm * t
    oc = numopts(rng, s, [v * t, Fr(v) * Fr(36, 10) * t, vm * t / 2, Fr(v * t, 60)], "м")
    return single(PT + "kinematics", 1, S(7, "Механикалық қозғалыс, жылдамдық", "Механическое движение, скорость"),
                  L(f"Автомобиль түзу жолмен {v} км/сағ тұрақты жылдамдықпен қозғалып келеді. Ол {t} с ішінде қандай жол жүреді?",
                    f"Автомобиль движется по прямой дороге с постоянной скоростью {v} км/ч. Какой путь он проходит за {t} с?"),
                  oc,
                  L(f"Жылдамдықты ХБЖ-ға айналдырамыз: {v} км/сағ = {v}·1000 м / 3600 с = {dec(vm)} м/с. "
                    f"Сонда s = vt = {dec(vm)}·{t} = {dec(s)} м.",
                    f"Переводим скорость в СИ: {v} км/ч = {v}·1000 м / 3600 с = {dec(vm)} м/с. "
                    f"Тогда s = vt = {dec(vm)}·{t} = {dec(s)} м."))


def t_kin_freefall(rng):
    t = pick(rng, [3, 4, 5, 6])
    h = Fr(10 * t * t, 2)
    oc = numopts(rng, h, [10 * t * t, 10 * t, Fr(10 * t * t, 4), Fr(98 * t * t, 10)], "м")
    return single(PT + "kinematics", 2, S(9, "Еркін түсу", "Свободное падение"),
                  L(f"Дене бастапқы жылдамдықсыз еркін түсіп, жерге {t} с өткенде жетті. Дене қандай биіктіктен түскен? "
                    f"Ауаның кедергісі ескерілмейді, g = 10 м/с².",
                    f"Тело свободно падает без начальной скорости и достигает земли через {t} с. С какой высоты "
                    f"упало тело? Сопротивлением воздуха пренебречь, g = 10 м/с²."),
                  oc,
                  L(f"Еркін түсуде h = gt²/2 = 10·{t}²/2 = {dec(h)} м.",
                    f"При свободном падении h = gt²/2 = 10·{t}²/2 = {dec(h)} м."))


def t_kin_braking(rng):
    v = pick(rng, [36, 54, 72, 90])
    a = pick(rng, [2, 4, 5])
    vm = Fr(v, 36) * 10
    s = vm * vm / (2 * a)
    oc = numopts(rng, s, [vm * vm / a, Fr(v * v, 2 * a), vm / (2 * a), vm * vm / (4 * a)], "м")
    return single(PT + "kinematics", 3,
                  S(9, "Бірқалыпты кемімелі қозғалыс, тежелу жолы", "Равнозамедленное движение, тормозной путь"),
                  L(f"{v} км/сағ жылдамдықпен келе жатқан автомобиль тежеле бастап, үдеуінің модулі {a} м/с² болатын "
                    f"бірқалыпты кемімелі қозғалыспен тоқтады. Тежелу жолы неге тең?",
                    f"Автомобиль, ехавший со скоростью {v} км/ч, начал тормозить и остановился, двигаясь "
                    f"равнозамедленно с ускорением, модуль которого {a} м/с². Чему равен тормозной путь?"),
                  oc,
                  L(f"v₀ = {v} км/сағ = {dec(vm)} м/с. Соңғы жылдамдық нөл, сондықтан s = v₀²/(2a) = "
                    f"{dec(vm)}²/(2·{a}) = {dec(s)} м.",
                    f"v₀ = {v} км/ч = {dec(vm)} м/с. Конечная скорость равна нулю, поэтому s = v₀²/(2a) = "
                    f"{dec(vm)}²/(2·{a}) = {dec(s)} м."))


def t_kin_vertical(rng):
    v0 = pick(rng, [10, 15, 20, 25, 30])
    h = Fr(v0 * v0, 20)
    oc = numopts(rng, h, [Fr(v0 * v0, 10), Fr(v0, 10) * v0 * 2, Fr(v0 * v0, 40), Fr(v0, 2)], "м")
    return single(PT + "kinematics", 2, S(9, "Вертикаль жоғары лақтырылған дененің қозғалысы",
                                          "Движение тела, брошенного вертикально вверх"),
                  L(f"Дене вертикаль жоғары {v0} м/с жылдамдықпен лақтырылды. Ауаның кедергісін ескермей, "
                    f"дененің ең үлкен көтерілу биіктігін табыңыз (g = 10 м/с²).",
                    f"Тело брошено вертикально вверх со скоростью {v0} м/с. Пренебрегая сопротивлением воздуха, "
                    f"найдите максимальную высоту подъёма тела (g = 10 м/с²)."),
                  oc,
                  L(f"Ең жоғарғы нүктеде v = 0, сондықтан H = v₀²/(2g) = {v0}²/(2·10) = {dec(h)} м.",
                    f"В верхней точке v = 0, поэтому H = v₀²/(2g) = {v0}²/(2·10) = {dec(h)} м."))


def t_kin_centripetal(rng):
    v = pick(rng, [10, 12, 15, 20])
    R = pick(rng, [25, 40, 50, 100, 200])
    a = Fr(v * v, R)
    oc = numopts(rng, a, [Fr(v, R), Fr(v * v, 2 * R), Fr(2 * v * v, R), Fr(R, v)], "м/с²")
    return single(PT + "kinematics", 2, S(9, "Шеңбер бойымен бірқалыпты қозғалыс", "Равномерное движение по окружности"),
                  L(f"Автомобиль радиусы {R} м бұрылыстан модулі тұрақты {v} м/с жылдамдықпен өтіп барады. "
                    f"Оның центрге тартқыш үдеуі неге тең?",
                    f"Автомобиль проходит поворот радиусом {R} м с постоянной по модулю скоростью {v} м/с. "
                    f"Чему равно его центростремительное ускорение?"),
                  oc,
                  L(f"Центрге тартқыш үдеу a = v²/R = {v}²/{R} = {dec(a)} м/с².",
                    f"Центростремительное ускорение a = v²/R = {v}²/{R} = {dec(a)} м/с²."))


def t_kin_horizontal(rng):
    h = pick(rng, [5, 20, 45, 80])
    v0 = pick(rng, [3, 4, 5, 6, 8, 10, 12])
    t = {5: 1, 20: 2, 45: 3, 80: 4}[h]
    Lr = v0 * t
    oc = numopts(rng, Lr, [v0 * Fr(2 * h, 10), v0 * t * 2, Fr(v0 * t, 2), h], "м")
    return single(PT + "kinematics", 4, S(10, "Горизонталь лақтырылған дененің қозғалысы",
                                           "Движение тела, брошенного горизонтально"),
                  L(f"Дене {h} м биіктіктен горизонталь бағытта {v0} м/с жылдамдықпен лақтырылды. Дененің "
                    f"горизонталь бағыттағы ұшу қашықтығын табыңыз (g = 10 м/с², ауаның кедергісі ескерілмейді).",
                    f"Тело брошено горизонтально с высоты {h} м со скоростью {v0} м/с. Найдите дальность полёта "
                    f"тела по горизонтали (g = 10 м/с², сопротивлением воздуха пренебречь)."),
                  oc,
                  L(f"Тік бағытта дене еркін түседі: t = √(2h/g) = √(2·{h}/10) = {t} с. Горизонталь бағытта қозғалыс "
                    f"бірқалыпты: L = v₀t = {v0}·{t} = {Lr} м.",
                    f"По вертикали тело падает свободно: t = √(2h/g) = √(2·{h}/10) = {t} с. По горизонтали движение "
                    f"равномерное: L = v₀t = {v0}·{t} = {Lr} м."))


def t_kin_meeting(rng):
    v1 = pick(rng, [40, 50, 60, 70, 80])
    v2 = pick(rng, [30, 40, 50, 60, 90])
    if v1 == v2:
        raise Retry()
    t = pick(rng, [Fr(3, 2), 2, Fr(5, 2), 3])
    Ld = (v1 + v2) * t
    if Ld.denominator != 1:
        raise Retry()
    Ld = int(Ld)
    oc = numopts(rng, t, [Fr(Ld, abs(v1 - v2)), Fr(Ld, v1), Fr(2 * Ld, v1 + v2), Fr(Ld, 2 * (v1 + v2))],
                 L("сағ", "ч"))
    return single(PT + "kinematics", 2, S(9, "Қозғалыстың салыстырмалылығы", "Относительность движения"),
                  L(f"Арақашықтығы {Ld} км екі қаладан бір мезгілде бір-біріне қарама-қарсы екі автомобиль шықты: "
                    f"біріншісінің жылдамдығы {v1} км/сағ, екіншісінікі {v2} км/сағ. Олар қанша уақыттан кейін кездеседі?",
                    f"Из двух городов, расстояние между которыми {Ld} км, одновременно навстречу друг другу выехали "
                    f"два автомобиля со скоростями {v1} км/ч и {v2} км/ч. Через какое время они встретятся?"),
                  oc,
                  L(f"Бір-біріне қарама-қарсы қозғалғанда жақындасу жылдамдығы v₁ + v₂ = {v1 + v2} км/сағ. "
                    f"t = {Ld}/{v1 + v2} = {dec(t)} сағ.",
                    f"При движении навстречу скорость сближения v₁ + v₂ = {v1 + v2} км/ч. t = {Ld}/{v1 + v2} = {dec(t)} ч."))


def t_kin_rotation(rng):
    N = pick(rng, [20, 40, 50, 100, 120])
    t = pick(rng, [4, 5, 10, 20])
    T = Fr(t, N)
    oc = numopts(rng, T, [Fr(N, t), Fr(t, 2 * N), Fr(2 * t, N), Fr(1, N * t)], "с")
    return single(PT + "kinematics", 1, S(9, "Айналмалы қозғалыстың периоды мен жиілігі",
                                           "Период и частота вращения"),
                  L(f"Дөңгелек {t} с ішінде {N} айналым жасады. Айналу периоды неге тең?",
                    f"Колесо совершило {N} оборотов за {t} с. Чему равен период вращения?"),
                  oc,
                  L(f"Период — бір айналым уақыты: T = t/N = {t}/{N} = {dec(T)} с. (N/t = {dec(Fr(N, t))} Гц — бұл жиілік.)",
                    f"Период — время одного оборота: T = t/N = {t}/{N} = {dec(T)} с. (N/t = {dec(Fr(N, t))} Гц — это частота.)"))


# ------------------------------------------------------------------------------- dynamics
def t_dyn_newton2(rng):
    m = pick(rng, [2, 4, 5, 10])
    mu = pick(rng, [Fr(1, 10), Fr(2, 10), Fr(3, 10)])
    a = pick(rng, [1, 2, 3])
    F = mu * m * 10 + m * a
    oc = numopts(rng, a, [F / m, (F + mu * m * 10) / m, (F - mu * m) / m, (F - mu * m * 10)], "м/с²")
    return single(PT + "dynamics", 3, S(9, "Ньютонның екінші заңы, үйкеліс күші",
                                        "Второй закон Ньютона, сила трения"),
                  L(f"Массасы {m} кг жәшікті горизонталь бет бойымен {dec(F)} Н горизонталь күшпен тартады. Жәшік пен "
                    f"беттің арасындағы үйкеліс коэффициенті {dec(mu)}. Жәшіктің үдеуін табыңыз (g = 10 м/с²).",
                    f"Ящик массой {m} кг тянут по горизонтальной поверхности горизонтальной силой {dec(F)} Н. "
                    f"Коэффициент трения между ящиком и поверхностью {dec(mu)}. Найдите ускорение ящика (g = 10 м/с²)."),
                  oc,
                  L(f"Үйкеліс күші Fүйк = μmg = {dec(mu)}·{m}·10 = {dec(mu * m * 10)} Н. Ньютонның II заңы: "
                    f"a = (F − Fүйк)/m = ({dec(F)} − {dec(mu * m * 10)})/{m} = {a} м/с².",
                    f"Сила трения Fтр = μmg = {dec(mu)}·{m}·10 = {dec(mu * m * 10)} Н. По второму закону Ньютона "
                    f"a = (F − Fтр)/m = ({dec(F)} − {dec(mu * m * 10)})/{m} = {a} м/с²."))


def t_dyn_elevator(rng):
    m = pick(rng, [50, 60, 70, 80])
    a = pick(rng, [Fr(1, 2), 1, 2])
    up = rng.random() < 0.5
    g = Fr(98, 10)
    P = m * (g + a) if up else m * (g - a)
    oc = numopts(rng, P, [m * g, m * (g - a) if up else m * (g + a), m * a, m * (10 + a) if up else m * (10 - a)], "Н")
    kk_dir = "жоғары қарай" if up else "төмен қарай"
    ru_dir = "вверх" if up else "вниз"
    sign = "+" if up else "−"
    return single(PT + "dynamics", 3, S(9, "Дененің салмағы. Асқын салмақ және салмақсыздық",
                                        "Вес тела. Перегрузка и невесомость"),
                  L(f"Массасы {m} кг адам лифтте тұр. Лифт {kk_dir} {dec(a)} м/с² үдеумен қозғала бастады. "
                    f"Адамның салмағы неге тең (g = 9,8 м/с²)?",
                    f"Человек массой {m} кг стоит в лифте. Лифт начинает двигаться {ru_dir} с ускорением {dec(a)} м/с². "
                    f"Чему равен вес человека (g = 9,8 м/с²)?"),
                  oc,
                  L(f"Үдеу {kk_dir} бағытталған, сондықтан P = m(g {sign} a) = {m}·(9,8 {sign} {dec(a)}) = {dec(P)} Н.",
                    f"Ускорение направлено {ru_dir}, поэтому P = m(g {sign} a) = {m}·(9,8 {sign} {dec(a)}) = {dec(P)} Н."))


def t_dyn_hooke(rng):
    F = pick(rng, [2, 3, 4, 5, 6, 10])
    x = pick(rng, [2, 4, 5, 8])
    k = Fr(F * 100, x)
    oc = numopts(rng, k, [Fr(F, x), Fr(F * x, 100), F * x, Fr(F * 10, x)], "Н/м")
    return single(PT + "dynamics", 1, S(7, "Серпімділік күші. Гук заңы", "Сила упругости. Закон Гука"),
                  L(f"{F} Н күштің әсерінен серіппе {x} см-ге созылды. Серіппенің қатаңдығын табыңыз.",
                    f"Под действием силы {F} Н пружина растянулась на {x} см. Найдите жёсткость пружины."),
                  oc,
                  L(f"Гук заңы: F = kx, мұндағы x = {x} см = {dec(Fr(x, 100))} м. k = F/x = {F}/{dec(Fr(x, 100))} = {dec(k)} Н/м.",
                    f"Закон Гука: F = kx, где x = {x} см = {dec(Fr(x, 100))} м. k = F/x = {F}/{dec(Fr(x, 100))} = {dec(k)} Н/м."))


def t_dyn_gravity_scale(rng):
    a = pick(rng, [2, 3, 4])
    b = pick(rng, [2, 3])
    F = pick(rng, [36, 72, 144, 180])
    Fn = Fr(F * a, b * b)
    oc = numopts(rng, Fn, [Fr(F * a, b), F * a * b * b, Fr(F, b * b), Fr(F * a * a, b * b)], "Н")
    return single(PT + "dynamics", 3, S(9, "Бүкіләлемдік тартылыс заңы", "Закон всемирного тяготения"),
                  L(f"Екі дененің гравитациялық тартылыс күші {F} Н. Денелердің біреуінің массасын {a} есе арттырып, "
                    f"олардың ара қашықтығын {b} есе арттырса, тартылыс күші неге тең болады?",
                    f"Сила гравитационного притяжения двух тел равна {F} Н. Какой станет эта сила, если массу одного "
                    f"из тел увеличить в {a} {ru_raz(a)}, а расстояние между телами увеличить в {b} {ru_raz(b)}?"),
                  oc,
                  L(f"F = Gm₁m₂/r²: күш массаға тура, қашықтықтың квадратына кері пропорционал. "
                    f"F' = {F}·{a}/{b}² = {dec(Fn)} Н.",
                    f"F = Gm₁m₂/r²: сила прямо пропорциональна массе и обратно пропорциональна квадрату расстояния. "
                    f"F' = {F}·{a}/{b}² = {dec(Fn)} Н."))


def t_dyn_friction(rng):
    m = pick(rng, [2, 3, 4, 5, 8])
    mu = pick(rng, [Fr(2, 10), Fr(1, 4), Fr(4, 10), Fr(1, 2)])
    Ff = mu * m * 10
    oc = numopts(rng, Ff, [mu * m, m * 10, m * 10 / mu, mu * m * Fr(98, 10)], "Н")
    return single(PT + "dynamics", 1, S(7, "Үйкеліс күші", "Сила трения"),
                  L(f"Массасы {m} кг білеуше горизонталь бет бойымен сырғанайды. Үйкеліс коэффициенті {dec(mu)}. "
                    f"Сырғанау үйкеліс күшін табыңыз (g = 10 м/с²).",
                    f"Брусок массой {m} кг скользит по горизонтальной поверхности. Коэффициент трения {dec(mu)}. "
                    f"Найдите силу трения скольжения (g = 10 м/с²)."),
                  oc,
                  L(f"Горизонталь бетте N = mg, сондықтан Fүйк = μmg = {dec(mu)}·{m}·10 = {dec(Ff)} Н.",
                    f"На горизонтальной поверхности N = mg, поэтому Fтр = μmg = {dec(mu)}·{m}·10 = {dec(Ff)} Н."))


def t_dyn_tension(rng):
    m1 = pick(rng, [1, 2, 3])
    m2 = pick(rng, [2, 3, 4, 5])
    k = pick(rng, [2, 3, 4])
    F = (m1 + m2) * k
    T = Fr(F * m2, m1 + m2)
    oc = numopts(rng, T, [F, Fr(F * m1, m1 + m2), Fr(F, 2), Fr(F * m2, m1)], "Н")
    return single(PT + "dynamics", 5, S(10, "Байланысқан денелер жүйесінің қозғалысы",
                                         "Движение системы связанных тел"),
                  L(f"Тегіс горизонталь үстелде массалары m₁ = {m1} кг және m₂ = {m2} кг екі білеуше жіппен "
                    f"байланған. Бірінші білеушені {F} Н горизонталь күшпен тартады, ал екіншісі оның артынан жіппен "
                    f"сүйретіледі. Үйкелісті ескермей, жіптің керілу күшін табыңыз.",
                    f"На гладком горизонтальном столе лежат два бруска массами m₁ = {m1} кг и m₂ = {m2} кг, связанные "
                    f"нитью. Первый брусок тянут горизонтальной силой {F} Н, второй тянется за ним на нити. "
                    f"Пренебрегая трением, найдите силу натяжения нити."),
                  oc,
                  L(f"Жүйенің үдеуі a = F/(m₁ + m₂) = {F}/{m1 + m2} = {k} м/с². Жіп тек екінші білеушені үдетеді: "
                    f"T = m₂a = {m2}·{k} = {dec(T)} Н.",
                    f"Ускорение системы a = F/(m₁ + m₂) = {F}/{m1 + m2} = {k} м/с². Нить разгоняет только второй "
                    f"брусок: T = m₂a = {m2}·{k} = {dec(T)} Н."))


# ------------------------------------------------------------------------------- work, energy, power
def t_en_kinetic(rng):
    m = pick(rng, [800, 1000, 1200, 1500, 2000])
    v = pick(rng, [36, 54, 72])
    vm = Fr(v, 36) * 10
    E = m * vm * vm / 2 / 1000
    oc = numopts(rng, E, [m * vm * vm / 1000, Fr(m * v * v, 2000), m * vm / 1000, m * vm / 2000], "кДж")
    return single(PT + "work_energy", 3, S(9, "Кинетикалық энергия", "Кинетическая энергия"),
                  L(f"Массасы {m} кг автомобиль {v} км/сағ жылдамдықпен қозғалып келеді. Оның кинетикалық энергиясы неге тең?",
                    f"Автомобиль массой {m} кг движется со скоростью {v} км/ч. Чему равна его кинетическая энергия?"),
                  oc,
                  L(f"v = {v} км/сағ = {dec(vm)} м/с. Eк = mv²/2 = {m}·{dec(vm)}²/2 = {dec(E * 1000)} Дж = {dec(E)} кДж.",
                    f"v = {v} км/ч = {dec(vm)} м/с. Eк = mv²/2 = {m}·{dec(vm)}²/2 = {dec(E * 1000)} Дж = {dec(E)} кДж."))


def t_en_fall_speed(rng):
    h, v = pick(rng, [(Fr(5, 4), 5), (Fr(16, 5), 8), (5, 10), (Fr(36, 5), 12), (20, 20), (45, 30)])
    h = Fr(h)
    oc = numopts(rng, v, [2 * 10 * h, 10 * h, Fr(v, 2), 2 * v], "м/с")
    return single(PT + "work_energy", 2, S(9, "Механикалық энергияның сақталу заңы",
                                           "Закон сохранения механической энергии"),
                  L(f"Дене {dec(h)} м биіктіктен бастапқы жылдамдықсыз құлайды. Энергияның сақталу заңын пайдаланып, "
                    f"дененің жерге соғылар сәттегі жылдамдығын табыңыз (g = 10 м/с², ауаның кедергісі ескерілмейді).",
                    f"Тело падает без начальной скорости с высоты {dec(h)} м. Используя закон сохранения энергии, "
                    f"найдите скорость тела в момент удара о землю (g = 10 м/с², сопротивлением воздуха пренебречь)."),
                  oc,
                  L(f"mgh = mv²/2, сондықтан v = √(2gh) = √(2·10·{dec(h)}) = √{dec(20 * h)} = {v} м/с.",
                    f"mgh = mv²/2, поэтому v = √(2gh) = √(2·10·{dec(h)}) = √{dec(20 * h)} = {v} м/с."))


def t_en_power(rng):
    m = pick(rng, [200, 300, 500, 1000])
    h = pick(rng, [10, 12, 15, 20])
    t = pick(rng, [10, 20, 25, 40, 50])
    P = Fr(m * 10 * h, t) / 1000
    oc = numopts(rng, P, [Fr(m * h, t) / 1000, Fr(m * 10 * h, 2 * t) / 1000, Fr(m * 10 * t, h) / 1000,
                          Fr(m * 10 * h) / 1000], "кВт")
    return single(PT + "work_energy", 2, S(7, "Қуат", "Мощность"),
                  L(f"Кран массасы {m} кг жүкті {t} с ішінде {h} м биіктікке бірқалыпты көтерді. Кранның пайдалы "
                    f"қуатын табыңыз (g = 10 м/с²).",
                    f"Подъёмный кран равномерно поднял груз массой {m} кг на высоту {h} м за {t} с. Найдите "
                    f"полезную мощность крана (g = 10 м/с²)."),
                  oc,
                  L(f"Пайдалы жұмыс A = mgh = {m}·10·{h} = {m * 10 * h} Дж. Қуат P = A/t = {m * 10 * h}/{t} = "
                    f"{dec(P * 1000)} Вт = {dec(P)} кВт.",
                    f"Полезная работа A = mgh = {m}·10·{h} = {m * 10 * h} Дж. Мощность P = A/t = {m * 10 * h}/{t} = "
                    f"{dec(P * 1000)} Вт = {dec(P)} кВт."))


def t_en_incline_eff(rng):
    m = pick(rng, [10, 20, 30, 40])
    h = pick(rng, [1, Fr(3, 2), 2])
    l = pick(rng, [4, 5, 6, 8])
    eta = pick(rng, [Fr(1, 2), Fr(3, 5), Fr(3, 4), Fr(4, 5)])
    F = m * 10 * h / (eta * l)
    try:
        dec(F, 1)
    except Retry:
        raise Retry()
    key = eta * 100
    oc = numopts(rng, key, [Fr(m * h, F * l) * 100, 100 - key, Fr(m * 10 * h, F * (l + h)) * 100,
                            F * l / (m * 10 * h) * 100], "%", fmt=lambda x: dec(x, 1))
    return single(PT + "work_energy", 3, S(7, "Қарапайым механизмдер. Пайдалы әрекет коэффициенті",
                                           "Простые механизмы. Коэффициент полезного действия"),
                  L(f"Массасы {m} кг жүкті ұзындығы {l} м, биіктігі {dec(h)} м көлбеу жазықтық бойымен жоғары "
                    f"бірқалыпты сүйреп шығарғанда, жазықтыққа параллель {dec(F)} Н күш түсірілді. Көлбеу "
                    f"жазықтықтың ПӘК-ін табыңыз (g = 10 м/с²).",
                    f"Груз массой {m} кг равномерно втащили вверх по наклонной плоскости длиной {l} м и высотой "
                    f"{dec(h)} м, прикладывая силу {dec(F)} Н вдоль плоскости. Найдите КПД наклонной плоскости "
                    f"(g = 10 м/с²)."),
                  oc,
                  L(f"Пайдалы жұмыс Aп = mgh = {m}·10·{dec(h)} = {dec(m * 10 * h)} Дж, толық жұмыс Aт = Fl = "
                    f"{dec(F)}·{l} = {dec(F * l)} Дж. η = Aп/Aт·100 % = {dec(key)} %.",
                    f"Полезная работа Aп = mgh = {m}·10·{dec(h)} = {dec(m * 10 * h)} Дж, полная работа Aз = Fl = "
                    f"{dec(F)}·{l} = {dec(F * l)} Дж. η = Aп/Aз·100 % = {dec(key)} %."))


def t_en_spring(rng):
    k = pick(rng, [100, 200, 400, 500, 800])
    x = pick(rng, [2, 4, 5, 10])
    xm = Fr(x, 100)
    E = k * xm * xm / 2
    oc = numopts(rng, E, [k * xm * xm, k * xm / 2, Fr(k * x * x, 2), k * xm], "Дж")
    return single(PT + "work_energy", 2, S(9, "Серпімді деформацияланған дененің потенциалдық энергиясы",
                                           "Потенциальная энергия упруго деформированного тела"),
                  L(f"Қатаңдығы {k} Н/м серіппе {x} см-ге созылған. Серіппенің потенциалдық энергиясын табыңыз.",
                    f"Пружина жёсткостью {k} Н/м растянута на {x} см. Найдите потенциальную энергию пружины."),
                  oc,
                  L(f"x = {x} см = {dec(xm)} м. Eп = kx²/2 = {k}·{dec(xm)}²/2 = {dec(E)} Дж.",
                    f"x = {x} см = {dec(xm)} м. Eп = kx²/2 = {k}·{dec(xm)}²/2 = {dec(E)} Дж."))


def t_en_gas_work(rng):
    p = pick(rng, [100, 150, 200, 300, 400])
    V1 = pick(rng, [2, 3, 4, 5])
    dV = pick(rng, [2, 3, 5, 6])
    V2 = V1 + dV
    A = Fr(p * dV)  # kPa·L = J
    oc = numopts(rng, A, [p * V2, p * (V1 + V2), A * 1000, A / 1000], "Дж", fmt=lambda x: dec(x, 3))
    return single(PT + "thermodynamics", 3, S(10, "Термодинамикадағы жұмыс", "Работа в термодинамике"),
                  L(f"Газ {p} кПа тұрақты қысымда ұлғайып, оның көлемі {V1} л-ден {V2} л-ге дейін артты. "
                    f"Газдың атқарған жұмысын табыңыз.",
                    f"Газ расширился при постоянном давлении {p} кПа, и его объём увеличился от {V1} л до {V2} л. "
                    f"Найдите работу, совершённую газом."),
                  oc,
                  L(f"Изобаралық процесте A = pΔV = {p}·10³ Па · ({V2} − {V1})·10⁻³ м³ = {dec(A)} Дж.",
                    f"В изобарном процессе A = pΔV = {p}·10³ Па · ({V2} − {V1})·10⁻³ м³ = {dec(A)} Дж."))


# ------------------------------------------------------------------------------- momentum
def t_mom_inelastic(rng):
    m1 = pick(rng, [1, 2, 3, 4, 6])
    m2 = pick(rng, [1, 2, 3, 4])
    v1 = pick(rng, [2, 3, 4, 5, 6])
    opp = rng.random() < 0.5
    v2 = pick(rng, [1, 2]) if opp else 0
    p = m1 * v1 - m2 * v2
    if p <= 0:
        raise Retry()
    u = Fr(p, m1 + m2)
    try:
        dec(u, 2)
    except Retry:
        raise Retry()
    wr = [Fr(m1 * v1 + m2 * v2, m1 + m2), Fr(m1 * v1, m2), Fr(v1, 2), Fr(m1 * v1, m1 + m2) if opp else Fr(m2 * v1, m1 + m2)]
    oc = numopts(rng, u, wr, "м/с")
    src = S(9, "Импульстің сақталу заңы. Серпімсіз соқтығысу", "Закон сохранения импульса. Неупругий удар")
    if opp:
        stem = L(f"Массасы {m1} кг арба {v1} м/с жылдамдықпен қозғалып, оған қарама-қарсы {v2} м/с жылдамдықпен "
                 f"келе жатқан массасы {m2} кг арбамен соқтығысып, онымен ілінісіп қалды. Соқтығысудан кейінгі "
                 f"арбалар жылдамдығының модулін табыңыз.",
                 f"Тележка массой {m1} кг, движущаяся со скоростью {v1} м/с, сталкивается с тележкой массой {m2} кг, "
                 f"движущейся навстречу со скоростью {v2} м/с, и сцепляется с ней. Найдите модуль скорости тележек "
                 f"после столкновения.")
        ex = L(f"Импульстің сақталу заңы (бірінші арбаның бағыты оң): {m1}·{v1} − {m2}·{v2} = ({m1} + {m2})u, "
               f"u = {p}/{m1 + m2} = {dec(u)} м/с.",
               f"Закон сохранения импульса (направление первой тележки положительно): {m1}·{v1} − {m2}·{v2} = "
               f"({m1} + {m2})u, u = {p}/{m1 + m2} = {dec(u)} м/с.")
    else:
        stem = L(f"Массасы {m1} кг арба {v1} м/с жылдамдықпен қозғалып, тыныштықта тұрған массасы {m2} кг арбаға "
                 f"соғылып, онымен ілінісіп қалды. Соқтығысудан кейінгі арбалардың жылдамдығын табыңыз.",
                 f"Тележка массой {m1} кг, движущаяся со скоростью {v1} м/с, сталкивается с покоящейся тележкой "
                 f"массой {m2} кг и сцепляется с ней. Найдите скорость тележек после столкновения.")
        ex = L(f"Импульстің сақталу заңы: m₁v₁ = (m₁ + m₂)u, u = {m1}·{v1}/{m1 + m2} = {dec(u)} м/с.",
               f"Закон сохранения импульса: m₁v₁ = (m₁ + m₂)u, u = {m1}·{v1}/{m1 + m2} = {dec(u)} м/с.")
    return single(PT + "momentum", 4, src, stem, oc, ex)


def t_mom_wall(rng):
    m = pick(rng, [100, 200, 400, 500])
    v = pick(rng, [5, 10, 20])
    dt = pick(rng, [Fr(1, 100), Fr(2, 100), Fr(5, 100), Fr(1, 10)])
    mk = Fr(m, 1000)
    F = 2 * mk * v / dt
    oc = numopts(rng, F, [mk * v / dt, 2 * m * v / dt, 2 * mk * v * dt, mk * v / (2 * dt)], "Н")
    return single(PT + "momentum", 4, S(9, "Дене импульсі. Күш импульсі", "Импульс тела. Импульс силы"),
                  L(f"Массасы {m} г доп қабырғаға перпендикуляр {v} м/с жылдамдықпен ұшып келіп, серпімді соғылып, "
                    f"модулі дәл сондай жылдамдықпен кері ұшты. Соққы {dec(dt)} с созылды. Доптың қабырғаға "
                    f"әсер ететін орташа күшін табыңыз.",
                    f"Мяч массой {m} г подлетает к стене перпендикулярно ей со скоростью {v} м/с и упруго отскакивает "
                    f"с такой же по модулю скоростью. Удар длился {dec(dt)} с. Найдите среднюю силу, с которой мяч "
                    f"действует на стену."),
                  oc,
                  L(f"Жылдамдық бағыты қарама-қарсыға өзгереді: Δp = 2mv = 2·{dec(mk)}·{v} = {dec(2 * mk * v)} кг·м/с. "
                    f"F = Δp/Δt = {dec(2 * mk * v)}/{dec(dt)} = {dec(F)} Н.",
                    f"Скорость меняет направление на противоположное: Δp = 2mv = 2·{dec(mk)}·{v} = {dec(2 * mk * v)} кг·м/с. "
                    f"F = Δp/Δt = {dec(2 * mk * v)}/{dec(dt)} = {dec(F)} Н."))


def t_mom_recoil(rng):
    mb = pick(rng, [8, 9, 10, 12])
    vb = pick(rng, [500, 600, 700, 800])
    M = pick(rng, [3, 4, 5, 6])
    u = Fr(mb * vb, 1000 * M)
    oc = numopts(rng, u, [Fr(mb * vb, M), Fr(mb * vb, 1000) * M, Fr(M * 1000, mb * vb), u * 2], "м/с")
    return single(PT + "momentum", 3, S(9, "Реактивті қозғалыс. Импульстің сақталу заңы",
                                        "Реактивное движение. Закон сохранения импульса"),
                  L(f"Массасы {M} кг мылтықтан массасы {mb} г оқ {vb} м/с жылдамдықпен ұшып шықты. Мылтықтың "
                    f"кері серпілу жылдамдығын табыңыз.",
                    f"Из ружья массой {M} кг вылетает пуля массой {mb} г со скоростью {vb} м/с. Найдите скорость "
                    f"отдачи ружья."),
                  oc,
                  L(f"Атылғанға дейін жүйенің импульсі нөл: Mu = mv. m = {mb} г = {dec(Fr(mb, 1000))} кг, "
                    f"u = {dec(Fr(mb, 1000))}·{vb}/{M} = {dec(u)} м/с.",
                    f"До выстрела импульс системы равен нулю: Mu = mv. m = {mb} г = {dec(Fr(mb, 1000))} кг, "
                    f"u = {dec(Fr(mb, 1000))}·{vb}/{M} = {dec(u)} м/с."))


# ------------------------------------------------------------------------------- statics, pressure
LIQ = {
    "water": (1000, "су", "судың", "суға", "вода", "воды", "воду"),
    "kerosene": (800, "керосин", "керосиннің", "керосинге", "керосин", "керосина", "керосин"),
    "alcohol": (800, "спирт", "спирттің", "спиртке", "спирт", "спирта", "спирт"),
    "glycerin": (1260, "глицерин", "глицериннің", "глицеринге", "глицерин", "глицерина", "глицерин"),
    "mercury": (13600, "сынап", "сынаптың", "сынапқа", "ртуть", "ртути", "ртуть"),
    "oil": (900, "машина майы", "машина майының", "машина майына", "машинное масло", "машинного масла",
            "машинное масло"),
}


def t_st_liquid_pressure(rng):
    name = pick(rng, ["water", "kerosene", "mercury", "oil", "glycerin"])
    rho, _, kgen, _, _, rgen, _ = LIQ[name]
    h = pick(rng, [5, 10, 20, 25, 40, 50]) if name != "mercury" else pick(rng, [2, 5, 10])
    p = rho * 10 * Fr(h, 100)
    oc = numopts(rng, p, [rho * 10 * h, rho * Fr(h, 100), 1000 * 10 * Fr(h, 100) if rho != 1000 else p * 2,
                          p * 10], "Па")
    return single(PT + "statics_pressure", 2, S(7, "Сұйық қысымы", "Давление жидкости"),
                  L(f"Ыдыстағы {kgen} (ρ = {dec(rho)} кг/м³) {h} см тереңдіктегі гидростатикалық қысымын табыңыз "
                    f"(g = 10 м/с²).",
                    f"Найдите гидростатическое давление {rgen} (ρ = {dec(rho)} кг/м³) в сосуде на глубине {h} см "
                    f"(g = 10 м/с²)."),
                  oc,
                  L(f"h = {h} см = {dec(Fr(h, 100))} м. p = ρgh = {dec(rho)}·10·{dec(Fr(h, 100))} = {dec(p)} Па.",
                    f"h = {h} см = {dec(Fr(h, 100))} м. p = ρgh = {dec(rho)}·10·{dec(Fr(h, 100))} = {dec(p)} Па."))


def t_st_archimedes(rng):
    name = pick(rng, ["water", "kerosene", "alcohol", "glycerin"])
    rho, _, _, kdat, _, _, racc = LIQ[name]
    V = pick(rng, [100, 200, 250, 400, 500])
    Vm = Fr(V, 10 ** 6)
    F = rho * 10 * Vm
    oc = numopts(rng, F, [rho * Vm, rho * 10 * Fr(V, 1000), 1000 * 10 * Vm if rho != 1000 else F / 2, F * 2], "Н")
    return single(PT + "statics_pressure", 3, S(7, "Архимед күші", "Сила Архимеда"),
                  L(f"Көлемі {V} см³ дене {kdat} (ρ = {dec(rho)} кг/м³) толық батырылған. Денеге әсер ететін "
                    f"Архимед күшін табыңыз (g = 10 м/с²).",
                    f"Тело объёмом {V} см³ полностью погружено в {racc} (ρ = {dec(rho)} кг/м³). Найдите "
                    f"архимедову силу, действующую на тело (g = 10 м/с²)."),
                  oc,
                  L(f"V = {V} см³ = {sci(Vm)} м³. Fₐ = ρgV = {dec(rho)}·10·{sci(Vm)} = {dec(F)} Н.",
                    f"V = {V} см³ = {sci(Vm)} м³. Fₐ = ρgV = {dec(rho)}·10·{sci(Vm)} = {dec(F)} Н."))


def t_st_lever(rng):
    F1 = pick(rng, [6, 12, 20, 30, 40])
    l1 = pick(rng, [10, 15, 20, 30])
    l2 = pick(rng, [40, 50, 60, 80])
    F2 = Fr(F1 * l1, l2)
    oc = numopts(rng, F2, [Fr(F1 * l2, l1), F1 - F2 if F1 - F2 > 0 else F1 * 2, Fr(F1 * (l1 + l2), l2), Fr(F1 * l1, l1 + l2)],
                 "Н", fmt=lambda x: dec(x, 2))
    return single(PT + "statics_pressure", 2, S(7, "Рычагтың тепе-теңдік шарты", "Условие равновесия рычага"),
                  L(f"Рычагтың ұзындығы {l1} см иініне {F1} Н күш әсер етеді. Рычаг тепе-теңдікте болуы үшін "
                    f"ұзындығы {l2} см екінші иінге қандай күш түсіру керек? Рычагтың массасы ескерілмейді.",
                    f"На плечо рычага длиной {l1} см действует сила {F1} Н. Какую силу нужно приложить к другому "
                    f"плечу длиной {l2} см, чтобы рычаг находился в равновесии? Массой рычага пренебречь."),
                  oc,
                  L(f"Моменттер ережесі: F₁l₁ = F₂l₂, F₂ = {F1}·{l1}/{l2} = {dec(F2)} Н.",
                    f"Правило моментов: F₁l₁ = F₂l₂, F₂ = {F1}·{l1}/{l2} = {dec(F2)} Н."))


def t_st_solid_pressure(rng):
    m = pick(rng, [16, 20, 24, 40])
    Sc = pick(rng, [4, 5, 8, 10])
    Fg = m * 10
    Sm = Fr(4 * Sc, 10000)
    p = Fg / Sm / 1000
    oc = numopts(rng, p, [Fg / Fr(Sc, 10000) / 1000, Fr(Fg, 4 * Sc) / 1000, m / Sm / 1000, Fr(Fg, 4 * Sc)], "кПа",
                 fmt=lambda x: dec(x, 3))
    return single(PT + "statics_pressure", 3, S(7, "Қатты дененің қысымы", "Давление твёрдого тела"),
                  L(f"Массасы {m} кг үстелдің төрт аяғы бар, әр аяғының еденмен жанасу ауданы {Sc} см². Үстелдің "
                    f"еденге түсіретін қысымы неге тең (g = 10 м/с²)?",
                    f"Стол массой {m} кг стоит на четырёх ножках, площадь опоры каждой ножки {Sc} см². Какое "
                    f"давление оказывает стол на пол (g = 10 м/с²)?"),
                  oc,
                  L(f"F = mg = {Fg} Н, тірек ауданы S = 4·{Sc} см² = {sci(Sm)} м². p = F/S = {dec(p * 1000)} Па = "
                    f"{dec(p)} кПа.",
                    f"F = mg = {Fg} Н, площадь опоры S = 4·{Sc} см² = {sci(Sm)} м². p = F/S = {dec(p * 1000)} Па = "
                    f"{dec(p)} кПа."))


def t_st_hydraulic(rng):
    S1 = pick(rng, [2, 4, 5, 10])
    r = pick(rng, [20, 40, 50, 100])
    S2 = S1 * r
    F1 = pick(rng, [50, 100, 150, 200])
    F2 = F1 * r
    oc = numopts(rng, F2, [Fr(F1, r), F1 * r * r, F1 * (r - 1), F1 + S2], "Н")
    return single(PT + "statics_pressure", 2, S(7, "Паскаль заңы. Гидравликалық пресс",
                                                "Закон Паскаля. Гидравлический пресс"),
                  L(f"Гидравликалық престің кіші поршенінің ауданы {S1} см², үлкен поршенінікі {S2} см². Кіші "
                    f"поршеньге {F1} Н күш түсірілсе, үлкен поршень қандай күшпен әсер етеді?",
                    f"Площадь малого поршня гидравлического пресса {S1} см², большого — {S2} см². С какой силой "
                    f"действует большой поршень, если к малому приложена сила {F1} Н?"),
                  oc,
                  L(f"Паскаль заңы бойынша қысымдар тең: F₁/S₁ = F₂/S₂. F₂ = F₁·S₂/S₁ = {F1}·{S2}/{S1} = {dec(F2)} Н.",
                    f"По закону Паскаля давления равны: F₁/S₁ = F₂/S₂. F₂ = F₁·S₂/S₁ = {F1}·{S2}/{S1} = {dec(F2)} Н."))


# ------------------------------------------------------------------------------- molecular physics
GASES = {
    "O2": (32, "оттекте", "оттектің", "кислород (O₂)", "кислорода"),
    "N2": (28, "азотта", "азоттың", "азот (N₂)", "азота"),
    "He": (4, "гелийде", "гелийдің", "гелий (He)", "гелия"),
    "H2O": (18, "суда", "судың", "вода (H₂O)", "воды"),
    "CO2": (44, "көмірқышқыл газында", "көмірқышқыл газының", "углекислый газ (CO₂)", "углекислого газа"),
}


def t_mol_amount(rng):
    g = pick(rng, list(GASES))
    M, _, kgen, _, rgen = GASES[g]
    nu = pick(rng, [Fr(1, 2), 2, 3, 4, 5])
    m = M * nu
    oc = numopts(rng, nu, [Fr(M, m), m * M, m / M / 1000, m / M * 2], "моль", fmt=lambda x: dec(x, 3))
    formula = {"O2": "O₂", "N2": "N₂", "He": "He", "H2O": "H₂O", "CO2": "CO₂"}[g]
    return single(PT + "molecular", 1, S(10, "Зат мөлшері. Молярлық масса", "Количество вещества. Молярная масса"),
                  L(f"Массасы {dec(m)} г {kgen} ({formula}, M = {M} г/моль) зат мөлшерін табыңыз.",
                    f"Найдите количество вещества в {dec(m)} г {rgen} ({formula}, M = {M} г/моль)."),
                  oc,
                  L(f"ν = m/M = {dec(m)} г / {M} г/моль = {dec(nu)} моль.",
                    f"ν = m/M = {dec(m)} г / {M} г/моль = {dec(nu)} моль."))


def t_mol_molecules(rng):
    g = pick(rng, list(GASES))
    M, kloc, _, _, rgen = GASES[g]
    nu = pick(rng, [Fr(1, 2), Fr(1, 4), 2, 3, 5])
    m = M * nu
    N = nu * 6 * 10 ** 23
    formula = {"O2": "O₂", "N2": "N₂", "He": "He", "H2O": "H₂O", "CO2": "CO₂"}[g]
    oc = numopts(rng, N, [m * 6 * 10 ** 23, Fr(M, m) * 6 * 10 ** 23, N * 10, N / 10],
                 "", fmt=sci)
    return single(PT + "molecular", 2, S(10, "Авогадро тұрақтысы. Молекулалар саны",
                                         "Постоянная Авогадро. Число молекул"),
                  L(f"Массасы {dec(m)} г {kloc} ({formula}, M = {M} г/моль) қанша молекула бар? "
                    f"Nₐ = 6·10²³ моль⁻¹ деп алыңыз.",
                    f"Сколько молекул содержится в {dec(m)} г {rgen} ({formula}, M = {M} г/моль)? "
                    f"Примите Nₐ = 6·10²³ моль⁻¹."),
                  oc,
                  L(f"ν = m/M = {dec(m)}/{M} = {dec(nu)} моль; N = νNₐ = {dec(nu)}·6·10²³ = {sci(N)}.",
                    f"ν = m/M = {dec(m)}/{M} = {dec(nu)} моль; N = νNₐ = {dec(nu)}·6·10²³ = {sci(N)}."))


def t_mol_isothermal(rng):
    p1 = pick(rng, [100, 120, 150, 200, 300])
    V1, V2 = pick(rng, [(6, 2), (8, 4), (10, 4), (12, 3), (3, 6), (4, 10), (5, 2)])
    p2 = Fr(p1 * V1, V2)
    try:
        dec(p2, 1)
    except Retry:
        raise Retry()
    oc = numopts(rng, p2, [Fr(p1 * V2, V1), p1, p1 + (V1 - V2) * 10, p1 * abs(V1 - V2)], "кПа")
    kk_act, ru_act = ("сығылды", "сжали") if V2 < V1 else ("ұлғайды", "расширился")
    kk_s = (f"Газ изотермиялық түрде {V1} л көлемнен {V2} л көлемге дейін {kk_act}. Бастапқы қысымы {p1} кПа "
            f"болса, соңғы қысымы қандай?")
    ru_s = (f"Газ изотермически сжали от объёма {V1} л до {V2} л. Начальное давление газа {p1} кПа. Каким стало давление?"
            if V2 < V1 else
            f"Газ изотермически расширился от объёма {V1} л до {V2} л. Начальное давление газа {p1} кПа. "
            f"Каким стало давление?")
    return single(PT + "molecular", 2, S(10, "Изотермиялық процесс (Бойль–Мариотт заңы)",
                                         "Изотермический процесс (закон Бойля–Мариотта)"),
                  L(kk_s, ru_s), oc,
                  L(f"T = const болғанда p₁V₁ = p₂V₂: p₂ = {p1}·{V1}/{V2} = {dec(p2)} кПа.",
                    f"При T = const p₁V₁ = p₂V₂: p₂ = {p1}·{V1}/{V2} = {dec(p2)} кПа."))


def t_mol_isobaric(rng):
    t1 = 27
    t2 = pick(rng, [54, 81, 108, 135])
    V1 = pick(rng, [3, 6, 9, 12])
    T1, T2 = t1 + 273, t2 + 273
    V2 = Fr(V1 * T2, T1)
    oc = numopts(rng, V2, [Fr(V1 * t2, t1), Fr(V1 * T1, T2), V1 + Fr(V1 * (t2 - t1), 273), V2 * 2], "л",
                 fmt=lambda x: dec(x, 2))
    return single(PT + "molecular", 4, S(10, "Изобаралық процесс (Гей-Люссак заңы)",
                                         "Изобарный процесс (закон Гей-Люссака)"),
                  L(f"Температурасы {t1} °C газдың көлемі {V1} л. Газды тұрақты қысымда {t2} °C температураға дейін "
                    f"қыздырса, оның көлемі қандай болады?",
                    f"Объём газа при температуре {t1} °C равен {V1} л. Каким станет объём газа, если нагреть его при "
                    f"постоянном давлении до {t2} °C?"),
                  oc,
                  L(f"Абсолют температураға көшеміз: T₁ = {T1} К, T₂ = {T2} К. p = const: V₁/T₁ = V₂/T₂, "
                    f"V₂ = {V1}·{T2}/{T1} = {dec(V2)} л.",
                    f"Переходим к абсолютной температуре: T₁ = {T1} К, T₂ = {T2} К. p = const: V₁/T₁ = V₂/T₂, "
                    f"V₂ = {V1}·{T2}/{T1} = {dec(V2)} л."))


def t_mol_clapeyron(rng):
    nu = pick(rng, [1, 2, 3, 4])
    t = pick(rng, [27, 127, 227])
    T = t + 273
    p = nu * T  # kPa, because V = 8,31 л
    oc = numopts(rng, p, [nu * t, Fr(nu * T, 1000), Fr(nu * T * 831, 100000), nu * T * 2], "кПа",
                 fmt=lambda x: dec(x, 3))
    return single(PT + "molecular", 4, S(10, "Идеал газ күйінің теңдеуі", "Уравнение состояния идеального газа"),
                  L(f"Көлемі 8,31 л ыдыста {t} °C температурада {nu} моль идеал газ бар. Газдың қысымын табыңыз "
                    f"(R = 8,31 Дж/(моль·К)).",
                    f"В сосуде объёмом 8,31 л находится {nu} моль идеального газа при температуре {t} °C. Найдите "
                    f"давление газа (R = 8,31 Дж/(моль·К))."),
                  oc,
                  L(f"T = {t} + 273 = {T} К, V = 8,31·10⁻³ м³. p = νRT/V = {nu}·8,31·{T}/(8,31·10⁻³) = "
                    f"{dec(p * 1000)} Па = {dec(p)} кПа.",
                    f"T = {t} + 273 = {T} К, V = 8,31·10⁻³ м³. p = νRT/V = {nu}·8,31·{T}/(8,31·10⁻³) = "
                    f"{dec(p * 1000)} Па = {dec(p)} кПа."))


# ------------------------------------------------------------------------------- thermodynamics
def t_th_heat(rng):
    m = pick(rng, [200, 250, 400, 500, 800])
    t1 = pick(rng, [10, 15, 20, 25])
    t2 = pick(rng, [40, 50, 60, 80, 100])
    mk = Fr(m, 1000)
    Q = 4200 * mk * (t2 - t1) / 1000
    oc = numopts(rng, Q, [4200 * m * (t2 - t1) / 1000, 4200 * mk * t2 / 1000, 4200 * mk * (t2 + t1) / 1000,
                          Fr(4200 * (t2 - t1), 1000)], "кДж", fmt=lambda x: dec(x, 2))
    return single(PT + "thermodynamics", 2, S(8, "Жылу мөлшері. Меншікті жылу сыйымдылығы",
                                              "Количество теплоты. Удельная теплоёмкость"),
                  L(f"Температурасы {t1} °C массасы {m} г суды {t2} °C температураға дейін қыздыру үшін қанша жылу "
                    f"мөлшері қажет? Судың меншікті жылу сыйымдылығы 4200 Дж/(кг·°C).",
                    f"Какое количество теплоты необходимо, чтобы нагреть {m} г воды от {t1} °C до {t2} °C? "
                    f"Удельная теплоёмкость воды 4200 Дж/(кг·°C)."),
                  oc,
                  L(f"m = {m} г = {dec(mk)} кг. Q = cmΔt = 4200·{dec(mk)}·({t2} − {t1}) = {dec(Q * 1000)} Дж = {dec(Q)} кДж.",
                    f"m = {m} г = {dec(mk)} кг. Q = cmΔt = 4200·{dec(mk)}·({t2} − {t1}) = {dec(Q * 1000)} Дж = {dec(Q)} кДж."))


def t_th_first_law(rng):
    variant = rng.random() < 0.5
    Q = pick(rng, [300, 400, 500, 600, 800])
    A = pick(rng, [100, 200, 300, 500, 700, 900])
    if Q == A:
        raise Retry()
    fmt = lambda x: "ΔU = " + dec(x)
    if variant:
        dU = Q - A
        oc = numopts(rng, dU, [Q + A, A - Q, Q, -Q - A], "Дж", fmt=fmt, allow_neg=True)
        stem = L(f"Газға {Q} Дж жылу мөлшері берілді, ал газ {A} Дж жұмыс атқарды. Газдың ішкі энергиясының "
                 f"өзгерісі ΔU неге тең?",
                 f"Газу передали количество теплоты {Q} Дж, при этом газ совершил работу {A} Дж. Чему равно "
                 f"изменение внутренней энергии газа ΔU?")
        ex = L(f"Термодинамиканың бірінші заңы: Q = ΔU + A, мұндағы A — газдың жұмысы. ΔU = Q − A = {Q} − {A} = "
               f"{dec(dU)} Дж" + (" (ішкі энергия кемиді)." if dU < 0 else " (ішкі энергия артты)."),
               f"Первый закон термодинамики: Q = ΔU + A, где A — работа газа. ΔU = Q − A = {Q} − {A} = {dec(dU)} Дж"
               + (" (внутренняя энергия уменьшилась)." if dU < 0 else " (внутренняя энергия увеличилась)."))
    else:
        dU = A - Q
        oc = numopts(rng, dU, [A + Q, Q - A, A, -A - Q], "Дж", fmt=fmt, allow_neg=True)
        stem = L(f"Газды сыққанда сыртқы күштер {A} Дж жұмыс атқарды, ал газ қоршаған ортаға {Q} Дж жылу берді. "
                 f"Газдың ішкі энергиясының өзгерісі ΔU неге тең?",
                 f"При сжатии газа внешние силы совершили работу {A} Дж, а газ отдал окружающей среде {Q} Дж "
                 f"теплоты. Чему равно изменение внутренней энергии газа ΔU?")
        ex = L(f"ΔU = Q + A′, мұндағы A′ — сыртқы күштердің жұмысы, ал берілген жылу теріс: Q = −{Q} Дж. "
               f"ΔU = −{Q} + {A} = {dec(dU)} Дж.",
               f"ΔU = Q + A′, где A′ — работа внешних сил, а отданная теплота отрицательна: Q = −{Q} Дж. "
               f"ΔU = −{Q} + {A} = {dec(dU)} Дж.")
    return single(PT + "thermodynamics", 3, S(10, "Термодинамиканың бірінші заңы", "Первый закон термодинамики"),
                  stem, oc, ex)


def t_th_carnot(rng):
    T1, T2 = pick(rng, [(500, 300), (600, 300), (400, 300), (800, 300), (800, 400), (500, 400), (1000, 400)])
    t1, t2 = T1 - 273, T2 - 273
    eta = (1 - Fr(T2, T1)) * 100
    cel = round((1 - Fr(t2, t1)) * 100)
    oc = numopts(rng, eta, [cel, Fr(T2, T1) * 100, Fr(T1 - T2, T2) * 100, eta / 2], "%", fmt=lambda x: dec(x, 1))
    return single(PT + "thermodynamics", 4, S(10, "Жылу машиналарының ПӘК-і. Карно циклі",
                                              "КПД тепловых машин. Цикл Карно"),
                  L(f"Идеал жылу машинасы қыздырғышының температурасы {t1} °C, суытқышынікі {t2} °C. Машинаның ПӘК-і "
                    f"неге тең?",
                    f"Температура нагревателя идеальной тепловой машины {t1} °C, холодильника {t2} °C. Чему равен "
                    f"КПД машины?"),
                  oc,
                  L(f"Кельвинге көшеміз: T₁ = {T1} К, T₂ = {T2} К. η = (1 − T₂/T₁)·100 % = (1 − {T2}/{T1})·100 % = "
                    f"{dec(eta)} %.",
                    f"Переходим к кельвинам: T₁ = {T1} К, T₂ = {T2} К. η = (1 − T₂/T₁)·100 % = (1 − {T2}/{T1})·100 % = "
                    f"{dec(eta)} %."))


def t_th_melting(rng):
    m = pick(rng, [Fr(1, 2), 2, 3, 5])
    Q = Fr(34, 100) * m * 1000  # kJ, λ = 3,4·10⁵ Дж/кг
    oc = numopts(rng, Q, [Fr(340, 1) / m, Q / 1000, Q + 4200 * m / 1000 * 10, Q / 10], "кДж",
                 fmt=lambda x: dec(x, 2))
    return single(PT + "thermodynamics", 2, S(8, "Балқу және қатаю. Меншікті балқу жылуы",
                                              "Плавление и отвердевание. Удельная теплота плавления"),
                  L(f"0 °C температурадағы массасы {dec(m)} кг мұзды толық балқыту үшін қанша жылу мөлшері қажет? "
                    f"Мұздың меншікті балқу жылуы 3,4·10⁵ Дж/кг.",
                    f"Какое количество теплоты нужно, чтобы полностью расплавить {dec(m)} кг льда, взятого при 0 °C? "
                    f"Удельная теплота плавления льда 3,4·10⁵ Дж/кг."),
                  oc,
                  L(f"Мұз балқу температурасында тұр, сондықтан тек балқуға жұмсалады: Q = λm = 3,4·10⁵·{dec(m)} = "
                    f"{dec(Q * 1000)} Дж = {dec(Q)} кДж.",
                    f"Лёд уже при температуре плавления, поэтому теплота идёт только на плавление: Q = λm = "
                    f"3,4·10⁵·{dec(m)} = {dec(Q * 1000)} Дж = {dec(Q)} кДж."))


# ------------------------------------------------------------------------------- electrostatics
def t_es_coulomb_scale(rng):
    a, b, c, inc = pick(rng, [(2, 2, 2, True), (3, 1, 3, True), (4, 1, 2, False), (2, 3, 3, True), (2, 2, 4, True),
                              (3, 3, 3, False), (2, 1, 2, False), (4, 2, 2, True)])
    f = Fr(a * b, c * c) if inc else Fr(a * b * c * c)
    wrong_f = [Fr(a * b, c) if inc else Fr(a * b * c), Fr(a * b * c * c) if inc else Fr(a * b, c * c),
               Fr(c * c, a * b) if inc else Fr(1, a * b * c * c), Fr(a + b, c * c) if inc else Fr((a + b) * c * c)]
    seen = {f}
    wrongs = []
    for w in wrong_f + [f * 2, f / 2, f * 4]:
        if w not in seen:
            seen.add(w)
            wrongs.append(times_change(w))
    oc = textopts(rng, times_change(f), wrongs)
    q_kk = f"біреуінің модулін {a} есе" if b == 1 else f"біреуінің модулін {a} есе, екіншісінікін {b} есе"
    q_ru = (f"модуль одного из зарядов увеличить в {a} {ru_raz(a)}" if b == 1 else
            f"модуль одного заряда увеличить в {a} {ru_raz(a)}, другого — в {b} {ru_raz(b)}")
    d_kk = "арттырса" if inc else "кемітсе"
    d_ru = "увеличить" if inc else "уменьшить"
    rel = f"{a}·{b}/{c}²" if inc else f"{a}·{b}·{c}²"
    return single(PT + "electrostatics", 4, S(10, "Кулон заңы", "Закон Кулона"),
                  L(f"Екі нүктелік зарядтың {q_kk} арттырып, ал олардың ара қашықтығын {c} есе {d_kk}, зарядтардың "
                    f"өзара әсерлесу күші қалай өзгереді?",
                    f"Как изменится сила взаимодействия двух точечных зарядов, если {q_ru}, а расстояние между ними "
                    f"{d_ru} в {c} {ru_raz(c)}?"),
                  oc,
                  L(f"F = k|q₁||q₂|/r²: күш зарядтардың көбейтіндісіне тура, қашықтықтың квадратына кері "
                    f"пропорционал. Өзгеріс коэффициенті {rel} = {dec(f)}.",
                    f"F = k|q₁||q₂|/r²: сила прямо пропорциональна произведению зарядов и обратно пропорциональна "
                    f"квадрату расстояния. Коэффициент изменения {rel} = {dec(f)}."))


def t_es_coulomb(rng):
    q1 = pick(rng, [1, 2, 3, 4])
    q2 = pick(rng, [2, 3, 5, 6])
    r = pick(rng, [3, 10, 20, 30])
    rm = Fr(r, 100)
    F = 9 * 10 ** 9 * q1 * q2 * Fr(1, 10 ** 12) / (rm * rm)
    oc = numopts(rng, F, [9 * 10 ** 9 * q1 * q2 * Fr(1, 10 ** 12) / rm, 9 * 10 ** 9 * q1 * q2 * Fr(1, 10 ** 12) / (r * r),
                          F * 100, F / 2], "Н", fmt=lambda x: dec(x, 4))
    return single(PT + "electrostatics", 4, S(10, "Кулон заңы", "Закон Кулона"),
                  L(f"Вакуумда бір-бірінен {r} см қашықтықта орналасқан {q1} мкКл және {q2} мкКл екі нүктелік заряд "
                    f"қандай күшпен әсерлеседі (k = 9·10⁹ Н·м²/Кл²)?",
                    f"С какой силой взаимодействуют в вакууме два точечных заряда {q1} мкКл и {q2} мкКл, находящиеся "
                    f"на расстоянии {r} см друг от друга (k = 9·10⁹ Н·м²/Кл²)?"),
                  oc,
                  L(f"F = kq₁q₂/r² = 9·10⁹·{q1}·10⁻⁶·{q2}·10⁻⁶/{dec(rm)}² = {dec(F)} Н.",
                    f"F = kq₁q₂/r² = 9·10⁹·{q1}·10⁻⁶·{q2}·10⁻⁶/{dec(rm)}² = {dec(F)} Н."))


def t_es_capacitor(rng):
    C = pick(rng, [2, 4, 5, 10, 20])
    U = pick(rng, [50, 100, 200, 300])
    W = Fr(C, 10 ** 6) * U * U / 2
    oc = numopts(rng, W, [Fr(C, 10 ** 6) * U * U, Fr(C, 10 ** 6) * U / 2, Fr(C * U * U, 2), W / 10],
                 "Дж", fmt=lambda x: dec(x, 4))
    return single(PT + "electrostatics", 3, S(10, "Конденсатор энергиясы", "Энергия конденсатора"),
                  L(f"Сыйымдылығы {C} мкФ конденсатор {U} В кернеуге дейін зарядталған. Конденсатордың электр "
                    f"өрісінің энергиясын табыңыз.",
                    f"Конденсатор ёмкостью {C} мкФ заряжен до напряжения {U} В. Найдите энергию электрического поля "
                    f"конденсатора."),
                  oc,
                  L(f"W = CU²/2 = {C}·10⁻⁶·{U}²/2 = {dec(W)} Дж.",
                    f"W = CU²/2 = {C}·10⁻⁶·{U}²/2 = {dec(W)} Дж."))


def t_es_field_work(rng):
    q = pick(rng, [2, 4, 5, 8])
    U = pick(rng, [100, 200, 250, 500])
    A = Fr(q * U, 1000)  # mJ
    oc = numopts(rng, A, [Fr(q, U) * 1000, A / 2, A * 1000, Fr(U, q) / 1000], "мДж", fmt=lambda x: dec(x, 4))
    return single(PT + "electrostatics", 3, S(10, "Электр өрісінің жұмысы. Потенциалдар айырымы",
                                              "Работа электрического поля. Разность потенциалов"),
                  L(f"{q} мкКл нүктелік заряд потенциалдар айырымы {U} В болатын екі нүкте арасында орын ауыстырды. "
                    f"Электр өрісінің атқарған жұмысының модулі неге тең?",
                    f"Точечный заряд {q} мкКл переместился между двумя точками, разность потенциалов между "
                    f"которыми {U} В. Чему равен модуль работы электрического поля?"),
                  oc,
                  L(f"A = qU = {q}·10⁻⁶·{U} = {sci(Fr(q * U, 10 ** 6))} Дж = {dec(A)} мДж.",
                    f"A = qU = {q}·10⁻⁶·{U} = {sci(Fr(q * U, 10 ** 6))} Дж = {dec(A)} мДж."))


# ------------------------------------------------------------------------------- DC circuits
def t_dc_ohm(rng):
    R = pick(rng, [4, 5, 8, 10, 20, 40])
    I = pick(rng, [Fr(1, 2), 1, Fr(3, 2), 2, 3])
    U = R * I
    oc = numopts(rng, I, [U * R, Fr(R) / U, U / R * 2, U / R / 2], "А", fmt=lambda x: dec(x, 3))
    return single(PT + "dc_circuits", 1, S(8, "Тізбек бөлігі үшін Ом заңы", "Закон Ома для участка цепи"),
                  L(f"Кедергісі {R} Ом өткізгіштің ұштарындағы кернеу {dec(U)} В. Өткізгіштегі ток күшін табыңыз.",
                    f"Напряжение на концах проводника сопротивлением {R} Ом равно {dec(U)} В. Найдите силу тока в "
                    f"проводнике."),
                  oc,
                  L(f"Ом заңы: I = U/R = {dec(U)}/{R} = {dec(I)} А.",
                    f"Закон Ома: I = U/R = {dec(U)}/{R} = {dec(I)} А."))


PAR = [(6, 3, 2), (4, 4, 2), (12, 6, 4), (10, 15, 6), (20, 30, 12), (6, 12, 4), (12, 4, 3), (10, 10, 5), (30, 60, 20)]


def t_dc_combination(rng):
    R1 = pick(rng, [2, 3, 4, 5, 8, 10])
    R2, R3, Rp = pick(rng, PAR)
    R = R1 + Rp
    oc = numopts(rng, R, [R1 + R2 + R3, Rp, R1 + Fr(R2 + R3, 2), Fr(R1 * (R2 + R3), R1 + R2 + R3)], "Ом",
                 fmt=lambda x: dec(x, 2))
    return single(PT + "dc_circuits", 3, S(8, "Өткізгіштерді тізбектей және параллель жалғау",
                                           "Последовательное и параллельное соединение проводников"),
                  L(f"R₁ = {R1} Ом резистор өзара параллель жалғанған R₂ = {R2} Ом және R₃ = {R3} Ом резисторлар "
                    f"тобымен тізбектей жалғанған. Тізбек бөлігінің жалпы кедергісін табыңыз.",
                    f"Резистор R₁ = {R1} Ом соединён последовательно с группой из двух параллельно соединённых "
                    f"резисторов R₂ = {R2} Ом и R₃ = {R3} Ом. Найдите общее сопротивление участка цепи."),
                  oc,
                  L(f"Параллель топ: R₂₃ = R₂R₃/(R₂ + R₃) = {R2}·{R3}/{R2 + R3} = {Rp} Ом. Тізбектей: R = R₁ + R₂₃ = "
                    f"{R1} + {Rp} = {R} Ом.",
                    f"Параллельная группа: R₂₃ = R₂R₃/(R₂ + R₃) = {R2}·{R3}/{R2 + R3} = {Rp} Ом. Последовательно: "
                    f"R = R₁ + R₂₃ = {R1} + {Rp} = {R} Ом."))


def t_dc_joule(rng):
    R = pick(rng, [10, 20, 25, 40, 50])
    I = pick(rng, [2, 3, 4, 5])
    t = pick(rng, [2, 5, 10])
    Q = Fr(I * I * R * t * 60, 1000)
    oc = numopts(rng, Q, [Fr(I * I * R * t, 1000), Fr(I * R * t * 60, 1000), Q / 2, Q * 2], "кДж",
                 fmt=lambda x: dec(x, 3))
    return single(PT + "dc_circuits", 2, S(8, "Джоуль–Ленц заңы", "Закон Джоуля–Ленца"),
                  L(f"Кедергісі {R} Ом спиральдан {t} мин бойы {I} А ток өтті. Спиральда қанша жылу мөлшері бөлінді?",
                    f"По спирали сопротивлением {R} Ом в течение {t} мин протекал ток {I} А. Какое количество теплоты "
                    f"выделилось в спирали?"),
                  oc,
                  L(f"t = {t} мин = {t * 60} с. Q = I²Rt = {I}²·{R}·{t * 60} = {dec(Q * 1000)} Дж = {dec(Q)} кДж.",
                    f"t = {t} мин = {t * 60} с. Q = I²Rt = {I}²·{R}·{t * 60} = {dec(Q * 1000)} Дж = {dec(Q)} кДж."))


def t_dc_full_circuit(rng):
    r = pick(rng, [Fr(1, 2), 1, 2])
    R = pick(rng, [4, 5, 6, 10, 11])
    I = pick(rng, [1, 2, 3])
    E = I * (R + r)
    oc = numopts(rng, I, [E / R, E / r, E / (R - r), E / (R + r) / 2], "А", fmt=lambda x: dec(x, 2))
    return single(PT + "dc_circuits", 3, S(8, "Толық тізбек үшін Ом заңы", "Закон Ома для полной цепи"),
                  L(f"ЭҚК-і {dec(E)} В, ішкі кедергісі {dec(r)} Ом ток көзіне кедергісі {R} Ом резистор жалғанған. "
                    f"Тізбектегі ток күшін табыңыз.",
                    f"К источнику тока с ЭДС {dec(E)} В и внутренним сопротивлением {dec(r)} Ом подключён резистор "
                    f"сопротивлением {R} Ом. Найдите силу тока в цепи."),
                  oc,
                  L(f"Толық тізбек үшін Ом заңы: I = ε/(R + r) = {dec(E)}/({R} + {dec(r)}) = {I} А.",
                    f"Закон Ома для полной цепи: I = ε/(R + r) = {dec(E)}/({R} + {dec(r)}) = {I} А."))


METALS = {
    "cu": (Fr(17, 1000), "мыс", "мыстың", "медного", "меди"),
    "al": (Fr(28, 1000), "алюминий", "алюминийдің", "алюминиевого", "алюминия"),
    "ni": (Fr(42, 100), "никелин", "никелиннің", "никелинового", "никелина"),
    "nc": (Fr(11, 10), "нихром", "нихромның", "нихромового", "нихрома"),
}


def t_dc_wire(rng):
    mt = pick(rng, list(METALS))
    rho, kk, kkg, ruadj, rug = METALS[mt]
    l = pick(rng, [10, 20, 50, 100, 200])
    Sx = pick(rng, [Fr(1, 2), 1, 2, 4])
    R = rho * l / Sx
    oc = numopts(rng, R, [rho * Sx / l, rho * l * Sx, R * 1000, R / 10], "Ом", fmt=lambda x: dec(x, 4))
    return single(PT + "dc_circuits", 2, S(8, "Өткізгіштің кедергісі. Меншікті кедергі",
                                           "Сопротивление проводника. Удельное сопротивление"),
                  L(f"Ұзындығы {l} м, көлденең қимасының ауданы {dec(Sx)} мм² {kk} сымның кедергісін табыңыз "
                    f"({kkg} меншікті кедергісі {dec(rho)} Ом·мм²/м).",
                    f"Найдите сопротивление {ruadj} провода длиной {l} м и площадью поперечного сечения {dec(Sx)} мм² "
                    f"(удельное сопротивление {rug} {dec(rho)} Ом·мм²/м)."),
                  oc,
                  L(f"R = ρl/S = {dec(rho)}·{l}/{dec(Sx)} = {dec(R)} Ом (ρ Ом·мм²/м-мен берілгенде S мм²-мен қойылады).",
                    f"R = ρl/S = {dec(rho)}·{l}/{dec(Sx)} = {dec(R)} Ом (при ρ в Ом·мм²/м площадь подставляется в мм²)."))


def t_dc_lamp(rng):
    U, P = pick(rng, [(220, 40), (220, 100), (12, 6), (12, 24), (12, 36), (6, 3), (220, 55)])
    R = Fr(U * U, P)
    oc = numopts(rng, R, [Fr(U, P), Fr(P * P, U), Fr(U * U, 2 * P), Fr(P, U)], "Ом", fmt=lambda x: dec(x, 3))
    return single(PT + "dc_circuits", 2, S(8, "Электр тогының қуаты", "Мощность электрического тока"),
                  L(f"Шам {U} В кернеуге және {P} Вт қуатқа есептелген. Жұмыс режиміндегі шам қылсымының кедергісі "
                    f"неге тең?",
                    f"Лампа рассчитана на напряжение {U} В и мощность {P} Вт. Чему равно сопротивление нити лампы в "
                    f"рабочем режиме?"),
                  oc,
                  L(f"P = U²/R, сондықтан R = U²/P = {U}²/{P} = {dec(R)} Ом.",
                    f"P = U²/R, поэтому R = U²/P = {U}²/{P} = {dec(R)} Ом."))


# ------------------------------------------------------------------------------- magnetism
def t_mg_ampere(rng):
    B = pick(rng, [Fr(1, 10), Fr(2, 10), Fr(1, 2), Fr(4, 10)])
    I = pick(rng, [2, 4, 5, 10])
    l = pick(rng, [10, 20, 40, 50])
    ang = pick(rng, [90, 30])
    s = 1 if ang == 90 else Fr(1, 2)
    F = B * I * Fr(l, 100) * s
    oc = numopts(rng, F, [B * I * l * s, B * I * Fr(l, 100) * (Fr(1, 2) if ang == 90 else 1), F * 2, Fr(1, 1) * B * Fr(l, 100) / I],
                 "Н", fmt=lambda x: dec(x, 4))
    sin_t = "sin 90° = 1" if ang == 90 else "sin 30° = 0,5"
    return single(PT + "magnetism", 2, S(11, "Ампер күші", "Сила Ампера"),
                  L(f"Индукциясы {dec(B)} Тл біртекті магнит өрісінде ұзындығы {l} см түзу өткізгіш индукция "
                    f"сызықтарына {ang}° бұрыш жасай орналасқан. Өткізгіштегі ток күші {I} А. Өткізгішке әсер ететін "
                    f"Ампер күшін табыңыз.",
                    f"Прямой проводник длиной {l} см находится в однородном магнитном поле с индукцией {dec(B)} Тл под "
                    f"углом {ang}° к линиям индукции. Сила тока в проводнике {I} А. Найдите силу Ампера, действующую "
                    f"на проводник."),
                  oc,
                  L(f"F = BIl·sin α = {dec(B)}·{I}·{dec(Fr(l, 100))}·{dec(s)} = {dec(F)} Н ({sin_t}).",
                    f"F = BIl·sin α = {dec(B)}·{I}·{dec(Fr(l, 100))}·{dec(s)} = {dec(F)} Н ({sin_t})."))


def t_mg_lorentz(rng):
    v = pick(rng, [2 * 10 ** 6, 5 * 10 ** 6, 10 ** 7, 4 * 10 ** 6])
    B = pick(rng, [Fr(1, 10), Fr(2, 10), Fr(1, 2)])
    q = Fr(16, 10 ** 20)
    F = q * v * B
    oc = numopts(rng, F, [q * v / B, F * 10, F / 10, q * B / v * 10 ** 12], "Н", fmt=sci)
    return single(PT + "magnetism", 4, S(11, "Лоренц күші", "Сила Лоренца"),
                  L(f"Электрон индукциясы {dec(B)} Тл біртекті магнит өрісіне индукция сызықтарына перпендикуляр "
                    f"{sci(v)} м/с жылдамдықпен ұшып кірді. Электронға әсер ететін Лоренц күшін табыңыз "
                    f"(e = 1,6·10⁻¹⁹ Кл).",
                    f"Электрон влетает в однородное магнитное поле с индукцией {dec(B)} Тл перпендикулярно линиям "
                    f"индукции со скоростью {sci(v)} м/с. Найдите силу Лоренца, действующую на электрон "
                    f"(e = 1,6·10⁻¹⁹ Кл)."),
                  oc,
                  L(f"F = evB·sin 90° = 1,6·10⁻¹⁹·{sci(v)}·{dec(B)} = {sci(F)} Н.",
                    f"F = evB·sin 90° = 1,6·10⁻¹⁹·{sci(v)}·{dec(B)} = {sci(F)} Н."))


def t_mg_induction(rng):
    N = pick(rng, [50, 100, 200])
    f1, f2 = pick(rng, [(2, 8), (10, 4), (3, 9), (12, 2), (5, 15)])
    dt = pick(rng, [Fr(1, 10), Fr(2, 10), Fr(5, 100)])
    dphi = Fr(abs(f2 - f1), 1000)
    E = N * dphi / dt
    oc = numopts(rng, E, [dphi / dt, N * Fr(f2, 1000) / dt, N * abs(f2 - f1) / dt, N * dphi * dt],
                 "В", fmt=lambda x: dec(x, 4))
    return single(PT + "magnetism", 4, S(11, "Электромагниттік индукция заңы", "Закон электромагнитной индукции"),
                  L(f"{N} орамнан тұратын катушканы тесіп өтетін магнит ағыны {dec(dt)} с ішінде {f1} мВб-ден {f2} "
                    f"мВб-ге дейін бірқалыпты өзгерді. Катушкадағы индукцияның ЭҚК-ін табыңыз.",
                    f"Магнитный поток, пронизывающий катушку из {N} витков, равномерно изменился за {dec(dt)} с от "
                    f"{f1} мВб до {f2} мВб. Найдите ЭДС индукции в катушке."),
                  oc,
                  L(f"|ε| = N|ΔΦ|/Δt = {N}·{dec(dphi)}/{dec(dt)} = {dec(E)} В (ΔΦ = {abs(f2 - f1)} мВб = {dec(dphi)} Вб).",
                    f"|ε| = N|ΔΦ|/Δt = {N}·{dec(dphi)}/{dec(dt)} = {dec(E)} В (ΔΦ = {abs(f2 - f1)} мВб = {dec(dphi)} Вб)."))


def t_mg_coil_energy(rng):
    Lm = pick(rng, [20, 40, 50, 100, 200])
    I = pick(rng, [2, 3, 4, 5])
    W = Fr(Lm, 1000) * I * I / 2
    oc = numopts(rng, W, [Fr(Lm, 1000) * I / 2, Fr(Lm, 1000) * I * I, Fr(Lm * I * I, 2), W / 10], "Дж",
                 fmt=lambda x: dec(x, 4))
    return single(PT + "magnetism", 2, S(11, "Өздік индукция. Магнит өрісінің энергиясы",
                                         "Самоиндукция. Энергия магнитного поля"),
                  L(f"Индуктивтілігі {Lm} мГн катушкадан {I} А ток өтеді. Катушканың магнит өрісінің энергиясын табыңыз.",
                    f"По катушке индуктивностью {Lm} мГн течёт ток {I} А. Найдите энергию магнитного поля катушки."),
                  oc,
                  L(f"W = LI²/2 = {dec(Fr(Lm, 1000))}·{I}²/2 = {dec(W)} Дж.",
                    f"W = LI²/2 = {dec(Fr(Lm, 1000))}·{I}²/2 = {dec(W)} Дж."))


# ------------------------------------------------------------------------------- oscillations & waves
def t_ow_sound(rng):
    nu = pick(rng, [170, 340, 680, 850, 1700])
    lam = Fr(340, nu)
    oc = numopts(rng, lam, [340 * nu, Fr(nu, 340), lam * 2, lam / 2], "м", fmt=lambda x: dec(x, 3))
    return single(PT + "oscillations_waves", 1, S(9, "Толқын ұзындығы. Дыбыс толқындары",
                                                  "Длина волны. Звуковые волны"),
                  L(f"Ауадағы дыбыстың таралу жылдамдығы 340 м/с. Жиілігі {nu} Гц дыбыс толқынының ұзындығы неге тең?",
                    f"Скорость звука в воздухе 340 м/с. Чему равна длина звуковой волны частотой {nu} Гц?"),
                  oc,
                  L(f"v = λν, сондықтан λ = v/ν = 340/{nu} = {dec(lam)} м.",
                    f"v = λν, поэтому λ = v/ν = 340/{nu} = {dec(lam)} м."))


def t_ow_sea(rng):
    lam = pick(rng, [4, 6, 8, 10, 12])
    T = pick(rng, [2, 4, 5])
    v = Fr(lam, T)
    oc = numopts(rng, v, [lam * T, Fr(T, lam), Fr(lam, 2 * T), Fr(2 * lam, T)], "м/с", fmt=lambda x: dec(x, 3))
    return single(PT + "oscillations_waves", 2, S(9, "Толқынның таралу жылдамдығы", "Скорость распространения волны"),
                  L(f"Теңіз толқынының көршілес екі жотасының арақашықтығы {lam} м, ал қайық толқында {T} с периодпен "
                    f"тербеледі. Толқынның таралу жылдамдығын табыңыз.",
                    f"Расстояние между соседними гребнями морской волны {lam} м, а лодка качается на волнах с периодом "
                    f"{T} с. Найдите скорость распространения волны."),
                  oc,
                  L(f"Көршілес жоталардың арақашықтығы — толқын ұзындығы λ = {lam} м. v = λ/T = {lam}/{T} = {dec(v)} м/с.",
                    f"Расстояние между соседними гребнями — длина волны λ = {lam} м. v = λ/T = {lam}/{T} = {dec(v)} м/с."))


def t_ow_period_ratio(rng):
    var = pick(rng, ["pend", "mass", "stiff", "cap"])
    k = pick(rng, [4, 9, 16])
    root = Fr(int(math.isqrt(k)))
    if var == "pend":
        f = root
        stem = L(f"Математикалық маятниктің жіп ұзындығын {k} есе арттырса, оның тербеліс периоды қалай өзгереді?",
                 f"Как изменится период колебаний математического маятника, если длину нити увеличить в {k} {ru_raz(k)}?")
        form = "T = 2π√(l/g)"
        src = S(9, "Математикалық маятник", "Математический маятник")
    elif var == "mass":
        f = root
        stem = L(f"Серіппелі маятник жүгінің массасын {k} есе арттырса, оның тербеліс периоды қалай өзгереді?",
                 f"Как изменится период колебаний пружинного маятника, если массу груза увеличить в {k} {ru_raz(k)}?")
        form = "T = 2π√(m/k)"
        src = S(9, "Серіппелі маятник", "Пружинный маятник")
    elif var == "stiff":
        f = 1 / root
        stem = L(f"Серіппелі маятник серіппесінің қатаңдығын {k} есе арттырса, оның тербеліс периоды қалай өзгереді?",
                 f"Как изменится период колебаний пружинного маятника, если жёсткость пружины увеличить в {k} {ru_raz(k)}?")
        form = "T = 2π√(m/k)"
        src = S(9, "Серіппелі маятник", "Пружинный маятник")
    else:
        f = root
        stem = L(f"Тербелмелі контурдағы конденсатордың сыйымдылығын {k} есе арттырса, контурдың меншікті тербеліс "
                 f"периоды қалай өзгереді?",
                 f"Как изменится период собственных колебаний в колебательном контуре, если ёмкость конденсатора "
                 f"увеличить в {k} {ru_raz(k)}?")
        form = "T = 2π√(LC)"
        src = S(11, "Тербелмелі контур. Томсон формуласы", "Колебательный контур. Формула Томсона")
    wr = [times_change(f * f), times_change(1 / f), times_change(1)]
    oc = textopts(rng, times_change(f), wr)
    return single(PT + "oscillations_waves", 3, src, stem, oc,
                  L(f"{form}: период шаманың квадрат түбіріне тәуелді, сондықтан {k} есе өзгеріс периодты √{k} = "
                    f"{dec(root)} есе өзгертеді: период {tr(times_change(f), 'kk')}.",
                    f"{form}: период зависит от квадратного корня из величины, поэтому изменение в {k} {ru_raz(k)} меняет "
                    f"период в √{k} = {dec(root)} {ru_raz(root)}: период {tr(times_change(f), 'ru')}."))


def t_ow_frequency(rng):
    N = pick(rng, [10, 20, 30, 60])
    t = pick(rng, [5, 10, 15, 20, 40])
    nu = Fr(N, t)
    oc = numopts(rng, nu, [Fr(t, N), N * t, Fr(N, 2 * t), 2 * nu], "Гц", fmt=lambda x: dec(x, 3))
    return single(PT + "oscillations_waves", 1, S(9, "Тербелістердің периоды мен жиілігі", "Период и частота колебаний"),
                  L(f"Маятник {t} с ішінде {N} толық тербеліс жасады. Тербеліс жиілігі неге тең?",
                    f"Маятник за {t} с совершил {N} полных колебаний. Чему равна частота колебаний?"),
                  oc,
                  L(f"Жиілік — 1 с ішіндегі тербеліс саны: ν = N/t = {N}/{t} = {dec(nu)} Гц.",
                    f"Частота — число колебаний за 1 с: ν = N/t = {N}/{t} = {dec(nu)} Гц."))


def t_ow_echo(rng):
    t = pick(rng, [2, 3, 4, 5, 6])
    d = 340 * t / 2
    oc = numopts(rng, d, [340 * t, Fr(340 * t, 4), 680 * t, Fr(340, t)], "м")
    return single(PT + "oscillations_waves", 2, S(9, "Дыбыстың шағылуы. Жаңғырық", "Отражение звука. Эхо"),
                  L(f"Тауда тұрған адам айқайлап, жаңғырықты {t} с өткенде естіді. Дыбыс жылдамдығы 340 м/с болса, "
                    f"адамнан жартасқа дейінгі қашықтық қандай?",
                    f"Человек в горах крикнул и услышал эхо через {t} с. Каково расстояние от человека до скалы, если "
                    f"скорость звука 340 м/с?"),
                  oc,
                  L(f"Дыбыс жартасқа дейін барып, қайтып келеді: 2s = vt, s = 340·{t}/2 = {dec(d)} м.",
                    f"Звук проходит путь до скалы и обратно: 2s = vt, s = 340·{t}/2 = {dec(d)} м."))


# ------------------------------------------------------------------------------- optics
LENS = [(10, 15), (10, 30), (20, 30), (15, 20), (20, 25), (10, 20), (12, 18), (20, 60), (15, 45)]


def t_op_lens(rng):
    F, d = pick(rng, LENS)
    f = Fr(d * F, d - F)
    oc = numopts(rng, f, [Fr(d * F, d + F), d - F, d + F, 2 * F], "см", fmt=lambda x: dec(x, 2))
    return single(PT + "optics", 3, S(11, "Жұқа линза формуласы", "Формула тонкой линзы"),
                  L(f"Фокус аралығы {F} см жинағыш линзадан {d} см қашықтықта нәрсе орналасқан. Нәрсенің кескіні "
                    f"линзадан қандай қашықтықта пайда болады?",
                    f"Предмет находится на расстоянии {d} см от собирающей линзы с фокусным расстоянием {F} см. На "
                    f"каком расстоянии от линзы получится изображение?"),
                  oc,
                  L(f"1/F = 1/d + 1/f, сондықтан f = dF/(d − F) = {d}·{F}/({d} − {F}) = {dec(f)} см.",
                    f"1/F = 1/d + 1/f, поэтому f = dF/(d − F) = {d}·{F}/({d} − {F}) = {dec(f)} см."))


def t_op_power(rng):
    F = pick(rng, [10, 20, 25, 40, 50])
    conv = rng.random() < 0.6
    D = Fr(100, F) * (1 if conv else -1)
    oc = numopts(rng, D, [-D, D / 100, Fr(F, 100) * (1 if conv else -1), Fr(F, 100) * (-1 if conv else 1)],
                 "дптр", allow_neg=True, fmt=lambda x: dec(x, 2))
    return single(PT + "optics", 1 if conv else 2, S(11, "Линзаның оптикалық күші", "Оптическая сила линзы"),
                  L(f"Фокус аралығы {F} см {'жинағыш' if conv else 'шашыратқыш'} линзаның оптикалық күші неге тең?",
                    f"Чему равна оптическая сила {'собирающей' if conv else 'рассеивающей'} линзы с фокусным "
                    f"расстоянием {F} см?"),
                  oc,
                  L(f"D = 1/F, F метрмен алынады: F = {dec(Fr(F, 100))} м. " +
                    ("Жинағыш линза үшін D оң: " if conv else "Шашыратқыш линза үшін D теріс: ") +
                    f"D = {dec(D)} дптр.",
                    f"D = 1/F, где F в метрах: F = {dec(Fr(F, 100))} м. " +
                    ("У собирающей линзы D положительна: " if conv else "У рассеивающей линзы D отрицательна: ") +
                    f"D = {dec(D)} дптр."))


def t_op_speed(rng):
    n = pick(rng, [Fr(12, 10), Fr(5, 4), Fr(3, 2), Fr(8, 5), 2, Fr(12, 5)])
    c = 3 * 10 ** 8
    v = c / n
    oc = numopts(rng, v, [c * n, c / (n * n), v / 10, c / n * 10], "м/с", fmt=sci)
    return single(PT + "optics", 2, S(11, "Жарықтың сынуы. Абсолют сыну көрсеткіші",
                                      "Преломление света. Абсолютный показатель преломления"),
                  L(f"Абсолют сыну көрсеткіші {dec(n)} мөлдір ортадағы жарықтың таралу жылдамдығы қандай "
                    f"(c = 3·10⁸ м/с)?",
                    f"Какова скорость распространения света в прозрачной среде с абсолютным показателем преломления "
                    f"{dec(n)} (c = 3·10⁸ м/с)?"),
                  oc,
                  L(f"n = c/v, сондықтан v = c/n = 3·10⁸/{dec(n)} = {sci(v)} м/с.",
                    f"n = c/v, поэтому v = c/n = 3·10⁸/{dec(n)} = {sci(v)} м/с."))


def t_op_mirror(rng):
    a = pick(rng, [20, 25, 35, 40, 50, 55, 65, 70])
    key = 180 - 2 * a
    oc = numopts(rng, key, [2 * a, 90 - a, a, 180 - a, 90 + a], "°", fallback=False)
    # the degree sign sticks to the number
    oc = ([L(o["kk"].replace(" °", "°"), o["ru"].replace(" °", "°")) for o in oc[0]], oc[1])
    return single(PT + "optics", 2, S(8, "Жарықтың шағылу заңы", "Закон отражения света"),
                  L(f"Жарық сәулесі жазық айнаның бетіне {a}° бұрыш жасай түседі. Түскен сәуле мен шағылған сәуленің "
                    f"арасындағы бұрыш неге тең?",
                    f"Луч света падает на плоское зеркало под углом {a}° к его поверхности. Чему равен угол между "
                    f"падающим и отражённым лучами?"),
                  oc,
                  L(f"Түсу бұрышы перпендикулярдан өлшенеді: α = 90° − {a}° = {90 - a}°. Шағылу бұрышы да {90 - a}°, "
                    f"сәулелер арасындағы бұрыш 2·{90 - a}° = {key}°.",
                    f"Угол падения отсчитывается от перпендикуляра: α = 90° − {a}° = {90 - a}°. Угол отражения тоже "
                    f"{90 - a}°, угол между лучами 2·{90 - a}° = {key}°."))


def t_op_image_height(rng):
    F, d = pick(rng, LENS)
    h = pick(rng, [2, 3, 4, 5, 6])
    f = Fr(d * F, d - F)
    H = h * f / d
    try:
        dec(H, 2)
    except Retry:
        raise Retry()
    oc = numopts(rng, H, [h * d / f, Fr(h * F, d), h * f / F, H * 2], "см", fmt=lambda x: dec(x, 2))
    return single(PT + "optics", 5, S(11, "Линзаның сызықтық үлкейтуі", "Линейное увеличение линзы"),
                  L(f"Биіктігі {h} см нәрсе фокус аралығы {F} см жинағыш линзадан {d} см қашықтықта, бас оптикалық "
                    f"оське перпендикуляр тұр. Кескіннің биіктігін табыңыз.",
                    f"Предмет высотой {h} см стоит перпендикулярно главной оптической оси на расстоянии {d} см от "
                    f"собирающей линзы с фокусным расстоянием {F} см. Найдите высоту изображения."),
                  oc,
                  L(f"f = dF/(d − F) = {d}·{F}/{d - F} = {dec(f)} см; үлкейту Γ = f/d = {dec(f / d)}; "
                    f"H = Γh = {dec(f / d)}·{h} = {dec(H)} см.",
                    f"f = dF/(d − F) = {d}·{F}/{d - F} = {dec(f)} см; увеличение Γ = f/d = {dec(f / d)}; "
                    f"H = Γh = {dec(f / d)}·{h} = {dec(H)} см."))


# ------------------------------------------------------------------------------- quantum, nuclear
def t_q_photoeffect(rng):
    A = pick(rng, [Fr(19, 10), Fr(22, 10), Fr(23, 10), Fr(45, 10)])
    E = pick(rng, [3, Fr(35, 10), 4, 5, 6])
    if E <= A:
        raise Retry()
    K = E - A
    oc = numopts(rng, K, [E + A, E, A, K / 2], "эВ", fmt=lambda x: dec(x, 2))
    return single(PT + "quantum_nuclear", 2, S(11, "Фотоэффект. Эйнштейн теңдеуі", "Фотоэффект. Уравнение Эйнштейна"),
                  L(f"Шығу жұмысы {dec(A)} эВ металдың бетіне энергиясы {dec(E)} эВ фотондар түседі. Шығатын "
                    f"фотоэлектрондардың ең үлкен кинетикалық энергиясы неге тең?",
                    f"На поверхность металла с работой выхода {dec(A)} эВ падают фотоны с энергией {dec(E)} эВ. Чему "
                    f"равна максимальная кинетическая энергия вылетающих фотоэлектронов?"),
                  oc,
                  L(f"Эйнштейн теңдеуі: hν = Aшығу + Eк max, Eк max = {dec(E)} − {dec(A)} = {dec(K)} эВ.",
                    f"Уравнение Эйнштейна: hν = Aвых + Eк max, Eк max = {dec(E)} − {dec(A)} = {dec(K)} эВ."))


def t_q_halflife(rng):
    T = pick(rng, [2, 3, 5, 8])
    k = pick(rng, [2, 3, 4])
    m0 = pick(rng, [32, 64, 80, 160, 200])
    m = Fr(m0, 2 ** k)
    oc = numopts(rng, m, [Fr(m0, 2 * k), m0 - m, Fr(m0, 2 ** (k - 1)), Fr(m0, 2 ** (k + 1))], "г",
                 fmt=lambda x: dec(x, 3))
    return single(PT + "quantum_nuclear", 3, S(11, "Радиоактивті ыдырау заңы. Жартылай ыдырау периоды",
                                               "Закон радиоактивного распада. Период полураспада"),
                  L(f"Радиоактивті изотоптың жартылай ыдырау периоды {T} тәулік. Изотоптың бастапқы массасы {m0} г. "
                    f"{T * k} тәуліктен кейін изотоптың қанша массасы ыдырамай қалады?",
                    f"Период полураспада радиоактивного изотопа {T} сут. Начальная масса изотопа {m0} г. Какая масса "
                    f"изотопа останется нераспавшейся через {T * k} сут?"),
                  oc,
                  L(f"t/T = {T * k}/{T} = {k} жартылай ыдырау периоды өтті: m = m₀/2{sup(k)} = {m0}/{2 ** k} = {dec(m)} г.",
                    f"Прошло t/T = {T * k}/{T} = {k} {'периода' if k < 5 else 'периодов'} полураспада: m = m₀/2{sup(k)} = {m0}/{2 ** k} = {dec(m)} г."))


NUCLIDES = [(235, 92, "U"), (238, 92, "U"), (56, 26, "Fe"), (27, 13, "Al"), (14, 6, "C"), (63, 29, "Cu"),
            (197, 79, "Au"), (226, 88, "Ra"), (107, 47, "Ag"), (40, 19, "K"), (60, 27, "Co"), (222, 86, "Rn")]


def nuc(A, Z, X):
    return f"{sup(A)}{sub(Z)}{X}"


def t_q_neutrons(rng):
    A, Z, X = pick(rng, NUCLIDES)
    N = A - Z
    oc = numopts(rng, N, [A, Z, A + Z, N + 1], "", fallback=False)
    return single(PT + "quantum_nuclear", 1, S(9, "Атом ядросының құрамы", "Состав атомного ядра"),
                  L(f"{nuc(A, Z, X)} ядросында қанша нейтрон бар?",
                    f"Сколько нейтронов содержится в ядре {nuc(A, Z, X)}?"),
                  oc,
                  L(f"Массалық сан A = {A} — нуклондар саны, зарядтық сан Z = {Z} — протондар саны. Нейтрондар саны "
                    f"N = A − Z = {A} − {Z} = {N}.",
                    f"Массовое число A = {A} — число нуклонов, зарядовое число Z = {Z} — число протонов. Число "
                    f"нейтронов N = A − Z = {A} − {Z} = {N}."))


RU_ALPHA = {1: "один α-распад", 2: "два α-распада", 3: "три α-распада", 4: "четыре α-распада"}
RU_BETA = {1: "один β⁻-распад", 2: "два β⁻-распада"}


def t_q_decay(rng):
    A, Z, X = pick(rng, [(238, 92, "U"), (232, 90, "Th"), (226, 88, "Ra"), (235, 92, "U")])
    na = pick(rng, [1, 2, 3, 4])
    nb = pick(rng, [1, 2])
    A2, Z2 = A - 4 * na, Z - 2 * na + nb
    fm = lambda a, z: f"A = {a}, Z = {z}"
    cands = [fm(A - 4 * na, Z - 2 * na - nb), fm(A - 2 * na, Z - 2 * na + nb), fm(A - 4 * na - nb, Z - 2 * na + nb),
             fm(A - 4 * na, Z - na + nb)]
    oc = textopts(rng, fm(A2, Z2), [c for c in cands if c != fm(A2, Z2)])
    return single(PT + "quantum_nuclear", 3, S(11, "Радиоактивті ыдырау. Ығысу ережелері",
                                               "Радиоактивный распад. Правила смещения"),
                  L(f"{nuc(A, Z, X)} ядросы {na} рет α-ыдырауға және {nb} рет β⁻-ыдырауға ұшырады. Түзілген ядроның "
                    f"массалық саны A мен зарядтық саны Z неге тең?",
                    f"Ядро {nuc(A, Z, X)} испытало {RU_ALPHA[na]} и {RU_BETA[nb]}. Чему равны массовое число A и "
                    f"зарядовое число Z образовавшегося ядра?"),
                  oc,
                  L(f"Әр α-ыдырау A-ны 4-ке, Z-ті 2-ге кемітеді; әр β⁻-ыдырау A-ны өзгертпей, Z-ті 1-ге арттырады. "
                    f"A = {A} − 4·{na} = {A2}, Z = {Z} − 2·{na} + {nb} = {Z2}.",
                    f"Каждый α-распад уменьшает A на 4 и Z на 2; каждый β⁻-распад не меняет A и увеличивает Z на 1. "
                    f"A = {A} − 4·{na} = {A2}, Z = {Z} − 2·{na} + {nb} = {Z2}."))


def t_q_photon(rng):
    lam = pick(rng, [330, 396, 495, 660])
    h = Fr(66, 10 ** 35)
    c = 3 * 10 ** 8
    E = h * c / (lam * Fr(1, 10 ** 9))
    oc = numopts(rng, E, [h * c / lam, E * 10, E / 10, h * lam * Fr(1, 10 ** 9) / c * 10 ** 34], "Дж", fmt=sci)
    return single(PT + "quantum_nuclear", 4, S(11, "Фотон энергиясы", "Энергия фотона"),
                  L(f"Толқын ұзындығы {lam} нм жарық фотонының энергиясын табыңыз (h = 6,6·10⁻³⁴ Дж·с, c = 3·10⁸ м/с).",
                    f"Найдите энергию фотона света с длиной волны {lam} нм (h = 6,6·10⁻³⁴ Дж·с, c = 3·10⁸ м/с)."),
                  oc,
                  L(f"E = hc/λ = 6,6·10⁻³⁴·3·10⁸/({lam}·10⁻⁹) = {sci(E)} Дж.",
                    f"E = hc/λ = 6,6·10⁻³⁴·3·10⁸/({lam}·10⁻⁹) = {sci(E)} Дж."))


# =============================================================================== physics: matching
def _pool_matching(rng, pool, n_prompts, n_opts, topic, diff, src, stem, expl_head):
    chosen = rng.sample(pool, n_opts)
    pairs = [(L(a_kk, a_ru), b if isinstance(b, dict) else both(b)) for a_kk, a_ru, b in chosen[:n_prompts]]
    extra = [b if isinstance(b, dict) else both(b) for _, _, b in chosen[n_prompts:]]
    ex_kk = "; ".join(f"{p['kk']} — {o['kk']}" for p, o in pairs)
    ex_ru = "; ".join(f"{p['ru']} — {o['ru']}" for p, o in pairs)
    return matching(rng, topic, diff, src, stem, pairs, extra,
                    L(f"{expl_head['kk']} {ex_kk}.", f"{expl_head['ru']} {ex_ru}."))


UNITS_MECH = [("Күш", "Сила", "Н"), ("Жұмыс", "Работа", "Дж"), ("Қуат", "Мощность", "Вт"),
              ("Қысым", "Давление", "Па"), ("Импульс", "Импульс", "кг·м/с"), ("Жиілік", "Частота", "Гц"),
              ("Үдеу", "Ускорение", "м/с²"), ("Тығыздық", "Плотность", "кг/м³"),
              ("Серіппенің қатаңдығы", "Жёсткость пружины", "Н/м")]
UNITS_EM = [("Кернеу", "Напряжение", "В"), ("Кедергі", "Сопротивление", "Ом"),
            ("Электр сыйымдылығы", "Электроёмкость", "Ф"), ("Магнит индукциясы", "Магнитная индукция", "Тл"),
            ("Магнит ағыны", "Магнитный поток", "Вб"), ("Индуктивтілік", "Индуктивность", "Гн"),
            ("Электр заряды", "Электрический заряд", "Кл"), ("Ток күші", "Сила тока", "А")]


def mt_units_mech(rng):
    return _pool_matching(rng, UNITS_MECH, 3, 5, PT + "dynamics", 1,
                          S(7, "Физикалық шамалар және олардың өлшем бірліктері", "Физические величины и их единицы"),
                          L("Механикалық шамаларды олардың ХБЖ-дағы өлшем бірліктерімен сәйкестендіріңіз.",
                            "Установите соответствие между механическими величинами и их единицами в СИ."),
                          L("ХБЖ бірліктері:", "Единицы СИ:"))


def mt_units_em(rng):
    return _pool_matching(rng, UNITS_EM, 3, 5, PT + "magnetism", 2,
                          S(11, "Электр және магнит шамаларының бірліктері", "Единицы электрических и магнитных величин"),
                          L("Электрлік және магниттік шамаларды олардың ХБЖ-дағы өлшем бірліктерімен сәйкестендіріңіз.",
                            "Установите соответствие между электрическими и магнитными величинами и их единицами в СИ."),
                          L("ХБЖ бірліктері:", "Единицы СИ:"))


FORM_MECH = [("Кинетикалық энергия", "Кинетическая энергия", "mv²/2"), ("Дене импульсі", "Импульс тела", "mv"),
             ("Ауырлық өрісіндегі потенциалдық энергия", "Потенциальная энергия в поле тяжести", "mgh"),
             ("Серпімділік күшінің модулі", "Модуль силы упругости", "kx"),
             ("Центрге тартқыш үдеу", "Центростремительное ускорение", "v²/R"), ("Қуат", "Мощность", "A/t")]
FORM_EL = [("Тізбек бөлігіндегі ток күші", "Сила тока на участке цепи", "U/R"), ("Ток қуаты", "Мощность тока", "UI"),
           ("Конденсатор энергиясы", "Энергия конденсатора", "CU²/2"),
           ("Катушканың магнит өрісінің энергиясы", "Энергия магнитного поля катушки", "LI²/2"),
           ("Өткізгіштің кедергісі", "Сопротивление проводника", "ρl/S"),
           ("Конденсатордың электр сыйымдылығы", "Электроёмкость конденсатора", "q/U")]


def mt_formula_mech(rng):
    return _pool_matching(rng, FORM_MECH, 2, 4, PT + "work_energy", 1,
                          S(9, "Механиканың негізгі формулалары", "Основные формулы механики"),
                          L("Механикалық шаманы оны есептеу формуласымен сәйкестендіріңіз.",
                            "Установите соответствие между механической величиной и формулой для её расчёта."),
                          L("Анықтамалар бойынша:", "По определениям:"))


def mt_formula_el(rng):
    return _pool_matching(rng, FORM_EL, 2, 4, PT + "dc_circuits", 2,
                          S(10, "Электродинамиканың негізгі формулалары", "Основные формулы электродинамики"),
                          L("Электрлік шаманы оны есептеу формуласымен сәйкестендіріңіз.",
                            "Установите соответствие между электрической величиной и формулой для её расчёта."),
                          L("Анықтамалар бойынша:", "По определениям:"))


DEVICES = [("Амперметр", "Амперметр", L("ток күші", "сила тока")), ("Вольтметр", "Вольтметр", L("кернеу", "напряжение")),
           ("Барометр", "Барометр", L("атмосфералық қысым", "атмосферное давление")),
           ("Динамометр", "Динамометр", L("күш", "сила")), ("Омметр", "Омметр", L("кедергі", "сопротивление")),
           ("Гигрометр", "Гигрометр", L("ауаның ылғалдылығы", "влажность воздуха")),
           ("Спидометр", "Спидометр", L("жылдамдық", "скорость")), ("Термометр", "Термометр", L("температура", "температура"))]


def mt_devices(rng):
    return _pool_matching(rng, DEVICES, 3, 5, PT + "dc_circuits", 1,
                          S(8, "Физикалық өлшеу құралдары", "Физические измерительные приборы"),
                          L("Өлшеу құралын ол өлшейтін физикалық шамамен сәйкестендіріңіз.",
                            "Установите соответствие между измерительным прибором и физической величиной, которую он измеряет."),
                          L("Құралдар:", "Приборы:"))


SCIENTISTS = [("Майкл Фарадей", "Майкл Фарадей", L("электромагниттік индукция құбылысын ашты",
                                                   "открыл явление электромагнитной индукции")),
              ("Ханс Кристиан Эрстед", "Ханс Кристиан Эрстед", L("электр тогының магнит тіліне әсерін байқады",
                                                                 "обнаружил действие электрического тока на магнитную стрелку")),
              ("Эрнест Резерфорд", "Эрнест Резерфорд", L("атомның ядролық (планетарлық) моделін ұсынды",
                                                         "предложил ядерную (планетарную) модель атома")),
              ("Александр Столетов", "Александр Столетов", L("фотоэффект заңдарын тәжірибе жүзінде зерттеді",
                                                             "экспериментально исследовал законы фотоэффекта")),
              ("Блез Паскаль", "Блез Паскаль", L("сұйықтар мен газдардың қысымды жан-жаққа бірдей беретінін тағайындады",
                                                 "установил, что жидкости и газы передают давление одинаково во всех направлениях")),
              ("Георг Ом", "Георг Ом", L("тізбек бөлігіндегі ток күшінің кернеу мен кедергіге тәуелділігін тағайындады",
                                         "установил зависимость силы тока на участке цепи от напряжения и сопротивления"))]


def mt_scientists(rng):
    return _pool_matching(rng, SCIENTISTS, 2, 4, PT + "magnetism", 3,
                          S(11, "Физика тарихы: негізгі ашылулар", "История физики: основные открытия"),
                          L("Ғалымды оның ғылыми жетістігімен сәйкестендіріңіз.",
                            "Установите соответствие между учёным и его научным достижением."),
                          L("Ғылым тарихы бойынша:", "По истории науки:"))


def mt_gas_processes(rng):
    pool = [("Изотермиялық процесс", "Изотермический процесс", L("ΔU = 0, Q = A", "ΔU = 0, Q = A")),
            ("Изохоралық процесс", "Изохорный процесс", L("A = 0, Q = ΔU", "A = 0, Q = ΔU")),
            ("Адиабаталық процесс", "Адиабатный процесс", L("Q = 0, A = −ΔU", "Q = 0, A = −ΔU")),
            ("Изобаралық процесс", "Изобарный процесс", L("Q = ΔU + pΔV, мұндағы p = const",
                                                          "Q = ΔU + pΔV, где p = const"))]
    chosen = rng.sample(pool, 4)
    pairs = [(L(a, b), c) for a, b, c in chosen[:3]]
    extra = [chosen[3][2], L("T = const, Q = ΔU", "T = const, Q = ΔU")]
    ex_kk = "; ".join(f"{p['kk']}: {o['kk']}" for p, o in pairs)
    ex_ru = "; ".join(f"{p['ru']}: {o['ru']}" for p, o in pairs)
    return matching(rng, PT + "thermodynamics", 5, S(10, "Термодинамиканың бірінші заңын изопроцестерге қолдану",
                                                     "Применение первого закона термодинамики к изопроцессам"),
                    L("Идеал газдағы процесті термодинамиканың бірінші заңының осы процеске сәйкес түрімен "
                      "сәйкестендіріңіз (A — газдың жұмысы, Q — газға берілген жылу).",
                      "Установите соответствие между процессом в идеальном газе и видом первого закона термодинамики "
                      "для этого процесса (A — работа газа, Q — количество теплоты, полученное газом)."),
                    pairs, extra,
                    L(f"Q = ΔU + A заңынан: {ex_kk}. Изотермиялық процесте T тұрақты, сондықтан ΔU = 0.",
                      f"Из закона Q = ΔU + A: {ex_ru}. В изотермическом процессе T постоянна, поэтому ΔU = 0."))


def mt_decay(rng):
    pool = [("α-ыдырау", "α-распад", L("A 4-ке, Z 2-ге кемиді", "A уменьшается на 4, Z — на 2")),
            ("β⁻-ыдырау", "β⁻-распад", L("A өзгермейді, Z 1-ге артады", "A не меняется, Z увеличивается на 1")),
            ("γ-сәулелену", "γ-излучение", L("A да, Z да өзгермейді", "не меняются ни A, ни Z")),
            ("β⁺-ыдырау", "β⁺-распад", L("A өзгермейді, Z 1-ге кемиді", "A не меняется, Z уменьшается на 1"))]
    first = rng.sample(pool[:3], 3)
    pairs = [(L(a, b), c) for a, b, c in first]
    extra = [pool[3][2], L("A 4-ке кемиді, Z 2-ге артады", "A уменьшается на 4, Z увеличивается на 2")]
    return matching(rng, PT + "quantum_nuclear", 3, S(11, "Радиоактивті ыдырау түрлері", "Виды радиоактивного распада"),
                    L("Радиоактивті түрлену түрін ядроның массалық саны A мен зарядтық саны Z-тің өзгерісімен "
                      "сәйкестендіріңіз.",
                      "Установите соответствие между видом радиоактивного превращения и изменением массового "
                      "числа A и зарядового числа Z ядра."),
                    pairs, extra,
                    L("α-бөлшек — гелий ядросы ⁴₂He, сондықтан A 4-ке, Z 2-ге кемиді; β⁻-ыдырауда нейтрон протонға "
                      "айналады (Z 1-ге артады, A өзгермейді); γ-квант зарядсыз және массасыз.",
                      "α-частица — ядро гелия ⁴₂He, поэтому A уменьшается на 4, Z — на 2; при β⁻-распаде нейтрон "
                      "превращается в протон (Z растёт на 1, A не меняется); γ-квант не имеет заряда и массы."))


def _num_matching(rng, topic, diff, src, stem, prompts, keys, wrongs, expl, fmt=dec):
    """prompts: bilingual texts (with units); keys: values; wrongs: candidate wrong values."""
    ks = [fmt(Fr(k)) for k in keys]
    assert len(set(ks)) == len(ks), f"matching keys coincide: {ks}"
    need = (5 if len(keys) == 3 else 4) - len(keys)
    extra = []
    for w in list(wrongs) + [Fr(keys[0]) * 2, Fr(keys[-1]) * 3, Fr(keys[0]) / 2]:
        try:
            s = fmt(Fr(w))
        except Retry:
            continue
        if s in ks or s in extra or Fr(w) < 0:
            continue
        extra.append(s)
        if len(extra) == need:
            break
    assert len(extra) == need
    pairs = list(zip(prompts, [both(s) for s in ks]))
    return matching(rng, topic, diff, src, stem, pairs, [both(s) for s in extra], expl)


def mt_calc_ek_p(rng):
    m = pick(rng, [2, 3, 4, 5])
    v = pick(rng, [3, 4, 6, 8])
    Ek, p = Fr(m * v * v, 2), m * v
    return _num_matching(rng, PT + "momentum", 2, S(9, "Кинетикалық энергия және импульс", "Кинетическая энергия и импульс"),
                         L(f"Массасы {m} кг дене {v} м/с жылдамдықпен қозғалады. Шаманы оның сандық мәнімен "
                           f"сәйкестендіріңіз.",
                           f"Тело массой {m} кг движется со скоростью {v} м/с. Установите соответствие между величиной "
                           f"и её числовым значением."),
                         [L("Кинетикалық энергиясы, Дж", "Кинетическая энергия, Дж"), L("Импульсі, кг·м/с", "Импульс, кг·м/с")],
                         [Ek, p], [m * v * v, Fr(m * v, 2), m * v * 2],
                         L(f"Eк = mv²/2 = {m}·{v}²/2 = {dec(Ek)} Дж; p = mv = {m}·{v} = {p} кг·м/с.",
                           f"Eк = mv²/2 = {m}·{v}²/2 = {dec(Ek)} Дж; p = mv = {m}·{v} = {p} кг·м/с."))


def mt_calc_resistors(rng):
    R1, R2, Rp = pick(rng, PAR)
    return _num_matching(rng, PT + "dc_circuits", 3, S(8, "Өткізгіштерді жалғау", "Соединение проводников"),
                         L(f"Кедергілері {R1} Ом және {R2} Ом екі резистор бар. Жалғау тәсілін жалпы кедергімен (Ом) "
                           f"сәйкестендіріңіз.",
                           f"Имеются два резистора сопротивлениями {R1} Ом и {R2} Ом. Установите соответствие между "
                           f"способом соединения и общим сопротивлением (Ом)."),
                         [L("Тізбектей жалғау", "Последовательное соединение"), L("Параллель жалғау", "Параллельное соединение")],
                         [R1 + R2, Rp], [Fr(R1 + R2, 2), abs(R1 - R2) if R1 != R2 else R1 * 3, R1 * R2],
                         L(f"Тізбектей: R = R₁ + R₂ = {R1 + R2} Ом; параллель: R = R₁R₂/(R₁ + R₂) = {R1 * R2}/{R1 + R2} = {Rp} Ом.",
                           f"Последовательно: R = R₁ + R₂ = {R1 + R2} Ом; параллельно: R = R₁R₂/(R₁ + R₂) = "
                           f"{R1 * R2}/{R1 + R2} = {Rp} Ом."))


def mt_calc_lens(rng):
    F, d = pick(rng, [(10, 15), (10, 30), (20, 30), (15, 20), (10, 20), (20, 60), (12, 18), (15, 45)])
    f = Fr(d * F, d - F)
    G = f / d
    return _num_matching(rng, PT + "optics", 4, S(11, "Жұқа линза формуласы", "Формула тонкой линзы"),
                         L(f"Нәрсе фокус аралығы {F} см жинағыш линзадан {d} см қашықтықта тұр. Шаманы оның мәнімен "
                           f"сәйкестендіріңіз.",
                           f"Предмет находится на расстоянии {d} см от собирающей линзы с фокусным расстоянием {F} см. "
                           f"Установите соответствие между величиной и её значением."),
                         [L("Линзадан кескінге дейінгі қашықтық, см", "Расстояние от линзы до изображения, см"),
                          L("Сызықтық үлкейту", "Линейное увеличение")],
                         [f, G], [Fr(d * F, d + F), d / f, d - F],
                         L(f"f = dF/(d − F) = {d}·{F}/{d - F} = {dec(f)} см; Γ = f/d = {dec(f)}/{d} = {dec(G)}.",
                           f"f = dF/(d − F) = {d}·{F}/{d - F} = {dec(f)} см; Γ = f/d = {dec(f)}/{d} = {dec(G)}."),
                         fmt=lambda x: dec(x, 3))


def mt_calc_kin(rng):
    v0 = pick(rng, [2, 3, 4, 5])
    a = pick(rng, [2, 3, 4])
    t = pick(rng, [3, 4, 5])
    v = v0 + a * t
    s = v0 * t + Fr(a * t * t, 2)
    return _num_matching(rng, PT + "kinematics", 3, S(9, "Бірқалыпты үдемелі қозғалыс", "Равноускоренное движение"),
                         L(f"Дене бастапқы {v0} м/с жылдамдықпен түзу сызық бойымен {a} м/с² үдеумен бірқалыпты "
                           f"үдемелі қозғалады. Қозғалыс басталғаннан кейін {t} с өткендегі шаманы оның мәнімен "
                           f"сәйкестендіріңіз.",
                           f"Тело движется прямолинейно и равноускоренно с начальной скоростью {v0} м/с и ускорением "
                           f"{a} м/с². Установите соответствие между величиной через {t} с после начала движения и её "
                           f"значением."),
                         [L("Жылдамдығы, м/с", "Скорость, м/с"), L("Орын ауыстыруы, м", "Перемещение, м")],
                         [v, s], [v0 * t + a * t * t, v0 + Fr(a * t, 2), a * t],
                         L(f"v = v₀ + at = {v0} + {a}·{t} = {v} м/с; s = v₀t + at²/2 = {v0}·{t} + {a}·{t}²/2 = {dec(s)} м.",
                           f"v = v₀ + at = {v0} + {a}·{t} = {v} м/с; s = v₀t + at²/2 = {v0}·{t} + {a}·{t}²/2 = {dec(s)} м."))


def mt_calc_throw(rng):
    v0 = pick(rng, [10, 20, 30, 40])
    H = Fr(v0 * v0, 20)
    t = Fr(v0, 10)
    return _num_matching(rng, PT + "kinematics", 3, S(9, "Вертикаль жоғары лақтыру", "Бросок вертикально вверх"),
                         L(f"Доп жерден вертикаль жоғары {v0} м/с жылдамдықпен лақтырылды (g = 10 м/с², ауаның "
                           f"кедергісі ескерілмейді). Шаманы оның мәнімен сәйкестендіріңіз.",
                           f"Мяч брошен с земли вертикально вверх со скоростью {v0} м/с (g = 10 м/с², сопротивлением "
                           f"воздуха пренебречь). Установите соответствие между величиной и её значением."),
                         [L("Ең үлкен көтерілу биіктігі, м", "Максимальная высота подъёма, м"),
                          L("Көтерілу уақыты, с", "Время подъёма, с")],
                         [H, t], [2 * t, Fr(v0 * v0, 10), H / 2],
                         L(f"H = v₀²/(2g) = {v0}²/20 = {dec(H)} м; көтерілу уақыты t = v₀/g = {v0}/10 = {dec(t)} с "
                           f"(2t = {dec(2 * t)} с — толық ұшу уақыты).",
                           f"H = v₀²/(2g) = {v0}²/20 = {dec(H)} м; время подъёма t = v₀/g = {v0}/10 = {dec(t)} с "
                           f"(2t = {dec(2 * t)} с — полное время полёта)."))


def mt_calc_circuit(rng):
    E, r, R = pick(rng, [(12, 1, 5), (24, 2, 10), (9, 1, 2), (18, 1, 8), (15, 1, 4), (30, 2, 13)])
    I = Fr(E, R + r)
    U = I * R
    P = I * I * R
    return _num_matching(rng, PT + "dc_circuits", 5, S(8, "Толық тізбек үшін Ом заңы", "Закон Ома для полной цепи"),
                         L(f"ЭҚК-і {E} В, ішкі кедергісі {r} Ом ток көзіне кедергісі {R} Ом резистор жалғанған. "
                           f"Шаманы оның мәнімен сәйкестендіріңіз.",
                           f"К источнику с ЭДС {E} В и внутренним сопротивлением {r} Ом подключён резистор "
                           f"сопротивлением {R} Ом. Установите соответствие между величиной и её значением."),
                         [L("Тізбектегі ток күші, А", "Сила тока в цепи, А"),
                          L("Ток көзінің қысқыштарындағы кернеу, В", "Напряжение на зажимах источника, В"),
                          L("Резистордағы қуат, Вт", "Мощность на резисторе, Вт")],
                         [I, U, P], [Fr(E, R), E * I, I * r],
                         L(f"I = ε/(R + r) = {E}/{R + r} = {dec(I)} А; U = IR = {dec(U)} В; P = I²R = {dec(P)} Вт.",
                           f"I = ε/(R + r) = {E}/{R + r} = {dec(I)} А; U = IR = {dec(U)} В; P = I²R = {dec(P)} Вт."),
                         fmt=lambda x: dec(x, 2))


# =============================================================================== physics: multiple
def _mix(rng, trues, falses, nt=None):
    if nt is None:
        nt = pick(rng, [1, 2, 2, 3]) if len(trues) >= 3 else min(len(trues), pick(rng, [1, 2]))
    nt = max(min(nt, len(trues), 3), 6 - len(falses))
    assert 1 <= nt <= 3 and nt <= len(trues), "cannot build 6 statements with 1-3 true"
    T = rng.sample(trues, nt)
    Fs = rng.sample(falses, 6 - nt)
    return [(t, True) for t in T] + [(f, False) for f in Fs]


def _expl_true(st, head):
    tk = "; ".join(s["kk"] for s, t in st if t)
    tr_ = "; ".join(s["ru"] for s, t in st if t)
    return L(f"{head['kk']} Дұрыс: {tk}.", f"{head['ru']} Верно: {tr_}.")


VECTORS = [L("жылдамдық", "скорость"), L("үдеу", "ускорение"), L("күш", "сила"), L("импульс", "импульс"),
           L("орын ауыстыру", "перемещение"), L("электр өрісінің кернеулігі", "напряжённость электрического поля"),
           L("магнит индукциясы", "магнитная индукция")]
SCALARS = [L("масса", "масса"), L("уақыт", "время"), L("жұмыс", "работа"), L("энергия", "энергия"),
           L("температура", "температура"), L("жол", "путь"), L("қуат", "мощность"), L("электр заряды", "электрический заряд")]


def mu_vectors(rng):
    st = _mix(rng, VECTORS, SCALARS, nt=3)
    return multiple(rng, PT + "kinematics", 1, S(9, "Векторлық және скалярлық шамалар", "Векторные и скалярные величины"),
                    L("Төмендегі физикалық шамалардың қайсылары векторлық шамалар?",
                      "Какие из перечисленных физических величин являются векторными?"), st,
                    _expl_true(st, L("Векторлық шаманың модулі мен бағыты болады.",
                                     "Векторная величина имеет модуль и направление.")))


def mu_scalars(rng):
    st = _mix(rng, SCALARS, VECTORS, nt=2)
    return multiple(rng, PT + "kinematics", 2, S(9, "Векторлық және скалярлық шамалар", "Векторные и скалярные величины"),
                    L("Төмендегі физикалық шамалардың қайсылары скалярлық шамалар?",
                      "Какие из перечисленных физических величин являются скалярными?"), st,
                    _expl_true(st, L("Скалярлық шама тек сан мәнімен сипатталады, бағыты болмайды.",
                                     "Скалярная величина задаётся только числом и не имеет направления.")))


def poly_t(x0, v0, c):
    s = f"{x0}"
    if v0:
        s += f" {'+' if v0 > 0 else MINUS} {abs(v0) if abs(v0) != 1 else ''}t"
    if c:
        s += f" {'+' if c > 0 else MINUS} {abs(c) if abs(c) != 1 else ''}t²"
    return s


def mu_motion_eq(rng):
    x0 = pick(rng, [2, 3, 5, 6, 10])
    v0 = pick(rng, [-4, -3, 2, 3, 4, 6, 8])
    a = pick(rng, [-4, -2, 2, 4, 6])
    c = a // 2
    x1 = x0 + v0 + Fr(a, 2)
    v2 = v0 + 2 * a
    trues = [L(f"бастапқы координатасы {x0} м", f"начальная координата {x0} м"),
             L(f"бастапқы жылдамдығының проекциясы {dec(v0)} м/с", f"проекция начальной скорости {dec(v0)} м/с"),
             L(f"үдеуінің проекциясы {dec(a)} м/с²", f"проекция ускорения {dec(a)} м/с²"),
             L(f"t = 2 с сәтте жылдамдығының проекциясы {dec(v2)} м/с", f"в момент t = 2 с проекция скорости {dec(v2)} м/с"),
             L(f"t = 1 с сәтте координатасы {dec(x1)} м", f"в момент t = 1 с координата {dec(x1)} м")]
    falses = [L(f"үдеуінің проекциясы {dec(c)} м/с²", f"проекция ускорения {dec(c)} м/с²"),
              L("дене бірқалыпты қозғалады", "тело движется равномерно"),
              L(f"t = 2 с сәтте жылдамдығының проекциясы {dec(v0 + a)} м/с", f"в момент t = 2 с проекция скорости {dec(v0 + a)} м/с"),
              L(f"t = 1 с сәтте координатасы {dec(x0 + v0 + a)} м", f"в момент t = 1 с координата {dec(x0 + v0 + a)} м"),
              L(f"бастапқы координатасы {x0 + v0} м", f"начальная координата {x0 + v0} м")]
    st = _mix(rng, trues, falses, nt=1)
    eq = poly_t(x0, v0, c)
    return multiple(rng, PT + "kinematics", 5, S(9, "Бірқалыпты үдемелі қозғалыстың координата теңдеуі",
                                                 "Уравнение координаты равноускоренного движения"),
                    L(f"Дененің координатасы уақытқа x = {eq} заңымен тәуелді (барлық шамалар ХБЖ-да). Қай тұжырымдар "
                      f"дұрыс?",
                      f"Координата тела меняется со временем по закону x = {eq} (все величины в СИ). Какие "
                      f"утверждения верны?"), st,
                    _expl_true(st, L(f"x = x₀ + v₀t + at²/2 теңдеуімен салыстырамыз: x₀ = {x0} м, v₀ = {dec(v0)} м/с, "
                                     f"a/2 = {dec(c)}, яғни a = {dec(a)} м/с²; v = v₀ + at.",
                                     f"Сравниваем с x = x₀ + v₀t + at²/2: x₀ = {x0} м, v₀ = {dec(v0)} м/с, a/2 = {dec(c)}, "
                                     f"т. е. a = {dec(a)} м/с²; v = v₀ + at.")))


def mu_parallel(rng):
    R1, R2, Rp = pick(rng, [p for p in PAR if p[0] != p[1]])
    U = Rp * pick(rng, [1, 2, 3])
    I1, I2, I = Fr(U, R1), Fr(U, R2), Fr(U, Rp)
    trues = [L(f"тізбектің жалпы кедергісі {Rp} Ом", f"общее сопротивление цепи {Rp} Ом"),
             L(f"R₁ резистордағы ток күші {dec(I1)} А", f"сила тока в резисторе R₁ равна {dec(I1)} А"),
             L(f"тармақталмаған бөліктегі ток күші {dec(I)} А", f"сила тока в неразветвлённой части цепи {dec(I)} А"),
             L(f"R₂ резистордағы кернеу {U} В", f"напряжение на резисторе R₂ равно {U} В")]
    falses = [L(f"тізбектің жалпы кедергісі {R1 + R2} Ом", f"общее сопротивление цепи {R1 + R2} Ом"),
              L(f"R₁ резистордағы ток күші {dec(I2)} А", f"сила тока в резисторе R₁ равна {dec(I2)} А"),
              L(f"тармақталмаған бөліктегі ток күші {dec(Fr(U, R1 + R2))} А",
                f"сила тока в неразветвлённой части цепи {dec(Fr(U, R1 + R2))} А"),
              L(f"R₂ резистордағы кернеу {dec(Fr(U, 2))} В", f"напряжение на резисторе R₂ равно {dec(Fr(U, 2))} В"),
              L("екі резистордағы ток күштері бірдей", "силы тока в обоих резисторах одинаковы")]
    st = _mix(rng, trues, falses)
    return multiple(rng, PT + "dc_circuits", 4, S(8, "Өткізгіштерді параллель жалғау", "Параллельное соединение проводников"),
                    L(f"Кедергілері R₁ = {R1} Ом және R₂ = {R2} Ом резисторлар параллель жалғанып, {U} В кернеу көзіне "
                      f"қосылған. Қай тұжырымдар дұрыс?",
                      f"Резисторы R₁ = {R1} Ом и R₂ = {R2} Ом соединены параллельно и подключены к источнику "
                      f"напряжения {U} В. Какие утверждения верны?"), st,
                    _expl_true(st, L(f"Параллель жалғауда кернеу бірдей ({U} В), R = R₁R₂/(R₁ + R₂) = {Rp} Ом, Iₖ = U/Rₖ.",
                                     f"При параллельном соединении напряжение одинаково ({U} В), R = R₁R₂/(R₁ + R₂) = "
                                     f"{Rp} Ом, Iₖ = U/Rₖ.")))


def mu_isothermal(rng):
    trues = [L("газдың ішкі энергиясы өзгермейді", "внутренняя энергия газа не меняется"),
             L("газдың қысымы артады", "давление газа увеличивается"),
             L("газ қоршаған ортаға жылу береді", "газ отдаёт теплоту окружающей среде")]
    falses = [L("газдың температурасы артады", "температура газа увеличивается"),
              L("газ оң жұмыс атқарады", "газ совершает положительную работу"),
              L("молекулалардың орташа кинетикалық энергиясы артады", "средняя кинетическая энергия молекул увеличивается"),
              L("газдың тығыздығы кемиді", "плотность газа уменьшается"),
              L("газ жылу алады", "газ получает теплоту")]
    st = _mix(rng, trues, falses)
    return multiple(rng, PT + "thermodynamics", 4, S(10, "Изопроцестер және термодинамиканың бірінші заңы",
                                                     "Изопроцессы и первый закон термодинамики"),
                    L("Идеал газ изотермиялық түрде сығылады. Қай тұжырымдар дұрыс?",
                      "Идеальный газ сжимают изотермически. Какие утверждения верны?"), st,
                    _expl_true(st, L("T = const, сондықтан ΔU = 0; pV = const, V кемісе p артады; газдың жұмысы теріс, "
                                     "Q = A < 0, яғни газ жылу береді.",
                                     "T = const, поэтому ΔU = 0; pV = const, при уменьшении V давление растёт; работа "
                                     "газа отрицательна, Q = A < 0, т. е. газ отдаёт теплоту.")))


def mu_energy_units(rng):
    trues = [both("Дж"), both("эВ"), L("кВт·сағ", "кВт·ч"), both("Н·м")]
    falses = [both("Вт"), both("Н/м"), both("Па"), both("кг·м/с"), L("Вт/с", "Вт/с"), both("Н·с")]
    st = _mix(rng, trues, falses, nt=pick(rng, [2, 3]))
    return multiple(rng, PT + "work_energy", 3, S(9, "Энергия және жұмыс бірліктері", "Единицы энергии и работы"),
                    L("Қай бірліктер энергияның (жұмыстың) өлшем бірліктері болып табылады?",
                      "Какие из единиц являются единицами энергии (работы)?"), st,
                    _expl_true(st, L("1 Дж = 1 Н·м; 1 эВ = 1,6·10⁻¹⁹ Дж; 1 кВт·сағ = 3,6·10⁶ Дж. Вт — қуат, Па — "
                                     "қысым, Н/м — қатаңдық, Н·с және кг·м/с — импульс бірліктері; Вт/с энергия "
                                     "бірлігі емес (1 Дж = 1 Вт·с).",
                                     "1 Дж = 1 Н·м; 1 эВ = 1,6·10⁻¹⁹ Дж; 1 кВт·ч = 3,6·10⁶ Дж. Вт — мощность, Па — "
                                     "давление, Н/м — жёсткость, Н·с и кг·м/с — единицы импульса; Вт/с не единица "
                                     "энергии (1 Дж = 1 Вт·с).")))


def mu_lens_image(rng):
    F, d = pick(rng, [(10, 15), (10, 30), (20, 30), (15, 20), (15, 45), (20, 60), (12, 18)])
    f = Fr(d * F, d - F)
    enl = d < 2 * F
    trues = [L("кескін шын", "изображение действительное"), L("кескін төңкерілген", "изображение перевёрнутое"),
             L("кескін үлкейтілген", "изображение увеличенное") if enl else L("кескін кішірейтілген", "изображение уменьшенное"),
             L(f"кескін линзадан {dec(f)} см қашықтықта", f"изображение находится на расстоянии {dec(f)} см от линзы")]
    falses = [L("кескін жалған", "изображение мнимое"), L("кескін тура", "изображение прямое"),
              L("кескін кішірейтілген", "изображение уменьшенное") if enl else L("кескін үлкейтілген", "изображение увеличенное"),
              L(f"кескін линзадан {dec(Fr(d * F, d + F), 2)} см қашықтықта",
                f"изображение находится на расстоянии {dec(Fr(d * F, d + F), 2)} см от линзы")]
    st = _mix(rng, trues, falses, nt=pick(rng, [2, 3]))
    return multiple(rng, PT + "optics", 4, S(11, "Жинағыш линзадағы кескін", "Изображение в собирающей линзе"),
                    L(f"Нәрсе фокус аралығы {F} см жинағыш линзадан {d} см қашықтықта орналасқан. Нәрсенің кескіні "
                      f"туралы қай тұжырымдар дұрыс?",
                      f"Предмет находится на расстоянии {d} см от собирающей линзы с фокусным расстоянием {F} см. "
                      f"Какие утверждения об изображении предмета верны?"), st,
                    _expl_true(st, L(f"d > F, сондықтан кескін шын әрі төңкерілген; f = dF/(d − F) = {dec(f)} см, "
                                     f"Γ = f/d = {dec(f / d, 3)}.",
                                     f"d > F, поэтому изображение действительное и перевёрнутое; f = dF/(d − F) = "
                                     f"{dec(f)} см, Γ = f/d = {dec(f / d, 3)}.")))


def mu_freefall(rng):
    h = pick(rng, [20, 45, 80])
    t = {20: 2, 45: 3, 80: 4}[h]
    v = 10 * t
    trues = [L(f"түсу уақыты {t} с", f"время падения {t} с"),
             L(f"жерге соғылар сәттегі жылдамдығы {v} м/с", f"скорость в момент удара о землю {v} м/с"),
             L("бірінші секундта 5 м жол жүреді", "за первую секунду проходит 5 м"),
             L(f"түсу кезіндегі орташа жылдамдығы {dec(Fr(v, 2))} м/с", f"средняя скорость за время падения {dec(Fr(v, 2))} м/с")]
    falses = [L(f"түсу уақыты {2 * t} с", f"время падения {2 * t} с"),
              L(f"жерге соғылар сәттегі жылдамдығы {dec(Fr(v, 2))} м/с", f"скорость в момент удара о землю {dec(Fr(v, 2))} м/с"),
              L("соңғы секундта 5 м жол жүреді", "за последнюю секунду проходит 5 м"),
              L("дененің үдеуі уақыт өткен сайын артады", "ускорение тела растёт со временем")]
    st = _mix(rng, trues, falses, nt=pick(rng, [2, 3]))
    return multiple(rng, PT + "kinematics", 3, S(9, "Еркін түсу", "Свободное падение"),
                    L(f"Дене {h} м биіктіктен бастапқы жылдамдықсыз еркін түседі (g = 10 м/с², ауаның кедергісі "
                      f"ескерілмейді). Қай тұжырымдар дұрыс?",
                      f"Тело свободно падает без начальной скорости с высоты {h} м (g = 10 м/с², сопротивлением "
                      f"воздуха пренебречь). Какие утверждения верны?"), st,
                    _expl_true(st, L(f"t = √(2h/g) = {t} с, v = gt = {v} м/с, бірінші секундтағы жол g·1²/2 = 5 м, "
                                     f"орташа жылдамдық h/t = {dec(Fr(h, t))} м/с.",
                                     f"t = √(2h/g) = {t} с, v = gt = {v} м/с, путь за первую секунду g·1²/2 = 5 м, "
                                     f"средняя скорость h/t = {dec(Fr(h, t))} м/с.")))


def mu_wave_light(rng):
    trues = [L("интерференция", "интерференция"), L("дифракция", "дифракция"), L("поляризация", "поляризация")]
    falses = [L("фотоэффект", "фотоэффект"), L("Комптон эффектісі", "эффект Комптона"),
              L("атомдардың сызықтық шығару спектрлері", "линейчатые спектры излучения атомов")]
    st = _mix(rng, trues, falses, nt=3)
    return multiple(rng, PT + "optics", 3, S(11, "Жарықтың толқындық қасиеттері", "Волновые свойства света"),
                    L("Төмендегі құбылыстардың қайсылары жарықтың толқындық табиғатын дәлелдейді?",
                      "Какие из перечисленных явлений подтверждают волновую природу света?"), st,
                    L("Интерференция, дифракция және поляризация тек толқындарға тән; фотоэффект, Комптон эффектісі "
                      "және сызықтық спектрлер жарықтың кванттық қасиеттерімен түсіндіріледі.",
                      "Интерференция, дифракция и поляризация присущи только волнам; фотоэффект, эффект Комптона и "
                      "линейчатые спектры объясняются квантовыми свойствами света."))


def mu_magnetic_deflect(rng):
    trues = [L("γ-кванттар", "γ-кванты"), L("нейтрондар", "нейтроны")]
    falses = [L("α-бөлшектер", "α-частицы"), L("электрондар", "электроны"), L("протондар", "протоны"),
              L("позитрондар", "позитроны")]
    st = _mix(rng, trues, falses, nt=2)
    return multiple(rng, PT + "magnetism", 3, S(11, "Лоренц күші. Радиоактивті сәулелер", "Сила Лоренца. Радиоактивные излучения"),
                    L("Біртекті магнит өрісіне индукция сызықтарына перпендикуляр ұшып кірген қай бөлшектер "
                      "ауытқымайды?",
                      "Какие частицы, влетевшие в однородное магнитное поле перпендикулярно линиям индукции, не "
                      "отклоняются?"), st,
                    L("Лоренц күші F = qvB бөлшектің зарядына пропорционал; γ-квант пен нейтронның заряды нөлге тең, "
                      "қалған бөлшектер зарядталған.",
                      "Сила Лоренца F = qvB пропорциональна заряду частицы; у γ-кванта и нейтрона заряд равен нулю, "
                      "остальные частицы заряжены."))


def mu_collision(rng):
    m1, m2, v1 = pick(rng, [(2, 2, 4), (1, 3, 8), (3, 1, 4), (2, 3, 5), (4, 1, 5), (1, 1, 6)])
    u = Fr(m1 * v1, m1 + m2)
    E1 = Fr(m1 * v1 * v1, 2)
    E2 = (m1 + m2) * u * u / 2
    Q = E1 - E2
    trues = [L(f"соқтығысудан кейінгі жылдамдық {dec(u)} м/с", f"скорость после удара {dec(u)} м/с"),
             L(f"жүйенің импульсі {m1 * v1} кг·м/с болып сақталады", f"импульс системы сохраняется и равен {m1 * v1} кг·м/с"),
             L(f"ішкі энергияға {dec(Q)} Дж айналады", f"во внутреннюю энергию переходит {dec(Q)} Дж")]
    falses = [L("кинетикалық энергия сақталады", "кинетическая энергия сохраняется"),
              L(f"соқтығысудан кейінгі жылдамдық {dec(Fr(m1 * v1, m2))} м/с", f"скорость после удара {dec(Fr(m1 * v1, m2))} м/с"),
              L(f"ішкі энергияға {dec(E1)} Дж айналады", f"во внутреннюю энергию переходит {dec(E1)} Дж"),
              L("соқтығысудан кейін жүйенің импульсі нөлге тең", "после удара импульс системы равен нулю")]
    if Fr(m1 * v1, m2) == u:
        raise Retry()
    st = _mix(rng, trues, falses)
    return multiple(rng, PT + "momentum", 5, S(9, "Серпімсіз соқтығысу", "Неупругий удар"),
                    L(f"Массасы {m1} кг шар {v1} м/с жылдамдықпен қозғалып, тыныштықта тұрған массасы {m2} кг шарға "
                      f"соғылып, онымен бірге қозғалады (абсолют серпімсіз соққы). Қай тұжырымдар дұрыс?",
                      f"Шар массой {m1} кг, движущийся со скоростью {v1} м/с, налетает на покоящийся шар массой {m2} кг, "
                      f"и дальше они движутся вместе (абсолютно неупругий удар). Какие утверждения верны?"), st,
                    _expl_true(st, L(f"u = m₁v₁/(m₁ + m₂) = {dec(u)} м/с; Eк₁ = {dec(E1)} Дж, Eк₂ = {dec(E2)} Дж, "
                                     f"Q = {dec(Q)} Дж.",
                                     f"u = m₁v₁/(m₁ + m₂) = {dec(u)} м/с; Eк₁ = {dec(E1)} Дж, Eк₂ = {dec(E2)} Дж, "
                                     f"Q = {dec(Q)} Дж.")))


def mu_oscillation(rng):
    A = pick(rng, [Fr(2, 100), Fr(5, 100), Fr(1, 10), Fr(4, 100)])
    k = pick(rng, [2, 4, 5, 8, 10])
    nu, T = Fr(k, 2), Fr(2, k)
    trues = [L(f"амплитудасы {dec(A)} м", f"амплитуда {dec(A)} м"), L(f"периоды {dec(T)} с", f"период {dec(T)} с"),
             L(f"жиілігі {dec(nu)} Гц", f"частота {dec(nu)} Гц"),
             L(f"циклдік жиілігі {k}π рад/с", f"циклическая частота {k}π рад/с")]
    falses = [L(f"амплитудасы {dec(2 * A)} м", f"амплитуда {dec(2 * A)} м"), L(f"периоды {dec(nu)} с", f"период {dec(nu)} с"),
              L(f"жиілігі {k} Гц", f"частота {k} Гц"), L(f"циклдік жиілігі {k} рад/с", f"циклическая частота {k} рад/с")]
    if T == nu:
        raise Retry()
    st = _mix(rng, trues, falses, nt=pick(rng, [2, 3]))
    return multiple(rng, PT + "oscillations_waves", 4, S(9, "Гармониялық тербелістер", "Гармонические колебания"),
                    L(f"Тербелетін нүктенің координатасы x = {dec(A)}·cos({k}πt) заңымен өзгереді (барлық шамалар "
                      f"ХБЖ-да). Қай тұжырымдар дұрыс?",
                      f"Координата колеблющейся точки меняется по закону x = {dec(A)}·cos({k}πt) (все величины в СИ). "
                      f"Какие утверждения верны?"), st,
                    _expl_true(st, L(f"x = A·cos(ωt): A = {dec(A)} м, ω = {k}π рад/с, ν = ω/(2π) = {dec(nu)} Гц, "
                                     f"T = 1/ν = {dec(T)} с.",
                                     f"x = A·cos(ωt): A = {dec(A)} м, ω = {k}π рад/с, ν = ω/(2π) = {dec(nu)} Гц, "
                                     f"T = 1/ν = {dec(T)} с.")))


def mu_capacitor(rng):
    k = pick(rng, [2, 3])
    trues = [L(f"сыйымдылығы {k} есе кемиді", f"ёмкость уменьшилась в {k} {ru_raz(k)}"),
             L("заряды өзгермейді", "заряд не изменился"),
             L(f"пластиналар арасындағы кернеу {k} есе артады", f"напряжение между пластинами увеличилось в {k} {ru_raz(k)}"),
             L(f"электр өрісінің энергиясы {k} есе артады", f"энергия электрического поля увеличилась в {k} {ru_raz(k)}"),
             L("пластиналар арасындағы өріс кернеулігі өзгермейді", "напряжённость поля между пластинами не изменилась")]
    falses = [L(f"сыйымдылығы {k} есе артады", f"ёмкость увеличилась в {k} {ru_raz(k)}"),
              L(f"заряды {k} есе кемиді", f"заряд уменьшился в {k} {ru_raz(k)}"),
              L(f"пластиналар арасындағы кернеу {k} есе кемиді", f"напряжение между пластинами уменьшилось в {k} {ru_raz(k)}"),
              L(f"электр өрісінің энергиясы {k} есе кемиді", f"энергия электрического поля уменьшилась в {k} {ru_raz(k)}"),
              L(f"пластиналар арасындағы өріс кернеулігі {k} есе артады",
                f"напряжённость поля между пластинами увеличилась в {k} {ru_raz(k)}")]
    st = _mix(rng, trues, falses, nt=pick(rng, [2, 3]))
    return multiple(rng, PT + "electrostatics", 5, S(10, "Жазық конденсатор", "Плоский конденсатор"),
                    L(f"Жазық ауа конденсаторы зарядталып, ток көзінен ажыратылды, содан кейін оның пластиналарының "
                      f"ара қашықтығы {k} есе арттырылды. Қай тұжырымдар дұрыс?",
                      f"Плоский воздушный конденсатор зарядили и отключили от источника, после чего расстояние между "
                      f"его пластинами увеличили в {k} {ru_raz(k)}. Какие утверждения верны?"), st,
                    _expl_true(st, L(f"Көзден ажыратылғанда q = const. C = ε₀S/d, d {k} есе артса C {k} есе кемиді; "
                                     f"U = q/C {k} есе артады; W = q²/(2C) {k} есе артады; E = U/d өзгермейді.",
                                     f"Отключённый конденсатор: q = const. C = ε₀S/d, при увеличении d в {k} {ru_raz(k)} C "
                                     f"уменьшается в {k} {ru_raz(k)}; U = q/C растёт в {k} {ru_raz(k)}; W = q²/(2C) растёт "
                                     f"в {k} {ru_raz(k)}; E = U/d не меняется.")))


def mu_si_base(rng):
    trues = [both("кг"), both("А"), both("К"), both("моль"), both("с")]
    falses = [both("Н"), both("Дж"), both("Вт"), both("В"), both("Па"), both("Ом"), both("Кл")]
    st = _mix(rng, trues, falses, nt=1)
    return multiple(rng, PT + "dynamics", 2, S(7, "Халықаралық бірліктер жүйесі (ХБЖ)", "Международная система единиц (СИ)"),
                    L("Төмендегі бірліктердің қайсылары ХБЖ-ның негізгі бірліктері болып табылады?",
                      "Какие из перечисленных единиц являются основными единицами СИ?"), st,
                    L("ХБЖ-ның негізгі бірліктері: м, кг, с, А, К, моль, кд. Н, Дж, Вт, В, Па, Ом, Кл — туынды бірліктер.",
                      "Основные единицы СИ: м, кг, с, А, К, моль, кд. Н, Дж, Вт, В, Па, Ом, Кл — производные единицы."))


# =============================================================================== physics: contexts
def ctx_spring(rng):
    k = pick(rng, [25, 40, 50])
    masses = [100, 200, 300, 400, 500]
    xs = [Fr(m * 10, 1000) / k * 100 for m in masses]  # cm
    rows = "\n".join(f"| {i + 1} | {m} | {dec(x)} |" for i, (m, x) in enumerate(zip(masses, xs)))
    text = L("Оқушы серіппеге массасы әртүрлі жүктерді іліп, серіппенің ұзаруын өлшеді (g = 10 м/с²). "
             "Серіппе барлық тәжірибеде серпімді деформацияланды.\n\n"
             "| Тәжірибе | Жүктің массасы m, г | Серіппенің ұзаруы x, см |\n|---|---|---|\n" + rows,
             "Ученик подвешивал к пружине грузы разной массы и измерял удлинение пружины (g = 10 м/с²). "
             "Во всех опытах пружина деформировалась упруго.\n\n"
             "| Опыт | Масса груза m, г | Удлинение пружины x, см |\n|---|---|---|\n" + rows)
    title = L("Серіппенің қатаңдығын анықтау", "Определение жёсткости пружины")
    src = S(7, "Зертханалық жұмыс: серіппенің қатаңдығын анықтау", "Лабораторная работа: определение жёсткости пружины")
    qs = []
    F3 = Fr(300 * 10, 1000)
    oc = numopts(rng, F3, [300 * 10, Fr(300, 1000), k * xs[2], F3 * 2], "Н")
    qs.append(single(PT + "dynamics", 1, src,
                     L("Үшінші тәжірибеде серіппеде пайда болған серпімділік күші неге тең?",
                       "Чему равна сила упругости пружины в третьем опыте?"), oc,
                     L(f"Тепе-теңдікте Fсерп = mg = 0,3·10 = {dec(F3)} Н.",
                       f"В равновесии Fупр = mg = 0,3·10 = {dec(F3)} Н.")))
    oc = numopts(rng, k, [Fr(k, 100), k * 100, Fr(1000, k), 2 * k], "Н/м", fmt=lambda x: dec(x, 3))
    qs.append(single(PT + "dynamics", 2, src,
                     L("Кестедегі деректер бойынша серіппенің қатаңдығын табыңыз.",
                       "По данным таблицы найдите жёсткость пружины."), oc,
                     L(f"Мысалы, 1-тәжірибеден: k = mg/x = 1 Н / {dec(xs[0] / 100)} м = {k} Н/м (кез келген жол осы мәнді береді).",
                       f"Например, по опыту 1: k = mg/x = 1 Н / {dec(xs[0] / 100)} м = {k} Н/м (любая строка даёт то же значение).")))
    M = pick(rng, [150, 250, 350, 450])
    xM = Fr(M * 10, 1000) / k * 100
    oc = numopts(rng, xM, [Fr(M * 10, k), xM * 2, xM / 2, Fr(M, k)], "см", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "dynamics", 2, src,
                     L(f"Осы серіппеге массасы {M} г жүк ілсе, серіппенің ұзаруы қандай болады?",
                       f"Каким будет удлинение этой пружины, если подвесить к ней груз массой {M} г?"), oc,
                     L(f"Гук заңы бойынша ұзару массаға пропорционал: x = mg/k = {dec(Fr(M, 1000))}·10/{k} = "
                       f"{dec(xM / 100)} м = {dec(xM)} см.",
                       f"По закону Гука удлинение пропорционально массе: x = mg/k = {dec(Fr(M, 1000))}·10/{k} = "
                       f"{dec(xM / 100)} м = {dec(xM)} см.")))
    x5 = xs[4] / 100
    E = k * x5 * x5 / 2
    oc = numopts(rng, E, [k * x5 * x5, k * xs[4] * xs[4] / 2, k * x5 / 2, 5 * 10 * x5 if 5 * 10 * x5 != E else E * 4], "Дж",
                 fmt=lambda x: dec(x, 4))
    qs.append(single(PT + "work_energy", 3, src,
                     L("Бесінші тәжірибедегі созылған серіппенің потенциалдық энергиясы неге тең?",
                       "Чему равна потенциальная энергия растянутой пружины в пятом опыте?"), oc,
                     L(f"x = {dec(xs[4])} см = {dec(x5)} м; Eп = kx²/2 = {k}·{dec(x5)}²/2 = {dec(E)} Дж.",
                       f"x = {dec(xs[4])} см = {dec(x5)} м; Eп = kx²/2 = {k}·{dec(x5)}²/2 = {dec(E)} Дж.")))
    M2 = pick(rng, [200, 400, 600])
    x2 = Fr(M2 * 10, 1000) / (2 * k) * 100
    oc = numopts(rng, x2, [x2 * 2, x2 * 4, x2 / 2, Fr(M2 * 10, 2 * k)], "см", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "dynamics", 4, src,
                     L(f"Дәл осындай екі серіппені параллель жалғап, оларға массасы {M2} г жүк ілді. Серіппелер "
                       f"қаншаға созылады?",
                       f"Две такие же пружины соединили параллельно и подвесили к ним груз массой {M2} г. На сколько "
                       f"растянутся пружины?"), oc,
                     L(f"Параллель жалғанған серіппелердің қатаңдығы 2k = {2 * k} Н/м. x = mg/(2k) = "
                       f"{dec(Fr(M2 * 10, 1000))}/{2 * k} = {dec(x2 / 100)} м = {dec(x2)} см.",
                       f"Жёсткость параллельно соединённых пружин 2k = {2 * k} Н/м. x = mg/(2k) = "
                       f"{dec(Fr(M2 * 10, 1000))}/{2 * k} = {dec(x2 / 100)} м = {dec(x2)} см.")))
    return dict(title=title, text=text, items=qs)


def ctx_vt(rng):
    v0 = pick(rng, [0, 2, 4])
    a1 = pick(rng, [2, 4])
    m = pick(rng, [2, 4, 5])
    v1 = v0 + 3 * a1
    a3 = Fr(v1, 2)
    vs = [v0 + a1 * t for t in range(4)] + [v1, v1, v1] + [v1 - a3, 0]
    ts = list(range(9))
    text = L(f"Массасы {m} кг дене түзу сызық бойымен қозғалады. Кестеде оның жылдамдығының уақытқа тәуелділігі "
             f"берілген; әр аралықта (0–3 с, 3–6 с, 6–8 с) жылдамдық сызықтық өзгереді.\n\n"
             f"| t, с | " + " | ".join(str(t) for t in ts) + " |\n|---|" + "---|" * 9 + "\n| v, м/с | "
             + " | ".join(dec(v) for v in vs) + " |",
             f"Тело массой {m} кг движется по прямой. В таблице дана зависимость его скорости от времени; на каждом "
             f"участке (0–3 с, 3–6 с, 6–8 с) скорость меняется линейно.\n\n"
             f"| t, с | " + " | ".join(str(t) for t in ts) + " |\n|---|" + "---|" * 9 + "\n| v, м/с | "
             + " | ".join(dec(v) for v in vs) + " |")
    title = L("Жылдамдықтың уақытқа тәуелділігі", "Зависимость скорости от времени")
    src = S(9, "Бірқалыпты үдемелі қозғалыс графиктері", "Графики равноускоренного движения")
    qs = []
    oc = numopts(rng, a1, [Fr(v1, 3), v1, Fr(v1 - v0, 2), a3], "м/с²", fmt=lambda x: dec(x, 3))
    qs.append(single(PT + "kinematics", 2, src,
                     L("Алғашқы 3 с ішіндегі дененің үдеуі неге тең?", "Чему равно ускорение тела в первые 3 с?"), oc,
                     L(f"a = (v − v₀)/t = ({v1} − {v0})/3 = {a1} м/с².", f"a = (v − v₀)/t = ({v1} − {v0})/3 = {a1} м/с².")))
    s = Fr(v0 + v1, 2) * 3 + v1 * 3 + Fr(v1, 2) * 2
    oc = numopts(rng, s, [v1 * 8, Fr(v0 + v1, 2) * 3 + v1 * 3, sum(vs), s - Fr(v0 * 3, 2) if v0 else s + v1], "м",
                 fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "kinematics", 4, src,
                     L("Дененің 0–8 с аралығындағы орын ауыстыруы неге тең?", "Чему равно перемещение тела за 0–8 с?"), oc,
                     L(f"Орын ауыстыру v(t) графигінің астындағы ауданға тең: ({v0} + {v1})/2·3 + {v1}·3 + {v1}·2/2 = {dec(s)} м.",
                       f"Перемещение равно площади под графиком v(t): ({v0} + {v1})/2·3 + {v1}·3 + {v1}·2/2 = {dec(s)} м.")))
    F = m * a3
    oc = numopts(rng, F, [m * v1, m * a1 if m * a1 != F else m * a1 * 2, a3, m * 10], "Н", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "dynamics", 3, src,
                     L("6–8 с аралығында денеге әсер ететін тең әсерлі күштің модулі неге тең?",
                       "Чему равен модуль равнодействующей силы, действующей на тело в интервале 6–8 с?"), oc,
                     L(f"Тежелу үдеуінің модулі a = {v1}/2 = {dec(a3)} м/с². Ньютонның II заңы: F = ma = {m}·{dec(a3)} = {dec(F)} Н.",
                       f"Модуль ускорения при торможении a = {v1}/2 = {dec(a3)} м/с². По второму закону Ньютона F = ma = "
                       f"{m}·{dec(a3)} = {dec(F)} Н.")))
    vav = s / 8
    oc = numopts(rng, vav, [Fr(v0 + v1, 2), Fr(v1, 2) if Fr(v1, 2) != vav else v1, Fr(sum(vs), 9), s / 6], "м/с",
                 fmt=lambda x: dec(x, 3))
    qs.append(single(PT + "kinematics", 3, src,
                     L("Дененің бүкіл қозғалыс уақытындағы (0–8 с) орташа жылдамдығы неге тең?",
                       "Чему равна средняя скорость тела за всё время движения (0–8 с)?"), oc,
                     L(f"Орташа жылдамдық = барлық жол / барлық уақыт = {dec(s)}/8 = {dec(vav)} м/с.",
                       f"Средняя скорость = весь путь / всё время = {dec(s)}/8 = {dec(vav)} м/с.")))
    Ek = Fr(m * v1 * v1, 2)
    oc = numopts(rng, Ek, [m * v1 * v1, Fr(m * v1, 2), Fr(m * (v1 - a3) ** 2, 2)], "Дж", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "work_energy", 2, src,
                     L("t = 4 с сәттегі дененің кинетикалық энергиясы неге тең?",
                       "Чему равна кинетическая энергия тела в момент t = 4 с?"), oc,
                     L(f"Кестеден v(4) = {v1} м/с. Eк = mv²/2 = {m}·{v1}²/2 = {dec(Ek)} Дж.",
                       f"По таблице v(4) = {v1} м/с. Eк = mv²/2 = {m}·{v1}²/2 = {dec(Ek)} Дж.")))
    return dict(title=title, text=text, items=qs)


def ctx_circuit(rng):
    R1, R2, Rp = pick(rng, [(6, 3, 2), (12, 6, 4), (10, 15, 6), (6, 12, 4), (12, 4, 3), (20, 30, 12)])
    R3 = pick(rng, [2, 3, 4, 5, 6])
    r = pick(rng, [1, 2])
    I = pick(rng, [1, 2, 3])
    Rext = Rp + R3
    E = I * (Rext + r)
    I1 = Fr(I * R2, R1 + R2)
    try:
        dec(I1, 2)
    except Retry:
        raise Retry()
    text = L(f"Ток көзінің ЭҚК-і ε = {E} В, ішкі кедергісі r = {r} Ом. Көзге сыртқы тізбек жалғанған: кедергілері "
             f"R₁ = {R1} Ом және R₂ = {R2} Ом екі резистор өзара параллель жалғанып, осы топ R₃ = {R3} Ом резистормен "
             f"тізбектей қосылған. Жалғағыш сымдардың кедергісі ескерілмейді.",
             f"ЭДС источника тока ε = {E} В, внутреннее сопротивление r = {r} Ом. К источнику подключена внешняя "
             f"цепь: два резистора R₁ = {R1} Ом и R₂ = {R2} Ом соединены параллельно, и эта группа соединена "
             f"последовательно с резистором R₃ = {R3} Ом. Сопротивлением соединительных проводов пренебречь.")
    title = L("Аралас жалғанған тізбек", "Цепь со смешанным соединением")
    src = S(8, "Толық тізбек үшін Ом заңы. Аралас жалғау", "Закон Ома для полной цепи. Смешанное соединение")
    qs = []
    oc = numopts(rng, Rext, [R1 + R2 + R3, Rp, Rext + r, Fr(R1 + R2, 2) + R3], "Ом", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "dc_circuits", 2, src,
                     L("Сыртқы тізбектің жалпы кедергісі неге тең?", "Чему равно общее сопротивление внешней цепи?"), oc,
                     L(f"R₁₂ = R₁R₂/(R₁ + R₂) = {R1}·{R2}/{R1 + R2} = {Rp} Ом; R = R₁₂ + R₃ = {Rp} + {R3} = {Rext} Ом.",
                       f"R₁₂ = R₁R₂/(R₁ + R₂) = {R1}·{R2}/{R1 + R2} = {Rp} Ом; R = R₁₂ + R₃ = {Rp} + {R3} = {Rext} Ом.")))
    oc = numopts(rng, I, [Fr(E, Rext), Fr(E, R1 + R2 + R3 + r), Fr(E, r), Fr(E, Rext + r) * 2], "А", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "dc_circuits", 3, src,
                     L("Ток көзі арқылы өтетін ток күшін табыңыз.", "Найдите силу тока, текущего через источник."), oc,
                     L(f"I = ε/(R + r) = {E}/({Rext} + {r}) = {I} А.", f"I = ε/(R + r) = {E}/({Rext} + {r}) = {I} А.")))
    U = I * Rext
    oc = numopts(rng, U, [E, I * r, E + I * r, I * R3], "В", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "dc_circuits", 3, src,
                     L("Ток көзінің қысқыштарындағы кернеу неге тең?", "Чему равно напряжение на зажимах источника?"), oc,
                     L(f"U = IR = {I}·{Rext} = {U} В (немесе U = ε − Ir = {E} − {I}·{r} = {U} В).",
                       f"U = IR = {I}·{Rext} = {U} В (или U = ε − Ir = {E} − {I}·{r} = {U} В).")))
    oc = numopts(rng, I1, [Fr(I, 2), Fr(I * R1, R1 + R2), I, Fr(E, R1)], "А", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "dc_circuits", 5, src,
                     L("R₁ резистор арқылы өтетін ток күшін табыңыз.", "Найдите силу тока через резистор R₁."), oc,
                     L(f"Параллель топтағы кернеу U₁₂ = IR₁₂ = {I}·{Rp} = {I * Rp} В, сондықтан I₁ = U₁₂/R₁ = "
                       f"{I * Rp}/{R1} = {dec(I1)} А.",
                       f"Напряжение на параллельной группе U₁₂ = IR₁₂ = {I}·{Rp} = {I * Rp} В, поэтому I₁ = U₁₂/R₁ = "
                       f"{I * Rp}/{R1} = {dec(I1)} А.")))
    P3 = I * I * R3
    oc = numopts(rng, P3, [I * R3, E * I, I * I * Rext, Fr(P3, 2)], "Вт", fmt=lambda x: dec(x, 2))
    qs.append(single(PT + "dc_circuits", 3, src,
                     L("R₃ резисторда бөлінетін қуат неге тең?", "Какая мощность выделяется на резисторе R₃?"), oc,
                     L(f"R₃ арқылы толық ток өтеді: P₃ = I²R₃ = {I}²·{R3} = {P3} Вт.",
                       f"Через R₃ идёт весь ток: P₃ = I²R₃ = {I}²·{R3} = {P3} Вт.")))
    return dict(title=title, text=text, items=qs)


# =============================================================================== ПББ mathematics
MT = "math."
TOPICS_PBB = [
    ("pbb_number_theory", "Сандар теориясының негіздері (ПББ)", "Основы теории чисел (ОЗП)"),
    ("pbb_algebra", "Алгебра: теңдеулер, тізбектер, логарифмдер (ПББ)", "Алгебра: уравнения, последовательности, логарифмы (ОЗП)"),
    ("pbb_analysis", "Анализ бастамалары: шек, туынды, интеграл (ПББ)", "Начала анализа: предел, производная, интеграл (ОЗП)"),
    ("pbb_geometry", "Геометрия және векторлар (ПББ)", "Геометрия и векторы (ОЗП)"),
    ("pbb_trigonometry", "Тригонометрия (ПББ)", "Тригонометрия (ОЗП)"),
    ("pbb_prob_stats", "Ықтималдықтар теориясы және статистика (ПББ)", "Теория вероятностей и статистика (ОЗП)"),
]


def SM(book_kk, book_ru, grade, kk, ru):
    return L(f"{book_kk}, {grade}-сынып: {kk}", f"{book_ru}, {grade} класс: {ru}")


ALG = ("Алгебра", "Алгебра")
ANA = ("Алгебра және анализ бастамалары", "Алгебра и начала анализа")
GEO = ("Геометрия", "Геометрия")
MAT = ("Математика", "Математика")


def fmt_factor(exps):
    parts = []
    for p, e in sorted(exps.items()):
        if e == 0:
            continue
        parts.append(f"{p}{sup(e)}" if e > 1 else f"{p}")
    return "·".join(parts) if parts else "1"


def pb_lcm_gcd(rng):
    primes = [2, 3, 5, 7]
    while True:
        a = {p: rng.randint(0, 4) for p in primes}
        b = {p: rng.randint(0, 4) for p in primes}
        lcm = {p: max(a[p], b[p]) for p in primes}
        gcd = {p: min(a[p], b[p]) for p in primes}
        prod = {p: a[p] + b[p] for p in primes}
        mix = {p: (a[p] if i % 2 == 0 else b[p]) for i, p in enumerate(primes)}
        mix2 = {p: (b[p] if i % 2 == 0 else a[p]) for i, p in enumerate(primes)}
        if sum(1 for p in primes if a[p] != b[p]) >= 3 and sum(gcd.values()) >= 2:
            break
    want_lcm = rng.random() < 0.5
    key = fmt_factor(lcm if want_lcm else gcd)
    cands = [fmt_factor(x) for x in ([gcd, prod, mix, mix2] if want_lcm else [lcm, prod, mix, mix2])]
    wr = []
    for c in cands:
        if c != key and c not in wr:
            wr.append(c)
    if len(wr) < 3:
        raise Retry()
    oc = textopts(rng, key, wr)
    A, B = fmt_factor(a), fmt_factor(b)
    if want_lcm:
        stem = L(f"a = {A} және b = {B} сандарының ең кіші ортақ еселігін (ЕКОЕ) табыңыз.",
                 f"Найдите наименьшее общее кратное (НОК) чисел a = {A} и b = {B}.")
        ex = L("ЕКОЕ-ге әр жай көбейткіш ең үлкен дәрежесімен кіреді: " + key + ".",
               "В НОК каждый простой множитель входит с наибольшим показателем: " + key + ".")
    else:
        stem = L(f"a = {A} және b = {B} сандарының ең үлкен ортақ бөлгішін (ЕҮОБ) табыңыз.",
                 f"Найдите наибольший общий делитель (НОД) чисел a = {A} и b = {B}.")
        ex = L("ЕҮОБ-қа екі жіктеуге де кіретін жай көбейткіштер ең кіші дәрежесімен кіреді: " + key + ".",
               "В НОД входят общие простые множители с наименьшим показателем: " + key + ".")
    return single(MT + "pbb_number_theory", 2, SM(*MAT, 6, "ЕҮОБ және ЕКОЕ, жай көбейткіштерге жіктеу",
                                                   "НОД и НОК, разложение на простые множители"), stem, oc, ex)


def pb_divisors(rng):
    a, b, c = pick(rng, [(3, 2, 1), (2, 2, 1), (4, 1, 1), (3, 1, 2), (2, 3, 1), (5, 2, 0), (1, 2, 2), (3, 3, 0)])
    n = 2 ** a * 3 ** b * 5 ** c
    key = (a + 1) * (b + 1) * (c + 1)
    oc = numopts(rng, key, [a * b * max(c, 1), a + b + c + 1, key - 2, (a + 1) * (b + 1) * (c + 1) * 2, a + b + c],
                 "", fallback=False)
    fac = fmt_factor({2: a, 3: b, 5: c})
    prod_txt = "".join(f"({e} + 1)" for e in (a, b, c) if e)
    return single(MT + "pbb_number_theory", 3, SM(*MAT, 6, "Бөлгіштер. Жай көбейткіштерге жіктеу",
                                                  "Делители. Разложение на простые множители"),
                  L(f"{n} санының барлық натурал бөлгіштерінің саны нешеу?",
                    f"Сколько всего натуральных делителей у числа {n}?"), oc,
                  L(f"{n} = {fac}. Бөлгіштер саны = көрсеткіштерге 1 қосып көбейткенге тең: {prod_txt} = {key}.",
                    f"{n} = {fac}. Число делителей равно произведению показателей, увеличенных на 1: {prod_txt} = {key}."))


def pb_power_mod(rng):
    a = pick(rng, [2, 3, 7])
    m = pick(rng, [5, 7, 9, 11, 13])
    if math.gcd(a, m) != 1 or a % m == 1:
        raise Retry()
    n = pick(rng, [100, 2023, 2024, 2025, 57, 99])
    key = pow(a, n, m)
    per = 1
    while pow(a, per, m) != 1:
        per += 1
    others = [r for r in range(m) if r != key]
    rng.shuffle(others)
    oc = numopts(rng, key, others, "", fallback=False)
    return single(MT + "pbb_number_theory", 5, SM(*MAT, 6, "Бөлінгіштік. Қалдықпен бөлу", "Делимость. Деление с остатком"),
                  L(f"{a}{sup(n)} санын {kk_case(m, 'dat')} бөлгендегі қалдықты табыңыз.",
                    f"Найдите остаток от деления числа {a}{sup(n)} на {m}."), oc,
                  L(f"{kk_case(a, 'gen')} дәрежелерінің {kk_case(m, 'dat')} бөлгендегі қалдықтары {per} қадам сайын қайталанады ({a}{sup(per)} ≡ 1). "
                    f"{n} = {per}·{n // per} + {n % per}, сондықтан {a}{sup(n)} ≡ {a}{sup(n % per)} ≡ {key} (mod {m}).",
                    f"Остатки степеней {a} при делении на {m} повторяются с периодом {per} ({a}{sup(per)} ≡ 1). "
                    f"{n} = {per}·{n // per} + {n % per}, поэтому {a}{sup(n)} ≡ {a}{sup(n % per)} ≡ {key} (mod {m})."))


def pb_ap(rng):
    a1 = pick(rng, [-7, -5, -3, 2, 4, 5])
    d = pick(rng, [-2, 2, 3, 4])
    a3, a7 = a1 + 2 * d, a1 + 6 * d
    S10 = 5 * (2 * a1 + 9 * d)
    oc = numopts(rng, S10, [5 * (a3 + a7), 10 * (2 * a1 + 9 * d), Fr(9, 2) * (2 * a1 + 8 * d), S10 + 10 * d],
                 "", allow_neg=True)
    return single(MT + "pbb_algebra", 3, SM(*ALG, 9, "Арифметикалық прогрессия", "Арифметическая прогрессия"),
                  L(f"Арифметикалық прогрессияда a₃ = {dec(a3)}, a₇ = {dec(a7)}. Оның алғашқы 10 мүшесінің қосындысын табыңыз.",
                    f"В арифметической прогрессии a₃ = {dec(a3)}, a₇ = {dec(a7)}. Найдите сумму первых 10 её членов."), oc,
                  L(f"d = (a₇ − a₃)/4 = {dec(d)}, a₁ = a₃ − 2d = {dec(a1)}. S₁₀ = (2a₁ + 9d)·10/2 = "
                    f"(2·({dec(a1)}) + 9·({dec(d)}))·5 = {dec(S10)}. (a₃ + a₇ ≠ a₁ + a₁₀, өйткені 3 + 7 ≠ 1 + 10.)",
                    f"d = (a₇ − a₃)/4 = {dec(d)}, a₁ = a₃ − 2d = {dec(a1)}. S₁₀ = (2a₁ + 9d)·10/2 = "
                    f"(2·({dec(a1)}) + 9·({dec(d)}))·5 = {dec(S10)}. (a₃ + a₇ ≠ a₁ + a₁₀, так как 3 + 7 ≠ 1 + 10.)"))


def pb_gp_inf(rng):
    b1 = pick(rng, [3, 6, 8, 12, 18, 24])
    q = pick(rng, [Fr(1, 2), Fr(-1, 2), Fr(1, 3), Fr(-1, 3), Fr(2, 3), Fr(-2, 3), Fr(3, 4)])
    S_ = b1 / (1 - q)
    oc = numopts(rng, S_, [b1 / (1 + q), b1 * (1 - q), b1 / q if q > 0 else -b1 / q, b1 * q / (1 - q)], "",
                 fmt=fracs, allow_neg=True)
    return single(MT + "pbb_algebra", 3, SM(*ALG, 9, "Шексіз кемімелі геометриялық прогрессия",
                                           "Бесконечно убывающая геометрическая прогрессия"),
                  L(f"Бірінші мүшесі {b1}, еселігі q = {fracs(q)} шексіз кемімелі геометриялық прогрессияның "
                    f"қосындысын табыңыз.",
                    f"Найдите сумму бесконечно убывающей геометрической прогрессии с первым членом {b1} и "
                    f"знаменателем q = {fracs(q)}."), oc,
                  L(f"|q| < 1, сондықтан S = b₁/(1 − q) = {b1}/(1 − ({fracs(q)})) = {fracs(S_)}.",
                    f"|q| < 1, поэтому S = b₁/(1 − q) = {b1}/(1 − ({fracs(q)})) = {fracs(S_)}."))


def _quad(p, q):
    s = "x²"
    if p:
        s += f" {'+' if p > 0 else MINUS} {abs(p) if abs(p) != 1 else ''}x"
    if q:
        s += f" {'+' if q > 0 else MINUS} {abs(q)}"
    return s + " = 0"


def pb_vieta(rng):
    r1, r2 = pick(rng, [(-3, 5), (2, 7), (-4, -1), (3, -6), (-2, 8), (1, -5), (4, 6)])
    p, q = -(r1 + r2), r1 * r2
    var = pick(rng, ["sq", "inv", "cube"])
    if var == "sq":
        key = r1 * r1 + r2 * r2
        wr = [p * p + 2 * q, p * p - q, -p * p - 2 * q, (r1 + r2) ** 2]
        e_kk, e_ru = "x₁² + x₂²", "x₁² + x₂²"
        how = f"x₁² + x₂² = (x₁ + x₂)² − 2x₁x₂ = ({dec(-p)})² − 2·({dec(q)}) = {dec(key)}"
    elif var == "inv":
        key = Fr(-p, q)
        wr = [Fr(q, -p), Fr(p, q), Fr(-p, 1), Fr(1, -p) if p else Fr(1, q)]
        e_kk, e_ru = "1/x₁ + 1/x₂", "1/x₁ + 1/x₂"
        how = f"1/x₁ + 1/x₂ = (x₁ + x₂)/(x₁x₂) = {dec(-p)}/({dec(q)}) = {fracs(key)}"
    else:
        key = r1 ** 3 + r2 ** 3
        s, pr = -p, q
        wr = [s ** 3 + 3 * pr * s, s ** 3 - pr * s, s ** 3, s ** 3 - 3 * pr]
        e_kk, e_ru = "x₁³ + x₂³", "x₁³ + x₂³"
        how = f"x₁³ + x₂³ = (x₁ + x₂)³ − 3x₁x₂(x₁ + x₂) = ({dec(s)})³ − 3·({dec(pr)})·({dec(s)}) = {dec(key)}"
    oc = numopts(rng, key, wr, "", fmt=fracs, allow_neg=True)
    eq = _quad(p, q)
    return single(MT + "pbb_algebra", 3, SM(*ALG, 8, "Виет теоремасы", "Теорема Виета"),
                  L(f"x₁ және x₂ — {eq} теңдеуінің түбірлері. Теңдеуді шешпей, {e_kk} өрнегінің мәнін табыңыз.",
                    f"x₁ и x₂ — корни уравнения {eq}. Не решая уравнения, найдите значение выражения {e_ru}."), oc,
                  L(f"Виет теоремасы: x₁ + x₂ = {dec(-p)}, x₁x₂ = {dec(q)}. {how}.",
                    f"По теореме Виета x₁ + x₂ = {dec(-p)}, x₁x₂ = {dec(q)}. {how}."))


def pb_log(rng):
    b = pick(rng, [2, 3, 5])
    k = pick(rng, [2, 3, 4])
    z = pick(rng, [3, 5, 6, 7, 10, 15])
    if z % b == 0:
        raise Retry()
    N = z * b ** k
    divs = [x for x in range(2, N) if N % x == 0 and x not in (z, N // z) and N // x != x and x % b and (N // x) % b]
    if not divs:
        divs = [x for x in range(2, N) if N % x == 0 and x != z and N // x not in (x, z)]
    if not divs:
        raise Retry()
    x = pick(rng, divs)
    y = N // x
    oc = numopts(rng, k, [k + 1, k - 1, 2 * k, Fr(k, 2)], "", fmt=fracs, fallback=False)
    return single(MT + "pbb_algebra", 2, SM(*ANA, 10, "Логарифмнің қасиеттері", "Свойства логарифмов"),
                  L(f"Өрнектің мәнін табыңыз: log{sub(b)} {x} + log{sub(b)} {y} − log{sub(b)} {z}.",
                    f"Найдите значение выражения: log{sub(b)} {x} + log{sub(b)} {y} − log{sub(b)} {z}."), oc,
                  L(f"Логарифмдердің қосындысы көбейтіндінің, айырмасы бөліндінің логарифмі: log{sub(b)} ({x}·{y}/{z}) = "
                    f"log{sub(b)} {N // z} = {k}, өйткені {b}{sup(k)} = {N // z}.",
                    f"Сумма логарифмов — логарифм произведения, разность — логарифм частного: log{sub(b)} ({x}·{y}/{z}) = "
                    f"log{sub(b)} {N // z} = {k}, так как {b}{sup(k)} = {N // z}."))


def _poly(coefs, var="x"):
    """coefs: list from highest degree."""
    n = len(coefs) - 1
    out = ""
    for i, c in enumerate(coefs):
        d = n - i
        if c == 0:
            continue
        c = Fr(c)
        mag = abs(c)
        cs = "" if (mag == 1 and d > 0) else fracs(mag)
        term = cs + (var + (sup(d) if d > 1 else "") if d > 0 else "")
        if not out:
            out = (MINUS if c < 0 else "") + term
        else:
            out += f" {'+' if c > 0 else MINUS} {term}"
    return out or "0"


def pb_derivative(rng):
    a = pick(rng, [1, 2, -1, 3])
    b = pick(rng, [-3, -2, 2, 4, 5])
    c = pick(rng, [-4, -1, 3, 6])
    d = pick(rng, [1, -2, 7])
    x0 = pick(rng, [-2, -1, 2, 3])
    key = 3 * a * x0 * x0 + 2 * b * x0 + c
    f0 = a * x0 ** 3 + b * x0 ** 2 + c * x0 + d
    oc = numopts(rng, key, [f0, 3 * a * x0 * x0 + b * x0 + c, a * x0 * x0 + b * x0 + c, 3 * a * x0 + 2 * b + c,
                            key + d], "", allow_neg=True)
    f = _poly([a, b, c, d])
    return single(MT + "pbb_analysis", 2, SM(*ANA, 10, "Туынды. Дифференциалдау ережелері", "Производная. Правила дифференцирования"),
                  L(f"f(x) = {f} функциясы берілген. f′({dec(x0)}) мәнін табыңыз.",
                    f"Дана функция f(x) = {f}. Найдите f′({dec(x0)})."), oc,
                  L(f"f′(x) = {_poly([3 * a, 2 * b, c])}; f′({dec(x0)}) = {dec(key)}.",
                    f"f′(x) = {_poly([3 * a, 2 * b, c])}; f′({dec(x0)}) = {dec(key)}."))


def antider(a, b, c):
    """Antiderivative of ax² + bx + c written as a·x³/3 + b·x²/2 + cx (no ambiguous 1/3x³)."""
    out = ("" if a == 1 else f"{a}") + "x³/3"
    if b:
        out += f" {'+' if b > 0 else MINUS} " + ("" if abs(b) == 1 else f"{abs(b)}") + "x²/2"
    if c:
        out += f" {'+' if c > 0 else MINUS} " + ("" if abs(c) == 1 else f"{abs(c)}") + "x"
    return out


def pb_integral(rng):
    a = pick(rng, [1, 2, 3])
    b = pick(rng, [-2, 1, 2, 4])
    c = pick(rng, [-1, 1, 3])
    k = pick(rng, [1, 2, 3])
    key = Fr(a * k ** 3, 3) + Fr(b * k * k, 2) + c * k
    oc = numopts(rng, key, [a * k ** 3 + Fr(b * k * k, 2) + c * k, Fr(a * k ** 3, 3) + b * k * k + c * k,
                            2 * a * k + b, Fr(a * k ** 3, 3) + Fr(b * k * k, 2)], "", fmt=fracs, allow_neg=True)
    f = _poly([a, b, c])
    return single(MT + "pbb_analysis", 4, SM(*ANA, 11, "Анықталған интеграл. Ньютон–Лейбниц формуласы",
                                             "Определённый интеграл. Формула Ньютона–Лейбница"),
                  L(f"∫₀{sup(k)} ({f}) dx интегралын есептеңіз.",
                    f"Вычислите интеграл ∫₀{sup(k)} ({f}) dx."), oc,
                  L(f"Алғашқы функция F(x) = {antider(a, b, c)}; F({k}) − F(0) = {fracs(key)}.",
                    f"Первообразная F(x) = {antider(a, b, c)}; F({k}) − F(0) = {fracs(key)}."))


def pb_tangent(rng):
    b = pick(rng, [-4, -2, 1, 3])
    c = pick(rng, [-3, 1, 2, 5])
    x0 = pick(rng, [-2, 1, 2, 3])
    f0 = x0 * x0 + b * x0 + c
    k = 2 * x0 + b
    key = f0 - k * x0
    if key == f0:
        raise Retry()
    oc = numopts(rng, key, [f0, f0 + k * x0, c + x0 * x0, k], "", allow_neg=True)
    return single(MT + "pbb_analysis", 4, SM(*ANA, 10, "Функция графигіне жүргізілген жанаманың теңдеуі",
                                             "Уравнение касательной к графику функции"),
                  L(f"y = {_poly([1, b, c])} функциясының графигіне абсциссасы x₀ = {dec(x0)} нүктеде жүргізілген жанама "
                    f"Oy осін қандай ординатасы бар нүктеде қияды?",
                    f"Касательная к графику функции y = {_poly([1, b, c])} в точке с абсциссой x₀ = {dec(x0)} пересекает "
                    f"ось Oy в точке с какой ординатой?"), oc,
                  L(f"f({dec(x0)}) = {dec(f0)}, f′(x) = 2x {'+' if b > 0 else MINUS} {abs(b)}, f′({dec(x0)}) = {dec(k)}. "
                    f"Жанама: y = {dec(f0)} + {dec(k)}(x − ({dec(x0)})); x = 0 болғанда y = {dec(f0)} − {dec(k)}·({dec(x0)}) = {dec(key)}.",
                    f"f({dec(x0)}) = {dec(f0)}, f′(x) = 2x {'+' if b > 0 else MINUS} {abs(b)}, f′({dec(x0)}) = {dec(k)}. "
                    f"Касательная: y = {dec(f0)} + {dec(k)}(x − ({dec(x0)})); при x = 0 y = {dec(f0)} − {dec(k)}·({dec(x0)}) = {dec(key)}."))


def pb_dice(rng):
    s = pick(rng, [4, 5, 6, 8, 9, 10])
    cnt = sum(1 for i in range(1, 7) for j in range(1, 7) if i + j == s)
    key = Fr(cnt, 36)
    oc = numopts(rng, key, [Fr(1, 11), Fr(cnt, 21), Fr(cnt + 1, 36), Fr(cnt, 12)], "", fmt=pfrac)
    pairs = ", ".join(f"({i}; {s - i})" for i in range(1, 7) if 1 <= s - i <= 6)
    return single(MT + "pbb_prob_stats", 1, SM(*ALG, 9, "Классикалық ықтималдық", "Классическая вероятность"),
                  L(f"Екі ойын сүйегі бір рет лақтырылды. Түскен ұпайлардың қосындысы {kk_case(s, 'dat')} тең болу "
                    f"ықтималдығы қандай?",
                    f"Бросают две игральные кости. Какова вероятность того, что сумма выпавших очков равна {s}?"), oc,
                  L(f"Тең ықтимал нәтижелер саны 6·6 = 36 (реттелген жұптар). Қолайлылары: {pairs} — {cnt}. P = {cnt}/36{'' if key.denominator == 36 else ' = ' + pfrac(key)}.",
                    f"Равновозможных исходов 6·6 = 36 (упорядоченные пары). Благоприятные: {pairs} — {cnt}. P = {cnt}/36{'' if key.denominator == 36 else ' = ' + pfrac(key)}."))


def pb_urn(rng):
    r = pick(rng, [3, 4, 5, 6])
    bl = pick(rng, [2, 3, 4, 5])
    n = r + bl
    key = Fr(r * (r - 1), n * (n - 1))
    oc = numopts(rng, key, [Fr(r * r, n * n), Fr(r, n), Fr(r * (r - 1), n * n), Fr(2 * r * (r - 1), n * (n - 1))], "",
                 fmt=pfrac)
    return single(MT + "pbb_prob_stats", 3, SM(*ALG, 9, "Ықтималдықтарды көбейту. Тәуелді оқиғалар",
                                               "Умножение вероятностей. Зависимые события"),
                  L(f"Жәшікте {r} қызыл және {bl} көк шар бар. Жәшіктен кездейсоқ екі шар қайтарылмай алынды. Екі "
                    f"шардың да қызыл болу ықтималдығын табыңыз.",
                    f"В ящике {r} красных и {bl} синих {'шара' if bl in (2, 3, 4) else 'шаров'}. Из ящика наугад без возвращения вынимают два шара. "
                    f"Найдите вероятность того, что оба шара красные."), oc,
                  L(f"P = {r}/{n} · {r - 1}/{n - 1} = {pfrac(key)} (немесе C({r}, 2)/C({n}, 2)). Шар қайтарылмайды, "
                    f"сондықтан екінші алуда шарлар {n - 1}.",
                    f"P = {r}/{n} · {r - 1}/{n - 1} = {pfrac(key)} (или C({r}, 2)/C({n}, 2)). Шар не возвращают, "
                    f"поэтому при втором извлечении шаров {n - 1}."))


def pb_median(rng):
    while True:
        n = pick(rng, [7, 8])
        data = [rng.randint(2, 30) for _ in range(n)]
        srt = sorted(data)
        med = Fr(srt[n // 2]) if n % 2 else Fr(srt[n // 2 - 1] + srt[n // 2], 2)
        mean = Fr(sum(data), n)
        unsorted_mid = Fr(data[n // 2]) if n % 2 else Fr(data[n // 2 - 1] + data[n // 2], 2)
        rngv = srt[-1] - srt[0]
        vals = {med, mean, unsorted_mid, rngv}
        try:
            dec(mean, 3)
        except Retry:
            mean = None
        if len(vals) == 4 and mean is not None:
            break
    oc = numopts(rng, med, [unsorted_mid, mean, rngv], "", fmt=lambda x: dec(x, 3), fallback=False)
    ds = "; ".join(str(x) for x in data)
    return single(MT + "pbb_prob_stats", 2, SM(*ALG, 7, "Статистикалық сипаттамалар: медиана", "Статистические характеристики: медиана"),
                  L(f"Деректер қатарының медианасын табыңыз: {ds}.", f"Найдите медиану ряда данных: {ds}."), oc,
                  L(f"Алдымен қатарды реттейміз: {'; '.join(map(str, srt))}. " +
                    (f"Мүшелер саны тақ ({n}), медиана — ортаңғы мүше: {dec(med)}." if n % 2 else
                     f"Мүшелер саны жұп ({n}), медиана — екі ортаңғы мүшенің арифметикалық ортасы: {dec(med)}."),
                    f"Сначала упорядочим ряд: {'; '.join(map(str, srt))}. " +
                    (f"Членов нечётное число ({n}), медиана — средний член: {dec(med)}." if n % 2 else
                     f"Членов чётное число ({n}), медиана — среднее арифметическое двух средних членов: {dec(med)}.")))


def pb_variance(rng):
    while True:
        data = [rng.randint(1, 12) for _ in range(5)]
        m = Fr(sum(data), 5)
        if m.denominator != 1 or len(set(data)) < 4:
            continue
        D = sum((x - m) ** 2 for x in data) / 5
        Ds = sum((x - m) ** 2 for x in data) / 4
        if D.denominator in (1, 5) and D != 0:
            break
    oc = numopts(rng, D, [Ds, Fr(sum(x * x for x in data), 5), Fr(sum(abs(x - m) for x in data), 5), D * 5], "",
                 fmt=lambda x: dec(x, 3))
    ds = "; ".join(str(x) for x in data)
    devs = " + ".join(f"({dec(x - m)})²" for x in data)
    return single(MT + "pbb_prob_stats", 4, SM(*ALG, 9, "Дисперсия және стандартты ауытқу", "Дисперсия и стандартное отклонение"),
                  L(f"Деректер: {ds}. Осы деректер жиынының дисперсиясын табыңыз (бас жиынтықтың дисперсиясы, "
                    f"n-ге бөлінеді).",
                    f"Данные: {ds}. Найдите дисперсию этого набора данных (дисперсия генеральной совокупности, деление на n)."),
                  oc,
                  L(f"Орта мән x̄ = {sum(data)}/5 = {dec(m)}. D = ({devs})/5 = {dec(D)}.",
                    f"Среднее x̄ = {sum(data)}/5 = {dec(m)}. D = ({devs})/5 = {dec(D)}."))


def pb_triangle(rng):
    base = pick(rng, [(5, 12, 13), (13, 14, 15), (6, 8, 10), (9, 10, 17), (3, 4, 5)])
    k = pick(rng, [1, 2, 3])
    a, b, c = (x * k for x in base)
    p = Fr(a + b + c, 2)
    Sq = p * (p - a) * (p - b) * (p - c)
    Sv = Fr(math.isqrt(int(Sq)))
    assert Sv * Sv == Sq
    want_r = rng.random() < 0.5
    r, R = Sv / p, Fr(a * b * c) / (4 * Sv)
    key = r if want_r else R
    wr = ([R, Sv / (2 * p), 2 * Sv / p] if want_r else
          [Fr(a * b * c) / (2 * Sv), Fr(a * b * c) / (8 * Sv), Fr(c, 2), 2 * Sv / p])
    oc = numopts(rng, key, wr, "", fmt=fracs)
    what_kk = "іштей сызылған шеңбердің радиусын" if want_r else "сырттай сызылған шеңбердің радиусын"
    what_ru = "радиус вписанной окружности" if want_r else "радиус описанной окружности"
    fkk = f"r = S/p = {dec(Sv)}/{dec(p)} = {fracs(r)}" if want_r else f"R = abc/(4S) = {a}·{b}·{c}/(4·{dec(Sv)}) = {fracs(R)}"
    return single(MT + "pbb_geometry", 4, SM(*GEO, 9, "Үшбұрыштың ауданы. Іштей және сырттай сызылған шеңберлер",
                                             "Площадь треугольника. Вписанная и описанная окружности"),
                  L(f"Қабырғалары {a}, {b} және {c} болатын үшбұрышқа {what_kk} табыңыз.",
                    f"Найдите {what_ru} треугольника со сторонами {a}, {b} и {c}."), oc,
                  L(f"Герон формуласы: p = {dec(p)}, S = √(p(p − a)(p − b)(p − c)) = {dec(Sv)}. {fkk}.",
                    f"По формуле Герона: p = {dec(p)}, S = √(p(p − a)(p − b)(p − c)) = {dec(Sv)}. {fkk}."))


def pb_polygon(rng):
    n = pick(rng, [7, 8, 9, 10, 12, 15])
    Ssum = 180 * (n - 2)
    key = n * (n - 3) // 2
    oc = numopts(rng, key, [n * (n - 3), n * (n - 1) // 2, (n - 1) * (n - 4) // 2, (n + 1) * (n - 2) // 2], "",
                 fallback=False)
    return single(MT + "pbb_geometry", 2, SM(*GEO, 8, "Көпбұрыштар. Дөңес көпбұрыштың бұрыштарының қосындысы",
                                             "Многоугольники. Сумма углов выпуклого многоугольника"),
                  L(f"Дөңес көпбұрыштың ішкі бұрыштарының қосындысы {Ssum}°. Оның неше диагоналі бар?",
                    f"Сумма внутренних углов выпуклого многоугольника равна {Ssum}°. Сколько у него диагоналей?"), oc,
                  L(f"180°(n − 2) = {Ssum}°, n = {n}. Диагональдар саны n(n − 3)/2 = {n}·{n - 3}/2 = {key}.",
                    f"180°(n − 2) = {Ssum}°, n = {n}. Число диагоналей n(n − 3)/2 = {n}·{n - 3}/2 = {key}."))


VEC5 = [(3, 4), (4, 3), (0, 5), (5, 0), (-3, 4), (4, -3), (-4, 3), (3, -4)]
VEC13 = [(5, 12), (12, 5), (-5, 12), (12, -5)]


def pb_vectors(rng):
    a = pick(rng, VEC5)
    b = pick(rng, VEC5 + VEC13)
    if a == b or (a[0] == -b[0] and a[1] == -b[1]):
        raise Retry()
    la = 5
    lb = 5 if b in VEC5 else 13
    dot = a[0] * b[0] + a[1] * b[1]
    if dot == 0:
        raise Retry()
    key = Fr(dot, la * lb)
    oc = numopts(rng, key, [-key, Fr(dot), Fr(dot, la * la), Fr(la * lb, dot), Fr(dot, la + lb)], "", fmt=pfrac,
                 allow_neg=True)
    return single(MT + "pbb_geometry", 3, SM(*GEO, 9, "Векторлардың скаляр көбейтіндісі", "Скалярное произведение векторов"),
                  L(f"a⃗({dec(a[0])}; {dec(a[1])}) және b⃗({dec(b[0])}; {dec(b[1])}) векторларының арасындағы бұрыштың "
                    f"косинусын табыңыз.",
                    f"Найдите косинус угла между векторами a⃗({dec(a[0])}; {dec(a[1])}) и b⃗({dec(b[0])}; {dec(b[1])})."), oc,
                  L(f"a⃗·b⃗ = {par(a[0])}·{par(b[0])} + {par(a[1])}·{par(b[1])} = {dec(dot)}, |a⃗| = {la}, |b⃗| = {lb}. "
                    f"cos φ = a⃗·b⃗/(|a⃗||b⃗|) = {pfrac(key)}.",
                    f"a⃗·b⃗ = {par(a[0])}·{par(b[0])} + {par(a[1])}·{par(b[1])} = {dec(dot)}, |a⃗| = {la}, |b⃗| = {lb}. "
                    f"cos φ = a⃗·b⃗/(|a⃗||b⃗|) = {pfrac(key)}."))


def pb_trig(rng):
    p, q, h = pick(rng, [(3, 4, 5), (5, 12, 13), (8, 15, 17), (7, 24, 25), (4, 3, 5)])
    s = Fr(p, h)
    c = -Fr(q, h)  # II quarter
    var = pick(rng, ["tan", "cos2", "sin2"])
    if var == "tan":
        key, wr, e = s / c, [-s / c, c / s, -c / s], "tg α"
        how = f"tg α = sin α/cos α = {pfrac(key)}"
    elif var == "cos2":
        key = 1 - 2 * s * s
        wr = [2 * s * s - 1, 1 - s * s, 2 * s * c, 1 - 2 * s]
        e = "cos 2α"
        how = f"cos 2α = 1 − 2sin²α = 1 − 2·{pfrac(s * s)} = {pfrac(key)}"
    else:
        key = 2 * s * c
        wr = [-key, s * c, 2 * s, 1 - 2 * s * s]
        e = "sin 2α"
        how = f"sin 2α = 2sin α·cos α = 2·{pfrac(s)}·({pfrac(c)}) = {pfrac(key)}"
    oc = numopts(rng, key, wr, "", fmt=pfrac, allow_neg=True)
    return single(MT + "pbb_trigonometry", 3, SM(*ANA, 10, "Тригонометриялық функциялар және формулалар",
                                                 "Тригонометрические функции и формулы"),
                  L(f"sin α = {pfrac(s)} және π/2 < α < π екені белгілі. {e} мәнін табыңыз.",
                    f"Известно, что sin α = {pfrac(s)} и π/2 < α < π. Найдите {e}."), oc,
                  L(f"II ширекте cos α < 0: cos α = −√(1 − sin²α) = {pfrac(c)}. {how}.",
                    f"Во II четверти cos α < 0: cos α = −√(1 − sin²α) = {pfrac(c)}. {how}."))


def pb_limit(rng):
    a = pick(rng, [2, 3, 4, 5, -2, -3])
    var = pick(rng, ["sq", "cube"])
    if var == "sq":
        key = 2 * a
        expr = f"(x² − {a * a})/(x {'−' if a > 0 else '+'} {abs(a)})"
        how = f"x² − {a * a} = (x − ({dec(a)}))(x + ({dec(a)})), қысқартқаннан кейін x + ({dec(a)}) → {dec(key)}"
        how_ru = f"x² − {a * a} = (x − ({dec(a)}))(x + ({dec(a)})), после сокращения x + ({dec(a)}) → {dec(key)}"
        wr = [0, a, a * a, -2 * a]
    else:
        key = 3 * a * a
        cube = a ** 3
        expr = f"(x³ {'−' if cube > 0 else '+'} {abs(cube)})/(x {'−' if a > 0 else '+'} {abs(a)})"
        how = f"x³ − a³ = (x − a)(x² + ax + a²), a = {dec(a)}; шек a² + a² + a² = 3·{a * a} = {key}"
        how_ru = f"x³ − a³ = (x − a)(x² + ax + a²), a = {dec(a)}; предел a² + a² + a² = 3·{a * a} = {key}"
        wr = [0, a * a, 3 * a, 2 * a * a]
    oc = numopts(rng, key, wr, "", allow_neg=True)
    return single(MT + "pbb_analysis", 2, SM(*ANA, 10, "Функцияның шегі. 0/0 анықталмағандығы",
                                             "Предел функции. Неопределённость 0/0"),
                  L(f"Шекті есептеңіз: lim (x → {dec(a)}) {expr}.", f"Вычислите предел: lim (x → {dec(a)}) {expr}."), oc,
                  L(f"Тікелей қойғанда 0/0 шығады. {how}.", f"При подстановке получается 0/0. {how_ru}."))


def pb_extremum(rng):
    m = pick(rng, [1, 2, 3])
    c = pick(rng, [5, 10, 20, 30])
    key = c - 2 * m ** 3
    oc = numopts(rng, key, [c + 2 * m ** 3, m, c - m ** 3, -m], "", allow_neg=True)
    return single(MT + "pbb_analysis", 4, SM(*ANA, 10, "Функцияның экстремумдары", "Экстремумы функции"),
                  L(f"f(x) = x³ − {3 * m * m}x + {c} функциясының минимумын (минимум нүктесіндегі мәнін) табыңыз.",
                    f"Найдите минимум (значение в точке минимума) функции f(x) = x³ − {3 * m * m}x + {c}."), oc,
                  L(f"f′(x) = 3x² − {3 * m * m} = 0, x = ±{m}. x = {m} нүктесінде туынды таңбасын «−»-тен «+»-ке "
                    f"ауыстырады, сондықтан бұл — минимум нүктесі: f({m}) = {m ** 3} − {3 * m ** 3} + {c} = {key}.",
                    f"f′(x) = 3x² − {3 * m * m} = 0, x = ±{m}. В точке x = {m} производная меняет знак с «−» на «+», "
                    f"значит это точка минимума: f({m}) = {m ** 3} − {3 * m ** 3} + {c} = {key}."))


def pb_arrangements(rng):
    n = pick(rng, [12, 15, 20, 25, 28])
    key = n * (n - 1)
    oc = numopts(rng, key, [n * (n - 1) // 2, n * n, 2 * n, (n - 1) * (n - 2)], "", fallback=False)
    return single(MT + "pbb_prob_stats", 1, SM(*ALG, 9, "Комбинаторика: орналастырулар", "Комбинаторика: размещения"),
                  L(f"Сыныпта {n} оқушы бар. Олардың ішінен сынып старостасы мен оның орынбасарын неше тәсілмен "
                    f"сайлауға болады?",
                    f"В классе {n} учеников. Сколькими способами можно выбрать из них старосту и его заместителя?"), oc,
                  L(f"Лауазымдар әртүрлі, яғни рет маңызды: A({n}, 2) = {n}·{n - 1} = {key}. C({n}, 2) = {key // 2} "
                    f"— бұл ретсіз таңдау, ол мұнда жарамайды.",
                    f"Должности разные, порядок важен: A({n}, 2) = {n}·{n - 1} = {key}. C({n}, 2) = {key // 2} — это "
                    f"выбор без учёта порядка, здесь он не подходит."))


def pb_mod_eq(rng):
    a = pick(rng, [3, 5, 7])
    b = pick(rng, [4, 6, 9, 10])
    c = pick(rng, [2, 3])
    # |x − c| ≤ ... integer count: |a x − b| ≤ k  -> count integers
    k = pick(rng, [7, 11, 13])
    lo, hi = Fr(b - k, a), Fr(b + k, a)
    cnt = math.floor(hi) - math.ceil(lo) + 1
    oc = numopts(rng, cnt, [cnt + 1, cnt - 1, math.floor(hi) - math.ceil(lo), cnt + 2], "", fallback=False)
    _ = c
    return single(MT + "pbb_algebra", 3, SM(*ALG, 8, "Модулі бар теңсіздіктер", "Неравенства с модулем"),
                  L(f"|{a}x − {b}| ≤ {k} теңсіздігінің бүтін шешімдерінің санын табыңыз.",
                    f"Найдите количество целых решений неравенства |{a}x − {b}| ≤ {k}."), oc,
                  L(f"−{k} ≤ {a}x − {b} ≤ {k}, яғни {fracs(lo)} ≤ x ≤ {fracs(hi)}. Бүтін шешімдер: "
                    f"{kk_case(math.ceil(lo), 'abl')} {kk_case(math.floor(hi), 'dat')} дейін, барлығы {cnt}.",
                    f"−{k} ≤ {a}x − {b} ≤ {k}, т. е. {fracs(lo)} ≤ x ≤ {fracs(hi)}. Целые решения: от {math.ceil(lo)} "
                    f"до {math.floor(hi)}, всего {cnt}."))


# ------------------------------------------------------------------------------- ПББ contexts
def pctx_student(rng):
    b, r1 = pick(rng, [(1, 5), (2, 6), (1, 6), (3, 7), (2, 7), (3, 8)])
    r2 = 2 * b + 1 - r1
    a = b * b - r1 * r2
    assert r2 < b < r1
    assert (r1 - b) ** 2 == r1 + a and (r2 - b) ** 2 == r2 + a
    B = 2 * b + 1
    C = b * b - a
    D = B * B - 4 * C
    sq = math.isqrt(D)
    assert sq * sq == D
    lhs2 = math.isqrt(r2 + a)
    rad = f"√(x + {a})" if a > 0 else f"√(x − {-a})"
    eq = f"{rad} = x − {b}"
    st1 = f"x + {a} = x² − {2 * b}x + {b * b}" if a > 0 else f"x − {-a} = x² − {2 * b}x + {b * b}"
    st2 = _quad(-B, C)
    text = L(f"Оқушы {eq} теңдеуін былай шешті:\n\n"
             f"1-қадам. Теңдеудің екі жағын квадраттады: {st1}.\n"
             f"2-қадам. Барлық мүшені бір жаққа шығарды: {st2}.\n"
             f"3-қадам. Дискриминантты тапты: D = {D}, x₁ = {r1}, x₂ = {dec(r2)}.\n"
             f"4-қадам. Жауабын жазды: x = {r1}; x = {dec(r2)}.",
             f"Ученик решил уравнение {eq} так:\n\n"
             f"Шаг 1. Возвёл обе части уравнения в квадрат: {st1}.\n"
             f"Шаг 2. Перенёс все члены в одну сторону: {st2}.\n"
             f"Шаг 3. Нашёл дискриминант: D = {D}, x₁ = {r1}, x₂ = {dec(r2)}.\n"
             f"Шаг 4. Записал ответ: x = {r1}; x = {dec(r2)}.")
    title = L("Оқушының шешімін талдау", "Анализ решения ученика")
    src = SM(*ALG, 8, "Иррационал теңдеулер. Бөгде түбірлер", "Иррациональные уравнения. Посторонние корни")
    qs = []
    oc = textopts(rng, L("4-қадамда: түбірлер тексерілмеген", "на шаге 4: корни не проверены"),
                  [L("1-қадамда: квадраттауға болмайды", "на шаге 1: возводить в квадрат нельзя"),
                   L("2-қадамда: таңба қате ауыстырылған", "на шаге 2: неверно перенесён знак"),
                   L("3-қадамда: дискриминант қате табылған", "на шаге 3: неверно найден дискриминант")])
    qs.append(single(MT + "pbb_algebra", 2, src,
                     L("Оқушының шешіміндегі қате қай жерде?", "В чём и где ошибка в решении ученика?"), oc,
                     L(f"1–3-қадамдар дұрыс. Квадраттау мәндес емес түрлендіру, сондықтан бөгде түбір пайда болуы мүмкін; "
                       f"4-қадамда тексеру жоқ, x = {dec(r2)} бөгде түбір болып шықты.",
                       f"Шаги 1–3 верны. Возведение в квадрат — неравносильное преобразование и может дать посторонний "
                       f"корень; на шаге 4 нет проверки, и x = {dec(r2)} оказался посторонним.")))
    oc = textopts(rng, f"x = {r1}", [f"x = {dec(r2)}", f"x = {r1}; x = {dec(r2)}",
                                     L("теңдеудің шешімі жоқ", "уравнение не имеет решений")])
    qs.append(single(MT + "pbb_algebra", 3, src,
                     L("Теңдеудің дұрыс жауабы қандай?", "Каков правильный ответ к уравнению?"), oc,
                     L(f"Тексеру: x = {r1} болғанда √{r1 + a} = {r1 - b} — дұрыс; x = {dec(r2)} болғанда сол жағы "
                       f"√{r2 + a} = {lhs2}, оң жағы {dec(r2 - b)} — теңдік орындалмайды.",
                       f"Проверка: при x = {r1} √{r1 + a} = {r1 - b} — верно; при x = {dec(r2)} левая часть √{r2 + a} = "
                       f"{lhs2}, правая {dec(r2 - b)} — равенство неверно.")))
    oc = numopts(rng, D, [B * B + 4 * C, B * B - C, D - 8, (B - 2) ** 2 - 4 * C], "", allow_neg=True)
    qs.append(single(MT + "pbb_algebra", 1, src,
                     L("3-қадамдағы дискриминанттың мәнін тексеріңіз: 2-қадамдағы теңдеудің дискриминанты неге тең?",
                       "Проверьте шаг 3: чему равен дискриминант уравнения, полученного на шаге 2?"), oc,
                     L(f"D = b² − 4ac = ({dec(-B)})² − 4·1·{par(C)} = {D} — оқушы дұрыс есептеген.",
                       f"D = b² − 4ac = ({dec(-B)})² − 4·1·{par(C)} = {D} — ученик вычислил верно.")))
    conds = [f"x ≥ {dec(-a)}", f"x ≤ {b}", f"x ≠ {b}"]
    good = [cnd for cnd, ok in zip(conds, [r2 >= -a, r2 <= b, r2 != b]) if ok]
    assert len(good) == 3, "distractor conditions must keep the extraneous root"
    oc = textopts(rng, f"x ≥ {b}", conds)
    qs.append(single(MT + "pbb_algebra", 5, src,
                     L("Квадраттаудан бұрын қандай шартты жазып алса, оқушы бөгде түбірді бірден алып тастай алар еді?",
                       "Какое условие, записанное до возведения в квадрат, позволило бы ученику сразу отбросить "
                       "посторонний корень?"), oc,
                     L(f"Арифметикалық түбір теріс емес, сондықтан оң жағы да теріс емес болуы керек: x − {b} ≥ 0. "
                       f"x ≥ {dec(-a)} шарты квадраттаудан кейін өздігінен орындалады, ол x₂ = {dec(r2)} түбірін алып тастамайды.",
                       f"Арифметический корень неотрицателен, значит и правая часть должна быть неотрицательна: "
                       f"x − {b} ≥ 0. Условие x ≥ {dec(-a)} после возведения в квадрат выполняется автоматически и "
                       f"корень x₂ = {dec(r2)} не отсекает.")))
    oc = textopts(rng, L(f"сол жағы {lhs2}, оң жағы {dec(r2 - b)}", f"левая часть {lhs2}, правая {dec(r2 - b)}"),
                  [L(f"сол жағы {lhs2}, оң жағы {lhs2}", f"левая часть {lhs2}, правая {lhs2}"),
                   L(f"сол жағы {dec(-lhs2)}, оң жағы {dec(r2 - b)}", f"левая часть {dec(-lhs2)}, правая {dec(r2 - b)}"),
                   L(f"сол жағы {r2 + a}, оң жағы {dec(r2 - b)}", f"левая часть {r2 + a}, правая {dec(r2 - b)}")])
    qs.append(single(MT + "pbb_algebra", 2, src,
                     L(f"x = {dec(r2)} мәнін бастапқы теңдеуге қойғанда оның сол және оң жақтары неге тең болады?",
                       f"Чему равны левая и правая части исходного уравнения при x = {dec(r2)}?"), oc,
                     L(f"Сол жағы √({dec(r2)} + {a}) = √{r2 + a} = {lhs2} (арифметикалық түбір), оң жағы {dec(r2)} − {b} = "
                       f"{dec(r2 - b)}. Олар тең емес, сондықтан x = {dec(r2)} — бөгде түбір.",
                       f"Левая часть √({dec(r2)} + {a}) = √{r2 + a} = {lhs2} (арифметический корень), правая {dec(r2)} − {b} = "
                       f"{dec(r2 - b)}. Они не равны, значит x = {dec(r2)} — посторонний корень.")))
    return dict(title=title, text=text, items=qs)


def pctx_scores(rng):
    while True:
        scores = [5, 6, 7, 8, 9, 10]
        N = pick(rng, [20, 25])
        cuts = sorted(rng.sample(range(1, N), 5))
        freq = [b - a for a, b in zip([0] + cuts, cuts + [N])]
        if min(freq) < 1 or sorted(freq)[-1] == sorted(freq)[-2]:
            continue
        data = sorted(x for x, f in zip(scores, freq) for _ in range(f))
        mean = Fr(sum(data), N)
        med = Fr(data[N // 2]) if N % 2 else Fr(data[N // 2 - 1] + data[N // 2], 2)
        mode = scores[freq.index(max(freq))]
        if len({mean, med, Fr(mode)}) == 3:
            break
    text = L(f"Мектептегі {N} оқушы 10 ұпайлық бақылау жұмысын жазды. Ұпайлардың таралуы кестеде берілген.\n\n"
             f"| Ұпай | " + " | ".join(map(str, scores)) + " |\n|---|" + "---|" * 6 + "\n| Оқушылар саны | "
             + " | ".join(map(str, freq)) + " |",
             f"{N} учеников школы написали контрольную работу, оцениваемую в 10 баллов. Распределение баллов дано "
             f"в таблице.\n\n| Балл | " + " | ".join(map(str, scores)) + " |\n|---|" + "---|" * 6
             + "\n| Число учеников | " + " | ".join(map(str, freq)) + " |")
    title = L("Бақылау жұмысының нәтижелері", "Результаты контрольной работы")
    src = SM(*ALG, 9, "Статистика: жиіліктер кестесі, орта мән, медиана, мода",
             "Статистика: таблица частот, среднее, медиана, мода")
    qs = []
    oc = numopts(rng, mode, [max(freq), scores[freq.index(min(freq))], 10, scores[len(scores) // 2]], "", fallback=False)
    qs.append(single(MT + "pbb_prob_stats", 1, src, L("Ұпайлар қатарының модасы неге тең?", "Чему равна мода ряда баллов?"), oc,
                     L(f"Мода — ең жиі кездесетін мән: {mode} ұпай ({max(freq)} оқушы).",
                       f"Мода — наиболее часто встречающееся значение: {mode} баллов ({max(freq)} учеников).")))
    oc = numopts(rng, mean, [Fr(sum(scores), 6), med, Fr(sum(data), N - 1), Fr(sum(f * s for f, s in zip(freq, scores)), 6)],
                 "", fmt=lambda x: dec(x, 2))
    qs.append(single(MT + "pbb_prob_stats", 2, src, L("Орташа ұпай неге тең?", "Чему равен средний балл?"), oc,
                     L(f"x̄ = Σxᵢfᵢ/N = {sum(data)}/{N} = {dec(mean)}.", f"x̄ = Σxᵢfᵢ/N = {sum(data)}/{N} = {dec(mean)}.")))
    unsorted_mid = Fr(scores[2] + scores[3], 2)
    wr = [unsorted_mid, mean, Fr(mode), Fr(data[N // 2 - 1]) if N % 2 == 0 else Fr(data[N // 2 + 1])]
    oc = numopts(rng, med, wr, "", fmt=lambda x: dec(x, 2), fallback=False)
    pos = (f"{N // 2 + 1}-мүше" if N % 2 else f"{N // 2}- және {N // 2 + 1}-мүшелердің ортасы")
    pos_ru = (f"{N // 2 + 1}-й член" if N % 2 else f"среднее {N // 2}-го и {N // 2 + 1}-го членов")
    qs.append(single(MT + "pbb_prob_stats", 3, src, L("Ұпайлар қатарының медианасы неге тең?", "Чему равна медиана ряда баллов?"),
                     oc,
                     L(f"Реттелген {N} мәннің медианасы — {pos}: {dec(med)}.",
                       f"Медиана упорядоченного ряда из {N} значений — {pos_ru}: {dec(med)}.")))
    hi = sum(f for s, f in zip(scores, freq) if s >= 8)
    P = Fr(hi, N)
    oc = numopts(rng, P, [Fr(hi - freq[3], N), Fr(3, 6), Fr(hi + freq[2], N), 1 - P], "", fmt=lambda x: dec(x, 2))
    qs.append(single(MT + "pbb_prob_stats", 2, src,
                     L("Кездейсоқ таңдалған оқушының кемінде 8 ұпай жинаған болу ықтималдығы қандай?",
                       "Какова вероятность того, что случайно выбранный ученик набрал не менее 8 баллов?"), oc,
                     L(f"8, 9 немесе 10 ұпай алғандар: {' + '.join(str(f) for s, f in zip(scores, freq) if s >= 8)} = {hi}. "
                       f"P = {hi}/{N} = {dec(P)}.",
                       f"Набрали 8, 9 или 10 баллов: {' + '.join(str(f) for s, f in zip(scores, freq) if s >= 8)} = {hi}. "
                       f"P = {hi}/{N} = {dec(P)}.")))
    D = sum((x - mean) ** 2 for x in data) / N
    oc = numopts(rng, D, [sum((x - mean) ** 2 for x in data) / (N - 1), Fr(sum(x * x for x in data), N),
                          sum(abs(x - mean) for x in data) / N, D * 2], "", fmt=lambda x: dec(x, 4))
    qs.append(single(MT + "pbb_prob_stats", 5, src,
                     L("Ұпайлар қатарының дисперсиясын табыңыз (n-ге бөлінетін дисперсия).",
                       "Найдите дисперсию ряда баллов (дисперсия с делением на n)."), oc,
                     L(f"D = Σxᵢ²fᵢ/N − x̄² = {sum(x * x for x in data)}/{N} − {dec(mean)}² = {dec(D)}.",
                       f"D = Σxᵢ²fᵢ/N − x̄² = {sum(x * x for x in data)}/{N} − {dec(mean)}² = {dec(D)}.")))
    return dict(title=title, text=text, items=qs)


# =============================================================================== assembly
PHYS_SINGLE = [
    t_kin_displacement, t_kin_kmh, t_kin_freefall, t_kin_braking, t_kin_vertical, t_kin_centripetal,
    t_kin_horizontal, t_kin_meeting, t_kin_rotation,
    t_dyn_newton2, t_dyn_elevator, t_dyn_hooke, t_dyn_gravity_scale, t_dyn_friction, t_dyn_tension,
    t_en_kinetic, t_en_fall_speed, t_en_power, t_en_incline_eff, t_en_spring, t_en_gas_work,
    t_mom_inelastic, t_mom_wall, t_mom_recoil,
    t_st_liquid_pressure, t_st_archimedes, t_st_lever, t_st_solid_pressure, t_st_hydraulic,
    t_mol_amount, t_mol_molecules, t_mol_isothermal, t_mol_isobaric, t_mol_clapeyron,
    t_th_heat, t_th_first_law, t_th_carnot, t_th_melting,
    t_es_coulomb_scale, t_es_coulomb, t_es_capacitor, t_es_field_work,
    t_dc_ohm, t_dc_combination, t_dc_joule, t_dc_full_circuit, t_dc_wire, t_dc_lamp,
    t_mg_ampere, t_mg_lorentz, t_mg_induction, t_mg_coil_energy,
    t_ow_sound, t_ow_sea, t_ow_period_ratio, t_ow_frequency, t_ow_echo,
    t_op_lens, t_op_power, t_op_speed, t_op_mirror, t_op_image_height,
    t_q_photoeffect, t_q_halflife, t_q_neutrons, t_q_decay, t_q_photon,
]
PHYS_CONTEXTS = [ctx_spring, ctx_vt, ctx_circuit]
PHYS_MATCHING = [mt_units_mech, mt_units_em, mt_formula_mech, mt_formula_el, mt_devices, mt_scientists,
                 mt_gas_processes, mt_decay, mt_calc_ek_p, mt_calc_resistors, mt_calc_lens, mt_calc_kin,
                 mt_calc_throw, mt_calc_circuit]
PHYS_MULTIPLE = [mu_vectors, mu_scalars, mu_motion_eq, mu_parallel, mu_isothermal, mu_energy_units, mu_lens_image,
                 mu_freefall, mu_wave_light, mu_magnetic_deflect, mu_collision, mu_oscillation, mu_capacitor,
                 mu_si_base]
PBB_SINGLE = [pb_lcm_gcd, pb_divisors, pb_power_mod, pb_ap, pb_gp_inf, pb_vieta, pb_log, pb_derivative, pb_integral,
              pb_tangent, pb_dice, pb_urn, pb_median, pb_variance, pb_triangle, pb_polygon, pb_vectors, pb_trig,
              pb_limit, pb_extremum, pb_arrangements, pb_mod_eq]
PBB_CONTEXTS = [pctx_student, pctx_scores]

MIN_COUNTS = {
    "physics": {"single": 60, "context_single": 15, "contexts": 3, "matching": 12, "multiple": 12},
    "pbb_math": {"single": 20, "context_single": 10, "contexts": 2},
}


def _stems(it):
    return [it["stem"]["kk"], it["stem"]["ru"]]


def draw(fn, rng, used, tries=300):
    """Call a template until it gives an item whose stems are new; fail loudly otherwise."""
    last = None
    for _ in range(tries):
        try:
            res = fn(rng)
        except Retry as e:
            last = e
            continue
        items = res["items"] if "items" in res else [res]
        stems = [s for it in items for s in _stems(it)]
        if len(set(stems)) != len(stems) or any(s in used for s in stems):
            continue
        used.update(stems)
        return res
    raise AssertionError(f"template {fn.__name__} gave no usable item ({last})")


# Raise an area's version whenever its generated bytes change (content/README.md): a device that has
# the same id and version with different bytes refuses the pack.
# v2 (audit): physics.g0102 explanation; pbb_math.g0012 (ru), g0015 (kk), g0021 (kk) wording.
PACK_VERSION = {"physics": 2, "pbb_math": 2}


def assemble(area, subject, exam, title, topics, singles, contexts, matchings, multiples):
    packs = {}
    for loc in LOCALES:
        packs[loc] = {
            "format": 1,
            "id": f"kz.qazstep.starter.{loc}.{area}",
            "version": PACK_VERSION[area],
            "locale": loc,
            "title": title,
            "topics": [{"id": f"{subject}.{tid}", "subject": subject, "name": {"kk": kk, "ru": ru}}
                       for tid, kk, ru in topics],
            "contexts": [],
            "questions": [],
        }
    n = 0

    def add(it, ctx_id=None):
        nonlocal n
        n += 1
        for loc in LOCALES:
            q = {"id": f"{area}.{loc}.{n:04d}", "exam": exam, "subject": subject, "topic": it["topic"],
                 "kind": it["kind"]}
            if ctx_id:
                q["context"] = f"{area}.{loc}.ctx.{ctx_id:02d}"
            q["stem"] = tr(it["stem"], loc)
            if "prompts" in it:
                q["prompts"] = [tr(p, loc) for p in it["prompts"]]
            q["options"] = [tr(o, loc) for o in it["options"]]
            q["correct"] = list(it["correct"])
            q["explanation"] = tr(it["explanation"], loc)
            q["difficulty"] = it["difficulty"]
            q["source"] = tr(it["source"], loc)
            q["group"] = f"{area}.g{n:04d}"
            packs[loc]["questions"].append(q)

    for it in singles:
        add(it)
    for ci, ctx in enumerate(contexts, 1):
        for loc in LOCALES:
            packs[loc]["contexts"].append({"id": f"{area}.{loc}.ctx.{ci:02d}", "subject": subject,
                                           "title": tr(ctx["title"], loc), "text": tr(ctx["text"], loc),
                                           "media": [], "group": f"{area}.ctx.g{ci:02d}"})
        for it in ctx["items"]:
            add(it, ci)
    for it in matchings:
        add(it)
    for it in multiples:
        add(it)
    return packs


KK_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def check(all_packs):
    """Assert the pack invariants over {area: {loc: pack}}; raise AssertionError on the first problem."""
    stems_seen = {}
    ids_seen = set()
    for area, packs in all_packs.items():
        kk, ru = packs["kk"], packs["ru"]
        assert [t["id"] for t in kk["topics"]] == [t["id"] for t in ru["topics"]], "topic ids differ"
        topic_ids = {t["id"] for t in kk["topics"]}
        for loc, pack in packs.items():
            assert set(pack) <= {"format", "id", "version", "locale", "title", "subjects", "topics", "contexts",
                                 "questions", "blueprints"}
            assert pack["format"] == 1 and pack["version"] >= 1 and pack["locale"] == loc
            assert re.fullmatch(r"[a-z0-9._-]+", pack["id"])
            ctx_ids = {c["id"] for c in pack["contexts"]}
            ctx_count = {c: 0 for c in ctx_ids}
            for c in pack["contexts"]:
                assert set(c) <= {"id", "subject", "title", "text", "media", "group"}
                assert c["text"].strip() and c["title"].strip()
            for q in pack["questions"]:
                where = q["id"]
                assert set(q) <= {"id", "exam", "subject", "topic", "kind", "stem", "options", "correct", "prompts",
                                  "context", "group", "explanation", "source", "difficulty", "media"}, where
                assert q["id"] not in ids_seen, f"duplicate id {where}"
                ids_seen.add(q["id"])
                assert q["topic"] in topic_ids and q["topic"].startswith(q["subject"] + "."), where
                assert q["stem"].strip(), where
                st = (loc, q["stem"].strip())
                assert st not in stems_seen, f"duplicate stem {where} / {stems_seen.get(st)}: {q['stem']}"
                stems_seen[st] = where
                opts = [o.strip() for o in q["options"]]
                assert all(opts) and len(set(opts)) == len(opts), f"options not distinct {where}: {opts}"
                cor = q["correct"]
                assert len(set(cor)) == len(cor) and all(0 <= c < len(opts) for c in cor), where
                if q["kind"] == "single":
                    assert len(opts) == 4 and len(cor) == 1, where
                elif q["kind"] == "multiple":
                    assert len(opts) == 6 and 1 <= len(cor) <= 3, where
                elif q["kind"] == "matching":
                    pr = q["prompts"]
                    assert len(pr) in (2, 3) and len(opts) == len(pr) + 2 and len(cor) == len(pr), where
                    assert len(set(p.strip() for p in pr)) == len(pr), where
                else:
                    raise AssertionError(f"bad kind {where}")
                assert q["explanation"].strip() and q["source"].strip(), where
                assert 1 <= q["difficulty"] <= 5, where
                if "context" in q:
                    assert q["context"] in ctx_ids, where
                    ctx_count[q["context"]] += 1
                    assert q["kind"] == "single", where
                texts = [q["stem"], q["explanation"], q["source"]] + q["options"] + q.get("prompts", [])
                for t in texts:
                    assert not re.search(r"\d\.\d", t), f"decimal point instead of comma in {where}: {t}"
                if loc == "ru":
                    for t in texts:
                        assert not (set(t) & KK_LETTERS), f"Kazakh letter in ru text {where}: {t}"
                else:
                    assert set(q["stem"] + q["explanation"]) & KK_LETTERS, f"kk text without Kazakh letters {where}"
            assert all(v == 5 for v in ctx_count.values()), f"context sizes {ctx_count}"
        # twins
        assert len(kk["questions"]) == len(ru["questions"])
        for a, b in zip(kk["questions"], ru["questions"]):
            assert a["group"] == b["group"] and a["kind"] == b["kind"] and a["correct"] == b["correct"], a["id"]
            assert len(a["options"]) == len(b["options"]) and len(a.get("prompts", [])) == len(b.get("prompts", []))
            assert a["topic"] == b["topic"] and a["difficulty"] == b["difficulty"]
            assert ("context" in a) == ("context" in b)
            assert a["stem"] != b["stem"], f"kk stem equals ru stem {a['id']}"
        for a, b in zip(kk["contexts"], ru["contexts"]):
            assert a["group"] == b["group"]
        # counts
        mc = MIN_COUNTS[area]
        for loc, pack in packs.items():
            qs = pack["questions"]
            cnt = {
                "single": sum(1 for q in qs if q["kind"] == "single" and "context" not in q),
                "context_single": sum(1 for q in qs if "context" in q),
                "contexts": len(pack["contexts"]),
                "matching": sum(1 for q in qs if q["kind"] == "matching"),
                "multiple": sum(1 for q in qs if q["kind"] == "multiple"),
            }
            for k, v in mc.items():
                assert cnt[k] >= v, f"{area}/{loc}: {k} = {cnt[k]} < {v}"
    return True


def generate():
    rng = random.Random(SEED)
    used = set()
    phys = assemble(
        "physics", "physics", "unt", {"kk": "Физика (ҰБТ)", "ru": "Физика (ЕНТ)"},
        [(t, kk, ru) for t, kk, ru in TOPICS_PHYS],
        [draw(f, rng, used) for f in PHYS_SINGLE],
        [draw(f, rng, used) for f in PHYS_CONTEXTS],
        [draw(f, rng, used) for f in PHYS_MATCHING],
        [draw(f, rng, used) for f in PHYS_MULTIPLE])
    pbb = assemble(
        "pbb_math", "math", "pbb", {"kk": "ПББ: математика пәні бойынша білім", "ru": "ОЗП: предметные знания по математике"},
        TOPICS_PBB,
        [draw(f, rng, used) for f in PBB_SINGLE],
        [draw(f, rng, used) for f in PBB_CONTEXTS],
        [], [])
    return {"physics": phys, "pbb_math": pbb}


def summary(all_packs):
    lines = []
    for area, packs in all_packs.items():
        qs = packs["kk"]["questions"]
        kinds = {}
        for q in qs:
            k = q["kind"] + ("+context" if "context" in q else "")
            kinds[k] = kinds.get(k, 0) + 1
        diff = {d: sum(1 for q in qs if q["difficulty"] == d) for d in range(1, 6)}
        keypos = {}
        for q in qs:
            if q["kind"] == "single":
                keypos[q["correct"][0]] = keypos.get(q["correct"][0], 0) + 1
        lines.append(f"{area}: per locale {len(qs)} questions {kinds}; contexts {len(packs['kk']['contexts'])}; "
                     f"difficulty {diff}; single key positions {dict(sorted(keypos.items()))}")
    return "\n".join(lines)


def main(argv):
    all_packs = generate()
    check(all_packs)
    print(summary(all_packs))
    if "--check" in argv:
        return 0
    packs_dir = os.path.join(ROOT, "content", "packs")
    if "--out" in argv:
        packs_dir = argv[argv.index("--out") + 1]
    for area, packs in all_packs.items():
        for loc, pack in packs.items():
            d = os.path.join(packs_dir, loc)
            os.makedirs(d, exist_ok=True)
            path = os.path.join(d, f"{area}.json")
            with open(path, "w", encoding="utf-8") as f:
                json.dump(pack, f, ensure_ascii=False, indent=2)
                f.write("\n")
            print("wrote", path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
