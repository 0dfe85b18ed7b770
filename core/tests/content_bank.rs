//! The question bank (`content.db`): import semantics and queries, on real SQLite files.

// Helpers of a test crate are not #[test] functions; clippy.toml's test allowance misses them.
#![allow(clippy::unwrap_used)]

use qazstep_core::Error;
use qazstep_core::content::{Exam, Locale, QuestionKind, ValidatedPack, parse_pack};
use qazstep_core::store::bank::{
    self, BankCount, CONTENT_MIGRATIONS, ImportOutcome, QuestionFilter, import_pack,
};
use qazstep_core::store::{self, schema_fingerprint, schema_version};
use rusqlite::Connection;
use serde_json::{Value, json};
use tempfile::TempDir;

const TINY_KK: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/packs/tiny-kk.json"
));
const TINY_RU: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/packs/tiny-ru.json"
));

const KK_ID: &str = "kz.qazstep.test.tiny.kk";
const RU_ID: &str = "kz.qazstep.test.tiny.ru";

fn bank() -> (TempDir, Connection) {
    let dir = tempfile::tempdir().unwrap();
    let conn = bank::open_content(&dir.path().join("content.db")).unwrap();
    (dir, conn)
}

fn kk() -> Value {
    serde_json::from_str(TINY_KK).unwrap()
}

fn ru() -> Value {
    serde_json::from_str(TINY_RU).unwrap()
}

fn validated(v: &Value) -> ValidatedPack {
    parse_pack(&serde_json::to_vec_pretty(v).unwrap()).unwrap()
}

fn ids(qs: &[qazstep_core::content::Question]) -> Vec<&str> {
    qs.iter().map(|q| q.id.as_str()).collect()
}

fn strings(ids: &[&str]) -> Vec<String> {
    ids.iter().map(ToString::to_string).collect()
}

fn all_questions(conn: &Connection) -> Vec<qazstep_core::content::Question> {
    bank::find_questions(
        conn,
        &QuestionFilter {
            include_retired: true,
            ..Default::default()
        },
    )
    .unwrap()
}

fn active_ids(conn: &Connection) -> Vec<String> {
    bank::find_questions(conn, &QuestionFilter::default())
        .unwrap()
        .into_iter()
        .map(|q| q.id)
        .collect()
}

/// Everything a reader of the bank can observe, plus the raw row counts of every table.
fn snapshot(conn: &Connection) -> String {
    let mut rows = Vec::new();
    for table in [
        "packs",
        "subjects",
        "topics",
        "contexts",
        "questions",
        "blueprints",
    ] {
        let n: i64 = conn
            .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
            .unwrap();
        let retired: i64 = if matches!(table, "contexts" | "questions") {
            conn.query_row(
                &format!("SELECT count(*) FROM {table} WHERE retired = 1"),
                [],
                |r| r.get(0),
            )
            .unwrap()
        } else {
            0
        };
        rows.push(format!("{table}={n}/{retired}"));
    }
    format!(
        "{rows:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}\n{:?}",
        bank::list_packs(conn).unwrap(),
        bank::subjects(conn).unwrap(),
        bank::topics(conn, None).unwrap(),
        all_questions(conn),
        bank::bank_counts(conn).unwrap(),
        bank::pack_blueprints(conn).unwrap(),
    )
}

#[test]
fn content_schema_migrated_equals_fresh() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = bank::open_content(&dir.path().join("fresh.db")).unwrap();
    let want = schema_fingerprint(&fresh).unwrap();
    assert!(want.iter().any(|(_, name, _)| name == "questions"));
    // Start from every earlier schema in turn and migrate to the newest.
    for k in 1..=CONTENT_MIGRATIONS.len() {
        let path = dir.path().join(format!("from-{k}.db"));
        drop(store::open(&path, &CONTENT_MIGRATIONS[..k]).unwrap());
        let migrated = bank::open_content(&path).unwrap();
        assert_eq!(
            schema_version(&migrated).unwrap(),
            schema_version(&fresh).unwrap()
        );
        assert_eq!(
            schema_fingerprint(&migrated).unwrap(),
            want,
            "migrated from step {k}"
        );
    }
}

