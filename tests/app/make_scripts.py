#!/usr/bin/env python3
"""Writes the app model's event scripts (JSON lines) of this folder.

The scripts are the contract's test data: replayed through the core in Rust, through
`qazstep app`, and through the Kotlin bindings on the JVM, they must give the same screens
(time fields and random ids aside). Each line is an event of spec/app.md; a line may carry
`"expect"`, a subset of the screen it must answer with (`"error"` compares the error id, or
null), which every harness checks; `{"restart": true}` ends the shell's process (a kill) and
the next line, `launch`, starts a new one on the same data.

Positions and kinds follow the blueprints: unt-2025 with math + physics puts single tasks at
1-70 and 81-110, matching at 71-75 and 111-115, multiple at 76-80 and 116-120; pbb-2024 has
50 single tasks. Run it again after changing the scripts' design: python3 make_scripts.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def line(event, expect=None, **fields):
    d = {"event": event, **fields}
    if expect is not None:
        d["expect"] = expect
    return d


def unt_kind(p):
    if 71 <= p <= 75 or 111 <= p <= 115:
        return "matching"
    if 76 <= p <= 80 or 116 <= p <= 120:
        return "multiple"
    return "single"


# Prompts of the matching tasks the journey's mock (unt-2025, math + physics, seed 11) draws
# from the starter packs; a change of the packs or of assembly may change them (the journey's
# expectations then say so: regenerate after checking the new mock).
JOURNEY_PROMPTS = {71: 3, 72: 3, 73: 3, 74: 2, 75: 3, 111: 2, 112: 2, 113: 2, 114: 3, 115: 2}


def unt_response(p):
    k = unt_kind(p)
    if k == "matching":
        n = JOURNEY_PROMPTS.get(p, 2)
        return [[i, (i + p) % n] for i in range(n)]
    if k == "multiple":
        return [p % 3, 3 + p % 3]
    return [p % 4]


def journey():
    s = [
        line("launch", {"screen": "onboarding", "step": "language", "error": None}),
        line("set_language", {"screen": "onboarding", "step": "policy"}, language="kk"),
        line("accept_policy", {"screen": "onboarding", "step": "profile"}),
        # A mistyped ИИН (the check digit of 800101300016 is 6): refused, nothing stored.
        line("submit_profile", {"screen": "onboarding", "step": "profile", "error": "iin_check_digit"},
             role="student", name="Айгерім", iin="800101300017", subjects=["math", "physics"],
             exam_date="2027-06-20"),
        line("submit_profile", {"screen": "home", "error": None}, role="student", name="Айгерім",
             iin="800101300016", subjects=["math", "physics"], exam_date="2027-06-20"),
        line("start_exam", {"screen": "exam", "position": 1, "total": 120}, blueprint="unt-2025",
             subjects=["math", "physics"], seed=11),
    ]
    for p in range(1, 61):
        s.append(line("answer", {"screen": "exam", "position": p} if p % 20 == 0 else None,
                      position=p, response=unt_response(p)))
        if p in (5, 17, 44):
            s.append(line("flag", {"flagged": True} if p == 5 else None, position=p, flagged=True))
    s += [
        line("flag", {"flagged": False}, position=17, flagged=False),
        line("go_to", {"position": 100}, position=100),
        line("previous", {"position": 99}),
        line("next", {"position": 100}),
        line("go_to", {"position": 60}, position=60),
        line("tick", {"screen": "exam", "position": 60}, elapsed_ms=600000),
        line("pause", {"screen": "exam"}),
        {"restart": True},
        line("launch", {"screen": "exam", "position": 60, "answered_count": 60, "flagged_count": 2}),
        line("resume", {"screen": "exam", "position": 60}),
    ]
    for p in range(61, 119):
        # Position 75 answered in part: stored, not answered.
        r = [[0, 0]] if p == 75 else unt_response(p)
        s.append(line("answer", None, position=p, response=r))
    s += [
        line("open_aid", {"screen": "exam", "position": 118}, aid="calculator"),
        line("calculate", {"screen": "exam"}, expression="(12,5+7.5)*3"),
        line("open_aid", {"screen": "exam"}, aid="periodic_table"),
        line("close_aid", {"screen": "exam", "aid": None}),
        line("submit_exam", {"screen": "submit_confirmation", "unanswered": 3, "partial": 1,
                             "flagged_count": 2}),
        line("cancel_submit", {"screen": "exam", "position": 118}),
        line("answer", {"screen": "exam", "position": 75}, position=75, response=unt_response(75)),
        line("submit_exam", {"screen": "submit_confirmation", "unanswered": 2, "partial": 0}),
        line("confirm_submit", {"screen": "report", "auto_submitted": False}),
        line("confirm_submit", {"screen": "report", "error": "event_not_here"}),
        line("open_review", {"screen": "review", "filter": "wrong"}, filter="wrong"),
        line("next", {"screen": "review"}),
        line("previous", {"screen": "review"}),
        line("open_review", {"screen": "review", "filter": "flagged", "position": 5}, filter="flagged"),
        line("open_review", {"screen": "review", "filter": "all", "position": 41}, filter="all",
             section="math"),
        line("go_to", {"screen": "review", "position": 76}, position=76),
        line("home", {"screen": "home"}),
        line("start_practice", {"screen": "practice", "position": 1, "total": 3},
             subject="physics", count=3, seed=5),
        line("practice_answer", {"screen": "practice", "answered_count": 1}, response=[1]),
        # The same answer again (a double tap): one answer, no error.
        line("practice_answer", {"screen": "practice", "answered_count": 1, "error": None},
             response=[1]),
        line("next", {"screen": "practice", "position": 2}),
        line("practice_answer", {"screen": "practice", "answered_count": 2}, response=[0]),
        line("next", {"screen": "practice", "position": 3}),
        line("next", {"screen": "practice", "finished": True}),
        line("open_progress", {"screen": "progress"}),
        line("home", {"screen": "home"}),
        line("open_privacy", {"screen": "privacy", "confirm_erase": False}),
        line("export_data", {"screen": "privacy"}),
        line("edit_profile", {"screen": "privacy", "error": None}, name="Айгерім Н."),
        line("set_daily_minutes", {"screen": "privacy"}, minutes=45),
        line("erase_data", {"screen": "privacy", "confirm_erase": True}, confirm=False),
        line("erase_data", {"screen": "onboarding", "step": "language"}, confirm=True),
    ]
    return s


def pbb():
    s = [
        line("launch", {"screen": "onboarding", "step": "language"}),
        line("set_language", {"screen": "onboarding", "step": "policy"}, language="ru"),
        line("accept_policy", {"screen": "onboarding", "step": "profile"}),
        line("submit_profile", {"screen": "home", "exam": "pbb"}, role="teacher", subjects=["math"]),
        line("start_exam", {"screen": "exam", "total": 50}, blueprint="pbb-2024", category="expert",
             seed=3),
    ]
    for p in range(1, 51):
        s.append(line("answer", None, position=p, response=[(p * 7) % 4]))
    s += [
        line("tick", {"screen": "exam", "position": 50}, elapsed_ms=3600000),
        # 125 minutes for mathematics: past the deadline the attempt is scored and reported.
        line("tick", {"screen": "report", "auto_submitted": True}, elapsed_ms=4000000),
        line("answer", {"screen": "report", "error": "event_not_here"}, position=1, response=[0]),
        line("open_review", {"screen": "review"}),
        line("home", {"screen": "home"}),
        line("open_progress", {"screen": "progress"}),
    ]
    return s


def bad_input():
    s = [
        # Before launch: bad_event, nothing changes.
        line("home", {"error": "bad_event"}),
        {"event": "launch", "expect": {"screen": "onboarding", "step": "language"}},
        "this is not json",
        {"event": "fly", "expect": {"error": "bad_event", "screen": "onboarding"}},
        {"event": "go_to", "expect": {"error": "bad_event"}},
        line("set_language", {"error": "language_unknown", "step": "language"}, language="de"),
        line("accept_policy", {"error": "event_not_here", "step": "language"}),
        line("set_language", {"step": "policy"}, language="ru"),
        line("submit_profile", {"error": "event_not_here", "step": "policy"}, role="student"),
        line("decline_policy", {"step": "language"}),
        line("set_language", {"step": "policy"}, language="ru"),
        line("accept_policy", {"step": "profile"}),
        line("submit_profile", {"error": "subject_repeated", "step": "profile"}, role="student",
             subjects=["math", "math"]),
        line("submit_profile", {"error": "subjects_not_allowed"}, role="student",
             subjects=["math", "law"]),
        line("submit_profile", {"error": "exam_date_invalid"}, role="student",
             subjects=["math", "physics"], exam_date="yesterday"),
        line("submit_profile", {"error": "exam_date_past"}, role="student",
             subjects=["math", "physics"], exam_date="2020-01-01"),
        line("submit_profile", {"error": "iin_length"}, role="student", iin="12345"),
        line("submit_profile", {"error": "role_unknown"}, role="pilot"),
        line("submit_profile", {"screen": "home"}, role="student", subjects=["physics", "math"]),
        line("answer", {"screen": "home", "error": "event_not_here"}, position=1, response=[0]),
        line("start_exam", {"screen": "home", "error": "blueprint_unknown"}, blueprint="unt-1999"),
        line("start_exam", {"screen": "home", "error": "subjects_not_allowed"}, blueprint="unt-2025",
             subjects=["math", "law"]),
        line("start_exam", {"screen": "home", "error": "exam_language_not_held"},
             blueprint="pbb-2024", subjects=["math"], language="en"),
        line("continue_exam", {"screen": "home", "error": "no_unfinished_exam"}),
        line("start_practice", {"screen": "home", "error": "no_mistakes"}, mistakes=True),
        line("start_practice", {"screen": "home", "error": "practice_count_range"},
             subject="math", count=0),
        line("start_practice", {"screen": "home", "error": "topic_unknown"}, subject="math",
             topic="math.nothing"),
        line("start_exam", {"screen": "exam", "position": 1}, blueprint="unt-2025", seed=2),
        line("go_to", {"position": 1, "error": "position_out_of_range"}, position=0),
        line("go_to", {"position": 1, "error": "position_out_of_range"}, position=-3),
        # The largest position a shell's 32-bit integer can send.
        line("go_to", {"position": 1, "error": "position_out_of_range"}, position=2147483647),
        line("answer", {"error": "option_out_of_range", "answered_count": 0}, position=1,
             response=[4]),
        line("answer", {"error": "response_unreadable", "answered_count": 0}, position=1,
             response=[-1]),
        line("answer", {"error": "response_one_option"}, position=1, response=[0, 1]),
        line("answer", {"error": "response_wrong_shape"}, position=1, response=[[0, 1]]),
        line("answer", {"error": "response_empty"}, position=1, response=[]),
        line("answer", {"error": "option_repeated"}, position=76, response=[1, 1]),
        line("answer", {"error": "prompt_out_of_range"}, position=71, response=[[9, 0]]),
        line("answer", {"error": "prompt_repeated"}, position=71, response=[[0, 0], [0, 1]]),
        line("open_aid", {"error": "aid_not_offered"}, aid="dictionary"),
        line("calculate", {"error": "calculator_division_by_zero"}, expression="1/0"),
        line("calculate", {"error": "calculator_invalid"}, expression="2+*"),
        line("confirm_submit", {"screen": "exam", "error": "event_not_here"}),
        line("open_privacy", {"screen": "exam", "error": "event_not_here"}),
        line("answer", {"screen": "exam", "answered_count": 1, "error": None}, position=1,
             response=[0]),
        line("submit_exam", {"screen": "submit_confirmation", "unanswered": 119}),
        line("answer", {"screen": "submit_confirmation", "error": "event_not_here"}, position=2,
             response=[0]),
        line("confirm_submit", {"screen": "report"}),
        line("confirm_submit", {"screen": "report", "error": "event_not_here"}),
        line("open_review", {"screen": "report", "error": "review_filter_unknown"}, filter="best"),
        line("open_review", {"screen": "review", "filter": "wrong", "error": None},
             filter="wrong"),
        line("open_review", {"screen": "review", "error": "review_nothing"}, filter="flagged"),
        line("home", {"screen": "home"}),
        line("open_report", {"screen": "home", "error": "attempt_not_found"}, attempt="no-such-id"),
        line("set_daily_minutes", {"screen": "home", "error": "minutes_out_of_range"}, minutes=0),
        line("open_privacy", {"screen": "privacy"}),
        line("edit_profile", {"screen": "privacy", "error": "iin_check_digit"}, iin="800101300017"),
        line("erase_data", {"screen": "privacy", "confirm_erase": True}),
        line("home", {"screen": "home"}),
    ]
    return s


def write(name, lines):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8") as f:
        for l in lines:
            f.write((l if isinstance(l, str) else json.dumps(l, ensure_ascii=False)) + "\n")


if __name__ == "__main__":
    write("journey.jsonl", journey())
    write("pbb.jsonl", pbb())
    write("bad_input.jsonl", bad_input())
