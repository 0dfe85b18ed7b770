//! The table of solubility of acids, bases and salts in water, as data for the shells to draw.
//!
//! This is the standard school table of the Kazakhstan curriculum, which is the common CIS
//! school table: cations across the top ([`CATIONS`], in the table's order), anions down the
//! side ([`ANIONS`]), and in each cell whether the compound of the two ions dissolves in water
//! at room temperature ([`TABLE`]`[anion][cation]`, or [`solubility`] by formula). The school
//! table also has rows for acid anions (HS⁻, HSO₃⁻, HSO₄⁻, NO₂⁻, HPO₄²⁻, H₂PO₄⁻, HCO₃⁻); they are
//! not carried here.
//!
//! # Invariants (checked by the tests below)
//! - [`TABLE`] has one row per anion and every row one cell per cation.
//! - Ion formulas are unique and written with Unicode subscripts and superscripts
//!   (`"NH₄⁺"`, `"SO₄²⁻"`), never with ASCII digits or signs.
//! - [`solubility`] returns the cell of exactly those formulas and `None` for any other string.
//!
//! # Letters printed in the cells
//! The letters are language-dependent and belong to the shells' string catalogs, not here:
//! - Russian-language tables: **Р** — растворимо ([`Solubility::Soluble`]), **М** —
//!   малорастворимо ([`Solubility::SlightlySoluble`]), **Н** — нерастворимо
//!   ([`Solubility::Insoluble`]), **—** — не существует или разлагается водой
//!   ([`Solubility::Decomposes`]).
//! - Kazakh-language tables: not confirmed against a printed Kazakhstan textbook. Public
//!   Kazakh-language ҰБТ preparation material shows three conventions: (a) the Russian letters
//!   Р, М, Н, — kept, with the legend «ериді», «аз ериді», «ерімейді», «сумен ыдырайды /
//!   жоқ» (the most frequent); (b) **Е** — ериді, **АЕ** — аз ериді, **ЕМ** — ерімейді,
//!   **–** — алынбайды немесе ыдырайды (a mock of the ҰБТ on-screen tools); (c) Е, А, Ем. The
//!   dash is the same in all of them. A catalog should take the letters from the Kazakh
//!   textbook the app follows.
//!
//! # Cells on which reproductions disagree, and what this table holds
//! Printed tables use thresholds of about 1 g and 0.01 g per 100 g of water, and editions
//! differ on borderline and hydrolysing compounds. The Kazakhstan textbook table could not be
//! consulted; where reproductions of the school table disagree, the cell follows the majority of
//! them, checked against handbook solubility:
//! - H⁺ + OH⁻ (water): printed as Р, as a dash or left empty; held as `Decomposes` (the dash:
//!   a blind re-check found the dash or an empty cell in most reproductions, among them a mock of
//!   the ҰБТ on-screen table, and Р for water reads wrong to a student).
//! - H₂CO₃: Р in most tables (unstable, stands for CO₂ in water); a dash in some. `Soluble`.
//! - MgCO₃: Н in most tables, М in some (about 0.04 g/100 g). `Insoluble`.
//! - CuCO₃: Н in most, a dash in some (water gives the basic carbonate). `Insoluble`.
//! - HgCO₃ and HgSO₄: a dash in most (hydrolysed to basic salts), Н / Р in some. `Decomposes`.
//! - HgSO₃: Н in most, a dash in some. `Insoluble`.
//! - MgS: Р, М or a dash (fully hydrolysed by water); CaS: М, Р or a dash. MgS `Decomposes`,
//!   CaS `SlightlySoluble`.
//! - Li₃PO₄: Н in most, М in some. `Insoluble`. (NH₄)₃PO₄: Р in most, a dash in some.
//!   `Soluble`.
//! - PbI₂: Н in most, М in some (about 0.08 g/100 g). `Insoluble`. CrI₃: Р or a dash. `Soluble`.
//! - Fluorides of Mg, Sr, Cr³⁺, Fe²⁺, Fe³⁺, Mn, Zn, Cu and Pb vary between Р, М and Н from
//!   table to table; this table holds MgF₂, SrF₂, CrF₃, FeF₂, FeF₃, PbF₂ `Insoluble`, AlF₃, LiF,
//!   BaF₂ `SlightlySoluble`, NiF₂, CoF₂, MnF₂, ZnF₂, CuF₂, SnF₂, AgF `Soluble`, HgF₂ `Decomposes`.
//! - Silicates of Al, Cr, Fe³⁺, Ni, Co, Ag, Hg, Sn, Cu: a dash in most, Н in some. `Decomposes`.
//! - Acetates of Al, Fe³⁺ and Sn²⁺: a dash in most, Р or М in some. `Decomposes`. Silver
//!   acetate: Р in most, М in some. `Soluble`.
//!
//! Cells every table agrees on, and which a student is asked about, include: AgOH a dash,
//! Ag₂SO₄ and CaSO₄ М, BaSO₄ Н, AgCl Н, PbCl₂ М, HgCl₂ Р, HgI₂ Н, Ca(OH)₂ М, Mg(OH)₂ Н, a dash
//! for Al₂S₃, Cr₂S₃, Fe₂S₃ and for the carbonates of Al, Cr and Fe(III), Н for H₂SiO₃, Р for every
//! nitrate except Sn(NO₃)₂ (a dash) and for every salt of K⁺ and Na⁺. The column Hg²⁺ is
//! mercury(II): calomel Hg₂Cl₂ (mercury(I), insoluble) is not in the table and must not be read
//! from the HgCl₂ cell.
//!
//! # Sources
//! - The common CIS school table (the one printed on the endpaper of Г. Е. Рудзитис,
//!   Ф. Г. Фельдман, «Химия. 8 класс», with the same 22 cations in the same order), which the
//!   Kazakhstan curriculum uses. No scan of it, nor of a Kazakhstan textbook's table, was
//!   available while this module was written: the cells were compared with several independent
//!   reproductions of the school table in Russian- and Kazakh-language chemistry teaching code
//!   in public repositories (the contested cells above are where they differ) and with handbook
//!   solubilities (grams per 100 g of water) for the borderline ones.
//! - Kazakh cell letters: the legends of those Kazakh-language reproductions (ҰБТ preparation
//!   apps), quoted above.