#[test]
fn migrating_a_bank_with_questions_fills_their_option_counts() {
    let dir = tempfile::tempdir().unwrap();
    let fresh_path = dir.path().join("fresh.db");
    let mut fresh = bank::open_content(&fresh_path).unwrap();
    bank::import_pack(&mut fresh, &validated(&kk()), 1).unwrap();
    let counts = |conn: &Connection| -> Vec<(String, i64)> {
        let mut stmt = conn
            .prepare("SELECT id, options FROM questions ORDER BY id")
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let want = counts(&fresh);
    assert!(want.iter().any(|(_, n)| *n > 0), "{want:?}");

    // A step-1 bank holding the same rows (no `options` column yet).
    let path = dir.path().join("old.db");
    let old = store::open(&path, &CONTENT_MIGRATIONS[..1]).unwrap();
    old.execute("ATTACH ?1 AS f", [fresh_path.to_str().unwrap()])
        .unwrap();
    old.execute_batch(
        "INSERT INTO packs SELECT * FROM f.packs;
         INSERT INTO subjects SELECT * FROM f.subjects;
         INSERT INTO topics SELECT * FROM f.topics;
         INSERT INTO contexts SELECT * FROM f.contexts;
         INSERT INTO questions SELECT id, pack_id, exam, locale, subject, topic, kind,
             context_id, group_id, difficulty, retired, data_json FROM f.questions;
         INSERT INTO blueprints SELECT * FROM f.blueprints;
         DETACH f;",
    )
    .unwrap();
    drop(old);

    let migrated = bank::open_content(&path).unwrap();
    assert_eq!(counts(&migrated), want);
    assert_eq!(snapshot(&migrated), snapshot(&fresh));
}

fn page_size(conn: &Connection) -> i64 {
    conn.query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_new_bank_has_large_pages_and_an_old_one_keeps_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = bank::open_content(&dir.path().join("fresh.db")).unwrap();
    assert_eq!(page_size(&fresh), i64::from(bank::CONTENT_PAGE_SIZE));
    // A bank made before content.db had its own page size: SQLite's default 4 KB pages.
    let path = dir.path().join("old.db");
    drop(store::open(&path, &CONTENT_MIGRATIONS[..1]).unwrap());
    let mut old = bank::open_content(&path).unwrap();
    assert_eq!(page_size(&old), 4096);
    let report = bank::import_pack(&mut old, &validated(&kk()), 1).unwrap();
    assert_eq!(report.outcome, ImportOutcome::Installed);
    assert_eq!(snapshot(&old), {
        let mut fresh = fresh;
        bank::import_pack(&mut fresh, &validated(&kk()), 1).unwrap();
        snapshot(&fresh)
    });
}

#[test]
fn install_records_pack_counts_hash_and_time() {
    let (_dir, mut conn) = bank();
    let pack = parse_pack(TINY_KK.as_bytes()).unwrap();
    let report = import_pack(&mut conn, &pack, 1_700_000_000).unwrap();
    assert_eq!(report.outcome, ImportOutcome::Installed);
    assert_eq!(
        (
            report.pack_id.as_str(),
            report.version,
            report.questions,
            report.retired
        ),
        (KK_ID, 1, 7, 0)
    );
    assert!(report.warnings.is_empty());
    let packs = bank::list_packs(&conn).unwrap();
    assert_eq!(packs.len(), 1);
    let info = &packs[0];
    assert_eq!(
        (
            info.id.as_str(),
            info.version,
            info.locale,
            info.questions,
            info.contexts
        ),
        (KK_ID, 1, Locale::Kk, 7, 1)
    );
    assert_eq!(info.sha256, pack.sha256);
    assert_eq!(info.imported_at, 1_700_000_000);
    assert_eq!(info.title.ru, "Маленький тестовый набор");

    // What comes back is exactly what was imported.
    let back = bank::questions_by_ids(
        &conn,
        &pack
            .pack
            .questions
            .iter()
            .map(|q| q.id.clone())
            .collect::<Vec<_>>(),
    )
    .unwrap();
    assert_eq!(back, pack.pack.questions);
    let ctx = bank::contexts_by_ids(&conn, &strings(&["kk.history_kz.ctx.0001"])).unwrap();
    assert_eq!(ctx, pack.pack.contexts);
}

#[test]
fn reimport_of_same_version_changes_nothing() {
    let (_dir, mut conn) = bank();
    let pack = parse_pack(TINY_KK.as_bytes()).unwrap();
    import_pack(&mut conn, &pack, 100).unwrap();
    let before = snapshot(&conn);
    let changes = conn.total_changes();
    let again = import_pack(&mut conn, &pack, 200).unwrap();
    assert_eq!(again.outcome, ImportOutcome::Unchanged);
    assert_eq!((again.version, again.questions, again.retired), (1, 7, 0));
    assert_eq!(conn.total_changes(), changes, "not a row written");
    assert_eq!(snapshot(&conn), before);
    assert_eq!(bank::list_packs(&conn).unwrap()[0].imported_at, 100);

    // Same id and version, different bytes: refused.
    let mut edited = kk();
    edited["questions"][0]["stem"] = json!("Басқа мәтін");
    let err = import_pack(&mut conn, &validated(&edited), 300).unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err}");
    assert_eq!(
        err.to_string(),
        format!("pack {KK_ID} version 1 is installed with different content; raise the version")
    );
    assert_eq!(snapshot(&conn), before);
}

