//! `qazstep exam run`: the app model in a terminal. It sends the core the events a person's
//! typing stands for and draws whatever screen comes back — onboarding (language, the privacy
//! policy, the profile form), the exam one question at a time, the submit confirmation, the
//! report, the review — as the phones draw the same screens.
//!
//! Invariants:
//! - Every decision is the core's (`dispatch`): which screen, which position, the palette, when
//!   a submission needs a confirmation, the timer. This module parses what is typed (letters to
//!   option indexes, a command to an `Event`) and draws.
//! - Every answer is an event that has committed before the next prompt is shown; closing the
//!   terminal (or the end of input) loses nothing: `qazstep exam run --attempt <ID>` resumes.
//! - Steps the shell takes on its own (leaving an open exam to start the one asked for) are
//!   bounded: a screen that does not move after a few of them ends the run with its error.

use std::io::{BufRead, Write};
use std::path::Path;
use std::sync::Arc;

use qazstep_core::app::{
    Event, ExamScreen, OnboardingScreen, OnboardingStep, ProfileFormView, ResponseInput, Screen,
};
use qazstep_core::content::Locale;
use qazstep_core::exam::SystemClock;
use qazstep_core::profile::Role;
use qazstep_core::scoring::Response;
use qazstep_core::{Message, Qazstep};

use crate::{Failure, Outcome, keyfile, letters, screens, starter, ui};

/// What `exam run` was asked to do once the app is ready.
#[derive(Debug, Clone)]
pub enum Intent {
    /// Start an exam (`start_exam`).
    Start(Event),
    /// Continue this attempt (`continue_exam`; a submitted one shows its report).
    Continue(String),
}

/// Lines typed by the person.
struct Input<R> {
    lines: std::io::Lines<R>,
}

impl<R: BufRead> Input<R> {
    /// Asks a yes/no `question` until it is answered (`None` at the end of input).
    fn yes_no(&mut self, question: &str) -> Result<Option<bool>, Failure> {
        loop {
            let Some(answer) = self.ask(&format!("{question} {}", ui::yes_no_hint()))? else {
                return Ok(None);
            };
            match ui::yes_no(&answer) {
                Some(yes) => return Ok(Some(yes)),
                None => outln!(
                    "! {}",
                    tr!(
                        "confirm_invalid",
                        yes = tr!("confirm_yes"),
                        no = tr!("confirm_no")
                    )
                ),
            }
        }
    }

    /// Shows `prompt` and reads one line (`None` at the end of input).
    fn ask(&mut self, prompt: &str) -> Result<Option<String>, Failure> {
        out!("{prompt} ");
        let _ = std::io::stdout().flush();
        match self.lines.next() {
            None => {
                outln!();
                Ok(None)
            }
            Some(Ok(line)) => Ok(Some(line.trim().to_string())),
            Some(Err(e)) => Err(Failure::storage(tr!(
                "cli_cannot_read_input",
                reason = ui::io_reason(&e)
            ))),
        }
    }
}

/// The interface language the screens are in now: `--lang`, else the one on the onboarding
/// screen, else the profile's, else Kazakh (as the core picks it).
fn sync_language(core: &Qazstep, screen: &Screen, forced: Option<Locale>) {
    let l = forced
        .or(match screen {
            Screen::Onboarding(o) => Some(o.language),
            _ => None,
        })
        .or_else(|| core.profile().ok().flatten().map(|p| p.interface_language))
        .unwrap_or(Locale::Kk);
    ui::set(l);
}

/// The hint a run ends with while the attempt stays open.
fn resume_hint(attempt: &str) {
    outln!(
        "{}",
        tr!(
            "exam_left",
            command = format!("qazstep exam run --attempt {attempt}")
        )
    );
}

/// Prints a screen's error, in letters when the person typed letters.
fn show_error(m: &Message, letters_typed: bool) {
    let line = letters_typed
        .then(|| letters::explain(m))
        .flatten()
        .unwrap_or_else(|| ui::message(m));
    outln!("! {line}");
}

