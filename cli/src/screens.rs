//! The app model's screens drawn as terminal text: the same `Screen` records the phones draw,
//! with labels from the string catalog, names instead of ids, options lettered as on the test
//! sheet, positions from 1 and Markdown tables drawn.
//!
//! Invariants: drawing decides nothing — what a screen holds (which question, what the palette
//! says, which aids, whether a category was reached) comes from the core; this module only
//! chooses words, letters and layout.

use qazstep_core::app::{
    AidView, ContextCard, ExamScreen, MediaRef, OnboardingScreen, PolicyView, QuestionCard,
    RecoveryReason, RecoveryScreen, ReportScreen, ReviewScreen, SubmitConfirmationScreen,
};
use qazstep_core::content::{Exam, QuestionKind};
use qazstep_core::scoring::Response;

use crate::letters;
use crate::text::{self, pad, pad_left, width};

/// A title line: `━━ title ━━━━`.
pub fn title(s: &str) -> String {
    let rest = 64usize.saturating_sub(width(s) + 4);
    format!("━━ {s} {}", "━".repeat(rest.max(2)))
}

fn media(m: &[MediaRef], indent: &str) {
    for r in m {
        match &r.alt {
            Some(alt) => outln!("{indent}{}", tr!("question_media", alt = alt)),
            None => outln!("{indent}{}", tr!("question_media_no_alt")),
        }
    }
}

fn context(c: &ContextCard) {
    if let Some(t) = &c.title {
        outln!("  «{t}»");
    }
    for line in text::draw(&c.text) {
        outln!("  {line}");
    }
    media(&c.media, "  ");
    outln!();
}

/// The hint a task of `kind` shows under its stem.
fn kind_hint(kind: QuestionKind) -> String {
    match kind {
        QuestionKind::Single => tr!("question_kind_single"),
        QuestionKind::Multiple => tr!("question_kind_multiple"),
        QuestionKind::Matching => tr!("question_kind_matching"),
    }
}

/// A question: its context, stem, matching items numbered from 1, options lettered from A.
/// `marks` puts a mark before an option (the review's key); `flagged` adds the flag.
pub fn question(q: &QuestionCard, flagged: bool, marks: &dyn Fn(u32) -> &'static str) {
    if let Some(c) = &q.context {
        context(c);
    }
    let mut stem = text::draw(&q.stem).into_iter();
    if let Some(first) = stem.next() {
        if flagged {
            outln!("{first}   ⚑ {}", tr!("exam_flagged"));
        } else {
            outln!("{first}");
        }
    }
    for line in stem {
        outln!("{line}");
    }
    media(&q.media, "");
    outln!("  ({})", kind_hint(q.kind));
    for (i, p) in q.prompts.iter().enumerate() {
        outln!("  {}. {p}", i + 1);
    }
    for (i, o) in q.options.iter().enumerate() {
        let i = i as u32;
        outln!("{} {}) {o}", marks(i), letters::letter(i));
    }
}

/// `Жауабыңыз: B` (or that there is none; a matching task answered in part says so).
pub fn your_answer(response: Option<&Response>, partial: bool) -> String {
    match letters::show(response) {
        Some(a) if partial => format!(
            "{} ({})",
            tr!("exam_your_answer", answer = a),
            tr!("exam_partial")
        ),
        Some(a) => tr!("exam_your_answer", answer = a),
        None => tr!("exam_your_answer", answer = tr!("exam_no_answer")),
    }
}

fn section_name(e: &ExamScreen) -> &str {
    e.sections
        .iter()
        .find(|s| s.section == e.section)
        .map_or(e.section.as_str(), |s| s.name.as_str())
}

fn partial_at(e: &ExamScreen) -> bool {
    e.palette
        .iter()
        .any(|c| c.position == e.position && c.partial)
}

