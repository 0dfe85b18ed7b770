//! `qazstep`: the terminal shell over the Qazstep core (spec/cli.md).
//!
//! Invariants: every command goes through the same `Qazstep` facade the mobile apps use; errors
//! are one line on stderr with no personal data; exit status 0 success, 1 input refused, 2 usage
//! error, 3 storage or key problem; `--json` prints machine-readable output on stdout only.
//! Everything printed for people is in the interface language (`--lang`, else the profile's,
//! else Kazakh) from the string catalog ([`ui`]); only clap's usage errors and the path-precise
//! lines of author tooling (pack and scoring-case problems) stay English.

/// `print!` to stdout, except that a closed stdout (`qazstep … | head`) drops the rest of the
/// output instead of panicking, and any other write failure is one line on stderr, exit 3.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::write_stdout(format_args!($($arg)*), false)
    };
}

/// `println!` with the same handling of a closed stdout as [`out!`].
macro_rules! outln {
    () => {
        $crate::write_stdout(format_args!(""), true)
    };
    ($($arg:tt)*) => {
        $crate::write_stdout(format_args!($($arg)*), true)
    };
}

#[macro_use]
mod ui;
mod app;
mod demo;
mod keyfile;
mod letters;
mod render;
mod run;
mod screens;
mod starter;
mod text;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};
use qazstep_core::content::{Exam, Locale};
use qazstep_core::exam::SystemClock;
use qazstep_core::practice::PracticeRequest;
use qazstep_core::profile::{Iin, Role};
use qazstep_core::scoring::{self, Response, parse_response};
use qazstep_core::{
    CONTENT_DB, Error, Message, MessageId, ProfileUpdate, Qazstep, StartExam, USER_DB,
};

/// Qazstep: offline ҰБТ/ЕНТ and ПББ exam practice.
#[derive(Debug, Parser)]
#[command(name = "qazstep", version, about, propagate_version = true)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

/// Options accepted before or after the command. Each may be given more than once (a test
/// harness that always appends `--json`): the last one wins.
#[derive(Debug, Args, Clone)]
struct Global {
    /// Data directory (default: the platform data dir, e.g. ~/.local/share/qazstep).
    #[arg(long, global = true, value_name = "DIR", overrides_with = "data_dir")]
    data_dir: Option<PathBuf>,
    /// Machine-readable output on stdout.
    #[arg(long, global = true, overrides_with = "json")]
    json: bool,
    /// Interface and content language: kk or ru.
    #[arg(long, global = true, value_parser = parse_lang, overrides_with = "lang")]
    lang: Option<Locale>,
}

fn parse_lang(s: &str) -> Result<Locale, String> {
    match Locale::parse(s) {
        Some(l @ (Locale::Kk | Locale::Ru)) => Ok(l),
        _ => Err(format!("unknown language {s:?}; use kk or ru")),
    }
}

/// One item of a comma-separated `--subjects` list, spaces around it trimmed
/// (`--subjects "math, physics"`); an empty item (`--subjects ""`, `math,,physics`) is refused.
fn parse_subject(s: &str) -> Result<String, String> {
    let s = s.trim();
    if s.is_empty() {
        return Err(
            "a subject code is empty; give codes separated by commas, e.g. math,physics".into(),
        );
    }
    Ok(s.to_string())
}

