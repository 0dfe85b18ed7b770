// The Kotlin suite of the Qazstep bindings: the generated Kotlin (kz.qazstep.core) on the JVM
// through JNA, against the host build of libqazstep_ffi. A plain `main` with a tiny harness;
// the last line is `kotlin: N passed, M failed` and the exit code is non-zero on any failure.
// Run it with `cargo xtask kotlin-test` (part of `cargo xtask test`).
package kz.qazstep.coretest

import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import java.util.Collections
import java.util.concurrent.CountDownLatch
import kotlin.system.exitProcess
import kotlin.test.assertContains
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertNotEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kz.qazstep.core.*

private var passed = 0
private var failed = 0
private val tempDirs = mutableListOf<Path>()

private fun case(name: String, body: () -> Unit) {
    val start = System.nanoTime()
    try {
        body()
        passed++
        println("ok   $name (${(System.nanoTime() - start) / 1_000_000} ms)")
    } catch (t: Throwable) {
        failed++
        println("FAIL $name: $t")
        t.printStackTrace(System.out)
    }
}

private fun tempDir(): Path = Files.createTempDirectory("qazstep-kt-").also { tempDirs.add(it) }

/** A valid ИИН: 11 leading digits and the check digit (spec/exams.md §3). */
fun validIin(prefix: String = "9501015001"): String {
    for (last in 0..9) {
        val p = prefix + last
        val d = p.map { it - '0' }
        fun round(w: List<Int>) = d.zip(w).sumOf { (a, b) -> a * b } % 11
        var r = round((1..11).toList())
        if (r == 10) r = round(listOf(3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))
        if (r != 10) return p + r
    }
    error("no valid ИИН with prefix $prefix")
}

private val synthKk by lazy { SyntheticPack.json("kk").toByteArray() }
private val synthRu by lazy { SyntheticPack.json("ru").toByteArray() }

/** A core on a fresh directory with the synthetic kk and ru banks. */
private fun coreWithContent(provider: KeyProvider = AesKeyProvider(), dir: Path = tempDir()): QazstepCore {
    val core = QazstepCore.open(dir.toString(), provider)
    core.importPack(synthKk)
    core.importPack(synthRu)
    return core
}

/** Some response of the right shape for [q] (not necessarily correct). */
private fun someResponse(kind: QuestionKind, prompts: Int): Response = when (kind) {
    QuestionKind.SINGLE -> Response.Choice(listOf(0u))
    QuestionKind.MULTIPLE -> Response.Choice(listOf(0u, 1u))
    QuestionKind.MATCHING -> Response.Matching((0 until prompts).map { MatchPair(it.toUInt(), it.toUInt()) })
}

private val UNT = StartExam(
    blueprint = "unt-2025",
    choice = ExamChoice.Unt(first = "math", second = "physics"),
    language = Language.KK,
    seed = 7uL,
)

