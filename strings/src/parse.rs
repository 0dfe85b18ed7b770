//! The parser of the catalog's Fluent subset: text in, messages or every fault with its line out.
//!
//! Grammar (Fluent 1.0's EBNF cut down; `blank_inline` is spaces only, `blank` is spaces and line
//! ends, `line_end` is `\n` — `\r\n` is read as `\n`):
//!
//! ```text
//! resource     ::= (comment | blank_line | message)*
//! comment      ::= ("#" | "##" | "###") (" " any* )? line_end
//! message      ::= id blank_inline? "=" pattern            id: [a-z][a-z0-9_]*
//! pattern      ::= blank_inline? first line (text | placeable)*
//!                  then any number of continuation lines: after blank lines, a line indented by
//!                  at least one space whose first character is not `}` `.` `[` `*`, or a line
//!                  whose first non-space character is `{`
//! placeable    ::= "{" blank? "$" name blank? "}"
//!                | "{" blank? "$" name blank? "->" blank_inline? variant+ line_end blank? "}"
//! variant      ::= line_end blank? "*"? "[" blank? key blank? "]" pattern
//! key          ::= [0-9]+ | [a-zA-Z][a-zA-Z0-9_-]*       name: [a-z][a-z0-9_]*
//! ```
//!
//! Exactly one variant of a select is marked `*` (the default) and no key appears twice. Text
//! is any character but `{`, `}` and a line end. A pattern's value is dedented as Fluent does
//! it: the smallest indentation among its continuation lines is removed from each, each line
//! break is kept as `\n` (blank lines too), and spaces and line breaks at the very end are
//! dropped.
//!
//! Invariants: the parser never panics and never loops (each step consumes input or ends); every
//! fault names the line where the offending construct starts; after a fault it skips to the
//! next line that can start an entry (a letter, `#` or `-` in the first column), so one broken
//! entry hides no fault of the others.

use std::collections::BTreeMap;

use crate::ast::{Element, Key, Pattern, Select, Variant};

/// A parsed message and the line its id is on.
#[derive(Debug)]
pub(crate) struct Entry {
    /// The id.
    pub id: String,
    /// 1-based line of the id.
    pub line: usize,
    /// The value.
    pub value: Pattern,
}

/// What is wrong, and on which 1-based line.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Fault {
    /// 1-based line.
    pub line: usize,
    /// What is wrong, in English, with what to do where it helps.
    pub what: String,
}

/// Parses `text`: the entries, in file order, when there is no fault; otherwise every fault.
pub(crate) fn parse(text: &str) -> Result<Vec<Entry>, Vec<Fault>> {
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(text)
        .replace("\r\n", "\n");
    let mut p = Parser::new(&text);
    let mut entries = Vec::new();
    let mut faults = Vec::new();
    let mut first_line: BTreeMap<String, usize> = BTreeMap::new();
    while let Some(c) = p.cur() {
        let start = p.pos;
        let step = match c {
            b'\n' => {
                p.pos += 1;
                Ok(None)
            }
            b'#' => p.comment().map(|()| None),
            b' ' => p.indented_line().map(|()| None),
            b'\t' => p.fail(start, "a tab: Fluent indents with spaces only"),
            b'-' => p.fail(
                start,
                "terms (`-name = …`) are not supported: write the words out",
            ),
            c if c.is_ascii_alphabetic() => p.message().map(Some),
            _ => p.fail(
                start,
                "expected a message `id = value`, a comment `# …` or a blank line",
            ),
        };
        match step {
            Ok(Some(entry)) => {
                if let Some(first) = first_line.get(&entry.id) {
                    let what = format!("`{}` is defined twice (first on line {first})", entry.id);
                    faults.push(Fault {
                        line: entry.line,
                        what,
                    });
                } else {
                    first_line.insert(entry.id.clone(), entry.line);
                    entries.push(entry);
                }
            }
            Ok(None) => {}
            Err(fault) => {
                faults.push(fault);
                p.recover(start);
            }
        }
    }
    if faults.is_empty() {
        Ok(entries)
    } else {
        Err(faults)
    }
}

/// Select expressions nest at most this deep (a guard against runaway recursion).
const MAX_DEPTH: usize = 4;

struct Parser<'s> {
    s: &'s str,
    b: &'s [u8],
    pos: usize,
    /// Byte offset of the start of each line.
    line_starts: Vec<usize>,
    depth: usize,
}

type Step<T> = Result<T, Fault>;

