//! `qazstep exam run`: the interactive exam in a terminal.
//!
//! One question at a time; every answer is saved (committed) before the next prompt, so closing
//! the terminal loses nothing: `qazstep exam run --attempt <ID>` resumes.

use std::io::{BufRead, Write};

use qazstep_core::Qazstep;
use qazstep_core::content::Locale;
use qazstep_core::scoring::parse_response;

use crate::render::{self, t};
use crate::{Failure, Outcome};

fn help(lang: Locale) {
    outln!(
        "{}",
        t(
            lang,
            "Жауап: 2 | 0,3 | 0:2,1:0 · n келесі · p алдыңғы · g N өту · f белгі · c өшіру · l тізім · s тапсыру · q шығу",
            "Ответ: 2 | 0,3 | 0:2,1:0 · n далее · p назад · g N перейти · f отметить · c стереть · l список · s сдать · q выйти"
        )
    );
}

/// Runs the interactive loop on attempt `id`.
pub fn interactive(core: &Qazstep, id: &str, lang: Locale) -> Outcome {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut view = core.attempt(id)?;
    if view.submitted {
        outln!(
            "{}",
            t(lang, "Бұл талпыныс тапсырылған.", "Эта попытка уже сдана.")
        );
        render::review(&core.review(id)?, lang);
        return Ok(());
    }
    let n = view.questions.len();
    let mut current = view
        .questions
        .iter()
        .position(|q| q.response.is_none())
        .unwrap_or(0);
    outln!(
        "{} · {} {}",
        view.blueprint,
        n,
        t(lang, "сұрақ", "вопросов")
    );
    help(lang);
    loop {
        view = core.attempt(id)?;
        if view.submitted {
            outln!(
                "{}",
                t(
                    lang,
                    "Уақыт бітті: талпыныс автоматты түрде тапсырылды.",
                    "Время вышло: попытка сдана автоматически."
                )
            );
            render::report(&core.report(id)?, core, lang, id);
            return Ok(());
        }
        let q = &view.questions[current];
        let answered = view
            .questions
            .iter()
            .filter(|q| q.response.is_some())
            .count();
        outln!(
            "\n⏱ {}:{:02}:{:02} · {answered}/{n}",
            view.remaining_seconds / 3600,
            view.remaining_seconds / 60 % 60,
            view.remaining_seconds % 60
        );
        render::question(q, lang);
        out!("> ");
        let _ = std::io::stdout().flush();
        let Some(line) = lines.next() else {
            outln!(
                "\n{} qazstep exam run --attempt {id}",
                t(lang, "Жалғастыру үшін:", "Чтобы продолжить:")
            );
            return Ok(());
        };
        let line = line.map_err(|e| Failure {
            code: 3,
            lines: vec![format!("cannot read the terminal: {e}")],
        })?;
        let cmd = line.trim();
        let result: Result<(), qazstep_core::Error> = match cmd {
            "" | "n" => {
                current = (current + 1).min(n - 1);
                Ok(())
            }
            "p" => {
                current = current.saturating_sub(1);
                Ok(())
            }
            "h" | "?" => {
                help(lang);
                Ok(())
            }
            "f" => core.flag(id, q.position, !q.flagged).map(|_| ()),
            "c" => core.clear_answer(id, q.position).map(|_| ()),
            "l" => {
                for q in &view.questions {
                    let mark = if q.flagged {
                        "⚑"
                    } else if q.response.is_some() {
                        "●"
                    } else {
                        "○"
                    };
                    out!("{mark}{:<4}", q.position);
                    if q.position % 10 == 0 {
                        outln!();
                    }
                }
                outln!();
                Ok(())
            }
            "q" => {
                outln!(
                    "{} qazstep exam run --attempt {id}",
                    t(
                        lang,
                        "Жауаптар сақталды. Жалғастыру үшін:",
                        "Ответы сохранены. Чтобы продолжить:"
                    )
                );
                return Ok(());
            }
            "s" => {
                let open = n - answered;
                out!(
                    "{} ({open} {}) [yes/no] ",
                    t(lang, "Тапсырасыз ба?", "Сдать?"),
                    t(lang, "жауапсыз", "без ответа")
                );
                let _ = std::io::stdout().flush();
                let confirm = lines.next().and_then(Result::ok).unwrap_or_default();
                if matches!(confirm.trim(), "yes" | "y" | "иә" | "да") {
                    let report = core.submit(id)?;
                    render::report(&report, core, lang, id);
                    out!("{} [r/q] ", t(lang, "Талдау көрсету?", "Показать разбор?"));
                    let _ = std::io::stdout().flush();
                    if lines
                        .next()
                        .and_then(Result::ok)
                        .is_some_and(|l| l.trim() == "r")
                    {
                        render::review(&core.review(id)?, lang);
                    }
                    return Ok(());
                }
                Ok(())
            }
            other if other.starts_with("g ") => match other[2..].trim().parse::<usize>() {
                Ok(p) if (1..=n).contains(&p) => {
                    current = p - 1;
                    Ok(())
                }
                _ => Err(qazstep_core::Error::invalid_input(format!(
                    "positions are 1..{n}"
                ))),
            },
            response => parse_response(q.kind, response)
                .and_then(|r| core.answer(id, q.position, &r))
                .map(|_| {
                    current = (current + 1).min(n - 1);
                }),
        };
        if let Err(e) = result {
            outln!("! {e}");
        }
    }
}
