//! Records and enums of the question bank: languages, subjects, topics, packs, blueprints.

use qazstep_core::content as core;
use qazstep_core::store::bank;

/// A language of content and interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Language {
    /// Kazakh (`kk`).
    Kk,
    /// Russian (`ru`).
    Ru,
    /// English (`en`).
    En,
}

impl From<core::Locale> for Language {
    fn from(l: core::Locale) -> Self {
        match l {
            core::Locale::Kk => Language::Kk,
            core::Locale::Ru => Language::Ru,
            core::Locale::En => Language::En,
        }
    }
}

impl From<Language> for core::Locale {
    fn from(l: Language) -> Self {
        match l {
            Language::Kk => core::Locale::Kk,
            Language::Ru => core::Locale::Ru,
            Language::En => core::Locale::En,
        }
    }
}

/// Which national test: ҰБТ/ЕНТ or ПББ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum Exam {
    /// ҰБТ / ЕНТ, the university entrance test.
    Unt,
    /// ПББ / ОЗП, the teachers' knowledge assessment.
    Pbb,
}

impl From<core::Exam> for Exam {
    fn from(e: core::Exam) -> Self {
        match e {
            core::Exam::Unt => Exam::Unt,
            core::Exam::Pbb => Exam::Pbb,
        }
    }
}

impl From<Exam> for core::Exam {
    fn from(e: Exam) -> Self {
        match e {
            Exam::Unt => core::Exam::Unt,
            Exam::Pbb => core::Exam::Pbb,
        }
    }
}

/// The official task kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, uniffi::Enum)]
pub enum QuestionKind {
    /// One correct option.
    Single,
    /// One or more correct options.
    Multiple,
    /// Each prompt is matched to one option.
    Matching,
}

impl From<core::QuestionKind> for QuestionKind {
    fn from(k: core::QuestionKind) -> Self {
        match k {
            core::QuestionKind::Single => QuestionKind::Single,
            core::QuestionKind::Multiple => QuestionKind::Multiple,
            core::QuestionKind::Matching => QuestionKind::Matching,
        }
    }
}

/// A name in Kazakh and Russian (and optionally English).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct LocalizedText {
    /// Kazakh.
    pub kk: String,
    /// Russian.
    pub ru: String,
    /// English, when given.
    pub en: Option<String>,
}

impl From<core::LocalizedText> for LocalizedText {
    fn from(t: core::LocalizedText) -> Self {
        Self {
            kk: t.kk,
            ru: t.ru,
            en: t.en,
        }
    }
}

/// A subject (built in or from a pack).
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct SubjectInfo {
    /// Stable code, e.g. `math_literacy`.
    pub code: String,
    /// Name in kk/ru.
    pub name: LocalizedText,
}

impl From<core::Subject> for SubjectInfo {
    fn from(s: core::Subject) -> Self {
        Self {
            code: s.code,
            name: s.name.into(),
        }
    }
}

/// A topic within a subject.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Topic {
    /// Id, e.g. `math.equations`.
    pub id: String,
    /// Code of its subject.
    pub subject: String,
    /// Name in kk/ru.
    pub name: LocalizedText,
}

impl From<core::Topic> for Topic {
    fn from(t: core::Topic) -> Self {
        Self {
            id: t.id,
            subject: t.subject,
            name: t.name.into(),
        }
    }
}

/// One problem found validating a pack: where (JSON path) and what.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct Problem {
    /// JSON path of the offending value, e.g. `questions[3].topic`.
    pub path: String,
    /// What is wrong, in one line.
    pub message: String,
}

impl From<qazstep_core::Problem> for Problem {
    fn from(p: qazstep_core::Problem) -> Self {
        Self {
            path: p.path,
            message: p.message,
        }
    }
}

/// What importing a pack did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ImportOutcome {
    /// The pack was not installed before.
    Installed,
    /// An older version was replaced.
    Upgraded {
        /// The version installed before.
        previous_version: i32,
    },
    /// The same version was already installed; nothing was written.
    Unchanged,
}

