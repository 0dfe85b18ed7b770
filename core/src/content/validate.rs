//! Parsing and validation of a content pack (spec/content-pack.md, "Validation").
//!
//! Invariants:
//! - Validation is pure: bytes in, a [`ValidatedPack`] or the list of problems out; no database,
//!   no file system, no clock.
//! - Malformed JSON gives exactly one problem, at `$`, with line and column. Otherwise **every**
//!   problem is reported, each at the JSON path of the offending value (`questions[17].correct[0]`,
//!   `topics[2].subject`, `$` for the whole document), in document order per section.
//! - An unsupported `format` is reported alone: the rest of the document cannot be read by the
//!   rules of format 1, and listing their violations would only bury the one problem that matters.
//! - A value already reported as malformed does not cause follow-up noise: a question whose
//!   `options` are not a list gets no "index out of range" for its `correct`, a reference to a
//!   topic that exists but is itself broken is not called unknown. A problem that stands on its
//!   own is still reported: a list of options with a blank or repeated item still has a length,
//!   so its count and `correct`'s index range are checked as well.
//! - Unused topics and contexts are warnings, never errors.
//! - A declared subject's code is one of spec/exams.md's (the built-in list): a declaration names
//!   a subject, it does not invent one. References to a refused declaration are not reported
//!   again.
//! - The bytes are parsed once, into a tree that borrows their strings (`json.rs`); a path is
//!   rendered only for a problem, so a valid pack costs one parse and one copy of each string.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde_json::Value;
use sha2::{Digest, Sha256};

use super::json::{self, Json};
use super::model::{Exam, Locale, LocalizedText, QuestionKind};
use super::pack::{
    Context, DEFAULT_DIFFICULTY, Media, PACK_FORMAT, Pack, Question, Subject, Topic, ValidatedPack,
};
use super::subjects::{is_builtin_subject, unknown_subject_code};
use crate::validation::{Problem, json_problem};

const TOP_FIELDS: &[&str] = &[
    "format",
    "id",
    "version",
    "locale",
    "title",
    "subjects",
    "topics",
    "contexts",
    "questions",
    "blueprints",
];
const SUBJECT_FIELDS: &[&str] = &["code", "name"];
const TOPIC_FIELDS: &[&str] = &["id", "subject", "name"];
const CONTEXT_FIELDS: &[&str] = &["id", "subject", "title", "text", "media", "group"];
const MEDIA_FIELDS: &[&str] = &["kind", "path", "sha256", "alt"];
const LOCALIZED_FIELDS: &[&str] = &["kk", "ru", "en"];
const QUESTION_FIELDS: &[&str] = &[
    "id",
    "exam",
    "subject",
    "topic",
    "kind",
    "stem",
    "prompts",
    "options",
    "correct",
    "context",
    "group",
    "explanation",
    "source",
    "difficulty",
    "media",
];

/// Parses and validates a pack file's bytes.
///
/// Malformed JSON gives one problem with line and column; otherwise every problem is listed with
/// its JSON path. On success the pack comes with the SHA-256 of `bytes` and its warnings.
///
/// `blueprints[]` entries are checked here only as objects with distinct ids and kept raw; the
/// full check of a pack, blueprints included, is `Qazstep::validate_pack` (the linter and import
/// use it), which calls [`parse_pack_with`] with the blueprint validator.
pub fn parse_pack(bytes: &[u8]) -> Result<ValidatedPack, Vec<Problem>> {
    parse_pack_with(bytes, None)
}

/// Checks one of a pack's `blueprints[]` objects; its problems (paths relative to the blueprint)
/// are reported under `blueprints[i]`, in document order with the pack's other problems.
pub type BlueprintCheck<'a> = &'a dyn Fn(&Value) -> Result<(), Vec<Problem>>;

/// [`parse_pack`], with each blueprint object also checked by `check_blueprint` (the blueprint
/// validator lives in `exam`; `Qazstep::validate_pack` passes it), so that one pass lists every
/// problem of the pack, its blueprints' included.
pub fn parse_pack_with(
    bytes: &[u8],
    check_blueprint: Option<BlueprintCheck<'_>>,
) -> Result<ValidatedPack, Vec<Problem>> {
    // Editors on some systems save UTF-8 with a byte-order mark; it carries no content.
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let tree = json::parse(text).map_err(|e| vec![json_problem(&e, text)])?;
    let (pack, warnings) = validate_tree(&tree, check_blueprint)?;
    Ok(ValidatedPack {
        pack,
        sha256: hex::encode(Sha256::digest(bytes)),
        warnings,
    })
}

/// The warnings of a pack file's bytes (each declared topic or context no question uses), found
/// also when the pack has problems, so a linter can show them beside its problems. Malformed
/// JSON has none. A valid pack's warnings are those [`parse_pack`] returns with it.
pub fn pack_warnings(bytes: &[u8]) -> Vec<Problem> {
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let Ok(tree) = json::parse(text) else {
        return Vec::new();
    };
    let mut v = Validator::default();
    v.pack(&tree);
    v.warnings
}

/// Validates an already parsed pack document; returns the pack and its warnings, or every
/// problem found. A `Value` has already lost any key its text repeated (it keeps the last):
/// validate the text with [`parse_pack`] to have repetitions refused.
pub fn validate_value(value: &Value) -> Result<(Pack, Vec<Problem>), Vec<Problem>> {
    validate_tree(&Json::from_value(value), None)
}

fn validate_tree(
    value: &Json<'_>,
    check_blueprint: Option<BlueprintCheck<'_>>,
) -> Result<(Pack, Vec<Problem>), Vec<Problem>> {
    let mut v = Validator {
        check_blueprint,
        ..Validator::default()
    };
    let pack = v.pack(value);
    match pack {
        Some(pack) if v.problems.is_empty() => Ok((pack, v.warnings)),
        _ => {
            if v.problems.is_empty() {
                // Every path that yields no pack reports why; keep the promise regardless.
                v.problems
                    .push(Problem::new("$", "the pack could not be read"));
            }
            Err(v.problems)
        }
    }
}

/// Checks the media files a pack names against their recorded SHA-256, reading each through
/// `read` (given the media's relative `path`; the caller resolves it beside the pack file).
/// Validation itself stays pure: a shell that holds the files calls this after
/// [`parse_pack`], so a pack whose image is missing or altered is refused before import. One
/// problem per bad file, at the path of its `path` or `sha256` field, in document order
/// (contexts, then questions).
pub fn media_problems(
    pack: &Pack,
    read: &mut dyn FnMut(&str) -> std::io::Result<Vec<u8>>,
) -> Vec<Problem> {
    let lists = pack
        .contexts
        .iter()
        .enumerate()
        .map(|(i, c)| (format!("contexts[{i}]"), &c.media))
        .chain(
            pack.questions
                .iter()
                .enumerate()
                .map(|(i, q)| (format!("questions[{i}]"), &q.media)),
        );
    let mut out = Vec::new();
    for (owner, media) in lists {
        for (k, m) in media.iter().enumerate() {
            match read(&m.path) {
                Err(e) => out.push(Problem::new(
                    format!("{owner}.media[{k}].path"),
                    format!("cannot read \"{}\" beside the pack: {}", m.path, e.kind()),
                )),
                Ok(bytes) => {
                    let actual = hex::encode(Sha256::digest(&bytes));
                    if actual != m.sha256 {
                        out.push(Problem::new(
                            format!("{owner}.media[{k}].sha256"),
                            format!(
                                "the file \"{}\" has SHA-256 {actual}, not the one given here",
                                m.path
                            ),
                        ));
                    }
                }
            }
        }
    }
    out
}

