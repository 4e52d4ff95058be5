//! Blob files: the long posting and position lists, cut in pieces and packed in order into binary files of
//! a fixed size. Where a list goes depends on lengths alone ([`BlobLayout`]), so a layout of the dictionary
//! can be counted in files before any file is built.

use base64::Engine as _;
use serde_json::{json, Value};

use super::files::DataFile;

/// Lists up to this many base64 characters stay in the dictionary; longer ones go to blob files.
const INLINE_MAX: usize = 160;

/// Where pieces go, by their lengths: the files started so far and how full the last one is.
#[derive(Clone)]
pub struct BlobLayout {
    /// Bytes per file, and the longest piece.
    file_bytes: usize,
    files: usize,
    pieces_in_last: usize,
    size: usize,
}

impl BlobLayout {
    pub fn new(file_bytes: usize) -> BlobLayout {
        BlobLayout { file_bytes, files: 1, pieces_in_last: 0, size: 0 }
    }

    /// Places one piece: the file it goes to and its index there. A piece that does not fit starts a file.
    fn place_piece(&mut self, len: usize) -> (usize, usize) {
        if self.pieces_in_last > 0 && self.size + len > self.file_bytes {
            self.files += 1;
            (self.size, self.pieces_in_last) = (0, 0);
        }
        let at = (self.files - 1, self.pieces_in_last);
        self.pieces_in_last += 1;
        self.size += len;
        at
    }

    /// Places a list of `len` bytes, as [`Blobs::push`] would.
    pub fn place(&mut self, len: usize) {
        let full = len / self.file_bytes;
        for _ in 0..full {
            self.place_piece(self.file_bytes);
        }
        if !len.is_multiple_of(self.file_bytes) {
            self.place_piece(len % self.file_bytes);
        }
    }

    /// How many files hold pieces (only the last one can be empty).
    pub fn files(&self) -> usize {
        self.files - usize::from(self.pieces_in_last == 0)
    }
}

/// Long lists in pieces, in the order they were added. A list is `[file, index, pieces]`: its pieces
/// follow each other from piece `index` of file `file`, on into the next files.
pub struct Blobs {
    pub layout: BlobLayout,
    files: Vec<Vec<Vec<u8>>>,
}

impl Blobs {
    pub fn new(file_bytes: usize) -> Blobs {
        Blobs { layout: BlobLayout::new(file_bytes), files: Vec::new() }
    }

    pub fn push(&mut self, bytes: &[u8]) -> Value {
        let pieces: Vec<&[u8]> = bytes.chunks(self.layout.file_bytes).collect();
        let mut start = None;
        for piece in &pieces {
            let (file, index) = self.layout.place_piece(piece.len());
            if self.files.len() <= file {
                self.files.push(Vec::new());
            }
            self.files[file].push(piece.to_vec());
            start.get_or_insert((file, index));
        }
        let (file, index) = start.unwrap_or((0, 0));
        json!([file, index, pieces.len()])
    }

    /// The list inline (base64) when short, else its place in the blob files; `null` when absent.
    pub fn value(&mut self, bytes: Option<&[u8]>) -> Value {
        match bytes {
            None => Value::Null,
            Some(b) if b.len().div_ceil(3) * 4 <= INLINE_MAX => {
                Value::from(base64::engine::general_purpose::STANDARD.encode(b))
            }
            Some(b) => self.push(b),
        }
    }

    pub fn into_files(self, prefix: &str) -> Vec<DataFile> {
        let files = self.files.into_iter().filter(|f| !f.is_empty());
        files.enumerate().map(|(n, pieces)| DataFile::binary(format!("{prefix}-{n}"), pieces)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: usize = 16 * 1024;

    #[test]
    fn long_lists_span_blob_files_in_order() {
        let mut blobs = Blobs::new(FILE);
        assert_eq!(blobs.value(Some(&[1, 2, 3])), Value::from("AQID"));
        let long = vec![7u8; FILE * 2 + 10];
        assert_eq!(blobs.value(Some(&long)), json!([0, 0, 3]));
        assert_eq!(blobs.value(Some(&[1u8; 200])), json!([2, 1, 1]), "a short list joins the last piece's file");
        let files = blobs.into_files("b-ru");
        let pieces: Vec<usize> = files.iter().map(|f| f.pieces.as_ref().map_or(0, Vec::len)).collect();
        assert_eq!(pieces, [1, 1, 2]);
    }

    #[test]
    fn the_layout_counts_the_files_that_pushing_makes() {
        let lengths = [0, 5, FILE, FILE - 5, 6, 3 * FILE + 1, 1, 0, FILE / 2, FILE / 2, FILE / 2 + 1];
        for skip in 0..lengths.len() {
            let mut blobs = Blobs::new(FILE);
            let mut layout = BlobLayout::new(FILE);
            for &len in &lengths[skip..] {
                blobs.push(&vec![1u8; len]);
                layout.place(len);
            }
            assert_eq!(layout.files(), blobs.into_files("q").len(), "from length {skip}");
        }
    }
}
