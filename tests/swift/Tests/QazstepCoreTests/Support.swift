// Test support: a Keychain-like KeyProvider in Swift (CryptoKit AES-GCM with an in-memory key;
// the app keeps that key in the Keychain/Secure Enclave), failing providers, and the synthetic
// content pack (the same shape as tests/kotlin/SyntheticPack.kt and core/tests/common).
import CryptoKit
import Foundation
import QazstepCore

final class AesKeyProvider: KeyProvider, @unchecked Sendable {
    let key: SymmetricKey
    private let lock = NSLock()
    private var wrapCount = 0
    private var unwrapCount = 0

    init(key: SymmetricKey = SymmetricKey(size: .bits256)) { self.key = key }

    var wraps: Int { lock.lock(); defer { lock.unlock() }; return wrapCount }
    var unwraps: Int { lock.lock(); defer { lock.unlock() }; return unwrapCount }

    /// Another provider object holding the same key (as after an app restart).
    func sameKey() -> AesKeyProvider { AesKeyProvider(key: key) }

    func wrapKey(key plain: Data) throws -> Data {
        lock.lock(); wrapCount += 1; lock.unlock()
        do {
            guard let sealed = try AES.GCM.seal(plain, using: key).combined else {
                throw QazstepError.KeyUnavailable(reason: "AES-GCM gave no combined form")
            }
            return sealed
        } catch let e as QazstepError {
            throw e
        } catch {
            throw QazstepError.KeyUnavailable(reason: "wrap failed: \(error)")
        }
    }

    func unwrapKey(wrapped: Data) throws -> Data {
        lock.lock(); unwrapCount += 1; lock.unlock()
        do {
            return try AES.GCM.open(AES.GCM.SealedBox(combined: wrapped), using: key)
        } catch {
            throw QazstepError.KeyMismatch(reason: "the wrapped key does not open with this Keychain key")
        }
    }
}

/// A locked Keychain: every call throws the typed KeyUnavailable.
final class LockedKeyProvider: KeyProvider, @unchecked Sendable {
    func wrapKey(key: Data) throws -> Data { throw QazstepError.KeyUnavailable(reason: "keychain locked (test)") }
    func unwrapKey(wrapped: Data) throws -> Data { throw QazstepError.KeyUnavailable(reason: "keychain locked (test)") }
}

struct SomeOtherError: Error {}

/// A buggy provider throwing an error that is not a QazstepError.
final class CrashingKeyProvider: KeyProvider, @unchecked Sendable {
    func wrapKey(key: Data) throws -> Data { throw SomeOtherError() }
    func unwrapKey(wrapped: Data) throws -> Data { throw SomeOtherError() }
}