fn exam_help(e: &ExamScreen) {
    outln!("{}", tr!("exam_cmd_answer"));
    let go = e.total.min(15);
    outln!(
        "Enter/n — {} · p — {} · g {go} — {} · m — {} · x — {}",
        tr!("exam_cmd_next"),
        tr!("exam_cmd_previous"),
        tr!("exam_cmd_go_to", position = go),
        tr!("exam_cmd_flag"),
        tr!("exam_cmd_clear")
    );
    outln!(
        "l — {} · s — {} · q — {} · ? — {}",
        tr!("exam_cmd_palette"),
        tr!("exam_cmd_submit"),
        tr!("exam_cmd_quit"),
        tr!("exam_cmd_help")
    );
    let aids: Vec<String> = e
        .aids
        .iter()
        .filter_map(|a| match a.as_str() {
            "calculator" => Some(format!("= 2*3 — {}", tr!("aid_calculator"))),
            "periodic_table" => Some(format!("pt — {}", tr!("aid_periodic_table"))),
            "solubility_table" => Some(format!("st — {}", tr!("aid_solubility_table"))),
            _ => None,
        })
        .collect();
    if !aids.is_empty() {
        outln!("{}", aids.join(" · "));
    }
}

/// What a line typed on the exam screen stands for.
enum ExamInput {
    /// An event for the core (`letters`: the answer was typed in letters).
    Send(Event, bool),
    /// Draw the palette.
    Palette,
    /// Draw the help.
    Help,
    /// Draw the question again.
    Redraw,
    /// Leave the terminal (the exam's clock keeps running).
    Quit,
    /// Not a command.
    Unknown(String),
    /// A letter form that could not be read.
    Unreadable,
}

/// Parses a line typed on the exam screen `e` (input parsing only: no rule is decided here).
fn exam_input(e: &ExamScreen, line: &str) -> ExamInput {
    let position = i64::from(e.position);
    let lower = line.to_lowercase();
    let go_to = |n: &str| match n.trim().parse::<i64>() {
        Ok(p) => ExamInput::Send(Event::GoTo { position: p }, false),
        Err(_) => ExamInput::Unknown(line.to_string()),
    };
    match lower.as_str() {
        "" | "n" => ExamInput::Send(Event::Next {}, false),
        "p" => ExamInput::Send(Event::Previous {}, false),
        "m" => ExamInput::Send(
            Event::Flag {
                position,
                flagged: !e.flagged,
            },
            false,
        ),
        "x" => ExamInput::Send(Event::ClearAnswer { position }, false),
        "s" => ExamInput::Send(Event::SubmitExam {}, false),
        "l" => ExamInput::Palette,
        "?" | "help" => ExamInput::Help,
        "r" => ExamInput::Redraw,
        "q" => ExamInput::Quit,
        "pt" => ExamInput::Send(
            Event::OpenAid {
                aid: "periodic_table".into(),
            },
            false,
        ),
        "st" => ExamInput::Send(
            Event::OpenAid {
                aid: "solubility_table".into(),
            },
            false,
        ),
        _ if lower.starts_with('=') => {
            let expression = line[1..].trim().to_string();
            // The calculator's events: opening it is refused when the exam offers none.
            if e.aids.iter().any(|a| a == "calculator") && !expression.is_empty() {
                ExamInput::Send(Event::Calculate { expression }, false)
            } else {
                ExamInput::Send(
                    Event::OpenAid {
                        aid: "calculator".into(),
                    },
                    false,
                )
            }
        }
        _ if lower.starts_with("g ") => go_to(&lower[2..]),
        _ if lower.bytes().all(|b| b.is_ascii_digit()) => go_to(&lower),
        _ if letters::is_letter_form(line) => match letters::parse(e.question.kind, line) {
            Ok(r) => ExamInput::Send(
                Event::Answer {
                    position,
                    response: input_of(&r),
                },
                true,
            ),
            Err(letters::Unreadable) => ExamInput::Unreadable,
        },
        _ => ExamInput::Unknown(line.to_string()),
    }
}

/// A response as the event carries it.
fn input_of(r: &Response) -> ResponseInput {
    match r {
        Response::Choice(v) => ResponseInput::Choice(v.iter().map(|i| i64::from(*i)).collect()),
        Response::Matching(v) => ResponseInput::Matching(
            v.iter()
                .map(|(p, o)| (i64::from(*p), i64::from(*o)))
                .collect(),
        ),
    }
}

