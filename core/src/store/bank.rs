//! The public question bank, `content.db`: importing validated packs and querying questions.
//!
//! Invariants:
//! - `content.db` is plaintext on purpose: it holds public content only, never a personal datum.
//! - An import is one immediate transaction: it installs, upgrades or changes nothing, and any
//!   failure (a refused version, an id owned by another pack, a storage error) leaves the bank
//!   exactly as it was.
//! - Importing the same pack id and version again writes nothing; the same id and version with
//!   different bytes (SHA-256) is a conflict, and so is a lower version than the installed one.
//! - Question and context ids are unique across packs; an upgrade may redefine its own ids. The
//!   questions and contexts an upgrade drops are retired (flagged), never deleted, so past
//!   attempts can still be reviewed: [`questions_by_ids`] and [`contexts_by_ids`] return them,
//!   [`find_questions`] (unless asked) and [`bank_counts`] do not.
//! - Subjects and topics are shared by id across packs (a kk and a ru pack file their questions
//!   under the same topic ids); the latest import names them. A topic never changes subject while
//!   another pack's active question is filed under it.
//! - A question is stored in the pack's JSON shape (`data_json`); the other columns are copies
//!   that queries filter on, written in the same statement.
//! - `bank_index` holds derived data only (assembly's index per exam and language, see
//!   `exam::index`): every import deletes it in its own transaction, and a rebuild reads the rows
//!   and writes the copy in one transaction (`rebuild_index`), so a stored index always describes
//!   the active bank, even with another process importing; losing it costs one rebuild.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;
use std::sync::Arc;

use rusqlite::{Connection, OptionalExtension, TransactionBehavior, params, params_from_iter};
use serde::de::DeserializeOwned;

use super::Migration;
use crate::content::{
    Context, Exam, Locale, LocalizedText, Question, QuestionKind, Subject, Topic, ValidatedPack,
    builtin_subjects,
};
use crate::error::{Error, Result};
use crate::validation::Problem;

/// The schema steps of `content.db`, in order.
pub const CONTENT_MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "0001_content.sql",
        sql: include_str!("migrations/content/0001_content.sql"),
        fill: None,
    },
    Migration {
        version: 2,
        name: "0002_question_refs.sql",
        sql: include_str!("migrations/content/0002_question_refs.sql"),
        fill: Some(fill_option_counts),
    },
    Migration {
        version: 3,
        name: "0003_one_pick_index.sql",
        sql: include_str!("migrations/content/0003_one_pick_index.sql"),
        fill: None,
    },
    Migration {
        version: 4,
        name: "0004_bank_index.sql",
        sql: include_str!("migrations/content/0004_bank_index.sql"),
        fill: None,
    },
    Migration {
        version: 5,
        name: "0005_media.sql",
        sql: include_str!("migrations/content/0005_media.sql"),
        fill: None,
    },
];

/// Step 2's fill: each question's option count, from its stored JSON (the same count an import
/// writes).
fn fill_option_counts(conn: &Connection) -> Result<()> {
    let mut read = conn.prepare("SELECT id, data_json FROM questions")?;
    let mut write = conn.prepare("UPDATE questions SET options = ?2 WHERE id = ?1")?;
    let mut rows = read.query([])?;
    while let Some(row) = rows.next()? {
        let id: String = row.get(0)?;
        let q: Question = decode(&row.get::<_, String>(1)?, "question", &id)?;
        write.execute(params![id, q.options.len() as i64])?;
    }
    Ok(())
}

/// Page size of a new `content.db`: a question row is ~1.6 KB of JSON, so 4 KB pages hold two
/// and waste a fifth; 16 KB pages halve the CPU of a large import's inserts (fewer pages, frames
/// and b-tree splits) and make the file smaller. An older bank keeps its 4 KB pages.
pub const CONTENT_PAGE_SIZE: u32 = 16_384;

