// Percentiles and one report line, shared by the ffiperf micro-benchmarks.
package kz.qazstep.bench.ffiperf

fun pct(s: LongArray, q: Double) = s[minOf(s.size - 1, (q * s.size).toInt())] / 1000.0

fun report(name: String, s: LongArray, batch: Double) {
    s.sort()
    println(String.format("%-52s p50 %8.3f  p99 %8.3f  batch-mean %8.3f µs", name, pct(s, 0.5), pct(s, 0.99), batch))
}

/** Which JNA jar (and version) this JVM loaded, and the JVM. */
fun printJna() {
    val c = com.sun.jna.Native::class.java
    println("JNA ${c.`package`.implementationVersion} from ${c.protectionDomain.codeSource.location}; " +
        "java ${System.getProperty("java.vm.version")}; protected mode ${com.sun.jna.Native.isProtected()}")
}