fn parse_role(s: &str) -> Result<Role, String> {
    Role::parse(s).ok_or_else(|| format!("unknown role {s:?}; use student or teacher"))
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Sit a full ҰБТ mock (math + physics) on the embedded starter content as a simulated student.
    Demo {
        /// Seed of the assembly and of the simulated student.
        #[arg(long, default_value_t = 2025)]
        seed: u64,
    },
    /// Check an ИИН.
    Iin {
        #[command(subcommand)]
        command: IinCommand,
    },
    /// Validate, import and list content packs.
    Pack {
        #[command(subcommand)]
        command: PackCommand,
    },
    /// Set or show the profile.
    Profile {
        #[command(subcommand)]
        command: ProfileCommand,
    },
    /// Start, show, answer and submit mock exams.
    Exam {
        #[command(subcommand)]
        command: ExamCommand,
    },
    /// Practise a subject with immediate feedback.
    Practice {
        #[command(subcommand)]
        command: PracticeCommand,
    },
    /// Progress per subject and topic.
    Progress,
    /// Score a self-contained case file without touching any database.
    Score {
        /// The case (JSON, spec/cli.md "Scoring case").
        case: PathBuf,
    },
    /// All personal data as JSON (the right of access).
    Export {
        /// Write to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Erase all personal data and its key (the right to deletion); content stays.
    Wipe {
        /// Confirm the erasure.
        #[arg(long)]
        yes: bool,
    },
    /// List the personal records that cannot be read (damaged); with `--yes`, remove them
    /// (everything else stays).
    Repair {
        /// Remove the damaged records.
        #[arg(long)]
        yes: bool,
    },
    /// The app model's JSON-lines driver (spec/app.md): one event per line on stdin, one
    /// screen per line on stdout.
    App {
        /// Fix the clock's start (RFC 3339, e.g. 2026-05-01T10:00:00Z); `tick` events with
        /// `elapsed_ms` then move it.
        #[arg(long, value_name = "TIME")]
        now: Option<String>,
    },
    /// Rotate keys.
    Key {
        #[command(subcommand)]
        command: KeyCommand,
    },
}

#[derive(Debug, Subcommand)]
enum IinCommand {
    /// Exit 0 and `valid`, or exit 1 and the reason.
    Check {
        /// The ИИН (spaces allowed).
        iin: String,
    },
}

#[derive(Debug, Subcommand)]
enum PackCommand {
    /// Report every problem of each pack, one line each.
    Validate {
        /// Pack files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Import packs (atomic, idempotent).
    Import {
        /// Pack files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// List installed packs.
    List,
}

#[derive(Debug, Subcommand)]
enum ProfileCommand {
    /// Create or correct the profile.
    Set {
        /// ИИН (required for a new profile).
        #[arg(long)]
        iin: Option<String>,
        /// Name (empty to remove).
        #[arg(long)]
        name: Option<String>,
        /// student or teacher.
        #[arg(long, value_parser = parse_role)]
        role: Option<Role>,
        /// Exam language (kk or ru).
        #[arg(long, value_parser = parse_lang)]
        exam_lang: Option<Locale>,
        /// Profile subjects, comma-separated (e.g. math,physics).
        #[arg(long, value_delimiter = ',', value_parser = parse_subject)]
        subjects: Option<Vec<String>>,
        /// Accept the privacy policy of this version (e.g. 2025-02-05).
        #[arg(long)]
        consent: Option<String>,
    },
    /// Show the profile (ИИН masked).
    Show,
}

#[derive(Debug, Subcommand)]
enum ExamCommand {
    /// List the blueprints.
    Blueprints,
    /// Assemble and start an attempt.
    Start(StartArgs),
    /// One question as the exam draws it (`--json`: every question without keys, recorded
    /// responses, remaining time).
    Show {
        /// Attempt id.
        attempt: String,
        /// Position to show (1..n; default: the first unanswered).
        #[arg(long)]
        position: Option<i64>,
    },
    /// Record a response: letters as shown (`B`, `A,D`, matching `1:C,2:A` or `1C,2A`, items
    /// from 1) or option indexes (`2` single, `0,3` multiple, `0:2,1:0` matching prompt:option).
    Answer {
        /// Attempt id.
        attempt: String,
        /// Position (1..n).
        position: u32,
        /// The response: letters as shown, or option indexes from 0.
        response: String,
    },
    /// Clear the response at a position.
    Clear {
        /// Attempt id.
        attempt: String,
        /// Position (1..n).
        position: u32,
    },
    /// Flag (or with --off unflag) a position.
    Flag {
        /// Attempt id.
        attempt: String,
        /// Position (1..n).
        position: u32,
        /// Remove the flag.
        #[arg(long)]
        off: bool,
    },
    /// Score and close an attempt; print the report.
    Submit {
        /// Attempt id.
        attempt: String,
    },
    /// Every question with response, key, points and explanation.
    Review {
        /// Attempt id.
        attempt: String,
    },
    /// Attempts (unfinished first).
    List,
    /// Interactive exam in the terminal: navigate, answer, flag, timer, submit, review.
    Run {
        /// Resume this attempt instead of starting one.
        #[arg(long)]
        attempt: Option<String>,
        #[command(flatten)]
        start: StartArgs,
    },
}

#[derive(Debug, Args, Clone)]
struct StartArgs {
    /// Blueprint id (unt-2025, pbb-2024…).
    #[arg(long, default_value = "unt-2025")]
    blueprint: String,
    /// Subjects, comma-separated (ҰБТ pair, or the ПББ subject); when absent, the profile's
    /// subjects (or math,physics for ҰБТ, math for ПББ) if the blueprint takes a choice, else none.
    #[arg(long, value_delimiter = ',', value_parser = parse_subject)]
    subjects: Option<Vec<String>>,
    /// ПББ category (pedagog, moderator, expert, researcher, master, head).
    #[arg(long)]
    category: Option<String>,
    /// Seed of the assembly.
    #[arg(long)]
    seed: Option<u64>,
    /// Grant the blueprint's extra time.
    #[arg(long)]
    extra_time: bool,
}

#[derive(Debug, Subcommand)]
enum PracticeCommand {
    /// Start a practice session.
    Start {
        /// Subject code.
        #[arg(long)]
        subject: String,
        /// Topic id.
        #[arg(long)]
        topic: Option<String>,
        /// Number of questions.
        #[arg(long, default_value_t = 10)]
        count: u32,
        /// ПББ questions instead of ҰБТ ones.
        #[arg(long)]
        pbb: bool,
        /// Seed.
        #[arg(long)]
        seed: Option<u64>,
    },
    /// Start a review of questions last answered wrongly.
    Mistakes {
        /// At most this many.
        #[arg(long, default_value_t = 20)]
        count: u32,
    },
    /// Show a session.
    Show {
        /// Session id.
        session: String,
    },
    /// Answer question NUMBER (as shown, from 1) and get feedback.
    Answer {
        /// Session id.
        session: String,
        /// Question number as shown (1..n).
        number: u32,
        /// The response: letters as shown (`B`, `A,D`, `1:C,2:A`) or option indexes from 0.
        response: String,
    },
}

#[derive(Debug, Subcommand)]
enum KeyCommand {
    /// Replace the data key and re-seal everything.
    RotateData,
}

/// A failure with its exit status and its lines, already in the interface language.
struct Failure {
    code: u8,
    lines: Vec<String>,
}

impl Failure {
    /// The input was refused (exit 1).
    fn refused(line: String) -> Self {
        Failure {
            code: 1,
            lines: vec![line],
        }
    }

    /// A usage error of ours, not clap's (exit 2).
    fn usage(line: String) -> Self {
        Failure {
            code: 2,
            lines: vec![line],
        }
    }

    /// A storage or key problem (exit 3).
    fn storage(line: String) -> Self {
        Failure {
            code: 3,
            lines: vec![line],
        }
    }
}

impl From<Error> for Failure {
    fn from(e: Error) -> Self {
        let code = match &e {
            Error::InvalidInput(_)
            | Error::InvalidIin(_)
            | Error::InvalidPack(_)
            | Error::InvalidBlueprint(_)
            | Error::NotFound(_)
            | Error::Conflict(_)
            | Error::AlreadySubmitted
            | Error::TimeUp
            | Error::NoMistakes
            | Error::InsufficientContent { .. } => 1,
            _ => 3,
        };
        // Pack and blueprint problems are path-precise English lines for authors, after the
        // catalog's lead line.
        let mut lines = vec![storage_line(&e).unwrap_or_else(|| ui::error_line(&e))];
        if let Error::InvalidPack(ps) | Error::InvalidBlueprint(ps) = &e {
            lines.extend(ps.iter().map(|p| p.to_string()));
        }
        Failure { code, lines }
    }
}

type Outcome = Result<(), Failure>;

fn data_dir(global: &Global) -> PathBuf {
    if let Some(d) = &global.data_dir {
        return d.clone();
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("qazstep")
}

/// A storage problem (exit 3) with the data directory that cannot be created: one line naming
/// it and what the system said, never an [`Error::NotFound`] (exit 1, which means "no such
/// attempt, session…").
pub(crate) fn data_dir_failure(dir: &Path, e: &std::io::Error) -> Failure {
    Failure::storage(tr!(
        "cli_data_dir_cannot_create",
        dir = dir.display(),
        reason = ui::io_reason(e)
    ))
}

/// The data directory of this run, once a command opened it (for messages that name its
/// files).
static DATA_DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// A core opened before the command ran (to read the profile's language), handed to the
/// command instead of opening the directory twice.
static OPENED: std::sync::Mutex<Option<Qazstep>> = std::sync::Mutex::new(None);

/// Opens the data directory degraded (spec/app.md): a damaged or unreadable `user.db`, or a
/// missing or damaged key file, leaves the personal store closed and content working; a damaged
/// `content.db` is set aside and rebuilt. Personal commands then fail with a line that names the
/// file and the way out ([`storage_line`]).
fn open_dir(dir: &Path) -> Result<Qazstep, Failure> {
    std::fs::create_dir_all(dir).map_err(|e| data_dir_failure(dir, &e))?;
    let _ = DATA_DIR.set(dir.to_path_buf());
    let provider = keyfile::provider_or_none(dir)?;
    Qazstep::open_degraded(dir, provider, Arc::new(SystemClock)).map_err(|e| match e {
        // Opening looks nothing up by id: a "not found" here is the file system's.
        Error::NotFound(_) => {
            Failure::storage(tr!("cli_data_dir_missing_file", dir = dir.display()))
        }
        other => Failure::from(other),
    })
}

/// Opens the data directory for a command (`--lang` overrides the profile's interface
/// language for the screens the core draws). When the open set a damaged question bank aside,
/// the starter packs are imported into the new one and the user is told.
fn open_core(g: &Global) -> Result<Qazstep, Failure> {
    let dir = data_dir(g);
    let opened = OPENED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take();
    let core = match opened {
        Some(core) => core,
        None => open_dir(&dir)?,
    };
    if let Some(aside) = core.content_set_aside() {
        let packs: Vec<&[u8]> = starter::PACKS.iter().map(|(_, b)| *b).collect();
        core.import_starter_packs(&packs)?;
        eprintln!(
            "qazstep: {}",
            tr!(
                "cli_content_set_aside",
                file = dir.join(qazstep_core::CONTENT_DB).display(),
                aside = dir.join(aside).display()
            )
        );
    }
    core.override_interface_language(g.lang);
    Ok(core)
}

/// The line for an error about the data files or the key: which file, and the way out. `None`
/// for every other error (and before a command opened the directory).
fn storage_line(e: &Error) -> Option<String> {
    let dir = DATA_DIR.get()?;
    let wipe = "qazstep wipe --yes";
    let file = |name: &str| dir.join(name).display().to_string();
    let user_db = || tr!("cli_user_db_damaged", file = file(USER_DB), command = wipe);
    let content_db = || tr!("cli_content_db_damaged", file = file(CONTENT_DB));
    Some(match e {
        Error::KeyMismatch => match keyfile::problem() {
            Some(keyfile::KeyProblem::Missing) => tr!(
                "cli_key_file_missing",
                file = file(keyfile::KEY_FILE),
                env = keyfile::KEY_ENV,
                command = wipe
            ),
            Some(keyfile::KeyProblem::Damaged) => tr!(
                "cli_key_file_damaged_lost",
                file = file(keyfile::KEY_FILE),
                command = wipe
            ),
            // The key is the terminal's (cli.key or QAZSTEP_KEY_HEX): say which one to check.
            None => tr!(
                "cli_key_mismatch",
                dir = dir.display(),
                env = keyfile::KEY_ENV,
                file = keyfile::KEY_FILE
            ),
        },
        Error::DataCorrupted { table, field, row } => tr!(
            "cli_record_damaged",
            table = table,
            field = field,
            record = row,
            command = "qazstep repair --yes"
        ),
        Error::FileDamaged { file: f, .. } if f == CONTENT_DB => content_db(),
        Error::FileDamaged { .. } => user_db(),
        // Damage met while running: look which file it is (and mark a damaged bank, so the
        // next command sets it aside).
        Error::DatabaseCorrupt(_) => {
            let damaged = Qazstep::check_files(dir);
            if damaged.iter().any(|f| f == USER_DB) {
                user_db()
            } else if damaged.iter().any(|f| f == CONTENT_DB) {
                content_db()
            } else {
                return None;
            }
        }
        _ => return None,
    })
}

/// Sets the interface language ([`ui`]): `--lang`, else the profile's, else Kazakh. The
/// profile is read only from a data directory that already holds personal data; a directory
/// that cannot be opened, or whose personal data does not open, leaves Kazakh (the command
/// itself then says why). The core opened here is kept for the command ([`OPENED`]). Opening
/// runs on the system clock, as every command but the app driver's does.
fn resolve_language(g: &Global) {
    if let Some(l) = g.lang {
        ui::set(l);
        return;
    }
    let dir = data_dir(g);
    if !dir.join(qazstep_core::USER_DB).exists() {
        return;
    }
    let Ok(core) = open_dir(&dir) else {
        return;
    };
    if let Ok(Some(p)) = core.profile() {
        ui::set(p.interface_language);
    }
    *OPENED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(core);
}

/// Set once stdout is found closed: later output is dropped.
static STDOUT_CLOSED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Writes to stdout (see [`out!`]). The reader gone (`qazstep … | head`) is not an error of
/// this program: the rest of the output is dropped and the command ends with the status it
/// would have had anyway (a `pack validate` with problems still exits 1).
fn write_stdout(args: std::fmt::Arguments<'_>, newline: bool) {
    use std::sync::atomic::Ordering;
    if STDOUT_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    let written = out.write_fmt(args).and_then(|()| {
        if newline {
            out.write_all(b"\n")
        } else {
            Ok(())
        }
    });
    if let Err(e) = written {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            STDOUT_CLOSED.store(true, Ordering::Relaxed);
            return;
        }
        let _ = writeln!(
            std::io::stderr(),
            "qazstep: {}",
            tr!("cli_cannot_write_output", reason = ui::io_reason(&e))
        );
        std::process::exit(3);
    }
}

fn print_json<T: serde::Serialize>(value: &T) -> Outcome {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Failure::from(Error::Internal(e.to_string())))?;
    outln!("{text}");
    Ok(())
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        // Help and version: printed in full on stdout, success.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let line = redact_iins(&usage_line(&e));
            let _ = writeln!(std::io::stderr().lock(), "qazstep: {line}");
            return ExitCode::from(2);
        }
    };
    // The app driver opens the data directory itself, with the clock it is given (`--now`):
    // it reads the profile's language there, not with a second open on the system clock.
    match &cli.command {
        Command::App { .. } => ui::set(cli.global.lang.unwrap_or(Locale::Kk)),
        _ => resolve_language(&cli.global),
    }
    let outcome = dispatch(cli);
    // A core opened for the language but not used by the command (`score`, `iin check`, …) is
    // closed here: statics are never dropped, and a closed connection checkpoints its WAL.
    drop(
        OPENED
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .take(),
    );
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            let mut err = std::io::stderr().lock();
            for line in &f.lines {
                let line = redact_iins(line);
                let _ = writeln!(err, "qazstep: {line}");
            }
            ExitCode::from(f.code)
        }
    }
}

