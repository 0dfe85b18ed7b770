// Benchmark 6 of docs/performance.md: one exported call from Kotlin (JVM) — `answer` — through
// the generated UniFFI bindings and JNA, against the release build of libqazstep_ffi.
//
// Workload: a fresh data directory with the tests' synthetic kk bank; ATTEMPTS ҰБТ mocks
// (math + physics, 120 questions), each viewed once, then every position answered, each call
// timed alone with System.nanoTime; the first WARMUP attempts are not recorded (JIT). Also times
// `coreVersion()` — an exported call that does no work — for the bare FFI round trip.
//
// `answer.dispatch.ffi`: the tap the shells really send — `dispatch(Event.Answer(position,
// response))` through the app model, returning the whole exam screen (question, options,
// context, palette of 120, sections, aids) lifted into Kotlin records. Same shape: a fresh
// directory with the same bank, onboarding done once (kk, student, math + physics), then
// WARMUP + ATTEMPTS mocks started with `dispatch(StartExam)`, every position answered by one
// timed `dispatch`, submitted (`SubmitExam`, `ConfirmSubmit`) and back `Home`; the first WARMUP
// mocks are not recorded.
//
// Output: rows appended to the report file given as the first argument, in the format of
// core/benches/workloads.rs (impl, workload, n, p50, p99, p99.9, max; µs). Run by
// `cargo xtask bench` (see xtask/src/bench.rs), never by the test suite.
package kz.qazstep.bench

import java.io.File
import java.nio.file.Files
import kz.qazstep.core.*
import kz.qazstep.coretest.AesKeyProvider
import kz.qazstep.coretest.SyntheticPack

private const val WARMUP = 10
private const val ATTEMPTS = 50
private const val VERSION_CALLS = 20_000

private fun row(out: StringBuilder, workload: String, nanos: LongArray) {
    nanos.sort()
    fun pct(p: Double): Double = nanos[minOf(nanos.size - 1, (p * nanos.size).toInt())] / 1000.0
    out.append("kotlin\t$workload\t${nanos.size}\t${pct(0.5)}\t${pct(0.99)}\t${pct(0.999)}\t${nanos.last() / 1000.0}\n")
}

private fun response(q: QuestionView): Response = when (q.kind) {
    QuestionKind.SINGLE -> Response.Choice(listOf(q.position % 4))
    QuestionKind.MULTIPLE -> Response.Choice(listOf(0, 1 + q.position % 3))
    QuestionKind.MATCHING -> Response.Matching(q.prompts.indices.map { MatchPair(it, (it + 1) % q.options.size) })
}

/** Every position of WARMUP + ATTEMPTS mocks answered through `dispatch`, each call timed alone. */
private fun dispatchAnswers(core: Qazstep): LongArray {
    check(core.dispatch(Event.Launch) is Screen.Onboarding)
    core.dispatch(Event.SetLanguage("kk"))
    core.dispatch(Event.AcceptPolicy)
    val home = core.dispatch(Event.SubmitProfile(ProfileForm(role = "student", subjects = listOf("math", "physics"))))
    check(home is Screen.Home && home.v1.error == null) { "onboarding did not reach home: $home" }
    val samples = ArrayList<Long>()
    for (a in 0 until WARMUP + ATTEMPTS) {
        val started = core.dispatch(Event.StartExam("unt-2025", listOf("math", "physics"), seed = 1000L + a, language = "kk"))
        check(started is Screen.Exam && started.v1.error == null) { "no exam: $started" }
        val questions = core.attempt(started.v1.attempt).questions
        for (q in questions) {
            val event = Event.Answer(q.position, response(q))
            val t0 = System.nanoTime()
            val screen = core.dispatch(event)
            val t1 = System.nanoTime()
            check(screen is Screen.Exam && screen.v1.error == null && screen.v1.palette.size == 120) { "answer ${q.position}: $screen" }
            if (a >= WARMUP) samples.add(t1 - t0)
        }
        check(core.dispatch(Event.SubmitExam) is Screen.SubmitConfirmation)
        check(core.dispatch(Event.ConfirmSubmit) is Screen.Report)
        check(core.dispatch(Event.Home) is Screen.Home)
        core.checkpoint()
    }
    return samples.toLongArray()
}

fun main(args: Array<String>) {
    require(args.size == 1) { "usage: AnswerBench <report.tsv>" }
    val dir = Files.createTempDirectory("qazstep-kt-bench-")
    val out = StringBuilder()
    try {
        Qazstep.open(dir.resolve("answer").toString(), AesKeyProvider()).use { core ->
            core.importPack(SyntheticPack.json("kk").toByteArray())
            val samples = ArrayList<Long>()
            for (a in 0 until WARMUP + ATTEMPTS) {
                val s = core.startExam(
                    StartExam(
                        blueprint = "unt-2025",
                        choice = ExamChoice.Unt(first = "math", second = "physics"),
                        language = Language.KK,
                        seed = 1000L + a,
                    )
                )
                val view = core.attempt(s.attempt)
                for (q in view.questions) {
                    val r = response(q)
                    val t0 = System.nanoTime()
                    val ack = core.answer(s.attempt, q.position, r)
                    val t1 = System.nanoTime()
                    check(ack.position == q.position)
                    if (a >= WARMUP) samples.add(t1 - t0)
                }
                core.submit(s.attempt)
                core.checkpoint()
            }
            row(out, "answer.ffi", samples.toLongArray())
        }
        Qazstep.open(dir.resolve("dispatch").toString(), AesKeyProvider()).use { core ->
            core.importPack(SyntheticPack.json("kk").toByteArray())
            row(out, "answer.dispatch.ffi", dispatchAnswers(core))
        }
        val version = LongArray(VERSION_CALLS)
        for (i in 0 until VERSION_CALLS * 2) {
            val t0 = System.nanoTime()
            coreVersion()
            val t1 = System.nanoTime()
            if (i >= VERSION_CALLS) version[i - VERSION_CALLS] = t1 - t0
        }
        row(out, "ffi.empty-call", version)
        File(args[0]).appendText(out.toString())
        print(out)
    } finally {
        dir.toFile().deleteRecursively()
    }
}