use self::Solubility::{Decomposes as D, Insoluble as I, SlightlySoluble as L, Soluble as S};

/// How a compound of one cation and one anion behaves in water, as the school table marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Solubility {
    /// Dissolves (more than about 1 g per 100 g of water).
    Soluble,
    /// Dissolves slightly (about 0.01–1 g per 100 g of water).
    SlightlySoluble,
    /// Practically does not dissolve (less than about 0.01 g per 100 g of water).
    Insoluble,
    /// Does not exist in water or is decomposed by it: the dash of the school table.
    Decomposes,
}

/// The cations, left to right as the school table prints them.
pub const CATIONS: &[&str] = &[
    "H⁺", "Li⁺", "K⁺", "Na⁺", "NH₄⁺", "Ba²⁺", "Ca²⁺", "Mg²⁺", "Sr²⁺", "Al³⁺", "Cr³⁺", "Fe²⁺",
    "Fe³⁺", "Ni²⁺", "Co²⁺", "Mn²⁺", "Zn²⁺", "Ag⁺", "Hg²⁺", "Pb²⁺", "Sn²⁺", "Cu²⁺",
];

/// The anions, top to bottom.
pub const ANIONS: &[&str] = &[
    "OH⁻",
    "F⁻",
    "Cl⁻",
    "Br⁻",
    "I⁻",
    "S²⁻",
    "SO₃²⁻",
    "SO₄²⁻",
    "NO₃⁻",
    "PO₄³⁻",
    "CO₃²⁻",
    "SiO₃²⁻",
    "CH₃COO⁻",
];