/// Opens the core as the app driver does (degraded when the personal data cannot be read, so
/// the recovery screen can be drawn), with the starter packs imported into an empty bank.
fn open(dir: &Path, lang: Option<Locale>) -> Result<Qazstep, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| crate::data_dir_failure(dir, &e))?;
    let provider = keyfile::provider_for_app(dir)?;
    let core = Qazstep::open_degraded(dir, Arc::new(provider), Arc::new(SystemClock))?;
    core.override_interface_language(lang);
    let packs: Vec<&[u8]> = starter::PACKS.iter().map(|(_, b)| *b).collect();
    core.import_starter_packs(&packs)?;
    Ok(core)
}

/// Runs the interactive app on `dir` until the person quits or the input ends.
pub fn interactive(dir: &Path, lang: Option<Locale>, intent: Intent) -> Outcome {
    let core = open(dir, lang)?;
    let stdin = std::io::stdin();
    let mut input = Input {
        lines: stdin.lock().lines(),
    };
    Session {
        core: &core,
        lang,
        intent: Some(intent),
        sent_intent: None,
        auto: 0,
        shown: None,
        helped: false,
        typed: None,
        letters_typed: false,
    }
    .run(&mut input)
}

/// The state of one run.
struct Session<'c> {
    core: &'c Qazstep,
    lang: Option<Locale>,
    /// What is still to be done once the app is ready.
    intent: Option<Intent>,
    /// The intent just sent (its refusal ends the run).
    sent_intent: Option<Intent>,
    /// Events sent on the shell's own since the last line typed.
    auto: u32,
    /// The attempt and position drawn last (a change of anything else draws one line).
    shown: Option<(String, u32)>,
    /// The exam's commands were shown.
    helped: bool,
    /// The profile form as typed last (without the ИИН), shown again when it comes back refused.
    typed: Option<qazstep_core::app::ProfileForm>,
    /// The last line typed was an answer in letters.
    letters_typed: bool,
}

/// Events the shell may send on its own in a row before giving up.
const AUTO_LIMIT: u32 = 6;

