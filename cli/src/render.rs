//! Human-readable output of the commands that are not app screens (the `--json` forms are
//! printed by serde directly): labels from the catalog, names instead of ids, options lettered,
//! positions and practice questions from 1.

use std::collections::HashMap;

use qazstep_core::content::Locale;
use qazstep_core::exam::Review;
use qazstep_core::exam::blueprint::Blueprint;
use qazstep_core::practice::{Feedback, PracticeSession, Progress};
use qazstep_core::scoring::ScoreReport;
use qazstep_core::store::bank::{ImportOutcome, ImportReport, PackInfo};
use qazstep_core::{BlueprintInfo, ProfileView, Qazstep};

use crate::text::{self, pad, width};
use crate::{letters, screens, ui};
use qazstep_core::exam::AttemptSummary as AttemptLine;

/// Names of subjects, topics and exams in the interface language, read once from the core
/// (a code stands for itself when the bank does not know it).
pub struct Names {
    subjects: HashMap<String, String>,
    topics: HashMap<String, String>,
    blueprints: HashMap<String, String>,
    sections: HashMap<String, String>,
}

impl Names {
    /// The names the core knows.
    pub fn of(core: &Qazstep) -> Names {
        let l = ui::locale();
        Names {
            subjects: core
                .subjects()
                .unwrap_or_default()
                .into_iter()
                .map(|s| (s.code.clone(), s.name.get(l).to_string()))
                .collect(),
            topics: core
                .topics(None)
                .unwrap_or_default()
                .into_iter()
                .map(|t| (t.id.clone(), t.name.get(l).to_string()))
                .collect(),
            blueprints: core
                .blueprints()
                .into_iter()
                .map(|b| (b.id.clone(), b.name.get(l).to_string()))
                .collect(),
            sections: HashMap::new(),
        }
    }

    /// A subject's name.
    pub fn subject<'a>(&'a self, code: &'a str) -> &'a str {
        self.subjects.get(code).map_or(code, String::as_str)
    }

    /// The names of an attempt's sections (`subject_knowledge` → its name, or its subject's).
    pub fn with_sections(mut self, sections: &[qazstep_core::exam::PlannedSection]) -> Names {
        let l = ui::locale();
        for s in sections {
            let name = match &s.name {
                Some(n) => n.get(l).to_string(),
                None => self.subject(&s.subject).to_string(),
            };
            self.sections.insert(s.id.clone(), name);
        }
        self
    }

    /// A section's name (a subject's when the section is one).
    pub fn section<'a>(&'a self, id: &'a str) -> &'a str {
        self.sections
            .get(id)
            .map_or_else(|| self.subject(id), String::as_str)
    }

    /// A topic's name.
    pub fn topic<'a>(&'a self, id: &'a str) -> &'a str {
        self.topics.get(id).map_or(id, String::as_str)
    }

    /// An exam's name (`ҰБТ 2025`).
    pub fn blueprint<'a>(&'a self, id: &'a str) -> &'a str {
        self.blueprints.get(id).map_or(id, String::as_str)
    }

    /// Subject names joined as the exams list them (`Математика – Физика`).
    pub fn subjects(&self, codes: &[String]) -> String {
        codes
            .iter()
            .map(|c| self.subject(c))
            .collect::<Vec<_>>()
            .join(" – ")
    }
}

/// One line per import.
pub fn import_line(r: &ImportReport) -> String {
    let mut line = match &r.outcome {
        ImportOutcome::Installed => tr!(
            "pack_import_installed",
            pack = r.pack_id,
            version = r.version,
            questions = r.questions
        ),
        ImportOutcome::Upgraded { from } => tr!(
            "pack_import_upgraded",
            pack = r.pack_id,
            version = r.version,
            from = from,
            questions = r.questions
        ),
        ImportOutcome::Unchanged => {
            tr!(
                "pack_import_unchanged",
                pack = r.pack_id,
                version = r.version
            )
        }
    };
    if r.retired > 0 {
        line.push_str(&format!(
            " · {}",
            tr!("pack_import_retired", count = r.retired)
        ));
    }
    line
}

/// An installed pack.
pub fn pack_line(p: &PackInfo) -> String {
    format!(
        "{} v{} · {} · {} · {} · sha256:{}",
        p.id,
        p.version,
        p.title.get(ui::locale()),
        ui::language_name(p.locale),
        tr!(
            "pack_list_counts",
            questions = p.questions,
            contexts = p.contexts
        ),
        p.sha256
    )
}