/// The cells: `TABLE[anion][cation]`, indexed like [`ANIONS`] and [`CATIONS`].
#[rustfmt::skip]
pub const TABLE: &[&[Solubility]] = &[
    //  H⁺ Li⁺ K⁺ Na⁺ NH₄⁺ Ba Ca Mg Sr Al Cr Fe²⁺ Fe³⁺ Ni Co Mn Zn Ag Hg Pb Sn Cu
    /* OH⁻     */ &[D, S, S, S, S, S, L, I, L, I, I, I, I, I, I, I, I, D, D, I, I, I],
    /* F⁻      */ &[S, L, S, S, S, L, I, I, I, L, I, I, I, S, S, S, S, S, D, I, S, S],
    /* Cl⁻     */ &[S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, I, S, L, S, S],
    /* Br⁻     */ &[S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, I, L, L, S, S],
    /* I⁻      */ &[S, S, S, S, S, S, S, S, S, S, S, S, D, S, S, S, S, I, I, I, L, D],
    /* S²⁻     */ &[S, S, S, S, S, S, L, D, S, D, D, I, D, I, I, I, I, I, I, I, I, I],
    /* SO₃²⁻   */ &[S, S, S, S, S, I, I, L, I, D, D, I, D, I, I, I, L, I, I, I, D, D],
    /* SO₄²⁻   */ &[S, S, S, S, S, I, L, S, I, S, S, S, S, S, S, S, S, L, D, I, S, S],
    /* NO₃⁻    */ &[S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, D, S],
    /* PO₄³⁻   */ &[S, I, S, S, S, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I, I],
    /* CO₃²⁻   */ &[S, S, S, S, S, I, I, I, I, D, D, I, D, I, I, I, I, I, D, I, D, I],
    /* SiO₃²⁻  */ &[I, S, S, S, D, I, I, I, I, D, D, I, D, D, D, I, I, D, D, I, D, D],
    /* CH₃COO⁻ */ &[S, S, S, S, S, S, S, S, S, D, S, S, D, S, S, S, S, S, S, S, D, S],
];