/// The exam screen: header, the question, the recorded answer (and an open aid).
pub fn exam(e: &ExamScreen) {
    outln!();
    outln!("{}", title(&format!("{} · {}", e.name, section_name(e))));
    let mut status = vec![
        tr!("exam_position", position = e.position, total = e.total),
        tr!(
            "exam_time_left",
            time = crate::ui::clock(e.remaining_seconds)
        ),
        tr!(
            "exam_answered",
            answered = e.answered_count,
            total = e.total
        ),
    ];
    if e.flagged_count > 0 {
        status.push(tr!("exam_flagged_count", count = e.flagged_count));
    }
    outln!("{}", status.join(" · "));
    outln!();
    question(&e.question, e.flagged, &|_| " ");
    outln!("{}", your_answer(e.response.as_ref(), partial_at(e)));
    if let Some(a) = &e.aid {
        aid(a);
    }
}

/// What changed after an answer, flag or clear on the question on screen: one line.
pub fn exam_status(e: &ExamScreen) {
    let mut line = your_answer(e.response.as_ref(), partial_at(e));
    if e.flagged {
        line.push_str(&format!(" · ⚑ {}", tr!("exam_flagged")));
    }
    line.push_str(&format!(
        " · {}",
        tr!(
            "exam_answered",
            answered = e.answered_count,
            total = e.total
        )
    ));
    outln!("{line}");
    if let Some(a) = &e.aid {
        aid(a);
    }
}

/// The palette: every position by section, answered, in part, flagged.
pub fn palette(e: &ExamScreen) {
    outln!();
    outln!("{}", title(&tr!("palette_title")));
    outln!("{}", tr!("palette_legend"));
    for s in &e.sections {
        outln!(
            "{} ({}–{}): {}",
            s.name,
            s.first,
            s.first + s.count.saturating_sub(1),
            tr!("exam_answered", answered = s.answered, total = s.count)
        );
        let cells: Vec<String> = e
            .palette
            .iter()
            .filter(|c| c.section == s.section)
            .map(|c| {
                let mark = if c.flagged {
                    "⚑"
                } else if c.answered {
                    "●"
                } else if c.partial {
                    "◐"
                } else {
                    "○"
                };
                let here = if c.position == e.position { ">" } else { " " };
                format!("{here}{}{mark}", pad_left(&c.position.to_string(), 3))
            })
            .collect();
        for row in cells.chunks(10) {
            outln!("  {}", row.join(" "));
        }
    }
}

/// An aid opened over the exam.
pub fn aid(a: &AidView) {
    outln!();
    match a {
        AidView::Calculator { expression, result } => match result {
            Some(r) => outln!("{}: {expression} = {r}", tr!("aid_calculator")),
            None => outln!("{}: {}", tr!("aid_calculator"), tr!("aid_calculator_hint")),
        },
        AidView::PeriodicTable { elements } => {
            outln!("{}", title(&tr!("aid_periodic_table")));
            let at = |period: u32, group: u32, series: &str| {
                elements
                    .iter()
                    .filter(|e| e.series == series)
                    .find(|e| e.period == period && e.group == group)
            };
            for period in 1..=7 {
                let row: Vec<String> = (1..=18)
                    .map(|group| match at(period, group, "main") {
                        Some(e) => pad(&e.symbol, 3),
                        None if group == 3 && period >= 6 => pad("*", 3),
                        None => "   ".to_string(),
                    })
                    .collect();
                outln!("{period} {}", row.join(" ").trim_end());
            }
            for (mark, series) in [("*6", "lanthanide"), ("*7", "actinide")] {
                let row: Vec<String> = elements
                    .iter()
                    .filter(|e| e.series == series)
                    .map(|e| pad(&e.symbol, 3))
                    .collect();
                outln!("{mark} {}", row.join(" ").trim_end());
            }
            outln!();
            let list: Vec<String> = elements
                .iter()
                .map(|e| {
                    pad(
                        &format!("{:>3} {:<2} {} {}", e.number, e.symbol, e.name, e.mass),
                        26,
                    )
                })
                .collect();
            for row in list.chunks(3) {
                outln!("{}", row.join("").trim_end());
            }
        }
        AidView::SolubilityTable {
            cations,
            anions,
            cells,
        } => {
            outln!("{}", title(&tr!("aid_solubility_table")));
            let mark = |code: &str| match code {
                "soluble" => tr!("solubility_soluble_mark"),
                "slightly_soluble" => tr!("solubility_slightly_soluble_mark"),
                "insoluble" => tr!("solubility_insoluble_mark"),
                _ => tr!("solubility_decomposes_mark"),
            };
            let side = anions.iter().map(|a| width(a)).max().unwrap_or(0) + 1;
            for half in [
                0..cations.len().div_ceil(2),
                cations.len().div_ceil(2)..cations.len(),
            ] {
                let head: Vec<String> = cations[half.clone()].iter().map(|c| pad(c, 5)).collect();
                outln!("{} {}", pad("", side), head.join(" ").trim_end());
                for (a, row) in anions.iter().zip(cells) {
                    let line: Vec<String> =
                        row[half.clone()].iter().map(|c| pad(&mark(c), 5)).collect();
                    outln!("{} {}", pad(a, side), line.join(" ").trim_end());
                }
                outln!();
            }
            outln!("{}", tr!("solubility_legend"));
        }
    }
}

