//! The history summary: what progress, `last_seen` and mistakes need, folded from the
//! [`AnswerEvent`]s so those views never decode the whole history.
//!
//! Why this shape (issue 6, workload 4): the progress view used to unseal every history row and
//! decode every event (10,000 events with four `String`s each for a student with ~100 mock
//! exams), and exam assembly, practice and the mistakes review did the same for `last_seen`.
//! The summary is a fold over the events, kept in `user.db`'s sealed `summary` table and
//! updated in the same transaction as each history append:
//! - [`Tallies`] — answered / correct / last answer per subject and topic, and the number of
//!   history rows folded. Small (one entry per topic ever answered), so it is rewritten on every
//!   append and the progress view opens exactly one envelope.
//! - [`ItemBucket`]s — per question id and translation group the last time it was seen, and per
//!   item (group or question id) the time and outcome of its last answer. This grows with the
//!   number of distinct questions (tens of thousands), so it is split into [`ITEM_BUCKETS`]
//!   parts by a stable hash of the item key: a practice answer re-seals one small bucket, not a
//!   megabyte; `last_seen` and mistakes open all buckets (a few dozen envelopes, not one per
//!   answer). A bucket is encoded in a small binary layout ([`ItemBucket::encode`]), not JSON:
//!   it holds two strings per question seen, and `last_seen` decodes it straight into the map
//!   assembly reads, without building the bucket first.
//!
//! Invariants:
//! - Folding is a monoid over events taken in history order (oldest `at` first, equal `at` in
//!   append order): [`Tallies::progress`], [`ItemBucket::merge_seen`] and [`mistakes_of`] give
//!   exactly what [`super::progress`], [`super::last_seen`] and [`super::mistakes`] give on the
//!   same events (a property test compares them on random histories).
//! - "Seen" includes questions shown in a submitted exam and left unanswered; answers
//!   (progress, mistakes) only count events with a response.
//! - Every event of a history row carries the row's time (an exam's answers are stamped at
//!   submission, a practice answer when given), so "equal times in append order" is the order
//!   the history table returns (`ORDER BY at, rowid`) and the order the summary folded them.
//! - The events stay the source of truth (review, spaced repetition, sync): the summary is
//!   derived data, rebuilt from them whenever it is missing or its row count disagrees with the
//!   history (see `store::user`).

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use super::{AnswerEvent, Progress, SubjectProgress, TopicProgress};

/// Number of item buckets. Changing it makes every stored summary stale (it is rebuilt at open).
pub const ITEM_BUCKETS: u32 = 64;

/// Answers, correct answers and the last answer time of one topic.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    /// Answers given.
    #[serde(rename = "n")]
    pub answered: u32,
    /// Fully correct answers.
    #[serde(rename = "c")]
    pub correct: u32,
    /// Last answer, ms since the epoch (0 before any).
    #[serde(rename = "t")]
    pub last_seen: i64,
}

impl Count {
    fn add(&mut self, correct: bool, at: i64) {
        self.answered += 1;
        self.correct += u32::from(correct);
        self.last_seen = self.last_seen.max(at);
    }

    fn absorb(&mut self, other: &Count) {
        self.answered += other.answered;
        self.correct += other.correct;
        self.last_seen = self.last_seen.max(other.last_seen);
    }

    fn accuracy(&self) -> f64 {
        if self.answered == 0 {
            0.0
        } else {
            f64::from(self.correct) / f64::from(self.answered)
        }
    }
}

/// Per subject and topic counts of every answer, and how much history they cover. Sealed as
/// part 0 of the `summary` table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tallies {
    /// History rows folded in (compared with the history's row count to detect a stale summary).
    pub rows: u64,
    /// [`ITEM_BUCKETS`] when the item buckets were written (another count means: rebuild).
    pub buckets: u32,
    /// Subject code → topic id → counts.
    pub subjects: BTreeMap<String, BTreeMap<String, Count>>,
}

impl Tallies {
    /// An empty summary for the current bucket layout.
    pub fn new() -> Self {
        Self {
            rows: 0,
            buckets: ITEM_BUCKETS,
            subjects: BTreeMap::new(),
        }
    }

