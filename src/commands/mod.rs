//! The commands of `agora`, one module each.

pub mod new;
pub mod serve;
