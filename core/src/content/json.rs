//! A JSON tree that borrows from the pack's bytes, read once by the validator.
//!
//! Invariants:
//! - Parsing is serde_json's (same grammar, same recursion limit, same line/column errors); only
//!   the tree differs from [`serde_json::Value`]: strings and keys without escapes borrow from the
//!   input instead of being copied, and an object is its members in document order rather than
//!   a sorted map. A 20,000-question pack is thus read with one allocation per array and object
//!   instead of one per string plus a map node per member.
//! - Lookups behave like `Value`'s: a key given twice means its last value. The tree keeps
//!   every occurrence, so [`repeated_keys`] can tell the validator, which refuses them (a
//!   `Value` would silently drop all but the last).
//! - [`Json::to_value`] gives back exactly the `Value` serde_json would have parsed.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

use crate::validation::Problem;

/// One JSON value, borrowing its strings from the parsed text where it can.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Json<'a> {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_json reads it.
    Number(Number),
    /// A string.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object: its members in document order.
    Object(Vec<(Cow<'a, str>, Json<'a>)>),
}

impl<'a> Json<'a> {
    /// Borrows a parsed [`Value`] as a tree (for callers that already hold one).
    pub(crate) fn from_value(v: &'a Value) -> Self {
        match v {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(n.clone()),
            Value::String(s) => Json::String(Cow::Borrowed(s)),
            Value::Array(items) => Json::Array(items.iter().map(Json::from_value).collect()),
            Value::Object(map) => Json::Object(
                map.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), Json::from_value(v)))
                    .collect(),
            ),
        }
    }

    /// The owned [`Value`] of this tree.
    pub(crate) fn to_value(&self) -> Value {
        match self {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(*b),
            Json::Number(n) => Value::Number(n.clone()),
            Json::String(s) => Value::String(s.to_string()),
            Json::Array(items) => Value::Array(items.iter().map(Json::to_value).collect()),
            Json::Object(members) => {
                let mut map = Map::new();
                for (k, v) in members {
                    map.insert(k.to_string(), v.to_value());
                }
                Value::Object(map)
            }
        }
    }

    /// The value of `key` when this is an object that has it (the last one, if repeated).
    pub(crate) fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.as_object()?
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// The members, when this is an object.
    pub(crate) fn as_object(&self) -> Option<&[(Cow<'a, str>, Json<'a>)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// The items, when this is an array.
    pub(crate) fn as_array(&self) -> Option<&[Json<'a>]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The text, when this is a string.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// Like [`Value::as_i64`].
    pub(crate) fn as_i64(&self) -> Option<i64> {
        match self {
            Json::Number(n) => n.as_i64(),
            _ => None,
        }
    }

    /// Like [`Value::as_u64`].
    pub(crate) fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.as_u64(),
            _ => None,
        }
    }

    /// Whether this is `null`.
    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }

    /// Whether this is an object.
    pub(crate) fn is_object(&self) -> bool {
        matches!(self, Json::Object(_))
    }
}

/// The keys an object's `members` give more than once, each listed once, in the order of
/// their second occurrence. Allocates nothing when there are none.
pub(crate) fn repeated_keys<'m>(members: &'m [(Cow<'_, str>, Json<'_>)]) -> Vec<&'m str> {
    // Objects come with a handful of members: compare pairwise. A map keeps a huge (invalid)
    // object from taking quadratic time.
    const FEW: usize = 16;
    let mut out = Vec::new();
    if members.len() <= FEW {
        for (i, (key, _)) in members.iter().enumerate() {
            if members[..i].iter().filter(|(k, _)| k == key).count() == 1 {
                out.push(key.as_ref());
            }
        }
    } else {
        let mut counts: std::collections::HashMap<&str, u32> =
            std::collections::HashMap::with_capacity(members.len());
        for (key, _) in members {
            let count = counts.entry(key.as_ref()).or_insert(0);
            *count += 1;
            if *count == 2 {
                out.push(key.as_ref());
            }
        }
    }
    out
}

/// The problem of a key given twice in one object: only the last value would be read, and
/// which one the author meant is a guess (a `correct` given twice is a wrong answer key).
pub(crate) fn repeated_message(key: &str) -> String {
    format!("duplicate field \"{key}\" (each field may be given once)")
}

