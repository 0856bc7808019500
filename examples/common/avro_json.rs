//! Reading the SmartData corpus: a stream of JSON documents in AVRO-JSON
//! encoding, where a value of a union type is wrapped in an object named
//! after its type (`"text": {"string": "…"}`, `{"array": […]}`, an enum as
//! `{"de.dfki.lt.tap.docTypes": "NEWS_HTML"}`). `serde_json` parses; the
//! [`Avro`] methods look through the wrappers. Shared by the examples that
//! evaluate against SmartData (`smartdata_dates`, `entity_eval`).

use serde_json::Value;

/// AVRO type names that wrap a value of a union (`{"string": "…"}`).
const WRAPPERS: [&str; 10] = [
    "string", "array", "map", "int", "long", "float", "double", "boolean", "bytes", "record",
];

/// The JSON values of `data`, one after another (the corpus file is a
/// stream of objects, not one array).
pub fn values(data: &str) -> impl Iterator<Item = Result<Value, String>> + '_ {
    serde_json::Deserializer::from_str(data)
        .into_iter::<Value>()
        .map(|v| v.map_err(|e| format!("invalid JSON: {e}")))
}

/// The byte offset of every UTF-16 code unit offset of `text`, and of its
/// end: SmartData's spans count UTF-16 code units (Java strings).
pub fn utf16_to_byte(text: &str) -> Vec<usize> {
    let mut map = Vec::with_capacity(text.len() + 1);
    for (byte, c) in text.char_indices() {
        for _ in 0..c.len_utf16() {
            map.push(byte);
        }
    }
    map.push(text.len());
    map
}

/// Access to AVRO-JSON values through their union wrappers.
pub trait Avro {
    /// The value inside union wrappers: an object with one member named
    /// after a type (`string`, `array`, …, or a dotted enum or record
    /// name). Anything else is itself.
    fn unwrapped(&self) -> &Value;
    /// The member `key` of an object, unwrapped.
    fn member(&self, key: &str) -> Option<&Value>;
    /// The string, if this is one.
    fn string(&self) -> Option<&str>;
    /// The items of an array; none for anything else.
    fn items(&self) -> &[Value];
    /// A non-negative integer offset.
    fn offset(&self) -> Option<usize>;
}

impl Avro for Value {
    fn unwrapped(&self) -> &Value {
        let mut value = self;
        while let Value::Object(members) = value {
            match members.iter().next() {
                Some((name, inner))
                    if members.len() == 1
                        && (WRAPPERS.contains(&name.as_str()) || name.contains('.')) =>
                {
                    value = inner;
                }
                _ => break,
            }
        }
        value
    }

    fn member(&self, key: &str) -> Option<&Value> {
        self.unwrapped().get(key).map(Avro::unwrapped)
    }

    fn string(&self) -> Option<&str> {
        self.unwrapped().as_str()
    }

    fn items(&self) -> &[Value] {
        self.unwrapped().as_array().map_or(&[], Vec::as_slice)
    }

    fn offset(&self) -> Option<usize> {
        self.unwrapped()
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
    }
}
