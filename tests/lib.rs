//! The integration tests, in one binary.

mod jalali_exhaustive;
mod jalali_props;
mod model_registry;
mod normalize_api;
mod normalize_conformance;
mod normalize_props;
mod normalize_quick;
mod persian_strings;
mod tables;
