// The baseline workloads, written the way a developer would with rusqlite and no sealing:
// the core's own schema (its migration files), the same pragmas, values stored as plain JSON.
// Included by `bench/plain` (IMPL = "plain", KEYED = false) and `bench/sqlcipher`
// (IMPL = "sqlcipher", KEYED = true: user.db is keyed with a raw 32-byte key, content.db stays
// plaintext, the same split as the core). Expects `IMPL` and `KEYED` consts in the includer.

#[path = "workload.rs"]
mod workload;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior, params};
use workload::*;

const USER_SQL: &str = include_str!("../../core/src/store/migrations/user/0001_user.sql");
const CONTENT_SQL: &str = include_str!("../../core/src/store/migrations/content/0001_content.sql");
const ANSWERS_SQL: &str = "CREATE TABLE IF NOT EXISTS answers (
    id TEXT PRIMARY KEY, attempt_id TEXT NOT NULL, question TEXT NOT NULL, group_id TEXT,
    subject TEXT NOT NULL, topic TEXT NOT NULL, kind TEXT NOT NULL, points INTEGER NOT NULL,
    max_points INTEGER NOT NULL, correct INTEGER NOT NULL, at INTEGER NOT NULL,
    origin TEXT NOT NULL, response TEXT) STRICT;
CREATE INDEX IF NOT EXISTS answers_at ON answers (at);";

fn open(path: &Path, keyed: bool, schema: &str, user: bool) -> Connection {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).expect("open");
    if keyed {
        conn.execute_batch(&format!("PRAGMA key = \"x'{RAW_KEY_HEX}'\";"))
            .expect("key");
    }
    if !user {
        // The core's content.db page size (`bank::CONTENT_PAGE_SIZE`), set before WAL.
        conn.execute_batch("PRAGMA page_size = 16384;")
            .expect("page_size");
    }
    conn.busy_timeout(Duration::from_secs(10)).expect("busy");
    conn.set_prepared_statement_cache_capacity(64);
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
        .expect("wal");
    assert_eq!(mode, "wal");
    conn.execute_batch(
        "PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;
         PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY;",
    )
    .expect("pragmas");
    if user {
        conn.execute_batch("PRAGMA wal_autocheckpoint = 0;")
            .expect("autocheckpoint");
    }
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .expect("user_version");
    if version == 0 {
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE; {schema} {ANSWERS_SQL} PRAGMA user_version = 1; COMMIT;"
        ))
        .expect("schema");
    }
    conn
}

fn open_user(dir: &Path) -> Connection {
    open(&dir.join("user.db"), KEYED, USER_SQL, true)
}

fn open_content(dir: &Path) -> Connection {
    open(&dir.join("content.db"), false, CONTENT_SQL, false)
}

fn insert_attempt(conn: &Connection, id: &str, plan: &[u8]) {
    conn.execute(
        "INSERT INTO attempts (id, status, started_at, deadline, last_seen, kid, plan)
         VALUES (?1, 'active', 1, 100000000, 1, 0, ?2)",
        params![id, plan],
    )
    .expect("attempt");
}

/// One tap: update the attempt's clock guard and upsert the response, in one transaction.
fn put_response(conn: &mut Connection, attempt: &str, position: u32, data: &[u8], now: i64) {
    let id = format!("{attempt}:{position}");
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("tx");
    let n = tx
        .prepare_cached(
            "UPDATE attempts SET last_seen = MAX(last_seen, ?2) WHERE id = ?1 AND status = 'active'",
        )
        .expect("prep")
        .execute(params![attempt, now])
        .expect("update");
    assert_eq!(n, 1);
    tx.prepare_cached(
        "INSERT INTO responses (id, attempt_id, position, answered, kid, data, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (id) DO UPDATE SET answered = excluded.answered, kid = excluded.kid, data = excluded.data, updated_at = excluded.updated_at",
    )
    .expect("prep")
    .execute(params![id, attempt, position, true, 0, data, now])
    .expect("insert");
    tx.commit().expect("commit");
}

