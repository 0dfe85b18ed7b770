/*
 * C smoke test of the generated header (QazstepCoreFFI.h, the one Swift imports through its
 * module map) against the built library: the header compiles, the program links, and calls
 * through the raw UniFFI ABI work, including a typed error.
 *
 * Build (cargo xtask swift-check does this):
 *   gcc -std=c11 -D_Nonnull= -D_Nullable= -I target/bindings tests/c/smoke.c \
 *       -L target/debug -lqazstep_ffi -Wl,-rpath,target/debug -o target/c/smoke
 */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "QazstepCoreFFI.h"

static int failures = 0;

#define CHECK(cond, ...)                                                                   \
    do {                                                                                   \
        if (!(cond)) {                                                                     \
            failures++;                                                                    \
            printf("FAIL %s:%d: ", __FILE__, __LINE__);                                    \
            printf(__VA_ARGS__);                                                           \
            printf("\n");                                                                  \
        }                                                                                  \
    } while (0)

/* A top-level String argument is lowered as a RustBuffer of its UTF-8 bytes. */
static RustBuffer rust_string(const char *s) {
    RustCallStatus status = {0};
    ForeignBytes bytes = {(int32_t)strlen(s), (const uint8_t *)s};
    RustBuffer buf = ffi_qazstep_ffi_rustbuffer_from_bytes(bytes, &status);
    CHECK(status.code == 0, "rustbuffer_from_bytes failed");
    return buf;
}

static void free_buffer(RustBuffer buf) {
    RustCallStatus status = {0};
    ffi_qazstep_ffi_rustbuffer_free(buf, &status);
    CHECK(status.code == 0, "rustbuffer_free failed");
}

/* Whether `needle` occurs in `hay` (portable memmem). */
static int contains(const uint8_t *hay, uint64_t len, const char *needle) {
    size_t n = strlen(needle);
    for (uint64_t i = 0; hay != NULL && i + n <= len; i++) {
        if (memcmp(hay + i, needle, n) == 0) return 1;
    }
    return 0;
}

static uint32_t be32(const uint8_t *p) {
    return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) | ((uint32_t)p[2] << 8) | p[3];
}

int main(void) {
    /* The ABI contract the generated Swift checks at load time. */
    uint32_t contract = ffi_qazstep_ffi_uniffi_contract_version();
    CHECK(contract == 30, "contract version %u, expected 30", contract);

    /* The checksum the generated Swift compares for one function. */
    CHECK(uniffi_qazstep_ffi_checksum_func_core_version() != 0, "checksum is 0");

    /* core_version(): a String result. */
    RustCallStatus status = {0};
    RustBuffer version = uniffi_qazstep_ffi_fn_func_core_version(&status);
    CHECK(status.code == 0, "core_version status %d", status.code);
    CHECK(version.len >= 5 && version.data != NULL, "core_version is empty");
    printf("core_version: %.*s\n", (int)version.len, (const char *)version.data);
    free_buffer(version);

    /* check_iin(valid): the masked ИИН (12 characters, first and last two digits kept). */
    RustCallStatus ok = {0};
    RustBuffer masked = uniffi_qazstep_ffi_fn_func_check_iin(rust_string("950101500108"), &ok);
    CHECK(ok.code == 0, "check_iin(valid) status %d", ok.code);
    CHECK(masked.len > 4 && memcmp(masked.data, "95", 2) == 0 &&
              memcmp(masked.data + masked.len - 2, "08", 2) == 0,
          "masked ИИН looks wrong");
    CHECK(!contains(masked.data, masked.len, "0101500"), "ИИН not masked");
    free_buffer(masked);

    /* check_iin(invalid): status 1 (a declared error) with QazstepError::InvalidIin, the
     * enum's 2nd variant, serialized as a big-endian i32 index (1-based) then its fields. */
    RustCallStatus err = {0};
    RustBuffer none = uniffi_qazstep_ffi_fn_func_check_iin(rust_string("950101500109"), &err);
    CHECK(err.code == 1, "check_iin(invalid) status %d, expected 1", err.code);
    CHECK(err.errorBuf.len >= 4 && be32(err.errorBuf.data) == 2,
          "error variant %u, expected 2 (InvalidIin)", err.errorBuf.len >= 4 ? be32(err.errorBuf.data) : 0);
    CHECK(!contains(err.errorBuf.data, err.errorBuf.len, "950101500109"),
          "the error repeats the ИИН");
    free_buffer(err.errorBuf);
    (void)none;

    printf("c: %d failed\n", failures);
    return failures == 0 ? 0 : 1;
}