/// Opens (creating if needed) `content.db` at `path` and brings its schema up to date.
pub fn open_content(path: &Path) -> Result<Connection> {
    super::open_with_page_size(path, CONTENT_MIGRATIONS, Some(CONTENT_PAGE_SIZE))
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportOutcome {
    /// The pack was not installed before.
    Installed,
    /// A lower version was installed and has been replaced.
    Upgraded {
        /// The version that was installed before.
        from: u32,
    },
    /// The same version (same bytes) was already installed; nothing was written.
    Unchanged,
}

/// The result of importing a pack.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ImportReport {
    /// Id of the pack.
    pub pack_id: String,
    /// Version now installed.
    pub version: u32,
    /// Installed, upgraded or unchanged.
    pub outcome: ImportOutcome,
    /// Number of questions in the pack (all active after the import).
    pub questions: u32,
    /// Number of questions this import retired (dropped by the new version).
    pub retired: u32,
    /// The pack's warnings (unused topics or contexts).
    pub warnings: Vec<Problem>,
}

/// An installed pack, as `pack list` shows it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PackInfo {
    /// Id of the pack.
    pub id: String,
    /// Installed version.
    pub version: u32,
    /// Language of its questions.
    pub locale: Locale,
    /// Title.
    pub title: LocalizedText,
    /// Number of active (not retired) questions.
    pub questions: u32,
    /// Number of active (not retired) contexts.
    pub contexts: u32,
    /// SHA-256 of the imported file, 64 lowercase hex digits.
    pub sha256: String,
    /// When it was imported (the `now` given to [`import_pack`]).
    pub imported_at: i64,
}

/// Which questions [`find_questions`] returns; every `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QuestionFilter {
    /// Only questions of this test.
    pub exam: Option<Exam>,
    /// Only questions in this language.
    pub locale: Option<Locale>,
    /// Only questions of this subject code.
    pub subject: Option<String>,
    /// Only questions of this kind.
    pub kind: Option<QuestionKind>,
    /// Only questions filed under this topic id.
    pub topic: Option<String>,
    /// Only questions referring to this context id.
    pub context: Option<String>,
    /// `Some(true)`: only questions with a context; `Some(false)`: only questions without.
    pub in_context: Option<bool>,
    /// Include questions retired by a pack upgrade.
    pub include_retired: bool,
}

/// The number of active questions with one combination of exam, language, subject, kind and
/// whether they refer to a context.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankCount {
    /// Test.
    pub exam: Exam,
    /// Language.
    pub locale: Locale,
    /// Subject code.
    pub subject: String,
    /// Kind.
    pub kind: QuestionKind,
    /// Whether the questions refer to a context.
    pub in_context: bool,
    /// How many.
    pub count: u32,
}

fn to_u32(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn len_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn encode<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| Error::Internal(format!("cannot encode JSON: {e}")))
}

/// `from_slice`, like every JSON read of the core: one reader type (`SliceRead`), so each type's
/// deserializer is instantiated once.
fn decode<T: DeserializeOwned>(json: impl AsRef<[u8]>, what: &str, id: &str) -> Result<T> {
    serde_json::from_slice(json.as_ref()).map_err(|e| {
        Error::DatabaseCorrupt(format!(
            "{what} \"{id}\" in content.db does not decode: {e}"
        ))
    })
}

fn corrupt(what: &str, value: &str) -> Error {
    Error::DatabaseCorrupt(format!("unknown {what} \"{value}\" in content.db"))
}

fn parse_locale(s: &str) -> Result<Locale> {
    Locale::parse(s).ok_or_else(|| corrupt("locale", s))
}

/// Imports a validated pack in one transaction (see the module's invariants).
///
/// Errors: [`Error::Conflict`] for a lower version than the installed one, for the installed
/// version with different content, for a question or context id owned by another pack, and for
/// a topic whose subject would change under another pack's questions. Nothing is written then.
pub fn import_pack(conn: &mut Connection, pack: &ValidatedPack, now: i64) -> Result<ImportReport> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let report = import_in(&tx, pack, now)?;
    tx.commit()?;
    Ok(report)
}

/// Imports several validated packs, in order, in one transaction: all of them or, when one is
/// refused, none (each import as in [`import_pack`]; a later pack sees the earlier ones, so the
/// same pack twice is installed, then unchanged).
///
/// Errors: the index of the refused pack and why; nothing is written then.
pub fn import_packs(
    conn: &mut Connection,
    packs: &[&ValidatedPack],
    now: i64,
) -> std::result::Result<Vec<ImportReport>, (usize, Error)> {
    import_packs_with_media(conn, packs, &[], now)
}

