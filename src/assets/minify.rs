//! Minifies one classic script with oxc (parse, compress, mangle, print). The output stays ES2017, as the
//! theme's sources are, so the browsers the sources run in run the minified file too. Top-level names are
//! kept: in a classic script they are globals that other scripts may read.

use oxc::allocator::Allocator;
use oxc::codegen::{Codegen, CodegenOptions, CommentOptions};
use oxc::minifier::{CompressOptions, MangleOptions, Minifier, MinifierOptions};
use oxc::parser::Parser;
use oxc::span::SourceType;
use oxc_compat::EngineTargets;

/// The language level of the output: the theme's JavaScript is plain ES2017 (house style).
const TARGET: &str = "es2017";

/// Why a script could not be minified: the parser's first complaint and where it points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub message: String,
    /// Byte offset in the source, when the parser names one.
    pub offset: Option<usize>,
}

/// The minified text of `source`, a classic script (not a module).
pub fn minify_script(source: &str) -> Result<String, SyntaxError> {
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, source, SourceType::cjs()).parse();
    if let Some(error) = parsed.errors.first() {
        let offset = error.labels.as_ref().and_then(|labels| labels.first()).map(|label| label.offset());
        return Err(SyntaxError { message: error.message.to_string(), offset });
    }
    if parsed.panicked {
        return Err(SyntaxError { message: "the script could not be parsed".into(), offset: None });
    }
    let mut program = parsed.program;
    let target = EngineTargets::from_target(TARGET).map_err(|message| SyntaxError { message, offset: None })?;
    let options = MinifierOptions {
        mangle: Some(MangleOptions { top_level: false, ..MangleOptions::default() }),
        compress: Some(CompressOptions { target, ..CompressOptions::smallest() }),
    };
    let minified = Minifier::new(options).minify(&allocator, &mut program);
    let printed = Codegen::new()
        .with_options(CodegenOptions {
            minify: true,
            comments: CommentOptions::disabled(),
            ..CodegenOptions::default()
        })
        .with_scoping(minified.scoping)
        .build(&program);
    Ok(printed.code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortens_local_names_and_drops_comments_and_spaces() {
        let source = "/* a comment */\n(function (root) {\n  var longLocalName = 40 + 2;\n  root.answer = longLocalName;\n})(this);\n";
        let out = minify_script(source).expect("minify");
        assert!(!out.contains("longLocalName") && !out.contains("comment"), "{out}");
        assert!(out.contains("answer") && out.len() < source.len() / 2, "{out}");
    }

    #[test]
    fn keeps_top_level_names_which_are_globals_in_a_classic_script() {
        let out = minify_script("function keepMe() { return 1; }\nvar alsoKept = 2;\n").expect("minify");
        assert!(out.contains("keepMe") && out.contains("alsoKept"), "{out}");
    }

    #[test]
    fn stays_within_es2017() {
        // For esnext, oxc prints `catch{` (ES2019) and `a??b` (ES2020) here; ES2017 browsers parse neither.
        let source =
            "(function (root) {\n  root.f = function (a, b) { try { return a.x; } catch (e) { return b; } };\n  \
                      root.h = function (a, b) { return a !== null && a !== undefined ? a : b; };\n})(this);\n";
        let out = minify_script(source).expect("minify");
        assert!(out.contains("catch(") && !out.contains("??"), "{out}");
    }

    #[test]
    fn the_same_input_gives_the_same_bytes() {
        let source =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/static/js/search/engine.js"))
                .expect("engine.js");
        assert_eq!(minify_script(&source), minify_script(&source));
    }

    #[test]
    fn a_syntax_error_says_where() {
        let source = "var ok = 1;\nvar broken = {;\n";
        let error = minify_script(source).expect_err("broken");
        let offset = error.offset.expect("offset");
        assert_eq!(crate::diagnostics::line_col(source, offset).0, 2, "{error:?}");
    }
}
