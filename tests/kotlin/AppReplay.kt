// One script, three shells — the Kotlin shell (spec/app.md). The event scripts of tests/app are
// replayed through the generated bindings as a phone shell would send them, and every screen,
// written in the serde form `qazstep app` prints, is compared with the terminal shell's screen
// for the same line (after the normalization of cli/tests/app_driver.rs).
//
// Invariants:
// - The driver's rules are core/src/app/driver.rs's: a malformed line, an unknown event or any
//   event before `launch` gets `screen()` with error `bad_event`; `{"restart": true}` closes the
//   object and opens a new one on the same directory (a kill); the next line is `launch`.
// - Events are read as the core's serde reads them (core/src/app/event.rs): unknown fields are
//   ignored, a missing or mistyped field is a bad event.
// - Screens are written by reflection over the generated records, once for all of them; only the
//   serde attributes of the core's types are mirrored by name (the `screen` and `aid` tags, the
//   untagged Response, the `[prompt, option]` tuple, message ids by their code).
package kz.qazstep.coretest

import java.io.File
import java.math.BigInteger
import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.TimeUnit
import kotlin.test.assertEquals
import kotlin.test.assertNotNull
import kotlin.test.assertNull
import kotlin.test.assertTrue
import kz.qazstep.core.*

/** A script line the driver answers with `bad_event`. */
private class BadEvent(why: String) : Exception(why)

private fun bad(why: String): Nothing = throw BadEvent(why)

/** Script lines as events, read the way the core's serde reads them. */
object EventJson {
    /** The event [line] names, or `null` when the driver answers it with `bad_event`. */
    fun parse(line: String): Event? = try {
        event(Json.parse(line))
    } catch (e: JsonError) {
        null
    } catch (e: BadEvent) {
        null
    }

    private val U64_MAX = BigInteger.ONE.shiftLeft(64) - BigInteger.ONE

    /** The fields of one event object, typed as the core's `Event` declares them. */
    private class Fields(private val o: Map<String, Any?>) {
        private fun has(k: String) = o.containsKey(k)

        fun string(k: String): String = o[k] as? String ?: bad("$k: a string is required")

        /** `Option<String>` with `#[serde(default)]`: absent or null is none. */
        fun optString(k: String): String? = if (o[k] == null) null else string(k)

        fun optStrings(k: String): List<String>? {
            val v = o[k] ?: return null
            val l = v as? List<*> ?: bad("$k: a list is required")
            return l.map { it as? String ?: bad("$k: strings are required") }
        }

        /** `i64` (required). */
        fun long(k: String): Long {
            if (!has(k)) bad("$k: missing")
            return i64(o[k], k)
        }

        /** `i64` with `#[serde(default)]`: absent is 0, null is a type error. */
        fun longOrZero(k: String): Long = if (!has(k)) 0L else i64(o[k], k)

        fun optLong(k: String): Long? = o[k]?.let { i64(it, k) }

        /** `Option<u64>` with `#[serde(default)]`, carried in a Long with the same 64 bits (as the FFI's seed). */
        fun optU64(k: String): Long? = when (val v = o[k]) {
            null -> null
            is Long -> if (v >= 0) v else bad("$k: a non-negative integer is required")
            is BigInteger -> if (v <= U64_MAX) v.toLong() else bad("$k: out of range")
            else -> bad("$k: an integer is required")
        }

        fun bool(k: String): Boolean = o[k] as? Boolean ?: bad("$k: a boolean is required")

        /** `bool` with `#[serde(default)]`: absent is false, null is a type error. */
        fun flag(k: String): Boolean = if (!has(k)) false else bool(k)

        /** `ResponseInput`, untagged: a list of option indexes, else a list of `[prompt, option]` pairs. */
        fun response(k: String): Response {
            val l = o[k] as? List<*> ?: bad("$k: a list is required")
            if (l.all { it is Long }) return Response.Choice(l.map { int(it as Long) })
            return Response.Matching(
                l.map { p ->
                    val pair = p as? List<*> ?: bad("$k: a list of pairs is required")
                    if (pair.size != 2) bad("$k: a pair has two numbers")
                    MatchPair(int(i64(pair[0], k)), int(i64(pair[1], k)))
                },
            )
        }

        fun form() = ProfileForm(
            role = optString("role"), name = optString("name"), iin = optString("iin"),
            subjects = optStrings("subjects"), examDate = optString("exam_date"),
        )

        private fun i64(v: Any?, k: String): Long = v as? Long ?: bad("$k: an integer within i64 is required")
    }

