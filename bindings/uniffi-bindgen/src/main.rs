//! The UniFFI bindgen, run as `cargo run -p uniffi-bindgen -- generate …` (library mode).

fn main() {
    uniffi::uniffi_bindgen_main()
}
