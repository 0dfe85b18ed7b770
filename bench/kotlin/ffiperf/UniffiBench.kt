// Times the pieces of one exported call through the generated UniFFI Kotlin (JNA) against the
// release libqazstep_ffi, each alone, and `answer` and `dispatch(Answer)` end to end (the
// workloads of AnswerBench) beside their native calls alone.
// Compiled with the generated bindings (it calls their internal UniffiLib directly).
// Usage: UniffiBench [calls] [attempts] [answer-only]   (-Djna.library.path=<dir of libqazstep_ffi.so>)
package kz.qazstep.bench.ffiperf

import java.nio.file.Files
import kz.qazstep.core.*
import kz.qazstep.coretest.AesKeyProvider
import kz.qazstep.coretest.SyntheticPack

private var sink = 0L

private inline fun time(name: String, calls: Int, op: () -> Unit) {
    for (i in 0 until calls) op()
    val s = LongArray(calls)
    for (i in 0 until calls) {
        val t0 = System.nanoTime(); op(); val t1 = System.nanoTime(); s[i] = t1 - t0
    }
    report(name, s, Double.NaN)
}

private fun response(q: QuestionView): Response = when (q.kind) {
    QuestionKind.SINGLE -> Response.Choice(listOf(q.position % 4))
    QuestionKind.MULTIPLE -> Response.Choice(listOf(0, 1 + q.position % 3))
    QuestionKind.MATCHING -> Response.Matching(q.prompts.indices.map { MatchPair(it, (it + 1) % q.options.size) })
}

