//! Beside human rankings: agreement between gradebox's results and people's judgments.

pub mod stats;