/// The confirmation before submitting.
pub fn confirmation(c: &SubmitConfirmationScreen) {
    outln!();
    outln!("{}", title(&tr!("submit_title")));
    outln!(
        "{}",
        tr!("exam_answered", answered = c.answered, total = c.total)
    );
    outln!("{}", tr!("submit_unanswered", count = c.unanswered));
    if c.partial > 0 {
        outln!("{}", tr!("submit_partial", count = c.partial));
    }
    outln!("{}", tr!("submit_flagged", count = c.flagged_count));
    outln!(
        "{}",
        tr!(
            "exam_time_left",
            time = crate::ui::clock(c.remaining_seconds)
        )
    );
}

/// The score report: total, every section with its minimum, every threshold (ПББ: the
/// categories and the one reached).
pub fn report(r: &ReportScreen) {
    outln!();
    let subjects: Vec<&str> = r.subjects.iter().map(|s| s.name.as_str()).collect();
    let head = if subjects.is_empty() {
        format!("{}: {}", tr!("report_title"), r.name)
    } else {
        format!(
            "{}: {} · {}",
            tr!("report_title"),
            r.name,
            subjects.join(" – ")
        )
    };
    outln!("{}", title(&head));
    if r.auto_submitted {
        outln!("{}", tr!("report_auto_submitted"));
    }
    let v = &r.report;
    outln!(
        "{}",
        tr!("report_total", total = v.total, max = v.max_total)
    );
    let w = v.sections.iter().map(|s| width(&s.name)).max().unwrap_or(0);
    for s in &v.sections {
        let mark = if s.passed { "✓" } else { "✗" };
        let min = match s.min_required {
            Some(m) if s.passed => format!("  {}", tr!("report_section_min_met", min = m)),
            Some(m) => format!("  {}", tr!("report_section_min_not_met", min = m)),
            None => String::new(),
        };
        let line = format!(
            "  {mark} {}  {:>3} / {:<3}{min}",
            pad(&s.name, w),
            s.score,
            s.max
        );
        outln!("{}", line.trim_end());
    }
    if v.thresholds.is_empty() {
        return;
    }
    let pbb = r.exam == Exam::Pbb;
    outln!(
        "{}:",
        if pbb {
            tr!("report_categories")
        } else {
            tr!("report_thresholds")
        }
    );
    let w = v
        .thresholds
        .iter()
        .map(|t| width(&t.name))
        .max()
        .unwrap_or(0);
    for t in &v.thresholds {
        let (mark, word) = if t.met {
            ("✓", tr!("report_threshold_met"))
        } else {
            ("✗", tr!("report_threshold_not_met"))
        };
        outln!("  {mark} {}  ≥ {:>3}  {word}", pad(&t.name, w), t.min_total);
    }
    if pbb {
        match &r.category_reached {
            Some(c) => outln!("{}", tr!("report_category_reached", name = c.name)),
            None => outln!("{}", tr!("report_category_none")),
        }
        if let Some(c) = &r.category_target {
            outln!("{}", tr!("report_category_target", name = c.name));
        }
    }
}