fun main(args: Array<String>) {
    printJna()
    val n = args.getOrNull(0)?.toInt() ?: 20_000
    val attempts = args.getOrNull(1)?.toInt() ?: 30
    val dir = Files.createTempDirectory("qazstep-ffiperf-")
    try {
        Qazstep.open(dir.toString(), AesKeyProvider()).use { core ->
            core.importPack(SyntheticPack.json("kk").toByteArray())
            // answer, as AnswerBench: fresh attempts, every position once; first third is warm-up.
            val samples = ArrayList<Long>()
            val warm = attempts / 3
            var attemptId = ""
            var lastResponse: Response? = null
            for (a in 0 until attempts) {
                val s = core.startExam(StartExam("unt-2025", ExamChoice.Unt("math", "physics"), Language.KK, 1000L + a))
                attemptId = s.attempt
                for (q in core.attempt(s.attempt).questions) {
                    val r = response(q)
                    if (q.position == 1) lastResponse = r
                    val t0 = System.nanoTime()
                    val ack = core.answer(s.attempt, q.position, r)
                    val t1 = System.nanoTime()
                    check(ack.position == q.position)
                    if (a >= warm) samples.add(t1 - t0)
                }
                if (a < attempts - 1) { core.submit(s.attempt); core.checkpoint() }
            }
            report("answer (fresh positions, as AnswerBench)", samples.toLongArray(), Double.NaN)
            // The same workload, alternating per attempt between `core.answer` whole and the
            // native call alone (Rust scaffolding + core + one JNA crossing; arguments lowered and
            // result lifted outside the timed region): the core's own time in this same run.
            val whole = ArrayList<Long>()
            val native = ArrayList<Long>()
            val lift = ArrayList<Long>()
            for (a in 0 until attempts) {
                val s = core.startExam(StartExam("unt-2025", ExamChoice.Unt("math", "physics"), Language.KK, 5000L + a))
                for (q in core.attempt(s.attempt).questions) {
                    val r = response(q)
                    if (a % 2 == 0) {
                        val t0 = System.nanoTime()
                        val ack = core.answer(s.attempt, q.position, r)
                        val t1 = System.nanoTime()
                        check(ack.position == q.position)
                        if (a >= warm) whole.add(t1 - t0)
                    } else {
                        val h = core.uniffiCloneHandle()
                        val id = FfiConverterString.lower(s.attempt)
                        val resp = FfiConverterTypeResponse.lower(r)
                        val st = UniffiRustCallStatus()
                        val t0 = System.nanoTime()
                        val buf = UniffiLib.uniffi_qazstep_ffi_fn_method_qazstep_answer(h, id, q.position, resp, st)
                        val t1 = System.nanoTime()
                        check(st.code == 0.toByte())
                        val t2 = System.nanoTime()
                        val ack = FfiConverterTypeAnswerAck.lift(buf)
                        val t3 = System.nanoTime()
                        check(ack.position == q.position)
                        if (a >= warm) { native.add(t1 - t0); lift.add(t3 - t2) }
                    }
                }
                core.submit(s.attempt); core.checkpoint()
            }
            report("answer, alternate attempts: core.answer whole", whole.toLongArray(), Double.NaN)
            report("answer, alternate attempts: native call alone", native.toLongArray(), Double.NaN)
            report("answer, alternate attempts: lift(AnswerAck) + free", lift.toLongArray(), Double.NaN)
            // dispatch(Answer), the tap the shells send: the whole exam screen comes back. Alternate
            // attempts between the call whole and its native call alone (event lowered outside the
            // timed region), with the lift of the screen into Kotlin records (+ free) timed apart.
            check(core.dispatch(Event.Launch) is Screen.Onboarding)
            core.dispatch(Event.SetLanguage("kk"))
            core.dispatch(Event.AcceptPolicy)
            check(core.dispatch(Event.SubmitProfile(ProfileForm(role = "student", subjects = listOf("math", "physics")))) is Screen.Home)
            val dWhole = ArrayList<Long>()
            val dNative = ArrayList<Long>()
            val dLift = ArrayList<Long>()
            var screenBytes = 0L
            for (a in 0 until attempts) {
                val started = core.dispatch(Event.StartExam("unt-2025", listOf("math", "physics"), seed = 9000L + a, language = "kk"))
                check(started is Screen.Exam) { "no exam: $started" }
                for (q in core.attempt(started.v1.attempt).questions) {
                    val e = Event.Answer(q.position, response(q))
                    if (a % 2 == 0) {
                        val t0 = System.nanoTime()
                        val screen = core.dispatch(e)
                        val t1 = System.nanoTime()
                        check(screen is Screen.Exam && screen.v1.error == null)
                        if (a >= warm) dWhole.add(t1 - t0)
                    } else {
                        val h = core.uniffiCloneHandle()
                        val ev = FfiConverterTypeEvent.lower(e)
                        val st = UniffiRustCallStatus()
                        val t0 = System.nanoTime()
                        val buf = UniffiLib.uniffi_qazstep_ffi_fn_method_qazstep_dispatch(h, ev, st)
                        val t1 = System.nanoTime()
                        check(st.code == 0.toByte())
                        screenBytes = buf.len
                        val t2 = System.nanoTime()
                        val screen = FfiConverterTypeScreen.lift(buf)
                        val t3 = System.nanoTime()
                        check(screen is Screen.Exam && screen.v1.error == null)
                        if (a >= warm) { dNative.add(t1 - t0); dLift.add(t3 - t2) }
                    }
                }
                core.dispatch(Event.SubmitExam)
                check(core.dispatch(Event.ConfirmSubmit) is Screen.Report)
                core.dispatch(Event.Home)
                core.checkpoint()
            }
            report("dispatch(Answer), alternate attempts: whole", dWhole.toLongArray(), Double.NaN)
            report("dispatch(Answer), alternate attempts: native call alone", dNative.toLongArray(), Double.NaN)
            report("dispatch(Answer), alternate attempts: lift(Screen) + free ($screenBytes B)", dLift.toLongArray(), Double.NaN)
            val r = lastResponse!!
            if (args.getOrNull(2) == "answer-only") {
                time("answer (position 1 again)", n) { sink += core.answer(attemptId, 1, r).position.toLong() }
                return@use
            }
            time("answer (position 1 again)", n) { sink += core.answer(attemptId, 1, r).position.toLong() }
            time("coreVersion() (1 call + free)", n) { sink += coreVersion().length }
            time("contract_version() (no args, i32, no status)", n) {
                sink += IntegrityCheckingUniffiLib.ffi_qazstep_ffi_uniffi_contract_version()
            }
            time("new UniffiRustCallStatus()", n) { sink += UniffiRustCallStatus().size() }
            time("new RustBuffer.ByValue()", n) { sink += RustBuffer.ByValue().size() }
            time("core_version raw (new status) + free (new status)", n) {
                val b = UniffiLib.uniffi_qazstep_ffi_fn_func_core_version(UniffiRustCallStatus())
                sink += b.len
                UniffiLib.ffi_qazstep_ffi_rustbuffer_free(b, UniffiRustCallStatus())
            }
            val st = UniffiRustCallStatus()
            time("core_version raw + free, one reused status", n) {
                val b = UniffiLib.uniffi_qazstep_ffi_fn_func_core_version(st)
                sink += b.len
                UniffiLib.ffi_qazstep_ffi_rustbuffer_free(b, st)
            }
            time("clone handle + free handle (new statuses)", n) {
                val h = core.uniffiCloneHandle()
                UniffiLib.uniffi_qazstep_ffi_fn_free_qazstep(h, UniffiRustCallStatus())
            }
            time("clone + free handle, one reused status", n) {
                val h = UniffiLib.uniffi_qazstep_ffi_fn_clone_qazstep(core.uniffiCloneHandle().also {
                    UniffiLib.uniffi_qazstep_ffi_fn_free_qazstep(it, st) }, st)
                UniffiLib.uniffi_qazstep_ffi_fn_free_qazstep(h, st)
            }
            time("RustBuffer.alloc(32) + free (new statuses)", n) {
                val b = UniffiLib.ffi_qazstep_ffi_rustbuffer_alloc(32, UniffiRustCallStatus())
                UniffiLib.ffi_qazstep_ffi_rustbuffer_free(b, UniffiRustCallStatus())
            }
            val ids = LongArray(n); val bufs = ArrayList<RustBuffer.ByValue>(n)
            for (round in 0 until 2) {
                bufs.clear()
                for (i in 0 until n) {
                    val t0 = System.nanoTime(); bufs.add(FfiConverterString.lower(attemptId)); ids[i] = System.nanoTime() - t0
                }
                for (b in bufs) UniffiLib.ffi_qazstep_ffi_rustbuffer_free(b, UniffiRustCallStatus())
            }
            report("lower(attempt id) alone (free untimed)", ids, Double.NaN)
            for (round in 0 until 2) {
                for (i in 0 until n) {
                    val t0 = System.nanoTime(); val h = core.uniffiCloneHandle(); ids[i] = System.nanoTime() - t0
                    UniffiLib.uniffi_qazstep_ffi_fn_free_qazstep(h, UniffiRustCallStatus())
                }
            }
            report("clone handle alone (free untimed)", ids, Double.NaN)
            time("lower(attempt id) + free", n) {
                UniffiLib.ffi_qazstep_ffi_rustbuffer_free(FfiConverterString.lower(attemptId), UniffiRustCallStatus())
            }
            time("lower(response) + free", n) {
                UniffiLib.ffi_qazstep_ffi_rustbuffer_free(FfiConverterTypeResponse.lower(r), UniffiRustCallStatus())
            }
        }
    } finally {
        dir.toFile().deleteRecursively()
    }
    println("sink $sink")
}