impl<'s> Parser<'s> {
    fn new(s: &'s str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(
                s.bytes()
                    .enumerate()
                    .filter(|&(_, c)| c == b'\n')
                    .map(|(i, _)| i + 1),
            )
            .collect();
        Parser {
            s,
            b: s.as_bytes(),
            pos: 0,
            line_starts,
            depth: 0,
        }
    }

    fn cur(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn line_of(&self, pos: usize) -> usize {
        self.line_starts.partition_point(|&start| start <= pos)
    }

    fn fail<T>(&self, pos: usize, what: impl Into<String>) -> Step<T> {
        Err(Fault {
            line: self.line_of(pos),
            what: what.into(),
        })
    }

    fn at_line_end(&self) -> bool {
        matches!(self.cur(), None | Some(b'\n'))
    }

    /// Skips spaces; returns how many.
    fn skip_blank_inline(&mut self) -> usize {
        let start = self.pos;
        while self.cur() == Some(b' ') {
            self.pos += 1;
        }
        self.pos - start
    }

    /// Skips spaces and line ends.
    fn skip_blank(&mut self) {
        while matches!(self.cur(), Some(b' ' | b'\n')) {
            self.pos += 1;
        }
    }

    /// From a line end (or the end of input) at `at`: the start of the next line that is not
    /// blank, and how many line ends lie before it.
    fn blank_block_end(&self, mut at: usize) -> (usize, usize) {
        let mut line_ends = 0;
        loop {
            let mut q = at;
            while self.b.get(q) == Some(&b' ') {
                q += 1;
            }
            if self.b.get(q) != Some(&b'\n') {
                return (at, line_ends);
            }
            line_ends += 1;
            at = q + 1;
        }
    }

    /// Whether the line starting at `at` continues a pattern.
    fn continues_pattern(&self, at: usize) -> bool {
        let mut q = at;
        while self.b.get(q) == Some(&b' ') {
            q += 1;
        }
        match self.b.get(q) {
            Some(b'{') => true,
            None | Some(b'\n' | b'}' | b'.' | b'[' | b'*') => false,
            Some(_) => q > at,
        }
    }

    /// `[a-zA-Z][a-zA-Z0-9_-]*` at the cursor, consumed; `None` (nothing consumed) otherwise.
    fn identifier(&mut self) -> Option<&'s str> {
        let start = self.pos;
        if !self.cur().is_some_and(|c| c.is_ascii_alphabetic()) {
            return None;
        }
        while self
            .cur()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
        {
            self.pos += 1;
        }
        Some(&self.s[start..self.pos])
    }

    /// After a fault in the entry that began at `start`: on to the next line that can begin an
    /// entry. A line that begins with one at the cursor (a select left open before the next
    /// message) is kept.
    fn recover(&mut self, start: usize) {
        let line_start = |p: usize| p == 0 || self.b.get(p - 1) == Some(&b'\n');
        let begins_entry = |p: usize| {
            self.b
                .get(p)
                .is_some_and(|&c| c.is_ascii_alphabetic() || c == b'#' || c == b'-')
        };
        if self.pos > start && line_start(self.pos) && begins_entry(self.pos) {
            return;
        }
        self.pos = self.pos.max(start);
        loop {
            while !self.at_line_end() {
                self.pos += 1;
            }
            if self.cur().is_none() {
                return;
            }
            self.pos += 1;
            if begins_entry(self.pos) {
                return;
            }
        }
    }

    /// `#`, `##` or `###`, then a space and anything, or the line end.
    fn comment(&mut self) -> Step<()> {
        let start = self.pos;
        while self.cur() == Some(b'#') {
            self.pos += 1;
        }
        if self.pos - start > 3 || !matches!(self.cur(), None | Some(b'\n' | b' ')) {
            return self.fail(start, "a comment is `#`, `##` or `###`, then a space");
        }
        while !self.at_line_end() {
            self.pos += 1;
        }
        Ok(())
    }

    /// A line starting with spaces outside any value: blank, or a fault.
    fn indented_line(&mut self) -> Step<()> {
        self.skip_blank_inline();
        let at = self.pos;
        match self.cur() {
            None | Some(b'\n') => Ok(()),
            Some(b'.') => self.fail(
                at,
                "attributes (`.name = …`) are not supported: make a message of it",
            ),
            Some(b'[' | b'*') => self.fail(at, "a variant outside a select expression"),
            Some(b'}') => self.fail(at, "a `}` that closes nothing"),
            Some(_) => self.fail(at, "an indented line that continues no message"),
        }
    }

    /// `id = value`; the cursor is on the id's first letter.
    fn message(&mut self) -> Step<Entry> {
        let start = self.pos;
        self.depth = 0;
        let id = self.identifier().unwrap_or_default();
        if !is_snake_case(id) {
            return self.fail(
                start,
                format!("the id `{id}` is not snake_case ([a-z][a-z0-9_]*)"),
            );
        }
        self.skip_blank_inline();
        if self.cur() != Some(b'=') {
            return self.fail(self.pos, format!("expected `=` after the id `{id}`"));
        }
        self.pos += 1;
        let Some(value) = self.maybe_pattern()? else {
            let (next, _) = self.blank_block_end(self.pos);
            let mut q = next;
            while self.b.get(q) == Some(&b' ') {
                q += 1;
            }
            if q > next && self.b.get(q) == Some(&b'.') {
                return self.fail(
                    q,
                    "attributes (`.name = …`) are not supported: make a message of it",
                );
            }
            return self.fail(start, format!("the message `{id}` has no value"));
        };
        Ok(Entry {
            id: id.to_string(),
            line: self.line_of(start),
            value,
        })
    }

    /// A pattern on this line or starting on a continuation line; `None` if there is none.
    fn maybe_pattern(&mut self) -> Step<Option<Pattern>> {
        self.skip_blank_inline();
        if !self.at_line_end() {
            return self.pattern(false).map(Some);
        }
        let (next, _) = self.blank_block_end(self.pos);
        if self.continues_pattern(next) {
            self.pos = next;
            return self.pattern(true).map(Some);
        }
        Ok(None)
    }

    /// A pattern from the cursor; `block` when it starts on its own (indented) line. Ends on the
    /// line end (not consumed) after which no continuation line follows, or at the end of input.
    fn pattern(&mut self, block: bool) -> Step<Pattern> {
        let mut raw = Vec::new();
        let mut common: Option<usize> = None;
        if block {
            let width = self.skip_blank_inline();
            raw.push(Raw::Indent {
                line_ends: 0,
                width,
            });
            common = Some(width);
        }
        while let Some(c) = self.cur() {
            match c {
                b'\n' => {
                    let (next, line_ends) = self.blank_block_end(self.pos);
                    if !self.continues_pattern(next) {
                        break;
                    }
                    self.pos = next;
                    let width = self.skip_blank_inline();
                    common = Some(common.map_or(width, |c| c.min(width)));
                    raw.push(Raw::Indent { line_ends, width });
                }
                b'{' => raw.push(Raw::Placeable(self.placeable()?)),
                b'}' => {
                    return self.fail(
                        self.pos,
                        "a `}` that closes nothing (text cannot hold `{` or `}`)",
                    );
                }
                _ => {
                    let start = self.pos;
                    while !matches!(self.cur(), None | Some(b'{' | b'}' | b'\n')) {
                        self.pos += 1;
                    }
                    raw.push(Raw::Text(&self.s[start..self.pos]));
                }
            }
        }
        Ok(dedent(raw, common.unwrap_or(0)))
    }

    /// `{ $name }` or `{ $name -> variants }`; the cursor is on `{`.
    fn placeable(&mut self) -> Step<Element> {
        let open = self.pos;
        self.pos += 1;
        self.skip_blank();
        let at = self.pos;
        match self.cur() {
            Some(b'$') => {}
            Some(b'-') if self.b.get(at + 1).is_some_and(u8::is_ascii_digit) => {
                return self.fail(at, "number literals are not supported");
            }
            Some(b'-') => {
                return self.fail(
                    at,
                    "terms (`{ -name }`) are not supported: write the words out",
                );
            }
            Some(b'"') => return self.fail(at, "string literals (`{ \"…\" }`) are not supported"),
            Some(c) if c.is_ascii_digit() => {
                return self.fail(at, "number literals are not supported");
            }
            Some(b'{') => return self.fail(at, "a placeable inside a placeable"),
            Some(c) if c.is_ascii_alphabetic() => {
                let name = self.identifier().unwrap_or_default();
                self.skip_blank();
                return if self.cur() == Some(b'(') {
                    self.fail(at, format!("functions (`{name}(…)`) are not supported"))
                } else {
                    self.fail(
                        at,
                        format!("message references (`{{ {name} }}`) are not supported"),
                    )
                };
            }
            _ => return self.fail(at, "expected a variable `{ $name }`"),
        }
        self.pos += 1;
        let name = self.identifier().unwrap_or_default();
        if !is_snake_case(name) {
            return self.fail(
                at,
                format!("the variable `${name}` is not snake_case ([a-z][a-z0-9_]*)"),
            );
        }
        self.skip_blank();
        let element = if self.b.get(self.pos..self.pos + 2) == Some(b"->") {
            self.pos += 2;
            Element::Select(self.select(open, name)?)
        } else {
            Element::Var(name.to_string())
        };
        self.skip_blank();
        if self.cur() != Some(b'}') {
            return self.fail(self.pos, "expected `}`");
        }
        self.pos += 1;
        Ok(element)
    }

    /// The variants after `{ $selector ->`; `open` is the `{`.
    fn select(&mut self, open: usize, selector: &str) -> Step<Select> {
        if self.depth == MAX_DEPTH {
            return self.fail(open, format!("selects nested more than {MAX_DEPTH} deep"));
        }
        self.skip_blank_inline();
        if !self.at_line_end() {
            return self.fail(
                self.pos,
                "each variant of a select starts on a line of its own",
            );
        }
        self.depth += 1;
        let mut variants: Vec<Variant> = Vec::new();
        let mut default = None;
        while self.cur() == Some(b'\n') {
            let before = self.pos;
            self.skip_blank();
            let at = self.pos;
            let is_default = self.cur() == Some(b'*');
            if is_default {
                self.pos += 1;
            }
            if self.cur() != Some(b'[') {
                if is_default {
                    return self.fail(self.pos, "expected `[` after `*`");
                }
                self.pos = before;
                break;
            }
            self.pos += 1;
            self.skip_blank();
            let key = self.variant_key()?;
            self.skip_blank();
            if self.cur() != Some(b']') {
                return self.fail(self.pos, "expected `]` after the variant key");
            }
            self.pos += 1;
            let shown = match &key {
                Key::Number(n) | Key::Name(n) => n.clone(),
            };
            if variants.iter().any(|v| v.key == key) {
                return self.fail(
                    at,
                    format!("the key `[{shown}]` appears twice in one select"),
                );
            }
            if is_default {
                if default.is_some() {
                    return self.fail(
                        at,
                        "a second default variant: a select has exactly one `*[…]`",
                    );
                }
                default = Some(variants.len());
            }
            let Some(value) = self.maybe_pattern()? else {
                return self.fail(at, format!("the variant `[{shown}]` has no value"));
            };
            variants.push(Variant { key, value });
        }
        self.depth -= 1;
        if variants.is_empty() {
            return self.fail(open, "a select expression without variants");
        }
        let Some(default) = default else {
            return self.fail(open, "a select expression needs a default variant `*[…]`");
        };
        Ok(Select {
            selector: selector.to_string(),
            variants,
            default,
        })
    }

    /// A whole number or a name, inside `[…]`.
    fn variant_key(&mut self) -> Step<Key> {
        let at = self.pos;
        if let Some(name) = self.identifier() {
            return Ok(Key::Name(name.to_string()));
        }
        if !self.cur().is_some_and(|c| c.is_ascii_digit()) {
            return self.fail(at, "a variant key is a plural category (`one`, `few`, `other`, …), a whole number or a name");
        }
        while self.cur().is_some_and(|c| c.is_ascii_digit()) {
            self.pos += 1;
        }
        if self.cur() == Some(b'.') {
            return self.fail(at, "a number key is a whole number");
        }
        let digits = self.s[at..self.pos].trim_start_matches('0');
        Ok(Key::Number(
            if digits.is_empty() { "0" } else { digits }.to_string(),
        ))
    }
}