/// A media file to store: its SHA-256 (hex), kind and bytes.
pub type MediaRow<'a> = (String, String, &'a [u8]);

/// [`import_packs`], storing `media` (files the packs name, already checked against their
/// SHA-256) in the same transaction; a file already stored is kept as it is.
pub fn import_packs_with_media(
    conn: &mut Connection,
    packs: &[&ValidatedPack],
    media: &[MediaRow<'_>],
    now: i64,
) -> std::result::Result<Vec<ImportReport>, (usize, Error)> {
    let last = packs.len().saturating_sub(1);
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|e| (0, Error::from(e)))?;
    let mut reports = Vec::with_capacity(packs.len());
    for (i, pack) in packs.iter().enumerate() {
        reports.push(import_in(&tx, pack, now).map_err(|e| (i, e))?);
    }
    for (sha, kind, bytes) in media {
        tx.prepare_cached(
            "INSERT INTO media (sha256, kind, bytes) VALUES (?1, ?2, ?3)
             ON CONFLICT (sha256) DO NOTHING",
        )
        .and_then(|mut s| s.execute(params![sha, kind, bytes]))
        .map_err(|e| (last, Error::from(e)))?;
    }
    tx.commit().map_err(|e| (last, Error::from(e)))?;
    Ok(reports)
}

/// The bytes of the media file with SHA-256 `sha256` (hex), if stored.
pub fn media(conn: &Connection, sha256: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .prepare_cached("SELECT bytes FROM media WHERE sha256 = ?1")?
        .query_row([sha256], |r| r.get(0))
        .optional()?)
}

