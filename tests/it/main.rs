//! agora's integration tests, one test binary (`cargo test --test it`): one
//! module per feature, all black-box tests of the real `agora` binary
//! (`CARGO_BIN_EXE_agora`), and the helpers they share in [`support`].

mod support;

mod api;
mod browser;
mod build_errors;
mod build_example;
mod build_features;
mod check;
mod i18n;
mod incremental;
mod languages;
mod new;
mod search_cli;
mod search_server;
mod security;
mod serve;
