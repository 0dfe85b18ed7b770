//! The periodic table of the elements, as data for the shells to draw.
//!
//! [`ELEMENTS`] lists all 118 elements in order of atomic number. Each has its symbol, its name
//! in Kazakh, Russian and English, its relative atomic mass as a school table prints it, and its
//! place: period 1–7 and IUPAC group 1–18. The lanthanides (La–Lu, 57–71) and actinides (Ac–Lr,
//! 89–103) stand in group 3 and carry their [`Series`], so a shell can draw them in the two rows
//! under the table. (School tables of Kazakhstan also print the short form with groups I–VIII
//! and subgroups A/B; that numbering follows from the IUPAC group and is the shell's to draw.)
//!
//! # Invariants (checked by the tests below)
//! - `ELEMENTS[i].number == i + 1` for all 118 entries; symbols are unique.
//! - Period and group agree with the atomic number (the tests derive both from the number).
//! - Every name is non-empty in all three languages.
//! - `mass` is a decimal with `.` as the point, or, for an element without a stable isotope and
//!   without a characteristic terrestrial composition, the mass number of its longest-lived
//!   (or best-known) isotope in brackets, e.g. `"[226]"`. Bracketed are Tc, Pm, and Po and
//!   every element after it except Th, Pa and U, which have a standard atomic weight.
//! - Masses increase with the atomic number except for the four inversions every table shows:
//!   Ar/K, Co/Ni, Te/I and Th/Pa.
//!
//! # Masses
//! The printed masses are the IUPAC standard atomic weights abridged the way current school
//! tables print them (five significant figures; the conventional value for elements given as an
//! interval, e.g. H 1.008, C 12.011, Cl 35.45). Editions differ in the last digit (older tables
//! print e.g. Ca 40.08, Ne 20.179) — the digits of a particular Kazakhstan textbook edition were
//! not available to compare. Test tasks compute with rounded masses, which [`test_mass`] gives:
//! the printed mass rounded to a whole number, except chlorine, 35.5.
//!
//! # Names
//! Russian and English names are the standard ones (English in IUPAC spelling: aluminium,
//! caesium, sulfur). Kazakh school textbooks give Kazakh names to the elements known since
//! antiquity or named in Kazakh, and keep the international name for the rest: Сутек, Көміртек,
//! Оттек, Күкірт, Темір, Мыс, Мырыш, Күміс, Қалайы, Алтын, Сынап, Қорғасын, Күшән (As),
//! Сүрме (Sb). Known variants, not confirmed against a printed Kazakhstan textbook table:
//! - Сутек / Көміртек / Оттек are the forms ҰБТ preparation material uses (and the ones this
//!   project was asked to verify); Kazakh Wikipedia and older books write Сутегі / Көміртегі /
//!   Оттегі, and both are met in schools.
//! - Күшән (As) and Сүрме (Sb): some material writes «мышьяк (күшән)», «сурьма (сүрме)», or
//!   keeps the Russian names.
//! - Йод (I) in both Kazakh and Russian; Russian nomenclature also writes «иод».
//! - Европий (Eu): one source writes «Еуропий».
//!
//! # Sources
//! - IUPAC, "Atomic weights of the elements 2013 (IUPAC Technical Report)", Pure Appl. Chem.
//!   88 (2016), <https://www.degruyterbrill.com/document/doi/10.1515/pac-2015-0305/html>, and the
//!   later CIAAW values as summarised in "Standard atomic weight",
//!   <https://a.osmarks.net/content/wikipedia_en_all_maxi_2020-08/A/Standard_atomic_weight>.
//! - "1.8 Table of atomic weights to five significant figures" (CIAAW abridged table; Th, Pa, U
//!   tabulated, other radioactive elements by one isotope),
//!   <https://docslib.org/doc/13284195/1-8-table-of-atomic-weights-to-five-significant-figures>.
//! - Kazakh names: Kazakh-language ҰБТ preparation code and course material in public
//!   repositories (element lists using Сутек, Көміртек, Оттек, Күкірт, Күшән, Сүрме, Қалайы,
//!   Қорғасын; a chemistry course listing «мышьяк (күшән)», «сурьма (сүрме)»), and the article
//!   «Қалай бүкіл дүние жүзі қате айтып жүрген элементті тек қазақтар ғана дұрысын айтып жүр?»
//!   on gylym.kz, on the Kazakh name of oxygen (it writes the variant Оттегі),
//!   <https://gylym.kz/%D2%9Aalay-b%D2%AFk%D1%96l-d%D2%AFnie-zh%D2%AFz%D1%96-%D2%9Bate-aytip-zh%D2%AFrgen-elementt%D1%96-tek-%D2%9Baza%D2%9Btar-%D2%93ana-d%D2%B1risin-aytip-zh%D2%AFr-nemese-ibiray-altinsarin-atamizdi%D2%A3-%D3%A9shpes-e%D2%A3beg%D1%96>.