    /**
     * A JSON integer as the FFI's `Int`. The core's `Event` takes positions, counts, minutes and
     * option indexes as i64, the FFI's as i32: a value outside i32 cannot be sent as it is and is
     * saturated (the core refuses it as out of range either way; see KNOWN_DIFFERENCES).
     */
    fun int(v: Long): Int = v.coerceIn(Int.MIN_VALUE.toLong(), Int.MAX_VALUE.toLong()).toInt()

    @Suppress("UNCHECKED_CAST")
    private fun event(v: Any?): Event {
        val o = v as? Map<String, Any?> ?: bad("an event is an object")
        val name = o["event"] as? String ?: bad("no event name")
        val f = Fields(o)
        return when (name) {
            "launch" -> Event.Launch
            "set_language" -> Event.SetLanguage(f.string("language"))
            "accept_policy" -> Event.AcceptPolicy
            "decline_policy" -> Event.DeclinePolicy
            "submit_profile" -> Event.SubmitProfile(f.form())
            "edit_profile" -> Event.EditProfile(f.form())
            "set_daily_minutes" -> Event.SetDailyMinutes(int(f.long("minutes")))
            "start_exam" -> Event.StartExam(
                blueprint = f.string("blueprint"), subjects = f.optStrings("subjects"),
                category = f.optString("category"), seed = f.optU64("seed"),
                extraTime = f.flag("extra_time"), language = f.optString("language"),
            )
            "continue_exam" -> Event.ContinueExam(f.optString("attempt"))
            "answer" -> Event.Answer(int(f.long("position")), f.response("response"))
            "clear_answer" -> Event.ClearAnswer(int(f.long("position")))
            "flag" -> Event.Flag(int(f.long("position")), f.bool("flagged"))
            "go_to" -> Event.GoTo(int(f.long("position")))
            "next" -> Event.Next
            "previous" -> Event.Previous
            "tick" -> Event.Tick(f.longOrZero("elapsed_ms"))
            "pause" -> Event.Pause
            "resume" -> Event.Resume
            "submit_exam" -> Event.SubmitExam
            "confirm_submit" -> Event.ConfirmSubmit
            "cancel_submit" -> Event.CancelSubmit
            "leave" -> Event.Leave
            "open_aid" -> Event.OpenAid(f.string("aid"))
            "close_aid" -> Event.CloseAid
            "calculate" -> Event.Calculate(f.string("expression"))
            "open_report" -> Event.OpenReport(f.optString("attempt"))
            "open_review" -> Event.OpenReview(f.optString("attempt"), f.optString("filter"), f.optString("section"))
            "home" -> Event.Home
            "start_practice" -> Event.StartPractice(
                subject = f.optString("subject"), topic = f.optString("topic"), mistakes = f.flag("mistakes"),
                count = f.optLong("count")?.let(::int), seed = f.optU64("seed"),
            )
            "practice_answer" -> Event.PracticeAnswer(f.response("response"))
            "open_progress" -> Event.OpenProgress
            "open_privacy" -> Event.OpenPrivacy
            "export_data" -> Event.ExportData
            "erase_data" -> Event.EraseData(f.flag("confirm"))
            else -> bad("unknown event $name")
        }
    }
}

/** Screens in the serde form of `qazstep app`, by reflection over the generated records. */
object ScreenJson {
    /** Internally tagged enums (`#[serde(tag = …)]`): the tag's key by sealed class. */
    private val TAGGED: Map<Class<*>, String> = mapOf(Screen::class.java to "screen", AidView::class.java to "aid")

    /** Untagged enums (`#[serde(untagged)]`): a variant is written as its one field. */
    private val UNTAGGED: Set<Class<*>> = setOf(Response::class.java)

    /** Records the core holds as tuples (`(prompt, option)`): written as a list of their fields. */
    private val TUPLES: Set<Class<*>> = setOf(MatchPair::class.java)

    /** The screen as a JSON tree: `{"screen": "exam", "error": …, …its fields}`. */
    fun tree(screen: Screen): Any? = value(screen)

    /** The screen as one line of JSON. */
    fun line(screen: Screen): String = Json.write(tree(screen))

    /** `answeredCount` → `answered_count`, `SubmitConfirmation` → `submit_confirmation`. */
    fun snake(name: String): String = buildString {
        name.forEachIndexed { i, c ->
            if (c.isUpperCase()) {
                if (i > 0) append('_')
                append(c.lowercaseChar())
            } else {
                append(c)
            }
        }
    }