/// `line` with every run of exactly 12 digits (spaces allowed between them, as an ИИН may be
/// typed) replaced by `[ИИН hidden]`: an error message never carries an ИИН, even one the user
/// typed where an option belongs and clap quotes back.
fn redact_iins(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        // Not inside a word or an id (`…-b4b5-123456789012`, the last group of a UUID).
        let before = |k: usize| k.checked_sub(1).and_then(|k| chars.get(k)).copied();
        let inside_word = match before(i) {
            Some(c) if c.is_alphanumeric() => true,
            Some('-') => before(i - 1).is_some_and(char::is_alphanumeric),
            _ => false,
        };
        if chars[i].is_ascii_digit() && !inside_word {
            // The run: digits, with single spaces between them.
            let mut end = i;
            let mut digits = 0;
            let mut j = i;
            while j < chars.len() {
                if chars[j].is_ascii_digit() {
                    digits += 1;
                    j += 1;
                    end = j;
                } else if chars[j] == ' ' && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                    j += 1;
                } else {
                    break;
                }
            }
            if digits == 12 && !chars.get(end).is_some_and(|c| c.is_alphanumeric()) {
                out.push_str("[ИИН hidden]");
                i = end;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A usage error as one line (spec/cli.md: errors are one clear line each): clap's message and
/// tips joined, then where to read the usage of the command that was typed.
fn usage_line(e: &clap::Error) -> String {
    let see = format!("see `{} --help`", command_path(std::env::args().skip(1)));
    if e.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        return format!("a command is required; {see}");
    }
    let rendered = e.render().to_string();
    let mut message = String::new();
    for line in rendered.lines() {
        let line = line.trim();
        if line.starts_with("Usage:") || line.starts_with("For more information") {
            break;
        }
        if line.is_empty() {
            continue;
        }
        if !message.is_empty() {
            message.push(' ');
        }
        match line.strip_prefix("tip: ") {
            Some(tip) => message.push_str(&format!("({tip})")),
            None => message.push_str(line.strip_prefix("error: ").unwrap_or(line)),
        }
    }
    if message.is_empty() {
        see
    } else {
        format!("{message}; {see}")
    }
}

/// `qazstep exam answer`: the program and the subcommands named in `args`, as far as they go.
fn command_path(args: impl IntoIterator<Item = String>) -> String {
    use clap::CommandFactory;
    let mut cmd = Cli::command();
    let mut path = String::from("qazstep");
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--" => break,
            // The global options that take a value: skip the value.
            "--data-dir" | "--lang" => {
                args.next();
            }
            a if a.starts_with('-') => {}
            a => match cmd.find_subcommand(a) {
                Some(sub) => {
                    path.push(' ');
                    path.push_str(sub.get_name());
                    let sub = sub.clone();
                    cmd = sub;
                }
                None => break,
            },
        }
    }
    path
}