/// Ids that several packs given together claim: a question or context id belongs to one pack
/// (spec/content-pack.md, "unique across all packs"), so an import of these packs together would
/// be refused. Packs with the same pack id are versions of one pack and may share their ids.
/// Each problem comes with the index of the pack it is in (the later claimant), at the path of
/// the id, in pack order.
pub fn clashes(packs: &[&Pack]) -> Vec<(usize, Problem)> {
    let mut out = Vec::new();
    for (what, ids) in [
        (
            "question",
            packs
                .iter()
                .map(|p| {
                    p.questions
                        .iter()
                        .map(|q| q.id.as_str())
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>(),
        ),
        (
            "context",
            packs
                .iter()
                .map(|p| p.contexts.iter().map(|c| c.id.as_str()).collect())
                .collect(),
        ),
    ] {
        let mut owner: HashMap<&str, usize> = HashMap::new();
        for (i, list) in ids.iter().enumerate() {
            for (k, id) in list.iter().enumerate() {
                let first = *owner.entry(id).or_insert(i);
                if packs[first].id != packs[i].id {
                    out.push((
                        i,
                        Problem::new(
                            format!("{what}s[{k}].id"),
                            format!(
                                "{what} id \"{id}\" already belongs to pack {}",
                                packs[first].id
                            ),
                        ),
                    ));
                }
            }
        }
    }
    out.sort_by_key(|(i, _)| *i);
    out
}

/// Whether `id` is a well-formed id: non-empty, only `a-z`, `0-9`, `.`, `_`, `-`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
        })
}

fn join(path: &str, key: &str) -> String {
    if path == "$" || path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn index(path: impl fmt::Display, i: usize) -> String {
    format!("{path}[{i}]")
}

/// The path of an object's field, rendered only when a problem there is reported (a valid
/// pack then builds no path strings at all).
#[derive(Clone, Copy)]
struct At<'a> {
    base: &'a str,
    key: &'a str,
}

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.base == "$" || self.base.is_empty() {
            f.write_str(self.key)
        } else {
            write!(f, "{}.{}", self.base, self.key)
        }
    }
}

/// A short description of a JSON value for "expected …, found …" messages.
fn describe(v: &Json<'_>) -> String {
    match v {
        Json::Null => "null".into(),
        Json::Bool(b) => b.to_string(),
        Json::Number(n) => n.to_string(),
        Json::String(s) => {
            let short: String = s.chars().take(40).collect();
            if short.len() < s.len() {
                format!("the string \"{short}…\"")
            } else {
                format!("the string \"{short}\"")
            }
        }
        Json::Array(_) => "an array".into(),
        Json::Object(_) => "an object".into(),
    }
}

/// An object being read: the object and its path.
struct Obj<'v> {
    map: &'v Json<'v>,
    path: String,
}

impl<'v> Obj<'v> {
    fn path_of(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The path of `key`, lazily.
    fn at<'k>(&'k self, key: &'k str) -> At<'k> {
        At {
            base: &self.path,
            key,
        }
    }

    fn get(&self, key: &str) -> Option<&'v Json<'v>> {
        self.map.get(key)
    }

    /// An optional field: absent and `null` both mean "not given".
    fn optional(&self, key: &str) -> Option<&'v Json<'v>> {
        self.map.get(key).filter(|v| !v.is_null())
    }
}

#[derive(Default)]
struct Validator<'c> {
    problems: Vec<Problem>,
    warnings: Vec<Problem>,
    /// Checks each blueprint object, when the caller gives a checker.
    check_blueprint: Option<BlueprintCheck<'c>>,
}

/// What the cross-reference checks know about a declared topic or context, read from the raw
/// document so that a broken declaration does not make its references "unknown".
struct Declared {
    /// Index of the declaration in its array.
    index: usize,
    /// Path of the declaration (`topics[2]`).
    path: String,
    /// Its subject, when that field names a known subject.
    subject: Option<String>,
}