    private fun value(v: Any?): Any? = when (v) {
        null -> null
        is String, is Boolean -> v
        is Int -> v.toLong()
        is Long -> v
        is Short -> v.toLong()
        is Byte -> v.toLong()
        is Double -> v
        is Float -> v.toDouble()
        is List<*> -> v.map(::value)
        is Map<*, *> -> v.entries.associateTo(LinkedHashMap()) { (k, x) -> k.toString() to value(x) }
        is MessageId -> messageCode(v)
        // UniFFI's enum constants are the Rust variants in UPPER_SNAKE; serde writes snake_case.
        is Enum<*> -> v.name.lowercase()
        else -> record(v)
    }

    private fun record(v: Any): Any? {
        val fields = fields(v)
        val parent = v.javaClass.superclass
        TAGGED[parent]?.let { tag ->
            val out = linkedMapOf<String, Any?>(tag to snake(v.javaClass.simpleName))
            // A newtype variant (UniFFI names its one field `v1`) is flattened into the tag's object.
            val inner = fields.singleOrNull()?.takeIf { it.first == "v1" }?.second
            if (inner != null) fields(inner).forEach { (k, x) -> out[k] = value(x) } else fields.forEach { (k, x) -> out[k] = value(x) }
            return out
        }
        if (parent in UNTAGGED) return value(fields.single().second)
        if (v.javaClass in TUPLES) return fields.map { value(it.second) }
        return fields.associateTo(LinkedHashMap()) { (k, x) -> k to value(x) }
    }

    /** A record's properties in declaration order, named as serde names them. */
    private fun fields(v: Any): List<Pair<String, Any?>> = v.javaClass.declaredFields
        .filter { !java.lang.reflect.Modifier.isStatic(it.modifiers) && !it.isSynthetic }
        .map { f ->
            f.isAccessible = true
            (if (f.name == "v1") "v1" else snake(f.name)) to f.get(v)
        }
}

/** The Kotlin shell: a driver over one `Qazstep` on a fixed clock, as `qazstep app --now`. */
class KotlinShell(
    private val dir: Path,
    private val keyProvider: KeyProvider,
    private val nowMs: Long,
    private val packs: List<ByteArray>,
) : AutoCloseable {
    private var core = open()
    private var launched = false

    private fun open(): Qazstep = Qazstep.openAt(dir.toString(), keyProvider, nowMs).also { it.importStarterPacks(packs) }

    /** The screen answering one input line. */
    fun line(text: String): Screen {
        val event = EventJson.parse(text)
        return when {
            event == Event.Launch -> {
                launched = true
                core.dispatch(event)
            }
            event != null && launched -> core.dispatch(event)
            else -> withError(core.screen(), Message(MessageId.BAD_EVENT, emptyMap()))
        }
    }

    /** The process is killed and started again on the same directory. */
    fun restart() {
        core.close()
        core = open()
        launched = false
    }

    override fun close() = core.close()

    companion object {
        fun withError(s: Screen, m: Message): Screen = when (s) {
            is Screen.Onboarding -> Screen.Onboarding(s.v1.copy(error = m))
            is Screen.Home -> Screen.Home(s.v1.copy(error = m))
            is Screen.Exam -> Screen.Exam(s.v1.copy(error = m))
            is Screen.SubmitConfirmation -> Screen.SubmitConfirmation(s.v1.copy(error = m))
            is Screen.Report -> Screen.Report(s.v1.copy(error = m))
            is Screen.Review -> Screen.Review(s.v1.copy(error = m))
            is Screen.Practice -> Screen.Practice(s.v1.copy(error = m))
            is Screen.Progress -> Screen.Progress(s.v1.copy(error = m))
            is Screen.Privacy -> Screen.Privacy(s.v1.copy(error = m))
            is Screen.Recovery -> Screen.Recovery(s.v1.copy(error = m))
        }
    }
}

/**
 * A difference between the Kotlin and the terminal screen that is understood and reported: at
 * script [script]'s line [line], the value at [path] is [kotlin] here and [terminal] there. The
 * replay fails when it no longer appears or appears otherwise (then update or remove it), and
 * compares everything else on that line as usual.
 */
data class KnownDifference(
    val script: String,
    val line: Int,
    val path: String,
    val kotlin: Any?,
    val terminal: Any?,
    val why: String,
)

val KNOWN_DIFFERENCES = listOf<KnownDifference>()