use self::Series::{Actinide, Lanthanide, Main};

/// Where an element is drawn: in the main table or in one of the two rows under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Series {
    /// The main table (periods 1–7, groups 1–18).
    Main,
    /// A lanthanide, La–Lu (57–71): period 6, group 3, drawn in the first row under the table.
    Lanthanide,
    /// An actinide, Ac–Lr (89–103): period 7, group 3, drawn in the second row under the table.
    Actinide,
}

/// One chemical element as the school periodic table shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Element {
    /// Atomic number, 1..=118.
    pub number: u8,
    /// Chemical symbol, e.g. `"Na"`.
    pub symbol: &'static str,
    /// Name in Kazakh, as in Kazakhstan's Kazakh-language chemistry textbooks (see the module
    /// docs for the variants), e.g. `"Оттек"`.
    pub name_kk: &'static str,
    /// Name in Russian, e.g. `"Кислород"`.
    pub name_ru: &'static str,
    /// Name in English (IUPAC spelling), e.g. `"Oxygen"`.
    pub name_en: &'static str,
    /// Relative atomic mass as the school table prints it, `.` as the decimal point; for an
    /// element without a stable isotope, the mass number in brackets, e.g. `"[226]"`.
    pub mass: &'static str,
    /// Period, 1..=7.
    pub period: u8,
    /// Group, 1..=18 (IUPAC numbering); lanthanides and actinides: 3.
    pub group: u8,
    /// Main table, lanthanides or actinides.
    pub series: Series,
}

