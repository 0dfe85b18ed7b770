// A small JSON writer and parser for the suite (no dependency): maps, lists, strings, numbers,
// booleans, null. The parser is as strict as serde_json, which reads the same lines in the core
// (`qazstep app`): RFC 8259 grammar, no leading zeros, no raw control characters in strings, no
// lone surrogates in `\u` escapes, nothing but whitespace after the value, at most 128 levels.
package kz.qazstep.coretest

import java.math.BigInteger

/** A line that is not JSON serde_json would read; [message] says where. */
class JsonError(message: String) : Exception(message)

object Json {
    /**
     * Parses [text] into `null`, `Boolean`, `String`, `Long` (an integer within i64),
     * `BigInteger` (an integer beyond it), `Double` (a number with a fraction or an exponent),
     * `List<Any?>` or `LinkedHashMap<String, Any?>` (a repeated key keeps the last value).
     */
    fun parse(text: String): Any? = Parser(text).document()

    fun write(v: Any?): String = StringBuilder().also { write(v, it) }.toString()

    private fun write(v: Any?, out: StringBuilder) {
        when (v) {
            null -> out.append("null")
            is String -> str(v, out)
            is Number, is Boolean -> out.append(v.toString())
            is Map<*, *> -> {
                out.append('{')
                v.entries.forEachIndexed { i, (k, value) ->
                    if (i > 0) out.append(',')
                    str(k.toString(), out)
                    out.append(':')
                    write(value, out)
                }
                out.append('}')
            }
            is List<*> -> {
                out.append('[')
                v.forEachIndexed { i, x ->
                    if (i > 0) out.append(',')
                    write(x, out)
                }
                out.append(']')
            }
            else -> error("cannot write ${v::class} as JSON")
        }
    }

    private fun str(s: String, out: StringBuilder) {
        out.append('"')
        for (c in s) {
            when {
                c == '"' -> out.append("\\\"")
                c == '\\' -> out.append("\\\\")
                c == '\n' -> out.append("\\n")
                c < ' ' -> out.append(String.format("\\u%04x", c.code))
                else -> out.append(c)
            }
        }
        out.append('"')
    }

    private const val MAX_DEPTH = 128
    private val I64_MIN = BigInteger.valueOf(Long.MIN_VALUE)
    private val I64_MAX = BigInteger.valueOf(Long.MAX_VALUE)

    private class Parser(private val s: String) {
        private var i = 0
        private var depth = 0

        fun document(): Any? {
            ws()
            val v = value()
            ws()
            if (i != s.length) fail("trailing characters")
            return v
        }

        private fun fail(what: String): Nothing = throw JsonError("$what at column ${i + 1}")

        private fun ws() {
            while (i < s.length && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++
        }

        private fun value(): Any? {
            if (i >= s.length) fail("EOF while parsing a value")
            return when (s[i]) {
                '{' -> nested { obj() }
                '[' -> nested { arr() }
                '"' -> string()
                't' -> literal("true", true)
                'f' -> literal("false", false)
                'n' -> literal("null", null)
                else -> if (s[i] == '-' || s[i] in '0'..'9') number() else fail("expected value")
            }
        }

        private fun <T> nested(body: () -> T): T {
            if (++depth > MAX_DEPTH) fail("recursion limit exceeded")
            return body().also { depth-- }
        }

        private fun literal(word: String, v: Any?): Any? {
            if (!s.startsWith(word, i)) fail("expected value")
            i += word.length
            return v
        }

        private fun obj(): Map<String, Any?> {
            i++ // {
            val m = LinkedHashMap<String, Any?>()
            ws()
            if (i < s.length && s[i] == '}') { i++; return m }
            while (true) {
                ws()
                if (i >= s.length || s[i] != '"') fail("key must be a string")
                val k = string()
                ws()
                if (i >= s.length || s[i] != ':') fail("expected `:`")
                i++
                ws()
                m[k] = value()
                ws()
                if (i >= s.length) fail("EOF while parsing an object")
                when (s[i]) {
                    ',' -> i++
                    '}' -> { i++; return m }
                    else -> fail("expected `,` or `}`")
                }
            }
        }

        private fun arr(): List<Any?> {
            i++ // [
            val l = ArrayList<Any?>()
            ws()
            if (i < s.length && s[i] == ']') { i++; return l }
            while (true) {
                ws()
                l.add(value())
                ws()
                if (i >= s.length) fail("EOF while parsing a list")
                when (s[i]) {
                    ',' -> i++
                    ']' -> { i++; return l }
                    else -> fail("expected `,` or `]`")
                }
            }
        }

        private fun hex4(): Int {
            if (i + 4 > s.length) fail("EOF while parsing a string")
            var n = 0
            repeat(4) {
                val d = Character.digit(s[i++], 16)
                if (d < 0) fail("invalid escape")
                n = n * 16 + d
            }
            return n
        }

        private fun string(): String {
            i++ // "
            val out = StringBuilder()
            while (true) {
                if (i >= s.length) fail("EOF while parsing a string")
                val c = s[i++]
                when {
                    c == '"' -> return out.toString()
                    c < ' ' -> fail("control character in a string")
                    c != '\\' -> out.append(c)
                    else -> {
                        if (i >= s.length) fail("EOF while parsing a string")
                        when (val e = s[i++]) {
                            '"', '\\', '/' -> out.append(e)
                            'b' -> out.append('\b')
                            'f' -> out.append('\u000c')
                            'n' -> out.append('\n')
                            'r' -> out.append('\r')
                            't' -> out.append('\t')
                            'u' -> {
                                val u = hex4()
                                when (u) {
                                    in 0xD800..0xDBFF -> {
                                        if (!s.startsWith("\\u", i)) fail("lone leading surrogate in hex escape")
                                        i += 2
                                        val low = hex4()
                                        if (low !in 0xDC00..0xDFFF) fail("lone leading surrogate in hex escape")
                                        out.append(u.toChar()).append(low.toChar())
                                    }
                                    in 0xDC00..0xDFFF -> fail("lone trailing surrogate in hex escape")
                                    else -> out.append(u.toChar())
                                }
                            }
                            else -> fail("invalid escape")
                        }
                    }
                }
            }
        }

        private fun digits(): Int {
            val start = i
            while (i < s.length && s[i] in '0'..'9') i++
            return i - start
        }

        private fun number(): Any {
            val start = i
            if (s[i] == '-') i++
            if (i >= s.length) fail("EOF while parsing a number")
            if (s[i] == '0') {
                i++
                if (i < s.length && s[i] in '0'..'9') fail("invalid number")
            } else if (digits() == 0) {
                fail("invalid number")
            }
            var integral = true
            if (i < s.length && s[i] == '.') {
                i++
                integral = false
                if (digits() == 0) fail("invalid number")
            }
            if (i < s.length && (s[i] == 'e' || s[i] == 'E')) {
                i++
                integral = false
                if (i < s.length && (s[i] == '+' || s[i] == '-')) i++
                if (digits() == 0) fail("invalid number")
            }
            val text = s.substring(start, i)
            if (!integral) return text.toDouble()
            val n = BigInteger(text)
            return if (n >= I64_MIN && n <= I64_MAX) n.toLong() else n
        }
    }
}