/// One pack's import inside the caller's transaction (which commits or drops it).
fn import_in(
    tx: &rusqlite::Transaction<'_>,
    pack: &ValidatedPack,
    now: i64,
) -> Result<ImportReport> {
    let p = &pack.pack;
    let installed: Option<(i64, String)> = tx
        .query_row(
            "SELECT version, sha256 FROM packs WHERE id = ?1",
            [&p.id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let new_version = i64::from(p.version);
    let mut report = ImportReport {
        pack_id: p.id.clone(),
        version: p.version,
        outcome: ImportOutcome::Installed,
        questions: len_u32(p.questions.len()),
        retired: 0,
        warnings: pack.warnings.clone(),
    };
    match installed {
        Some((v, sha)) if v == new_version => {
            if sha == pack.sha256 {
                // Nothing to write: the transaction commits (or is dropped) untouched.
                report.outcome = ImportOutcome::Unchanged;
                return Ok(report);
            }
            return Err(Error::conflict_text(format!(
                "pack {} version {} is installed with different content; raise the version",
                p.id, p.version
            )));
        }
        Some((v, _)) if v > new_version => {
            return Err(Error::conflict_text(format!(
                "pack {} version {} is older than the installed version {v}; nothing imported",
                p.id, p.version
            )));
        }
        Some((v, _)) => report.outcome = ImportOutcome::Upgraded { from: to_u32(v) },
        None => {}
    }

    // `import_seq` is set at install and kept by an upgrade: blueprint precedence among equal
    // revisions follows it (`pack_blueprints`).
    tx.execute(
        "INSERT INTO packs (id, version, locale, title_json, sha256, imported_at, import_seq)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT COALESCE(MAX(import_seq), 0) + 1 FROM packs))
         ON CONFLICT (id) DO UPDATE SET
             version = excluded.version, locale = excluded.locale,
             title_json = excluded.title_json, sha256 = excluded.sha256,
             imported_at = excluded.imported_at",
        params![
            p.id,
            new_version,
            p.locale.code(),
            encode(&p.title)?,
            pack.sha256,
            now
        ],
    )?;

    {
        let mut upsert = tx.prepare_cached(
            "INSERT INTO subjects (code, name_json) VALUES (?1, ?2)
             ON CONFLICT (code) DO UPDATE SET name_json = excluded.name_json",
        )?;
        for s in &p.subjects {
            upsert.execute(params![s.code, encode(&s.name)?])?;
        }
    }

    {
        let mut current = tx.prepare_cached("SELECT subject FROM topics WHERE id = ?1")?;
        let mut user = tx.prepare_cached(
            "SELECT id, pack_id FROM questions
             WHERE topic = ?1 AND pack_id <> ?2 AND retired = 0 ORDER BY id LIMIT 1",
        )?;
        let mut upsert = tx.prepare_cached(
            "INSERT INTO topics (id, subject, name_json) VALUES (?1, ?2, ?3)
             ON CONFLICT (id) DO UPDATE SET
                 subject = excluded.subject, name_json = excluded.name_json",
        )?;
        for t in &p.topics {
            let was: Option<String> = current.query_row([&t.id], |r| r.get(0)).optional()?;
            if let Some(was) = was.filter(|was| *was != t.subject) {
                let used: Option<(String, String)> = user
                    .query_row(params![t.id, p.id], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                if let Some((qid, owner)) = used {
                    return Err(Error::conflict_text(format!(
                        "topic \"{}\" belongs to subject \"{was}\" (question \"{qid}\" of pack \
                         {owner} is filed under it), but pack {} puts it under \"{}\"; nothing imported",
                        t.id, p.id, t.subject
                    )));
                }
            }
            upsert.execute(params![t.id, t.subject, encode(&t.name)?])?;
        }
    }

    // Retire everything the pack had; what the new version still holds is revived below.
    let active_before: Vec<String> = {
        let mut stmt = tx.prepare_cached(
            "SELECT id FROM questions WHERE pack_id = ?1 AND retired = 0 ORDER BY id",
        )?;
        stmt.query_map([&p.id], |r| r.get(0))?
            .collect::<std::result::Result<_, _>>()?
    };
    tx.execute(
        "UPDATE questions SET retired = 1 WHERE pack_id = ?1 AND retired = 0",
        [&p.id],
    )?;
    // The bank changes: every stored assembly index is stale.
    tx.execute("DELETE FROM bank_index", [])?;
    tx.execute(
        "UPDATE contexts SET retired = 1 WHERE pack_id = ?1 AND retired = 0",
        [&p.id],
    )?;

    // Ids another pack owns: all of them are named, then nothing is imported.
    let mut taken: Vec<(&str, &String, String)> = Vec::new();
    {
        let mut upsert = tx.prepare_cached(
            "INSERT INTO contexts (id, pack_id, subject, group_id, retired, data_json)
             VALUES (?1, ?2, ?3, ?4, 0, ?5)
             ON CONFLICT (id) DO UPDATE SET
                 subject = excluded.subject, group_id = excluded.group_id, retired = 0,
                 data_json = excluded.data_json
             WHERE contexts.pack_id = excluded.pack_id",
        )?;
        let mut owner = tx.prepare_cached("SELECT pack_id FROM contexts WHERE id = ?1")?;
        for c in &p.contexts {
            let n = upsert.execute(params![c.id, p.id, c.subject, c.group, encode(c)?])?;
            if n == 0 {
                let other: String = owner.query_row([&c.id], |r| r.get(0))?;
                taken.push(("context", &c.id, other));
            }
        }
    }

    {
        let mut upsert = tx.prepare_cached(
            "INSERT INTO questions (id, pack_id, exam, locale, subject, topic, kind, context_id,
                                    group_id, difficulty, retired, data_json, options)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?11, ?12)
             ON CONFLICT (id) DO UPDATE SET
                 exam = excluded.exam, locale = excluded.locale, subject = excluded.subject,
                 topic = excluded.topic, kind = excluded.kind, context_id = excluded.context_id,
                 group_id = excluded.group_id, difficulty = excluded.difficulty, retired = 0,
                 data_json = excluded.data_json, options = excluded.options
             WHERE questions.pack_id = excluded.pack_id",
        )?;
        let mut owner = tx.prepare_cached("SELECT pack_id FROM questions WHERE id = ?1")?;
        for q in &p.questions {
            let n = upsert.execute(params![
                q.id,
                p.id,
                q.exam.code(),
                p.locale.code(),
                q.subject,
                q.topic,
                q.kind.code(),
                q.context,
                q.group,
                q.difficulty,
                encode(q)?,
                q.options.len() as i64
            ])?;
            if n == 0 {
                let other: String = owner.query_row([&q.id], |r| r.get(0))?;
                taken.push(("question", &q.id, other));
            }
        }
    }
    if !taken.is_empty() {
        return Err(Error::conflict_text(taken_message(&taken)));
    }

    tx.execute("DELETE FROM blueprints WHERE pack_id = ?1", [&p.id])?;
    {
        let mut insert =
            tx.prepare_cached("INSERT INTO blueprints (pack_id, idx, json) VALUES (?1, ?2, ?3)")?;
        for (i, b) in p.blueprints.iter().enumerate() {
            insert.execute(params![p.id, len_u32(i), encode(b)?])?;
        }
    }

    let kept: HashSet<&str> = p.questions.iter().map(|q| q.id.as_str()).collect();
    report.retired = len_u32(
        active_before
            .iter()
            .filter(|id| !kept.contains(id.as_str()))
            .count(),
    );
    Ok(report)
}

/// The installed packs, by id, with their counts of active questions and contexts.
pub fn list_packs(conn: &Connection) -> Result<Vec<PackInfo>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.id, p.version, p.locale, p.title_json, p.sha256, p.imported_at,
                (SELECT count(*) FROM questions q WHERE q.pack_id = p.id AND q.retired = 0),
                (SELECT count(*) FROM contexts c WHERE c.pack_id = p.id AND c.retired = 0)
         FROM packs p ORDER BY p.id",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
            r.get::<_, i64>(5)?,
            r.get::<_, i64>(6)?,
            r.get::<_, i64>(7)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, version, locale, title, sha256, imported_at, questions, contexts) = row?;
        out.push(PackInfo {
            version: to_u32(version),
            locale: parse_locale(&locale)?,
            title: decode(&title, "pack title", &id)?,
            questions: to_u32(questions),
            contexts: to_u32(contexts),
            sha256,
            imported_at,
            id,
        });
    }
    Ok(out)
}