fn dispatch(cli: Cli) -> Outcome {
    let g = cli.global;
    match cli.command {
        Command::Demo { seed } => demo::run(g.data_dir.as_deref(), seed, ui::locale(), g.json),
        Command::Iin {
            command: IinCommand::Check { iin },
        } => iin_check(&iin, g.json),
        Command::Pack { command } => pack(&g, command),
        Command::Profile { command } => profile(&g, command),
        Command::Exam { command } => exam(&g, command),
        Command::Practice { command } => practice(&g, command),
        Command::Progress => {
            let core = open_core(&g)?;
            let p = core.progress()?;
            if g.json {
                print_json(&p)
            } else {
                render::progress(&p, &render::Names::of(&core));
                Ok(())
            }
        }
        Command::Score { case } => score(&case, g.json),
        Command::Export { out } => {
            let core = open_core(&g)?;
            let json = core.export_personal_data()?;
            match out {
                Some(path) => {
                    write_private(&path, json.as_bytes()).map_err(|e| {
                        Failure::storage(tr!(
                            "cli_cannot_write_file",
                            file = path.display(),
                            reason = ui::io_reason(&e)
                        ))
                    })?;
                    if !g.json {
                        eprintln!("{}", tr!("export_written", file = path.display()));
                    }
                }
                None => outln!("{json}"),
            }
            Ok(())
        }
        Command::Wipe { yes } => {
            if !yes {
                return Err(Failure::usage(tr!(
                    "wipe_needs_yes",
                    command = "qazstep wipe --yes"
                )));
            }
            // Without the key: the right to deletion holds for a user who lost it too. The
            // core opened to read the profile's language is closed first.
            drop(
                OPENED
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .take(),
            );
            let dir = data_dir(&g);
            qazstep_core::Qazstep::erase_personal_data_without_key(&dir)?;
            // The wrapping key goes too (a key from QAZSTEP_KEY_HEX is not ours to remove); the
            // next command makes a fresh one, as on first use.
            if std::env::var_os(keyfile::KEY_ENV).is_none() {
                keyfile::remove(&dir)?;
            }
            if g.json {
                print_json(&serde_json::json!({"erased": true}))
            } else {
                outln!("{}", tr!("wipe_done"));
                Ok(())
            }
        }
        Command::Repair { yes } => repair(&g, yes),
        Command::App { now } => app::run(&data_dir(&g), g.lang, now.as_deref()),
        Command::Key {
            command: KeyCommand::RotateData,
        } => {
            let core = open_core(&g)?;
            core.rotate_data_key()?;
            if g.json {
                print_json(&serde_json::json!({"rotated": true}))
            } else {
                outln!("{}", tr!("key_rotated"));
                Ok(())
            }
        }
    }
}