#[test]
fn upgrade_replaces_and_retires_what_it_drops() {
    let (_dir, mut conn) = bank();
    import_pack(&mut conn, &validated(&kk()), 100).unwrap();

    let mut v2 = kk();
    v2["version"] = json!(2);
    v2["questions"][0]["stem"] = json!("3x = 12 теңдеуін шешіңіз.");
    let qs = v2["questions"].as_array_mut().unwrap();
    // Drop kk.math.0002 and both questions on the context, and the context itself.
    qs.retain(|q| q["id"] != "kk.math.0002" && q["subject"] != "history_kz");
    v2["contexts"] = json!([]);
    v2["topics"].as_array_mut().unwrap().remove(2);
    let report = import_pack(&mut conn, &validated(&v2), 200).unwrap();
    assert_eq!(report.outcome, ImportOutcome::Upgraded { from: 1 });
    assert_eq!(
        (report.version, report.questions, report.retired),
        (2, 4, 3)
    );

    let info = &bank::list_packs(&conn).unwrap()[0];
    assert_eq!((info.version, info.questions, info.contexts), (2, 4, 0));
    assert_eq!(info.imported_at, 200);
    assert_eq!(
        active_ids(&conn),
        [
            "kk.math.0001",
            "kk.math.0101",
            "kk.math.0201",
            "kk.pbb.tm.0001"
        ]
    );
    assert_eq!(all_questions(&conn).len(), 7, "retired, not deleted");
    assert!(
        bank::bank_counts(&conn)
            .unwrap()
            .iter()
            .all(|c| c.subject != "history_kz"),
        "retired questions are not counted"
    );

    // Retired questions and contexts stay fetchable by id, for reviewing past attempts.
    let old =
        bank::questions_by_ids(&conn, &strings(&["kk.history_kz.0302", "kk.math.0002"])).unwrap();
    assert_eq!(ids(&old), ["kk.history_kz.0302", "kk.math.0002"]);
    assert!(bank::is_retired(&conn, "kk.math.0002").unwrap());
    assert!(!bank::is_retired(&conn, "kk.math.0001").unwrap());
    assert_eq!(
        bank::contexts_by_ids(&conn, &strings(&["kk.history_kz.ctx.0001"]))
            .unwrap()
            .len(),
        1
    );
    let changed = bank::questions_by_ids(&conn, &strings(&["kk.math.0001"])).unwrap();
    assert_eq!(changed[0].stem, "3x = 12 теңдеуін шешіңіз.");
    // Shared topics stay even when the new version no longer declares them.
    assert!(
        bank::topics(&conn, Some("history_kz"))
            .unwrap()
            .iter()
            .any(|t| t.id == "history_kz.khanate")
    );

    // Version 3 brings a question back: it is active again.
    let mut v3 = kk();
    v3["version"] = json!(3);
    let report = import_pack(&mut conn, &validated(&v3), 300).unwrap();
    assert_eq!(report.outcome, ImportOutcome::Upgraded { from: 2 });
    assert_eq!((report.questions, report.retired), (7, 0));
    assert_eq!(active_ids(&conn).len(), 7);
    assert!(!bank::is_retired(&conn, "kk.math.0002").unwrap());
    assert_eq!(bank::list_packs(&conn).unwrap()[0].contexts, 1);
}

