//! The integration tests, in one binary.

// The names that the shared strategies (below) take from the module that includes them.
use daneshbonyan::normalize::{
    Diacritics, Digits, Normalizer, Profile, Punctuation, Spacing, Zwnj,
};

/// Random text and configurations, shared by the normaliser's tests (also included by the
/// crate's own test of its fast paths).
#[path = "support/strategies.rs"]
mod strategies;

mod jalali_exhaustive;
mod jalali_props;
mod model_registry;
mod normalize_api;
mod normalize_conformance;
mod normalize_props;
mod normalize_quick;
mod persian_strings;
mod tables;
