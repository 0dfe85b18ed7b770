// Times single JNA crossings (direct mapping, as UniFFI 0.32's Kotlin uses) against a C
// library with the scaffolding's ABI shapes (xbench.c), one shape at a time.
// Usage: CrossingBench [calls]   (needs -Djna.library.path pointing at libxbench.so)
package kz.qazstep.bench.ffiperf

import com.sun.jna.Memory
import com.sun.jna.Native
import com.sun.jna.Pointer
import com.sun.jna.Structure

@Structure.FieldOrder("capacity", "len", "data")
open class XBuf : Structure() {
    @JvmField var capacity: Long = 0
    @JvmField var len: Long = 0
    @JvmField var data: Pointer? = null
    class ByValue : XBuf(), Structure.ByValue
}

@Structure.FieldOrder("code", "error_buf")
open class XStatus : Structure() {
    @JvmField var code: Byte = 0
    @JvmField var error_buf: XBuf.ByValue = XBuf.ByValue()
}

/** Hands out zeroed slices of a per-thread 64 KiB block: no malloc, Cleaner or map entry per
 *  Structure. A slice keeps its block reachable; the block is freed (once) by JNA's Cleaner
 *  after every slice of it is unreachable. Slices are never reused. */
object Slab {
    private const val BLOCK = 64 * 1024L
    private class Slice(val block: Memory, offset: Long, size: Long) : Memory() {
        init { this.peer = Pointer.nativeValue(block) + offset; this.size = size }
    }
    private class Cursor { var block = fresh(); var used = 0L }
    private fun fresh() = Memory(BLOCK).also { it.clear() }
    private val cursor = ThreadLocal.withInitial { Cursor() }
    fun take(size: Int): Memory {
        val c = cursor.get()
        val n = (size.toLong() + 15) and -16L
        if (c.used + n > BLOCK) { c.block = fresh(); c.used = 0 }
        val m = Slice(c.block, c.used, size.toLong())
        c.used += n
        return m
    }
}

@Structure.FieldOrder("capacity", "len", "data")
open class SBuf : Structure() {
    @JvmField var capacity: Long = 0
    @JvmField var len: Long = 0
    @JvmField var data: Pointer? = null
    override fun autoAllocate(size: Int): Memory = Slab.take(size)
    class ByValue : SBuf(), Structure.ByValue
}

@Structure.FieldOrder("code", "error_buf")
open class SStatus : Structure() {
    @JvmField var code: Byte = 0
    @JvmField var error_buf: SBuf.ByValue = SBuf.ByValue()
    override fun autoAllocate(size: Int): Memory = Slab.take(size)
}

/** SBuf plus field synchronisation without reflection (autoRead/autoWrite read and write the
 *  three fields directly) and a Pointer constructor (JNA's by-value return path uses it). */
@Structure.FieldOrder("capacity", "len", "data")
open class FBuf : Structure {
    @JvmField var capacity: Long = 0
    @JvmField var len: Long = 0
    @JvmField var data: Pointer? = null
    constructor() : super()
    // JNA also calls this constructor with its placeholder (address 0) to compute sizes.
    constructor(p: Pointer) : super() { if (Pointer.nativeValue(p) != 0L) copyFrom(p) }
    private fun copyFrom(p: Pointer) {
        capacity = p.getLong(0); len = p.getLong(8); data = p.getPointer(16)
        autoWrite()
    }
    override fun autoAllocate(size: Int): Memory = Slab.take(size)
    override fun autoWrite() {
        val m = pointer
        if (!autoWrite || Pointer.nativeValue(m) == 0L) return
        m.setLong(0, capacity); m.setLong(8, len); m.setPointer(16, data)
    }
    override fun autoRead() {
        val m = pointer
        if (!autoRead || Pointer.nativeValue(m) == 0L) return
        capacity = m.getLong(0); len = m.getLong(8); data = m.getPointer(16)
    }
    class ByValue : FBuf, Structure.ByValue {
        constructor() : super()
        constructor(p: Pointer) : super(p)
    }
}

object F {
    init { Native.register(F::class.java, "xbench") }
    external fun xb_buf_arg_status(b: FBuf.ByValue, s: XStatus): Long
    external fun xb_buf_ret(s: XStatus): FBuf.ByValue
}

object S {
    init { Native.register(S::class.java, "xbench") }
    external fun xb_i64_status(h: Long, s: SStatus): Long
    external fun xb_buf_arg_status(b: SBuf.ByValue, s: SStatus): Long
    external fun xb_buf_ret(s: SStatus): SBuf.ByValue
}

object S2 {
    init { Native.register(S2::class.java, "xbench") }
    external fun xb_buf_arg_status(b: SBuf.ByValue, s: XStatus): Long
    external fun xb_buf_ret(s: XStatus): SBuf.ByValue
}

object X {
    init { Native.register(X::class.java, "xbench") }
    external fun xb_noop()
    external fun xb_i32(x: Int): Int
    external fun xb_i64_status(h: Long, s: XStatus): Long
    external fun xb_buf_arg(b: XBuf.ByValue): Long
    external fun xb_buf_arg_status(b: XBuf.ByValue, s: XStatus): Long
    external fun xb_buf_ret(s: XStatus): XBuf.ByValue
    external fun xb_ptr_len_status(p: Pointer, len: Long, s: Pointer): Long
}

