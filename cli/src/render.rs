//! Human-readable output (the `--json` forms are printed by serde directly).

use qazstep_core::ProfileView;
use qazstep_core::Qazstep;
use qazstep_core::content::Locale;
use qazstep_core::exam::{AttemptView, QuestionView, Review};
use qazstep_core::practice::{Feedback, PracticeSession, Progress};
use qazstep_core::scoring::{Response, ScoreReport};
use qazstep_core::store::bank::{ImportOutcome, ImportReport};

/// Picks the Kazakh or Russian label.
pub fn t(lang: Locale, kk: &'static str, ru: &'static str) -> &'static str {
    if lang == Locale::Ru { ru } else { kk }
}

/// `2` / `0,3` / `0:2,1:0`, or `—` when unanswered.
pub fn response_text(r: Option<&Response>) -> String {
    match r {
        None => "—".into(),
        Some(Response::Choice(v)) if v.is_empty() => "—".into(),
        Some(Response::Choice(v)) => v.iter().map(u32::to_string).collect::<Vec<_>>().join(","),
        Some(Response::Matching(v)) => v
            .iter()
            .map(|(p, o)| format!("{p}:{o}"))
            .collect::<Vec<_>>()
            .join(","),
    }
}

/// Time left in whole minutes, or in seconds under a minute (`12 min`, `45 s`): the last
/// minute of an exam is not "0 min".
pub fn time_left(seconds: i64) -> String {
    if seconds < 60 {
        format!("{} s", seconds.max(0))
    } else {
        format!("{} min", seconds / 60)
    }
}

/// [`time_left`] in kk or ru, with "left": `12 мин қалды`, `45 сек осталось`.
pub fn time_left_in(seconds: i64, lang: Locale) -> String {
    let left = t(lang, "қалды", "осталось");
    if seconds < 60 {
        format!("{} сек {left}", seconds.max(0))
    } else {
        format!("{} мин {left}", seconds / 60)
    }
}

/// One line per import.
pub fn import_line(r: &ImportReport) -> String {
    let what = match &r.outcome {
        ImportOutcome::Installed => "installed".to_string(),
        ImportOutcome::Upgraded { from } => format!("upgraded from v{from}"),
        ImportOutcome::Unchanged => "already installed, nothing changed".to_string(),
    };
    let retired = if r.retired > 0 {
        format!(", {} retired", r.retired)
    } else {
        String::new()
    };
    format!(
        "{} v{}: {what} ({} questions{retired})",
        r.pack_id, r.version, r.questions
    )
}

/// The profile, ИИН masked.
pub fn profile(p: &ProfileView) {
    outln!("ИИН: {}", p.iin_masked.as_deref().unwrap_or("—"));
    if let Some(n) = &p.name {
        outln!("name: {n}");
    }
    outln!("role: {}", p.role.code());
    outln!(
        "languages: interface {}, exam {}",
        p.interface_language.code(),
        p.exam_language.code()
    );
    if !p.profile_subjects.is_empty() {
        outln!("subjects: {}", p.profile_subjects.join(", "));
    }
    match &p.consent {
        Some(c) => outln!("privacy policy {} accepted", c.policy_version),
        None => outln!("privacy policy not accepted yet"),
    }
}

/// One question with its options (shown indexes).
pub fn question(q: &QuestionView, lang: Locale) {
    let flag = if q.flagged { " ⚑" } else { "" };
    outln!("\n[{}] {} · {}{flag}", q.position, q.section, q.kind.code());
    if let Some(c) = &q.context {
        if let Some(title) = &c.title {
            outln!("  « {title} »");
        }
        for line in c.text.lines() {
            outln!("  | {line}");
        }
    }
    outln!("{}", q.stem);
    for (i, p) in q.prompts.iter().enumerate() {
        outln!("  {}{i}: {p}", t(lang, "сол ", "лев "));
    }
    for (i, o) in q.options.iter().enumerate() {
        outln!("  {i}) {o}");
    }
    outln!(
        "  {}: {}",
        t(lang, "жауап", "ответ"),
        response_text(q.response.as_ref())
    );
}

/// A whole attempt.
pub fn attempt(v: &AttemptView, lang: Locale) {
    outln!(
        "{} · {} · {} · {}",
        v.attempt,
        v.blueprint,
        time_left_in(v.remaining_seconds, lang),
        if v.submitted {
            t(lang, "тапсырылды", "сдано")
        } else {
            t(lang, "ашық", "открыто")
        }
    );
    for q in &v.questions {
        question(q, lang);
    }
}

