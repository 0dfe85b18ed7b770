//! Assembly's index of the active bank of one exam and language ([`BankIndex`]): the light row
//! of every question in column form, and per (exam, subject, kind[, options]) the questions
//! that fit, split the way slots take them. It can be stored as bytes ([`BankIndex::encode`]),
//! so the first exam after an app start reads one value instead of ~20,000 rows.
//!
//! Invariants:
//! - Positions are `u32` indexes into the rows, ascending in every list: the bank's order,
//!   which is the order ties start from.
//! - The same rows give the same index: `BankIndex::decode(&i.encode()) == Some(i)`, and
//!   `BankIndex::new(i.refs()) == i`.
//! - `decode` accepts only a well-formed encoding: other bytes (truncated or longer, another
//!   layout version, strings cut inside a character, positions, topics or names out of range, a
//!   topic count other than the rows' distinct topics, an option count outside its kind's rules)
//!   give `None`, never a panic; whatever it accepts is safe to assemble from. The stored copy
//!   is a cache of content.db's rows, dropped by every import; a refused one is rebuilt.

use std::collections::HashMap;
use std::sync::Arc;

use crate::content::{Exam, QuestionKind};
use crate::exam::blueprint::SlotSpec;
use crate::store::bank::QuestionRef;

/// The exams and kinds by their one-byte codes in the stored form (never reorder).
const EXAMS: [Exam; 2] = [Exam::Unt, Exam::Pbb];
const KINDS: [QuestionKind; 3] = [
    QuestionKind::Single,
    QuestionKind::Multiple,
    QuestionKind::Matching,
];
/// Marks the stored form and its layout version.
const MAGIC: &[u8; 8] = b"QZBIDX01";
/// `context` of a row without a shared context.
const NO_CONTEXT: u32 = u32::MAX;

/// One question as assembly reads it, borrowed from the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Light<'a> {
    /// Question id.
    pub id: &'a str,
    /// Translation group, if any.
    pub group: Option<&'a str>,
    /// Kind.
    pub kind: QuestionKind,
    /// Shared context id, if any.
    pub context: Option<&'a str>,
    /// Number of options.
    pub options: u32,
}

impl<'a> From<&'a QuestionRef> for Light<'a> {
    fn from(q: &'a QuestionRef) -> Self {
        Self {
            id: &q.id,
            group: q.group.as_deref(),
            kind: q.kind,
            context: q.context.as_deref(),
            options: q.options,
        }
    }
}

/// The light rows in column form. Strings live in two arenas (ids, groups) and one table of
/// names (subjects, topics and context ids, each once); a group is never empty (it is a
/// validated id), so an empty range means none.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
struct Rows {
    names: Vec<Arc<str>>,
    exam: Vec<Exam>,
    kind: Vec<QuestionKind>,
    subject: Vec<u32>,
    topic: Vec<u32>,
    /// Name index of the context, or `NO_CONTEXT`.
    context: Vec<u32>,
    options: Vec<u32>,
    ids: String,
    /// Row `i`'s id is `ids[id_end[i - 1]..id_end[i]]` (from 0 for the first).
    id_end: Vec<u32>,
    groups: String,
    /// As `id_end`, for `groups`.
    group_end: Vec<u32>,
}

fn span(ends: &[u32], i: usize) -> std::ops::Range<usize> {
    let start = if i == 0 { 0 } else { ends[i - 1] as usize };
    start..ends[i] as usize
}

impl Rows {
    fn len(&self) -> usize {
        self.exam.len()
    }

    fn name(&self, i: u32) -> &str {
        &self.names[i as usize]
    }