impl Validator<'_> {
    fn error(&mut self, path: impl fmt::Display, message: impl Into<String>) {
        self.problems.push(Problem::new(path.to_string(), message));
    }

    /// Opens `value` as an object whose keys must all be in `allowed`.
    fn object<'v>(
        &mut self,
        value: &'v Json<'v>,
        path: &dyn fmt::Display,
        allowed: &[&str],
    ) -> Option<Obj<'v>> {
        let path = path.to_string();
        let path = path.as_str();
        let Some(members) = value.as_object() else {
            self.error(
                path,
                format!("expected an object, found {}", describe(value)),
            );
            return None;
        };
        // One pass: each member's place in `allowed` marks it seen (a bit per allowed key), so a
        // known key given twice is found at no extra cost; an unknown one is reported as such.
        let mut seen = 0u64;
        let mut unknown: Vec<&str> = Vec::new();
        let mut repeated: Vec<&str> = Vec::new();
        for (key, _) in members {
            match allowed.iter().position(|a| *a == key.as_ref()) {
                Some(i) if i < 64 => {
                    if seen & (1 << i) != 0 && !repeated.contains(&key.as_ref()) {
                        repeated.push(key.as_ref());
                    }
                    seen |= 1 << i;
                }
                Some(_) => {}
                None => unknown.push(key.as_ref()),
            }
        }
        // Sorted and once each, as a parsed map would list them.
        unknown.sort_unstable();
        unknown.dedup();
        for key in unknown {
            self.error(join(path, key), format!("unknown field \"{key}\""));
        }
        for key in repeated {
            self.error(join(path, key), json::repeated_message(key));
        }
        Some(Obj {
            map: value,
            path: path.to_string(),
        })
    }

    /// A required field; reports it missing.
    fn required<'v>(&mut self, obj: &Obj<'v>, key: &str) -> Option<&'v Json<'v>> {
        let v = obj.get(key);
        if v.is_none() {
            self.error(
                obj.path_of(key),
                format!("missing required field \"{key}\""),
            );
        }
        v
    }

    fn string(&mut self, v: &Json<'_>, path: &dyn fmt::Display) -> Option<String> {
        match v {
            Json::String(s) => Some(s.to_string()),
            other => {
                self.error(
                    path,
                    format!("expected a string, found {}", describe(other)),
                );
                None
            }
        }
    }

    /// A string that must not be empty or blank.
    fn text(&mut self, v: &Json<'_>, path: &dyn fmt::Display) -> Option<String> {
        let s = self.string(v, path)?;
        if s.trim().is_empty() {
            self.error(path, "must not be empty");
            return None;
        }
        Some(s)
    }

    /// A string with the id syntax `[a-z0-9._-]+`.
    fn id(&mut self, v: &Json<'_>, path: &dyn fmt::Display) -> Option<String> {
        let s = self.string(v, path)?;
        if !is_valid_id(&s) {
            self.error(
                path,
                format!(
                    "invalid id \"{s}\": use only lowercase letters a-z, digits, '.', '_' and '-'"
                ),
            );
            return None;
        }
        Some(s)
    }

    fn array<'v>(&mut self, v: &'v Json<'v>, path: &dyn fmt::Display) -> Option<&'v [Json<'v>]> {
        match v {
            Json::Array(items) => Some(items),
            other => {
                self.error(
                    path,
                    format!("expected an array, found {}", describe(other)),
                );
                None
            }
        }
    }

    /// An optional array field: absent or null is empty.
    fn optional_array<'v>(&mut self, obj: &Obj<'v>, key: &str) -> &'v [Json<'v>] {
        match obj.optional(key) {
            Some(v) => self.array(v, &obj.at(key)).unwrap_or(&[]),
            None => &[],
        }
    }

    fn optional_string(&mut self, obj: &Obj<'_>, key: &str) -> Result<Option<String>, ()> {
        match obj.optional(key) {
            Some(v) => self.string(v, &obj.at(key)).map(Some).ok_or(()),
            None => Ok(None),
        }
    }

    fn optional_id(&mut self, obj: &Obj<'_>, key: &str) -> Result<Option<String>, ()> {
        match obj.optional(key) {
            Some(v) => self.id(v, &obj.at(key)).map(Some).ok_or(()),
            None => Ok(None),
        }
    }

    fn localized(&mut self, v: &Json<'_>, path: &dyn fmt::Display) -> Option<LocalizedText> {
        let obj = self.object(v, path, LOCALIZED_FIELDS)?;
        let kk = self
            .required(&obj, "kk")
            .and_then(|v| self.text(v, &obj.at("kk")));
        let ru = self
            .required(&obj, "ru")
            .and_then(|v| self.text(v, &obj.at("ru")));
        let en = match obj.optional("en") {
            Some(v) => Some(self.text(v, &obj.at("en"))?),
            None => None,
        };
        Some(LocalizedText {
            kk: kk?,
            ru: ru?,
            en,
        })
    }

    fn media_list(&mut self, obj: &Obj<'_>) -> Option<Vec<Media>> {
        let before = self.problems.len();
        let items = self.optional_array(obj, "media");
        let path = obj.at("media");
        let list: Vec<Media> = items
            .iter()
            .enumerate()
            .filter_map(|(i, v)| self.media(v, &index(path, i)))
            .collect();
        (self.problems.len() == before).then_some(list)
    }

    fn media(&mut self, v: &Json<'_>, path: &dyn fmt::Display) -> Option<Media> {
        let obj = self.object(v, path, MEDIA_FIELDS)?;
        let kind = self.required(&obj, "kind").and_then(|v| {
            let p = obj.at("kind");
            let s = self.string(v, &p)?;
            if s != "image" {
                self.error(
                    p,
                    format!("unknown media kind \"{s}\" (format 1 knows \"image\")"),
                );
                return None;
            }
            Some(s)
        });
        let media_path = self.required(&obj, "path").and_then(|v| {
            let p = obj.path_of("path");
            let s = self.text(v, &p)?;
            let bad = s.starts_with('/')
                || s.contains('\\')
                || s.contains(':')
                || s.split('/').any(|part| part == ".." || part.is_empty());
            if bad {
                self.error(
                    p,
                    format!("\"{s}\" is not a relative path inside the pack's folder"),
                );
                return None;
            }
            Some(s)
        });
        let sha256 = self.required(&obj, "sha256").and_then(|v| {
            let p = obj.path_of("sha256");
            let s = self.string(v, &p)?;
            let ok = s.len() == 64
                && s.bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
            if !ok {
                self.error(p, "expected a SHA-256 as 64 lowercase hex digits");
                return None;
            }
            Some(s)
        });
        let alt = self.optional_string(&obj, "alt").ok()?;
        Some(Media {
            kind: kind?,
            path: media_path?,
            sha256: sha256?,
            alt,
        })
    }

    fn pack(&mut self, value: &Json<'_>) -> Option<Pack> {
        let top = self.object(value, &"$", TOP_FIELDS)?;

        // format first: an unsupported format is reported alone.
        // Every refusal names the supported format (spec: "anything else is refused with a
        // message naming the supported format").
        let format = match top.get("format") {
            Some(v) => match v.as_i64() {
                Some(n) if n == i64::from(PACK_FORMAT) => Some(PACK_FORMAT),
                Some(n) => {
                    self.problems.clear();
                    self.error(
                        "format",
                        format!("unsupported format {n}; this app reads format {PACK_FORMAT}"),
                    );
                    return None;
                }
                None => {
                    self.error(
                        "format",
                        format!(
                            "expected the format number, found {}; this app reads format {PACK_FORMAT}",
                            describe(v)
                        ),
                    );
                    None
                }
            },
            None => {
                self.error(
                    "format",
                    format!(
                        "missing required field \"format\" (this app reads format {PACK_FORMAT})"
                    ),
                );
                None
            }
        };

        let id = self.required(&top, "id").and_then(|v| self.id(v, &"id"));
        let version = self.required(&top, "version").and_then(|v| {
            match v.as_u64().map(u32::try_from) {
                Some(Ok(n)) if n >= 1 => return Some(n),
                Some(Err(_)) => self.error(
                    "version",
                    format!(
                        "version must be at most {}, found {}",
                        u32::MAX,
                        describe(v)
                    ),
                ),
                _ => self.error(
                    "version",
                    format!("version must be an integer ≥ 1, found {}", describe(v)),
                ),
            }
            None
        });
        let locale = self.required(&top, "locale").and_then(|v| {
            let s = self.string(v, &"locale")?;
            let l = Locale::parse(&s);
            if l.is_none() {
                self.error(
                    "locale",
                    format!("unknown locale \"{s}\" (expected kk, ru or en)"),
                );
            }
            l
        });
        let title = self
            .required(&top, "title")
            .and_then(|v| self.localized(v, &"title"));

        let subjects = self.subjects(&top);
        let known_subjects = self.known_subjects(&top);
        let (topics, declared_topics) = self.topics(&top, &known_subjects);
        let (contexts, declared_contexts) = self.contexts(&top, &known_subjects);

        let mut used_topics: HashSet<&str> = HashSet::new();
        let mut used_contexts: HashSet<&str> = HashSet::new();
        let questions = match self.required(&top, "questions") {
            Some(v) => match self.array(v, &"questions") {
                Some(items) => {
                    let refs = Refs {
                        subjects: &known_subjects,
                        topics: &declared_topics,
                        contexts: &declared_contexts,
                    };
                    let mut seen: HashMap<&str, usize> = HashMap::with_capacity(items.len());
                    let mut out = Vec::with_capacity(items.len());
                    for (i, item) in items.iter().enumerate() {
                        let path = index("questions", i);
                        if let Some(qid) = item.get("id").and_then(Json::as_str) {
                            if let Some(first) = seen.get(qid) {
                                self.error(
                                    join(&path, "id"),
                                    format!(
                                        "duplicate question id \"{qid}\" (first at questions[{first}])"
                                    ),
                                );
                            } else {
                                seen.insert(qid, i);
                            }
                        }
                        if let Some(t) = item.get("topic").and_then(Json::as_str) {
                            used_topics.insert(t);
                        }
                        if let Some(c) = item.get("context").and_then(Json::as_str) {
                            used_contexts.insert(c);
                        }
                        if let Some(q) = self.question(item, &path, &refs) {
                            out.push(q);
                        }
                    }
                    Some(out)
                }
                None => None,
            },
            None => None,
        };

        let blueprints = self.blueprints(&top);

        self.unused("topic", &declared_topics, &used_topics);
        self.unused("context", &declared_contexts, &used_contexts);
        for list in ["contexts", "questions"] {
            if let Some(Json::Array(items)) = top.get(list) {
                self.shared_groups(list, items);
            }
        }

        Some(Pack {
            format: format?,
            id: id?,
            version: version?,
            locale: locale?,
            title: title?,
            subjects: subjects?,
            topics: topics?,
            contexts: contexts?,
            questions: questions?,
            blueprints: blueprints?,
        })
    }

    /// Subject codes a reference may name: built-in ones and every code the pack declares (read
    /// raw, so a declaration with a broken name still counts).
    fn known_subjects(&self, top: &Obj<'_>) -> HashSet<String> {
        top.optional("subjects")
            .and_then(Json::as_array)
            .into_iter()
            .flatten()
            .filter_map(|s| s.get("code").and_then(Json::as_str))
            .map(str::to_string)
            .collect()
    }

    fn subject_ref(
        &mut self,
        v: &Json<'_>,
        path: &dyn fmt::Display,
        known: &HashSet<String>,
    ) -> Option<String> {
        let s = self.string(v, path)?;
        if !is_builtin_subject(&s) && !known.contains(&s) {
            self.error(
                path,
                format!("unknown subject \"{s}\" (not built in and not declared in subjects)"),
            );
            return None;
        }
        Some(s)
    }

    fn subjects(&mut self, top: &Obj<'_>) -> Option<Vec<Subject>> {
        let before = self.problems.len();
        let items = self.optional_array(top, "subjects");
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = index("subjects", i);
            let Some(obj) = self.object(item, &path, SUBJECT_FIELDS) else {
                continue;
            };
            let code = self
                .required(&obj, "code")
                .and_then(|v| self.id(v, &obj.at("code")))
                .and_then(|c| {
                    if is_builtin_subject(&c) {
                        return Some(c);
                    }
                    self.error(obj.at("code"), unknown_subject_code(&c));
                    None
                });
            if let Some(c) = &code {
                if let Some(first) = seen.get(c) {
                    self.error(
                        obj.path_of("code"),
                        format!("duplicate subject code \"{c}\" (first at subjects[{first}])"),
                    );
                } else {
                    seen.insert(c.clone(), i);
                }
            }
            let name = self
                .required(&obj, "name")
                .and_then(|v| self.localized(v, &obj.at("name")));
            if let (Some(code), Some(name)) = (code, name) {
                out.push(Subject { code, name });
            }
        }
        (self.problems.len() == before).then_some(out)
    }

    /// Records the declaration of an object with an `id` (a topic or context) at `obj`'s path, or
    /// reports a duplicate id with the path of the first declaration.
    fn declare(
        &mut self,
        declared: &mut HashMap<String, Declared>,
        item: &Json<'_>,
        obj: &Obj<'_>,
        index: usize,
        what: &str,
        known: &HashSet<String>,
    ) {
        let Some(id) = item.get("id").and_then(Json::as_str) else {
            return;
        };
        if let Some(first) = declared.get(id) {
            let first = first.path.clone();
            self.error(
                obj.path_of("id"),
                format!("duplicate {what} id \"{id}\" (first at {first})"),
            );
        } else {
            // An unknown subject is reported at the declaration; references then check nothing
            // against it (no "belongs to subject …" for a subject that does not exist).
            let subject = item
                .get("subject")
                .and_then(Json::as_str)
                .filter(|s| is_builtin_subject(s) || known.contains(*s))
                .map(str::to_string);
            declared.insert(
                id.to_string(),
                Declared {
                    index,
                    path: obj.path.clone(),
                    subject,
                },
            );
        }
    }

    fn topics(
        &mut self,
        top: &Obj<'_>,
        known: &HashSet<String>,
    ) -> (Option<Vec<Topic>>, HashMap<String, Declared>) {
        let before = self.problems.len();
        let items = self.optional_array(top, "topics");
        let mut declared: HashMap<String, Declared> = HashMap::new();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = index("topics", i);
            let Some(obj) = self.object(item, &path, TOPIC_FIELDS) else {
                continue;
            };
            let id = self
                .required(&obj, "id")
                .and_then(|v| self.id(v, &obj.at("id")));
            let subject = self
                .required(&obj, "subject")
                .and_then(|v| self.subject_ref(v, &obj.at("subject"), known));
            let name = self
                .required(&obj, "name")
                .and_then(|v| self.localized(v, &obj.at("name")));
            self.declare(&mut declared, item, &obj, i, "topic", known);
            if let (Some(id), Some(subject), Some(name)) = (id, subject, name) {
                out.push(Topic { id, subject, name });
            }
        }
        ((self.problems.len() == before).then_some(out), declared)
    }

    fn contexts(
        &mut self,
        top: &Obj<'_>,
        known: &HashSet<String>,
    ) -> (Option<Vec<Context>>, HashMap<String, Declared>) {
        let before = self.problems.len();
        let items = self.optional_array(top, "contexts");
        let mut declared: HashMap<String, Declared> = HashMap::new();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let path = index("contexts", i);
            let Some(obj) = self.object(item, &path, CONTEXT_FIELDS) else {
                continue;
            };
            let id = self
                .required(&obj, "id")
                .and_then(|v| self.id(v, &obj.at("id")));
            let subject = self
                .required(&obj, "subject")
                .and_then(|v| self.subject_ref(v, &obj.at("subject"), known));
            let title = self.optional_string(&obj, "title");
            let text = self
                .required(&obj, "text")
                .and_then(|v| self.text(v, &obj.at("text")));
            let media = self.media_list(&obj);
            let group = self.optional_id(&obj, "group");
            self.declare(&mut declared, item, &obj, i, "context", known);
            if let (Some(id), Some(subject), Ok(title), Some(text), Some(media), Ok(group)) =
                (id, subject, title, text, media, group)
            {
                out.push(Context {
                    id,
                    subject,
                    title,
                    text,
                    media,
                    group,
                });
            }
        }
        ((self.problems.len() == before).then_some(out), declared)
    }

    fn blueprints(&mut self, top: &Obj<'_>) -> Option<Vec<Value>> {
        let before = self.problems.len();
        let items = self.optional_array(top, "blueprints");
        let mut out = Vec::with_capacity(items.len());
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            if let Some(id) = item.get("id").and_then(Json::as_str) {
                if let Some(&(_, first)) = seen.iter().find(|(s, _)| *s == id) {
                    self.error(
                        join(&index("blueprints", i), "id"),
                        format!("duplicate blueprint id \"{id}\" (first at blueprints[{first}])"),
                    );
                } else {
                    seen.push((id, i));
                }
            }
            if !item.is_object() {
                self.error(
                    index("blueprints", i),
                    format!("expected a blueprint object, found {}", describe(item)),
                );
                continue;
            }
            // The blueprint checker reads a `Value`, where repetitions are already gone.
            json::repeated_fields(item, &index("blueprints", i), &mut self.problems);
            let value = item.to_value();
            if let Some(check) = self.check_blueprint
                && let Err(problems) = check(&value)
            {
                let at = index("blueprints", i);
                self.problems
                    .extend(problems.into_iter().map(|p| p.under(&at)));
            }
            out.push(value);
        }
        (self.problems.len() == before).then_some(out)
    }

    /// A list of non-empty strings, distinct after trimming (options, prompts).
    ///
    /// `Some` whenever `v` is an array, with one entry per item (a refused item is kept as an
    /// empty placeholder): the list's length stays known, so the count rules and `correct`'s
    /// index range are still checked and reported. The caller builds nothing from a list with
    /// problems: a question with any problem is refused as a whole.
    fn string_list(
        &mut self,
        v: &Json<'_>,
        path: &dyn fmt::Display,
        what: &str,
    ) -> Option<Vec<String>> {
        let items = self.array(v, path)?;
        // Options and prompts come by the handful: compare them pairwise, no map, no copies.
        // A map keeps a huge (invalid) list from taking quadratic time.
        let mut few: Vec<(&str, usize)> = Vec::new();
        let mut many: HashMap<&str, usize> = HashMap::new();
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let key = match item.as_str().map(str::trim) {
                Some(key) if !key.is_empty() => key,
                // Not a string, or blank: `text` says which, at its path.
                _ => {
                    self.text(item, &index(path, i));
                    out.push(String::new());
                    continue;
                }
            };
            let first = if items.len() <= 16 {
                few.iter().find(|(k, _)| *k == key).map(|&(_, j)| j)
            } else {
                many.get(key).copied()
            };
            if let Some(first) = first {
                self.error(
                    index(path, i),
                    format!("duplicate {what} \"{key}\" (same as [{first}] after trimming)"),
                );
            } else if items.len() <= 16 {
                few.push((key, i));
            } else {
                many.insert(key, i);
            }
            out.push(item.as_str().unwrap_or_default().to_string());
        }
        Some(out)
    }

    fn question(
        &mut self,
        value: &Json<'_>,
        path: &dyn fmt::Display,
        refs: &Refs<'_>,
    ) -> Option<Question> {
        let before = self.problems.len();
        let obj = self.object(value, path, QUESTION_FIELDS)?;
        let id = self
            .required(&obj, "id")
            .and_then(|v| self.id(v, &obj.at("id")));
        let exam = match obj.optional("exam") {
            Some(v) => {
                let p = obj.at("exam");
                self.string(v, &p).and_then(|s| {
                    let e = Exam::parse(&s);
                    if e.is_none() {
                        self.error(p, format!("unknown exam \"{s}\" (expected unt or pbb)"));
                    }
                    e
                })
            }
            None => Some(Exam::Unt),
        };
        let subject = self
            .required(&obj, "subject")
            .and_then(|v| self.subject_ref(v, &obj.at("subject"), refs.subjects));
        let topic = self.required(&obj, "topic").and_then(|v| {
            let p = obj.at("topic");
            let t = self.string(v, &p)?;
            self.reference(&p, "topic", &t, refs.topics, subject.as_deref())
                .then_some(t)
        });
        let kind = self.required(&obj, "kind").and_then(|v| {
            let p = obj.at("kind");
            let s = self.string(v, &p)?;
            let k = QuestionKind::parse(&s);
            if k.is_none() {
                self.error(
                    p,
                    format!("unknown kind \"{s}\" (expected single, multiple or matching)"),
                );
            }
            k
        });
        let stem = self
            .required(&obj, "stem")
            .and_then(|v| self.text(v, &obj.at("stem")));

        // prompts: required for matching, refused for the other kinds.
        let prompts_path = obj.at("prompts");
        let prompts = match (kind, obj.optional("prompts")) {
            (Some(QuestionKind::Matching), Some(v)) => self
                .string_list(v, &prompts_path, "prompt")
                .and_then(|p| match QuestionKind::prompts_problem(p.len()) {
                    None => Some(p),
                    Some(m) => {
                        self.error(prompts_path, m);
                        None
                    }
                }),
            (Some(QuestionKind::Matching), None) => {
                self.error(
                    prompts_path,
                    "missing required field \"prompts\" (matching questions need them)",
                );
                None
            }
            (Some(k), Some(_)) => {
                self.error(
                    prompts_path,
                    format!(
                        "only matching questions have prompts, this one is {}",
                        k.code()
                    ),
                );
                None
            }
            (Some(_), None) => Some(Vec::new()),
            (None, _) => None,
        };

        let options_path = obj.at("options");
        let options = self
            .required(&obj, "options")
            .and_then(|v| self.string_list(v, &options_path, "option"));
        if let (Some(k), Some(opts)) = (kind, &options)
            && let Some(m) = k.options_problem(opts.len(), prompts.as_ref().map(Vec::len))
        {
            self.error(options_path, m);
        }

        let correct = self.required(&obj, "correct").and_then(|v| {
            self.correct(
                v,
                &obj.at("correct"),
                kind,
                options.as_deref(),
                prompts.as_deref(),
            )
        });

        let context = match obj.optional("context") {
            Some(v) => {
                let p = obj.at("context");
                self.string(v, &p).and_then(|c| {
                    self.reference(&p, "context", &c, refs.contexts, subject.as_deref())
                        .then_some(Some(c))
                })
            }
            None => Some(None),
        };
        let group = self.optional_id(&obj, "group");
        let explanation = self.optional_string(&obj, "explanation");
        let source = self.optional_string(&obj, "source");
        let difficulty = match obj.optional("difficulty") {
            Some(v) => {
                let p = obj.at("difficulty");
                match v.as_u64().map(u8::try_from) {
                    Some(Ok(d)) if (1..=5).contains(&d) => Some(d),
                    // Any other whole number, negative or beyond 64 bits included.
                    _ if v.as_i64().is_some() || v.as_u64().is_some() => {
                        self.error(
                            p,
                            format!("difficulty must be 1 to 5, found {}", describe(v)),
                        );
                        None
                    }
                    _ => {
                        self.error(p, format!("expected an integer, found {}", describe(v)));
                        None
                    }
                }
            }
            None => Some(DEFAULT_DIFFICULTY),
        };
        let media = self.media_list(&obj);

        if self.problems.len() != before {
            return None;
        }
        Some(Question {
            id: id?,
            exam: exam?,
            subject: subject?,
            topic: topic?,
            kind: kind?,
            stem: stem?,
            prompts: prompts?,
            options: options?,
            correct: correct?,
            context: context?,
            group: group.ok()?,
            explanation: explanation.ok()?,
            source: source.ok()?,
            difficulty: difficulty?,
            media: media?,
        })
    }

    /// Warns about each declared topic or context no question refers to, in document order.
    /// Warns about each item of `list` whose `group` an earlier item of the same pack has: a
    /// group joins one question's (or context's) translations across packs, so two items of one
    /// pack sharing it would count as one for progress and review.
    fn shared_groups(&mut self, list: &str, items: &[Json<'_>]) {
        let mut first: HashMap<&str, usize> = HashMap::new();
        for (i, item) in items.iter().enumerate() {
            let Some(group) = item.get("group").and_then(Json::as_str) else {
                continue;
            };
            match first.get(group) {
                Some(j) => self.warnings.push(Problem::new(
                    join(&index(list, i), "group"),
                    format!(
                        "group \"{group}\" is also {list}[{j}]'s: a group joins one item's translations in other packs"
                    ),
                )),
                None => {
                    first.insert(group, i);
                }
            }
        }
    }

    fn unused(&mut self, what: &str, declared: &HashMap<String, Declared>, used: &HashSet<&str>) {
        let mut unused: Vec<(&String, &Declared)> = declared
            .iter()
            .filter(|(id, _)| !used.contains(id.as_str()))
            .collect();
        // Unstable: each declaration has its own index.
        unused.sort_unstable_by_key(|(_, d)| d.index);
        for (id, d) in unused {
            self.warnings.push(Problem::new(
                d.path.clone(),
                format!("{what} \"{id}\" is not used by any question"),
            ));
        }
    }

    /// Checks that `target` names a declared topic or context of `subject`; reports otherwise.
    fn reference(
        &mut self,
        path: &dyn fmt::Display,
        what: &str,
        target: &str,
        declared: &HashMap<String, Declared>,
        subject: Option<&str>,
    ) -> bool {
        let Some(d) = declared.get(target) else {
            self.error(path, format!("unknown {what} \"{target}\""));
            return false;
        };
        match (subject, d.subject.as_deref()) {
            (Some(q), Some(t)) if q != t => {
                self.error(
                    path,
                    format!("{what} \"{target}\" belongs to subject \"{t}\", not \"{q}\""),
                );
                false
            }
            _ => true,
        }
    }

    fn correct(
        &mut self,
        v: &Json<'_>,
        path: &dyn fmt::Display,
        kind: Option<QuestionKind>,
        options: Option<&[String]>,
        prompts: Option<&[String]>,
    ) -> Option<Vec<u32>> {
        let items = self.array(v, path)?;
        let before = self.problems.len();
        let mut out: Vec<u32> = Vec::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            let p = index(path, i);
            let Some(wide) = item.as_u64() else {
                self.error(
                    p,
                    format!(
                        "expected an option index (an integer ≥ 0), found {}",
                        describe(item)
                    ),
                );
                continue;
            };
            let n = u32::try_from(wide).ok();
            match options {
                Some(opts) if wide >= opts.len() as u64 => self.error(
                    &p,
                    format!(
                        "option index {wide} is out of range ({} options)",
                        opts.len()
                    ),
                ),
                // No list to compare with (refused above): an index no list can reach.
                None if n.is_none() => {
                    self.error(&p, format!("option index {wide} is out of range"))
                }
                _ => {}
            }
            let Some(n) = n else { continue };
            if let Some(first) = out.iter().position(|&m| m == n) {
                self.error(
                    &p,
                    format!("option index {n} is listed twice (also at [{first}])"),
                );
            }
            out.push(n);
        }
        if let Some(m) =
            kind.and_then(|k| k.correct_problem(items.len(), prompts.map(<[String]>::len)))
        {
            self.error(path, m);
        }
        (self.problems.len() == before).then_some(out)
    }
}