/// `qazstep repair [--yes]`: the damaged personal records (table, field, record id — never
/// their content), and with `--yes` their removal in one transaction.
fn repair(g: &Global, yes: bool) -> Outcome {
    let core = open_core(g)?;
    let damaged = if yes {
        core.remove_damaged_records()?
    } else {
        core.damaged_records()?
    };
    if g.json {
        return print_json(&serde_json::json!({"damaged": damaged, "removed": yes}));
    }
    if damaged.is_empty() {
        outln!("{}", tr!("repair_none"));
        return Ok(());
    }
    if yes {
        outln!("{}", tr!("repair_done", count = damaged.len()));
        return Ok(());
    }
    outln!("{}", tr!("repair_found", count = damaged.len()));
    for d in &damaged {
        outln!("  {}", screens::damaged_record(d));
    }
    outln!("{}", tr!("repair_hint", command = "qazstep repair --yes"));
    Ok(())
}

/// Writes `bytes` to `path` readable by its owner only (mode 0600 on Unix, also when the file
/// was there before): an export holds the ИИН in the clear.
fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        options.mode(0o600);
        let mut file = options.open(path)?;
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        file.write_all(bytes)?;
        file.sync_all()
    }
    #[cfg(not(unix))]
    {
        let mut file = options.open(path)?;
        file.write_all(bytes)?;
        file.sync_all()
    }
}

fn iin_check(text: &str, json: bool) -> Outcome {
    match Iin::parse(text) {
        Ok(_) => {
            if json {
                print_json(&serde_json::json!({"valid": true, "reason": null}))
            } else {
                // spec/cli.md: "exit 0 and `valid`" — a token scripts match, in every language.
                outln!("valid");
                Ok(())
            }
        }
        Err(e) => {
            if json {
                // The contract's JSON keeps the English reason.
                print_json(&serde_json::json!({"valid": false, "reason": e.to_string()}))?;
                Err(Failure {
                    code: 1,
                    lines: Vec::new(),
                })
            } else {
                Err(Failure::refused(ui::message(&e.message())))
            }
        }
    }
}

/// A pack file as `pack validate` and `pack import` see it.
struct CheckedPack<'f> {
    file: &'f PathBuf,
    /// The file's bytes when it has no problem.
    bytes: Option<Vec<u8>>,
    /// `<json-path>: <message>` lines.
    problems: Vec<String>,
    warnings: Vec<String>,
}

/// Reads and validates each file: its JSON and rules, its media files (beside it, checked by
/// their SHA-256), and the ids the files claim from one another (an import of them together
/// would be refused).
fn check_packs(files: &[PathBuf]) -> Vec<CheckedPack<'_>> {
    let mut checked = Vec::with_capacity(files.len());
    let mut packs = Vec::new();
    for file in files {
        let mut c = CheckedPack {
            file,
            bytes: None,
            problems: Vec::new(),
            warnings: Vec::new(),
        };
        match std::fs::read(file) {
            Err(e) => c
                .problems
                .push(format!("$: cannot read the file: {}", e.kind())),
            Ok(bytes) => match Qazstep::validate_pack(&bytes) {
                Ok(v) => {
                    c.warnings = v.warnings.iter().map(ToString::to_string).collect();
                    let folder = file.parent().unwrap_or(Path::new("."));
                    let media = qazstep_core::content::media_problems(&v.pack, &mut |path| {
                        std::fs::read(folder.join(path))
                    });
                    c.problems = media.iter().map(ToString::to_string).collect();
                    packs.push((checked.len(), v.pack));
                    c.bytes = Some(bytes);
                }
                Err(ps) => {
                    c.problems = ps.iter().map(ToString::to_string).collect();
                    c.warnings = qazstep_core::content::pack_warnings(&bytes)
                        .iter()
                        .map(ToString::to_string)
                        .collect();
                }
            },
        }
        checked.push(c);
    }
    let refs: Vec<&qazstep_core::content::Pack> = packs.iter().map(|(_, p)| p).collect();
    for (i, problem) in qazstep_core::content::clashes(&refs) {
        let c: &mut CheckedPack<'_> = &mut checked[packs[i].0];
        c.problems.push(problem.to_string());
    }
    for c in &mut checked {
        if !c.problems.is_empty() {
            c.bytes = None;
        }
    }
    checked
}