/// Every key repeated in an object anywhere under `value`, as problems at `path.key` (`path`
/// is that of `value`, empty for the root), in document order.
pub(crate) fn repeated_fields(value: &Json<'_>, path: &str, out: &mut Vec<Problem>) {
    let join = |key: &str| {
        if path.is_empty() || path == "$" {
            key.to_string()
        } else {
            format!("{path}.{key}")
        }
    };
    match value {
        Json::Object(members) => {
            for key in repeated_keys(members) {
                out.push(Problem::new(join(key), repeated_message(key)));
            }
            for (key, child) in members {
                if matches!(child, Json::Object(_) | Json::Array(_)) {
                    repeated_fields(child, &join(key), out);
                }
            }
        }
        Json::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                if matches!(item, Json::Object(_) | Json::Array(_)) {
                    repeated_fields(item, &format!("{path}[{i}]"), out);
                }
            }
        }
        _ => {}
    }
}

/// A string that borrows from the input when it has no escapes.
struct Str<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Str<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StrVisitor;
        impl<'de> Visitor<'de> for StrVisitor {
            type Value = Str<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v.to_string())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
                Ok(Str(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_str(StrVisitor)
    }
}

impl<'de> Deserialize<'de> for Json<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Json::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Json::deserialize(d)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Json::Bool(v))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Json::Number(v.into()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        // serde_json never yields a non-finite number; Value maps one to null all the same.
        Ok(Number::from_f64(v).map_or(Json::Null, Json::Number))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Json::String(Cow::Borrowed(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Json::String(Cow::Owned(v.to_string())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Json::String(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(4096));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(0).min(64));
        while let Some(Str(key)) = map.next_key()? {
            let value = map.next_value()?;
            members.push((key, value));
        }
        Ok(Json::Object(members))
    }
}

/// Parses `text` into a borrowed tree; errors are serde_json's (with line and column).
pub(crate) fn parse(text: &[u8]) -> serde_json::Result<Json<'_>> {
    serde_json::from_slice(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_matches_value_and_borrows_plain_strings() {
        let text = br#"{"b": [1, -2, 2.5, 18446744073709551615, true, null],
                        "a": {"k": "\u0430\"x", "k": "last"}, "s": "plain"}"#;
        let json = parse(text).unwrap();
        let value: Value = serde_json::from_slice(text).unwrap();
        assert_eq!(json.to_value(), value);
        assert_eq!(
            json.get("a").and_then(|a| a.get("k")),
            Some(&Json::String("last".into()))
        );
        assert!(matches!(
            json.get("s"),
            Some(Json::String(Cow::Borrowed("plain")))
        ));
        let b = json.get("b").and_then(Json::as_array).unwrap();
        assert_eq!(b[1].as_i64(), Some(-2));
        assert_eq!(b[1].as_u64(), None);
        assert_eq!(b[2].as_i64(), None);
        assert_eq!(b[3].as_u64(), Some(u64::MAX));
        assert_eq!(b[3].as_i64(), None);
        assert_eq!(Json::from_value(&value).to_value(), value);
    }

    #[test]
    fn repeated_keys_are_listed_once_in_order_of_repetition() {
        let few = parse(br#"{"b": 1, "a": 2, "b": 3, "c": 4, "a": 5, "b": 6}"#).unwrap();
        assert_eq!(repeated_keys(few.as_object().unwrap()), ["b", "a"]);
        assert!(
            repeated_keys(parse(br#"{"a": 1, "b": 2}"#).unwrap().as_object().unwrap()).is_empty()
        );
        // Past the pairwise limit, the map gives the same answer.
        let many: String = (0..40)
            .map(|i| format!("\"k{}\": {i}", i % 30))
            .collect::<Vec<_>>()
            .join(", ");
        let many = format!("{{{many}}}");
        let tree = parse(many.as_bytes()).unwrap();
        let expected: Vec<String> = (0..10).map(|i| format!("k{i}")).collect();
        assert_eq!(repeated_keys(tree.as_object().unwrap()), expected);
    }

    #[test]
    fn errors_are_serde_jsons() {
        let text = b"{\n  \"a\": 1 2\n}";
        let ours = parse(text).unwrap_err();
        let theirs = serde_json::from_slice::<Value>(text).unwrap_err();
        assert_eq!(ours.to_string(), theirs.to_string());
    }
}
