//! Post-processing of the Kotlin that uniffi-bindgen 0.32 generates, for the cost of a call
//! through JNA (measurements and reasoning: `bench/kotlin/ffiperf/README.md`).
//!
//! The generated code allocates JNA `Structure`s on every call: a `UniffiRustCallStatus` per
//! crossing, and a `RustBuffer.ByValue` per buffer argument and per buffer returned. Each
//! `Structure` gets its native memory from JNA as a `com.sun.jna.Memory` — `malloc`, an entry
//! in a global map and a registration with JNA's single cleaner thread — which, with the
//! reflection around it, is most of the time of a UniFFI call from Kotlin. No uniffi.toml
//! setting changes that code, so it is patched here, for every exported function at once:
//!
//! - `slab`: those three structure classes take their memory from per-thread 64 KiB blocks
//!   (`UniffiStructMemory`), sliced and never reused; a block is freed by JNA's cleaner once
//!   every slice of it is unreachable.
//! - `status`: each thread keeps a few `UniffiRustCallStatus` for its calls (calls nest: buffer
//!   arguments are allocated by calls made inside the outer call, callbacks can call Rust),
//!   with JNA's automatic field synchronisation off; only the code byte is read after a call,
//!   the whole structure only when Rust reported an error.
//!
//! Invariant: every edit anchors on text that must occur exactly once; when uniffi-bindgen's
//! output changes, generation fails naming the anchor instead of silently skipping a patch.
//! `QAZSTEP_KOTLIN_PATCHES` (`all`, the default; `none`; or a comma list of `slab`, `status`)
//! selects patches, for measuring them.

/// One edit: `anchor` (must occur exactly once) is replaced by `with`.
struct Edit {
    anchor: &'static str,
    with: &'static str,
}

const SLAB_EDITS: &[Edit] = &[
    Edit {
        anchor: "open class RustBuffer : Structure() {\n",
        with: concat!(
            "open class RustBuffer : Structure() {\n",
            "    // Patched by xtask (kotlin_patch.rs): memory from UniffiStructMemory, not one malloc each.\n",
            "    override fun autoAllocate(size: Int): com.sun.jna.Memory = UniffiStructMemory.take(size)\n",
        ),
    },
    Edit {
        anchor: "internal open class ForeignBytes : Structure() {\n",
        with: concat!(
            "internal open class ForeignBytes : Structure() {\n",
            "    // Patched by xtask (kotlin_patch.rs): memory from UniffiStructMemory, not one malloc each.\n",
            "    override fun autoAllocate(size: Int): com.sun.jna.Memory = UniffiStructMemory.take(size)\n",
        ),
    },
    Edit {
        anchor: "internal open class UniffiRustCallStatus : Structure() {\n",
        with: concat!(
            "internal open class UniffiRustCallStatus : Structure() {\n",
            "    // Patched by xtask (kotlin_patch.rs): memory from UniffiStructMemory, not one malloc each.\n",
            "    override fun autoAllocate(size: Int): com.sun.jna.Memory = UniffiStructMemory.take(size)\n",
        ),
    },
    Edit {
        anchor: "class InternalException(message: String) : kotlin.Exception(message)\n",
        with: concat!(
            "class InternalException(message: String) : kotlin.Exception(message)\n",
            "\n",
            "// Added by xtask (kotlin_patch.rs). Native memory for the structures UniFFI allocates on\n",
            "// every call (RustBuffer, UniffiRustCallStatus, ForeignBytes): 16-byte-aligned slices of a\n",
            "// per-thread, zeroed 64 KiB block, instead of JNA's one `Memory` (malloc, a global map entry,\n",
            "// a cleaner registration) per structure. A slice is never handed out twice and keeps its\n",
            "// block reachable; JNA's cleaner frees a block once no slice of it is reachable. Rust never\n",
            "// keeps these structures' memory beyond a call.\n",
            "internal object UniffiStructMemory {\n",
            "    private const val BLOCK_SIZE = 64L * 1024L\n",
            "\n",
            "    private class Slice(@Suppress(\"unused\") private val block: com.sun.jna.Memory, offset: Long, size: Long) :\n",
            "        com.sun.jna.Memory() {\n",
            "        init {\n",
            "            this.peer = Pointer.nativeValue(block) + offset\n",
            "            this.size = size\n",
            "        }\n",
            "    }\n",
            "\n",
            "    private class Cursor {\n",
            "        var block: com.sun.jna.Memory = newBlock(BLOCK_SIZE)\n",
            "        var used: Long = 0L\n",
            "    }\n",
            "\n",
            "    private fun newBlock(size: Long) = com.sun.jna.Memory(size).also { it.clear() }\n",
            "\n",
            "    private val cursor = ThreadLocal.withInitial { Cursor() }\n",
            "\n",
            "    fun take(size: Int): com.sun.jna.Memory {\n",
            "        val need = (size.toLong() + 15L) and 15L.inv()\n",
            "        if (need > BLOCK_SIZE / 4) return newBlock(size.toLong())\n",
            "        val c = cursor.get()\n",
            "        if (c.used + need > BLOCK_SIZE) {\n",
            "            c.block = newBlock(BLOCK_SIZE)\n",
            "            c.used = 0L\n",
            "        }\n",
            "        val slice = Slice(c.block, c.used, size.toLong())\n",
            "        c.used += need\n",
            "        return slice\n",
            "    }\n",
            "}\n",
        ),
    },
];

