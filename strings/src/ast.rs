//! The syntax tree of a parsed message, shared by the parser and the formatter.
//!
//! Invariants (established by the parser): texts are non-empty and never adjacent; a select has
//! at least one variant, no key twice, and `default` indexes one of them.

/// A message's value: text and placeables in order, adjacent texts merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Pattern(pub Vec<Element>);

/// One piece of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Element {
    /// Literal text.
    Text(String),
    /// `{ $name }`.
    Var(String),
    /// `{ $name -> … }`.
    Select(Select),
}

/// A select expression on a variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Select {
    /// The variable's name, without `$`.
    pub selector: String,
    /// The variants in file order; at least one.
    pub variants: Vec<Variant>,
    /// The index in `variants` of the default `*[…]`.
    pub default: usize,
}

/// One `[key] value` of a select.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Variant {
    /// Its key.
    pub key: Key,
    /// Its value.
    pub value: Pattern,
}

/// A variant key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Key {
    /// A whole number, its digits without leading zeros (`0` for zero).
    Number(String),
    /// A plural category or another name.
    Name(String),
}
