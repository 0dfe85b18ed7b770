// The Kotlin suite of the Qazstep bindings: the generated Kotlin (kz.qazstep.core) on the JVM
// through JNA, against the host build of libqazstep_ffi. A plain `main` with a tiny harness;
// the last line is `kotlin: N passed, M failed` and the exit code is non-zero on any failure.
// Run it with `cargo xtask kotlin-test` (part of `cargo xtask test`).
package kz.qazstep.coretest

import java.io.File
import java.nio.file.Files
import java.nio.file.Path
import java.security.MessageDigest
import java.util.Collections
import java.util.concurrent.CountDownLatch
import kotlin.system.exitProcess
import kotlin.test.assertContains
import kotlin.test.assertContentEquals
import kotlin.test.assertEquals
import kotlin.test.assertFailsWith
import kotlin.test.assertFalse
import kotlin.test.assertIs
import kotlin.test.assertNotEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kz.qazstep.core.*

private var passed = 0
private var failed = 0
private val tempDirs = mutableListOf<Path>()

internal fun case(name: String, body: () -> Unit) {
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

internal fun tempDir(): Path = Files.createTempDirectory("qazstep-kt-").also { tempDirs.add(it) }

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
private fun coreWithContent(provider: KeyProvider = AesKeyProvider(), dir: Path = tempDir()): Qazstep {
    val core = Qazstep.open(dir.toString(), provider)
    core.importPack(synthKk)
    core.importPack(synthRu)
    return core
}

/** The starter packs a shell ships: every JSON file of `content/packs/kk` then `content/packs/ru`, each sorted. */
fun starterPacks(root: File): List<ByteArray> = listOf("kk", "ru").flatMap { l ->
    File(root, "content/packs/$l").listFiles { f -> f.name.endsWith(".json") }.orEmpty().sorted()
}.map { it.readBytes() }

fun sha256Hex(bytes: ByteArray): String =
    MessageDigest.getInstance("SHA-256").digest(bytes).joinToString("") { "%02x".format(it) }

/** A few bytes that start like a PNG file (the core stores media as bytes; it does not decode them). */
private fun tinyPng(label: String): ByteArray =
    byteArrayOf(0x89.toByte(), 'P'.code.toByte(), 'N'.code.toByte(), 'G'.code.toByte(), 0x0d, 0x0a, 0x1a, 0x0a) +
        "qazstep test figure: $label".toByteArray()

/** A one-question kk pack whose stem shows [figure] and whose context shows [graph]. */
private fun mediaPack(figure: ByteArray, graph: ByteArray): ByteArray = Json.write(
    linkedMapOf(
        "format" to 1, "id" to "test.media.kk", "version" to 1, "locale" to "kk",
        "title" to mapOf("kk" to "Суреттер", "ru" to "Рисунки"),
        "topics" to listOf(mapOf("id" to "math.media", "subject" to "math", "name" to mapOf("kk" to "Суреттер", "ru" to "Рисунки"))),
        "contexts" to listOf(
            linkedMapOf(
                "id" to "test.media.ctx1", "subject" to "math", "text" to "Графикке қараңыз.",
                "media" to listOf(mapOf("kind" to "image", "path" to "graph.png", "sha256" to sha256Hex(graph))),
            ),
        ),
        "questions" to listOf(
            linkedMapOf(
                "id" to "test.media.q1", "subject" to "math", "topic" to "math.media", "kind" to "single",
                "context" to "test.media.ctx1", "stem" to "Суретте қандай фигура?",
                "options" to listOf("үшбұрыш", "шеңбер"), "correct" to listOf(0),
                "media" to listOf(mapOf("kind" to "image", "path" to "fig1.png", "sha256" to sha256Hex(figure), "alt" to "Үшбұрыш")),
            ),
        ),
    ),
).toByteArray()

/** Some response of the right shape for [q] (not necessarily correct). */
private fun someResponse(kind: QuestionKind, prompts: Int): Response = when (kind) {
    QuestionKind.SINGLE -> Response.Choice(listOf(0))
    QuestionKind.MULTIPLE -> Response.Choice(listOf(0, 1))
    QuestionKind.MATCHING -> Response.Matching((0 until prompts).map { MatchPair(it, it) })
}

/** 2026-05-01T10:00:00Z: the fixed clock of the app scripts (`qazstep app --now`). */
const val NOW_MS = 1_777_629_600_000L

private val UNT = StartExam(
    blueprint = "unt-2025",
    choice = ExamChoice.Unt(first = "math", second = "physics"),
    language = Language.KK,
    seed = 7L,
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
        Qazstep.open(dir.toString(), provider).use { core ->
            assertEquals(dir.toString(), core.dataDir())
            assertTrue(Files.isDirectory(dir))
            assertEquals(1, provider.wraps.get())
        }
        val again = provider.sameKey()
        Qazstep.open(dir.toString(), again).use { assertTrue(again.unwraps.get() >= 1) }
        val e = assertFailsWith<QazstepException> {
            Qazstep.open(File(fixtures, "tiny-ru.json").path + "/sub", AesKeyProvider())
        }
        assertTrue(e is QazstepException.Internal || e is QazstepException.ReadOnly, e.toString())
    }

    case("content: import from bytes and from a file, packs, subjects and topics with kk/ru names") {
        Qazstep.open(tempDir().toString(), AesKeyProvider()).use { core ->
            assertEquals(emptyList(), core.packs())
            val r = core.importPack(synthKk)
            assertEquals("test.synthetic.k.kk", r.packId)
            assertEquals(ImportOutcome.Installed, r.outcome)
            assertEquals(170, r.questions)
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

    case("media: a pack with a figure imports with its bytes; media(sha256) serves them, by the hash a screen shows") {
        val figure = tinyPng("үшбұрыш")
        val graph = tinyPng("график")
        val pack = mediaPack(figure, graph)
        assertEquals(emptyList(), validatePack(pack))
        Qazstep.openAt(tempDir().toString(), AesKeyProvider(), NOW_MS).use { core ->
            // A file the pack does not name is refused, and nothing is imported.
            assertFailsWith<QazstepException.InvalidInput> { core.importPackWithMedia(pack, listOf(figure, graph, tinyPng("бөтен"))) }
            assertEquals(emptyList(), core.packs())
            // The files in any order: each is matched by its hash.
            val r = core.importPackWithMedia(pack, listOf(graph, figure))
            assertEquals(ImportOutcome.Installed, r.outcome)
            assertEquals(1, r.questions)
            assertContentEquals(figure, core.media(sha256Hex(figure)))
            assertContentEquals(graph, core.media(sha256Hex(graph)))
            assertFailsWith<QazstepException.NotFound> { core.media("0".repeat(64)) }
            assertFailsWith<QazstepException.NotFound> { core.media("not a hash") }
            // A shell learns the hash from the screen: practice shows the question with its media.
            core.importPack(synthKk)
            core.dispatch(Event.Launch)
            core.dispatch(Event.SetLanguage("kk"))
            core.dispatch(Event.AcceptPolicy)
            assertIs<Screen.Home>(core.dispatch(Event.SubmitProfile(ProfileForm(role = "student", subjects = listOf("math", "physics")))))
            val practice = assertIs<Screen.Practice>(core.dispatch(Event.StartPractice(subject = "math", topic = "math.media", count = 1))).v1
            val q = assertNotNull(practice.question)
            assertEquals(listOf(MediaRef(sha256Hex(figure), "image", "Үшбұрыш")), q.media)
            assertEquals(listOf(sha256Hex(graph)), q.context?.media?.map { it.sha256 })
            assertContentEquals(figure, core.media(q.media.single().sha256))
        }
        // The same pack as a file with its media beside it.
        val dir = tempDir()
        dir.resolve("fig1.png").toFile().writeBytes(figure)
        dir.resolve("graph.png").toFile().writeBytes(graph)
        dir.resolve("pack.json").toFile().writeBytes(pack)
        Qazstep.open(tempDir().toString(), AesKeyProvider()).use { core ->
            assertEquals(ImportOutcome.Installed, core.importPackFile(dir.resolve("pack.json").toString()).outcome)
            assertContentEquals(graph, core.media(sha256Hex(graph)))
        }
    }

    case("importStarterPacks: imports the shipped packs into an empty bank once, then returns false; all or nothing") {
        val packs = starterPacks(root)
        assertTrue(packs.size >= 14, "${packs.size} starter packs")
        Qazstep.open(tempDir().toString(), AesKeyProvider()).use { core ->
            // One broken pack among them: nothing imported.
            assertFailsWith<QazstepException.InvalidInput> { core.importStarterPacks(packs + "{}".toByteArray()) }
            assertEquals(emptyList(), core.packs())
            assertTrue(core.importStarterPacks(packs))
            assertEquals(packs.size, core.packs().size)
            assertFalse(core.importStarterPacks(packs))
            assertEquals(packs.size, core.packs().size)
        }
        // A bank that has any pack is left alone.
        Qazstep.open(tempDir().toString(), AesKeyProvider()).use { core ->
            core.importPack(synthKk)
            assertFalse(core.importStarterPacks(packs))
            assertEquals(listOf("test.synthetic.k.kk"), core.packs().map { it.id })
        }
    }

    case("blueprints: ҰБТ pairs and thresholds, ПББ subjects and categories") {
        Qazstep.open(tempDir().toString(), AesKeyProvider()).use { core ->
            val bps = core.blueprints().associateBy { it.id }
            val unt = assertNotNull(bps["unt-2025"])
            assertEquals(Exam.UNT, unt.exam)
            assertEquals(120, unt.items)
            assertContains(unt.choices, listOf("math", "physics"))
            assertContains(unt.thresholds, "national_universities")
            assertEquals(unt.thresholds.size, unt.thresholdNames.size)
            assertEquals("Здравоохранение", unt.thresholdNames[unt.thresholds.indexOf("medicine")].ru)
            assertTrue(unt.durationMinutes > 0 && unt.name.kk.isNotEmpty())
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
            assertFailsWith<QazstepException.InvalidIin> { core.setProfile(ProfileUpdate(iin = "123456789012")) }
            assertNull(core.profile())
            val iin = validIin()
            val v = core.setProfile(
                ProfileUpdate(
                    iin = iin, name = "Айгерім", role = Role.STUDENT,
                    interfaceLanguage = Language.RU, examLanguage = Language.KK,
                    profileSubjects = listOf("math", "physics"),
                ),
            )
            val masked = assertNotNull(v.iinMasked)
            assertFalse(masked.contains(iin))
            assertEquals(iin.take(2), masked.take(2))
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
            assertFailsWith<QazstepException.InvalidInput> { core.giveConsent("2031-01-01") }
            val consent = core.giveConsent("2025-02-05")
            assertEquals("2025-02-05", consent.policyVersion)
            assertTrue(consent.acceptedAtMs > 1_600_000_000_000, "${consent.acceptedAtMs}")
            assertEquals(teacher.copy(consent = consent), core.profile())
        }
    }

    case("profile: the ИИН is optional; exam date and daily minutes are set, checked and removed") {
        coreWithContent().use { core ->
            // A profile without an ИИН (name only), then the ИИН added and removed again.
            val named = core.setProfile(ProfileUpdate(name = "Айгерім"))
            assertNull(named.iinMasked)
            assertEquals("Айгерім", named.name)
            val iin = validIin("0505055001")
            assertEquals(iin.takeLast(2), core.setProfile(ProfileUpdate(iin = iin)).iinMasked?.takeLast(2))
            val removed = core.setProfile(ProfileUpdate(removeIin = true))
            assertNull(removed.iinMasked)
            assertEquals("Айгерім", removed.name)
            assertFalse(core.exportPersonalData().contains(iin))
            // Exam date: ISO, not in the past (the clock is the system's here); removable.
            val dated = core.setProfile(ProfileUpdate(examDate = "2099-06-20", dailyMinutes = 45))
            assertEquals("2099-06-20", dated.examDate)
            assertEquals(45, dated.dailyMinutes)
            assertFailsWith<QazstepException.InvalidInput> { core.setProfile(ProfileUpdate(examDate = "20.06.2099")) }
            assertFailsWith<QazstepException.InvalidInput> { core.setProfile(ProfileUpdate(examDate = "2020-01-01")) }
            assertFailsWith<QazstepException.InvalidInput> { core.setProfile(ProfileUpdate(dailyMinutes = 0)) }
            assertFailsWith<QazstepException.InvalidInput> { core.setProfile(ProfileUpdate(dailyMinutes = -5)) }
            assertFailsWith<QazstepException.InvalidInput> { core.setProfile(ProfileUpdate(dailyMinutes = 100_000)) }
            assertEquals(dated, core.profile())
            val undated = core.setProfile(ProfileUpdate(removeExamDate = true))
            assertNull(undated.examDate)
            assertEquals(45, undated.dailyMinutes)
        }
    }

    case("consent before any profile: the policy first, the ИИН after; withdrawing erases everything personal") {
        coreWithContent().use { core ->
            assertNull(core.profile())
            val consent = core.giveConsent("2025-02-05")
            assertEquals("2025-02-05", consent.policyVersion)
            // Consent alone makes a profile with nothing personal in it.
            val p = assertNotNull(core.profile())
            assertEquals(consent, p.consent)
            assertNull(p.iinMasked)
            assertNull(p.name)
            val iin = validIin("9902025001")
            val full = core.setProfile(ProfileUpdate(iin = iin, name = "Ерлан"))
            assertEquals(consent, full.consent)
            val s = core.startExam(UNT)
            core.answer(s.attempt, 1, Response.Choice(listOf(0)))
            assertContains(core.exportPersonalData(), iin)
            core.withdrawConsent()
            assertNull(core.profile())
            assertEquals(emptyList(), core.attempts())
            assertEquals(0, core.progress().answered)
            assertFalse(core.exportPersonalData().contains(iin))
            assertEquals(2, core.packs().size)
            // Withdrawal is not a dead end: consent can be given again.
            assertEquals("2025-02-05", core.giveConsent("2025-02-05").policyVersion)
        }
    }

    case("full ҰБТ mock end to end: start, page without keys, answer all, flag, clear, submit, report, review") {
        coreWithContent().use { core ->
            val s = core.startExam(UNT)
            assertEquals(120, s.questions)
            assertEquals(0, s.answered)
            assertFalse(s.submitted)
            assertNull(s.total)
            assertTrue(s.deadlineMs > s.startedAtMs)
            assertEquals(listOf(s.copy(remainingSeconds = 0)), core.unfinishedAttempts().map { it.copy(remainingSeconds = 0) })
            val view = core.attempt(s.attempt)
            assertEquals(120, view.questions.size)
            assertEquals(5, view.sections.size)
            assertEquals((1..120).map { it }, view.questions.map { it.position })
            assertTrue(view.questions.all { it.response == null && !it.flagged })
            assertTrue(view.questions.any { it.context != null })
            assertTrue(view.questions.any { it.kind == QuestionKind.MATCHING && it.prompts.isNotEmpty() })
            // A question shown during an exam carries no key and no explanation.
            val fields = QuestionView::class.java.declaredFields.map { it.name.lowercase() }
            assertTrue(fields.none { it.contains("correct") || it.contains("explanation") || it.contains("key") }, fields.toString())
            var ack: AnswerAck? = null
            for (q in view.questions) ack = core.answer(s.attempt, q.position, someResponse(q.kind, q.prompts.size))
            assertEquals(120, ack?.answered)
            assertEquals(120, ack?.position)
            val flagged = core.flag(s.attempt, 5, true)
            assertEquals(120, flagged.answered)
            val cleared = core.clearAnswer(s.attempt, 7)
            assertEquals(119, cleared.answered)
            val remaining = core.remainingSeconds(s.attempt)
            assertTrue(remaining in 1..s.remainingSeconds, "$remaining")
            val mid = core.attempt(s.attempt)
            assertTrue(mid.questions[4].flagged)
            assertNull(mid.questions[6].response)
            // A page: only its positions, the same questions as the whole view.
            val page = core.attemptPage(s.attempt, 4, 4)
            assertEquals(listOf(4, 5, 6, 7), page.questions.map { it.position })
            assertEquals(mid.questions.subList(3, 7), page.questions)
            assertEquals(listOf(119, 120), core.attemptPage(s.attempt, 119, 10).questions.map { it.position })
            assertFailsWith<QazstepException.InvalidInput> { core.attemptPage(s.attempt, 121, 1) }
            assertFailsWith<QazstepException.InvalidInput> { core.attemptPage(s.attempt, 1, 0) }
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
                if (item.response == null) assertEquals(0, item.points)
                assertEquals("Түсіндірме.", item.explanation)
            }
            assertNull(review.items[6].response)
            assertEquals(review.items.sumOf { it.points }, report.total)
            assertEquals(review.topics.sumOf { it.items }, 120)
            // A submitted attempt takes nothing more, with a typed reason (show its report).
            assertFailsWith<QazstepException.AlreadySubmitted> { core.answer(s.attempt, 1, Response.Choice(listOf(1))) }
            assertFailsWith<QazstepException.AlreadySubmitted> { core.submit(s.attempt) }
            assertFailsWith<QazstepException.AlreadySubmitted> { core.flag(s.attempt, 1, true) }
            assertFailsWith<QazstepException.AlreadySubmitted> { core.clearAnswer(s.attempt, 1) }
            assertEquals(report, core.report(s.attempt))
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
            assertEquals(50, s.questions)
            assertEquals(listOf("math"), s.subjects)
            val v = core.attempt(s.attempt)
            assertEquals(2, v.sections.size)
            core.answer(s.attempt, 1, someResponse(v.questions[0].kind, v.questions[0].prompts.size))
            val r = core.submit(s.attempt)
            assertContains(r.thresholds.map { it.id }, "moderator")
            assertTrue(r.total <= 1)
            assertFailsWith<QazstepException.InvalidInput> {
                core.startExam(StartExam("pbb-2024", ExamChoice.Pbb("math", "archmage"), Language.RU))
            }
        }
    }

    case("resume: an unfinished attempt survives close and reopen with every acknowledged answer") {
        val dir = tempDir()
        val provider = AesKeyProvider()
        val id = coreWithContent(provider, dir).use { core ->
            val s = core.startExam(UNT.copy(seed = 11L))
            for (p in 1..3) core.answer(s.attempt, p, Response.Choice(listOf(1)))
            s.attempt
        }
        Qazstep.open(dir.toString(), provider.sameKey()).use { core ->
            val open = core.unfinishedAttempts().single()
            assertEquals(id, open.attempt)
            assertEquals(3, open.answered)
            val v = core.attempt(id)
            assertEquals(3, v.questions.count { it.response != null })
            assertTrue(v.remainingSeconds > 0)
        }
    }

    case("time: on openAt's fixed clock, Tick(elapsedMs) moves time; past the deadline an answer is TimeUp, scored as of the deadline") {
        val dir = tempDir()
        val provider = AesKeyProvider()
        val id = Qazstep.openAt(dir.toString(), provider, NOW_MS).use { core ->
            core.importPack(synthKk)
            val s = core.startExam(UNT)
            assertEquals(NOW_MS, s.startedAtMs)
            val whole = (s.deadlineMs - NOW_MS) / 1000
            assertTrue(whole > 3600, "$whole s")
            val first = core.attempt(s.attempt).questions[0]
            core.answer(s.attempt, 1, someResponse(first.kind, first.prompts.size))
            // The clock stands still until a tick moves it.
            assertEquals(whole, core.remainingSeconds(s.attempt))
            core.dispatch(Event.Tick(elapsedMs = 90_000))
            assertEquals(whole - 90, core.remainingSeconds(s.attempt))
            core.pause()
            // One minute past the deadline.
            core.dispatch(Event.Tick(elapsedMs = s.deadlineMs - NOW_MS - 90_000 + 60_000))
            assertFailsWith<QazstepException.TimeUp> { core.answer(s.attempt, 2, Response.Choice(listOf(0))) }
            assertFailsWith<QazstepException.TimeUp> { core.flag(s.attempt, 2, true) }
            assertFailsWith<QazstepException.TimeUp> { core.submit(s.attempt) }
            assertEquals(0L, core.remainingSeconds(s.attempt))
            assertEquals(emptyList(), core.unfinishedAttempts())
            val done = core.attempts().single()
            assertTrue(done.submitted)
            // Scored as of the deadline: the one answer given before it is there, nothing after.
            val review = core.review(s.attempt)
            assertEquals(listOf(1), review.items.filter { it.response != null }.map { it.position })
            assertEquals(review.report, core.report(s.attempt))
            s.attempt
        }
        // A new process starts its fixed clock at nowMs again: the attempt stays closed by time.
        Qazstep.openAt(dir.toString(), provider.sameKey(), NOW_MS).use { core ->
            assertFailsWith<QazstepException.TimeUp> { core.answer(id, 3, Response.Choice(listOf(0))) }
            assertTrue(core.attempts().single().submitted)
        }
    }

    case("the app model through the bindings: launch, onboarding, an exam screen with its palette, messages by code") {
        Qazstep.openAt(tempDir().toString(), AesKeyProvider(), NOW_MS).use { core ->
            core.importPack(synthKk)
            core.importPack(synthRu)
            val language = assertIs<Screen.Onboarding>(core.dispatch(Event.Launch)).v1
            assertEquals(OnboardingStep.LANGUAGE, language.step)
            val bad = assertIs<Screen.Onboarding>(core.dispatch(Event.SetLanguage("de"))).v1
            assertEquals("language_unknown", messageCode(assertNotNull(bad.error).id))
            assertEquals(mapOf("language" to "de"), bad.error?.args)
            val policy = assertIs<Screen.Onboarding>(core.dispatch(Event.SetLanguage("ru"))).v1
            assertEquals(OnboardingStep.POLICY, policy.step)
            assertEquals("2025-02-05", policy.policy?.version)
            assertTrue(policy.policy?.points.orEmpty().isNotEmpty())
            val form = assertIs<Screen.Onboarding>(core.dispatch(Event.AcceptPolicy)).v1
            assertEquals(OnboardingStep.PROFILE, form.step)
            val iinError = assertIs<Screen.Onboarding>(
                core.dispatch(Event.SubmitProfile(ProfileForm(role = "student", iin = "800101300017"))),
            ).v1
            assertEquals(MessageId.IIN_CHECK_DIGIT, iinError.error?.id)
            val home = assertIs<Screen.Home>(
                core.dispatch(Event.SubmitProfile(ProfileForm(role = "student", subjects = listOf("math", "physics"), examDate = "2027-06-20"))),
            ).v1
            assertNull(home.error)
            assertEquals(Role.STUDENT, home.role)
            assertEquals("2025-02-05", core.profile()?.consent?.policyVersion)
            val exam = assertIs<Screen.Exam>(core.dispatch(Event.StartExam("unt-2025", seed = 11L))).v1
            assertEquals(1, exam.position)
            assertEquals(120, exam.total)
            assertEquals(120, exam.palette.size)
            assertEquals((1..120).toList(), exam.palette.map { it.position })
            assertEquals(NOW_MS + exam.remainingSeconds * 1000, exam.deadline)
            // Nothing on an exam screen carries a key.
            val fields = QuestionCard::class.java.declaredFields.map { it.name.lowercase() }
            assertTrue(fields.none { it.contains("correct") || it.contains("explanation") || it.contains("key") }, fields.toString())
            val answered = assertIs<Screen.Exam>(core.dispatch(Event.Answer(1, Response.Choice(listOf(1))))).v1
            assertEquals(Response.Choice(listOf(1)), answered.response)
            assertEquals(1, answered.answeredCount)
            assertTrue(answered.palette[0].answered)
            val empty = assertIs<Screen.Exam>(core.dispatch(Event.Answer(2, Response.Choice(emptyList())))).v1
            assertEquals(MessageId.RESPONSE_EMPTY, empty.error?.id)
            assertEquals(1, empty.answeredCount)
            assertEquals(answered.copy(error = null), assertIs<Screen.Exam>(core.screen()).v1.copy(error = null))
            core.dispatch(Event.Pause)
            val confirm = assertIs<Screen.SubmitConfirmation>(core.dispatch(Event.SubmitExam)).v1
            assertEquals(119, confirm.unanswered)
            val report = assertIs<Screen.Report>(core.dispatch(Event.ConfirmSubmit)).v1
            assertFalse(report.autoSubmitted)
            assertEquals(120, core.review(report.attempt).items.size)
            // Every message id has its catalog code, and the codes are distinct.
            val codes = MessageId.values().map { messageCode(it) }
            assertEquals(codes.size, codes.toSet().size)
            assertTrue(codes.all { it.matches(Regex("[a-z0-9_]+")) }, codes.toString())
            assertEquals("bad_event", messageCode(MessageId.BAD_EVENT))
        }
    }

    case("bad answers are typed exceptions and change nothing") {
        coreWithContent().use { core ->
            val s = core.startExam(UNT)
            val v = core.attempt(s.attempt)
            val single = v.questions.first { it.kind == QuestionKind.SINGLE }
            val matching = v.questions.first { it.kind == QuestionKind.MATCHING }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, single.position, Response.Choice(listOf(9))) }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, single.position, Response.Choice(listOf(0, 1))) }
            assertFailsWith<QazstepException.InvalidInput> {
                core.answer(s.attempt, single.position, Response.Matching(listOf(MatchPair(0, 0))))
            }
            assertFailsWith<QazstepException.InvalidInput> {
                core.answer(s.attempt, matching.position, Response.Matching(listOf(MatchPair(7, 0))))
            }
            // An empty response answers nothing (clearing is clearAnswer): refused, of either shape.
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, single.position, Response.Choice(emptyList())) }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, matching.position, Response.Matching(emptyList())) }
            // A negative option index is refused like any option out of range (it reaches the core
            // as an index no question has).
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, single.position, Response.Choice(listOf(-1))) }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, 0, Response.Choice(listOf(0))) }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, -1, Response.Choice(listOf(0))) }
            assertFailsWith<QazstepException.InvalidInput> { core.answer(s.attempt, 121, Response.Choice(listOf(0))) }
            assertFailsWith<QazstepException.InvalidInput> { core.flag(s.attempt, 999, true) }
            assertFailsWith<QazstepException.NotFound> { core.answer("no-such-attempt", 1, Response.Choice(listOf(0))) }
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
        Qazstep.open(tempDir().toString(), AesKeyProvider()).use { core ->
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
            assertEquals(0, core.progress().answered)
            assertFailsWith<QazstepException.NoMistakes> { core.startMistakesReview(Language.KK, 10) }
            val session = core.startPractice(
                PracticeRequest(subject = "math", topic = "math.t1", count = 6, language = Language.KK, exam = Exam.UNT, seed = 3L),
            )
            assertEquals(6, session.questions.size)
            assertFalse(session.mistakes)
            assertTrue(session.questions.all { it.subject == "math" && it.topic == "math.t1" && it.answered == null })
            // Answer the first one wrongly on purpose (the synthetic keys are known from the ids).
            val first = session.questions[0]
            val firstKey = SyntheticPack.key(first.question, first.kind)
            val wrong: Response = when (firstKey) {
                is Response.Choice -> Response.Choice(listOf((firstKey.options.first() + 1) % first.options.size))
                is Response.Matching -> Response.Matching(firstKey.pairs.map { MatchPair(it.prompt, (it.option + 1) % first.options.size) })
            }
            val fb0 = core.practiceAnswer(session.id, 0, wrong)
            assertFalse(fb0.correct)
            assertEquals(firstKey, fb0.key)
            assertEquals("Түсіндірме.", fb0.explanation)
            assertEquals("synthetic test data", fb0.source)
            // One presentation, one answer: the same response again (a double tap) gets the same
            // feedback and adds nothing; another response is refused.
            assertEquals(fb0, core.practiceAnswer(session.id, 0, wrong))
            assertFailsWith<QazstepException.Conflict> { core.practiceAnswer(session.id, 0, firstKey) }
            // Answer the second one with its key: full points.
            val second = session.questions[1]
            val key = SyntheticPack.key(second.question, second.kind)
            val fb1 = core.practiceAnswer(session.id, 1, key)
            assertTrue(fb1.correct)
            assertEquals(key, fb1.key)
            assertEquals(fb1.maxPoints, fb1.points)
            assertFailsWith<QazstepException.InvalidInput> { core.practiceAnswer(session.id, 2, Response.Choice(emptyList())) }
            assertFailsWith<QazstepException.InvalidInput> { core.practiceAnswer(session.id, 99, key) }
            assertFailsWith<QazstepException.NotFound> { core.practiceSession("no-such-session") }
            val now = core.practiceSession(session.id)
            assertEquals(false, now.questions[0].answered)
            assertEquals(true, now.questions[1].answered)
            val review = core.startMistakesReview(Language.KK, 10)
            assertTrue(review.mistakes)
            assertContains(review.questions.map { it.question }, first.question)
            assertFalse(review.questions.any { it.question == second.question })
            val progress = core.progress()
            assertEquals(2, progress.answered)
            assertEquals(1, progress.correct)
            val math = progress.subjects.single { it.subject == "math" }
            assertEquals(2, math.answered)
            assertTrue(math.accuracy in 0.0..1.0)
            assertEquals("math.t1", math.topics.single().topic)
            assertFailsWith<QazstepException.InvalidInput> {
                core.startPractice(PracticeRequest("math", "physics.t0", 5, Language.KK, Exam.UNT))
            }
            assertFailsWith<QazstepException.InvalidInput> { core.startPractice(PracticeRequest("math", null, 0, Language.KK, Exam.UNT)) }
        }
    }

    case("starter content: every pack of content/packs imports; ҰБТ and ПББ mocks start in kk and ru") {
        val files = listOf("kk", "ru").flatMap { l ->
            File(root, "content/packs/$l").listFiles { f -> f.name.endsWith(".json") }.orEmpty().sorted()
        }
        assertTrue(files.size >= 14, "expected the 14 starter packs, found ${files.size} under ${File(root, "content/packs")}")
        Qazstep.open(tempDir().toString(), AesKeyProvider()).use { core ->
            for (f in files) {
                assertEquals(emptyList(), validatePack(f.readBytes()), f.name)
                assertEquals(ImportOutcome.Installed, core.importPackFile(f.path).outcome, f.name)
            }
            assertEquals(files.size, core.packs().size)
            for (language in listOf(Language.KK, Language.RU)) {
                val unt = core.startExam(UNT.copy(language = language, seed = null))
                assertEquals(120, unt.questions)
                val pbb = core.startExam(StartExam("pbb-2024", ExamChoice.Pbb("math", "expert"), language))
                assertEquals(50, pbb.questions)
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

    case("wrong key: open degrades instead of throwing; personal calls throw KeyMismatch, content works, nothing changed") {
        val dir = tempDir()
        val provider = AesKeyProvider()
        val iin = validIin("8001011234")
        coreWithContent(provider, dir).use { it.setProfile(ProfileUpdate(iin = iin)) }
        Qazstep.open(dir.toString(), AesKeyProvider()).use { core ->
            val e = assertFailsWith<QazstepException.KeyMismatch> { core.profile() }
            assertFalse(e.reason.contains(iin))
            assertFailsWith<QazstepException.KeyMismatch> { core.attempts() }
            assertFailsWith<QazstepException.KeyMismatch> { core.setProfile(ProfileUpdate(name = "Бөтен")) }
            assertFailsWith<QazstepException.KeyMismatch> { core.exportPersonalData() }
            // Content does not need the key.
            assertEquals(2, core.packs().size)
            assertTrue(core.subjects().any { it.code == "math" })
            // The app model shows why, and what can be done.
            val recovery = assertIs<Screen.Recovery>(core.dispatch(Event.Launch)).v1
            assertEquals(RecoveryReason.KEY_LOST, recovery.reason)
            assertTrue(recovery.canErase)
            assertFalse(recovery.canRetry)
            assertEquals(recovery, assertIs<Screen.Recovery>(core.screen()).v1)
        }
        Qazstep.open(dir.toString(), provider.sameKey()).use { core ->
            assertEquals(iin.take(2), core.profile()?.iinMasked?.take(2))
            assertEquals(2, core.packs().size)
        }
    }

    case("key gone for good: erasePersonalDataWithoutKey empties the store, content stays, a new key opens it") {
        val dir = tempDir()
        val iin = validIin("8001011234")
        coreWithContent(AesKeyProvider(), dir).use { it.setProfile(ProfileUpdate(iin = iin, name = "Дана")) }
        val newKey = AesKeyProvider()
        Qazstep.open(dir.toString(), newKey).use { core ->
            assertFailsWith<QazstepException.KeyMismatch> { core.profile() }
            // Not while this process has the directory open: nothing is erased.
            assertFailsWith<QazstepException.Conflict> { erasePersonalDataWithoutKey(dir.toString()) }
        }
        erasePersonalDataWithoutKey(dir.toString())
        Qazstep.open(dir.toString(), newKey.sameKey()).use { core ->
            assertNull(core.profile())
            assertEquals(emptyList(), core.attempts())
            assertEquals(2, core.packs().size)
            assertEquals("Дана", core.setProfile(ProfileUpdate(iin = iin, name = "Дана")).name)
            assertFailsWith<QazstepException.Conflict> { erasePersonalDataWithoutKey(dir.toString()) }
        }
        Qazstep.open(dir.toString(), newKey.sameKey()).use { assertEquals("Дана", it.profile()?.name) }
    }

    case("key gone for good, from the app: the recovery screen's EraseData(confirm) starts afresh with the key at hand") {
        val dir = tempDir()
        coreWithContent(AesKeyProvider(), dir).use { it.setProfile(ProfileUpdate(iin = validIin(), name = "Дана")) }
        val newKey = AesKeyProvider()
        Qazstep.open(dir.toString(), newKey).use { core ->
            assertIs<Screen.Recovery>(core.dispatch(Event.Launch))
            val refused = assertIs<Screen.Recovery>(core.dispatch(Event.EraseData(confirm = false))).v1
            assertEquals("erase_not_confirmed", refused.error?.let { messageCode(it.id) })
            val fresh = assertIs<Screen.Onboarding>(core.dispatch(Event.EraseData(confirm = true))).v1
            assertNull(fresh.error)
            assertNull(core.profile())
            assertEquals(2, core.packs().size)
        }
        Qazstep.open(dir.toString(), newKey.sameKey()).use { core ->
            assertNull(core.profile())
            assertIs<Screen.Onboarding>(core.dispatch(Event.Launch))
        }
    }

    case("a Kotlin provider that throws: typed KeyUnavailable passes through, an unexpected exception becomes KeyUnavailable") {
        // Opening degrades: the personal calls give the reason, the app model the recovery screen.
        Qazstep.open(tempDir().toString(), LockedKeyProvider()).use { core ->
            assertFailsWith<QazstepException.KeyUnavailable> { core.profile() }
            val r = assertIs<Screen.Recovery>(core.dispatch(Event.Launch)).v1
            assertEquals(RecoveryReason.KEY_UNAVAILABLE, r.reason)
            assertTrue(r.canRetry)
            assertFalse(r.canErase)
            // Never erased while the key is only unavailable for now.
            assertIs<Screen.Recovery>(core.dispatch(Event.EraseData(confirm = true)))
        }
        Qazstep.open(tempDir().toString(), CrashingKeyProvider()).use { core ->
            assertFailsWith<QazstepException.KeyUnavailable> { core.profile() }
        }
        // The provider's own words reach the caller where the provider is called directly.
        coreWithContent().use { core ->
            val locked = assertFailsWith<QazstepException.KeyUnavailable> { core.rotateWrappingKey(LockedKeyProvider()) }
            assertContains(locked.reason, "keystore locked (test)")
            val crashed = assertFailsWith<QazstepException.KeyUnavailable> { core.rotateWrappingKey(CrashingKeyProvider()) }
            assertContains(crashed.reason, "keystore crashed (test)")
            assertFalse(crashed.reason.contains("\n"))
        }
        // An existing store whose keystore is locked: KeyUnavailable, then it opens once unlocked.
        val dir = tempDir()
        val provider = AesKeyProvider()
        Qazstep.open(dir.toString(), provider).use { it.setProfile(ProfileUpdate(name = "Дана")) }
        Qazstep.open(dir.toString(), LockedKeyProvider()).use { core ->
            assertFailsWith<QazstepException.KeyUnavailable> { core.profile() }
        }
        Qazstep.open(dir.toString(), CrashingKeyProvider()).use { core ->
            assertFailsWith<QazstepException.KeyUnavailable> { core.profile() }
        }
        Qazstep.open(dir.toString(), provider.sameKey()).use { assertEquals("Дана", it.profile()?.name) }
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
        Qazstep.open(dir.toString(), oldKey.sameKey()).use { core ->
            assertFailsWith<QazstepException.KeyMismatch> { core.profile() }
        }
        Qazstep.open(dir.toString(), newKey.sameKey()).use { assertEquals("Бауыржан", it.profile()?.name) }
    }

    case("the user's rights: export as JSON, erase (content stays), checkpoint") {
        coreWithContent().use { core ->
            val iin = validIin("0102035001")
            core.setProfile(ProfileUpdate(iin = iin, name = "Дана"))
            val s = core.startExam(UNT)
            core.answer(s.attempt, 1, Response.Choice(listOf(0)))
            core.checkpoint()
            val json = core.exportPersonalData()
            assertContains(json, "qazstep-personal-data/1")
            assertContains(json, iin)
            assertContains(json, "Дана")
            assertTrue(json.trimStart().startsWith("{") && json.trimEnd().endsWith("}"))
            core.erasePersonalData()
            assertNull(core.profile())
            assertEquals(emptyList(), core.attempts())
            assertEquals(0, core.progress().answered)
            assertFalse(core.exportPersonalData().contains(iin))
            assertEquals(2, core.packs().size)
            assertEquals("Дана", core.setProfile(ProfileUpdate(iin = iin, name = "Дана")).name)
        }
    }

    case("close() and use {}: a closed object refuses calls; the directory reopens") {
        val dir = tempDir()
        val provider = AesKeyProvider()
        val core = Qazstep.open(dir.toString(), provider)
        core.close()
        assertFailsWith<IllegalStateException> { core.packs() }
        core.close() // idempotent
        val leaked = Qazstep.open(dir.toString(), provider.sameKey()).use { it.importPack(synthKk); it }
        assertFailsWith<IllegalStateException> { leaked.subjects() }
        Qazstep.open(dir.toString(), provider.sameKey()).use { assertEquals(1, it.packs().size) }
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
                        val p = core.startPractice(PracticeRequest("physics", null, 3, Language.RU, Exam.UNT))
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
            assertEquals(120, core.unfinishedAttempts().single().answered)
            assertEquals((threads * 3), core.progress().answered)
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
                        Qazstep.open(dir.toString(), provider).use { core ->
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

    appScriptCases(root)

    for (d in tempDirs) d.toFile().deleteRecursively()
    println("kotlin: $passed passed, $failed failed")
    if (failed > 0) exitProcess(1)
}
