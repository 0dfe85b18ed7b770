//! Pure scoring of items, sections and thresholds by the blueprint's rules.