/// What assembly needs to choose a question, without its text: read from a covering index.
/// Subject, topic and context are shared (`Arc<str>`): a bank has few of them and many
/// questions, so loading 20,000 rows allocates them once each, not once per row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionRef {
    /// Question id.
    pub id: String,
    /// ҰБТ or ПББ.
    pub exam: Exam,
    /// Subject code.
    pub subject: Arc<str>,
    /// Topic id.
    pub topic: Arc<str>,
    /// Kind.
    pub kind: QuestionKind,
    /// Shared context, if any.
    pub context: Option<Arc<str>>,
    /// Translation group, if any.
    pub group: Option<String>,
    /// Number of options.
    pub options: u32,
}

impl From<&Question> for QuestionRef {
    fn from(q: &Question) -> Self {
        Self {
            id: q.id.clone(),
            exam: q.exam,
            subject: Arc::from(q.subject.as_str()),
            topic: Arc::from(q.topic.as_str()),
            kind: q.kind,
            context: q.context.as_deref().map(Arc::from),
            group: q.group.clone(),
            options: q.options.len() as u32,
        }
    }
}

/// The last shared string handed out: rows come sorted by subject, kind, topic and context, so
/// a value equal to the previous row's is shared instead of allocated again.
#[derive(Default)]
struct Interner(Option<Arc<str>>);

impl Interner {
    fn get(&mut self, value: &str) -> Arc<str> {
        match &self.0 {
            Some(last) if &**last == value => last.clone(),
            _ => {
                let fresh: Arc<str> = Arc::from(value);
                self.0 = Some(fresh.clone());
                fresh
            }
        }
    }
}

/// Column `i` of `r` as text, borrowed; `None` for NULL.
fn text<'r>(r: &'r rusqlite::Row<'_>, i: usize) -> Result<Option<&'r str>> {
    let v = r.get_ref(i)?;
    Ok(v.as_str_or_null().map_err(rusqlite::Error::from)?)
}

