// XCTest smoke tests of the Swift bindings: the essentials of the Kotlin suite
// (tests/kotlin/QazstepTest.kt). Run on macOS with tests/swift/run.sh.
import Foundation
import QazstepCore
import XCTest

final class QazstepCoreTests: XCTestCase {
    private var dirs: [URL] = []

    override func tearDown() {
        for d in dirs { try? FileManager.default.removeItem(at: d) }
        dirs = []
    }

    private func tempDir() -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("qazstep-swift-\(UUID().uuidString)")
        dirs.append(d)
        return d
    }

    private func coreWithContent(_ provider: KeyProvider = AesKeyProvider(), dir: URL? = nil) throws -> Qazstep {
        let core = try Qazstep.open(dataDir: (dir ?? tempDir()).path, keyProvider: provider)
        _ = try core.importPack(bytes: SyntheticPack.json("kk"))
        _ = try core.importPack(bytes: SyntheticPack.json("ru"))
        return core
    }

    private let unt = StartExam(blueprint: "unt-2025", choice: .unt(first: "math", second: "physics"), language: .kk, seed: 7)

    /// 2026-05-01T10:00:00Z, the fixed clock of the app scripts.
    private let nowMs: Int64 = 1_777_629_600_000

    func testTopLevelFunctions() throws {
        XCTAssertFalse(coreVersion().isEmpty)
        XCTAssertEqual(validatePack(bytes: SyntheticPack.json("kk")), [])
        XCTAssertFalse(validatePack(bytes: Data("{not json".utf8)).isEmpty)
        let iin = validIin()
        let masked = try checkIin(iin: iin)
        XCTAssertTrue(masked.hasPrefix(String(iin.prefix(2))) && masked.hasSuffix(String(iin.suffix(2))))
        XCTAssertThrowsError(try checkIin(iin: "12345")) { error in
            guard case QazstepError.InvalidIin(let reason) = error else { return XCTFail("\(error)") }
            XCTAssertFalse(reason.contains("12345"))
        }
    }

    func testOpenWrapsWithTheSwiftProviderAndReopens() throws {
        let dir = tempDir()
        let provider = AesKeyProvider()
        var core: Qazstep? = try Qazstep.open(dataDir: dir.path, keyProvider: provider)
        XCTAssertEqual(core?.dataDir(), dir.path)
        XCTAssertEqual(provider.wraps, 1)
        core = nil // released: the Rust object is freed on deinit
        let again = provider.sameKey()
        _ = try Qazstep.open(dataDir: dir.path, keyProvider: again)
        XCTAssertGreaterThanOrEqual(again.unwraps, 1)
    }

    func testContentListsInKazakhAndRussian() throws {
        let core = try coreWithContent()
        XCTAssertEqual(try core.packs().count, 2)
        let math = try XCTUnwrap(core.subjects().first { $0.code == "math" })
        XCTAssertEqual(math.name.kk, "Математика")
        XCTAssertTrue(try core.topics(subject: "math").allSatisfy { $0.subject == "math" })
        let bps = core.blueprints()
        XCTAssertTrue(bps.contains { $0.id == "unt-2025" && $0.exam == .unt && $0.items == 120 })
        XCTAssertTrue(bps.contains { $0.id == "pbb-2024" && $0.thresholds.contains("moderator") })
    }

    func testProfileValidatesAndMasksTheIin() throws {
        let core = try coreWithContent()
        XCTAssertThrowsError(try core.setProfile(update: ProfileUpdate(iin: "123456789012"))) { error in
            guard case QazstepError.InvalidIin = error else { return XCTFail("\(error)") }
        }
        XCTAssertNil(try core.profile())
        let iin = validIin()
        let view = try core.setProfile(update: ProfileUpdate(iin: iin, name: "Айгерім", profileSubjects: ["math", "physics"]))
        XCTAssertFalse(try XCTUnwrap(view.iinMasked).contains(iin))
        let consent = try core.giveConsent(policyVersion: "2025-02-05")
        XCTAssertEqual(consent.policyVersion, "2025-02-05")
        XCTAssertEqual(try core.profile()?.consent, consent)
        // The ИИН is optional: it can be removed again.
        XCTAssertNil(try core.setProfile(update: ProfileUpdate(removeIin: true)).iinMasked)
        XCTAssertEqual(try core.profile()?.name, "Айгерім")
    }

    func testConsentBeforeAnyProfileAndWithdrawal() throws {
        let core = try coreWithContent()
        XCTAssertNil(try core.profile())
        XCTAssertThrowsError(try core.giveConsent(policyVersion: "2031-01-01")) { error in
            guard case QazstepError.InvalidInput = error else { return XCTFail("\(error)") }
        }
        let consent = try core.giveConsent(policyVersion: "2025-02-05")
        XCTAssertEqual(try core.profile()?.consent, consent)
        XCTAssertNil(try core.profile()?.iinMasked)
        let iin = validIin("9902025001")
        _ = try core.setProfile(update: ProfileUpdate(iin: iin, name: "Ерлан"))
        try core.withdrawConsent()
        XCTAssertNil(try core.profile())
        XCTAssertFalse(try core.exportPersonalData().contains(iin))
        XCTAssertEqual(try core.packs().count, 2)
    }

    func testFullUntMockEndToEnd() throws {
        let core = try coreWithContent()
        let s = try core.startExam(request: unt)
        XCTAssertEqual(s.questions, 120)
        let view = try core.attempt(id: s.attempt)
        XCTAssertEqual(view.questions.count, 120)
        let page = try core.attemptPage(id: s.attempt, first: 4, count: 4)
        XCTAssertEqual(page.questions.map(\.position), [4, 5, 6, 7])
        XCTAssertEqual(page.questions, Array(view.questions[3..<7]))
        XCTAssertThrowsError(try core.attemptPage(id: s.attempt, first: 1, count: 0))
        var last: AnswerAck?
        for q in view.questions {
            last = try core.answer(id: s.attempt, position: q.position, response: someResponse(q.kind, prompts: q.prompts.count))
        }
        XCTAssertEqual(last?.answered, 120)
        _ = try core.flag(id: s.attempt, position: 5, flagged: true)
        XCTAssertEqual(try core.clearAnswer(id: s.attempt, position: 7).answered, 119)
        XCTAssertGreaterThan(try core.remainingSeconds(id: s.attempt), 0)
        XCTAssertEqual(try core.unfinishedAttempts().map(\.attempt), [s.attempt])
        let report = try core.submit(id: s.attempt)
        XCTAssertEqual(report.items.count, 120)
        XCTAssertLessThanOrEqual(report.total, report.maxTotal)
        XCTAssertEqual(try core.report(id: s.attempt), report)
        let review = try core.review(id: s.attempt)
        for item in review.items where item.response == item.correct {
            XCTAssertEqual(item.points, item.maxPoints)
        }
        XCTAssertEqual(try core.attempts().first?.total, report.total)
        XCTAssertThrowsError(try core.answer(id: s.attempt, position: 1, response: .choice(options: [0]))) { error in
            guard case QazstepError.AlreadySubmitted = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try core.submit(id: s.attempt)) { error in
            guard case QazstepError.AlreadySubmitted = error else { return XCTFail("\(error)") }
        }
    }

    func testTimeUpOnTheFixedClock() throws {
        let core = try Qazstep.openAt(dataDir: tempDir().path, keyProvider: AesKeyProvider(), nowMs: nowMs)
        _ = try core.importPack(bytes: SyntheticPack.json("kk"))
        let s = try core.startExam(request: unt)
        XCTAssertEqual(s.startedAtMs, nowMs)
        let whole = (s.deadlineMs - nowMs) / 1000
        XCTAssertEqual(try core.remainingSeconds(id: s.attempt), whole)
        _ = core.dispatch(event: .tick(elapsedMs: 90_000))
        XCTAssertEqual(try core.remainingSeconds(id: s.attempt), whole - 90)
        try core.pause()
        _ = core.dispatch(event: .tick(elapsedMs: s.deadlineMs - nowMs))
        XCTAssertThrowsError(try core.answer(id: s.attempt, position: 1, response: .choice(options: [0]))) { error in
            guard case QazstepError.TimeUp = error else { return XCTFail("\(error)") }
        }
        XCTAssertEqual(try core.attempts().first?.submitted, true)
    }

    func testTheAppModel() throws {
        let core = try Qazstep.openAt(dataDir: tempDir().path, keyProvider: AesKeyProvider(), nowMs: nowMs)
        _ = try core.importPack(bytes: SyntheticPack.json("kk"))
        guard case .onboarding(let language) = core.dispatch(event: .launch) else { return XCTFail("not onboarding") }
        XCTAssertEqual(language.step, .language)
        guard case .onboarding(let bad) = core.dispatch(event: .setLanguage(language: "de")) else { return XCTFail("not onboarding") }
        XCTAssertEqual(bad.error.map { messageCode(id: $0.id) }, "language_unknown")
        _ = core.dispatch(event: .setLanguage(language: "kk"))
        _ = core.dispatch(event: .acceptPolicy)
        let form = ProfileForm(role: "student", subjects: ["math", "physics"])
        guard case .home(let home) = core.dispatch(event: .submitProfile(form: form)) else { return XCTFail("not home") }
        XCTAssertNil(home.error)
        guard case .exam(let exam) = core.dispatch(event: .startExam(blueprint: "unt-2025", seed: 11)) else { return XCTFail("no exam") }
        XCTAssertEqual(exam.total, 120)
        XCTAssertEqual(exam.palette.count, 120)
        guard case .exam(let answered) = core.dispatch(event: .answer(position: 1, response: .choice(options: [1]))) else {
            return XCTFail("not the exam")
        }
        XCTAssertEqual(answered.answeredCount, 1)
        guard case .exam(let empty) = core.dispatch(event: .answer(position: 2, response: .choice(options: []))) else {
            return XCTFail("not the exam")
        }
        XCTAssertEqual(empty.error?.id, .responseEmpty)
        guard case .exam(let now) = core.screen() else { return XCTFail("not the exam") }
        XCTAssertEqual(now.answeredCount, 1)
        XCTAssertEqual(messageCode(id: .badEvent), "bad_event")
    }

    func testMediaByHashAndStarterPacks() throws {
        let figure = Data([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) + Data("qazstep test figure".utf8)
        let question: [String: Any] = [
            "id": "test.media.q1", "subject": "math", "topic": "math.media", "kind": "single",
            "stem": "Суретте қандай фигура?", "options": ["үшбұрыш", "шеңбер"], "correct": [0],
            "media": [["kind": "image", "path": "fig1.png", "sha256": sha256Hex(figure), "alt": "Үшбұрыш"]],
        ]
        let pack: [String: Any] = [
            "format": 1, "id": "test.media.kk", "version": 1, "locale": "kk",
            "title": ["kk": "Суреттер", "ru": "Рисунки"],
            "topics": [["id": "math.media", "subject": "math", "name": ["kk": "Суреттер", "ru": "Рисунки"]]],
            "questions": [question],
        ]
        let bytes = try JSONSerialization.data(withJSONObject: pack)
        let core = try Qazstep.open(dataDir: tempDir().path, keyProvider: AesKeyProvider())
        XCTAssertEqual(try core.importPackWithMedia(bytes: bytes, media: [figure]).questions, 1)
        XCTAssertEqual(try core.media(sha256: sha256Hex(figure)), figure)
        XCTAssertThrowsError(try core.media(sha256: String(repeating: "0", count: 64))) { error in
            guard case QazstepError.NotFound = error else { return XCTFail("\(error)") }
        }
        // A bank with a pack already: the starter packs are not imported.
        XCTAssertFalse(try core.importStarterPacks(packs: [SyntheticPack.json("kk")]))
        let fresh = try Qazstep.open(dataDir: tempDir().path, keyProvider: AesKeyProvider())
        XCTAssertTrue(try fresh.importStarterPacks(packs: [SyntheticPack.json("kk"), SyntheticPack.json("ru")]))
        XCTAssertEqual(try fresh.packs().count, 2)
        XCTAssertFalse(try fresh.importStarterPacks(packs: [SyntheticPack.json("kk"), SyntheticPack.json("ru")]))
    }

    func testPbbMockWithCategory() throws {
        let core = try coreWithContent()
        let s = try core.startExam(request: StartExam(blueprint: "pbb-2024", choice: .pbb(subject: "math", category: "moderator"), language: .ru))
        XCTAssertEqual(s.questions, 50)
        XCTAssertTrue(try core.submit(id: s.attempt).thresholds.contains { $0.id == "moderator" })
    }

    func testBadAnswerIsInvalidInput() throws {
        let core = try coreWithContent()
        let s = try core.startExam(request: unt)
        let single = try XCTUnwrap(core.attempt(id: s.attempt).questions.first { $0.kind == .single })
        XCTAssertThrowsError(try core.answer(id: s.attempt, position: single.position, response: .choice(options: [9]))) { error in
            guard case QazstepError.InvalidInput = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try core.attempt(id: "no-such-attempt")) { error in
            guard case QazstepError.NotFound = error else { return XCTFail("\(error)") }
        }
    }

    func testPracticeFeedbackAndProgress() throws {
        let core = try coreWithContent()
        let session = try core.startPractice(request: PracticeRequest(subject: "math", count: 3, language: .kk, exam: .unt, seed: 1))
        XCTAssertEqual(session.questions.count, 3)
        let q = session.questions[0]
        let key0 = SyntheticPack.key(q.question, q.kind)
        let feedback = try core.practiceAnswer(id: session.id, index: 0, response: key0)
        XCTAssertEqual(feedback.explanation, "Түсіндірме.")
        XCTAssertEqual(feedback.key, key0)
        XCTAssertTrue(feedback.correct)
        XCTAssertEqual(try core.practiceSession(id: session.id).questions[0].answered, true)
        XCTAssertEqual(try core.progress().answered, 1)
        // A wrong answer on purpose (the synthetic keys are known from the ids): it becomes a mistake.
        let q1 = session.questions[1]
        let key1 = SyntheticPack.key(q1.question, q1.kind)
        let n = Int32(q1.options.count)
        let wrong: Response
        switch key1 {
        case .choice(let options): wrong = .choice(options: [(options[0] + 1) % n])
        case .matching(let pairs): wrong = .matching(pairs: pairs.map { MatchPair(prompt: $0.prompt, option: ($0.option + 1) % n) })
        }
        XCTAssertFalse(try core.practiceAnswer(id: session.id, index: 1, response: wrong).correct)
        let review = try core.startMistakesReview(language: .kk, limit: 10)
        XCTAssertTrue(review.mistakes)
        XCTAssertTrue(review.questions.contains { $0.question == q1.question })
    }

    func testImportPackFromAFile() throws {
        let file = tempDir().appendingPathExtension("json")
        try SyntheticPack.json("kk", tag: "file").write(to: file)
        let core = try Qazstep.open(dataDir: tempDir().path, keyProvider: AesKeyProvider())
        let report = try core.importPackFile(path: file.path)
        XCTAssertEqual(report.outcome, .installed)
        XCTAssertEqual(report.packId, "test.synthetic.file.kk")
        XCTAssertEqual(try core.importPackFile(path: file.path).outcome, .unchanged)
    }

    func testWrongKeyIsKeyMismatchAndChangesNothing() throws {
        let dir = tempDir()
        let provider = AesKeyProvider()
        do {
            let core = try Qazstep.open(dataDir: dir.path, keyProvider: provider)
            _ = try core.setProfile(update: ProfileUpdate(iin: validIin()))
        }
        // Opening degrades: content works, the personal calls throw the reason.
        let wrong = try Qazstep.open(dataDir: dir.path, keyProvider: AesKeyProvider())
        XCTAssertThrowsError(try wrong.profile()) { error in
            guard case QazstepError.KeyMismatch = error else { return XCTFail("\(error)") }
        }
        guard case .recovery(let recovery) = wrong.dispatch(event: .launch) else { return XCTFail("no recovery screen") }
        XCTAssertEqual(recovery.reason, .keyLost)
        XCTAssertNotNil(try Qazstep.open(dataDir: dir.path, keyProvider: provider.sameKey()).profile())
    }

    func testKeyGoneForGoodStillErases() throws {
        let dir = tempDir()
        do {
            let core = try coreWithContent(AesKeyProvider(), dir: dir)
            _ = try core.setProfile(update: ProfileUpdate(iin: validIin(), name: "Дана"))
        }
        let newKey = AesKeyProvider()
        do {
            let degraded = try Qazstep.open(dataDir: dir.path, keyProvider: newKey)
            XCTAssertThrowsError(try degraded.profile()) { error in
                guard case QazstepError.KeyMismatch = error else { return XCTFail("\(error)") }
            }
        }
        try erasePersonalDataWithoutKey(dataDir: dir.path)
        let core = try Qazstep.open(dataDir: dir.path, keyProvider: newKey.sameKey())
        XCTAssertNil(try core.profile())
        XCTAssertEqual(try core.packs().count, 2)
    }

    func testThrowingProviders() throws {
        // Opening degrades: the personal calls throw KeyUnavailable.
        let locked = try Qazstep.open(dataDir: tempDir().path, keyProvider: LockedKeyProvider())
        XCTAssertThrowsError(try locked.profile()) { error in
            guard case QazstepError.KeyUnavailable = error else { return XCTFail("\(error)") }
        }
        let crashed = try Qazstep.open(dataDir: tempDir().path, keyProvider: CrashingKeyProvider())
        XCTAssertThrowsError(try crashed.profile()) { error in
            guard case QazstepError.KeyUnavailable = error else { return XCTFail("\(error)") }
        }
        // The provider's own words, where it is called directly.
        let core = try coreWithContent()
        XCTAssertThrowsError(try core.rotateWrappingKey(newProvider: LockedKeyProvider())) { error in
            guard case QazstepError.KeyUnavailable(let reason) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("keychain locked"))
        }
        XCTAssertThrowsError(try core.rotateWrappingKey(newProvider: CrashingKeyProvider())) { error in
            guard case QazstepError.KeyUnavailable = error else { return XCTFail("\(error)") }
        }
    }

    func testRotationExportAndErase() throws {
        let dir = tempDir()
        let oldKey = AesKeyProvider()
        let newKey = AesKeyProvider()
        let iin = validIin("0102035001")
        do {
            let core = try coreWithContent(oldKey, dir: dir)
            _ = try core.setProfile(update: ProfileUpdate(iin: iin, name: "Дана"))
            try core.rotateWrappingKey(newProvider: newKey)
            try core.rotateDataKey()
            try core.checkpoint()
            XCTAssertTrue(try core.exportPersonalData().contains(iin))
        }
        XCTAssertThrowsError(try Qazstep.open(dataDir: dir.path, keyProvider: oldKey.sameKey()).profile())
        let core = try Qazstep.open(dataDir: dir.path, keyProvider: newKey.sameKey())
        XCTAssertEqual(try core.profile()?.name, "Дана")
        try core.erasePersonalData()
        XCTAssertNil(try core.profile())
        XCTAssertEqual(try core.packs().count, 2)
    }

    func testConcurrentCallsOnOneCore() throws {
        let core = try coreWithContent()
        let s = try core.startExam(request: unt)
        let questions = try core.attempt(id: s.attempt).questions
        let threads = 8
        let lock = NSLock()
        var errors: [Error] = []
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            do {
                for q in questions where Int(q.position) % threads == t {
                    _ = try core.answer(id: s.attempt, position: q.position, response: someResponse(q.kind, prompts: q.prompts.count))
                    _ = try core.remainingSeconds(id: s.attempt)
                }
                _ = try core.progress()
            } catch {
                lock.lock()
                errors.append(error)
                lock.unlock()
            }
        }
        XCTAssertEqual(errors.count, 0, "\(errors)")
        XCTAssertEqual(try core.attempt(id: s.attempt).questions.filter { $0.response != nil }.count, 120)
    }
}
