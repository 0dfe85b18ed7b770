// A minimal JSON writer for the suite (no dependency): maps, lists, strings, numbers, booleans,
// null.
package kz.qazstep.coretest

object Json {
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
}