impl Session<'_> {
    fn send(&mut self, event: Event) -> Screen {
        self.core.dispatch(event)
    }

    /// An event the shell sends on its own (to reach the screen the intent needs).
    fn auto(&mut self, event: Event, screen: &Screen) -> Result<Screen, Failure> {
        self.auto += 1;
        if self.auto > AUTO_LIMIT {
            let m = screen
                .error()
                .cloned()
                .unwrap_or_else(|| qazstep_core::MessageId::InternalError.into());
            return Err(Failure::refused(ui::message(&m)));
        }
        Ok(self.send(event))
    }

    fn run<R: BufRead>(mut self, input: &mut Input<R>) -> Outcome {
        let mut screen = self.send(Event::Launch {});
        loop {
            sync_language(self.core, &screen, self.lang);
            // The intent just sent was refused: say why and stop.
            if let Some(sent) = self.sent_intent.take()
                && let Some(e) = screen.error().cloned()
            {
                match sent {
                    Intent::Continue(id) if matches!(screen, Screen::Home(_)) => {
                        // Not open any more: its report, when it has one.
                        let report = self.send(Event::OpenReport {
                            attempt: Some(id.clone()),
                        });
                        if let Screen::Report(_) = report {
                            screen = report;
                            continue;
                        }
                        return Err(Failure::refused(ui::message(&e)));
                    }
                    _ => return Err(Failure::refused(ui::message(&e))),
                }
            }
            screen = match &screen {
                Screen::Recovery(r) => {
                    screens::recovery(r);
                    if let Some(e) = &r.error {
                        show_error(e, false);
                    }
                    let mut choices = Vec::new();
                    if r.can_retry {
                        choices.push(format!("r — {}", tr!("recovery_cmd_retry")));
                    }
                    if r.can_erase {
                        choices.push(format!("e — {}", tr!("recovery_cmd_erase")));
                    }
                    if r.can_remove {
                        choices.push(format!("d — {}", tr!("recovery_cmd_remove")));
                    }
                    choices.push(format!("q — {}", tr!("cmd_quit")));
                    let Some(line) = input.ask(&format!("{} >", choices.join(" · ")))? else {
                        return Ok(());
                    };
                    self.auto = 0;
                    match line.to_lowercase().as_str() {
                        "r" => self.send(Event::Launch {}),
                        "d" if r.can_remove => self.send(Event::RemoveDamaged {}),
                        "e" => match input.yes_no(&tr!("recovery_erase_confirm"))? {
                            Some(true) => self.send(Event::EraseData { confirm: true }),
                            Some(false) => screen,
                            None => return Ok(()),
                        },
                        "q" => return Ok(()),
                        _ => screen,
                    }
                }
                Screen::Onboarding(o) => match self.onboarding(o, input)? {
                    Some(next) => next,
                    None => return Ok(()),
                },
                Screen::Home(h) => {
                    if let Some(e) = &h.error {
                        show_error(e, false);
                    }
                    match self.intent.take() {
                        Some(intent) => {
                            self.sent_intent = Some(intent.clone());
                            let event = match intent {
                                Intent::Start(event) => event,
                                Intent::Continue(id) => Event::ContinueExam { attempt: Some(id) },
                            };
                            self.auto(event, &screen)?
                        }
                        None => return Ok(()),
                    }
                }
                Screen::Exam(e) => {
                    match &self.intent {
                        Some(Intent::Continue(id)) if *id == e.attempt => self.intent = None,
                        Some(_) => {
                            screen = self.auto(Event::Leave {}, &screen)?;
                            continue;
                        }
                        None => {}
                    }
                    match self.exam(e, input)? {
                        Some(next) => next,
                        None => return Ok(()),
                    }
                }
                Screen::SubmitConfirmation(c) => {
                    if self.intent.is_some() {
                        screen = self.auto(Event::CancelSubmit {}, &screen)?;
                        continue;
                    }
                    screens::confirmation(c);
                    if let Some(e) = &c.error {
                        show_error(e, false);
                    }
                    let Some(yes) = input.yes_no(&tr!("submit_prompt"))? else {
                        resume_hint(&c.attempt);
                        return Ok(());
                    };
                    self.auto = 0;
                    if yes {
                        self.send(Event::ConfirmSubmit {})
                    } else {
                        self.shown = None;
                        self.send(Event::CancelSubmit {})
                    }
                }
                Screen::Report(r) => {
                    if self.intent.is_some() {
                        screen = self.auto(Event::Home {}, &screen)?;
                        continue;
                    }
                    screens::report(r);
                    if let Some(e) = &r.error {
                        show_error(e, false);
                    }
                    let q = format!(
                        "r — {} · w — {} · q — {} >",
                        tr!("report_cmd_review"),
                        tr!("report_cmd_review_wrong"),
                        tr!("cmd_quit")
                    );
                    let Some(line) = input.ask(&q)? else {
                        return Ok(());
                    };
                    self.auto = 0;
                    let filter = match line.to_lowercase().as_str() {
                        "r" => "all",
                        "w" => "wrong",
                        "q" => return Ok(()),
                        _ => continue,
                    };
                    self.send(Event::OpenReview {
                        attempt: None,
                        filter: Some(filter.into()),
                        section: None,
                    })
                }
                Screen::Review(v) => {
                    if self.intent.is_some() {
                        screen = self.auto(Event::Home {}, &screen)?;
                        continue;
                    }
                    screens::review(v);
                    if let Some(e) = &v.error {
                        show_error(e, false);
                    }
                    let q = format!(
                        "Enter/n — {} · p — {} · g N — {} · b — {} · q — {} >",
                        tr!("exam_cmd_next"),
                        tr!("exam_cmd_previous"),
                        tr!("review_cmd_go_to"),
                        tr!("review_cmd_report"),
                        tr!("cmd_quit")
                    );
                    let Some(line) = input.ask(&q)? else {
                        return Ok(());
                    };
                    self.auto = 0;
                    let lower = line.to_lowercase();
                    match lower.as_str() {
                        "" | "n" => self.send(Event::Next {}),
                        "p" => self.send(Event::Previous {}),
                        "b" => self.send(Event::OpenReport { attempt: None }),
                        "q" => return Ok(()),
                        _ => {
                            let n = lower.strip_prefix("g ").unwrap_or(&lower).trim();
                            match n.parse::<i64>() {
                                Ok(position) => self.send(Event::GoTo { position }),
                                Err(_) => {
                                    outln!("! {}", tr!("command_unknown", command = line));
                                    screen
                                }
                            }
                        }
                    }
                }
                Screen::Practice(_) | Screen::Progress(_) | Screen::Privacy(_) => {
                    if self.intent.is_none() {
                        return Ok(());
                    }
                    self.auto(Event::Home {}, &screen)?
                }
            };
        }
    }

    /// One step of onboarding; `None` ends the run.
    fn onboarding<R: BufRead>(
        &mut self,
        o: &OnboardingScreen,
        input: &mut Input<R>,
    ) -> Result<Option<Screen>, Failure> {
        match o.step {
            OnboardingStep::Language => {
                // `--lang` chose it already.
                if let Some(l) = self.lang
                    && o.error.is_none()
                {
                    let screen = Screen::Onboarding(o.clone());
                    return self
                        .auto(
                            Event::SetLanguage {
                                language: l.code().into(),
                            },
                            &screen,
                        )
                        .map(Some);
                }
                screens::languages(o);
                if let Some(e) = &o.error {
                    show_error(e, false);
                }
                let Some(line) = input.ask(&format!("{} >", tr!("onboarding_language_prompt")))?
                else {
                    return Ok(None);
                };
                self.auto = 0;
                let code = match line.parse::<usize>() {
                    Ok(n) => o
                        .languages
                        .get(n.wrapping_sub(1))
                        .map_or(line.clone(), |l| l.code().to_string()),
                    Err(_) => line,
                };
                Ok(Some(self.send(Event::SetLanguage { language: code })))
            }
            OnboardingStep::Policy => {
                if let Some(p) = &o.policy {
                    screens::policy(p);
                }
                if let Some(e) = &o.error {
                    show_error(e, false);
                }
                let Some(yes) = input.yes_no(&tr!("policy_accept_prompt"))? else {
                    return Ok(None);
                };
                self.auto = 0;
                if yes {
                    return Ok(Some(self.send(Event::AcceptPolicy {})));
                }
                let next = self.send(Event::DeclinePolicy {});
                if let Some(e) = next.error() {
                    return Err(Failure::refused(ui::message(e)));
                }
                outln!("{}", tr!("policy_declined"));
                Ok(None)
            }
            OnboardingStep::Profile => {
                let Some(form) = &o.form else {
                    return Ok(None);
                };
                outln!();
                outln!("{}", screens::title(&tr!("form_title")));
                if let Some(e) = &o.error {
                    show_error(e, false);
                }
                outln!("{}", tr!("form_hint"));
                match self.profile_form(form, input)? {
                    Some(event) => {
                        self.auto = 0;
                        Ok(Some(self.send(event)))
                    }
                    None => Ok(None),
                }
            }
        }
    }

    /// Asks the profile form's fields; `None` at the end of input.
    fn profile_form<R: BufRead>(
        &mut self,
        form: &ProfileFormView,
        input: &mut Input<R>,
    ) -> Result<Option<Event>, Failure> {
        // What was typed last time (the form came back refused): shown again, except the ИИН.
        let typed = self.typed.take().unwrap_or_default();
        let role_shown = typed
            .role
            .as_deref()
            .and_then(Role::parse)
            .unwrap_or(form.role);
        let name_shown = match &typed.name {
            Some(n) => Some(n.as_str()).filter(|n| !n.is_empty()),
            None => form.name.as_deref(),
        };
        let date_shown = match &typed.exam_date {
            Some(d) => Some(d.as_str()).filter(|d| !d.is_empty()),
            None => form.exam_date.as_deref(),
        };
        let subjects_shown = typed.subjects.as_ref().unwrap_or(&form.subjects);
        // A field typed: Enter keeps the value shown, `-` clears it.
        let field = |v: String, kept: &Option<String>| match v.as_str() {
            "" => kept.clone(),
            "-" => Some(String::new()),
            _ => Some(v),
        };
        let shown = |v: Option<&str>| v.map(|v| format!(" [{v}]")).unwrap_or_default();
        let roles = [Role::Student, Role::Teacher];
        let role = loop {
            let current = roles.iter().position(|r| *r == role_shown).unwrap_or(0);
            let q = format!(
                "{} (1 — {}, 2 — {}){} >",
                tr!("form_role_prompt"),
                ui::role_name(Role::Student),
                ui::role_name(Role::Teacher),
                shown(Some(&(current + 1).to_string()))
            );
            let Some(line) = input.ask(&q)? else {
                return Ok(None);
            };
            match line.as_str() {
                "" => break role_shown,
                "1" => break Role::Student,
                "2" => break Role::Teacher,
                _ => outln!("! {}", tr!("form_choose_number")),
            }
        };
        let Some(name) = input.ask(&format!(
            "{}{} >",
            tr!("form_name_prompt"),
            shown(name_shown)
        ))?
        else {
            return Ok(None);
        };
        let Some(iin) = input.ask(&format!(
            "{}{} >",
            tr!("form_iin_prompt"),
            shown(form.iin_masked.as_deref())
        ))?
        else {
            return Ok(None);
        };
        let choices = match role {
            Role::Student => &form.student_choices,
            Role::Teacher => &form.teacher_choices,
        };
        outln!("{}", tr!("form_subjects_title"));
        for (i, c) in choices.iter().enumerate() {
            outln!("  {}) {}", i + 1, c.name);
        }
        let current = choices
            .iter()
            .position(|c| c.subjects == *subjects_shown)
            .map(|i| (i + 1).to_string());
        let subjects = loop {
            let q = format!(
                "{}{} >",
                tr!("form_subjects_prompt"),
                shown(current.as_deref())
            );
            let Some(line) = input.ask(&q)? else {
                return Ok(None);
            };
            if line.is_empty() && current.is_some() {
                break typed.subjects.clone();
            }
            match line
                .parse::<usize>()
                .ok()
                .and_then(|n| choices.get(n.wrapping_sub(1)))
            {
                Some(c) => break Some(c.subjects.clone()),
                None => outln!("! {}", tr!("form_choose_number")),
            }
        };
        let Some(date) = input.ask(&format!(
            "{}{} >",
            tr!("form_exam_date_prompt"),
            shown(date_shown)
        ))?
        else {
            return Ok(None);
        };
        let sent = qazstep_core::app::ProfileForm {
            role: Some(role.code().to_string()),
            name: field(name, &typed.name),
            iin: field(iin, &None),
            subjects,
            exam_date: field(date, &typed.exam_date),
        };
        self.typed = Some(qazstep_core::app::ProfileForm {
            iin: None,
            ..sent.clone()
        });
        Ok(Some(Event::SubmitProfile(sent)))
    }

    /// One step on the exam screen; `None` ends the run.
    fn exam<R: BufRead>(
        &mut self,
        e: &ExamScreen,
        input: &mut Input<R>,
    ) -> Result<Option<Screen>, Failure> {
        let here = (e.attempt.clone(), e.position);
        if self.shown.as_ref() == Some(&here) {
            if e.error.is_none() {
                screens::exam_status(e);
            }
        } else {
            screens::exam(e);
            self.shown = Some(here);
        }
        if !self.helped {
            exam_help(e);
            self.helped = true;
        }
        if let Some(m) = &e.error {
            show_error(m, self.letters_typed);
        }
        loop {
            let Some(line) = input.ask(">")? else {
                self.core.dispatch(Event::Pause {});
                resume_hint(&e.attempt);
                return Ok(None);
            };
            self.auto = 0;
            self.letters_typed = false;
            match exam_input(e, &line) {
                ExamInput::Send(event, letters) => {
                    self.letters_typed = letters;
                    return Ok(Some(self.send(event)));
                }
                ExamInput::Palette => screens::palette(e),
                ExamInput::Help => exam_help(e),
                ExamInput::Redraw => {
                    self.shown = None;
                    return Ok(Some(Screen::Exam(e.clone())));
                }
                ExamInput::Quit => {
                    self.core.dispatch(Event::Pause {});
                    resume_hint(&e.attempt);
                    return Ok(None);
                }
                ExamInput::Unknown(c) => outln!("! {}", tr!("command_unknown", command = c)),
                ExamInput::Unreadable => outln!("! {}", tr!("answer_unreadable")),
            }
        }
    }
}
