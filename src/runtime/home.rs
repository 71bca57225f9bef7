//! Where gradebox keeps installed runtimes and compiled code for this user.

use std::path::PathBuf;

#[derive(Clone, Debug)]
pub struct Home {
    pub root: PathBuf,
}

impl Home {
    /// `$GRADEBOX_HOME`, else the user's cache folder (`~/.cache/gradebox` on Linux).
    pub fn from_env() -> Home {
        let root = std::env::var_os("GRADEBOX_HOME")
            .map(PathBuf::from)
            .or_else(|| dirs::cache_dir().map(|d| d.join("gradebox")))
            .unwrap_or_else(|| PathBuf::from(".gradebox"));
        Home { root }
    }

    pub fn runtimes(&self) -> PathBuf {
        self.root.join("runtimes")
    }
    pub fn compiled(&self) -> PathBuf {
        self.root.join("compiled")
    }
    pub fn tools(&self) -> PathBuf {
        self.root.join("tools")
    }
}
