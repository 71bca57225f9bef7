//! Beside human rankings: agreement between gradebox's results and people's judgments.

pub mod disagreements;
pub mod judgments;
pub mod label_studio;
pub mod pairs;
pub mod preferences;
pub mod report;
pub mod screen;
pub mod stats;