/// The cell for a cation and an anion given by their formulas exactly as in [`CATIONS`] and
/// [`ANIONS`] (e.g. `solubility("Ba²⁺", "SO₄²⁻")`); `None` when either is not in the table.
pub fn solubility(cation: &str, anion: &str) -> Option<Solubility> {
    let column = CATIONS.iter().position(|&c| c == cation)?;
    let row = ANIONS.iter().position(|&a| a == anion)?;
    TABLE.get(row)?.get(column).copied()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_table_is_rectangular() {
        assert_eq!(TABLE.len(), ANIONS.len());
        for (row, anion) in TABLE.iter().zip(ANIONS) {
            assert_eq!(row.len(), CATIONS.len(), "row {anion}");
        }
        assert!(CATIONS.len() >= 22 && ANIONS.len() >= 13);
    }

    #[test]
    fn ions_are_unique_and_written_with_unicode_indices() {
        for ions in [CATIONS, ANIONS] {
            let unique: HashSet<_> = ions.iter().collect();
            assert_eq!(unique.len(), ions.len());
            for ion in ions {
                assert!(
                    !ion.chars()
                        .any(|c| c.is_ascii_digit() || c == '+' || c == '-'),
                    "{ion} uses ASCII digits or signs"
                );
            }
        }
        assert!(CATIONS.iter().all(|c| c.ends_with('⁺')));
        assert!(ANIONS.iter().all(|a| a.ends_with('⁻')));
        for required in [
            "H⁺", "Li⁺", "K⁺", "Na⁺", "NH₄⁺", "Ba²⁺", "Ca²⁺", "Mg²⁺", "Sr²⁺", "Al³⁺", "Cr³⁺",
            "Fe²⁺", "Fe³⁺", "Ni²⁺", "Co²⁺", "Mn²⁺", "Zn²⁺", "Ag⁺", "Hg²⁺", "Pb²⁺", "Sn²⁺", "Cu²⁺",
        ] {
            assert!(CATIONS.contains(&required), "{required}");
        }
        for required in [
            "OH⁻",
            "F⁻",
            "Cl⁻",
            "Br⁻",
            "I⁻",
            "S²⁻",
            "SO₃²⁻",
            "SO₄²⁻",
            "NO₃⁻",
            "PO₄³⁻",
            "CO₃²⁻",
            "SiO₃²⁻",
            "CH₃COO⁻",
        ] {
            assert!(ANIONS.contains(&required), "{required}");
        }
    }

    fn cell(cation: &str, anion: &str) -> Solubility {
        solubility(cation, anion).unwrap()
    }

    #[test]
    fn the_cells_students_are_asked_about() {
        use Solubility::*;
        // The classic precipitates.
        assert_eq!(cell("Ag⁺", "Cl⁻"), Insoluble);
        assert_eq!(cell("Ba²⁺", "SO₄²⁻"), Insoluble);
        assert_eq!(cell("Cu²⁺", "OH⁻"), Insoluble);
        assert_eq!(cell("H⁺", "OH⁻"), Decomposes, "water is no salt: the dash");
        assert_eq!(cell("Ag⁺", "PO₄³⁻"), Insoluble);
        assert_eq!(cell("Fe³⁺", "OH⁻"), Insoluble);
        assert_eq!(cell("Mg²⁺", "OH⁻"), Insoluble);
        assert_eq!(cell("Cu²⁺", "S²⁻"), Insoluble);
        assert_eq!(cell("H⁺", "SiO₃²⁻"), Insoluble);
        // Slightly soluble.
        assert_eq!(cell("Ag⁺", "SO₄²⁻"), SlightlySoluble);
        assert_eq!(cell("Ca²⁺", "SO₄²⁻"), SlightlySoluble);
        assert_eq!(cell("Ca²⁺", "OH⁻"), SlightlySoluble);
        assert_eq!(cell("Pb²⁺", "Cl⁻"), SlightlySoluble);
        // The dashes.
        assert_eq!(cell("Ag⁺", "OH⁻"), Decomposes);
        for cation in ["Al³⁺", "Cr³⁺", "Fe³⁺"] {
            assert_eq!(cell(cation, "S²⁻"), Decomposes, "{cation}₂S₃");
            assert_eq!(cell(cation, "CO₃²⁻"), Decomposes, "{cation} carbonate");
        }
        assert_eq!(cell("Fe³⁺", "I⁻"), Decomposes);
        // Soluble ones that look like precipitates.
        assert_eq!(cell("Ba²⁺", "OH⁻"), Soluble);
        assert_eq!(cell("Hg²⁺", "Cl⁻"), Soluble);
        assert_eq!(cell("Hg²⁺", "I⁻"), Insoluble);
        assert_eq!(cell("Fe²⁺", "S²⁻"), Insoluble);
        assert_eq!(cell("Mg²⁺", "CO₃²⁻"), Insoluble);
        assert_eq!(cell("Mg²⁺", "SO₄²⁻"), Soluble);
    }

    #[test]
    fn potassium_sodium_salts_and_nitrates_are_soluble() {
        for cation in ["K⁺", "Na⁺"] {
            for anion in ANIONS {
                assert_eq!(cell(cation, anion), Solubility::Soluble, "{cation} {anion}");
            }
        }
        for cation in CATIONS {
            let expected = if *cation == "Sn²⁺" {
                Solubility::Decomposes
            } else {
                Solubility::Soluble
            };
            assert_eq!(cell(cation, "NO₃⁻"), expected, "{cation} nitrate");
        }
        // Every acid of the table dissolves, except silicic acid.
        for anion in ANIONS.iter().filter(|&&a| a != "OH⁻") {
            let expected = if *anion == "SiO₃²⁻" {
                Solubility::Insoluble
            } else {
                Solubility::Soluble
            };
            assert_eq!(cell("H⁺", anion), expected, "acid of {anion}");
        }
    }

    #[test]
    fn lookup_agrees_with_the_table_and_refuses_unknown_ions() {
        for (r, anion) in ANIONS.iter().enumerate() {
            for (c, cation) in CATIONS.iter().enumerate() {
                assert_eq!(solubility(cation, anion), Some(TABLE[r][c]));
            }
        }
        assert_eq!(solubility("Ba2+", "SO₄²⁻"), None);
        assert_eq!(solubility("Ba²⁺", "SO4 2-"), None);
        assert_eq!(solubility("SO₄²⁻", "Ba²⁺"), None);
        assert_eq!(solubility("Cs⁺", "Cl⁻"), None);
        assert_eq!(solubility("", ""), None);
    }
}
