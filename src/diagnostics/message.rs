//! A message as data: a catalog id and named arguments, worded only when printed. Stages build messages;
//! the catalog of the reader's language turns them into text (see [`super::catalog`]), so a change of
//! wording never loses a translation and programs read the id and arguments instead of parsing sentences.

use std::path::Path;

/// What a message is: the id of its catalog entry, and for a diagnostic its stable code (`E0102`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Id {
    /// `E0102` for a diagnostic; `None` for help and command texts.
    pub code: Option<&'static str>,
    /// The catalog entry: `unknown-topic`, `help-did-you-mean` …
    pub name: &'static str,
}

impl Id {
    /// A diagnostic's id: its code and its name in the catalog.
    pub const fn code(code: &'static str, name: &'static str) -> Self {
        Id { code: Some(code), name }
    }

    /// A help or command text's id.
    pub const fn text(name: &'static str) -> Self {
        Id { code: None, name }
    }

    /// The message with one argument.
    pub fn arg(self, name: &'static str, value: impl Into<Arg>) -> Message {
        Message::from(self).arg(name, value)
    }
}

/// An argument's value. Counts are numbers, so the catalog can choose the plural form (`1 ошибка`,
/// `2 ошибки`, `5 ошибок`); a nested message is worded in the same language as the one that holds it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    Text(String),
    Count(u64),
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<&Path> for Arg {
    fn from(path: &Path) -> Self {
        Arg::Text(path.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(path: &std::path::PathBuf) -> Self {
        Arg::Text(path.display().to_string())
    }
}

impl From<usize> for Arg {
    fn from(count: usize) -> Self {
        Arg::Count(count as u64)
    }
}

impl From<u64> for Arg {
    fn from(count: u64) -> Self {
        Arg::Count(count)
    }
}

impl From<u16> for Arg {
    fn from(count: u16) -> Self {
        Arg::Count(u64::from(count))
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

impl From<Id> for Arg {
    fn from(id: Id) -> Self {
        Arg::Message(Box::new(Message::from(id)))
    }
}

impl serde::Serialize for Arg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(text) => serializer.serialize_str(text),
            Arg::Count(count) => serializer.serialize_u64(*count),
            Arg::Message(message) => message.serialize(serializer),
        }
    }
}

/// A catalog id with its named arguments, in the order given.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    pub id: Id,
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// Adds (or replaces) a named argument.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        let value = value.into();
        match self.args.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.args.push((name, value)),
        }
        self
    }

    /// The argument named `name`, if given.
    pub fn get(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

impl From<Id> for Message {
    fn from(id: Id) -> Self {
        Message { id, args: Vec::new() }
    }
}

impl serde::Serialize for Message {
    /// `{"id": "unknown-topic", "code": "E0102", "args": {…}}`: what programs read instead of the words.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("id", self.id.name)?;
        if let Some(code) = self.id.code {
            map.serialize_entry("code", code)?;
        }
        map.serialize_entry("args", &ArgsMap(&self.args))?;
        map.end()
    }
}

/// Arguments as a JSON object, in their order.
pub struct ArgsMap<'a>(pub &'a [(&'static str, Arg)]);

impl serde::Serialize for ArgsMap<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}

impl From<&Message> for Message {
    fn from(message: &Message) -> Self {
        message.clone()
    }
}

impl std::fmt::Display for Message {
    /// The English words, for logs and tests; reports use [`super::Lang::render`] in the reader's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::Lang::En.render(self))
    }
}