fn pack(g: &Global, command: PackCommand) -> Outcome {
    match command {
        PackCommand::Validate { files } => {
            let checked = check_packs(&files);
            let mut lines = Vec::new();
            let mut report = Vec::new();
            for c in &checked {
                let shown = c.file.display();
                // Warnings (unused topics, contexts) are shown for a file with problems too;
                // like problems, they are path-precise English lines for authors.
                if !g.json {
                    for w in &c.warnings {
                        eprintln!("{shown}: warning: {w}");
                    }
                }
                report.push(serde_json::json!({"file": shown.to_string(), "valid": c.problems.is_empty(), "problems": c.problems, "warnings": c.warnings}));
                lines.extend(c.problems.iter().map(|p| format!("{shown}: {p}")));
            }
            if g.json {
                print_json(&report)?;
            } else {
                for line in &lines {
                    outln!("{line}");
                }
                if lines.is_empty() {
                    outln!("{}", tr!("pack_all_valid", count = files.len()));
                }
            }
            if lines.is_empty() {
                Ok(())
            } else {
                Err(Failure {
                    code: 1,
                    lines: if g.json {
                        Vec::new()
                    } else {
                        vec![tr!("pack_validate_problems", count = lines.len())]
                    },
                })
            }
        }
        PackCommand::Import { files } => {
            // Check every file first (and the files against each other) so a bad one imports
            // nothing at all.
            let checked = check_packs(&files);
            let problems: Vec<String> = checked
                .iter()
                .flat_map(|c| {
                    c.problems
                        .iter()
                        .map(|p| format!("{}: {p}", c.file.display()))
                })
                .collect();
            let bytes: Vec<(&PathBuf, Vec<u8>)> = checked
                .into_iter()
                .filter_map(|c| Some((c.file, c.bytes?)))
                .collect();
            if !problems.is_empty() {
                let mut lines = vec![tr!("pack_import_problems", count = problems.len())];
                lines.extend(problems);
                return Err(Failure { code: 1, lines });
            }
            // One transaction for the whole command: every file or, when one is refused, none.
            let core = open_core(g)?;
            let all: Vec<&[u8]> = bytes.iter().map(|(_, b)| b.as_slice()).collect();
            let reports = core.import_packs(&all).map_err(|(i, e)| {
                let file = bytes.get(i).map(|(f, _)| f.display().to_string());
                let mut f = match &e {
                    // A clash with what is installed: the catalog's words, then which one.
                    Error::Conflict(r) if e.message().id == MessageId::RequestRefused => {
                        Failure::refused(format!(
                            "{} ({})",
                            ui::message(&MessageId::PackConflict.into()),
                            r.detail
                        ))
                    }
                    _ => Failure::from(e),
                };
                if let Some(file) = file {
                    f.lines = f
                        .lines
                        .into_iter()
                        .map(|l| format!("{file}: {l}"))
                        .collect();
                }
                f
            })?;
            if !g.json {
                for ((file, _), r) in bytes.iter().zip(&reports) {
                    outln!("{}", render::import_line(r));
                    for w in &r.warnings {
                        eprintln!("{}: warning: {w}", file.display());
                    }
                }
            }
            if g.json { print_json(&reports) } else { Ok(()) }
        }
        PackCommand::List => {
            let core = open_core(g)?;
            let packs = core.packs()?;
            if g.json {
                print_json(&packs)
            } else {
                if packs.is_empty() {
                    outln!("{}", tr!("pack_list_empty"));
                }
                for p in packs {
                    outln!("{}", render::pack_line(&p));
                }
                Ok(())
            }
        }
    }
}

fn profile(g: &Global, command: ProfileCommand) -> Outcome {
    match command {
        ProfileCommand::Set {
            iin,
            name,
            role,
            exam_lang,
            subjects,
            consent,
        } => {
            if let Some(iin) = &iin {
                Iin::parse(iin).map_err(Error::from)?;
            }
            let core = open_core(g)?;
            // Both checked before either is stored: a refused consent version or profile field
            // changes nothing.
            if let Some(v) = &consent
                && !qazstep_core::profile::policy::is_published(v)
            {
                return Err(core.give_consent(v).err().map_or_else(
                    || {
                        Failure::refused(ui::message(
                            &Message::new(MessageId::PolicyVersionUnknown).arg("version", v),
                        ))
                    },
                    Failure::from,
                ));
            }
            let mut view = core.set_profile(ProfileUpdate {
                iin: iin.map(Some),
                name: name.map(|n| if n.trim().is_empty() { None } else { Some(n) }),
                role,
                interface_language: g.lang,
                exam_language: exam_lang,
                profile_subjects: subjects,
                ..ProfileUpdate::default()
            })?;
            if let Some(v) = &consent {
                view.consent = Some(core.give_consent(v)?);
            }
            if g.json {
                print_json(&view)
            } else {
                render::profile(&view, &render::Names::of(&core));
                Ok(())
            }
        }
        ProfileCommand::Show => {
            let core = open_core(g)?;
            match core.profile()? {
                Some(view) => {
                    if g.json {
                        print_json(&view)
                    } else {
                        render::profile(&view, &render::Names::of(&core));
                        Ok(())
                    }
                }
                None => {
                    if g.json {
                        print_json(&serde_json::Value::Null)
                    } else {
                        outln!(
                            "{}",
                            tr!(
                                "profile_none",
                                command =
                                    "qazstep profile set --role student --subjects math,physics"
                            )
                        );
                        Ok(())
                    }
                }
            }
        }
    }
}