    /// Folds one history row's events in.
    pub fn fold(&mut self, events: &[AnswerEvent]) {
        self.rows += 1;
        for e in events.iter().filter(|e| e.response.is_some()) {
            let topics = match self.subjects.get_mut(&e.subject) {
                Some(t) => t,
                None => self.subjects.entry(e.subject.clone()).or_default(),
            };
            match topics.get_mut(&e.topic) {
                Some(c) => c.add(e.correct, e.at),
                None => topics
                    .entry(e.topic.clone())
                    .or_default()
                    .add(e.correct, e.at),
            }
        }
    }

    /// The progress view: the same as [`super::progress`] over the folded events.
    pub fn progress(&self) -> Progress {
        let mut all = Count::default();
        let subjects = self
            .subjects
            .iter()
            .map(|(subject, topics)| {
                let mut s = Count::default();
                for c in topics.values() {
                    s.absorb(c);
                }
                all.absorb(&s);
                SubjectProgress {
                    subject: subject.clone(),
                    answered: s.answered,
                    correct: s.correct,
                    accuracy: s.accuracy(),
                    last_seen: s.last_seen,
                    topics: topics
                        .iter()
                        .map(|(topic, c)| TopicProgress {
                            topic: topic.clone(),
                            answered: c.answered,
                            correct: c.correct,
                            accuracy: c.accuracy(),
                            last_seen: c.last_seen,
                        })
                        .collect(),
                }
            })
            .collect();
        Progress {
            answered: all.answered,
            correct: all.correct,
            subjects,
        }
    }
}

/// The bucket (`1..=ITEM_BUCKETS`; part 0 holds the [`Tallies`]) of an item key: FNV-1a, stable
/// across builds and platforms.
pub fn bucket_of(item_key: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in item_key.as_bytes() {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    1 + h % ITEM_BUCKETS
}

/// The per-item part of the summary for the items whose key falls in one bucket. Sealed as
/// part `1..=ITEM_BUCKETS` of the `summary` table, in [`ItemBucket::encode`]'s layout
/// (`Serialize` is for the personal-data export only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ItemBucket {
    /// Question id or translation group → last time seen (answered or shown in an exam).
    pub seen: HashMap<String, i64>,
    /// Item key (group or question id) → (time, fully correct) of its last answer.
    pub last: HashMap<String, (i64, bool)>,
}

impl ItemBucket {
    /// Folds one event in (the caller routes it here by [`bucket_of`] its item key).
    pub fn fold(&mut self, e: &AnswerEvent) {
        for key in [Some(e.question.as_str()), e.group.as_deref()]
            .into_iter()
            .flatten()
        {
            match self.seen.get_mut(key) {
                Some(v) => *v = (*v).max(e.at),
                None => {
                    self.seen.insert(key.to_string(), e.at);
                }
            }
        }
        if e.response.is_some() {
            // A later event at the same time wins, as in `practice::mistakes`.
            match self.last.get_mut(e.item_key()) {
                Some(v) if e.at >= v.0 => *v = (e.at, e.correct),
                Some(_) => {}
                None => {
                    self.last
                        .insert(e.item_key().to_string(), (e.at, e.correct));
                }
            }
        }
    }

    /// Adds this bucket's `seen` entries to `out` (see [`merge_seen`]).
    pub fn merge_seen(&self, out: &mut HashMap<String, i64>) {
        for (k, at) in &self.seen {
            merge_seen(out, k, *at);
        }
    }
}

/// Version byte of [`ItemBucket::encode`]'s layout.
const BUCKET_FORMAT: u8 = 1;

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn put_time(out: &mut Vec<u8>, at: i64) {
    // Zigzag, so a (test or damaged-clock) negative time stays short too.
    put_varint(out, ((at << 1) ^ (at >> 63)) as u64);
}