/// A score report of `attempt`, with its sections' and thresholds' names from the attempt and
/// its blueprint (ids where a name is missing).
pub fn report(r: &ScoreReport, core: &Qazstep, lang: Locale, attempt: &str) {
    let mut names: std::collections::HashMap<String, String> = core
        .subjects()
        .unwrap_or_default()
        .into_iter()
        .map(|s| (s.code.clone(), s.name.get(lang).to_string()))
        .collect();
    let mut thresholds: std::collections::HashMap<String, String> =
        std::collections::HashMap::new();
    if let Ok(view) = core.attempt(attempt) {
        for s in &view.sections {
            if let Some(name) = &s.name {
                names.insert(s.id.clone(), name.get(lang).to_string());
            }
        }
        if let Some(b) = core
            .blueprints()
            .into_iter()
            .find(|b| b.id == view.blueprint)
        {
            for (id, name) in b.thresholds.iter().zip(&b.threshold_names) {
                thresholds.insert(id.clone(), name.get(lang).to_string());
            }
        }
    }
    outln!(
        "\n{}: {} / {}",
        t(lang, "Жалпы балл", "Итоговый балл"),
        r.total,
        r.max_total
    );
    for s in &r.sections {
        let min = s
            .min_required
            .map(|m| format!(" (min {m})"))
            .unwrap_or_default();
        let mark = if s.passed { "✓" } else { "✗" };
        let name = names.get(&s.section).unwrap_or(&s.section);
        outln!("  {mark} {:<30} {:>3} / {:<3}{min}", name, s.score, s.max);
    }
    outln!("{}:", t(lang, "Шекті балдар", "Пороговые баллы"));
    let named: Vec<&String> = r
        .thresholds
        .iter()
        .map(|th| thresholds.get(&th.id).unwrap_or(&th.id))
        .collect();
    let width = named.iter().map(|n| n.chars().count()).max().unwrap_or(0);
    for (th, name) in r.thresholds.iter().zip(named) {
        let mark = if th.met {
            t(lang, "жетті", "достигнут")
        } else {
            t(lang, "жетпеді", "не достигнут")
        };
        outln!("  {name:<width$} ≥ {:>3}: {mark}", th.min_total);
    }
}

/// A score report without a core at hand (`qazstep score`).
pub fn report_plain(r: &ScoreReport) {
    outln!("total: {} / {}", r.total, r.max_total);
    for s in &r.sections {
        let min = s
            .min_required
            .map(|m| format!(" (min {m})"))
            .unwrap_or_default();
        outln!(
            "  {} {}: {} / {}{min}",
            if s.passed { "✓" } else { "✗" },
            s.section,
            s.score,
            s.max
        );
    }
    for i in &r.items {
        outln!(
            "  item {} ({}): {} / {}",
            i.position,
            i.section,
            i.points,
            i.max_points
        );
    }
    for th in &r.thresholds {
        outln!(
            "  {} ≥ {}: {}",
            th.id,
            th.min_total,
            if th.met { "met" } else { "not met" }
        );
    }
}

/// The review of a submitted attempt.
pub fn review(r: &Review, lang: Locale) {
    for item in &r.items {
        let mark = if item.points == item.max_points {
            "✓"
        } else if item.points > 0 {
            "½"
        } else {
            "✗"
        };
        outln!(
            "\n{mark} [{}] {} · {} · {}/{}",
            item.position,
            item.section,
            item.topic,
            item.points,
            item.max_points
        );
        outln!("{}", item.stem);
        for (i, p) in item.prompts.iter().enumerate() {
            outln!("  {}{i}: {p}", t(lang, "сол ", "лев "));
        }
        for (i, o) in item.options.iter().enumerate() {
            outln!("  {i}) {o}");
        }
        outln!(
            "  {}: {}   {}: {}",
            t(lang, "сіздің жауабыңыз", "ваш ответ"),
            response_text(item.response.as_ref()),
            t(lang, "дұрыс жауап", "правильный ответ"),
            response_text(Some(&item.correct))
        );
        if let Some(e) = &item.explanation {
            outln!("  {e}");
        }
    }
    outln!("\n{}:", t(lang, "Тақырыптар бойынша", "По темам"));
    for tp in &r.topics {
        outln!(
            "  {:<18} {:<32} {:>3} / {:<3}",
            tp.section,
            tp.topic,
            tp.points,
            tp.max
        );
    }
    outln!(
        "\n{}: {} / {}",
        t(lang, "Жалпы балл", "Итоговый балл"),
        r.report.total,
        r.report.max_total
    );
}

/// A practice session.
pub fn practice(s: &PracticeSession, lang: Locale) {
    outln!("{} {}", t(lang, "Жаттығу", "Практика"), s.id);
    for q in &s.questions {
        let state = match q.answered {
            None => "·",
            Some(true) => "✓",
            Some(false) => "✗",
        };
        outln!("\n{state} ({}) {} · {}", q.index, q.subject, q.topic);
        if let Some(c) = &q.context {
            for line in c.text.lines() {
                outln!("  | {line}");
            }
        }
        outln!("{}", q.stem);
        for (i, p) in q.prompts.iter().enumerate() {
            outln!("  {}{i}: {p}", t(lang, "сол ", "лев "));
        }
        for (i, o) in q.options.iter().enumerate() {
            outln!("  {i}) {o}");
        }
    }
}

/// Feedback on one practice answer.
pub fn feedback(f: &Feedback, lang: Locale) {
    let verdict = if f.correct {
        t(lang, "Дұрыс!", "Верно!")
    } else {
        t(lang, "Қате.", "Неверно.")
    };
    outln!(
        "{verdict} {}/{} · {}: {}",
        f.points,
        f.max_points,
        t(lang, "дұрыс жауап", "правильный ответ"),
        response_text(Some(&f.key))
    );
    if let Some(e) = &f.explanation {
        outln!("{e}");
    }
}

/// Progress per subject and topic.
pub fn progress(p: &Progress, lang: Locale) {
    if p.answered == 0 {
        outln!("{}", t(lang, "Әзірге жауап жоқ.", "Пока нет ответов."));
        return;
    }
    outln!(
        "{}: {} / {}",
        t(lang, "Барлығы", "Всего"),
        p.correct,
        p.answered
    );
    for s in &p.subjects {
        outln!(
            "{:<20} {:>4} / {:<4} {:>5.1}%",
            s.subject,
            s.correct,
            s.answered,
            s.accuracy * 100.0
        );
        for tp in &s.topics {
            outln!(
                "  {:<30} {:>4} / {:<4} {:>5.1}%",
                tp.topic,
                tp.correct,
                tp.answered,
                tp.accuracy * 100.0
            );
        }
    }
}