    fn light(&self, at: u32) -> Light<'_> {
        let i = at as usize;
        let group = &self.groups[span(&self.group_end, i)];
        Light {
            id: &self.ids[span(&self.id_end, i)],
            group: (!group.is_empty()).then_some(group),
            kind: self.kind[i],
            context: (self.context[i] != NO_CONTEXT).then(|| self.name(self.context[i])),
            options: self.options[i],
        }
    }

    fn from_refs(refs: &[QuestionRef]) -> Self {
        let mut rows = Rows::default();
        let mut index: HashMap<Arc<str>, u32> = HashMap::new();
        // Neighbouring rows mostly share their strings (the same `Arc`: rows come sorted and
        // interned), so each column's last name is checked before hashing.
        let mut intern = |rows: &mut Rows, last: &mut Option<(Arc<str>, u32)>, s: &Arc<str>| {
            if let Some((l, i)) = last
                && Arc::ptr_eq(l, s)
            {
                return *i;
            }
            let i = *index.entry(s.clone()).or_insert_with(|| {
                rows.names.push(s.clone());
                rows.names.len() as u32 - 1
            });
            *last = Some((s.clone(), i));
            i
        };
        let (mut last_subject, mut last_topic, mut last_context) = (None, None, None);
        for q in refs {
            let subject = intern(&mut rows, &mut last_subject, &q.subject);
            let topic = intern(&mut rows, &mut last_topic, &q.topic);
            let context = q
                .context
                .as_ref()
                .map_or(NO_CONTEXT, |c| intern(&mut rows, &mut last_context, c));
            rows.exam.push(q.exam);
            rows.kind.push(q.kind);
            rows.subject.push(subject);
            rows.topic.push(topic);
            rows.context.push(context);
            rows.options.push(q.options);
            rows.ids.push_str(&q.id);
            rows.id_end.push(rows.ids.len() as u32);
            rows.groups.push_str(q.group.as_deref().unwrap_or(""));
            rows.group_end.push(rows.groups.len() as u32);
        }
        rows
    }
}

/// The questions that fit one (subject, kind[, options]) key, split the way slots use them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Fitting {
    /// Questions without a shared context (what a counted slot takes), ascending, each with
    /// its topic's rank among the bank's topics in string order.
    pub free: Vec<(u32, u32)>,
    /// Questions on a shared context, grouped by context (its name index), the groups in the
    /// context ids' string order (what a context slot takes); each group's positions ascending.
    pub groups: Vec<(u32, Vec<u32>)>,
}

impl Fitting {
    fn build(rows: &Rows, topic_rank: &[u32], positions: &[u32]) -> Self {
        let mut free = Vec::new();
        let mut groups: Vec<(u32, Vec<u32>)> = Vec::new();
        let mut group_of: HashMap<u32, usize> = HashMap::new();
        for &p in positions {
            let ctx = rows.context[p as usize];
            if ctx == NO_CONTEXT {
                free.push((p, topic_rank[p as usize]));
                continue;
            }
            // Questions on one text are mostly neighbours: no hashing.
            if let Some((last, members)) = groups.last_mut()
                && *last == ctx
            {
                members.push(p);
                continue;
            }
            match group_of.get(&ctx) {
                Some(&g) => groups[g].1.push(p),
                None => {
                    group_of.insert(ctx, groups.len());
                    groups.push((ctx, vec![p]));
                }
            }
        }
        // Context ids are unique names: the order among groups is the ids' string order.
        groups.sort_unstable_by(|a, b| rows.name(a.0).cmp(rows.name(b.0)));
        Self { free, groups }
    }
}

/// The active questions of one exam and language (light rows, in a stable order), indexed by
/// what a slot asks for, so a slot's candidates are found without scanning the bank. Built once
/// per bank state (or decoded from its stored copy); the facade caches it until the next
/// import. See the module docs for its invariants.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct BankIndex {
    rows: Rows,
    /// Number of distinct topics (a candidate carries its topic's rank among them, in string
    /// order, so candidates are grouped by topic without comparing strings).
    topics: usize,
    /// (exam, subject, kind) → the fitting questions.
    by_kind: HashMap<(Exam, String, QuestionKind), Fitting>,
    /// (exam, subject, kind, options) → the fitting questions.
    by_options: HashMap<(Exam, String, QuestionKind, u32), Fitting>,
}