#[test]
fn downgrade_is_refused_and_changes_nothing() {
    let (_dir, mut conn) = bank();
    let mut v3 = kk();
    v3["version"] = json!(3);
    import_pack(&mut conn, &validated(&v3), 100).unwrap();
    let before = snapshot(&conn);
    let mut v2 = kk();
    v2["version"] = json!(2);
    v2["questions"].as_array_mut().unwrap().truncate(1);
    let err = import_pack(&mut conn, &validated(&v2), 200).unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err}");
    assert_eq!(
        err.to_string(),
        format!("pack {KK_ID} version 2 is older than the installed version 3; nothing imported")
    );
    assert_eq!(snapshot(&conn), before);
}

/// A pack whose every part is new except its last question, whose id the kk pack owns: the
/// conflict is discovered after subjects, topics, contexts and questions were written.
fn late_conflict_pack() -> Value {
    json!({
        "format": 1, "id": "kz.other.music", "version": 1, "locale": "kk",
        "title": {"kk": "Музыка", "ru": "Музыка"},
        "subjects": [{"code": "law", "name": {"kk": "Музыка", "ru": "Музыка"}},
                     {"code": "math", "name": {"kk": "Мат.", "ru": "Мат."}}],
        "topics": [{"id": "music.notes", "subject": "law", "name": {"kk": "Ноталар", "ru": "Ноты"}},
                   {"id": "math.equations", "subject": "math", "name": {"kk": "Өзгертілген", "ru": "Изменено"}}],
        "contexts": [{"id": "music.ctx.1", "subject": "law", "text": "Ноталар туралы мәтін."}],
        "questions": [
            {"id": "music.0001", "subject": "law", "topic": "music.notes", "kind": "single",
             "context": "music.ctx.1", "stem": "?", "options": ["до", "ре"], "correct": [0]},
            {"id": "music.0002", "subject": "math", "topic": "math.equations", "kind": "single",
             "stem": "?", "options": ["1", "2"], "correct": [1]},
            {"id": "kk.history_kz.0302", "subject": "law", "topic": "music.notes", "kind": "single",
             "stem": "?", "options": ["ми", "фа"], "correct": [1]}
        ],
        "blueprints": [{"id": "music-bp"}]
    })
}