/// A valid ИИН from 10 leading digits (the 11th is searched, the 12th is the check digit).
func validIin(_ prefix: String = "9501015001") -> String {
    for last in 0...9 {
        let p = prefix + String(last)
        let d = p.compactMap { $0.wholeNumberValue }
        func round(_ w: [Int]) -> Int { zip(d, w).map { $0 * $1 }.reduce(0, +) % 11 }
        var r = round(Array(1...11))
        if r == 10 { r = round([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) }
        if r != 10 { return p + String(r) }
    }
    fatalError("no valid ИИН with prefix \(prefix)")
}

/// Some response of the right shape (not necessarily correct).
func someResponse(_ kind: QuestionKind, prompts: Int) -> Response {
    switch kind {
    case .single: return .choice(options: [0])
    case .multiple: return .choice(options: [0, 1])
    case .matching: return .matching(pairs: (0..<prompts).map { MatchPair(prompt: Int32($0), option: Int32($0)) })
    }
}

/// The SHA-256 of `data` in lowercase hex (a media file's content address).
func sha256Hex(_ data: Data) -> String {
    SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
}

enum SyntheticPack {
    /// The answer key of question `id` (`syn.<tag>.<locale>.<n>`) of `kind`, as `json` writes it.
    static func key(_ id: String, _ kind: QuestionKind) -> Response {
        let n = Int32(id.split(separator: ".").last.flatMap { Int($0) } ?? 0)
        switch kind {
        case .single: return .choice(options: [n % 4])
        case .multiple: return .choice(options: [n % 6, (n + 2) % 6].sorted())
        case .matching: return .matching(pairs: [MatchPair(prompt: 0, option: n % 4), MatchPair(prompt: 1, option: (n + 1) % 4)])
        }
    }

    static let subjects = ["history_kz", "math_literacy", "reading_literacy", "math", "physics", "teaching_methodology"]

    /// One full ҰБТ mock (math + physics) and one ПББ mathematics mock, in `locale`.
    static func json(_ locale: String, tag: String = "s") -> Data {
        var topics: [[String: Any]] = []
        for s in subjects {
            for t in 0..<3 {
                topics.append(["id": "\(s).t\(t)", "subject": s, "name": ["kk": "\(s) тақырып \(t)", "ru": "\(s) тема \(t)"]])
            }
        }
        var questions: [[String: Any]] = []
        var contexts: [[String: Any]] = []
        var n = 0
        var ctxN = 0
        func add(_ exam: String, _ subject: String, _ kind: String, _ context: String? = nil) {
            n += 1
            var q: [String: Any] = [
                "id": String(format: "syn.%@.%@.%05d", tag, locale, n), "exam": exam, "subject": subject,
                "topic": "\(subject).t\(n % 3)", "kind": kind, "stem": "Синтетикалық сұрақ \(tag) \(locale) №\(n)",
                "explanation": "Түсіндірме.", "source": "synthetic test data",
                "group": String(format: "syn.%@.g%05d", tag, n),
            ]
            switch kind {
            case "single":
                q["options"] = ["а1", "б2", "в3", "г4"]; q["correct"] = [n % 4]
            case "multiple":
                q["options"] = ["а", "б", "в", "г", "д", "е"]; q["correct"] = [n % 6, (n + 2) % 6].sorted()
            default:
                q["prompts"] = ["A", "B"]; q["options"] = ["1", "2", "3", "4"]; q["correct"] = [n % 4, (n + 1) % 4]
            }
            if let context { q["context"] = context }
            questions.append(q)
        }
        func newContext(_ subject: String) -> String {
            ctxN += 1
            let id = String(format: "syn.%@.%@.ctx%04d", tag, locale, ctxN)
            contexts.append(["id": id, "subject": subject, "title": "Мәтін", "text": "Синтетикалық мәтін \(ctxN).",
                             "group": String(format: "syn.%@.cg%04d", tag, ctxN)])
            return id
        }
        for (subject, singles, ctxs) in [("history_kz", 10, 2), ("math_literacy", 10, 0), ("reading_literacy", 0, 2)] {
            for _ in 0..<singles { add("unt", subject, "single") }
            for _ in 0..<ctxs {
                let c = newContext(subject)
                for _ in 0..<5 { add("unt", subject, "single", c) }
            }
        }
        for subject in ["math", "physics"] {
            for _ in 0..<25 { add("unt", subject, "single") }
            let c = newContext(subject)
            for _ in 0..<5 { add("unt", subject, "single", c) }
            for _ in 0..<5 { add("unt", subject, "matching"); add("unt", subject, "multiple") }
        }
        for _ in 0..<20 { add("pbb", "math", "single"); add("pbb", "teaching_methodology", "single") }
        for _ in 0..<2 {
            let c = newContext("math")
            for _ in 0..<5 { add("pbb", "math", "single", c) }
        }
        let pack: [String: Any] = [
            "format": 1, "id": "test.synthetic.\(tag).\(locale)", "version": 1, "locale": locale,
            "title": ["kk": "Синтетикалық", "ru": "Синтетический"],
            "topics": topics, "contexts": contexts, "questions": questions,
        ]
        // swiftlint:disable:next force_try
        return try! JSONSerialization.data(withJSONObject: pack)
    }
}
