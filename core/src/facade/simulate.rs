//! A simulated student for the demo and for whole-process tests: it answers an attempt through
//! the same `answer` path a shell uses, knowing a question's key with a probability that falls
//! with its difficulty. Deterministic for a seed.

use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::Qazstep;
use crate::content::QuestionKind;
use crate::error::Result;
use crate::exam::ManualClock;
use crate::exam::session::key_shown;
use crate::scoring::Response;

impl Qazstep {
    /// Answers every position of attempt `id` as a simulated student (seeded), advancing
    /// `clock` by 40–100 s per question. Returns the number of positions answered.
    pub fn simulate_student(&self, id: &str, seed: u64, clock: &ManualClock) -> Result<u32> {
        let plan = {
            let user = self.user()?;
            self.plan(&user, id)?
        };
        let (questions, _) = self.questions_of(&plan.items)?;
        let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5157_4154_5354_4550);
        let mut answered = 0;
        for (item, q) in plan.items.iter().zip(&questions) {
            clock.advance(rng.random_range(40_000..=100_000));
            if rng.random_bool(0.03) {
                continue; // left blank
            }
            let knows = rng.random_bool(
                (0.9 - 0.1 * f64::from(q.difficulty.saturating_sub(1))).clamp(0.3, 0.9),
            );
            let n = item.order.len() as u32;
            let response = if knows {
                key_shown(item, q)
            } else {
                match q.kind {
                    QuestionKind::Single => Response::Choice(vec![rng.random_range(0..n)]),
                    QuestionKind::Multiple => {
                        let all: Vec<u32> = (0..n).collect();
                        let mut pick: Vec<u32> =
                            all.choose_multiple(&mut rng, 2).copied().collect();
                        pick.sort_unstable();
                        Response::Choice(pick)
                    }
                    QuestionKind::Matching => {
                        let all: Vec<u32> = (0..n).collect();
                        let opts: Vec<u32> = all
                            .choose_multiple(&mut rng, q.prompts.len())
                            .copied()
                            .collect();
                        Response::Matching(
                            opts.into_iter()
                                .enumerate()
                                .map(|(p, o)| (p as u32, o))
                                .collect(),
                        )
                    }
                }
            };
            self.answer(id, item.position, &response)?;
            answered += 1;
        }
        Ok(answered)
    }
}
