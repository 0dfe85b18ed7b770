// A synthetic but valid content pack, built in Kotlin so the suite does not depend on the
// starter content. Mirrors `synthetic_pack` of core/tests/common/mod.rs: per copy, one full
// ҰБТ mock (math + physics profile) and one ПББ mathematics mock.
package kz.qazstep.coretest

import kz.qazstep.core.MatchPair
import kz.qazstep.core.QuestionKind
import kz.qazstep.core.Response

object SyntheticPack {
    val SUBJECTS = listOf(
        "history_kz", "math_literacy", "reading_literacy", "math", "physics", "teaching_methodology",
    )

    /** The answer key of question [id] (`syn.<tag>.<locale>.<n>`) of [kind], as [json] writes it. */
    fun key(id: String, kind: QuestionKind): Response {
        val n = id.substringAfterLast('.').toInt()
        return when (kind) {
            QuestionKind.SINGLE -> Response.Choice(listOf(n % 4))
            QuestionKind.MULTIPLE -> Response.Choice(listOf(n % 6, (n + 2) % 6).sorted())
            QuestionKind.MATCHING -> Response.Matching(listOf(MatchPair(0, n % 4), MatchPair(1, (n + 1) % 4)))
        }
    }

    /** The pack's JSON for [locale] (`kk`/`ru`) with [copies] mocks' worth; [tag] keeps ids apart. */
    fun json(locale: String, copies: Int = 1, tag: String = "k"): String {
        val topics = SUBJECTS.flatMap { s ->
            (0 until 3).map { t ->
                mapOf(
                    "id" to "$s.t$t", "subject" to s,
                    "name" to mapOf("kk" to "$s тақырып $t", "ru" to "$s тема $t"),
                )
            }
        }
        val questions = mutableListOf<Map<String, Any?>>()
        val contexts = mutableListOf<Map<String, Any?>>()
        var n = 0
        var ctxN = 0
        fun add(exam: String, subject: String, kind: String, context: String? = null) {
            n += 1
            val q = linkedMapOf<String, Any?>(
                "id" to "syn.$tag.$locale.${"%05d".format(n)}",
                "exam" to exam, "subject" to subject, "topic" to "$subject.t${n % 3}",
                "kind" to kind,
                "stem" to "Синтетикалық сұрақ $tag $locale №$n",
            )
            when (kind) {
                "single" -> { q["options"] = listOf("а1", "б2", "в3", "г4"); q["correct"] = listOf(n % 4) }
                "multiple" -> {
                    q["options"] = listOf("а", "б", "в", "г", "д", "е")
                    q["correct"] = listOf(n % 6, (n + 2) % 6).sorted()
                }
                else -> {
                    q["prompts"] = listOf("A", "B")
                    q["options"] = listOf("1", "2", "3", "4")
                    q["correct"] = listOf(n % 4, (n + 1) % 4)
                }
            }
            q["explanation"] = "Түсіндірме."
            q["source"] = "synthetic test data"
            q["group"] = "syn.$tag.g${"%05d".format(n)}"
            if (context != null) q["context"] = context
            questions += q
        }
        fun newContext(subject: String): String {
            ctxN += 1
            val id = "syn.$tag.$locale.ctx${"%04d".format(ctxN)}"
            contexts += mapOf(
                "id" to id, "subject" to subject, "title" to "Мәтін",
                "text" to "Синтетикалық мәтін $ctxN.", "group" to "syn.$tag.cg${"%04d".format(ctxN)}",
            )
            return id
        }
        repeat(copies) {
            for ((subject, singles, ctxs) in listOf(
                Triple("history_kz", 10, 2), Triple("math_literacy", 10, 0), Triple("reading_literacy", 0, 2),
            )) {
                repeat(singles) { add("unt", subject, "single") }
                repeat(ctxs) {
                    val c = newContext(subject)
                    repeat(5) { add("unt", subject, "single", c) }
                }
            }
            for (subject in listOf("math", "physics")) {
                repeat(25) { add("unt", subject, "single") }
                val c = newContext(subject)
                repeat(5) { add("unt", subject, "single", c) }
                repeat(5) {
                    add("unt", subject, "matching")
                    add("unt", subject, "multiple")
                }
            }
            repeat(20) {
                add("pbb", "math", "single")
                add("pbb", "teaching_methodology", "single")
            }
            repeat(2) {
                val c = newContext("math")
                repeat(5) { add("pbb", "math", "single", c) }
            }
        }
        return Json.write(
            linkedMapOf(
                "format" to 1, "id" to "test.synthetic.$tag.$locale", "version" to 1, "locale" to locale,
                "title" to mapOf("kk" to "Синтетикалық", "ru" to "Синтетический"),
                "topics" to topics, "contexts" to contexts, "questions" to questions,
            ),
        )
    }
}