fun main(args: Array<String>) {
    val root = File(System.getProperty("qazstep.root") ?: ".")
    val fixtures = File(root, "tests/fixtures/packs")
    check(fixtures.isDirectory) { "fixtures not found at $fixtures (run from the repository root)" }

    case("top-level functions: core version, pack validation, ИИН check") {
        assertTrue(coreVersion().matches(Regex("""\d+\.\d+\.\d+.*""")), coreVersion())
        assertEquals(emptyList(), validatePack(synthKk))
        val problems = validatePack(File(fixtures, "broken.json").readBytes())
        assertTrue(problems.isNotEmpty())
        assertTrue(problems.all { it.path.isNotEmpty() && it.message.isNotEmpty() }, problems.toString())
        assertTrue(validatePack("{not json".toByteArray()).isNotEmpty())
        val iin = validIin()
        val masked = checkIin(iin.chunked(4).joinToString(" "))
        assertEquals(12, masked.length)
        assertTrue(masked.startsWith(iin.take(2)) && masked.endsWith(iin.takeLast(2)), masked)
        assertFalse(masked.contains(iin.substring(2, 10)))
        val bad = iin.dropLast(1) + ((iin.last() - '0' + 1) % 10)
        val e = assertFailsWith<QazstepException.InvalidIin> { checkIin(bad) }
        assertFalse(e.reason.contains(bad), "the reason repeats the ИИН")
        assertFailsWith<QazstepException.InvalidIin> { checkIin("12345") }
        assertFailsWith<QazstepException.InvalidIin> { checkIin("12345678901x") }
    }

    case("open: creates the directory, wraps a new data key with the Kotlin provider; reopen unwraps") {
        val dir = tempDir().resolve("nested/data")
        val provider = AesKeyProvider()
        QazstepCore.open(dir.toString(), provider).use { core ->
            assertEquals(dir.toString(), core.dataDir())
            assertTrue(Files.isDirectory(dir))
            assertEquals(1, provider.wraps.get())
        }
        val again = provider.sameKey()
        QazstepCore.open(dir.toString(), again).use { assertTrue(again.unwraps.get() >= 1) }
        val e = assertFailsWith<QazstepException> {
            QazstepCore.open(File(fixtures, "tiny-ru.json").path + "/sub", AesKeyProvider())
        }
        assertTrue(e is QazstepException.Internal || e is QazstepException.ReadOnly, e.toString())
    }

    case("content: import from bytes and from a file, packs, subjects and topics with kk/ru names") {
        QazstepCore.open(tempDir().toString(), AesKeyProvider()).use { core ->
            assertEquals(emptyList(), core.packs())
            val r = core.importPack(synthKk)
            assertEquals("test.synthetic.k.kk", r.packId)
            assertEquals(ImportOutcome.Installed, r.outcome)
            assertEquals(170u, r.questions)
            assertEquals(ImportOutcome.Unchanged, core.importPack(synthKk).outcome)
            val tiny = core.importPackFile(File(fixtures, "tiny-ru.json").path)
            assertEquals(ImportOutcome.Installed, tiny.outcome)
            assertEquals("kz.qazstep.test.tiny.ru", tiny.packId)
            val packs = core.packs()
            assertEquals(setOf("test.synthetic.k.kk", tiny.packId), packs.map { it.id }.toSet())
            val p = packs.first { it.id == tiny.packId }
            assertEquals(Language.RU, p.language)
            assertEquals(64, p.sha256.length)
            assertTrue(p.title.kk.isNotEmpty() && p.title.ru.isNotEmpty())
            assertTrue(p.importedAtMs > 1_600_000_000_000)
            val math = core.subjects().first { it.code == "math" }
            assertEquals("Математика", math.name.kk)
            assertEquals("Математика", math.name.ru)
            val mathTopics = core.topics("math")
            assertTrue(mathTopics.isNotEmpty() && mathTopics.all { it.subject == "math" })
            assertTrue(mathTopics.any { it.id == "math.equations" && it.name.ru == "Уравнения" })
            assertTrue(core.topics().size > mathTopics.size)
            assertFailsWith<QazstepException.InvalidInput> { core.importPackFile(tempDir().resolve("missing.json").toString()) }
        }
    }

    case("blueprints: ҰБТ pairs and thresholds, ПББ subjects and categories") {
        QazstepCore.open(tempDir().toString(), AesKeyProvider()).use { core ->
            val bps = core.blueprints().associateBy { it.id }
            val unt = assertNotNull(bps["unt-2025"])
            assertEquals(Exam.UNT, unt.exam)
            assertEquals(120u, unt.items)
            assertContains(unt.choices, listOf("math", "physics"))
            assertContains(unt.thresholds, "national_universities")
            assertEquals(unt.thresholds.size, unt.thresholdNames.size)
            assertEquals("Здравоохранение", unt.thresholdNames[unt.thresholds.indexOf("medicine")].ru)
            assertTrue(unt.durationMinutes > 0u && unt.name.kk.isNotEmpty())
            val pbb = assertNotNull(bps["pbb-2024"])
            assertEquals(Exam.PBB, pbb.exam)
            assertEquals(listOf("kk", "ru"), pbb.languages)
            assertEquals(listOf("kk", "ru", "en"), unt.languages)
            assertContains(pbb.choices, listOf("math"))
            assertContains(pbb.thresholds, "moderator")
        }
    }

    case("profile: invalid ИИН is InvalidIin and stores nothing; set, masked, correct, remove name, consent") {
        coreWithContent().use { core ->
            assertNull(core.profile())
            assertFailsWith<QazstepException.InvalidInput> { core.setProfile(ProfileUpdate(name = "Айгерім")) }
            assertFailsWith<QazstepException.InvalidIin> { core.setProfile(ProfileUpdate(iin = "123456789012")) }
            assertNull(core.profile())
            assertFailsWith<QazstepException.NotFound> { core.giveConsent("2025-02-05") }
            val iin = validIin()
            val v = core.setProfile(
                ProfileUpdate(
                    iin = iin, name = "Айгерім", role = Role.STUDENT,
                    interfaceLanguage = Language.RU, examLanguage = Language.KK,
                    profileSubjects = listOf("math", "physics"),
                ),
            )
            assertFalse(v.iinMasked.contains(iin))
            assertEquals(iin.take(2), v.iinMasked.take(2))
            assertEquals("Айгерім", v.name)
            assertEquals(Language.RU, v.interfaceLanguage)
            assertEquals(listOf("math", "physics"), v.profileSubjects)
            assertNull(v.consent)
            assertFailsWith<QazstepException.InvalidInput> { core.setProfile(ProfileUpdate(profileSubjects = listOf("alchemy"))) }
            assertFailsWith<QazstepException.InvalidIin> { core.setProfile(ProfileUpdate(iin = "1")) }
            assertEquals(v, core.profile())
            val teacher = core.setProfile(ProfileUpdate(role = Role.TEACHER, removeName = true))
            assertNull(teacher.name)
            assertEquals(Role.TEACHER, teacher.role)
            assertEquals(v.iinMasked, teacher.iinMasked)
            assertFailsWith<QazstepException.InvalidInput> { core.giveConsent("  ") }
            val consented = core.giveConsent("2025-02-05")
            assertEquals("2025-02-05", consented.consent?.policyVersion)
            assertTrue((consented.consent?.acceptedAt ?: 0) > 1_600_000_000)
            assertEquals(consented, core.profile())
        }
    }

    case("full ҰБТ mock end to end: start, page without keys, answer all, flag, clear, submit, report, review") {
        coreWithContent().use { core ->
            val s = core.startExam(UNT)
            assertEquals(120u, s.questions)
            assertEquals(0u, s.answered)
            assertFalse(s.submitted)
            assertNull(s.total)
            assertTrue(s.deadlineMs > s.startedAtMs)
            assertEquals(listOf(s.copy(remainingSeconds = 0)), core.unfinishedAttempts().map { it.copy(remainingSeconds = 0) })
            val view = core.attempt(s.attempt)
            assertEquals(120, view.questions.size)
            assertEquals(5, view.sections.size)
            assertEquals((1..120).map { it.toUInt() }, view.questions.map { it.position })
            assertTrue(view.questions.all { it.response == null && !it.flagged })
            assertTrue(view.questions.any { it.context != null })
            assertTrue(view.questions.any { it.kind == QuestionKind.MATCHING && it.prompts.isNotEmpty() })
            // A question shown during an exam carries no key and no explanation.
            val fields = QuestionView::class.java.declaredFields.map { it.name.lowercase() }
            assertTrue(fields.none { it.contains("correct") || it.contains("explanation") || it.contains("key") }, fields.toString())
            var ack: AnswerAck? = null
            for (q in view.questions) ack = core.answer(s.attempt, q.position, someResponse(q.kind, q.prompts.size))
            assertEquals(120u, ack?.answered)
            assertEquals(120u, ack?.position)
            val flagged = core.flag(s.attempt, 5u, true)
            assertEquals(120u, flagged.answered)
            val cleared = core.clearAnswer(s.attempt, 7u)
            assertEquals(119u, cleared.answered)
            val remaining = core.remainingSeconds(s.attempt)
            assertTrue(remaining in 1..s.remainingSeconds, "$remaining")
            val mid = core.attempt(s.attempt)
            assertTrue(mid.questions[4].flagged)
            assertNull(mid.questions[6].response)
            // A page: only its positions, the same questions as the whole view.
            val page = core.attemptPage(s.attempt, 4u, 4u)
            assertEquals(listOf(4u, 5u, 6u, 7u), page.questions.map { it.position })
            assertEquals(mid.questions.subList(3, 7), page.questions)
            assertEquals(listOf(119u, 120u), core.attemptPage(s.attempt, 119u, 10u).questions.map { it.position })
            assertFailsWith<QazstepException.InvalidInput> { core.attemptPage(s.attempt, 121u, 1u) }
            assertFailsWith<QazstepException.InvalidInput> { core.attemptPage(s.attempt, 1u, 0u) }
            assertEquals(someResponse(mid.questions[0].kind, mid.questions[0].prompts.size), mid.questions[0].response)
            val report = core.submit(s.attempt)
            assertEquals(120, report.items.size)
            assertTrue(report.total <= report.maxTotal)
            assertEquals(report.items.sumOf { it.points }, report.total)
            assertEquals(5, report.sections.size)
            assertContains(report.thresholds.map { it.id }, "national_universities")
            assertEquals(report, core.report(s.attempt))
            assertEquals(emptyList(), core.unfinishedAttempts())
            val done = core.attempts().single()
            assertTrue(done.submitted)
            assertEquals(report.total, done.total)
            assertEquals(0L, core.remainingSeconds(s.attempt))
            assertTrue(core.attempt(s.attempt).submitted)
            val review = core.review(s.attempt)
            assertEquals(report, review.report)
            assertEquals(120, review.items.size)
            for (item in review.items) {
                if (item.response == item.correct) assertEquals(item.maxPoints, item.points, "position ${item.position}")
                if (item.response == null) assertEquals(0u, item.points)
                assertEquals("Түсіндірме.", item.explanation)
            }
            assertNull(review.items[6].response)
            assertEquals(review.items.sumOf { it.points }, report.total)
            assertEquals(review.topics.sumOf { it.items }, 120u)
            assertFailsWith<QazstepException.Conflict> { core.answer(s.attempt, 1u, Response.Choice(listOf(1u))) }
        }
    }

    case("ПББ mock with a subject and a qualification category") {
        coreWithContent().use { core ->
            val s = core.startExam(
                StartExam(
                    blueprint = "pbb-2024", choice = ExamChoice.Pbb(subject = "math", category = "moderator"),
                    language = Language.RU, extraTime = true,
                ),
            )
            assertEquals(50u, s.questions)
            assertEquals(listOf("math"), s.subjects)
            val v = core.attempt(s.attempt)
            assertEquals(2, v.sections.size)
            core.answer(s.attempt, 1u, someResponse(v.questions[0].kind, v.questions[0].prompts.size))
            val r = core.submit(s.attempt)
            assertContains(r.thresholds.map { it.id }, "moderator")
            assertTrue(r.total <= 1u)
            assertFailsWith<QazstepException.InvalidInput> {
                core.startExam(StartExam("pbb-2024", ExamChoice.Pbb("math", "archmage"), Language.RU))
            }
        }
    }

    case("resume: an unfinished attempt survives close and reopen with every acknowledged answer") {
        val dir = tempDir()
        val provider = AesKeyProvider()
        val id = coreWithContent(provider, dir).use { core ->
            val s = core.startExam(UNT.copy(seed = 11uL))
            for (p in 1u..3u) core.answer(s.attempt, p, Response.Choice(listOf(1u)))
            s.attempt
        }
        QazstepCore.open(dir.toString(), provider.sameKey()).use { core ->
            val open = core.unfinishedAttempts().single()
            assertEquals(id, open.attempt)
            assertEquals(3u, open.answered)
            val v = core.attempt(id)
            assertEquals(3, v.questions.count { it.response != null })
            assertTrue(v.remainingSeconds > 0)
        }
    }

    case("bad answers are typed exceptions and change nothing") {
        coreWithContent().use { core ->
            val s = core.startExam(UNT)
            val v = core.attempt(s.attempt)
            val single = v.questions.first { it.kind == QuestionKind.SINGLE }
            val matching = v.questions.first { it.kind == QuestionKind.MATCHING }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, single.position, Response.Choice(listOf(9u))) }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, single.position, Response.Choice(listOf(0u, 1u))) }
            assertFailsWith<QazstepException.InvalidInput> {
                core.answer(s.attempt, single.position, Response.Matching(listOf(MatchPair(0u, 0u))))
            }
            assertFailsWith<QazstepException.InvalidInput> {
                core.answer(s.attempt, matching.position, Response.Matching(listOf(MatchPair(7u, 0u))))
            }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, 0u, Response.Choice(listOf(0u))) }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, 121u, Response.Choice(listOf(0u))) }
            assertFailsWith<QazstepException.InvalidInput> { core.flag(s.attempt, 999u, true) }
            assertFailsWith<QazstepException.NotFound> { core.answer("no-such-attempt", 1u, Response.Choice(listOf(0u))) }
            assertFailsWith<QazstepException.NotFound> { core.attempt("no-such-attempt") }
            assertFailsWith<QazstepException.NotFound> { core.startExam(UNT.copy(blueprint = "unt-1999")) }
            assertFailsWith<QazstepException.InvalidInput> {
                core.startExam(UNT.copy(choice = ExamChoice.Unt("physics", "chemistry_of_dreams")))
            }
            assertEquals(0, core.attempt(s.attempt).questions.count { it.response != null })
            assertEquals(1, core.attempts().size)
            assertFailsWith<QazstepException.Conflict> { core.report(s.attempt) }
        }
    }

    case("InsufficientContent on a small bank; an invalid pack imports nothing") {
        QazstepCore.open(tempDir().toString(), AesKeyProvider()).use { core ->
            core.importPackFile(File(fixtures, "tiny-ru.json").path)
            val e = assertFailsWith<QazstepException.InsufficientContent> { core.startExam(UNT.copy(language = Language.RU)) }
            assertTrue(e.blueprint.startsWith("unt-2025"), e.blueprint)
            assertTrue(e.shortages.isNotEmpty())
            assertEquals(emptyList(), core.attempts())
            val before = core.packs()
            assertFailsWith<QazstepException.InvalidInput> { core.importPack(File(fixtures, "broken.json").readBytes()) }
            assertFailsWith<QazstepException.InvalidInput> { core.importPack(byteArrayOf(1, 2, 3)) }
            // tiny-kk carries a placeholder blueprint the facade's validation refuses: nothing imported.
            assertFailsWith<QazstepException.InvalidInput> { core.importPackFile(File(fixtures, "tiny-kk.json").path) }
            assertEquals(before, core.packs())
        }
    }

    case("practice with immediate feedback, mistakes review, progress") {
        coreWithContent().use { core ->
            assertEquals(0u, core.progress().answered)
            assertFailsWith<QazstepException.NotFound> { core.startMistakesReview(Language.KK, 10u) }
            val session = core.startPractice(
                PracticeRequest(subject = "math", topic = "math.t1", count = 6u, language = Language.KK, exam = Exam.UNT, seed = 3uL),
            )
            assertEquals(6, session.questions.size)
            assertFalse(session.mistakes)
            assertTrue(session.questions.all { it.subject == "math" && it.topic == "math.t1" && it.answered == null })
            // Answer the first one wrongly on purpose: learn the key from the feedback, then pick another option.
            val first = session.questions[0]
            val fb = core.practiceAnswer(session.id, 0u, someResponse(first.kind, first.prompts.size))
            val wrong: Response = if (fb.correct) {
                when (val k = fb.key) {
                    is Response.Choice -> Response.Choice(listOf(((k.options.first() + 1u) % first.options.size.toUInt())))
                    is Response.Matching -> Response.Matching(k.pairs.map { MatchPair(it.prompt, (it.option + 1u) % first.options.size.toUInt()) })
                }
            } else someResponse(first.kind, first.prompts.size)
            val fb0 = core.practiceAnswer(session.id, 0u, wrong)
            assertFalse(fb0.correct)
            assertEquals("Түсіндірме.", fb0.explanation)
            assertEquals("synthetic test data", fb0.source)
            // Answer the second one with its key (learned from a first try): full points.
            val second = session.questions[1]
            val key = core.practiceAnswer(session.id, 1u, someResponse(second.kind, second.prompts.size)).key
            val fb1 = core.practiceAnswer(session.id, 1u, key)
            assertTrue(fb1.correct)
            assertEquals(fb1.maxPoints, fb1.points)
            assertFailsWith<QazstepException.InvalidInput> { core.practiceAnswer(session.id, 99u, key) }
            assertFailsWith<QazstepException.NotFound> { core.practiceSession("no-such-session") }
            val now = core.practiceSession(session.id)
            assertEquals(false, now.questions[0].answered)
            assertEquals(true, now.questions[1].answered)
            val review = core.startMistakesReview(Language.KK, 10u)
            assertTrue(review.mistakes)
            assertContains(review.questions.map { it.question }, first.question)
            assertFalse(review.questions.any { it.question == second.question })
            val progress = core.progress()
            assertEquals(4u, progress.answered)
            val math = progress.subjects.single { it.subject == "math" }
            assertEquals(4u, math.answered)
            assertTrue(math.accuracy in 0.0..1.0)
            assertEquals("math.t1", math.topics.single().topic)
            assertFailsWith<QazstepException.InvalidInput> {
                core.startPractice(PracticeRequest("math", "physics.t0", 5u, Language.KK, Exam.UNT))
            }
            assertFailsWith<QazstepException.InvalidInput> { core.startPractice(PracticeRequest("math", null, 0u, Language.KK, Exam.UNT)) }
        }
    }

    case("starter content: every pack of content/packs imports; ҰБТ and ПББ mocks start in kk and ru") {
        val files = listOf("kk", "ru").flatMap { l ->
            File(root, "content/packs/$l").listFiles { f -> f.name.endsWith(".json") }.orEmpty().sorted()
        }
        assertTrue(files.size >= 14, "expected the 14 starter packs, found ${files.size} under ${File(root, "content/packs")}")
        QazstepCore.open(tempDir().toString(), AesKeyProvider()).use { core ->
            for (f in files) {
                assertEquals(emptyList(), validatePack(f.readBytes()), f.name)
                assertEquals(ImportOutcome.Installed, core.importPackFile(f.path).outcome, f.name)
            }
            assertEquals(files.size, core.packs().size)
            for (language in listOf(Language.KK, Language.RU)) {
                val unt = core.startExam(UNT.copy(language = language, seed = null))
                assertEquals(120u, unt.questions)
                val pbb = core.startExam(StartExam("pbb-2024", ExamChoice.Pbb("math", "expert"), language))
                assertEquals(50u, pbb.questions)
                val v = core.attempt(unt.attempt)
                for (q in v.questions) core.answer(unt.attempt, q.position, someResponse(q.kind, q.prompts.size))
                val review = core.review(unt.attempt.also { core.submit(it) })
                assertEquals(120, review.items.size)
                assertTrue(review.items.all { it.stem.isNotBlank() && it.options.size >= 2 })
                assertEquals(review.items.sumOf { it.points }, review.report.total)
            }
            assertEquals(2, core.attempts().count { it.submitted })
            assertEquals(2, core.unfinishedAttempts().size)
        }
    }

    case("wrong key: KeyMismatch on open, nothing read or changed") {
        val dir = tempDir()
        val provider = AesKeyProvider()
        val iin = validIin("8001011234")
        coreWithContent(provider, dir).use { it.setProfile(ProfileUpdate(iin = iin)) }
        val e = assertFailsWith<QazstepException.KeyMismatch> { QazstepCore.open(dir.toString(), AesKeyProvider()) }
        assertFalse(e.reason.contains(iin))
        QazstepCore.open(dir.toString(), provider.sameKey()).use { core ->
            assertEquals(iin.take(2), core.profile()?.iinMasked?.take(2))
            assertEquals(2, core.packs().size)
        }
    }

    case("key gone for good: erasePersonalDataWithoutKey empties the store, content stays, a new key opens it") {
        val dir = tempDir()
        val iin = validIin("8001011234")
        coreWithContent(AesKeyProvider(), dir).use { it.setProfile(ProfileUpdate(iin = iin, name = "Дана")) }
        val newKey = AesKeyProvider()
        assertFailsWith<QazstepException.KeyMismatch> { QazstepCore.open(dir.toString(), newKey) }
        erasePersonalDataWithoutKey(dir.toString())
        QazstepCore.open(dir.toString(), newKey.sameKey()).use { core ->
            assertNull(core.profile())
            assertEquals(emptyList(), core.attempts())
            assertEquals(2, core.packs().size)
            assertEquals("Дана", core.setProfile(ProfileUpdate(iin = iin, name = "Дана")).name)
            // Not while this process has the directory open: nothing is erased.
            assertFailsWith<QazstepException.Conflict> { erasePersonalDataWithoutKey(dir.toString()) }
        }
        QazstepCore.open(dir.toString(), newKey.sameKey()).use { assertEquals("Дана", it.profile()?.name) }
    }

    case("a Kotlin provider that throws: typed KeyUnavailable passes through, an unexpected exception becomes KeyUnavailable") {
        val locked = assertFailsWith<QazstepException.KeyUnavailable> { QazstepCore.open(tempDir().toString(), LockedKeyProvider()) }
        assertContains(locked.reason, "keystore locked (test)")
        val crashed = assertFailsWith<QazstepException.KeyUnavailable> { QazstepCore.open(tempDir().toString(), CrashingKeyProvider()) }
        assertContains(crashed.reason, "keystore crashed (test)")
        assertFalse(crashed.reason.contains("\n"))
        // An existing store whose keystore is locked: KeyUnavailable, then it opens once unlocked.
        val dir = tempDir()
        val provider = AesKeyProvider()
        QazstepCore.open(dir.toString(), provider).close()
        assertFailsWith<QazstepException.KeyUnavailable> { QazstepCore.open(dir.toString(), LockedKeyProvider()) }
        assertFailsWith<QazstepException.KeyUnavailable> { QazstepCore.open(dir.toString(), CrashingKeyProvider()) }
        QazstepCore.open(dir.toString(), provider.sameKey()).close()
    }

    case("key rotation: a new wrapping key (old one refused afterwards) and a new data key") {
        val dir = tempDir()
        val oldKey = AesKeyProvider()
        val newKey = AesKeyProvider()
        coreWithContent(oldKey, dir).use { core ->
            core.setProfile(ProfileUpdate(iin = validIin(), name = "Бауыржан"))
            assertFailsWith<QazstepException.KeyUnavailable> { core.rotateWrappingKey(LockedKeyProvider()) }
            core.rotateWrappingKey(newKey)
            assertTrue(newKey.wraps.get() >= 1)
            core.rotateDataKey()
            assertEquals("Бауыржан", core.profile()?.name)
            core.checkpoint()
        }
        assertFailsWith<QazstepException.KeyMismatch> { QazstepCore.open(dir.toString(), oldKey.sameKey()) }
        QazstepCore.open(dir.toString(), newKey.sameKey()).use { assertEquals("Бауыржан", it.profile()?.name) }
    }

    case("the user's rights: export as JSON, erase (content stays), checkpoint") {
        coreWithContent().use { core ->
            val iin = validIin("0102035001")
            core.setProfile(ProfileUpdate(iin = iin, name = "Дана"))
            val s = core.startExam(UNT)
            core.answer(s.attempt, 1u, Response.Choice(listOf(0u)))
            core.checkpoint()
            val json = core.exportPersonalData()
            assertContains(json, "qazstep-personal-data/1")
            assertContains(json, iin)
            assertContains(json, "Дана")
            assertTrue(json.trimStart().startsWith("{") && json.trimEnd().endsWith("}"))
            core.erasePersonalData()
            assertNull(core.profile())
            assertEquals(emptyList(), core.attempts())
            assertEquals(0u, core.progress().answered)
            assertFalse(core.exportPersonalData().contains(iin))
            assertEquals(2, core.packs().size)
            assertEquals("Дана", core.setProfile(ProfileUpdate(iin = iin, name = "Дана")).name)
        }
    }

    case("close() and use {}: a closed object refuses calls; the directory reopens") {
        val dir = tempDir()
        val provider = AesKeyProvider()
        val core = QazstepCore.open(dir.toString(), provider)
        core.close()
        assertFailsWith<IllegalStateException> { core.packs() }
        core.close() // idempotent
        val leaked = QazstepCore.open(dir.toString(), provider.sameKey()).use { it.importPack(synthKk); it }
        assertFailsWith<IllegalStateException> { leaked.subjects() }
        QazstepCore.open(dir.toString(), provider.sameKey()).use { assertEquals(1, it.packs().size) }
    }

    case("threads: 8 threads answer, read and practise on one shared core at once") {
        coreWithContent().use { core ->
            val s = core.startExam(UNT)
            val questions = core.attempt(s.attempt).questions
            val threads = 8
            val errors = Collections.synchronizedList(mutableListOf<Throwable>())
            val go = CountDownLatch(1)
            val workers = (0 until threads).map { t ->
                Thread {
                    try {
                        go.await()
                        for (q in questions.filter { it.position.toInt() % threads == t }) {
                            core.answer(s.attempt, q.position, someResponse(q.kind, q.prompts.size))
                            if (q.position.toInt() % 5 == 0) core.flag(s.attempt, q.position, true)
                            core.remainingSeconds(s.attempt)
                        }
                        assertEquals(120, core.attempt(s.attempt).questions.size)
                        val p = core.startPractice(PracticeRequest("physics", null, 3u, Language.RU, Exam.UNT))
                        for (q in p.questions) core.practiceAnswer(p.id, q.index, someResponse(q.kind, q.prompts.size))
                        core.progress()
                        core.subjects()
                    } catch (e: Throwable) {
                        errors += e
                    }
                }.also { it.start() }
            }
            go.countDown()
            workers.forEach { it.join() }
            assertEquals(emptyList<Throwable>(), errors.toList())
            val v = core.attempt(s.attempt)
            assertEquals(120, v.questions.count { it.response != null })
            assertEquals(24, v.questions.count { it.flagged })
            assertEquals(120u, core.unfinishedAttempts().single().answered)
            assertEquals((threads * 3).toUInt(), core.progress().answered)
            assertEquals(120, core.submit(s.attempt).items.size)
        }
    }

    case("threads: parallel opens call one Kotlin provider from many threads") {
        val provider = AesKeyProvider()
        val dirs = (0 until 6).map { tempDir() }
        val errors = Collections.synchronizedList(mutableListOf<Throwable>())
        val go = CountDownLatch(1)
        val workers = dirs.map { dir ->
            Thread {
                try {
                    go.await()
                    repeat(3) {
                        QazstepCore.open(dir.toString(), provider).use { core ->
                            core.setProfile(ProfileUpdate(iin = validIin(), name = "n$it"))
                        }
                    }
                } catch (e: Throwable) {
                    errors += e
                }
            }.also { it.start() }
        }
        go.countDown()
        workers.forEach { it.join() }
        assertEquals(emptyList<Throwable>(), errors.toList())
        assertEquals(6, provider.wraps.get())
        assertEquals(12, provider.unwraps.get())
        assertNotEquals(0, provider.unwraps.get())
    }

    for (d in tempDirs) d.toFile().deleteRecursively()
    println("kotlin: $passed passed, $failed failed")
    if (failed > 0) exitProcess(1)
}