/// The result of importing a pack.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ImportReport {
    /// Pack id.
    pub pack_id: String,
    /// Version now installed.
    pub version: i32,
    /// Installed, upgraded or unchanged.
    pub outcome: ImportOutcome,
    /// Questions in the pack.
    pub questions: i32,
    /// Questions this import retired.
    pub retired: i32,
    /// The pack's warnings (unused topics or contexts).
    pub warnings: Vec<Problem>,
}

impl From<bank::ImportReport> for ImportReport {
    fn from(r: bank::ImportReport) -> Self {
        Self {
            pack_id: r.pack_id,
            version: crate::int(r.version),
            outcome: match r.outcome {
                bank::ImportOutcome::Installed => ImportOutcome::Installed,
                bank::ImportOutcome::Upgraded { from } => ImportOutcome::Upgraded {
                    previous_version: crate::int(from),
                },
                bank::ImportOutcome::Unchanged => ImportOutcome::Unchanged,
            },
            questions: crate::int(r.questions),
            retired: crate::int(r.retired),
            warnings: r.warnings.into_iter().map(Into::into).collect(),
        }
    }
}

/// An installed pack.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Installed version.
    pub version: i32,
    /// Language of its questions.
    pub language: Language,
    /// Title in kk/ru.
    pub title: LocalizedText,
    /// Active questions.
    pub questions: i32,
    /// Active contexts.
    pub contexts: i32,
    /// SHA-256 of the imported file (64 hex digits).
    pub sha256: String,
    /// When it was imported, ms since the epoch.
    pub imported_at_ms: i64,
}

impl From<bank::PackInfo> for PackInfo {
    fn from(p: bank::PackInfo) -> Self {
        Self {
            id: p.id,
            version: crate::int(p.version),
            language: p.locale.into(),
            title: p.title.into(),
            questions: crate::int(p.questions),
            contexts: crate::int(p.contexts),
            sha256: p.sha256,
            imported_at_ms: p.imported_at,
        }
    }
}

/// A blueprint (the rules of one exam year) as listed for choosing an exam.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct BlueprintInfo {
    /// Id, e.g. `unt-2025`, `pbb-2024`.
    pub id: String,
    /// ҰБТ or ПББ.
    pub exam: Exam,
    /// Year of the rules.
    pub year: i32,
    /// Revision.
    pub revision: i32,
    /// Name in kk/ru.
    pub name: LocalizedText,
    /// Allowed subject choices: pairs for ҰБТ, single subjects for ПББ.
    pub choices: Vec<Vec<String>>,
    /// Threshold ids (ҰБТ) or qualification categories (ПББ).
    pub thresholds: Vec<String>,
    /// Display names of `thresholds`, in the same order.
    pub threshold_names: Vec<LocalizedText>,
    /// Total questions.
    pub items: i32,
    /// Base duration, minutes.
    pub duration_minutes: i32,
    /// Extra minutes available (special educational needs).
    pub extra_minutes: i32,
    /// Aids the real test software offers (calculator…).
    pub aids: Vec<String>,
    /// Codes of the languages the test is held in (`kk`, `ru`, `en`); offer only these.
    pub languages: Vec<String>,
}

impl From<qazstep_core::BlueprintInfo> for BlueprintInfo {
    fn from(b: qazstep_core::BlueprintInfo) -> Self {
        Self {
            id: b.id,
            exam: b.exam.into(),
            year: crate::int(b.year),
            revision: crate::int(b.revision),
            name: b.name.into(),
            choices: b.choices,
            thresholds: b.thresholds,
            threshold_names: b.threshold_names.into_iter().map(Into::into).collect(),
            items: crate::int(b.items),
            duration_minutes: crate::int(b.duration_minutes),
            extra_minutes: crate::int(b.extra_minutes),
            aids: b.aids,
            languages: b.languages,
        }
    }
}

/// A shared text, table or figure shown with its questions.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Record)]
pub struct ContextView {
    /// Context id.
    pub id: String,
    /// Title, if any.
    pub title: Option<String>,
    /// The text (Markdown tables, `$…$` formulas).
    pub text: String,
}

impl From<qazstep_core::exam::ContextView> for ContextView {
    fn from(c: qazstep_core::exam::ContextView) -> Self {
        Self {
            id: c.id,
            title: c.title,
            text: c.text,
        }
    }
}