/// The active questions of `exam` in `locale` as light rows, in the covering index's order
/// (subject, kind, topic, context, group, options, id): read without a sort and without
/// touching `data_json`.
pub fn question_refs(conn: &Connection, exam: Exam, locale: Locale) -> Result<Vec<QuestionRef>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, subject, kind, topic, context_id, group_id, options FROM questions
         WHERE exam = ?1 AND locale = ?2 AND retired = 0
         ORDER BY subject, kind, topic, context_id, group_id, options, id",
    )?;
    let mut rows = stmt.query(params![exam.code(), locale.code()])?;
    let mut out = Vec::new();
    let (mut subjects, mut topics, mut contexts) = (
        Interner::default(),
        Interner::default(),
        Interner::default(),
    );
    while let Some(r) = rows.next()? {
        let id: String = r.get(0)?;
        let kind = r.get_ref(2)?.as_str().map_err(rusqlite::Error::from)?;
        let kind = QuestionKind::parse(kind)
            .ok_or_else(|| Error::DatabaseCorrupt(format!("question {id} has kind {kind:?}")))?;
        let (Some(subject), Some(topic)) = (text(r, 1)?, text(r, 3)?) else {
            return Err(Error::DatabaseCorrupt(format!(
                "question {id} has no subject or topic"
            )));
        };
        out.push(QuestionRef {
            exam,
            subject: subjects.get(subject),
            topic: topics.get(topic),
            kind,
            context: text(r, 4)?.map(|c| contexts.get(c)),
            group: r.get(5)?,
            options: r.get(6)?,
            id,
        });
    }
    Ok(out)
}

/// The stored assembly index of `exam` in `locale` (see `exam::index`), given to `decode`
/// straight from SQLite's buffer; `None` when none is stored (or `decode` refuses it).
pub fn stored_index<T>(
    conn: &Connection,
    exam: Exam,
    locale: Locale,
    decode: impl FnOnce(&[u8]) -> Option<T>,
) -> Result<Option<T>> {
    let mut stmt =
        conn.prepare_cached("SELECT data FROM bank_index WHERE exam = ?1 AND locale = ?2")?;
    let mut rows = stmt.query(params![exam.code(), locale.code()])?;
    match rows.next()? {
        Some(r) => Ok(decode(
            r.get_ref(0)?.as_blob().map_err(rusqlite::Error::from)?,
        )),
        None => Ok(None),
    }
}

/// Builds the assembly index of `exam` in `locale` from the active rows with `build` (which
/// returns the index and its encoding) and stores the encoding, reading and writing in one
/// transaction: if another connection (another process) imports a pack after the rows were
/// read, SQLite refuses the write (the transaction's snapshot is stale) and nothing is stored,
/// so a stored index never describes an older bank. The stored copy is only a cache: a write
/// that fails for any reason (busy, full or read-only disk) is not an error, the index built is
/// returned all the same.
pub fn rebuild_index<T>(
    conn: &Connection,
    exam: Exam,
    locale: Locale,
    build: impl FnOnce(Vec<QuestionRef>) -> (T, Vec<u8>),
) -> Result<T> {
    let tx = conn.unchecked_transaction()?;
    let (index, data) = build(question_refs(&tx, exam, locale)?);
    if store_index(&tx, exam, locale, &data).is_ok() {
        // A failed commit rolls back: the cache is simply not kept.
        let _ = tx.commit();
    }
    Ok(index)
}

/// Stores the assembly index of `exam` in `locale` (replacing any), in its own transaction.
fn store_index(conn: &Connection, exam: Exam, locale: Locale, data: &[u8]) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO bank_index (exam, locale, data) VALUES (?1, ?2, ?3)
         ON CONFLICT (exam, locale) DO UPDATE SET data = excluded.data",
    )?
    .execute(params![exam.code(), locale.code(), data])?;
    Ok(())
}

/// The questions matching `filter`, ordered by id.
pub fn find_questions(conn: &Connection, filter: &QuestionFilter) -> Result<Vec<Question>> {
    let mut sql = String::from("SELECT id, data_json FROM questions WHERE 1 = 1");
    let mut args: Vec<&str> = Vec::new();
    fn eq<'a>(sql: &mut String, args: &mut Vec<&'a str>, column: &str, value: &'a str) {
        args.push(value);
        sql.push_str(&format!(" AND {column} = ?{}", args.len()));
    }
    // The SQL shape depends only on which filters are set, so prepare_cached reuses it.
    if let Some(e) = filter.exam {
        eq(&mut sql, &mut args, "exam", e.code());
    }
    if let Some(l) = filter.locale {
        eq(&mut sql, &mut args, "locale", l.code());
    }
    if let Some(s) = &filter.subject {
        eq(&mut sql, &mut args, "subject", s);
    }
    if let Some(k) = filter.kind {
        eq(&mut sql, &mut args, "kind", k.code());
    }
    if let Some(t) = &filter.topic {
        eq(&mut sql, &mut args, "topic", t);
    }
    if let Some(c) = &filter.context {
        eq(&mut sql, &mut args, "context_id", c);
    }
    match filter.in_context {
        Some(true) => sql.push_str(" AND context_id IS NOT NULL"),
        Some(false) => sql.push_str(" AND context_id IS NULL"),
        None => {}
    }
    if !filter.include_retired {
        sql.push_str(" AND retired = 0");
    }
    sql.push_str(" ORDER BY id");
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map(params_from_iter(args), |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, json) = row?;
        out.push(decode(&json, "question", &id)?);
    }
    Ok(out)
}