/// One row of [`ELEMENTS`], kept to one line: names are `[kk, ru, en]`, the place is
/// `(period, group, series)`.
const fn el(
    number: u8,
    symbol: &'static str,
    names: [&'static str; 3],
    mass: &'static str,
    place: (u8, u8, Series),
) -> Element {
    let [name_kk, name_ru, name_en] = names;
    let (period, group, series) = place;
    Element {
        number,
        symbol,
        name_kk,
        name_ru,
        name_en,
        mass,
        period,
        group,
        series,
    }
}

/// All 118 elements in order of atomic number (`ELEMENTS[n - 1].number == n`).
#[rustfmt::skip]
pub const ELEMENTS: &[Element] = &[
    el(1, "H", ["Сутек", "Водород", "Hydrogen"], "1.008", (1, 1, Main)),
    el(2, "He", ["Гелий", "Гелий", "Helium"], "4.0026", (1, 18, Main)),
    el(3, "Li", ["Литий", "Литий", "Lithium"], "6.94", (2, 1, Main)),
    el(4, "Be", ["Бериллий", "Бериллий", "Beryllium"], "9.0122", (2, 2, Main)),
    el(5, "B", ["Бор", "Бор", "Boron"], "10.81", (2, 13, Main)),
    el(6, "C", ["Көміртек", "Углерод", "Carbon"], "12.011", (2, 14, Main)),
    el(7, "N", ["Азот", "Азот", "Nitrogen"], "14.007", (2, 15, Main)),
    el(8, "O", ["Оттек", "Кислород", "Oxygen"], "15.999", (2, 16, Main)),
    el(9, "F", ["Фтор", "Фтор", "Fluorine"], "18.998", (2, 17, Main)),
    el(10, "Ne", ["Неон", "Неон", "Neon"], "20.180", (2, 18, Main)),
    el(11, "Na", ["Натрий", "Натрий", "Sodium"], "22.990", (3, 1, Main)),
    el(12, "Mg", ["Магний", "Магний", "Magnesium"], "24.305", (3, 2, Main)),
    el(13, "Al", ["Алюминий", "Алюминий", "Aluminium"], "26.982", (3, 13, Main)),
    el(14, "Si", ["Кремний", "Кремний", "Silicon"], "28.085", (3, 14, Main)),
    el(15, "P", ["Фосфор", "Фосфор", "Phosphorus"], "30.974", (3, 15, Main)),
    el(16, "S", ["Күкірт", "Сера", "Sulfur"], "32.06", (3, 16, Main)),
    el(17, "Cl", ["Хлор", "Хлор", "Chlorine"], "35.45", (3, 17, Main)),
    el(18, "Ar", ["Аргон", "Аргон", "Argon"], "39.948", (3, 18, Main)),
    el(19, "K", ["Калий", "Калий", "Potassium"], "39.098", (4, 1, Main)),
    el(20, "Ca", ["Кальций", "Кальций", "Calcium"], "40.078", (4, 2, Main)),
    el(21, "Sc", ["Скандий", "Скандий", "Scandium"], "44.956", (4, 3, Main)),
    el(22, "Ti", ["Титан", "Титан", "Titanium"], "47.867", (4, 4, Main)),
    el(23, "V", ["Ванадий", "Ванадий", "Vanadium"], "50.942", (4, 5, Main)),
    el(24, "Cr", ["Хром", "Хром", "Chromium"], "51.996", (4, 6, Main)),
    el(25, "Mn", ["Марганец", "Марганец", "Manganese"], "54.938", (4, 7, Main)),
    el(26, "Fe", ["Темір", "Железо", "Iron"], "55.845", (4, 8, Main)),
    el(27, "Co", ["Кобальт", "Кобальт", "Cobalt"], "58.933", (4, 9, Main)),
    el(28, "Ni", ["Никель", "Никель", "Nickel"], "58.693", (4, 10, Main)),
    el(29, "Cu", ["Мыс", "Медь", "Copper"], "63.546", (4, 11, Main)),
    el(30, "Zn", ["Мырыш", "Цинк", "Zinc"], "65.38", (4, 12, Main)),
    el(31, "Ga", ["Галлий", "Галлий", "Gallium"], "69.723", (4, 13, Main)),
    el(32, "Ge", ["Германий", "Германий", "Germanium"], "72.630", (4, 14, Main)),
    el(33, "As", ["Күшән", "Мышьяк", "Arsenic"], "74.922", (4, 15, Main)),
    el(34, "Se", ["Селен", "Селен", "Selenium"], "78.971", (4, 16, Main)),
    el(35, "Br", ["Бром", "Бром", "Bromine"], "79.904", (4, 17, Main)),
    el(36, "Kr", ["Криптон", "Криптон", "Krypton"], "83.798", (4, 18, Main)),
    el(37, "Rb", ["Рубидий", "Рубидий", "Rubidium"], "85.468", (5, 1, Main)),
    el(38, "Sr", ["Стронций", "Стронций", "Strontium"], "87.62", (5, 2, Main)),
    el(39, "Y", ["Иттрий", "Иттрий", "Yttrium"], "88.906", (5, 3, Main)),
    el(40, "Zr", ["Цирконий", "Цирконий", "Zirconium"], "91.224", (5, 4, Main)),
    el(41, "Nb", ["Ниобий", "Ниобий", "Niobium"], "92.906", (5, 5, Main)),
    el(42, "Mo", ["Молибден", "Молибден", "Molybdenum"], "95.95", (5, 6, Main)),
    el(43, "Tc", ["Технеций", "Технеций", "Technetium"], "[98]", (5, 7, Main)),
    el(44, "Ru", ["Рутений", "Рутений", "Ruthenium"], "101.07", (5, 8, Main)),
    el(45, "Rh", ["Родий", "Родий", "Rhodium"], "102.91", (5, 9, Main)),
    el(46, "Pd", ["Палладий", "Палладий", "Palladium"], "106.42", (5, 10, Main)),
    el(47, "Ag", ["Күміс", "Серебро", "Silver"], "107.87", (5, 11, Main)),
    el(48, "Cd", ["Кадмий", "Кадмий", "Cadmium"], "112.41", (5, 12, Main)),
    el(49, "In", ["Индий", "Индий", "Indium"], "114.82", (5, 13, Main)),
    el(50, "Sn", ["Қалайы", "Олово", "Tin"], "118.71", (5, 14, Main)),
    el(51, "Sb", ["Сүрме", "Сурьма", "Antimony"], "121.76", (5, 15, Main)),
    el(52, "Te", ["Теллур", "Теллур", "Tellurium"], "127.60", (5, 16, Main)),
    el(53, "I", ["Йод", "Йод", "Iodine"], "126.90", (5, 17, Main)),
    el(54, "Xe", ["Ксенон", "Ксенон", "Xenon"], "131.29", (5, 18, Main)),
    el(55, "Cs", ["Цезий", "Цезий", "Caesium"], "132.91", (6, 1, Main)),
    el(56, "Ba", ["Барий", "Барий", "Barium"], "137.33", (6, 2, Main)),
    el(57, "La", ["Лантан", "Лантан", "Lanthanum"], "138.91", (6, 3, Lanthanide)),
    el(58, "Ce", ["Церий", "Церий", "Cerium"], "140.12", (6, 3, Lanthanide)),
    el(59, "Pr", ["Празеодим", "Празеодим", "Praseodymium"], "140.91", (6, 3, Lanthanide)),
    el(60, "Nd", ["Неодим", "Неодим", "Neodymium"], "144.24", (6, 3, Lanthanide)),
    el(61, "Pm", ["Прометий", "Прометий", "Promethium"], "[145]", (6, 3, Lanthanide)),
    el(62, "Sm", ["Самарий", "Самарий", "Samarium"], "150.36", (6, 3, Lanthanide)),
    el(63, "Eu", ["Европий", "Европий", "Europium"], "151.96", (6, 3, Lanthanide)),
    el(64, "Gd", ["Гадолиний", "Гадолиний", "Gadolinium"], "157.25", (6, 3, Lanthanide)),
    el(65, "Tb", ["Тербий", "Тербий", "Terbium"], "158.93", (6, 3, Lanthanide)),
    el(66, "Dy", ["Диспрозий", "Диспрозий", "Dysprosium"], "162.50", (6, 3, Lanthanide)),
    el(67, "Ho", ["Гольмий", "Гольмий", "Holmium"], "164.93", (6, 3, Lanthanide)),
    el(68, "Er", ["Эрбий", "Эрбий", "Erbium"], "167.26", (6, 3, Lanthanide)),
    el(69, "Tm", ["Тулий", "Тулий", "Thulium"], "168.93", (6, 3, Lanthanide)),
    el(70, "Yb", ["Иттербий", "Иттербий", "Ytterbium"], "173.05", (6, 3, Lanthanide)),
    el(71, "Lu", ["Лютеций", "Лютеций", "Lutetium"], "174.97", (6, 3, Lanthanide)),
    el(72, "Hf", ["Гафний", "Гафний", "Hafnium"], "178.49", (6, 4, Main)),
    el(73, "Ta", ["Тантал", "Тантал", "Tantalum"], "180.95", (6, 5, Main)),
    el(74, "W", ["Вольфрам", "Вольфрам", "Tungsten"], "183.84", (6, 6, Main)),
    el(75, "Re", ["Рений", "Рений", "Rhenium"], "186.21", (6, 7, Main)),
    el(76, "Os", ["Осмий", "Осмий", "Osmium"], "190.23", (6, 8, Main)),
    el(77, "Ir", ["Иридий", "Иридий", "Iridium"], "192.22", (6, 9, Main)),
    el(78, "Pt", ["Платина", "Платина", "Platinum"], "195.08", (6, 10, Main)),
    el(79, "Au", ["Алтын", "Золото", "Gold"], "196.97", (6, 11, Main)),
    el(80, "Hg", ["Сынап", "Ртуть", "Mercury"], "200.59", (6, 12, Main)),
    el(81, "Tl", ["Таллий", "Таллий", "Thallium"], "204.38", (6, 13, Main)),
    el(82, "Pb", ["Қорғасын", "Свинец", "Lead"], "207.2", (6, 14, Main)),
    el(83, "Bi", ["Висмут", "Висмут", "Bismuth"], "208.98", (6, 15, Main)),
    el(84, "Po", ["Полоний", "Полоний", "Polonium"], "[209]", (6, 16, Main)),
    el(85, "At", ["Астат", "Астат", "Astatine"], "[210]", (6, 17, Main)),
    el(86, "Rn", ["Радон", "Радон", "Radon"], "[222]", (6, 18, Main)),
    el(87, "Fr", ["Франций", "Франций", "Francium"], "[223]", (7, 1, Main)),
    el(88, "Ra", ["Радий", "Радий", "Radium"], "[226]", (7, 2, Main)),
    el(89, "Ac", ["Актиний", "Актиний", "Actinium"], "[227]", (7, 3, Actinide)),
    el(90, "Th", ["Торий", "Торий", "Thorium"], "232.04", (7, 3, Actinide)),
    el(91, "Pa", ["Протактиний", "Протактиний", "Protactinium"], "231.04", (7, 3, Actinide)),
    el(92, "U", ["Уран", "Уран", "Uranium"], "238.03", (7, 3, Actinide)),
    el(93, "Np", ["Нептуний", "Нептуний", "Neptunium"], "[237]", (7, 3, Actinide)),
    el(94, "Pu", ["Плутоний", "Плутоний", "Plutonium"], "[244]", (7, 3, Actinide)),
    el(95, "Am", ["Америций", "Америций", "Americium"], "[243]", (7, 3, Actinide)),
    el(96, "Cm", ["Кюрий", "Кюрий", "Curium"], "[247]", (7, 3, Actinide)),
    el(97, "Bk", ["Берклий", "Берклий", "Berkelium"], "[247]", (7, 3, Actinide)),
    el(98, "Cf", ["Калифорний", "Калифорний", "Californium"], "[251]", (7, 3, Actinide)),
    el(99, "Es", ["Эйнштейний", "Эйнштейний", "Einsteinium"], "[252]", (7, 3, Actinide)),
    el(100, "Fm", ["Фермий", "Фермий", "Fermium"], "[257]", (7, 3, Actinide)),
    el(101, "Md", ["Менделевий", "Менделевий", "Mendelevium"], "[258]", (7, 3, Actinide)),
    el(102, "No", ["Нобелий", "Нобелий", "Nobelium"], "[259]", (7, 3, Actinide)),
    el(103, "Lr", ["Лоуренсий", "Лоуренсий", "Lawrencium"], "[266]", (7, 3, Actinide)),
    el(104, "Rf", ["Резерфордий", "Резерфордий", "Rutherfordium"], "[267]", (7, 4, Main)),
    el(105, "Db", ["Дубний", "Дубний", "Dubnium"], "[268]", (7, 5, Main)),
    el(106, "Sg", ["Сиборгий", "Сиборгий", "Seaborgium"], "[269]", (7, 6, Main)),
    el(107, "Bh", ["Борий", "Борий", "Bohrium"], "[270]", (7, 7, Main)),
    el(108, "Hs", ["Хассий", "Хассий", "Hassium"], "[269]", (7, 8, Main)),
    el(109, "Mt", ["Мейтнерий", "Мейтнерий", "Meitnerium"], "[278]", (7, 9, Main)),
    el(110, "Ds", ["Дармштадтий", "Дармштадтий", "Darmstadtium"], "[281]", (7, 10, Main)),
    el(111, "Rg", ["Рентгений", "Рентгений", "Roentgenium"], "[282]", (7, 11, Main)),
    el(112, "Cn", ["Коперниций", "Коперниций", "Copernicium"], "[285]", (7, 12, Main)),
    el(113, "Nh", ["Нихоний", "Нихоний", "Nihonium"], "[286]", (7, 13, Main)),
    el(114, "Fl", ["Флеровий", "Флеровий", "Flerovium"], "[289]", (7, 14, Main)),
    el(115, "Mc", ["Московий", "Московий", "Moscovium"], "[290]", (7, 15, Main)),
    el(116, "Lv", ["Ливерморий", "Ливерморий", "Livermorium"], "[293]", (7, 16, Main)),
    el(117, "Ts", ["Теннессин", "Теннессин", "Tennessine"], "[294]", (7, 17, Main)),
    el(118, "Og", ["Оганесон", "Оганесон", "Oganesson"], "[294]", (7, 18, Main)),
];

/// Atomic number of chlorine, the one element whose test mass is not a whole number.
const CHLORINE: u8 = 17;

/// The mass used in calculations on the test (rounded; Cl 35.5): `None` for elements whose table
/// mass is in brackets.
///
/// The table mass rounded to the nearest whole number (halves away from zero), except
/// chlorine, 35.5: H 1, C 12, O 16, Na 23, Fe 56, Cu 64, Zn 65, Br 80, Ag 108, I 127, Ba 137.
/// `None` as well for a number outside 1..=118.
pub fn test_mass(number: u8) -> Option<f64> {
    let index = usize::from(number).checked_sub(1)?;
    let element = ELEMENTS.get(index)?;
    if element.mass.starts_with('[') {
        return None;
    }
    if number == CHLORINE {
        return Some(35.5);
    }
    element.mass.parse::<f64>().ok().map(f64::round)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Period, group and series of an element, derived from its atomic number alone.
    fn place_of(number: u8) -> (u8, u8, Series) {
        const PERIOD_ENDS: [u8; 7] = [2, 10, 18, 36, 54, 86, 118];
        let period_index = PERIOD_ENDS.iter().position(|&end| number <= end).unwrap();
        let period = u8::try_from(period_index + 1).unwrap();
        let start = if period_index == 0 {
            1
        } else {
            PERIOD_ENDS[period_index - 1] + 1
        };
        let pos = number - start; // 0-based position in the period
        match period {
            1 => (1, if number == 1 { 1 } else { 18 }, Main),
            2 | 3 => (period, if pos < 2 { pos + 1 } else { pos + 11 }, Main),
            4 | 5 => (period, pos + 1, Main),
            _ => {
                let series = if period == 6 { Lanthanide } else { Actinide };
                match pos {
                    0 | 1 => (period, pos + 1, Main),
                    2..=16 => (period, 3, series),
                    _ => (period, pos - 13, Main),
                }
            }
        }
    }

    fn by_symbol(symbol: &str) -> &'static Element {
        ELEMENTS.iter().find(|e| e.symbol == symbol).unwrap()
    }

    #[test]
    fn all_118_elements_are_listed_in_order() {
        assert_eq!(ELEMENTS.len(), 118);
        for (i, e) in ELEMENTS.iter().enumerate() {
            assert_eq!(usize::from(e.number), i + 1, "{}", e.symbol);
        }
        assert_eq!(ELEMENTS[0].symbol, "H");
        assert_eq!(ELEMENTS[117].symbol, "Og");
    }

    #[test]
    fn symbols_are_unique_and_well_formed() {
        let mut seen = HashSet::new();
        for e in ELEMENTS {
            assert!(seen.insert(e.symbol), "duplicate symbol {}", e.symbol);
            let mut chars = e.symbol.chars();
            assert!(chars.next().unwrap().is_ascii_uppercase(), "{}", e.symbol);
            assert!(chars.all(|c| c.is_ascii_lowercase()), "{}", e.symbol);
            assert!((1..=2).contains(&e.symbol.len()), "{}", e.symbol);
        }
        // Symbols a student writes every day.
        for (symbol, number) in [("Na", 11), ("K", 19), ("Fe", 26), ("Ag", 47), ("Hg", 80)] {
            assert_eq!(by_symbol(symbol).number, number);
        }
    }

    #[test]
    fn period_and_group_follow_from_the_atomic_number() {
        for e in ELEMENTS {
            assert_eq!(
                (e.period, e.group, e.series),
                place_of(e.number),
                "{} ({})",
                e.symbol,
                e.number
            );
            assert!((1..=7).contains(&e.period) && (1..=18).contains(&e.group));
        }
        // Spot checks a student would notice.
        assert_eq!((by_symbol("Cl").period, by_symbol("Cl").group), (3, 17));
        assert_eq!((by_symbol("Fe").period, by_symbol("Fe").group), (4, 8));
        assert_eq!((by_symbol("Ba").period, by_symbol("Ba").group), (6, 2));
        assert_eq!(by_symbol("U").series, Actinide);
        assert_eq!(by_symbol("La").series, Lanthanide);
        assert_eq!(by_symbol("Hf").group, 4);
    }

    #[test]
    fn there_are_15_lanthanides_and_15_actinides() {
        let count = |s: Series| ELEMENTS.iter().filter(|e| e.series == s).count();
        assert_eq!(count(Lanthanide), 15);
        assert_eq!(count(Actinide), 15);
        // Each period holds 2, 8, 8, 18, 18, 32, 32 elements.
        for (period, size) in [(1, 2), (2, 8), (3, 8), (4, 18), (5, 18), (6, 32), (7, 32)] {
            assert_eq!(ELEMENTS.iter().filter(|e| e.period == period).count(), size);
        }
    }

    #[test]
    fn every_name_is_present_in_all_three_languages() {
        for e in ELEMENTS {
            for name in [e.name_kk, e.name_ru, e.name_en] {
                assert!(!name.is_empty(), "{}", e.symbol);
                assert_eq!(name.trim(), name, "{}: {name:?}", e.symbol);
                assert!(name.chars().next().unwrap().is_uppercase(), "{name}");
            }
            // Kazakh and Russian names are written in Cyrillic, English ones in Latin letters.
            for name in [e.name_kk, e.name_ru] {
                assert!(
                    name.chars().all(|c| ('\u{400}'..='\u{4ff}').contains(&c)),
                    "{}: {name:?} is not all Cyrillic",
                    e.symbol
                );
            }
            assert!(
                e.name_en.chars().all(|c| c.is_ascii_alphabetic()),
                "{}",
                e.name_en
            );
        }
    }

    #[test]
    fn kazakh_names_are_the_textbook_ones() {
        for (symbol, kk) in [
            ("H", "Сутек"),
            ("C", "Көміртек"),
            ("O", "Оттек"),
            ("S", "Күкірт"),
            ("Fe", "Темір"),
            ("Cu", "Мыс"),
            ("Zn", "Мырыш"),
            ("Ag", "Күміс"),
            ("Sn", "Қалайы"),
            ("Au", "Алтын"),
            ("Hg", "Сынап"),
            ("Pb", "Қорғасын"),
            ("N", "Азот"),
            ("Na", "Натрий"),
        ] {
            assert_eq!(by_symbol(symbol).name_kk, kk);
        }
        assert_eq!(by_symbol("Cu").name_ru, "Медь");
        assert_eq!(by_symbol("S").name_en, "Sulfur");
    }

    #[test]
    fn masses_are_in_brackets_exactly_for_elements_without_stable_isotopes() {
        for e in ELEMENTS {
            let radioactive_only = e.number == 43
                || e.number == 61
                || (e.number >= 84 && !(90..=92).contains(&e.number));
            let bracketed = e.mass.starts_with('[');
            assert_eq!(bracketed, radioactive_only, "{} {}", e.symbol, e.mass);
            if bracketed {
                let inner = e.mass.strip_prefix('[').unwrap().strip_suffix(']').unwrap();
                let mass_number: u16 = inner.parse().unwrap();
                assert!(
                    mass_number > 2 * u16::from(e.number),
                    "{} {}",
                    e.symbol,
                    e.mass
                );
            } else {
                let (whole, fraction) = e.mass.split_once('.').unwrap();
                assert!(!whole.is_empty() && !fraction.is_empty(), "{}", e.mass);
                assert!(e.mass.chars().all(|c| c.is_ascii_digit() || c == '.'));
                let mass: f64 = e.mass.parse().unwrap();
                // A relative atomic mass lies between Z and 3Z (H 1.008 … U 238.03).
                assert!(mass >= f64::from(e.number) && mass < 3.0 * f64::from(e.number));
            }
        }
        assert_eq!(by_symbol("Ra").mass, "[226]");
        assert_eq!(by_symbol("U").mass, "238.03");
    }

    #[test]
    fn masses_grow_with_the_number_except_the_four_known_inversions() {
        let printed: Vec<(u8, f64)> = ELEMENTS
            .iter()
            .filter(|e| !e.mass.starts_with('['))
            .map(|e| (e.number, e.mass.parse().unwrap()))
            .collect();
        let inversions: Vec<(u8, u8)> = printed
            .windows(2)
            .filter(|w| w[1].1 <= w[0].1)
            .map(|w| (w[0].0, w[1].0))
            .collect();
        // Ar/K, Co/Ni, Te/I, Th/Pa: the pairs Mendeleev put by properties, not by mass.
        assert_eq!(inversions, [(18, 19), (27, 28), (52, 53), (90, 91)]);
    }

    #[test]
    fn test_masses_are_the_rounded_ones_used_in_calculations() {
        for (symbol, mass) in [
            ("H", 1.0),
            ("C", 12.0),
            ("N", 14.0),
            ("O", 16.0),
            ("Na", 23.0),
            ("Mg", 24.0),
            ("Al", 27.0),
            ("S", 32.0),
            ("Cl", 35.5),
            ("K", 39.0),
            ("Ca", 40.0),
            ("Fe", 56.0),
            ("Cu", 64.0),
            ("Zn", 65.0),
            ("Br", 80.0),
            ("Ag", 108.0),
            ("I", 127.0),
            ("Ba", 137.0),
            ("Pb", 207.0),
        ] {
            assert_eq!(test_mass(by_symbol(symbol).number), Some(mass), "{symbol}");
        }
    }

    #[test]
    fn test_mass_is_none_for_bracketed_masses_and_unknown_numbers() {
        assert_eq!(test_mass(0), None);
        assert_eq!(test_mass(119), None);
        assert_eq!(test_mass(u8::MAX), None);
        for e in ELEMENTS {
            let mass = test_mass(e.number);
            if e.mass.starts_with('[') {
                assert_eq!(mass, None, "{}", e.symbol);
            } else {
                // Within half a unit of the printed mass (chlorine: 35.45 → 35.5).
                let printed: f64 = e.mass.parse().unwrap();
                let mass = mass.unwrap();
                assert!((mass - printed).abs() <= 0.5, "{} {mass}", e.symbol);
            }
        }
        assert_eq!(test_mass(92), Some(238.0));
    }
}