impl BankIndex {
    /// Indexes `refs` (their order is kept and is the order ties start from; questions of
    /// several exams may be mixed, a slot only takes its own exam's).
    pub fn new(refs: Vec<QuestionRef>) -> Self {
        let rows = Rows::from_refs(&refs);
        drop(refs);
        // Topic ranks: the distinct topics' names in string order.
        let mut topic_names: Vec<u32> = rows.topic.clone();
        topic_names.sort_unstable();
        topic_names.dedup();
        topic_names.sort_unstable_by(|a, b| rows.name(*a).cmp(rows.name(*b)));
        let mut rank_of = vec![0u32; rows.names.len()];
        for (rank, name) in topic_names.iter().enumerate() {
            rank_of[*name as usize] = rank as u32;
        }
        let topic_rank: Vec<u32> = rows.topic.iter().map(|&t| rank_of[t as usize]).collect();
        let topics = topic_names.len();
        // (exam, subject name, kind) → positions.
        type Key = (Exam, u32, QuestionKind);
        let mut kinds: HashMap<Key, Vec<u32>> = HashMap::new();
        let mut run: Option<(Key, &mut Vec<u32>)> = None;
        for i in 0..rows.len() {
            let key = (rows.exam[i], rows.subject[i], rows.kind[i]);
            // Rows come sorted by subject and kind: extend the current run without hashing.
            match &mut run {
                Some((k, list)) if *k == key => list.push(i as u32),
                _ => {
                    let list = kinds.entry(key).or_default();
                    list.push(i as u32);
                    run = Some((key, list));
                }
            }
        }
        let mut by_kind = HashMap::with_capacity(kinds.len());
        let mut by_options = HashMap::new();
        for ((e, s, k), list) in kinds {
            // A kind has a few option counts: split its list without hashing each question.
            let mut split: Vec<(u32, Vec<u32>)> = Vec::new();
            for &p in &list {
                let n = rows.options[p as usize];
                match split.iter_mut().find(|(m, _)| *m == n) {
                    Some((_, l)) => l.push(p),
                    None => split.push((n, vec![p])),
                }
            }
            let subject = rows.name(s).to_string();
            for (n, l) in split {
                let fitting = Fitting::build(&rows, &topic_rank, &l);
                by_options.insert((e, subject.clone(), k, n), fitting);
            }
            by_kind.insert((e, subject, k), Fitting::build(&rows, &topic_rank, &list));
        }
        Self {
            rows,
            topics,
            by_kind,
            by_options,
        }
    }

    /// Number of questions.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether the bank has no question.
    pub fn is_empty(&self) -> bool {
        self.rows.len() == 0
    }

    /// Every question, in the bank's order (rebuilt from the columns).
    pub fn refs(&self) -> Vec<QuestionRef> {
        let names: Vec<Arc<str>> = self.rows.names.clone();
        (0..self.len())
            .map(|i| {
                let q = self.rows.light(i as u32);
                QuestionRef {
                    id: q.id.to_string(),
                    exam: self.rows.exam[i],
                    subject: names[self.rows.subject[i] as usize].clone(),
                    topic: names[self.rows.topic[i] as usize].clone(),
                    kind: q.kind,
                    context: (self.rows.context[i] != NO_CONTEXT)
                        .then(|| names[self.rows.context[i] as usize].clone()),
                    group: q.group.map(str::to_string),
                    options: q.options,
                }
            })
            .collect()
    }