fn checkpoint(conn: &Connection) {
    let _: i64 = conn
        .query_row("PRAGMA wal_checkpoint(PASSIVE)", [], |r| r.get(0))
        .expect("checkpoint");
}

fn answer_workload() -> (Samples, Samples) {
    let dir = scratch(&format!("{IMPL}-answer"));
    let mut conn = open_user(&dir);
    let mut samples = Samples::default();
    let mut first = Samples::default();
    let plan = vec![b'p'; 3000];
    for a in 0..ANSWER_ATTEMPTS {
        let attempt = format!("00000000-0000-4000-8000-{a:012}");
        insert_attempt(&conn, &attempt, &plan);
        for pos in 1..=ANSWERS_PER_ATTEMPT {
            let data = format!("{{\"response\":[{}],\"flagged\":false}}", pos % 4);
            let (d, ()) = time(|| {
                put_response(&mut conn, &attempt, pos, data.as_bytes(), i64::from(pos));
            });
            samples.push(d);
        }
        checkpoint(&conn);
        // Diagnostic: a write straight after a checkpoint restarts the WAL.
        let (d, ()) = time(|| put_response(&mut conn, &attempt, 1, b"{}", 1));
        first.push(d);
    }
    drop(conn);
    let _ = std::fs::remove_dir_all(&dir);
    (samples, first)
}

fn import(conn: &mut Connection, bytes: &[u8]) -> usize {
    let pack: serde_json::Value = serde_json::from_slice(bytes).expect("json");
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .expect("tx");
    let id = pack["id"].as_str().expect("id");
    let locale = pack["locale"].as_str().expect("locale");
    tx.execute(
        "INSERT INTO packs (id, version, locale, title_json, sha256, imported_at, import_seq)
         VALUES (?1, 1, ?2, ?3, '', 0, 1)",
        params![id, locale, pack["title"].to_string()],
    )
    .expect("pack");
    {
        let mut st = tx
            .prepare_cached("INSERT INTO topics (id, subject, name_json) VALUES (?1, ?2, ?3)")
            .expect("prep");
        for t in pack["topics"].as_array().expect("topics") {
            st.execute(params![
                t["id"].as_str(),
                t["subject"].as_str(),
                t["name"].to_string()
            ])
            .expect("topic");
        }
        let mut st = tx
            .prepare_cached(
                "INSERT INTO contexts (id, pack_id, subject, group_id, retired, data_json)
                 VALUES (?1, ?2, ?3, ?4, 0, ?5)",
            )
            .expect("prep");
        for c in pack["contexts"].as_array().expect("contexts") {
            st.execute(params![
                c["id"].as_str(),
                id,
                c["subject"].as_str(),
                c["group"].as_str(),
                c.to_string()
            ])
            .expect("context");
        }
    }
    let mut n = 0;
    {
        let mut st = tx
            .prepare_cached(
                "INSERT INTO questions (id, pack_id, exam, locale, subject, topic, kind, context_id,
                 group_id, difficulty, retired, data_json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 3, 0, ?10)",
            )
            .expect("prep");
        for q in pack["questions"].as_array().expect("questions") {
            st.execute(params![
                q["id"].as_str(),
                id,
                q["exam"].as_str(),
                locale,
                q["subject"].as_str(),
                q["topic"].as_str(),
                q["kind"].as_str(),
                q["context"].as_str(),
                q["group"].as_str(),
                q.to_string()
            ])
            .expect("question");
            n += 1;
        }
    }
    tx.commit().expect("commit");
    n
}