/// The profile, ИИН masked.
pub fn profile(p: &ProfileView, names: &Names) {
    let none = "—".to_string();
    outln!(
        "{}",
        tr!(
            "profile_iin",
            iin = p.iin_masked.as_deref().unwrap_or(&none)
        )
    );
    if let Some(n) = &p.name {
        outln!("{}", tr!("profile_name", name = n));
    }
    outln!("{}", tr!("profile_role", role = ui::role_name(p.role)));
    outln!(
        "{}",
        tr!(
            "profile_interface_language",
            language = ui::language_name(p.interface_language)
        )
    );
    outln!(
        "{}",
        tr!(
            "profile_exam_language",
            language = ui::language_name(p.exam_language)
        )
    );
    if !p.profile_subjects.is_empty() {
        outln!(
            "{}",
            tr!(
                "profile_subjects",
                subjects = names.subjects(&p.profile_subjects)
            )
        );
    }
    if let Some(d) = &p.exam_date {
        outln!("{}", tr!("profile_exam_date", date = d));
    }
    if let Some(m) = p.daily_minutes {
        outln!("{}", tr!("profile_daily_minutes", minutes = m));
    }
    match &p.consent {
        Some(c) => outln!(
            "{}",
            tr!("profile_policy_accepted", version = c.policy_version)
        ),
        None => outln!("{}", tr!("profile_policy_not_accepted")),
    }
}

/// A blueprint: its name and id, size, time, and its thresholds (ПББ: categories) named.
pub fn blueprint(b: &BlueprintInfo) {
    let l = ui::locale();
    let mut line = tr!(
        "blueprint_line",
        name = b.name.get(l),
        blueprint = b.id,
        questions = b.items,
        minutes = b.duration_minutes
    );
    if b.extra_minutes > 0 {
        line.push_str(&format!(
            " ({})",
            tr!("blueprint_extra", minutes = b.extra_minutes)
        ));
    }
    outln!("{line}");
    let thresholds: Vec<&str> = b.threshold_names.iter().map(|n| n.get(l)).collect();
    if !thresholds.is_empty() {
        let label = match b.exam {
            qazstep_core::content::Exam::Pbb => tr!("report_categories"),
            qazstep_core::content::Exam::Unt => tr!("report_thresholds"),
        };
        outln!("  {label}: {}", thresholds.join(", "));
    }
}

/// An attempt in `exam list`.
pub fn attempt_line(a: &AttemptLine, names: &Names) -> String {
    if a.damaged {
        return tr!(
            "cli_attempt_damaged",
            attempt = a.attempt,
            command = "qazstep repair --yes"
        );
    }
    let state = if a.submitted {
        tr!(
            "exam_list_submitted",
            total = a.total.unwrap_or(0),
            max = a.max_total.map_or("?".to_string(), |m| m.to_string())
        )
    } else {
        tr!("exam_list_open", time = ui::time_left(a.remaining_seconds))
    };
    format!(
        "{} · {} · {} · {} · {state}",
        a.attempt,
        names.blueprint(&a.blueprint),
        names.subjects(&a.subjects),
        tr!("exam_answered", answered = a.answered, total = a.questions)
    )
}

/// The review of a submitted attempt: every question with the answer, the key, points and the
/// explanation, then the points per topic.
pub fn review(r: &Review, names: &Names) {
    for item in &r.items {
        let mark = if item.points == item.max_points {
            "✓"
        } else if item.points > 0 {
            "½"
        } else {
            "✗"
        };
        outln!();
        outln!(
            "{mark} {} · {} · {} · {}",
            tr!("question_number", position = item.position),
            names.section(&item.section),
            names.topic(&item.topic),
            tr!("review_points", points = item.points, max = item.max_points)
        );
        if let Some(c) = &item.context {
            for line in text::draw(&c.text) {
                outln!("  {line}");
            }
        }
        for line in text::draw(&item.stem) {
            outln!("{line}");
        }
        for (i, p) in item.prompts.iter().enumerate() {
            outln!("  {}. {p}", i + 1);
        }
        for (i, o) in item.options.iter().enumerate() {
            outln!("  {}) {o}", letters::letter(i as u32));
        }
        outln!(
            "{} · {}",
            screens::your_answer(item.response.as_ref(), false),
            tr!(
                "review_correct_answer",
                answer = letters::show(Some(&item.correct)).unwrap_or_default()
            )
        );
        if let Some(e) = &item.explanation {
            outln!("{}: {e}", tr!("review_explanation"));
        }
    }
    outln!();
    outln!("{}:", tr!("review_by_topic"));
    let rows: Vec<(String, &str, String)> = r
        .topics
        .iter()
        .map(|t| {
            (
                names.section(&t.section).to_string(),
                names.topic(&t.topic),
                format!("{:>3} / {:<3}", t.points, t.max),
            )
        })
        .collect();
    let w0 = rows.iter().map(|r| width(&r.0)).max().unwrap_or(0);
    let w1 = rows.iter().map(|r| width(r.1)).max().unwrap_or(0);
    for (s, t, p) in &rows {
        let line = format!("  {}  {}  {p}", pad(s, w0), pad(t, w1));
        outln!("{}", line.trim_end());
    }
    outln!();
    outln!(
        "{}",
        tr!(
            "report_total",
            total = r.report.total,
            max = r.report.max_total
        )
    );
}

