//! `qazstep`: the terminal shell over the Qazstep core (spec/cli.md).

fn main() {
    println!("qazstep {}", qazstep_core::VERSION);
}