/// Picks a ҰБТ mock (random questions per section), stores the attempt with its plan, and loads
/// the questions of its first page (`FIRST_PAGE`).
fn assemble(content: &Connection, user: &mut Connection, rng: &mut Rng, n: u64) -> usize {
    let mut ids: Vec<String> = Vec::with_capacity(120);
    let mut pick = content
        .prepare_cached(
            "SELECT id FROM questions
             WHERE exam = 'unt' AND locale = 'kk' AND subject = ?1 AND retired = 0",
        )
        .expect("prep");
    for (subject, items) in UNT_SECTIONS {
        let mut all: Vec<String> = pick
            .query_map([subject], |r| r.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows");
        for i in 0..*items {
            let j = i + rng.below(all.len() - i);
            all.swap(i, j);
        }
        all.truncate(*items);
        ids.extend(all);
    }
    let plan = serde_json::to_vec(&ids).expect("plan");
    let attempt = format!("00000000-0000-4000-9000-{n:012}");
    {
        let tx = user
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .expect("tx");
        insert_attempt(&tx, &attempt, &plan);
        tx.commit().expect("commit");
    }
    let mut get = content
        .prepare_cached("SELECT data_json FROM questions WHERE id = ?1")
        .expect("prep");
    let mut shown = 0;
    for id in ids.iter().take(FIRST_PAGE) {
        let json: String = get.query_row([id], |r| r.get(0)).expect("question");
        let q: serde_json::Value = serde_json::from_str(&json).expect("json");
        shown += q["stem"].as_str().map_or(0, str::len);
    }
    shown
}

struct Tally {
    answered: u32,
    correct: u32,
    last_seen: i64,
}

fn history_setup(dir: &Path) {
    let mut conn = open_user(dir);
    let tx = conn.transaction().expect("tx");
    {
        let mut st = tx
            .prepare(
                "INSERT INTO answers (id, attempt_id, question, group_id, subject, topic, kind,
                 points, max_points, correct, at, origin, response)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'single', ?7, 1, ?7, ?8, 'exam', ?9)",
            )
            .expect("prep");
        for a in 0..HISTORY_ATTEMPTS {
            for i in 0..HISTORY_PER_ATTEMPT {
                let (subject, _) = UNT_SECTIONS[i % UNT_SECTIONS.len()];
                let n = a * HISTORY_PER_ATTEMPT + i;
                st.execute(params![
                    format!("00000000-0000-4000-a000-{n:012}"),
                    format!("attempt-{a}"),
                    format!("bench.h.kk.{n:05}"),
                    format!("bench.h.g{n:05}"),
                    subject,
                    format!("{subject}.t{}", n % 3),
                    i64::from(n.is_multiple_of(3)),
                    (a * 1000 + i) as i64,
                    format!("[{}]", n % 4),
                ])
                .expect("answer");
            }
        }
    }
    tx.commit().expect("commit");
    checkpoint(&conn);
}

/// The progress view: every answer, per subject and topic.
fn progress(conn: &Connection) -> usize {
    type Row = (String, String, Option<String>, bool, i64, String);
    let mut st = conn
        .prepare_cached(
            "SELECT question, subject, response, correct, at, topic FROM answers ORDER BY at, id",
        )
        .expect("prep");
    let rows: Vec<Row> = st
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    let mut subjects: BTreeMap<&str, (Tally, BTreeMap<&str, Tally>)> = BTreeMap::new();
    for (_, subject, response, correct, at, topic) in rows.iter().filter(|r| r.2.is_some()) {
        let _ = response;
        let add = |t: &mut Tally| {
            t.answered += 1;
            t.correct += u32::from(*correct);
            t.last_seen = t.last_seen.max(*at);
        };
        let (s, topics) = subjects.entry(subject).or_insert_with(|| {
            (
                Tally {
                    answered: 0,
                    correct: 0,
                    last_seen: 0,
                },
                BTreeMap::new(),
            )
        });
        add(s);
        add(topics.entry(topic).or_insert(Tally {
            answered: 0,
            correct: 0,
            last_seen: 0,
        }));
    }
    subjects.values().map(|(s, _)| s.answered as usize).sum()
}

fn cold_open(dir: &Path) -> usize {
    let user = open_user(dir);
    let content = open_content(dir);
    let active: i64 = user
        .query_row(
            "SELECT count(*) FROM attempts WHERE status = 'active'",
            [],
            |r| r.get(0),
        )
        .expect("first user query");
    let packs: i64 = content
        .query_row("SELECT count(*) FROM packs", [], |r| r.get(0))
        .expect("first content query");
    (active + packs) as usize
}