    /// The question at position `at`.
    pub(crate) fn light(&self, at: u32) -> Light<'_> {
        self.rows.light(at)
    }

    /// When the user last saw the question at `at` or its twin (see `assembly::seen_of`);
    /// `None` without a history, without reading the row.
    pub(crate) fn seen(&self, at: u32, last_seen: &HashMap<String, i64>) -> Option<i64> {
        if last_seen.is_empty() {
            return None;
        }
        crate::exam::assembly::seen_of(self.light(at), last_seen)
    }

    /// The name (context id) a [`Fitting`] group refers to.
    pub(crate) fn name(&self, i: u32) -> &str {
        self.rows.name(i)
    }

    /// Number of distinct topics.
    pub(crate) fn topics(&self) -> usize {
        self.topics
    }

    /// The questions of `exam` and `subject` that fit `slot`'s kind and option count.
    pub(crate) fn fitting(&self, exam: Exam, subject: &str, slot: &SlotSpec) -> Option<&Fitting> {
        let subject = subject.to_string();
        match slot.options {
            Some(n) => self.by_options.get(&(exam, subject, slot.kind, n)),
            None => self.by_kind.get(&(exam, subject, slot.kind)),
        }
    }

    /// The index as bytes (little-endian, versioned by a magic prefix); see
    /// [`BankIndex::decode`].
    pub fn encode(&self) -> Vec<u8> {
        let r = &self.rows;
        let mut w = Writer(Vec::with_capacity(
            64 + r.ids.len() + r.groups.len() + r.len() * 30,
        ));
        w.0.extend_from_slice(MAGIC);
        w.u32(r.names.len() as u32);
        for n in &r.names {
            w.str(n);
        }
        w.u32(r.len() as u32);
        w.0.extend(r.exam.iter().map(|e| exam_code(*e)));
        w.0.extend(r.kind.iter().map(|k| kind_code(*k)));
        for column in [
            &r.subject,
            &r.topic,
            &r.context,
            &r.options,
            &r.id_end,
            &r.group_end,
        ] {
            w.u32s(column);
        }
        w.str(&r.ids);
        w.str(&r.groups);
        w.u32(self.topics as u32);
        w.u32(self.by_kind.len() as u32);
        for ((e, s, k), f) in &self.by_kind {
            w.0.push(exam_code(*e));
            w.str(s);
            w.0.push(kind_code(*k));
            w.fitting(f);
        }
        w.u32(self.by_options.len() as u32);
        for ((e, s, k, n), f) in &self.by_options {
            w.0.push(exam_code(*e));
            w.str(s);
            w.0.push(kind_code(*k));
            w.u32(*n);
            w.fitting(f);
        }
        w.0
    }

    /// The index `bytes` hold, if they are exactly what [`BankIndex::encode`] writes (checked:
    /// layout, lengths, string boundaries, every position and name in range).
    pub fn decode(bytes: &[u8]) -> Option<Self> {
        let mut r = Reader(bytes);
        if r.take(MAGIC.len())? != MAGIC {
            return None;
        }
        let names = (0..r.u32()?)
            .map(|_| r.str().map(Arc::from))
            .collect::<Option<Vec<Arc<str>>>>()?;
        let n = r.u32()? as usize;
        let exam = codes(r.take(n)?, &EXAMS)?;
        let kind = codes(r.take(n)?, &KINDS)?;
        let mut columns = Vec::with_capacity(6);
        for _ in 0..6 {
            columns.push(r.u32s(n)?);
        }
        let [subject, topic, context, options, id_end, group_end]: [Vec<u32>; 6] =
            columns.try_into().ok()?;
        let ids = r.str()?.to_string();
        let groups = r.str()?.to_string();
        let named = |v: &[u32], none_ok: bool| {
            v.iter()
                .all(|&i| (i as usize) < names.len() || (none_ok && i == NO_CONTEXT))
        };
        let ends_ok = |ends: &[u32], s: &str| {
            ends.windows(2).all(|w| w[0] <= w[1])
                && ends.iter().all(|&e| s.is_char_boundary(e as usize))
                && ends.last().map_or(s.is_empty(), |&e| e as usize == s.len())
        };
        // Option counts within the kind's rules (a matching task has at least 2 prompts, so
        // at least 2 options): assembly allocates an option order per item.
        let options_ok = kind
            .iter()
            .zip(&options)
            .all(|(k, &o)| k.options_problem(o as usize, Some(2)).is_none());
        if !(named(&subject, false)
            && named(&topic, false)
            && named(&context, true)
            && options_ok
            && ends_ok(&id_end, &ids)
            && ends_ok(&group_end, &groups))
        {
            return None;
        }
        let rows = Rows {
            names,
            exam,
            kind,
            subject,
            topic,
            context,
            options,
            ids,
            id_end,
            groups,
            group_end,
        };
        // Exactly the number of distinct topics of the rows, as `new` counts them: assembly
        // allocates per topic, so a larger count from damaged bytes must not pass.
        let topics = r.u32()? as usize;
        let mut named_topic = vec![false; rows.names.len()];
        for &t in &rows.topic {
            named_topic[t as usize] = true;
        }
        if named_topic.iter().filter(|&&b| b).count() != topics {
            return None;
        }
        let mut by_kind = HashMap::new();
        for _ in 0..r.u32()? {
            let e = *EXAMS.get(r.u8()? as usize)?;
            let s = r.str()?.to_string();
            let k = *KINDS.get(r.u8()? as usize)?;
            by_kind.insert((e, s, k), r.fitting(&rows, topics)?);
        }
        let mut by_options = HashMap::new();
        for _ in 0..r.u32()? {
            let e = *EXAMS.get(r.u8()? as usize)?;
            let s = r.str()?.to_string();
            let k = *KINDS.get(r.u8()? as usize)?;
            let n = r.u32()?;
            by_options.insert((e, s, k, n), r.fitting(&rows, topics)?);
        }
        r.0.is_empty().then_some(Self {
            rows,
            topics,
            by_kind,
            by_options,
        })
    }
}