/// Fetches rows by id with `sql` (a point lookup of one id, `?1`, run once per id through the
/// statement cache), in the order of `ids`; retired rows included. Any id not in the bank is [`Error::NotFound`], naming every missing id.
fn by_ids<T: DeserializeOwned>(
    conn: &Connection,
    ids: &[String],
    sql: &str,
    what: &str,
) -> Result<Vec<T>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    // One read transaction for all the lookups: one snapshot, and one lock round trip instead
    // of one per id (each autocommit read takes and drops the WAL read lock).
    let tx = conn.unchecked_transaction()?;
    let mut stmt = tx.prepare_cached(sql)?;
    let mut out = Vec::with_capacity(ids.len());
    let mut missing = Vec::new();
    for id in ids {
        let mut rows = stmt.query([id])?;
        match rows.next()? {
            // Decoded from SQLite's own buffer: serde_json checks the UTF-8 of what it reads,
            // so the text is neither copied nor validated twice.
            Some(r) => {
                let json = r.get_ref(0)?.as_bytes().map_err(rusqlite::Error::from)?;
                out.push(decode(json, what, id)?);
            }
            None => missing.push(format!("\"{id}\"")),
        }
    }
    drop(stmt);
    tx.finish()?;
    if !missing.is_empty() {
        return Err(Error::not_found_text(format!(
            "{what} {}",
            missing.join(", ")
        )));
    }
    Ok(out)
}

/// The questions with `ids`, in that order, retired ones included; one cached point lookup per
/// id. A missing id is [`Error::NotFound`].
pub fn questions_by_ids(conn: &Connection, ids: &[String]) -> Result<Vec<Question>> {
    by_ids(
        conn,
        ids,
        "SELECT data_json FROM questions WHERE id = ?1",
        "question",
    )
}

/// The contexts with `ids`, in that order, retired ones included; one cached point lookup per
/// id. A missing id is [`Error::NotFound`].
pub fn contexts_by_ids(conn: &Connection, ids: &[String]) -> Result<Vec<Context>> {
    by_ids(
        conn,
        ids,
        "SELECT data_json FROM contexts WHERE id = ?1",
        "context",
    )
}

/// Counts of active questions per exam, language, subject, kind and context use, sorted by
/// those keys.
pub fn bank_counts(conn: &Connection) -> Result<Vec<BankCount>> {
    let mut stmt = conn.prepare_cached(
        "SELECT exam, locale, subject, kind, context_id IS NOT NULL AS in_context, count(*)
         FROM questions WHERE retired = 0
         GROUP BY exam, locale, subject, kind, in_context
         ORDER BY exam, locale, subject, kind, in_context",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, bool>(4)?,
            r.get::<_, i64>(5)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (exam, locale, subject, kind, in_context, count) = row?;
        out.push(BankCount {
            exam: Exam::parse(&exam).ok_or_else(|| corrupt("exam", &exam))?,
            locale: parse_locale(&locale)?,
            subject,
            kind: QuestionKind::parse(&kind).ok_or_else(|| corrupt("kind", &kind))?,
            in_context,
            count: to_u32(count),
        });
    }
    Ok(out)
}

/// How many active questions each subject has for `exam` in `locale`, by subject code.
pub fn subject_counts(conn: &Connection, exam: Exam, locale: Locale) -> Result<Vec<(String, u32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT subject, count(*) FROM questions
         WHERE exam = ?1 AND locale = ?2 AND retired = 0 GROUP BY subject ORDER BY subject",
    )?;
    let rows = stmt.query_map([exam.code(), locale.code()], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, u32>(1)?))
    })?;
    Ok(rows.collect::<std::result::Result<_, _>>()?)
}