object Replay {
    const val NOW = "2026-05-01T10:00:00Z"

    /** A fixed wrapping key for the scripts (the terminal keeps its own in the data directory). */
    fun keyProvider() = AesKeyProvider(ByteArray(32) { (it * 7 + 3).toByte() })

    class Line(val number: Int, val text: String)

    /** The script's segments: its non-blank lines between `{"restart": true}` markers. */
    fun segments(script: File): List<List<Line>> {
        val out = mutableListOf(mutableListOf<Line>())
        script.readLines().forEachIndexed { i, text ->
            if (text.isBlank()) return@forEachIndexed
            val restart = try {
                (Json.parse(text) as? Map<*, *>)?.get("restart") == true
            } catch (e: JsonError) {
                false
            }
            if (restart) out.add(mutableListOf()) else out.last().add(Line(i + 1, text))
        }
        return out
    }

    /** The screens `qazstep app` prints for the script: one process per segment on [dir]. */
    fun throughTerminal(cli: File, script: File, dir: Path): List<Any?> = segments(script).flatMap { segment ->
        val pb = ProcessBuilder(cli.path, "app", "--now", NOW, "--data-dir", dir.toString())
        pb.environment().remove("QAZSTEP_KEY_HEX")
        pb.redirectError(ProcessBuilder.Redirect.INHERIT)
        val p = pb.start()
        val feeder = Thread {
            p.outputStream.bufferedWriter().use { w -> segment.forEach { w.write(it.text); w.write("\n") } }
        }.also { it.start() }
        val lines = p.inputStream.bufferedReader().readLines()
        feeder.join()
        check(p.waitFor(60, TimeUnit.SECONDS)) { "qazstep app did not exit" }
        check(p.exitValue() == 0) { "${script.name}: qazstep app exited with ${p.exitValue()}" }
        check(lines.size == segment.size) { "${script.name}: ${lines.size} screens for ${segment.size} lines" }
        lines.map { Json.parse(it) }
    }

    /** The screens of the Kotlin shell for the script, as JSON trees, on [dir]. */
    fun throughKotlin(script: File, dir: Path, packs: List<ByteArray>, nowMs: Long): List<Any?> {
        val out = mutableListOf<Any?>()
        KotlinShell(dir, keyProvider(), nowMs, packs).use { shell ->
            segments(script).forEachIndexed { i, segment ->
                if (i > 0) shell.restart()
                for (l in segment) {
                    val tree = ScreenJson.tree(shell.line(l.text))
                    // The line written is the tree read back: the writer loses nothing.
                    check(Json.parse(Json.write(tree)) == tree) { "${script.name} line ${l.number}: the JSON written does not read back" }
                    out += tree
                }
            }
        }
        return out
    }

    /** The screens compared across shells: what differs by run is replaced by whether it is there. */
    fun normalized(v: Any?): Any? = when (v) {
        is Map<*, *> -> v.entries.associateTo(LinkedHashMap()) { (k, x) ->
            k.toString() to when (k) {
                "attempt", "session", "deadline", "remaining_seconds", "days_to_exam", "started_at",
                "accepted_at", "export",
                -> x != null
                else -> normalized(x)
            }
        }
        is List<*> -> v.map(::normalized)
        else -> v
    }

    /** The first path at which [a] and [b] differ (`palette[3].answered`), or null when equal. */
    fun firstDifference(a: Any?, b: Any?, path: String = ""): String? {
        fun at(k: String) = if (path.isEmpty()) k else "$path.$k"
        return when {
            a is Map<*, *> && b is Map<*, *> -> {
                (a.keys + b.keys).map { it.toString() }.distinct().firstNotNullOfOrNull { k ->
                    when {
                        !a.containsKey(k) -> "${at(k)} (only in the terminal's)"
                        !b.containsKey(k) -> "${at(k)} (only in the Kotlin's)"
                        else -> firstDifference(a[k], b[k], at(k))
                    }
                }
            }
            a is List<*> && b is List<*> -> {
                (0 until minOf(a.size, b.size)).firstNotNullOfOrNull { firstDifference(a[it], b[it], "$path[$it]") }
                    ?: if (a.size != b.size) "$path (${a.size} vs ${b.size} items)" else null
            }
            a == b -> null
            else -> path.ifEmpty { "(the whole screen)" }
        }
    }

