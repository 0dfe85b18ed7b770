// A C stand-in for the UniFFI scaffolding's ABI shapes, to time JNA crossings alone.
#include <stdint.h>
typedef struct { uint64_t capacity, len; uint8_t *data; } RustBuffer;
typedef struct { int8_t code; RustBuffer error_buf; } RustCallStatus;
static uint8_t DATA[64];
void xb_noop(void) {}
int32_t xb_i32(int32_t x) { return x + 1; }
int64_t xb_i64_status(int64_t h, RustCallStatus *s) { (void)s; return h + 1; }
uint64_t xb_buf_arg(RustBuffer b) { return b.len; }
uint64_t xb_buf_arg_status(RustBuffer b, RustCallStatus *s) { (void)s; return b.len; }
RustBuffer xb_buf_ret(RustCallStatus *s) { (void)s; RustBuffer r = {64, 8, DATA}; return r; }
uint64_t xb_ptr_len_status(const uint8_t *p, int64_t len, RustCallStatus *s) { (void)s; (void)p; return (uint64_t)len; }
int32_t xb_call_cb(int32_t (*cb)(int32_t), int32_t x) { return cb(x); }
