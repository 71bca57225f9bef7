//! The task's fingerprint, part of every result's provenance.

/// SHA-256 over task.toml and every file the task read (each named, with its own
/// SHA-256, sorted by name), so any change to the task changes its hash, and a file
/// that could not be read fails the load instead of hashing as empty.
pub(super) fn task_hash(text: &str, files: &[(String, String)]) -> String {
    let mut files = files.to_vec();
    files.sort();
    files.dedup();
    let mut all = Vec::from(text.as_bytes());
    for (name, sha) in files {
        all.extend_from_slice(b"\0");
        all.extend_from_slice(name.as_bytes());
        all.extend_from_slice(b"\0");
        all.extend_from_slice(sha.as_bytes());
    }
    crate::sandbox::sha256_hex(&all)
}