const STATUS_EDITS: &[Edit] = &[
    Edit {
        anchor: "    var status = UniffiRustCallStatus()
    val return_value = callback(status)
    uniffiCheckCallStatus(errorHandler, status)
    return return_value
",
        with: "    // Patched by xtask (kotlin_patch.rs): the thread's reusable status (UniffiCallStatusCache).
    val status = UniffiCallStatusCache.acquire()
    try {
        val return_value = callback(status)
        UniffiCallStatusCache.readAfterCall(status)
        uniffiCheckCallStatus(errorHandler, status)
        return return_value
    } finally {
        UniffiCallStatusCache.release(status)
    }
",
    },
    Edit {
        anchor: "class InternalException(message: String) : kotlin.Exception(message)\n",
        with: concat!(
            "class InternalException(message: String) : kotlin.Exception(message)\n",
            "\n",
            "// Added by xtask (kotlin_patch.rs). Reusable UniffiRustCallStatus structures, a few per\n",
            "// thread, instead of a new JNA Structure per call. JNA's automatic write before and read\n",
            "// after the call are off on them (those go field by field through reflection): a cached\n",
            "// status's native memory is all zero; after a call only its code byte is read, and the\n",
            "// whole structure (the error buffer) only when Rust set a code. Calls nest on one thread\n",
            "// (a buffer argument is allocated by a call made while the outer call's status is held;\n",
            "// a callback can call Rust): each level takes its own status.\n",
            "internal object UniffiCallStatusCache {\n",
            "    private const val KEEP = 4\n",
            "\n",
            "    private class Stack {\n",
            "        val items = arrayOfNulls<UniffiRustCallStatus>(KEEP)\n",
            "        var size = 0\n",
            "    }\n",
            "\n",
            "    private val stack = ThreadLocal.withInitial { Stack() }\n",
            "\n",
            "    fun acquire(): UniffiRustCallStatus {\n",
            "        val s = stack.get()\n",
            "        if (s.size > 0) {\n",
            "            s.size -= 1\n",
            "            val status = s.items[s.size]!!\n",
            "            s.items[s.size] = null\n",
            "            return status\n",
            "        }\n",
            "        return UniffiRustCallStatus().also {\n",
            "            it.setAutoRead(false)\n",
            "            it.setAutoWrite(false)\n",
            "        }\n",
            "    }\n",
            "\n",
            "    fun readAfterCall(status: UniffiRustCallStatus) {\n",
            "        if (status.getPointer().getByte(0) != UNIFFI_CALL_SUCCESS) {\n",
            "            status.read()\n",
            "        }\n",
            "    }\n",
            "\n",
            "    fun release(status: UniffiRustCallStatus) {\n",
            "        if (status.code != UNIFFI_CALL_SUCCESS) {\n",
            "            // The error buffer was lifted (and freed) by the caller: back to all zero.\n",
            "            status.clear()\n",
            "            status.code = UNIFFI_CALL_SUCCESS\n",
            "        }\n",
            "        val s = stack.get()\n",
            "        if (s.size < KEEP) {\n",
            "            s.items[s.size] = status\n",
            "            s.size += 1\n",
            "        }\n",
            "    }\n",
            "}\n",
        ),
    },
];

/// Which patches `QAZSTEP_KOTLIN_PATCHES` selects: (slab, status).
fn selected() -> Result<(bool, bool), String> {
    let value = std::env::var("QAZSTEP_KOTLIN_PATCHES").unwrap_or_else(|_| "all".into());
    let (mut slab, mut status) = (false, false);
    for part in value.split(',').map(str::trim) {
        match part {
            "all" => (slab, status) = (true, true),
            "none" | "" => {}
            "slab" => slab = true,
            "status" => status = true,
            other => {
                return Err(format!(
                    "QAZSTEP_KOTLIN_PATCHES: unknown patch {other:?} (all, none, slab, status)"
                ));
            }
        }
    }
    Ok((slab, status))
}

fn apply(text: &str, edits: &[Edit], what: &str) -> Result<String, String> {
    let mut out = text.to_string();
    for e in edits {
        let count = out.matches(e.anchor).count();
        if count != 1 {
            return Err(format!(
                "Kotlin patch `{what}`: expected the generated code to contain this text exactly once, found it {count} times (did uniffi-bindgen's output change?):\n{}",
                e.anchor
            ));
        }
        out = out.replacen(e.anchor, e.with, 1);
    }
    Ok(out)
}

/// Patches the generated Kotlin `text`; returns it with the selected patches applied and
/// their names.
pub fn patch(text: &str) -> Result<(String, Vec<&'static str>), String> {
    let (slab, status) = selected()?;
    let mut out = text.to_string();
    let mut applied = Vec::new();
    if slab {
        out = apply(&out, SLAB_EDITS, "slab")?;
        applied.push("slab");
    }
    if status {
        out = apply(&out, STATUS_EDITS, "status")?;
        applied.push("status");
    }
    Ok((out, applied))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_anchor_is_an_error() {
        let err = apply("no such code", SLAB_EDITS, "slab").unwrap_err();
        assert!(err.contains("found it 0 times"), "{err}");
    }
}