/// What a question's references are checked against.
struct Refs<'a> {
    subjects: &'a HashSet<String>,
    topics: &'a HashMap<String, Declared>,
    contexts: &'a HashMap<String, Declared>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn minimal() -> Value {
        json!({
            "format": 1, "id": "t.pack", "version": 1, "locale": "kk",
            "title": {"kk": "Т", "ru": "Т"},
            "topics": [{"id": "math.eq", "subject": "math", "name": {"kk": "Т", "ru": "Т"}}],
            "questions": [{"id": "q1", "subject": "math", "topic": "math.eq", "kind": "single",
                           "stem": "?", "options": ["a", "b"], "correct": [0]}]
        })
    }

    fn problems(v: &Value) -> Vec<String> {
        validate_value(v)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn minimal_pack_is_valid_with_defaults() {
        let (pack, warnings) = validate_value(&minimal()).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        let q = &pack.questions[0];
        assert_eq!(q.exam, Exam::Unt);
        assert_eq!(q.difficulty, 3);
        assert!(pack.subjects.is_empty() && pack.contexts.is_empty() && pack.blueprints.is_empty());
    }

    #[test]
    fn id_syntax() {
        assert!(is_valid_id("kz.qazstep.starter-1_kk"));
        for bad in ["", "Math", "a b", "а", "x/y"] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn unsupported_format_is_reported_alone() {
        let mut v = minimal();
        v["format"] = json!(2);
        v["bogus"] = json!(1);
        assert_eq!(
            problems(&v),
            ["format: unsupported format 2; this app reads format 1"]
        );
    }

    #[test]
    fn top_level_must_be_an_object() {
        assert_eq!(
            problems(&json!([1])),
            ["$: expected an object, found an array"]
        );
    }

    #[test]
    fn version_locale_and_exam() {
        let mut v = minimal();
        v["version"] = json!(0);
        v["locale"] = json!("de");
        v["questions"][0]["exam"] = json!("ent");
        v["questions"][0]["difficulty"] = json!(6);
        assert_eq!(
            problems(&v),
            [
                "version: version must be an integer ≥ 1, found 0",
                "locale: unknown locale \"de\" (expected kk, ru or en)",
                "questions[0].exam: unknown exam \"ent\" (expected unt or pbb)",
                "questions[0].difficulty: difficulty must be 1 to 5, found 6",
            ]
        );
    }

    #[test]
    fn kind_rules() {
        let mut v = minimal();
        let q = v["questions"][0].clone();
        let mut multiple = q.clone();
        multiple["id"] = json!("q2");
        multiple["kind"] = json!("multiple");
        multiple["options"] = json!(["a", "b", "c", "d"]);
        multiple["correct"] = json!([0, 1, 2, 3]);
        let mut matching = q.clone();
        matching["id"] = json!("q3");
        matching["kind"] = json!("matching");
        matching["prompts"] = json!(["x", "y", "z"]);
        matching["options"] = json!(["a", "b"]);
        matching["correct"] = json!([0, 1]);
        let mut no_prompts = q.clone();
        no_prompts["id"] = json!("q4");
        no_prompts["kind"] = json!("matching");
        let mut single_prompts = q.clone();
        single_prompts["id"] = json!("q5");
        single_prompts["prompts"] = json!(["x", "y"]);
        single_prompts["options"] = json!(["a", " a ", ""]);
        single_prompts["correct"] = json!([]);
        v["questions"] = json!([q, multiple, matching, no_prompts, single_prompts]);
        assert_eq!(
            problems(&v),
            [
                "questions[1].correct: a multiple-choice question has 1 to 3 correct options, found 4",
                "questions[2].options: a matching question needs at least as many options as prompts (3 prompts, 2 options)",
                "questions[2].correct: a matching question needs one option index per prompt (3 prompts, 2 indexes)",
                "questions[3].prompts: missing required field \"prompts\" (matching questions need them)",
                "questions[4].prompts: only matching questions have prompts, this one is single",
                "questions[4].options[1]: duplicate option \"a\" (same as [0] after trimming)",
                "questions[4].options[2]: must not be empty",
                "questions[4].correct: a single-choice question has exactly one correct option, found 0",
            ]
        );
    }

    #[test]
    fn count_and_range_are_checked_beside_item_problems() {
        // A blank or repeated option is one problem; the list still has a length, so the count
        // rule and the index range of `correct` are reported too (the audit found them hidden).
        let mut v = minimal();
        let q = v["questions"][0].clone();
        let mut single = q.clone();
        single["options"] = json!(["a", "a", "c", "", "e", "f", "g"]);
        single["correct"] = json!([9]);
        let mut matching = q.clone();
        matching["id"] = json!("q2");
        matching["kind"] = json!("matching");
        matching["prompts"] = json!(["x", "x", "y", "z", "u", "v", "w"]);
        matching["options"] = json!(["a", "b", "c", "d", "e", "f", "g"]);
        matching["correct"] = json!([0, 1, 2, 3, 4, 5, 6]);
        v["questions"] = json!([single, matching]);
        assert_eq!(
            problems(&v),
            [
                "questions[0].options[1]: duplicate option \"a\" (same as [0] after trimming)",
                "questions[0].options[3]: must not be empty",
                "questions[0].options: a single-choice question has 2 to 5 options, found 7",
                "questions[0].correct[0]: option index 9 is out of range (7 options)",
                "questions[1].prompts[1]: duplicate prompt \"x\" (same as [0] after trimming)",
                "questions[1].prompts: a matching question has 2 to 6 prompts, found 7",
            ]
        );
    }

    #[test]
    fn pack_warnings_are_found_beside_problems() {
        let mut v = minimal();
        v["topics"] = json!([
            {"id": "math.eq", "subject": "math", "name": {"kk": "Т", "ru": "Т"}},
            {"id": "math.unused", "subject": "math", "name": {"kk": "Т", "ru": "Т"}}
        ]);
        v["questions"][0]["correct"] = json!([5]);
        let bytes = serde_json::to_vec(&v).unwrap();
        assert!(parse_pack(&bytes).is_err());
        let w: Vec<String> = pack_warnings(&bytes)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            w,
            ["topics[1]: topic \"math.unused\" is not used by any question"]
        );
        assert!(pack_warnings(b"{").is_empty());
    }

    #[test]
    fn references_and_unused_warnings() {
        let mut v = minimal();
        v["subjects"] = json!([{"code": "law", "name": {"kk": "Құқық", "ru": "Право"}}]);
        v["topics"] = json!([
            {"id": "math.eq", "subject": "math", "name": {"kk": "Т", "ru": "Т"}},
            {"id": "law.notes", "subject": "law", "name": {"kk": "Н", "ru": "Н"}},
            {"id": "phys.x", "subject": "physics", "name": {"kk": "Ф", "ru": "Ф"}}
        ]);
        v["contexts"] = json!([{"id": "c1", "subject": "physics", "text": "t"}]);
        let (pack, warnings) = validate_value(&v).unwrap();
        assert_eq!(pack.subjects[0].code, "law");
        let w: Vec<String> = warnings.iter().map(ToString::to_string).collect();
        assert_eq!(
            w,
            [
                "topics[1]: topic \"law.notes\" is not used by any question",
                "topics[2]: topic \"phys.x\" is not used by any question",
                "contexts[0]: context \"c1\" is not used by any question",
            ]
        );
        v["questions"][0]["context"] = json!("c1");
        v["questions"][0]["topic"] = json!("phys.x");
        v["topics"][1]["subject"] = json!("art");
        assert_eq!(
            problems(&v),
            [
                "topics[1].subject: unknown subject \"art\" (not built in and not declared in subjects)",
                "questions[0].topic: topic \"phys.x\" belongs to subject \"physics\", not \"math\"",
                "questions[0].context: context \"c1\" belongs to subject \"physics\", not \"math\"",
            ]
        );
    }

    /// Numbers beyond the bounds are told the bound that applies (a version of 2³² used to read
    /// "must be an integer ≥ 1", an index of 2⁴⁰ "expected an option index").
    #[test]
    fn big_numbers_are_told_their_bound() {
        let text = br#"{"format": 1, "id": "t.pack", "version": 4294967296, "locale": "kk",
            "title": {"kk": "t", "ru": "t"},
            "topics": [{"id": "t.math", "subject": "math", "name": {"kk": "t", "ru": "t"}}],
            "questions": [{"id": "q1", "subject": "math", "topic": "t.math", "kind": "single",
                           "stem": "?", "options": ["a", "b"], "correct": [1099511627776],
                           "difficulty": 9223372036854775808}]}"#;
        assert_eq!(
            text_problems(text),
            [
                "version: version must be at most 4294967295, found 4294967296",
                "questions[0].correct[0]: option index 1099511627776 is out of range (2 options)",
                "questions[0].difficulty: difficulty must be 1 to 5, found 9223372036854775808",
            ]
        );
    }

    /// Packs given together may not share question or context ids, unless they are versions
    /// of one pack.
    #[test]
    fn clashes_between_packs_are_found() {
        let pack = |id: &str, version: u32, questions: &[&str]| {
            let mut v = minimal();
            v["id"] = json!(id);
            v["version"] = json!(version);
            let q = v["questions"][0].clone();
            v["questions"] = questions
                .iter()
                .map(|qid| {
                    let mut q = q.clone();
                    q["id"] = json!(qid);
                    q
                })
                .collect();
            parse_pack(v.to_string().as_bytes()).unwrap().pack
        };
        let a1 = pack("t.a", 1, &["q1", "q2"]);
        let a2 = pack("t.a", 2, &["q2", "q3"]);
        let b = pack("t.b", 1, &["q4", "q3", "q1"]);
        let found: Vec<(usize, String)> = clashes(&[&a1, &a2, &b])
            .into_iter()
            .map(|(i, p)| (i, p.to_string()))
            .collect();
        assert_eq!(
            found,
            [
                (
                    2,
                    "questions[1].id: question id \"q3\" already belongs to pack t.a".into()
                ),
                (
                    2,
                    "questions[2].id: question id \"q1\" already belongs to pack t.a".into()
                ),
            ]
        );
        assert!(clashes(&[&a1, &a2]).is_empty());
    }

    /// A named media file must be there and be the one recorded.
    #[test]
    fn media_files_are_checked_against_their_hash() {
        let image = b"PNG bytes".to_vec();
        let mut v = minimal();
        v["questions"][0]["media"] = json!([
            {"kind": "image", "path": "img/a.png", "sha256": hex::encode(Sha256::digest(&image))},
            {"kind": "image", "path": "img/b.png", "sha256": "ab".repeat(32)},
            {"kind": "image", "path": "img/gone.png", "sha256": "ab".repeat(32)}
        ]);
        let pack = parse_pack(v.to_string().as_bytes()).unwrap().pack;
        let mut read = |path: &str| match path {
            "img/a.png" | "img/b.png" => Ok(image.clone()),
            _ => Err(std::io::ErrorKind::NotFound.into()),
        };
        let found: Vec<String> = media_problems(&pack, &mut read)
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            found,
            [
                format!(
                    "questions[0].media[1].sha256: the file \"img/b.png\" has SHA-256 {}, not the one given here",
                    hex::encode(Sha256::digest(&image))
                ),
                "questions[0].media[2].path: cannot read \"img/gone.png\" beside the pack: entity not found".into(),
            ]
        );
    }

    /// Two items of one pack sharing a `group` are worth a warning, not an error.
    #[test]
    fn a_group_shared_within_a_pack_is_a_warning() {
        let mut v = minimal();
        let mut q2 = v["questions"][0].clone();
        q2["id"] = json!("q2");
        v["questions"][0]["group"] = json!("g1");
        q2["group"] = json!("g1");
        v["questions"].as_array_mut().unwrap().push(q2);
        let warnings: Vec<String> = parse_pack(v.to_string().as_bytes())
            .unwrap()
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            warnings,
            [
                "questions[1].group: group \"g1\" is also questions[0]'s: a group joins one item's translations in other packs"
            ]
        );
    }

    #[test]
    fn media_is_checked() {
        let mut v = minimal();
        v["questions"][0]["media"] = json!([
            {"kind": "image", "path": "img/a.png", "sha256": "ab".repeat(32), "alt": "a"},
            {"kind": "video", "path": "../a.png", "sha256": "AB"}
        ]);
        assert_eq!(
            problems(&v),
            [
                "questions[0].media[1].kind: unknown media kind \"video\" (format 1 knows \"image\")",
                "questions[0].media[1].path: \"../a.png\" is not a relative path inside the pack's folder",
                "questions[0].media[1].sha256: expected a SHA-256 as 64 lowercase hex digits",
            ]
        );
    }

    /// Every problem `parse_pack` reports for `text`, rendered.
    fn text_problems(text: &[u8]) -> Vec<String> {
        parse_pack(text)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// The borrowed tree and `Value` give the same verdict, problem for problem (for text
    /// without repeated keys, which only the tree still sees).
    fn same_as_value(bytes: &[u8]) {
        let value: Value = serde_json::from_slice(bytes).unwrap();
        match (parse_pack(bytes), validate_value(&value)) {
            (Ok(tree), Ok((pack, warnings))) => {
                assert_eq!(tree.pack, pack);
                assert_eq!(tree.warnings, warnings);
            }
            (Err(tree), Err(value)) => assert_eq!(tree, value),
            (tree, value) => panic!("tree: {tree:?}\nvalue: {value:?}"),
        }
    }

    #[test]
    fn tree_and_value_agree_on_the_fixtures() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/fixtures/packs");
        for name in ["tiny-kk.json", "tiny-ru.json", "broken.json"] {
            same_as_value(&std::fs::read(format!("{dir}/{name}")).unwrap());
        }
        same_as_value(&serde_json::to_vec(&minimal()).unwrap());
    }

    #[test]
    fn unknown_fields_are_listed_sorted_and_once() {
        let text = r#"{"format": 1, "id": "t.pack", "version": 1, "locale": "kk",
            "title": {"kk": "Т", "ru": "Т"}, "zeta": 1, "alpha": 2, "omega": 3,
            "topics": [{"id": "math.eq", "subject": "math", "name": {"kk": "Т", "ru": "Т"}}],
            "questions": [{"id": "q1", "subject": "math", "topic": "math.eq", "kind": "single",
                           "stem": "?", "options": ["a", "b"], "correct": [0], "zeta": 4}]}"#
            .as_bytes();
        same_as_value(text);
        let problems = text_problems(text);
        assert_eq!(
            problems,
            [
                "alpha: unknown field \"alpha\"",
                "omega: unknown field \"omega\"",
                "zeta: unknown field \"zeta\"",
                "questions[0].zeta: unknown field \"zeta\""
            ]
        );
    }

    #[test]
    fn a_field_given_twice_is_refused_wherever_it_is() {
        // serde_json's `Value` keeps the last of a repeated key: a second `correct` would
        // silently become the answer key. Each repetition is reported once, at its path; an
        // unknown field given three times is one "unknown field".
        let text = r#"{"format": 1, "id": "t.pack", "version": 1, "locale": "kk",
            "title": {"kk": "Т", "ru": "Т", "kk": "Т2"}, "zeta": 1, "zeta": 3, "zeta": 5,
            "topics": [{"id": "math.eq", "subject": "math", "name": {"kk": "Т", "ru": "Т"}}],
            "questions": [{"id": "q1", "subject": "math", "topic": "math.eq", "kind": "single",
                           "stem": "?", "options": ["a", "b"], "correct": [0], "correct": [1]}],
            "blueprints": [{"id": "unt-2030", "sections": [{"id": "a", "min": 1, "min": 2}]}]}"#
            .as_bytes();
        // A parsed `Value` has lost the repetitions: only the first problem is left there.
        let value: Value = serde_json::from_slice(text).unwrap();
        assert_eq!(problems(&value), ["zeta: unknown field \"zeta\""]);
        let problems = text_problems(text);
        assert_eq!(
            problems,
            [
                "zeta: unknown field \"zeta\"",
                "title.kk: duplicate field \"kk\" (each field may be given once)",
                "questions[0].correct: duplicate field \"correct\" (each field may be given once)",
                "blueprints[0].sections[0].min: duplicate field \"min\" (each field may be given once)"
            ]
        );
        // The same document without the repetitions is a valid pack.
        let fixed = r#"{"format": 1, "id": "t.pack", "version": 1, "locale": "kk",
            "title": {"kk": "Т", "ru": "Т"},
            "topics": [{"id": "math.eq", "subject": "math", "name": {"kk": "Т", "ru": "Т"}}],
            "questions": [{"id": "q1", "subject": "math", "topic": "math.eq", "kind": "single",
                           "stem": "?", "options": ["a", "b"], "correct": [1]}]}"#;
        assert!(parse_pack(fixed.as_bytes()).is_ok());
    }

    #[test]
    fn bom_is_tolerated_and_hashed() {
        let body = serde_json::to_vec(&minimal()).unwrap();
        let mut with_bom = b"\xEF\xBB\xBF".to_vec();
        with_bom.extend_from_slice(&body);
        let a = parse_pack(&body).unwrap();
        let b = parse_pack(&with_bom).unwrap();
        assert_eq!(a.pack, b.pack);
        assert_ne!(a.sha256, b.sha256, "the hash is of the file's bytes");
        assert_eq!(a.sha256.len(), 64);
    }
}