/// One item of the review: the question with the key marked, the answer given, points, the
/// explanation and its source.
pub fn review(v: &ReviewScreen) {
    let item = &v.item;
    outln!();
    outln!("{}", title(&format!("{}: {}", tr!("review_title"), v.name)));
    outln!(
        "{} · {} · {}",
        tr!(
            "review_position",
            position = item.position,
            index = v.index,
            count = v.items.len()
        ),
        item.section_name,
        item.topic_name
    );
    outln!();
    let key: Vec<u32> = match &item.correct {
        Response::Choice(c) => c.clone(),
        Response::Matching(_) => Vec::new(),
    };
    question(&item.question, item.flagged, &|i| {
        if key.contains(&i) { "✓" } else { " " }
    });
    outln!("{}", your_answer(item.response.as_ref(), false));
    outln!(
        "{} · {}",
        tr!(
            "review_correct_answer",
            answer = letters::show(Some(&item.correct)).unwrap_or_default()
        ),
        tr!("review_points", points = item.points, max = item.max_points)
    );
    if let Some(e) = &item.explanation {
        outln!("{}: {e}", tr!("review_explanation"));
    }
    if let Some(s) = &item.source {
        outln!("{}", tr!("review_source", source = s));
    }
}

/// The privacy policy as onboarding shows it: its points, the operator's contact, the notices.
pub fn policy(p: &PolicyView) {
    outln!();
    outln!("{}", title(&tr!("policy_title", version = p.version)));
    if let Some(old) = &p.accepted_version {
        outln!("{}", tr!("policy_updated", accepted = old));
    }
    for id in &p.points {
        outln!("• {}", crate::ui::message(&(*id).into()));
    }
    outln!(
        "{}",
        tr!(
            "policy_operator",
            email = p.operator_email,
            address = p.operator_address
        )
    );
    for id in &p.notices {
        outln!("ⓘ {}", crate::ui::message(&(*id).into()));
    }
}

/// The language step: the languages offered, numbered.
pub fn languages(o: &OnboardingScreen) {
    outln!();
    outln!("{}", title(&tr!("onboarding_language_title")));
    for (i, l) in o.languages.iter().enumerate() {
        outln!("  {}) {}", i + 1, crate::ui::language_autonym(*l));
    }
}

/// Why the personal data cannot be opened, and what can be done.
pub fn recovery(r: &RecoveryScreen) {
    outln!();
    outln!("{}", title(&tr!("recovery_title")));
    use qazstep_core::{Message, MessageId};
    let why = match r.reason {
        RecoveryReason::KeyUnavailable => MessageId::KeyUnavailable.into(),
        RecoveryReason::KeyLost => MessageId::KeyLost.into(),
        RecoveryReason::Damaged if !r.records.is_empty() => {
            Message::new(MessageId::RecordsDamaged).arg("count", r.records.len())
        }
        RecoveryReason::Damaged => Message::new(MessageId::UserDbDamaged).arg("file", &r.file),
        RecoveryReason::TooNew => MessageId::SchemaTooNew.into(),
    };
    outln!("{}", crate::ui::message(&why));
    for d in &r.records {
        outln!("  {}", damaged_record(d));
    }
}

/// One record that does not open, as `repair` and the recovery screen list it (where it is,
/// never what it held).
pub fn damaged_record(d: &qazstep_core::store::user::DamagedRecord) -> String {
    tr!(
        "repair_record",
        table = d.table,
        field = d.field,
        record = d.record
    )
}