/// `table[code]` for every code, if every code is in range.
fn codes<T: Copy>(bytes: &[u8], table: &[T]) -> Option<Vec<T>> {
    if bytes.iter().any(|&c| c as usize >= table.len()) {
        return None;
    }
    Some(bytes.iter().map(|&c| table[c as usize]).collect())
}

fn exam_code(e: Exam) -> u8 {
    EXAMS.iter().position(|x| *x == e).unwrap_or(0) as u8
}

fn kind_code(k: QuestionKind) -> u8 {
    KINDS.iter().position(|x| *x == k).unwrap_or(0) as u8
}

struct Writer(Vec<u8>);

impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }

    fn u32s(&mut self, v: &[u32]) {
        for x in v {
            self.u32(*x);
        }
    }

    fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn fitting(&mut self, f: &Fitting) {
        self.u32(f.free.len() as u32);
        for (at, topic) in &f.free {
            self.u32(*at);
            self.u32(*topic);
        }
        self.u32(f.groups.len() as u32);
        for (ctx, members) in &f.groups {
            self.u32(*ctx);
            self.u32(members.len() as u32);
            self.u32s(members);
        }
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if n > self.0.len() {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn u8(&mut self) -> Option<u8> {
        self.take(1).map(|b| b[0])
    }

    fn u32(&mut self) -> Option<u32> {
        let b = self.take(4)?;
        Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u32s(&mut self, n: usize) -> Option<Vec<u32>> {
        let bytes = self.take(n.checked_mul(4)?)?;
        Some(
            bytes
                .chunks_exact(4)
                .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
                .collect(),
        )
    }

    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }

    /// A fitting whose positions are rows, topics below `topics` and contexts names.
    fn fitting(&mut self, rows: &Rows, topics: usize) -> Option<Fitting> {
        let n = rows.len() as u32;
        let len = self.u32()? as usize;
        let free: Vec<(u32, u32)> = self
            .take(len.checked_mul(8)?)?
            .chunks_exact(8)
            .map(|b| {
                let at = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
                (at, u32::from_le_bytes([b[4], b[5], b[6], b[7]]))
            })
            .collect();
        if !free.iter().all(|&(at, t)| at < n && (t as usize) < topics) {
            return None;
        }
        let groups = (0..self.u32()?)
            .map(|_| {
                let ctx = self.u32()?;
                let len = self.u32()? as usize;
                let members = self.u32s(len)?;
                ((ctx as usize) < rows.names.len() && members.iter().all(|&p| p < n))
                    .then_some((ctx, members))
            })
            .collect::<Option<Vec<_>>>()?;
        Some(Fitting { free, groups })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(
        id: &str,
        subject: &str,
        topic: &str,
        kind: QuestionKind,
        ctx: Option<&str>,
    ) -> QuestionRef {
        QuestionRef {
            id: id.into(),
            exam: Exam::Unt,
            subject: Arc::from(subject),
            topic: Arc::from(topic),
            kind,
            context: ctx.map(Arc::from),
            group: Some(format!("g.{id}")),
            options: if kind == QuestionKind::Multiple { 6 } else { 4 },
        }
    }

    fn sample() -> Vec<QuestionRef> {
        use QuestionKind::*;
        vec![
            q("m.1", "math", "math.b", Single, None),
            q("m.2", "math", "math.a", Single, Some("ctx.2")),
            q("m.3", "math", "math.a", Single, Some("ctx.1")),
            q("m.4", "math", "math.a", Multiple, None),
            QuestionRef {
                group: None,
                exam: Exam::Pbb,
                ..q("p.1", "math", "math.a", Matching, Some("ctx.1"))
            },
            q("қ.1", "history_kz", "history_kz.тақырып", Single, None),
        ]
    }

    /// Found by the `bank_index` fuzz target (an out-of-memory): damaged bytes that decoded
    /// with a huge topic count made assembly allocate per topic.
    #[test]
    fn a_topic_count_other_than_the_rows_is_refused() {
        let index = BankIndex::new(sample());
        assert_eq!(index.topics, 3);
        for topics in [u32::MAX as usize, 4, 2, 0] {
            let damaged = BankIndex {
                topics,
                ..index.clone()
            };
            assert_eq!(BankIndex::decode(&damaged.encode()), None, "{topics}");
        }
    }

    /// Found by the `bank_index` fuzz target (an out-of-memory in CI): damaged bytes that
    /// decoded with a row of ~2³² options made assembly allocate that row's option order.
    #[test]
    fn an_option_count_outside_the_kinds_rules_is_refused() {
        use QuestionKind::*;
        for (kind, options, accepted) in [
            (Single, u32::MAX, false),
            (Single, 6, false),
            (Single, 1, false),
            (Single, 5, true),
            (Multiple, 3, false),
            (Multiple, 8, true),
            (Matching, 9, false),
            (Matching, 1, false),
            (Matching, 2, true),
        ] {
            let mut rows = sample();
            rows[0].kind = kind;
            rows[0].options = options;
            let index = BankIndex::new(rows);
            assert_eq!(
                BankIndex::decode(&index.encode()).is_some(),
                accepted,
                "{kind:?} with {options} options"
            );
        }
    }

    #[test]
    fn stored_index_reads_back_equal_and_rebuilds_equal() {
        let index = BankIndex::new(sample());
        assert_eq!(index.refs(), sample());
        assert_eq!(BankIndex::new(index.refs()), index);
        let bytes = index.encode();
        assert_eq!(BankIndex::decode(&bytes), Some(index.clone()));
        let empty = BankIndex::new(Vec::new());
        assert_eq!(BankIndex::decode(&empty.encode()), Some(empty));
        // The groups of a context slot are in the context ids' order.
        let fit = index
            .by_kind
            .get(&(Exam::Unt, "math".to_string(), QuestionKind::Single))
            .unwrap();
        let ctxs: Vec<&str> = fit.groups.iter().map(|(c, _)| index.name(*c)).collect();
        assert_eq!(ctxs, vec!["ctx.1", "ctx.2"]);
        assert_eq!(
            fit.free,
            vec![(0, 2)],
            "topics in string order: history_kz…, math.a, math.b"
        );
    }

    #[test]
    fn anything_but_an_encoded_index_is_refused() {
        let bytes = BankIndex::new(sample()).encode();
        // Every truncation, and a trailing byte.
        for n in 0..bytes.len() {
            assert_eq!(BankIndex::decode(&bytes[..n]), None, "cut at {n}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(BankIndex::decode(&longer), None);
        // Every single-byte change either is refused or decodes to a well-formed index (a
        // different option count, say) — never a panic.
        for i in 0..bytes.len() {
            let mut b = bytes.clone();
            b[i] ^= 0xff;
            if let Some(ix) = BankIndex::decode(&b) {
                for at in 0..ix.len() {
                    let _ = ix.light(at as u32);
                }
            }
        }
        assert_eq!(
            BankIndex::decode(b"QZBIDX00"),
            None,
            "another layout version"
        );
    }
}