/// Every subject: the built-in ones and those installed packs declare (a pack's names win),
/// sorted by code.
pub fn subjects(conn: &Connection) -> Result<Vec<Subject>> {
    // Inserted one by one (like the installed ones below): `collect` into a map sorts with a
    // stable sort instantiated for this pair type alone.
    let mut all: BTreeMap<String, LocalizedText> = BTreeMap::new();
    for s in builtin_subjects() {
        all.insert(s.code, s.name);
    }
    let mut stmt = conn.prepare_cached("SELECT code, name_json FROM subjects")?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    for row in rows {
        let (code, json) = row?;
        let name = decode(&json, "subject", &code)?;
        all.insert(code, name);
    }
    Ok(all
        .into_iter()
        .map(|(code, name)| Subject { code, name })
        .collect())
}

/// The installed topics, of one subject or of all, ordered by id.
pub fn topics(conn: &Connection, subject: Option<&str>) -> Result<Vec<Topic>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, subject, name_json FROM topics
         WHERE ?1 IS NULL OR subject = ?1 ORDER BY id",
    )?;
    let rows = stmt.query_map([subject], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, subject, json) = row?;
        let name = decode(&json, "topic", &id)?;
        out.push(Topic { id, subject, name });
    }
    Ok(out)
}

/// The raw blueprint objects of the installed packs (each pack's installed version), in the
/// order the packs were first installed (an upgrade keeps its pack's place: `import_seq` is set
/// at install only) and, within a pack, in the pack's order. The registry lets a later entry
/// replace an earlier one only with a higher revision, so of equal revisions the one installed
/// first stays, also when its pack is upgraded.
pub fn pack_blueprints(conn: &Connection) -> Result<Vec<serde_json::Value>> {
    let mut stmt = conn.prepare_cached(
        "SELECT b.pack_id, b.json FROM blueprints AS b JOIN packs AS p ON p.id = b.pack_id
         ORDER BY p.import_seq, b.idx",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (pack_id, json) = row?;
        out.push(decode(&json, "blueprint of pack", &pack_id)?);
    }
    Ok(out)
}

/// Whether the question with `id` is retired (dropped by a pack upgrade); [`Error::NotFound`]
/// when the bank has no such question.
pub fn is_retired(conn: &Connection, id: &str) -> Result<bool> {
    conn.prepare_cached("SELECT retired FROM questions WHERE id = ?1")?
        .query_row([id], |r| r.get::<_, bool>(0))
        .optional()?
        .ok_or_else(|| Error::not_found_text(format!("question \"{id}\"")))
}
/// One line naming the ids another pack owns (the first few, and how many more).
fn taken_message(taken: &[(&str, &String, String)]) -> String {
    if let [(what, id, owner)] = taken {
        return format!("{what} id \"{id}\" already belongs to pack {owner}; nothing imported");
    }
    const SHOWN: usize = 5;
    let named: Vec<String> = taken
        .iter()
        .take(SHOWN)
        .map(|(what, id, owner)| format!("{what} \"{id}\" (pack {owner})"))
        .collect();
    let more = match taken.len().saturating_sub(SHOWN) {
        0 => String::new(),
        n => format!(" and {n} more"),
    };
    format!(
        "{} ids already belong to other packs: {}{more}; nothing imported",
        taken.len(),
        named.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::taken_message;

    #[test]
    fn taken_ids_are_named_up_to_five_and_counted() {
        let ids: Vec<String> = (1..=7).map(|i| format!("q{i}")).collect();
        let taken: Vec<(&str, &String, String)> = ids
            .iter()
            .map(|id| ("question", id, "p.a".to_string()))
            .collect();
        assert_eq!(
            taken_message(&taken[..1]),
            "question id \"q1\" already belongs to pack p.a; nothing imported"
        );
        assert_eq!(
            taken_message(&taken),
            "7 ids already belong to other packs: question \"q1\" (pack p.a), question \"q2\" \
             (pack p.a), question \"q3\" (pack p.a), question \"q4\" (pack p.a), question \"q5\" \
             (pack p.a) and 2 more; nothing imported"
        );
    }
}