/// A practice session: its questions numbered from 1, options lettered.
pub fn practice(s: &PracticeSession, names: &Names) {
    let title = if s.mistakes {
        tr!("practice_mistakes_title", count = s.questions.len())
    } else {
        tr!("practice_title", count = s.questions.len())
    };
    outln!("{}", screens::title(&title));
    for q in &s.questions {
        let state = match q.answered {
            None => "·",
            Some(true) => "✓",
            Some(false) => "✗",
        };
        outln!();
        outln!(
            "{state} {} · {} · {}",
            tr!("question_number", position = u64::from(q.index) + 1),
            names.subject(&q.subject),
            names.topic(&q.topic)
        );
        if let Some(c) = &q.context {
            for line in text::draw(&c.text) {
                outln!("  {line}");
            }
        }
        for line in text::draw(&q.stem) {
            outln!("{line}");
        }
        for (i, p) in q.prompts.iter().enumerate() {
            outln!("  {}. {p}", i + 1);
        }
        for (i, o) in q.options.iter().enumerate() {
            outln!("  {}) {o}", letters::letter(i as u32));
        }
    }
    outln!();
    outln!(
        "{}",
        tr!(
            "practice_answer_hint",
            command = format!("qazstep practice answer {} 1 B", s.id)
        )
    );
}

/// Feedback on one practice answer.
pub fn feedback(f: &Feedback) {
    let verdict = if f.correct {
        tr!("practice_correct")
    } else {
        tr!("practice_wrong")
    };
    outln!(
        "{verdict} {} · {}",
        tr!("review_points", points = f.points, max = f.max_points),
        tr!(
            "review_correct_answer",
            answer = letters::show(Some(&f.key)).unwrap_or_default()
        )
    );
    if let Some(e) = &f.explanation {
        outln!("{}: {e}", tr!("review_explanation"));
    }
}

/// Progress per subject and topic.
pub fn progress(p: &Progress, names: &Names) {
    if p.answered == 0 {
        outln!("{}", tr!("progress_none"));
        return;
    }
    outln!(
        "{}",
        tr!("progress_total", correct = p.correct, answered = p.answered)
    );
    let w = p
        .subjects
        .iter()
        .flat_map(|s| {
            std::iter::once(width(names.subject(&s.subject)))
                .chain(s.topics.iter().map(|t| width(names.topic(&t.topic)) + 2))
        })
        .max()
        .unwrap_or(0);
    for s in &p.subjects {
        outln!(
            "{}  {:>4} / {:<4} {:>5.1}%",
            pad(names.subject(&s.subject), w),
            s.correct,
            s.answered,
            s.accuracy * 100.0
        );
        for t in &s.topics {
            outln!(
                "  {}  {:>4} / {:<4} {:>5.1}%",
                pad(names.topic(&t.topic), w - 2),
                t.correct,
                t.answered,
                t.accuracy * 100.0
            );
        }
    }
}

/// A score report without a data directory (`qazstep score`): sections named by the blueprint
/// where it names them (profile subjects keep their codes: their names are in the bank).
pub fn report_plain(r: &ScoreReport, blueprint: Option<&Blueprint>) {
    let l: Locale = ui::locale();
    let section = |id: &str| -> String {
        blueprint
            .and_then(|b| {
                b.sections
                    .iter()
                    .find(|s| s.id.as_deref().unwrap_or(&s.subject) == id)
            })
            .and_then(|s| s.name.as_ref())
            .map_or_else(|| id.to_string(), |n| n.get(l).to_string())
    };
    let threshold = |id: &str| -> String {
        blueprint
            .and_then(|b| b.thresholds.iter().find(|t| t.id == id))
            .map_or_else(|| id.to_string(), |t| t.name.get(l).to_string())
    };
    outln!(
        "{}",
        tr!("report_total", total = r.total, max = r.max_total)
    );
    for s in &r.sections {
        let min = match s.min_required {
            Some(m) if s.passed => format!("  {}", tr!("report_section_min_met", min = m)),
            Some(m) => format!("  {}", tr!("report_section_min_not_met", min = m)),
            None => String::new(),
        };
        outln!(
            "  {} {}: {} / {}{min}",
            if s.passed { "✓" } else { "✗" },
            section(&s.section),
            s.score,
            s.max
        );
    }
    for i in &r.items {
        outln!(
            "  {} ({}): {}",
            tr!("question_number", position = i.position),
            section(&i.section),
            tr!("review_points", points = i.points, max = i.max_points)
        );
    }
    for th in &r.thresholds {
        outln!(
            "  {} {} ≥ {}: {}",
            if th.met { "✓" } else { "✗" },
            threshold(&th.id),
            th.min_total,
            if th.met {
                tr!("report_threshold_met")
            } else {
                tr!("report_threshold_not_met")
            }
        );
    }
}