    /** The value at [path] (`palette[3].answered`), or null when there is none. */
    fun get(v: Any?, path: String): Any? = Regex("""([^.\[\]]+)|\[(\d+)]""").findAll(path).fold(v) { x, m ->
        val (key, index) = m.destructured
        if (key.isNotEmpty()) (x as? Map<*, *>)?.get(key) else (x as? List<*>)?.getOrNull(index.toInt())
    }

    @Suppress("UNCHECKED_CAST")
    fun set(v: Any?, path: String, value: Any?) {
        val keys = path.split('.')
        val parent = keys.dropLast(1).fold(v) { x, k -> (x as Map<*, *>)[k] } as MutableMap<String, Any?>
        parent[keys.last()] = value
    }

    /**
     * Replays [script] through the Kotlin shell and through `qazstep app` ([cli]) and compares
     * every screen; fails with the script, the line and the first differing path. Returns what
     * was compared, for the log. Writes both shells' screens to [outDir] when given.
     */
    fun compare(script: File, cli: File, packs: List<ByteArray>, work: Path, nowMs: Long, outDir: File?): String {
        val lines = segments(script)
        val numbers = lines.flatten().map { it.number }
        val kotlin = throughKotlin(script, Files.createDirectories(work.resolve("kotlin")), packs, nowMs)
        val terminal = throughTerminal(cli, script, Files.createDirectories(work.resolve("terminal")))
        outDir?.let { d ->
            d.mkdirs()
            File(d, script.nameWithoutExtension + ".kotlin.jsonl").writeText(kotlin.joinToString("") { Json.write(it) + "\n" })
            File(d, script.nameWithoutExtension + ".terminal.jsonl").writeText(terminal.joinToString("") { Json.write(it) + "\n" })
        }
        check(kotlin.size == terminal.size) { "${script.name}: ${kotlin.size} Kotlin screens, ${terminal.size} terminal screens" }
        val known = KNOWN_DIFFERENCES.filter { it.script == script.name }
        val seen = mutableListOf<KnownDifference>()
        for (i in kotlin.indices) {
            val k = normalized(kotlin[i])
            val t = normalized(terminal[i])
            for (d in known.filter { it.line == numbers[i] }) {
                val (kv, tv) = get(k, d.path) to get(t, d.path)
                check(kv == d.kotlin && tv == d.terminal) {
                    "${script.name} line ${d.line}: the known difference at ${d.path} changed: Kotlin ${Json.write(kv)}, " +
                        "terminal ${Json.write(tv)} (recorded: ${Json.write(d.kotlin)} vs ${Json.write(d.terminal)}); update KNOWN_DIFFERENCES"
                }
                set(k, d.path, tv)
                seen += d
                println("     known difference, ${script.name} line ${d.line}, ${d.path}: Kotlin ${Json.write(kv)}, terminal ${Json.write(tv)} — ${d.why}")
            }
            val diff = firstDifference(t, k)
            check(diff == null) {
                "${script.name} line ${numbers[i]}: the Kotlin screen differs from the terminal's at $diff: " +
                    "Kotlin ${Json.write(get(k, diff!!.substringBefore(' ')))}, terminal ${Json.write(get(t, diff.substringBefore(' ')))}" +
                    "\n  Kotlin:   ${Json.write(kotlin[i]).take(600)}\n  terminal: ${Json.write(terminal[i]).take(600)}"
            }
        }
        val missing = known - seen.toSet()
        check(missing.isEmpty()) { "${script.name}: known differences no longer seen (remove them): $missing" }
        return "${kotlin.size} screens in ${lines.size} segment(s) compared: " +
            if (seen.isEmpty()) "all equal" else "${kotlin.size - seen.size} equal, ${seen.size} equal but for a known difference"
    }
}

