//! On-screen aids of the real test software, served as data.
//!
//! The computer-based ҰБТ/ЕНТ offers three aids beside the tasks (spec/exams.md §1): a
//! calculator, the periodic table of the elements and the table of solubility of acids, bases
//! and salts in water. A blueprint lists the ones its exam offers (`"aids"` in
//! `core/blueprints/*.json`); [`Aid`] is the closed set of codes a blueprint may use.
//!
//! The core holds the content of the two tables and nothing about how they look: the phone
//! shells draw them. [`periodic`] carries every element with its name in Kazakh (`kk`), Russian
//! (`ru`) and English (`en`), its mass as the school table prints it and the mass used in test
//! calculations; [`solubility`] carries the cation and anion formulas and one
//! [`solubility::Solubility`] per cell. Titles, legends and the letters printed in the cells
//! differ by language and belong to the shells' string catalogs, not to this module (the
//! [`solubility`] docs say which letters the Kazakh- and Russian-language tables print). The
//! calculator has no data.
//!
//! Invariants: the data is compile-time constant and checked by the tests of each submodule
//! (118 elements in order, period and group consistent with the atomic number, the solubility
//! table rectangular); [`Aid::parse`] accepts exactly the codes [`Aid::code`] returns.

pub mod periodic;
pub mod solubility;

/// An aid of the real test software that a blueprint can list (`"aids"` in core/blueprints/*.json).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Aid {
    /// The on-screen calculator (drawn by the shell; no data here).
    Calculator,
    /// The periodic table of the elements ([`periodic`]).
    PeriodicTable,
    /// The table of solubility of acids, bases and salts in water ([`solubility`]).
    SolubilityTable,
}

impl Aid {
    /// The aid with this blueprint code (`"calculator"`, `"periodic_table"`,
    /// `"solubility_table"`), or `None` for any other string. Codes are case-sensitive.
    pub fn parse(code: &str) -> Option<Aid> {
        match code {
            "calculator" => Some(Aid::Calculator),
            "periodic_table" => Some(Aid::PeriodicTable),
            "solubility_table" => Some(Aid::SolubilityTable),
            _ => None,
        }
    }

    /// The code of this aid as blueprints write it.
    pub fn code(self) -> &'static str {
        match self {
            Aid::Calculator => "calculator",
            Aid::PeriodicTable => "periodic_table",
            Aid::SolubilityTable => "solubility_table",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exam::Blueprint;

    const ALL: [Aid; 3] = [Aid::Calculator, Aid::PeriodicTable, Aid::SolubilityTable];

    #[test]
    fn every_code_parses_back_to_its_aid() {
        for aid in ALL {
            assert_eq!(Aid::parse(aid.code()), Some(aid), "{aid:?}");
        }
        assert_eq!(Aid::parse("periodic_table"), Some(Aid::PeriodicTable));
    }

    #[test]
    fn unknown_or_misspelt_codes_are_refused() {
        for code in [
            "",
            "Calculator",
            "periodic table",
            "periodic-table",
            "solubility",
            " calculator",
            "ruler",
        ] {
            assert_eq!(Aid::parse(code), None, "{code:?}");
        }
    }

    #[test]
    fn every_aid_a_shipped_blueprint_lists_is_known() {
        let blueprints = Blueprint::embedded();
        assert!(!blueprints.is_empty());
        let mut seen = 0;
        for blueprint in &blueprints {
            for code in &blueprint.aids {
                assert!(
                    Aid::parse(code).is_some(),
                    "{}: unknown aid {code:?}",
                    blueprint.id
                );
                seen += 1;
            }
        }
        // The ҰБТ blueprints offer all three aids.
        assert!(seen >= 3);
    }
}