/** The same C functions with the status as a plain Pointer (no Structure on the call path). */
/** A Kotlin function called from C (Rust → Kotlin callbacks take this path in UniFFI). */
interface XCallback : com.sun.jna.Callback { fun callback(x: Int): Int }

object XC {
    init { Native.register(XC::class.java, "xbench") }
    external fun xb_call_cb(cb: XCallback, x: Int): Int
}

object XP {
    init { Native.register(XP::class.java, "xbench") }
    external fun xb_i64_status(h: Long, s: Pointer): Long
}

private var sink = 0L

private inline fun measure(name: String, calls: Int, op: () -> Unit) {
    // Warm-up (C2), then one nanoTime pair around each call (as AnswerBench), then a batch.
    for (i in 0 until calls) op()
    val s = LongArray(calls)
    for (i in 0 until calls) {
        val t0 = System.nanoTime(); op(); val t1 = System.nanoTime(); s[i] = t1 - t0
    }
    val b0 = System.nanoTime()
    for (i in 0 until calls) op()
    val batch = (System.nanoTime() - b0).toDouble() / calls / 1000.0
    report(name, s, batch)
}

fun main(args: Array<String>) {
    printJna()
    val n = args.getOrNull(0)?.toInt() ?: 100_000
    val status = XStatus()
    val buf = XBuf.ByValue().also { it.len = 8 }
    val mem = Memory(64)
    val statusMem = Memory(32)
    measure("nanoTime pair only", n) { }
    measure("new XStatus() (Structure, 32 B)", n) { sink += XStatus().size() }
    measure("new XBuf.ByValue() (Structure, 24 B)", n) { sink += XBuf.ByValue().size() }
    measure("new Memory(32)", n) { sink += Memory(32).size() }
    measure("noop()", n) { X.xb_noop() }
    measure("i32(i32)", n) { sink += X.xb_i32(7) }
    measure("i64(i64, status: Structure reused)", n) { sink += X.xb_i64_status(7, status) }
    measure("i64(i64, status: new Structure)", n) { sink += X.xb_i64_status(7, XStatus()) }
    measure("i64(i64, status: Pointer reused)", n) { sink += XP.xb_i64_status(7, statusMem) }
    measure("u64(RustBuffer by value, reused)", n) { sink += X.xb_buf_arg(buf) }
    measure("u64(RustBuffer by value, new)", n) { sink += X.xb_buf_arg(XBuf.ByValue().also { it.len = 8 }) }
    measure("u64(RustBuffer, status) both new", n) { sink += X.xb_buf_arg_status(XBuf.ByValue(), XStatus()) }
    measure("RustBuffer ret(status reused)", n) { sink += X.xb_buf_ret(status).len }
    measure("RustBuffer ret(status new)", n) { sink += X.xb_buf_ret(XStatus()).len }
    measure("u64(ptr, len, status Pointer)", n) { sink += X.xb_ptr_len_status(mem, 8, statusMem) }
    val quiet = XStatus().also { it.autoRead = false; it.autoWrite = false }
    measure("i64(i64, status reused, autoSynch off)", n) {
        quiet.pointer.setByte(0, 0); sink += X.xb_i64_status(7, quiet); sink += quiet.pointer.getByte(0)
    }
    measure("RustBuffer ret(status reused, autoSynch off)", n) { sink += X.xb_buf_ret(quiet).len }
    measure("slab: new SStatus()", n) { sink += SStatus().size() }
    measure("slab: new SBuf.ByValue()", n) { sink += SBuf.ByValue().size() }
    measure("slab: i64(i64, status: new)", n) { sink += S.xb_i64_status(7, SStatus()) }
    measure("slab: u64(RustBuffer, status) both new", n) { sink += S.xb_buf_arg_status(SBuf.ByValue(), SStatus()) }
    measure("slab: RustBuffer ret(status new)", n) { sink += S.xb_buf_ret(SStatus()).len }
    measure("fast: u64(RustBuffer, status reused quiet) buf new", n) { quiet.pointer.setByte(0, 0); sink += F.xb_buf_arg_status(FBuf.ByValue().also { it.len = 8 }, quiet) }
    measure("slab: u64(RustBuffer, status reused quiet) buf new", n) { quiet.pointer.setByte(0, 0); sink += S2.xb_buf_arg_status(SBuf.ByValue().also { it.len = 8 }, quiet) }
    measure("fast: RustBuffer ret(status reused quiet)", n) { quiet.pointer.setByte(0, 0); sink += F.xb_buf_ret(quiet).len }
    measure("slab: RustBuffer ret(status reused quiet)", n) { quiet.pointer.setByte(0, 0); sink += S2.xb_buf_ret(quiet).len }
    // Reading a returned buffer: JNA's direct ByteBuffer over native memory (UniFFI's
    // asByteBuffer) against a copy into a heap array.
    measure("Pointer.getByteBuffer(0, 16) (direct, JNI)", n) { sink += mem.getByteBuffer(0, 16).getLong(8) }
    val arr = ByteArray(16)
    measure("Pointer.read(0, byte[16]) + ByteBuffer.wrap", n) { mem.read(0, arr, 0, 16); sink += java.nio.ByteBuffer.wrap(arr).getLong(8) }
    val cb = object : XCallback { override fun callback(x: Int): Int = x + 1 }
    measure("C calls a Kotlin callback (i32 -> i32), round trip", n) { sink += XC.xb_call_cb(cb, 7) }
    println("sink $sink")
}
