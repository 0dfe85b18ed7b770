// Kotlin implementations of the core's KeyProvider, as a shell writes them. The real Android
// one keeps its AES key in the Keystore; this one holds it in memory (javax.crypto AES-GCM), which
// exercises exactly the same FFI path.
package kz.qazstep.coretest

import java.security.SecureRandom
import java.util.concurrent.atomic.AtomicInteger
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.spec.GCMParameterSpec
import javax.crypto.spec.SecretKeySpec
import kz.qazstep.core.KeyProvider
import kz.qazstep.core.QazstepException

/** AES-256-GCM wrapping: `iv(12) | ciphertext | tag(16)`. A blob from another key → KeyMismatch. */
class AesKeyProvider(private val keyBytes: ByteArray = ByteArray(32).also { SecureRandom().nextBytes(it) }) :
    KeyProvider {
    val wraps = AtomicInteger()
    val unwraps = AtomicInteger()
    private val key = SecretKeySpec(keyBytes, "AES")

    override fun wrapKey(key: ByteArray): ByteArray {
        wraps.incrementAndGet()
        val iv = ByteArray(12).also { SecureRandom().nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, this.key, GCMParameterSpec(128, iv))
        cipher.updateAAD(AAD)
        return iv + cipher.doFinal(key)
    }

    override fun unwrapKey(wrapped: ByteArray): ByteArray {
        unwraps.incrementAndGet()
        if (wrapped.size < 12 + 16) throw QazstepException.KeyMismatch("wrapped key too short")
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, wrapped, 0, 12))
        cipher.updateAAD(AAD)
        try {
            return cipher.doFinal(wrapped, 12, wrapped.size - 12)
        } catch (e: AEADBadTagException) {
            throw QazstepException.KeyMismatch("the wrapped key does not open with this keystore key")
        }
    }

    /** Another provider object holding the same key (as after an app restart). */
    fun sameKey() = AesKeyProvider(keyBytes.copyOf())

    companion object {
        private val AAD = "kz.qazstep/test-keystore".toByteArray()
    }
}

/** A keystore that is locked: every call throws the typed KeyUnavailable. */
class LockedKeyProvider : KeyProvider {
    override fun wrapKey(key: ByteArray): ByteArray = throw QazstepException.KeyUnavailable("keystore locked (test)")
    override fun unwrapKey(wrapped: ByteArray): ByteArray = throw QazstepException.KeyUnavailable("keystore locked (test)")
}

/** A buggy provider throwing an arbitrary (unexpected) Kotlin exception. */
class CrashingKeyProvider : KeyProvider {
    override fun wrapKey(key: ByteArray): ByteArray = throw IllegalStateException("keystore crashed (test)")
    override fun unwrapKey(wrapped: ByteArray): ByteArray = throw IllegalStateException("keystore crashed (test)")
}