/// Writes `key` front-coded against `prev` (the previous key in ascending order): the length of
/// the shared prefix (backed off to a character boundary), then the rest.
fn put_key(out: &mut Vec<u8>, prev: &str, key: &str) {
    let mut shared = prev
        .bytes()
        .zip(key.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !key.is_char_boundary(shared) {
        shared -= 1;
    }
    put_varint(out, shared as u64);
    put_varint(out, (key.len() - shared) as u64);
    out.extend_from_slice(&key.as_bytes()[shared..]);
}

/// A cursor over an encoded bucket; every read checks bounds (`None` = damaged).
struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(head)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = *self.take(1)?.first()?;
            v |= u64::from(b & 0x7f).checked_shl(shift)?;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    fn time(&mut self) -> Option<i64> {
        let z = self.varint()?;
        Some(((z >> 1) as i64) ^ -((z & 1) as i64))
    }

    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.varint()?).ok()
    }

    /// The next key into `key` (which holds the previous one); keys must strictly ascend.
    fn key(&mut self, key: &mut String, first: bool) -> Option<()> {
        let shared = self.len()?;
        let n = self.len()?;
        if shared > key.len() || !key.is_char_boundary(shared) {
            return None;
        }
        let rest = std::str::from_utf8(self.take(n)?).ok()?;
        let ascending = first || rest.as_bytes() > &key.as_bytes()[shared..];
        key.truncate(shared);
        key.push_str(rest);
        ascending.then_some(())
    }
}

impl ItemBucket {
    /// The sealed layout: format byte; `seen` as a count, then per entry in ascending key order
    /// the key front-coded against the previous one (shared prefix length, rest length, rest)
    /// and the time; `last` likewise with a correct byte (0/1) after the time. Counts and
    /// lengths are LEB128 varints, times zigzag varints. Question ids share long prefixes
    /// (`kk.math.0…`), so a bucket seals about half the bytes of a naive layout.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(16 + 12 * (self.seen.len() + self.last.len()));
        out.push(BUCKET_FORMAT);
        // Keys sorted as `&str` (the keys of a map are distinct; one sort instantiation shared
        // with the rest of the core), values looked up.
        let mut seen: Vec<&str> = self.seen.keys().map(String::as_str).collect();
        seen.sort_unstable();
        put_varint(&mut out, seen.len() as u64);
        let mut prev = "";
        for k in seen {
            put_key(&mut out, prev, k);
            put_time(&mut out, self.seen[k]);
            prev = k;
        }
        let mut last: Vec<&str> = self.last.keys().map(String::as_str).collect();
        last.sort_unstable();
        put_varint(&mut out, last.len() as u64);
        let mut prev = "";
        for k in last {
            let (at, ok) = self.last[k];
            put_key(&mut out, prev, k);
            put_time(&mut out, at);
            out.push(u8::from(ok));
            prev = k;
        }
        out
    }

    /// Walks an encoded bucket without building it: `seen(key, time)` for each seen entry,
    /// then `last(key, time, correct)` for each last answer, keys ascending. `None` if the
    /// bytes are damaged (entries before the damage may have been visited).
    pub fn visit(
        bytes: &[u8],
        mut seen: impl FnMut(&str, i64),
        mut last: impl FnMut(&str, i64, bool),
    ) -> Option<()> {
        let mut r = Reader(bytes);
        if r.take(1)? != [BUCKET_FORMAT] {
            return None;
        }
        let mut key = String::new();
        for i in 0..r.varint()? {
            r.key(&mut key, i == 0)?;
            seen(&key, r.time()?);
        }
        for i in 0..r.varint()? {
            r.key(&mut key, i == 0)?;
            let at = r.time()?;
            let ok = match r.take(1)? {
                [0] => false,
                [1] => true,
                _ => return None,
            };
            last(&key, at, ok);
        }
        r.0.is_empty().then_some(())
    }

    /// How many `seen` entries an encoded bucket declares, capped by what its length can hold
    /// (an entry takes at least 3 bytes), so damaged bytes never size a huge allocation; 0 if
    /// it is not a bucket. A sizing hint only.
    pub fn seen_len(bytes: &[u8]) -> usize {
        let mut r = Reader(bytes);
        match (r.take(1), r.len()) {
            (Some([BUCKET_FORMAT]), Some(n)) => n.min(bytes.len() / 3),
            _ => 0,
        }
    }

    /// Decodes [`ItemBucket::encode`]'s layout (`None` if damaged).
    pub fn decode(bytes: &[u8]) -> Option<Self> {
        let mut b = ItemBucket::default();
        Self::visit(
            bytes,
            |k, at| {
                b.seen.insert(k.to_string(), at);
            },
            |k, at, ok| {
                b.last.insert(k.to_string(), (at, ok));
            },
        )?;
        Some(b)
    }
}

