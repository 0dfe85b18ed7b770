//! `exam_view` and `report_view`: one position or the report of an attempt as the app's screens
//! draw them, read without moving the user (what `qazstep exam show` and `exam submit` draw).
#![allow(clippy::unwrap_used)]

mod common;

use qazstep_core::app::Screen;
use qazstep_core::content::Locale;
use qazstep_core::scoring::Response;
use qazstep_core::{MessageId, StartExam};

#[test]
fn exam_view_shows_one_position_and_moves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (core, _clock) = common::open_with_content(dir.path());
    let s = core
        .start_exam(&StartExam {
            blueprint: "unt-2025".into(),
            subjects: vec!["math".into(), "physics".into()],
            category: None,
            locale: Locale::Ru,
            seed: Some(3),
            extra_time: false,
        })
        .unwrap();
    let before = core.screen();
    core.answer(&s.attempt, 1, &Response::Choice(vec![0]))
        .unwrap();
    // Absent position: the first without an answer.
    let Screen::Exam(e) = core.exam_view(&s.attempt, None).unwrap() else {
        panic!("an exam screen")
    };
    assert_eq!((e.position, e.total), (2, 120));
    assert!(e.sections.iter().all(|t| t.name != t.section), "named");
    let Screen::Exam(e) = core.exam_view(&s.attempt, Some(1)).unwrap() else {
        panic!("an exam screen")
    };
    assert_eq!(e.response, Some(Response::Choice(vec![0])));
    for bad in [0, 121, -1] {
        let err = core.exam_view(&s.attempt, Some(bad)).unwrap_err();
        assert_eq!(err.message().id, MessageId::PositionOutOfRange, "{bad}");
    }
    assert_eq!(
        core.exam_view("no-such-attempt", None)
            .unwrap_err()
            .message()
            .id,
        MessageId::AttemptNotFound
    );
    assert_eq!(
        core.report_view(&s.attempt).unwrap_err().message().id,
        MessageId::NotSubmittedYet
    );
    // The app's place did not move.
    assert_eq!(core.screen(), before);

    core.submit(&s.attempt).unwrap();
    let Screen::Report(r) = core.report_view(&s.attempt).unwrap() else {
        panic!("a report screen")
    };
    assert_eq!(r.report.max_total, 140);
    assert!(r.report.sections.iter().all(|t| t.name != t.section));
    // A submitted attempt shows its review at the position asked for.
    let Screen::Review(v) = core.exam_view(&s.attempt, Some(5)).unwrap() else {
        panic!("a review screen")
    };
    assert_eq!(v.position, 5);
    assert_eq!(core.screen(), before);
}