/** The cases of the app scripts in the suite: the event reader, then every script compared. */
fun appScriptCases(root: File) {
    case("script lines read as the core's serde reads them (the shapes of core/src/app/event.rs)") {
        fun e(line: String) = EventJson.parse(line)
        assertEquals(Event.Launch, e("""{"event": "launch"}"""))
        assertEquals(Event.Answer(3, Response.Choice(listOf(1))), e("""{"event": "answer", "position": 3, "response": [1]}"""))
        assertEquals(
            Event.Answer(31, Response.Matching(listOf(MatchPair(0, 2), MatchPair(1, 0)))),
            e("""{"event": "answer", "position": 31, "response": [[0, 2], [1, 0]]}"""),
        )
        assertEquals(
            Event.SubmitProfile(ProfileForm("student", "A", "800101300016", listOf("math", "physics"), "2027-06-20")),
            e("""{"event": "submit_profile", "role": "student", "name": "A", "iin": "800101300016", "subjects": ["math", "physics"], "exam_date": "2027-06-20"}"""),
        )
        assertEquals(Event.SubmitProfile(ProfileForm()), e("""{"event": "submit_profile"}"""))
        assertEquals(Event.EraseData(true), e("""{"event": "erase_data", "confirm": true}"""))
        assertEquals(Event.Tick(0), e("""{"event": "tick"}"""))
        assertEquals(Event.Tick(3_600_000), e("""{"event": "tick", "elapsed_ms": 3600000}"""))
        assertEquals(Event.Home, e("""{"expect": {"screen": "home"}, "event": "home", "extra": [1, {"x": null}]}"""))
        assertEquals(Event.StartExam("unt-2025", seed = -1L), e("""{"event": "start_exam", "blueprint": "unt-2025", "seed": 18446744073709551615}"""))
        assertEquals(Event.StartPractice(subject = "math", count = 0, mistakes = false), e("""{"event": "start_practice", "subject": "math", "count": 0, "topic": null}"""))
        assertEquals(Event.Answer(1, Response.Choice(emptyList())), e("""{"event": "answer", "position": 1, "response": []}"""))
        // Negative and huge numbers parse: the app model refuses them with a message.
        assertEquals(Event.GoTo(-5), e("""{"event": "go_to", "position": -5}"""))
        assertEquals(Event.Answer(1, Response.Choice(listOf(-1))), e("""{"event": "answer", "position": 1, "response": [-1]}"""))
        assertEquals(Event.GoTo(Int.MAX_VALUE), e("""{"event": "go_to", "position": 9999999999}"""))
        assertEquals(Event.SetLanguage("қаз\n\"ü\"\uD83D\uDE00"), e("""{"event":"set_language","language":"қаз\n\"\u00fc\"\ud83d\ude00"}"""))
        for (bad in listOf(
            "", "{", "[]", "null", """{"event": "fly"}""", """{"event": "go_to"}""", """{"position": 1}""",
            """{"event": "go_to", "position": "x"}""", """{"event": "go_to", "position": 1.0}""",
            """{"event": "go_to", "position": 1e2}""", """{"event": "go_to", "position": 01}""",
            """{"event": "go_to", "position": 99999999999999999999}""", """{"event": 5}""",
            """{"event": "tick", "elapsed_ms": null}""", """{"event": "erase_data", "confirm": null}""",
            """{"event": "erase_data", "confirm": 1}""", """{"event": "start_exam", "blueprint": "unt-2025", "seed": -1}""",
            """{"event": "start_exam", "subjects": ["math"]}""", """{"event": "start_exam", "blueprint": "x", "subjects": [1]}""",
            """{"event": "answer", "position": 1, "response": [[0, 1, 2]]}""", """{"event": "answer", "position": 1, "response": [0, [1, 2]]}""",
            """{"event": "answer", "position": 1, "response": 0}""", """{"event": "answer", "position": 1}""",
            """{"event": "home"} x""", """{"event": "home",}""", """{"event": "set_language", "language": "\ud83d"}""",
            "{\"event\": \"set_language\", \"language\": \"a\tb\"}",
        )) {
            assertNull(e(bad), bad)
        }
        // The writer of the screens: names and shapes as serde writes them.
        assertEquals("submit_confirmation", ScreenJson.snake("SubmitConfirmation"))
        assertEquals("answered_count", ScreenJson.snake("answeredCount"))
        assertEquals("sha256", ScreenJson.snake("sha256"))
    }

    val cli = System.getProperty("qazstep.cli")?.let(::File)
    val scripts = File(root, "tests/app").listFiles { f -> f.name.endsWith(".jsonl") }.orEmpty().sorted()
    case("one script, three shells: the event scripts and the terminal shell are there") {
        assertTrue(scripts.size >= 3, "expected the event scripts of tests/app, found $scripts")
        assertNotNull(cli, "-Dqazstep.cli (the `qazstep` binary) is not given; cargo xtask kotlin-test passes it")
        assertTrue(cli.canExecute(), "$cli is not an executable")
    }
    for (script in scripts) {
        case("one script, three shells: ${script.name} through the Kotlin shell gives qazstep app's screens") {
            val result = Replay.compare(
                script, checkNotNull(cli), starterPacks(root), tempDir(), NOW_MS,
                System.getProperty("qazstep.out")?.let(::File),
            )
            println("     ${script.name}: $result")
        }
    }
}