fn run_report() {
    if wanted("answer.store") {
        let (all, first) = answer_workload();
        report(IMPL, "answer.store", &all);
        report(IMPL, "answer.after-checkpoint", &first);
    }
    let pack = realistic_pack("kk", PACK_COPIES, "a");
    let bank_dir = scratch(&format!("{IMPL}-bank"));
    if wanted("import") || wanted("assembly") {
        let mut s = Samples::default();
        for i in 0..IMPORT_SAMPLES {
            let dir = if i == 0 {
                bank_dir.clone()
            } else {
                scratch(&format!("{IMPL}-import"))
            };
            let mut conn = open_content(&dir);
            let (d, n) = time(|| import(&mut conn, pack.as_bytes()));
            assert_eq!(n, PACK_QUESTIONS);
            s.push(d);
            drop(conn);
            if i > 0 {
                let _ = std::fs::remove_dir_all(&dir);
            }
        }
        report(IMPL, "import.total", &s);
    }
    if wanted("assembly") {
        let mut rng = Rng(7);
        let mut n = 0u64;
        let mut first = Samples::default();
        for _ in 0..ASSEMBLY_FIRST_SAMPLES {
            let content = open_content(&bank_dir);
            let mut user = open_user(&bank_dir);
            n += 1;
            let (d, shown) = time(|| assemble(&content, &mut user, &mut rng, n));
            black_box(shown);
            first.push(d);
        }
        let content = open_content(&bank_dir);
        let mut user = open_user(&bank_dir);
        // Untimed: the first after this open (that is the "first" row), then warm ones.
        n += 1;
        black_box(assemble(&content, &mut user, &mut rng, n));
        let mut warm = Samples::default();
        for _ in 0..ASSEMBLY_WARM_SAMPLES {
            n += 1;
            let (d, shown) = time(|| assemble(&content, &mut user, &mut rng, n));
            black_box(shown);
            warm.push(d);
        }
        report(IMPL, "assembly.warm", &warm);
        report(IMPL, "assembly.first", &first);
    }
    let _ = std::fs::remove_dir_all(&bank_dir);
    let dir = scratch(&format!("{IMPL}-history"));
    history_setup(&dir);
    drop(open_content(&dir));
    if wanted("history") {
        let conn = open_user(&dir);
        let mut s = Samples::default();
        for _ in 0..HISTORY_SAMPLES {
            let (d, n) = time(|| progress(&conn));
            assert_eq!(n, HISTORY_ATTEMPTS * HISTORY_PER_ATTEMPT);
            s.push(d);
        }
        report(IMPL, "history.progress", &s);
    }
    if wanted("open") {
        let mut s = Samples::default();
        for _ in 0..OPEN_SAMPLES {
            let (d, n) = time(|| cold_open(&dir));
            black_box(n);
            s.push(d);
        }
        report(IMPL, "open.cold", &s);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

fn criterion_benches(c: &mut criterion::Criterion) {
    let dir = scratch(&format!("{IMPL}-criterion"));
    let mut conn = open_user(&dir);
    insert_attempt(&conn, "a", b"plan");
    let mut pos = 0u32;
    c.bench_function(&format!("{IMPL}/answer.store"), |b| {
        b.iter(|| {
            pos = pos % 120 + 1;
            put_response(
                &mut conn,
                "a",
                pos,
                b"{\"response\":[1],\"flagged\":false}",
                1,
            );
        });
    });
    checkpoint(&conn);
    drop(conn);
    history_setup(&dir);
    let conn = open_user(&dir);
    c.bench_function(&format!("{IMPL}/history.progress"), |b| {
        b.iter(|| black_box(progress(&conn)));
    });
    drop(open_content(&dir));
    c.bench_function(&format!("{IMPL}/open.cold"), |b| {
        b.iter(|| black_box(cold_open(&dir)));
    });
    let _ = std::fs::remove_dir_all(&dir);
}

fn main() {
    if report_mode() {
        run_report();
    } else {
        let mut c = criterion::Criterion::default()
            .sample_size(20)
            .configure_from_args();
        criterion_benches(&mut c);
        c.final_summary();
    }
}
