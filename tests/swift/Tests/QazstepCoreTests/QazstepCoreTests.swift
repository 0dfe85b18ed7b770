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

    private func coreWithContent(_ provider: KeyProvider = AesKeyProvider(), dir: URL? = nil) throws -> QazstepCore {
        let core = try QazstepCore.open(dataDir: (dir ?? tempDir()).path, keyProvider: provider)
        _ = try core.importPack(bytes: SyntheticPack.json("kk"))
        _ = try core.importPack(bytes: SyntheticPack.json("ru"))
        return core
    }

    private let unt = StartExam(blueprint: "unt-2025", choice: .unt(first: "math", second: "physics"), language: .kk, seed: 7)

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
        var core: QazstepCore? = try QazstepCore.open(dataDir: dir.path, keyProvider: provider)
        XCTAssertEqual(core?.dataDir(), dir.path)
        XCTAssertEqual(provider.wraps, 1)
        core = nil // released: the Rust object is freed on deinit
        let again = provider.sameKey()
        _ = try QazstepCore.open(dataDir: dir.path, keyProvider: again)
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
        XCTAssertFalse(view.iinMasked.contains(iin))
        XCTAssertEqual(try core.giveConsent(policyVersion: "2025-02-05").consent?.policyVersion, "2025-02-05")
    }

    func testFullUntMockEndToEnd() throws {
        let core = try coreWithContent()
        let s = try core.startExam(request: unt)
        XCTAssertEqual(s.questions, 120)
        let view = try core.attempt(attempt: s.attempt)
        XCTAssertEqual(view.questions.count, 120)
        let page = try core.attemptPage(attempt: s.attempt, first: 4, count: 4)
        XCTAssertEqual(page.questions.map(\.position), [4, 5, 6, 7])
        XCTAssertEqual(page.questions, Array(view.questions[3..<7]))
        XCTAssertThrowsError(try core.attemptPage(attempt: s.attempt, first: 1, count: 0))
        var last: AnswerAck?
        for q in view.questions {
            last = try core.answer(attempt: s.attempt, position: q.position, response: someResponse(q.kind, prompts: q.prompts.count))
        }
        XCTAssertEqual(last?.answered, 120)
        _ = try core.flag(attempt: s.attempt, position: 5, flagged: true)
        XCTAssertEqual(try core.clearAnswer(attempt: s.attempt, position: 7).answered, 119)
        XCTAssertGreaterThan(try core.remainingSeconds(attempt: s.attempt), 0)
        XCTAssertEqual(try core.unfinishedAttempts().map(\.attempt), [s.attempt])
        let report = try core.submit(attempt: s.attempt)
        XCTAssertEqual(report.items.count, 120)
        XCTAssertLessThanOrEqual(report.total, report.maxTotal)
        XCTAssertEqual(try core.report(attempt: s.attempt), report)
        let review = try core.review(attempt: s.attempt)
        for item in review.items where item.response == item.correct {
            XCTAssertEqual(item.points, item.maxPoints)
        }
        XCTAssertEqual(try core.attempts().first?.total, report.total)
        XCTAssertThrowsError(try core.answer(attempt: s.attempt, position: 1, response: .choice(options: [0]))) { error in
            guard case QazstepError.Conflict = error else { return XCTFail("\(error)") }
        }
    }

    func testPbbMockWithCategory() throws {
        let core = try coreWithContent()
        let s = try core.startExam(request: StartExam(blueprint: "pbb-2024", choice: .pbb(subject: "math", category: "moderator"), language: .ru))
        XCTAssertEqual(s.questions, 50)
        XCTAssertTrue(try core.submit(attempt: s.attempt).thresholds.contains { $0.id == "moderator" })
    }

    func testBadAnswerIsInvalidInput() throws {
        let core = try coreWithContent()
        let s = try core.startExam(request: unt)
        let single = try XCTUnwrap(core.attempt(attempt: s.attempt).questions.first { $0.kind == .single })
        XCTAssertThrowsError(try core.answer(attempt: s.attempt, position: single.position, response: .choice(options: [9]))) { error in
            guard case QazstepError.InvalidInput = error else { return XCTFail("\(error)") }
        }
        XCTAssertThrowsError(try core.attempt(attempt: "no-such-attempt")) { error in
            guard case QazstepError.NotFound = error else { return XCTFail("\(error)") }
        }
    }

    func testPracticeFeedbackAndProgress() throws {
        let core = try coreWithContent()
        let session = try core.startPractice(request: PracticeRequest(subject: "math", count: 3, language: .kk, exam: .unt, seed: 1))
        XCTAssertEqual(session.questions.count, 3)
        let q = session.questions[0]
        let feedback = try core.practiceAnswer(session: session.id, index: 0, response: someResponse(q.kind, prompts: q.prompts.count))
        XCTAssertEqual(feedback.explanation, "Түсіндірме.")
        XCTAssertEqual(try core.practiceAnswer(session: session.id, index: 0, response: feedback.key).correct, true)
        XCTAssertEqual(try core.practiceSession(session: session.id).questions[0].answered, true)
        XCTAssertEqual(try core.progress().answered, 2)
        // A wrong answer on purpose (the key is known from a first try): it becomes a mistake.
        let q1 = session.questions[1]
        let key1 = try core.practiceAnswer(session: session.id, index: 1, response: someResponse(q1.kind, prompts: q1.prompts.count)).key
        let n = UInt32(q1.options.count)
        let wrong: Response
        switch key1 {
        case .choice(let options): wrong = .choice(options: [(options[0] + 1) % n])
        case .matching(let pairs): wrong = .matching(pairs: pairs.map { MatchPair(prompt: $0.prompt, option: ($0.option + 1) % n) })
        }
        XCTAssertFalse(try core.practiceAnswer(session: session.id, index: 1, response: wrong).correct)
        let review = try core.startMistakesReview(language: .kk, limit: 10)
        XCTAssertTrue(review.mistakes)
        XCTAssertTrue(review.questions.contains { $0.question == q1.question })
    }

    func testImportPackFromAFile() throws {
        let file = tempDir().appendingPathExtension("json")
        try SyntheticPack.json("kk", tag: "file").write(to: file)
        let core = try QazstepCore.open(dataDir: tempDir().path, keyProvider: AesKeyProvider())
        let report = try core.importPackFile(path: file.path)
        XCTAssertEqual(report.outcome, .installed)
        XCTAssertEqual(report.packId, "test.synthetic.file.kk")
        XCTAssertEqual(try core.importPackFile(path: file.path).outcome, .unchanged)
    }

    func testWrongKeyIsKeyMismatchAndChangesNothing() throws {
        let dir = tempDir()
        let provider = AesKeyProvider()
        do {
            let core = try QazstepCore.open(dataDir: dir.path, keyProvider: provider)
            _ = try core.setProfile(update: ProfileUpdate(iin: validIin()))
        }
        XCTAssertThrowsError(try QazstepCore.open(dataDir: dir.path, keyProvider: AesKeyProvider())) { error in
            guard case QazstepError.KeyMismatch = error else { return XCTFail("\(error)") }
        }
        XCTAssertNotNil(try QazstepCore.open(dataDir: dir.path, keyProvider: provider.sameKey()).profile())
    }

    func testKeyGoneForGoodStillErases() throws {
        let dir = tempDir()
        do {
            let core = try coreWithContent(AesKeyProvider(), dir: dir)
            _ = try core.setProfile(update: ProfileUpdate(iin: validIin(), name: "Дана"))
        }
        let newKey = AesKeyProvider()
        XCTAssertThrowsError(try QazstepCore.open(dataDir: dir.path, keyProvider: newKey)) { error in
            guard case QazstepError.KeyMismatch = error else { return XCTFail("\(error)") }
        }
        try erasePersonalDataWithoutKey(dataDir: dir.path)
        let core = try QazstepCore.open(dataDir: dir.path, keyProvider: newKey.sameKey())
        XCTAssertNil(try core.profile())
        XCTAssertEqual(try core.packs().count, 2)
    }

    func testThrowingProviders() throws {
        XCTAssertThrowsError(try QazstepCore.open(dataDir: tempDir().path, keyProvider: LockedKeyProvider())) { error in
            guard case QazstepError.KeyUnavailable(let reason) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("keychain locked"))
        }
        XCTAssertThrowsError(try QazstepCore.open(dataDir: tempDir().path, keyProvider: CrashingKeyProvider())) { error in
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
        XCTAssertThrowsError(try QazstepCore.open(dataDir: dir.path, keyProvider: oldKey.sameKey()))
        let core = try QazstepCore.open(dataDir: dir.path, keyProvider: newKey.sameKey())
        XCTAssertEqual(try core.profile()?.name, "Дана")
        try core.erasePersonalData()
        XCTAssertNil(try core.profile())
        XCTAssertEqual(try core.packs().count, 2)
    }

    func testConcurrentCallsOnOneCore() throws {
        let core = try coreWithContent()
        let s = try core.startExam(request: unt)
        let questions = try core.attempt(attempt: s.attempt).questions
        let threads = 8
        let lock = NSLock()
        var errors: [Error] = []
        DispatchQueue.concurrentPerform(iterations: threads) { t in
            do {
                for q in questions where Int(q.position) % threads == t {
                    _ = try core.answer(attempt: s.attempt, position: q.position, response: someResponse(q.kind, prompts: q.prompts.count))
                    _ = try core.remainingSeconds(attempt: s.attempt)
                }
                _ = try core.progress()
            } catch {
                lock.lock()
                errors.append(error)
                lock.unlock()
            }
        }
        XCTAssertEqual(errors.count, 0, "\(errors)")
        XCTAssertEqual(try core.attempt(attempt: s.attempt).questions.filter { $0.response != nil }.count, 120)
    }
}