#[test]
fn id_owned_by_another_pack_aborts_the_whole_import() {
    let (_dir, mut conn) = bank();
    import_pack(&mut conn, &validated(&kk()), 100).unwrap();
    let before = snapshot(&conn);
    let changes = conn.total_changes();
    let err = import_pack(&mut conn, &validated(&late_conflict_pack()), 200).unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "question id \"kk.history_kz.0302\" already belongs to pack {KK_ID}; nothing imported"
        )
    );
    assert!(
        conn.total_changes() > changes,
        "rows were written, then rolled back"
    );
    assert_eq!(snapshot(&conn), before);
    // The pack's renaming of a subject is rolled back too.
    assert!(
        bank::subjects(&conn)
            .unwrap()
            .iter()
            .all(|s| s.name.ru != "Музыка")
    );

    // A context id owned by another pack, likewise.
    let mut ctx_clash = late_conflict_pack();
    ctx_clash["questions"].as_array_mut().unwrap().pop();
    ctx_clash["contexts"][0]["id"] = json!("kk.history_kz.ctx.0001");
    ctx_clash["questions"][0]["context"] = json!("kk.history_kz.ctx.0001");
    let err = import_pack(&mut conn, &validated(&ctx_clash), 200).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "context id \"kk.history_kz.ctx.0001\" already belongs to pack {KK_ID}; nothing imported"
        )
    );
    assert_eq!(snapshot(&conn), before);

    // Several: every one is named (an author used to find them one import at a time).
    let mut many = late_conflict_pack();
    many["contexts"][0]["id"] = json!("kk.history_kz.ctx.0001");
    many["questions"][0]["context"] = json!("kk.history_kz.ctx.0001");
    many["questions"][1]["id"] = json!("kk.history_kz.0301");
    let err = import_pack(&mut conn, &validated(&many), 200).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "3 ids already belong to other packs: context \"kk.history_kz.ctx.0001\" (pack \
             {KK_ID}), question \"kk.history_kz.0301\" (pack {KK_ID}), question \
             \"kk.history_kz.0302\" (pack {KK_ID}); nothing imported"
        )
    );
    assert_eq!(snapshot(&conn), before);
}

#[test]
fn failed_upgrade_leaves_the_old_version_active() {
    let (_dir, mut conn) = bank();
    import_pack(&mut conn, &validated(&kk()), 100).unwrap();
    import_pack(&mut conn, &validated(&ru()), 110).unwrap();
    let before = snapshot(&conn);
    let mut v2 = kk();
    v2["version"] = json!(2);
    let qs = v2["questions"].as_array_mut().unwrap();
    qs.remove(1); // would retire kk.math.0002
    qs.last_mut().unwrap()["id"] = json!("ru.math.0101"); // owned by the ru pack
    let err = import_pack(&mut conn, &validated(&v2), 200).unwrap_err();
    assert!(err.to_string().contains("\"ru.math.0101\""), "{err}");
    assert_eq!(snapshot(&conn), before);
    assert!(!bank::is_retired(&conn, "kk.math.0002").unwrap());
    assert_eq!(bank::list_packs(&conn).unwrap()[0].version, 1);
}

#[test]
fn topic_cannot_change_subject_under_another_packs_questions() {
    let (_dir, mut conn) = bank();
    import_pack(&mut conn, &validated(&ru()), 100).unwrap();
    let before = snapshot(&conn);
    let mut kk = kk();
    kk["topics"][1]["subject"] = json!("physics");
    kk["questions"][1]["subject"] = json!("physics");
    let err = import_pack(&mut conn, &validated(&kk), 200).unwrap_err();
    assert!(matches!(err, Error::Conflict(_)), "{err}");
    assert!(
        err.to_string().starts_with(
            "topic \"math.percent\" belongs to subject \"math\" (question \"ru.math.0002\""
        ),
        "{err}"
    );
    assert_eq!(snapshot(&conn), before);
}

fn two_packs() -> (TempDir, Connection) {
    let (dir, mut conn) = bank();
    import_pack(&mut conn, &validated(&kk()), 100).unwrap();
    import_pack(&mut conn, &validated(&ru()), 110).unwrap();
    (dir, conn)
}

fn find(conn: &Connection, filter: QuestionFilter) -> Vec<String> {
    bank::find_questions(conn, &filter)
        .unwrap()
        .into_iter()
        .map(|q| q.id)
        .collect()
}

