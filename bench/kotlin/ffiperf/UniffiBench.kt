// Times the pieces of one exported call through the generated UniFFI Kotlin (JNA) against the
// release libqazstep_ffi, each alone, and `answer` end to end (the workload of AnswerBench).
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
    QuestionKind.SINGLE -> Response.Choice(listOf((q.position % 4u)))
    QuestionKind.MULTIPLE -> Response.Choice(listOf(0u, 1u + q.position % 3u))
    QuestionKind.MATCHING -> Response.Matching(q.prompts.indices.map { MatchPair(it.toUInt(), ((it + 1) % q.options.size).toUInt()) })
}

fun main(args: Array<String>) {
    printJna()
    val n = args.getOrNull(0)?.toInt() ?: 20_000
    val attempts = args.getOrNull(1)?.toInt() ?: 30
    val dir = Files.createTempDirectory("qazstep-ffiperf-")
    try {
        QazstepCore.open(dir.toString(), AesKeyProvider()).use { core ->
            core.importPack(SyntheticPack.json("kk").toByteArray())
            // answer, as AnswerBench: fresh attempts, every position once; first third is warm-up.
            val samples = ArrayList<Long>()
            val warm = attempts / 3
            var attemptId = ""
            var lastResponse: Response? = null
            for (a in 0 until attempts) {
                val s = core.startExam(StartExam("unt-2025", ExamChoice.Unt("math", "physics"), Language.KK, (1000 + a).toULong()))
                attemptId = s.attempt
                for (q in core.attempt(s.attempt).questions) {
                    val r = response(q)
                    if (q.position == 1u) lastResponse = r
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
                val s = core.startExam(StartExam("unt-2025", ExamChoice.Unt("math", "physics"), Language.KK, (5000 + a).toULong()))
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
                        val buf = UniffiLib.uniffi_qazstep_ffi_fn_method_qazstepcore_answer(h, id, q.position.toInt(), resp, st)
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
            val r = lastResponse!!
            if (args.getOrNull(2) == "answer-only") {
                time("answer (position 1 again)", n) { sink += core.answer(attemptId, 1u, r).position.toLong() }
                return@use
            }
            time("answer (position 1 again)", n) { sink += core.answer(attemptId, 1u, r).position.toLong() }
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
                UniffiLib.uniffi_qazstep_ffi_fn_free_qazstepcore(h, UniffiRustCallStatus())
            }
            time("clone + free handle, one reused status", n) {
                val h = UniffiLib.uniffi_qazstep_ffi_fn_clone_qazstepcore(core.uniffiCloneHandle().also {
                    UniffiLib.uniffi_qazstep_ffi_fn_free_qazstepcore(it, st) }, st)
                UniffiLib.uniffi_qazstep_ffi_fn_free_qazstepcore(h, st)
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
                    UniffiLib.uniffi_qazstep_ffi_fn_free_qazstepcore(h, UniffiRustCallStatus())
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