/// The start request from the options, the profile filling in what is missing.
fn start_request(
    core: &Qazstep,
    args: &StartArgs,
    lang: Option<Locale>,
) -> Result<StartExam, Failure> {
    let profile = core.profile()?;
    // A blueprint that takes no subject choice (no `choices`, or `count: 0`) gets none.
    let takes_choice = core
        .blueprints()
        .iter()
        .find(|b| b.id == args.blueprint)
        .is_none_or(|b| !b.choices.is_empty());
    let subjects = match &args.subjects {
        Some(s) => s.clone(),
        None if !takes_choice => Vec::new(),
        None => match profile.as_ref().filter(|p| !p.profile_subjects.is_empty()) {
            Some(p) => p.profile_subjects.clone(),
            None if args.blueprint.starts_with("unt") => vec!["math".into(), "physics".into()],
            None => vec!["math".into()],
        },
    };
    let locale = lang
        .or(profile.as_ref().map(|p| p.exam_language))
        .unwrap_or(Locale::Kk);
    Ok(StartExam {
        blueprint: args.blueprint.clone(),
        subjects,
        category: args.category.clone(),
        locale,
        seed: args.seed,
        extra_time: args.extra_time,
    })
}

/// The question at `position` of an attempt as `exam answer` needs it (its kind), or the
/// refusal naming the positions there are.
fn question_at(
    view: &qazstep_core::exam::AttemptView,
    position: u32,
) -> Result<&qazstep_core::exam::QuestionView, Failure> {
    view.questions
        .iter()
        .find(|q| q.position == position)
        .ok_or_else(|| {
            Failure::refused(ui::message(
                &Message::new(MessageId::PositionOutOfRange)
                    .arg("position", position)
                    .arg("max", view.questions.len()),
            ))
        })
}

/// A typed response: the letters of the test sheet (`B`, `A,D`, `1:C,2:A`, items from 1) or
/// the contract's indexes (`2`, `0,3`, `0:2,1:0`). `true` when it was letters.
fn typed_response(
    kind: qazstep_core::content::QuestionKind,
    text: &str,
) -> Result<(Response, bool), Failure> {
    if letters::is_letter_form(text) {
        let r =
            letters::parse(kind, text).map_err(|_| Failure::refused(tr!("answer_unreadable")))?;
        Ok((r, true))
    } else {
        Ok((parse_response(kind, text)?, false))
    }
}

/// A refusal of a typed response, told in letters when it was typed in letters.
fn response_refused(e: Error, letter_form: bool) -> Failure {
    match letter_form
        .then(|| letters::explain(&e.message()))
        .flatten()
    {
        Some(line) => Failure::refused(line),
        None => Failure::from(e),
    }
}

fn exam(g: &Global, command: ExamCommand) -> Outcome {
    // The interactive exam opens the data directory as the app does (its recovery screen too).
    let command = match command {
        ExamCommand::Run { attempt, start } => {
            let intent = match attempt {
                Some(id) => run::Intent::Continue(id),
                None => run::Intent::Start(qazstep_core::app::Event::StartExam {
                    blueprint: start.blueprint,
                    subjects: start.subjects,
                    category: start.category,
                    seed: start.seed,
                    extra_time: start.extra_time,
                    language: g.lang.map(|l| l.code().to_string()),
                }),
            };
            return run::interactive(&data_dir(g), g.lang, intent);
        }
        other => other,
    };
    let core = open_core(g)?;
    let names = render::Names::of(&core);
    match command {
        ExamCommand::Run { .. } => Ok(()),
        ExamCommand::Blueprints => {
            let list = core.blueprints();
            if g.json {
                print_json(&list)
            } else {
                for b in &list {
                    render::blueprint(b);
                }
                Ok(())
            }
        }
        ExamCommand::Start(args) => {
            let req = start_request(&core, &args, g.lang)?;
            let s = core.start_exam(&req)?;
            if g.json {
                print_json(
                    &serde_json::json!({"attempt": s.attempt, "questions": s.questions, "deadline": s.deadline, "remaining_seconds": s.remaining_seconds}),
                )
            } else {
                outln!("{}", s.attempt);
                eprintln!(
                    "{}",
                    tr!(
                        "exam_started",
                        questions = s.questions,
                        minutes = s.remaining_seconds / 60,
                        command = format!("qazstep exam run --attempt {}", s.attempt)
                    )
                );
                Ok(())
            }
        }
        ExamCommand::Show { attempt, position } => {
            if g.json {
                return print_json(&core.attempt(&attempt)?);
            }
            match core.exam_view(&attempt, position)? {
                qazstep_core::app::Screen::Exam(e) => {
                    screens::exam(&e);
                    // An example in the letters this kind of task takes.
                    let example = match e.question.kind {
                        qazstep_core::content::QuestionKind::Single => "B",
                        qazstep_core::content::QuestionKind::Multiple => "A,D",
                        qazstep_core::content::QuestionKind::Matching => "1:B,2:D",
                    };
                    outln!();
                    outln!(
                        "{}",
                        tr!(
                            "exam_show_hint",
                            command =
                                format!("qazstep exam answer {attempt} {} {example}", e.position)
                        )
                    );
                }
                qazstep_core::app::Screen::Review(v) => screens::review(&v),
                qazstep_core::app::Screen::Report(r) => screens::report(&r),
                _ => {}
            }
            Ok(())
        }
        ExamCommand::Answer {
            attempt,
            position,
            response,
        } => {
            let view = core.attempt(&attempt)?;
            let kind = question_at(&view, position)?.kind;
            let (response, letter_form) = typed_response(kind, &response)?;
            let ack = core
                .answer(&attempt, position, &response)
                .map_err(|e| response_refused(e, letter_form))?;
            if g.json {
                print_json(&ack)
            } else {
                outln!(
                    "{}",
                    tr!(
                        "exam_answer_saved",
                        position = ack.position,
                        answer = letters::show(Some(&response)).unwrap_or_default(),
                        answered = ack.answered,
                        total = view.questions.len(),
                        time = ui::time_left(ack.remaining_seconds)
                    )
                );
                Ok(())
            }
        }
        ExamCommand::Clear { attempt, position } => {
            let ack = core.clear_answer(&attempt, position)?;
            if g.json {
                print_json(&ack)
            } else {
                outln!("{}", tr!("exam_answer_cleared", position = ack.position));
                Ok(())
            }
        }
        ExamCommand::Flag {
            attempt,
            position,
            off,
        } => {
            let ack = core.flag(&attempt, position, !off)?;
            if g.json {
                print_json(&ack)
            } else {
                if off {
                    outln!("{}", tr!("exam_flag_removed", position = ack.position));
                } else {
                    outln!("{}", tr!("exam_flag_set", position = ack.position));
                }
                Ok(())
            }
        }
        ExamCommand::Submit { attempt } => {
            // Submitting a closed attempt (submitted before, or scored at its deadline) is not
            // a failure for the user: its stored report is shown, as the first submit showed it.
            let report = match core.submit(&attempt) {
                Ok(report) => report,
                Err(why @ (Error::AlreadySubmitted | Error::TimeUp)) => {
                    match core.report(&attempt) {
                        Ok(report) => {
                            if !g.json {
                                eprintln!("{}", ui::error_line(&why));
                            }
                            report
                        }
                        Err(_) => return Err(Failure::from(why)),
                    }
                }
                Err(e) => return Err(e.into()),
            };
            if g.json {
                print_json(&report)
            } else {
                if let qazstep_core::app::Screen::Report(r) = core.report_view(&attempt)? {
                    screens::report(&r);
                }
                Ok(())
            }
        }
        ExamCommand::Review { attempt } => {
            let review = core.review(&attempt)?;
            if g.json {
                print_json(&review)
            } else {
                let names = names.with_sections(&core.attempt(&attempt)?.sections);
                render::review(&review, &names);
                Ok(())
            }
        }
        ExamCommand::List => {
            let list = core.attempts()?;
            if g.json {
                print_json(&list)
            } else {
                if list.is_empty() {
                    outln!("{}", tr!("exam_list_empty", command = "qazstep exam run"));
                }
                for a in &list {
                    outln!("{}", render::attempt_line(a, &names));
                }
                Ok(())
            }
        }
    }
}