#[test]
fn find_questions_by_each_filter_ordered_by_id() {
    let (_dir, conn) = two_packs();
    let all = find(&conn, QuestionFilter::default());
    assert_eq!(all.len(), 10);
    let mut sorted = all.clone();
    sorted.sort();
    assert_eq!(all, sorted, "ordered by id");

    let f = QuestionFilter::default;
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                exam: Some(Exam::Pbb),
                ..f()
            }
        ),
        ["kk.pbb.tm.0001"]
    );
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                locale: Some(Locale::Ru),
                ..f()
            }
        ),
        ["ru.math.0001", "ru.math.0002", "ru.math.0101"]
    );
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                subject: Some("history_kz".into()),
                ..f()
            }
        ),
        ["kk.history_kz.0301", "kk.history_kz.0302"]
    );
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                kind: Some(QuestionKind::Multiple),
                ..f()
            }
        ),
        ["kk.math.0101", "ru.math.0101"]
    );
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                kind: Some(QuestionKind::Matching),
                ..f()
            }
        ),
        ["kk.math.0201"]
    );
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                topic: Some("math.percent".into()),
                ..f()
            }
        ),
        ["kk.math.0002", "ru.math.0002"]
    );
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                context: Some("kk.history_kz.ctx.0001".into()),
                ..f()
            }
        ),
        ["kk.history_kz.0301", "kk.history_kz.0302"]
    );
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                in_context: Some(true),
                ..f()
            }
        ),
        ["kk.history_kz.0301", "kk.history_kz.0302"]
    );
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                in_context: Some(false),
                ..f()
            }
        )
        .len(),
        8
    );
    // Filters combine.
    assert_eq!(
        find(
            &conn,
            QuestionFilter {
                exam: Some(Exam::Unt),
                locale: Some(Locale::Kk),
                subject: Some("math".into()),
                kind: Some(QuestionKind::Single),
                in_context: Some(false),
                ..f()
            }
        ),
        ["kk.math.0001", "kk.math.0002"]
    );
    assert!(
        find(
            &conn,
            QuestionFilter {
                locale: Some(Locale::En),
                ..f()
            }
        )
        .is_empty()
    );
}

#[test]
fn questions_by_ids_keeps_the_order_and_names_missing_ids() {
    let (_dir, conn) = two_packs();
    let want = [
        "ru.math.0101",
        "kk.math.0001",
        "kk.history_kz.0302",
        "kk.math.0001",
    ];
    let got = bank::questions_by_ids(&conn, &strings(&want)).unwrap();
    assert_eq!(ids(&got), want);
    assert!(bank::questions_by_ids(&conn, &[]).unwrap().is_empty());

    let err =
        bank::questions_by_ids(&conn, &strings(&["kk.math.0001", "nope.1", "nope.2"])).unwrap_err();
    assert!(matches!(err, Error::NotFound(_)), "{err}");
    assert_eq!(
        err.to_string(),
        "not found: question \"nope.1\", \"nope.2\""
    );
    let err = bank::contexts_by_ids(&conn, &strings(&["ctx.none"])).unwrap_err();
    assert_eq!(err.to_string(), "not found: context \"ctx.none\"");
}

#[test]
fn bank_counts_group_active_questions() {
    let (_dir, conn) = two_packs();
    let c = |exam, locale, subject: &str, kind, in_context, count| BankCount {
        exam,
        locale,
        subject: subject.to_string(),
        kind,
        in_context,
        count,
    };
    use Exam::*;
    use Locale::*;
    use QuestionKind::*;
    assert_eq!(
        bank::bank_counts(&conn).unwrap(),
        [
            c(Pbb, Kk, "teaching_methodology", Single, false, 1),
            c(Unt, Kk, "history_kz", Single, true, 2),
            c(Unt, Kk, "math", Matching, false, 1),
            c(Unt, Kk, "math", Multiple, false, 1),
            c(Unt, Kk, "math", Single, false, 2),
            c(Unt, Ru, "math", Multiple, false, 1),
            c(Unt, Ru, "math", Single, false, 2),
        ]
    );
}

