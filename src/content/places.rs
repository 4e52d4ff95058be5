//! Where a front-matter field and its values stand, from the YAML parser's marks. serde_yaml (used by
//! `front_matter` to read the fields) gives no positions for values that parse, so this module reads the
//! same YAML as events with their marks (yaml-rust2) — only when a diagnostic needs a place, never on the
//! build's path. `topics: [a, b]`, a block list and `- { file: x, lang: y }` are one shape to the parser.

use yaml_rust2::parser::{Event, MarkedEventReceiver, Parser};
use yaml_rust2::scanner::Marker;

/// One key or scalar value of the YAML, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    /// A mapping key, its depth (1 for a top-level field) and the index after its value's last node.
    Key {
        name: String,
        depth: usize,
        end: usize,
    },
    Value(String),
}

/// The keys and values of one front matter with their 1-based lines inside the YAML.
#[derive(Debug, Default)]
pub struct FieldPlaces {
    nodes: Vec<(Node, usize)>,
}

impl FieldPlaces {
    /// Reads the YAML's events; a YAML that does not parse gives the places read before the problem.
    pub fn read(yaml: &str) -> FieldPlaces {
        let mut reader = Reader::default();
        let _ = Parser::new_from_str(yaml).load(&mut reader, false);
        FieldPlaces { nodes: reader.nodes }
    }

    /// The line (inside the YAML) of the first `field` key — top-level only when `top_only` — or, given a
    /// `value`, of that value under a `field` key (a list item's `lang: kk` among several `lang:` keys): the
    /// whole value first, then one that contains it, else the first key's line.
    pub fn line_of(&self, field: &str, value: Option<&str>, top_only: bool) -> Option<usize> {
        let keys: Vec<(usize, usize, usize)> = (self.nodes.iter().enumerate())
            .filter_map(|(i, (node, line))| match node {
                Node::Key { name, depth, end } if name == field && (!top_only || *depth == 1) => Some((i, *end, *line)),
                _ => None,
            })
            .collect();
        let &(_, _, first_line) = keys.first()?;
        let Some(value) = value else { return Some(first_line) };
        let find = |matches: &dyn Fn(&str) -> bool| {
            keys.iter().find_map(|&(start, end, _)| {
                let under = &self.nodes[start + 1..end.max(start + 1)];
                under.iter().find(|(node, _)| matches!(node, Node::Value(text) if matches(text))).map(|(_, l)| *l)
            })
        };
        find(&|text| text == value).or_else(|| find(&|text| text.contains(value))).or(Some(first_line))
    }
}

impl FieldPlaces {
    /// The line (inside the YAML) of the first value written exactly as `value`, under any key.
    pub fn line_of_value(&self, value: &str) -> Option<usize> {
        self.nodes.iter().find(|(node, _)| matches!(node, Node::Value(text) if text == value)).map(|(_, line)| *line)
    }
}

/// What the reader is inside of.
enum Frame {
    /// A mapping: whether a key comes next, and the node of the key whose value is being read.
    Map {
        expecting_key: bool,
        key: Option<usize>,
    },
    Seq,
}

#[derive(Default)]
struct Reader {
    nodes: Vec<(Node, usize)>,
    stack: Vec<Frame>,
}

impl Reader {
    fn depth(&self) -> usize {
        self.stack.iter().filter(|f| matches!(f, Frame::Map { .. })).count()
    }

    /// A value (scalar or whole collection) has ended: the key it belonged to ends here.
    fn value_done(&mut self) {
        let end = self.nodes.len();
        if let Some(Frame::Map { expecting_key, key }) = self.stack.last_mut() {
            if let Some(Node::Key { end: key_end, .. }) =
                key.take().and_then(|i| self.nodes.get_mut(i)).map(|n| &mut n.0)
            {
                *key_end = end;
            }
            *expecting_key = true;
        }
    }

    fn scalar(&mut self, text: String, line: usize) {
        let depth = self.depth();
        match self.stack.last_mut() {
            Some(Frame::Map { expecting_key: expecting @ true, key }) => {
                *expecting = false;
                *key = Some(self.nodes.len());
                self.nodes.push((Node::Key { name: text, depth, end: 0 }, line));
            }
            _ => {
                self.nodes.push((Node::Value(text), line));
                self.value_done();
            }
        }
    }
}

impl MarkedEventReceiver for Reader {
    fn on_event(&mut self, event: Event, mark: Marker) {
        match event {
            Event::Scalar(text, ..) => self.scalar(text, mark.line()),
            Event::Alias(_) => self.scalar(String::new(), mark.line()),
            Event::MappingStart(..) => self.stack.push(Frame::Map { expecting_key: true, key: None }),
            Event::SequenceStart(..) => self.stack.push(Frame::Seq),
            Event::MappingEnd | Event::SequenceEnd => {
                self.stack.pop();
                self.value_done();
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YAML: &str = "title: Topics and more\n# topics: [not, this]\ntopics: [oil-spills,\n  sturgeon]\nattachments:\n  - { file: a.pdf, lang: ru }\n  - file: b.pdf\n    lang: kk\nevent:\n  date: 2024-05-01\ndate: 2024-06-01\n";

    #[test]
    fn fields_and_values_are_placed_by_the_parser() {
        let places = FieldPlaces::read(YAML);
        assert_eq!(places.line_of("topics", None, false), Some(3), "not the comment");
        assert_eq!(places.line_of("topics", Some("sturgeon"), false), Some(4));
        assert_eq!(places.line_of("lang", Some("kk"), false), Some(8));
        assert_eq!(places.line_of("lang", None, false), Some(6));
        assert_eq!(places.line_of("date", None, false), Some(10), "the first `date:` at any depth");
        assert_eq!(places.line_of("date", None, true), Some(11), "the page's own date");
        assert_eq!(places.line_of("topics", Some("missing"), false), Some(3), "the field when the value is not there");
        assert_eq!(places.line_of("nothing", None, false), None);
        assert_eq!(places.line_of_value("b.pdf"), Some(7));
        assert_eq!(places.line_of_value("b"), None);
    }
}