/// Records `key` seen at `at` in `out`, keeping the later time (a question whose group changed
/// between packs may sit in two buckets). One hash per key: the key is almost always new.
pub fn merge_seen(out: &mut HashMap<String, i64>, key: &str, at: i64) {
    out.entry(key.to_string())
        .and_modify(|v| *v = (*v).max(at))
        .or_insert(at);
}

/// Folds events into buckets by their item key: `bucket → folded part`.
pub fn fold_items<'a>(
    buckets: &mut BTreeMap<u32, ItemBucket>,
    events: impl IntoIterator<Item = &'a AnswerEvent>,
) {
    for e in events {
        buckets.entry(bucket_of(e.item_key())).or_default().fold(e);
    }
}

/// Items whose last answer was not fully correct, most recent mistake first: the same as
/// [`super::mistakes`] over the folded events.
pub fn mistakes_of(buckets: &[ItemBucket]) -> Vec<String> {
    order_mistakes(
        buckets
            .iter()
            .flat_map(|b| b.last.iter())
            .filter(|(_, (_, ok))| !ok)
            .map(|(k, (at, _))| (k.clone(), *at))
            .collect(),
    )
}

/// Orders items last answered wrongly (`(item key, time)`, keys distinct): most recent first,
/// then by key.
pub fn order_mistakes(mut wrong: Vec<(String, i64)>) -> Vec<String> {
    // Unstable: the keys are distinct, so the order is total.
    wrong.sort_unstable_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    wrong.into_iter().map(|(k, _)| k).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_stable_and_in_range() {
        // FNV-1a of "" is the offset basis; these values must never change (stored layout).
        assert_eq!(bucket_of(""), 1 + 0x811c_9dc5 % ITEM_BUCKETS);
        for k in ["a", "kk.math.0001", "g-17", "бір"] {
            let b = bucket_of(k);
            assert!((1..=ITEM_BUCKETS).contains(&b));
            assert_eq!(b, bucket_of(k));
        }
    }

    #[test]
    fn bucket_encoding_round_trips_and_rejects_damage() {
        let mut b = ItemBucket::default();
        b.seen.insert("kk.math.0001".into(), 1_700_000_000_000);
        b.seen.insert("g-бір".into(), -5);
        b.seen.insert("g-бұл".into(), i64::MIN);
        b.seen.insert("kk.math.0002".into(), i64::MAX);
        // "é" and "è" share their first byte: the shared prefix must back off to "x".
        b.seen.insert("xé".into(), 1);
        b.seen.insert("xè".into(), 2);
        b.last.insert("g-бір".into(), (7, false));
        b.last.insert("x".into(), (i64::MAX, true));
        let bytes = b.encode();
        assert_eq!(ItemBucket::decode(&bytes), Some(b.clone()));
        assert_eq!(ItemBucket::seen_len(&bytes), 6);
        assert_eq!(ItemBucket::seen_len(&[1, 255, 255, 255, 15]), 1);
        assert_eq!(
            ItemBucket::decode(&ItemBucket::default().encode()),
            Some(ItemBucket::default())
        );
        for cut in 0..bytes.len() {
            assert_eq!(ItemBucket::decode(&bytes[..cut]), None, "cut at {cut}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(ItemBucket::decode(&longer), None);
        let mut other = bytes;
        other[0] = 2;
        assert_eq!(ItemBucket::decode(&other), None);
    }
}