#[test]
fn subjects_and_topics_are_shared_and_latest_import_names_them() {
    let (_dir, mut conn) = two_packs();
    let subjects = bank::subjects(&conn).unwrap();
    assert_eq!(
        subjects.len(),
        17,
        "built-in subjects, the declared math among them"
    );
    assert!(subjects.windows(2).all(|w| w[0].code < w[1].code));
    let math_topics = bank::topics(&conn, Some("math")).unwrap();
    assert_eq!(
        math_topics
            .iter()
            .map(|t| t.id.as_str())
            .collect::<Vec<_>>(),
        ["math.equations", "math.percent"]
    );
    assert_eq!(bank::topics(&conn, None).unwrap().len(), 4);

    let mut law = json!({
        "format": 1, "id": "kz.other.law", "version": 1, "locale": "ru",
        "title": {"kk": "Құқық", "ru": "Право"},
        "subjects": [{"code": "law", "name": {"kk": "Құқық", "ru": "Право"}}],
        "topics": [{"id": "law.basics", "subject": "law", "name": {"kk": "Негіздер", "ru": "Основы"}},
                   {"id": "math.equations", "subject": "math", "name": {"kk": "Теңдеулер (жаңа)", "ru": "Уравнения (новое)"}}],
        "questions": [{"id": "law.0001", "subject": "law", "topic": "law.basics",
                       "kind": "single", "stem": "?", "options": ["да", "нет"], "correct": [0]}]
    });
    let report = import_pack(&mut conn, &validated(&law), 200).unwrap();
    assert_eq!(
        report
            .warnings
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>(),
        ["topics[1]: topic \"math.equations\" is not used by any question"]
    );
    // A declaration names one of the 17 subjects of the spec; it adds none.
    let subjects = bank::subjects(&conn).unwrap();
    assert_eq!(subjects.len(), 17);
    assert_eq!(
        subjects.iter().find(|s| s.code == "law").unwrap().name.ru,
        "Право"
    );
    let eq = bank::topics(&conn, Some("math")).unwrap();
    assert_eq!(eq[0].name.ru, "Уравнения (новое)");
    law["version"] = json!(2);
    law["subjects"][0]["name"]["ru"] = json!("Основы права");
    import_pack(&mut conn, &validated(&law), 300).unwrap();
    let s = bank::subjects(&conn).unwrap();
    let m = s.iter().find(|s| s.code == "law").unwrap();
    assert_eq!(m.name.ru, "Основы права");
}

#[test]
fn blueprints_come_in_install_order_from_the_installed_versions() {
    let (_dir, mut conn) = bank();
    import_pack(&mut conn, &validated(&kk()), 100).unwrap();
    let mut ru = ru();
    ru["blueprints"] = json!([{"id": "ru-a"}, {"id": "ru-b"}]);
    import_pack(&mut conn, &validated(&ru), 110).unwrap();
    let names = |conn: &Connection| -> Vec<String> {
        bank::pack_blueprints(conn)
            .unwrap()
            .iter()
            .map(|b| b["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&conn), ["test-blueprint", "ru-a", "ru-b"]);
    // Upgrading kk replaces its blueprints and keeps its place: the registry keeps the first of
    // equal revisions, so an upgrade must not move a pack behind the others.
    let mut v2 = kk();
    v2["version"] = json!(2);
    v2["blueprints"] = json!([{"id": "test-blueprint-2"}]);
    import_pack(&mut conn, &validated(&v2), 120).unwrap();
    assert_eq!(names(&conn), ["test-blueprint-2", "ru-a", "ru-b"]);
}

#[test]
fn packs_are_listed_by_id() {
    let (_dir, conn) = two_packs();
    let packs = bank::list_packs(&conn).unwrap();
    let got: Vec<(&str, Locale, u32, u32)> = packs
        .iter()
        .map(|p| (p.id.as_str(), p.locale, p.questions, p.contexts))
        .collect();
    assert_eq!(got, [(KK_ID, Locale::Kk, 7, 1), (RU_ID, Locale::Ru, 3, 0)]);
}
