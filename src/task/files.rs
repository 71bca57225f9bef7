//! The files a task names, read only from inside its folder: tasks travel (shared
//! folders, imported public data, a server loading what it is given), so a task must
//! never be able to read the host's files into results. A name is refused when it is
//! absolute or climbs out with `..`; a symbolic link is followed only when its target
//! is inside the folder, checked on the file actually opened; only regular files are
//! read, and only up to `MAX_FILE_BYTES`. Every file read is remembered for the task
//! hash, so what was hashed is exactly what was used.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The largest file a task may name (a test's input or answer, a solution, a grader).
pub const MAX_FILE_BYTES: u64 = 64 << 20;

pub(super) struct TaskFiles {
    /// The task folder with every symbolic link resolved.
    root: PathBuf,
    /// Each file read: its name as the task gives it, and its bytes' SHA-256.
    pub read: Vec<(String, String)>,
}

impl TaskFiles {
    pub fn new(dir: &Path) -> std::io::Result<TaskFiles> {
        Ok(TaskFiles { root: dir.canonicalize()?, read: Vec::new() })
    }

    /// The path `name` (relative to the task folder) resolves to, if it stays inside.
    pub fn resolve(&self, name: &str) -> Result<PathBuf, String> {
        let rel = Path::new(name);
        if name.is_empty() {
            return Err("is empty".into());
        }
        if rel.is_absolute() || rel.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir)) {
            return Err(format!(
                "{name:?} is outside the task folder: paths are relative to the task folder and may not use `..`"
            ));
        }
        let path = self.root.join(rel);
        let real = path.canonicalize().map_err(|e| format!("cannot read {name}: {e}"))?;
        if !real.starts_with(&self.root) {
            return Err(format!("{name} is a link to {}, outside the task folder", real.display()));
        }
        Ok(real)
    }

    /// Reads `name` (see the module doc) and remembers it for the hash.
    pub fn read(&mut self, name: &str) -> Result<Vec<u8>, String> {
        let bytes = self.read_unrecorded(name)?;
        self.read.push((name.to_string(), crate::sandbox::sha256_hex(&bytes)));
        Ok(bytes)
    }

    fn read_unrecorded(&self, name: &str) -> Result<Vec<u8>, String> {
        let path = self.resolve(name)?;
        // Refused by type before opening: opening a FIFO for reading would block.
        if !std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
            return Err(format!("{name} is not a regular file"));
        }
        let file = open_nonblocking(&path).map_err(|e| format!("cannot read {name}: {e}"))?;
        self.check_opened(&file, name)?;
        let meta = file.metadata().map_err(|e| format!("cannot read {name}: {e}"))?;
        if !meta.is_file() {
            return Err(format!("{name} is not a regular file"));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(format!(
                "{name} is {} MiB; a task file may have at most {} MiB",
                meta.len() >> 20,
                MAX_FILE_BYTES >> 20
            ));
        }
        let mut bytes = Vec::with_capacity(meta.len() as usize);
        file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {name}: {e}"))?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(format!("{name} grew past {} MiB while it was read", MAX_FILE_BYTES >> 20));
        }
        Ok(bytes)
    }

    /// On Linux, what was opened is checked, not only the name: a link swapped in
    /// between resolving and opening is caught here.
    fn check_opened(&self, file: &std::fs::File, name: &str) -> Result<(), String> {
        #[cfg(target_os = "linux")]
        {
            use std::os::fd::AsRawFd;
            if let Ok(opened) = std::fs::read_link(format!("/proc/self/fd/{}", file.as_raw_fd()))
                && !opened.starts_with(&self.root)
            {
                return Err(format!("{name} opened {}, outside the task folder", opened.display()));
            }
        }
        let _ = (file, name);
        Ok(())
    }
}

/// Opens without blocking, whatever was swapped in since the type was checked.
fn open_nonblocking(path: &Path) -> std::io::Result<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_inside_the_folder_are_read() {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("secret"), "root:x:0:0").unwrap();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("tests")).unwrap();
        std::fs::write(dir.path().join("tests/a.in"), "1 2").unwrap();
        std::os::unix::fs::symlink(outside.path().join("secret"), dir.path().join("link")).unwrap();
        std::os::unix::fs::symlink(dir.path().join("tests/a.in"), dir.path().join("inner-link")).unwrap();
        let mut files = TaskFiles::new(dir.path()).unwrap();
        assert_eq!(files.read("tests/a.in").unwrap(), b"1 2");
        assert_eq!(files.read("./inner-link").unwrap(), b"1 2", "a link inside the folder is fine");
        for (name, why) in [
            ("/etc/passwd", "outside the task folder"),
            ("../../../etc/hostname", "outside the task folder"),
            ("tests/../../x", "outside the task folder"),
            ("link", "outside the task folder"),
            ("tests", "not a regular file"),
            ("missing", "cannot read missing"),
        ] {
            let err = files.read(name).unwrap_err();
            assert!(err.contains(why), "{name}: {err}");
        }
        assert_eq!(files.read.len(), 2, "only what was read is hashed");
    }

    #[test]
    fn devices_and_fifos_are_refused_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero")).unwrap();
        let fifo = dir.path().join("fifo");
        assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
        let mut files = TaskFiles::new(dir.path()).unwrap();
        assert!(files.read("zero").unwrap_err().contains("outside the task folder"));
        // Opening a FIFO for reading would block: it is refused by its type first.
        let err = files.read("fifo").unwrap_err();
        assert!(err.contains("not a regular file"), "{err}");
    }
}