/// `[a-z][a-z0-9_]*`.
fn is_snake_case(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|c| c.is_ascii_lowercase())
        && bytes.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
}

/// A pattern's pieces before dedenting.
enum Raw<'s> {
    Text(&'s str),
    /// The start of a continuation line: the line ends before it and its indentation.
    Indent {
        line_ends: usize,
        width: usize,
    },
    Placeable(Element),
}

/// Removes `common` spaces from each continuation line, merges adjacent text and drops the
/// trailing spaces and line ends of the last text (Fluent's rules).
fn dedent(raw: Vec<Raw<'_>>, common: usize) -> Pattern {
    fn push_text(out: &mut Vec<Element>, text: &str) {
        if text.is_empty() {
            return;
        }
        if let Some(Element::Text(last)) = out.last_mut() {
            last.push_str(text);
        } else {
            out.push(Element::Text(text.to_string()));
        }
    }
    let mut out: Vec<Element> = Vec::new();
    for piece in raw {
        match piece {
            Raw::Text(text) => push_text(&mut out, text),
            Raw::Indent { line_ends, width } => {
                let text = "\n".repeat(line_ends) + &" ".repeat(width.saturating_sub(common));
                push_text(&mut out, &text);
            }
            Raw::Placeable(element) => out.push(element),
        }
    }
    if let Some(Element::Text(last)) = out.last_mut() {
        let kept = last.trim_end_matches([' ', '\n']).len();
        last.truncate(kept);
        if last.is_empty() {
            out.pop();
        }
    }
    Pattern(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(src: &str) -> Vec<(String, String)> {
        let entries = parse(src).unwrap_or_else(|f| panic!("{f:?}"));
        entries
            .into_iter()
            .map(|e| match e.value.0.as_slice() {
                [Element::Text(t)] => (e.id, t.clone()),
                other => panic!("not plain text: {other:?}"),
            })
            .collect()
    }

    fn faults(src: &str) -> Vec<(usize, String)> {
        match parse(src) {
            Ok(entries) => panic!("parsed: {entries:?}"),
            Err(faults) => faults.into_iter().map(|f| (f.line, f.what)).collect(),
        }
    }

    /// The one fault of `src`: its line and that its text contains `needle`.
    fn refused(src: &str, line: usize, needle: &str) {
        let found = faults(src);
        assert_eq!(found.len(), 1, "{src:?}: {found:?}");
        assert_eq!(found[0].0, line, "{src:?}: {found:?}");
        assert!(found[0].1.contains(needle), "{src:?}: {found:?}");
    }

    #[test]
    fn multi_line_values_are_dedented_as_fluent_does() {
        let src = "\
### file comment
## section

# note
a = Value
    Continued here.
b =
    Value
    Continued here.
c =
    Value

    Continued here.
d =
        Value
    Continued
e = Value
        Continued
f =   trailing blanks are dropped   \n\n\n
g = [brackets] and *stars* and .dots mid-line
";
        let got = text_of(src);
        let want = [
            ("a", "Value\nContinued here."),
            ("b", "Value\nContinued here."),
            ("c", "Value\n\nContinued here."),
            ("d", "    Value\nContinued"),
            ("e", "Value\nContinued"),
            ("f", "trailing blanks are dropped"),
            ("g", "[brackets] and *stars* and .dots mid-line"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn crlf_and_a_byte_order_mark_are_read() {
        let got = text_of("\u{feff}# c\r\na = One\r\n    two\r\n");
        assert_eq!(got, vec![("a".to_string(), "One\ntwo".to_string())]);
    }

    #[test]
    fn a_select_parses_into_variants_with_one_default() {
        let src = "\
n = У вас { $count ->
    [0] нет вопросов
    [one] { $count } вопрос
    [few] { $count } вопроса
   *[many] { $count } вопросов
} сегодня.
";
        let entries = parse(src).unwrap();
        let [entry] = entries.as_slice() else {
            panic!("{entries:?}")
        };
        assert_eq!(entry.line, 1);
        let [Element::Text(a), Element::Select(s), Element::Text(b)] = entry.value.0.as_slice()
        else {
            panic!("{:?}", entry.value)
        };
        assert_eq!((a.as_str(), b.as_str()), ("У вас ", " сегодня."));
        assert_eq!(s.selector, "count");
        assert_eq!(s.default, 3);
        let keys: Vec<&Key> = s.variants.iter().map(|v| &v.key).collect();
        assert_eq!(
            keys,
            [
                &Key::Number("0".into()),
                &Key::Name("one".into()),
                &Key::Name("few".into()),
                &Key::Name("many".into())
            ]
        );
        assert_eq!(
            s.variants[1].value.0,
            [
                Element::Var("count".into()),
                Element::Text(" вопрос".into())
            ]
        );
    }

    #[test]
    fn a_value_may_start_with_a_placeable_on_the_next_line_and_selects_nest() {
        let src = "\
m =
    { $kind ->
        [single] one { $n ->
            [one] option
           *[other] options
        }
       *[other]
            several
    }
";
        let entries = parse(src).unwrap();
        let [Element::Select(outer)] = entries[0].value.0.as_slice() else {
            panic!("{:?}", entries[0].value)
        };
        assert!(matches!(outer.variants[0].value.0[1], Element::Select(_)));
        assert_eq!(outer.variants[1].value.0, [Element::Text("several".into())]);
    }

    #[test]
    fn each_unsupported_construct_is_refused_on_its_line() {
        refused("a = x\n-brand = Qazstep\n", 2, "terms");
        refused("a = x\nb = { -brand }\n", 2, "terms");
        refused("a = x\n    .title = T\n", 2, "attributes");
        refused("a =\n    .title = T\n", 2, "attributes");
        refused("# c\n\na = { NUMBER($n) }\n", 3, "functions");
        refused("a = { b }\n", 1, "message references");
        refused("a = x\n\nb = {\n  c\n}\n", 4, "message references");
        refused("a = { \"{\" }\n", 1, "string literals");
        refused("a = { 5 }\n", 1, "number literals");
        refused("a = { -5 }\n", 1, "number literals");
        refused("a = { { $x } }\n", 1, "placeable inside");
        refused("a = x }\n", 1, "closes nothing");
        refused("a = { $x\n", 2, "expected `}`");
    }

    #[test]
    fn selects_are_checked() {
        refused("a = { $n ->\n    [one] x\n    [other] y\n}\n", 1, "default");
        refused(
            "a = { $n ->\n   *[one] x\n   *[other] y\n}\n",
            3,
            "second default",
        );
        refused(
            "a = { $n ->\n    [one] x\n    [one] y\n   *[other] z\n}\n",
            3,
            "twice",
        );
        refused("a = { $n ->\n}\n", 1, "without variants");
        refused("a = { $n -> [one] x *[other] y }\n", 1, "line of its own");
        refused("a = { $n ->\n   *[other]\n}\n", 2, "no value");
        refused("a = { $n ->\n   *[1.5] x\n}\n", 2, "whole number");
        refused("a = { $n ->\n   *[-1] x\n}\n", 2, "variant key");
        refused("a = { $n ->\n   *[other] x\n", 3, "expected `}`");
        refused("a = { $n ->\n   *other] x\n}\n", 2, "expected `[`");
        refused(
            "a = { $n ->\n   [one x\n  *[other] y\n}\n",
            2,
            "expected `]`",
        );
        let deep = "a = { $n ->\n *[a] { $n ->\n *[a] { $n ->\n *[a] { $n ->\n *[a] { $n ->\n *[a] x\n}\n}\n}\n}\n}\n";
        refused(deep, 5, "nested");
    }

    #[test]
    fn ids_variables_and_comments_are_checked() {
        refused("Hello = x\n", 1, "snake_case");
        refused("hello-world = x\n", 1, "snake_case");
        refused("a = { $Count }\n", 1, "snake_case");
        refused("a = { $ }\n", 1, "snake_case");
        refused("a x\n", 1, "expected `=`");
        refused("a =\n\nb = y\n", 1, "no value");
        refused("#comment\n", 1, "comment");
        refused("#### comment\n", 1, "comment");
        refused("\ta = x\n", 1, "tab");
        refused("   stray text\n", 1, "continues no message");
        refused("# c\n    [one] x\n", 2, "variant outside");
        refused("# c\n  }\n", 2, "closes nothing");
        refused("1 = x\n", 1, "expected a message");
        refused(
            "a = x\nb = y\na = z\n",
            3,
            "defined twice (first on line 1)",
        );
    }

    #[test]
    fn any_cut_or_stray_character_gives_faults_not_a_panic_or_a_hang() {
        let text = include_str!("../ru.ftl");
        let cuts = text.char_indices().map(|(i, _)| i);
        for (n, at) in cuts.enumerate() {
            let _ = parse(&text[..at]);
            if n % 10 == 0 {
                for stray in ["{", "}", "\n", " ", "*[", "-", ".", "\t", "->"] {
                    let _ = parse(&format!("{}{stray}{}", &text[..at], &text[at..]));
                }
            }
        }
    }

    #[test]
    fn every_broken_entry_is_reported_and_the_rest_still_parse() {
        let src = "\
a = { NUMBER($n) }
b = fine
-term = x
    .attr = y
c = { $n ->
    [one] x
}
d = { $n ->
   *[other] x
e = ok
f = { other }
";
        let found = faults(src);
        let lines: Vec<usize> = found.iter().map(|f| f.0).collect();
        // `d` leaves its select open before `e`: `e` is still read (and is fine).
        assert_eq!(lines, [1, 3, 5, 10, 11], "{found:?}");
    }
}
