//! Rebuilds ecolib when anything in the default theme changes: the theme is embedded in the binary
//! (`src/templates/theme.rs`), and the embedding alone notices edited files but not added or removed ones.

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}