fn practice(g: &Global, command: PracticeCommand) -> Outcome {
    let core = open_core(g)?;
    let names = render::Names::of(&core);
    let locale = g
        .lang
        .or(core.profile()?.map(|p| p.exam_language))
        .unwrap_or(Locale::Kk);
    match command {
        PracticeCommand::Start {
            subject,
            topic,
            count,
            pbb,
            seed,
        } => {
            let s = core.start_practice(&PracticeRequest {
                subject,
                topic,
                count,
                locale,
                exam: if pbb { Exam::Pbb } else { Exam::Unt },
                seed,
            })?;
            if g.json {
                print_json(&s)
            } else {
                render::practice(&s, &names);
                Ok(())
            }
        }
        PracticeCommand::Mistakes { count } => {
            let s = core.start_mistakes_review(locale, count)?;
            if g.json {
                print_json(&s)
            } else {
                render::practice(&s, &names);
                Ok(())
            }
        }
        PracticeCommand::Show { session } => {
            let s = core.practice_session(&session)?;
            if g.json {
                print_json(&s)
            } else {
                render::practice(&s, &names);
                Ok(())
            }
        }
        PracticeCommand::Answer {
            session,
            number,
            response,
        } => {
            let s = core.practice_session(&session)?;
            // Questions are numbered from 1, as shown.
            let q = number
                .checked_sub(1)
                .and_then(|i| s.questions.get(i as usize))
                .ok_or_else(|| {
                    Failure::refused(ui::message(
                        &Message::new(MessageId::PositionOutOfRange)
                            .arg("position", number)
                            .arg("max", s.questions.len()),
                    ))
                })?;
            let (response, letter_form) = typed_response(q.kind, &response)?;
            let fb = core
                .practice_answer(&session, q.index, &response)
                .map_err(|e| response_refused(e, letter_form))?;
            if g.json {
                print_json(&fb)
            } else {
                render::feedback(&fb);
                Ok(())
            }
        }
    }
}

fn score(case: &Path, json: bool) -> Outcome {
    let text = std::fs::read_to_string(case).map_err(|_| {
        Failure::refused(ui::message(
            &Message::new(MessageId::FileUnreadable).arg("file", case.display()),
        ))
    })?;
    // Problems are path-precise English lines for authors, after the catalog's lead line.
    let problems = |lines: Vec<String>| {
        let mut all = vec![tr!("score_case_problems", file = case.display())];
        all.extend(lines);
        Failure {
            code: 1,
            lines: all,
        }
    };
    let parsed = scoring::parse_case(&text).map_err(|ps| {
        problems(
            ps.iter()
                .map(|p| format!("{}: {p}", case.display()))
                .collect(),
        )
    })?;
    let registry = qazstep_core::exam::blueprint::BlueprintRegistry::new(Vec::new());
    // Located like the parse errors: `<file>: <json-path>: <message>`.
    let report = scoring::score_case(&parsed, &registry).map_err(|e| {
        let line = match e {
            Error::NotFound(msg) => format!("blueprint: {msg}"),
            Error::InvalidInput(msg) if msg.starts_with("items[") => msg.detail,
            Error::InvalidInput(msg) if parsed.subjects.is_some() => format!("subjects: {msg}"),
            Error::InvalidInput(msg) => format!("$: {msg}"),
            other => return Failure::from(other),
        };
        problems(vec![format!("{}: {line}", case.display())])
    })?;
    if json {
        print_json(&report)
    } else {
        render::report_plain(&report, registry.get(&parsed.blueprint).ok());
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::redact_iins;

    #[test]
    fn redacts_iins_but_not_ids() {
        assert_eq!(
            redact_iins("unexpected argument '800101300016' found"),
            "unexpected argument '[ИИН hidden]' found"
        );
        assert_eq!(redact_iins("x 8001 0130 0016."), "x [ИИН hidden].");
        for kept in [
            "no attempt with id 0193aaaa-bbbb-cccc-dddd-123456789012",
            "id a123456789012",
            "1234567890123 ms",
            "positions 1..120",
        ] {
            assert_eq!(redact_iins(kept), kept);
        }
    }
}
