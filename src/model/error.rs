//! The error of the `model` module.

use super::{Currency, DealStatus};

/// What is wrong with a value, an entity or an operation on the [`Registry`](super::Registry).
/// Every message names the field or entity and the value.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ModelError {
    /// A required text is empty (or only spaces and invisible characters).
    #[error("{field} is empty")]
    Empty {
        /// The field.
        field: &'static str,
    },
    /// A text longer than its field allows.
    #[error("{field} is {len} characters long; at most {max} are allowed")]
    TooLong {
        /// The field.
        field: &'static str,
        /// Its length, in characters.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// A currency code that is not in the table of ISO 4217 codes this crate knows.
    #[error("unknown currency {code:?} (expected an ISO 4217 code such as IRR, USD or EUR)")]
    UnknownCurrency {
        /// The code given.
        code: String,
    },
    /// A country code that is not an officially assigned ISO 3166-1 alpha-2 code.
    #[error("unknown country {code:?} (expected an ISO 3166-1 alpha-2 code such as IR)")]
    UnknownCountry {
        /// The code given.
        code: String,
    },
    /// A money amount that is not a whole, non-negative number of minor units.
    #[error("invalid amount {amount:?} of {currency}: {reason}")]
    InvalidAmount {
        /// The amount given.
        amount: String,
        /// The currency.
        currency: Currency,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// Arithmetic on amounts in two currencies.
    #[error("cannot combine {left} and {right}: the currencies differ")]
    CurrencyMismatch {
        /// The currency of the left operand.
        left: Currency,
        /// The currency of the right operand.
        right: Currency,
    },
    /// An amount that does not fit.
    #[error("{operation} of {currency} amounts overflows")]
    AmountOverflow {
        /// `sum`, `difference`, `product` or `conversion`.
        operation: &'static str,
        /// The currency.
        currency: Currency,
    },
    /// An identifier of an outside register (ORCID, ROR, Wikidata, national ID) that is not
    /// well formed.
    #[error("invalid {scheme} {value:?}: {reason}")]
    InvalidExternalId {
        /// `ORCID`, `ROR`, `Wikidata` or `national ID`.
        scheme: &'static str,
        /// The text given.
        value: String,
        /// What is wrong with it.
        reason: &'static str,
    },
    /// A Jalali date that does not exist or cannot be read.
    #[error(transparent)]
    Date(#[from] crate::jalali::Error),
    /// A partial date or a period that does not exist or runs backwards.
    #[error("invalid {field}: {reason}")]
    InvalidDate {
        /// The field.
        field: &'static str,
        /// What is wrong.
        reason: String,
    },
    /// A reference to an entity that the registry does not hold.
    #[error("unknown {kind} {id}")]
    UnknownReference {
        /// `expert`, `institution`, `meeting`, `hub` or `deal`.
        kind: &'static str,
        /// Its identifier.
        id: u32,
    },
    /// An entity that something else still refers to.
    #[error("{kind} {id} is still referred to by {by}")]
    StillReferenced {
        /// What was to be removed.
        kind: &'static str,
        /// Its identifier.
        id: u32,
        /// The first entity that refers to it (`meeting 3`).
        by: String,
    },
    /// An identifier used twice.
    #[error("{kind} {id} already exists")]
    DuplicateId {
        /// The kind of entity.
        kind: &'static str,
        /// The identifier.
        id: u32,
    },
    /// A rule between the fields of one entity, broken.
    #[error("{entity}: {reason}")]
    Inconsistent {
        /// The entity (`deal 4`, `institution 2`).
        entity: String,
        /// The rule broken, with the values.
        reason: String,
    },
    /// A step of a deal's life that its present state does not allow.
    #[error("deal {deal}: cannot go from {from} to {to}")]
    IllegalTransition {
        /// The deal.
        deal: u32,
        /// Its state.
        from: DealStatus,
        /// The state asked for.
        to: DealStatus,
    },
    /// A step of a deal's life dated before the step before it.
    #[error("deal {deal}: {to} on {date} is earlier than {from} on {previous}")]
    TransitionBackwards {
        /// The deal.
        deal: u32,
        /// The state before.
        from: DealStatus,
        /// Its date.
        previous: crate::jalali::JalaliDate,
        /// The state asked for.
        to: DealStatus,
        /// Its date.
        date: crate::jalali::JalaliDate,
    },
    /// A problem found while loading a registry, with the path to it.
    #[error("{path}: {error}")]
    At {
        /// Where: `meetings[3].participants[0]`.
        path: String,
        /// What.
        error: Box<ModelError>,
    },
    /// JSON that is not a registry at all (a syntax error, a wrong top-level shape).
    #[error("invalid registry JSON: {message}")]
    Json {
        /// serde_json's message, with the line and column.
        message: String,
    },
    /// A value refused while reading (its message is the rule it broke; the path of the
    /// enclosing [`ModelError::At`] says where).
    #[error("{message}")]
    Value {
        /// The message.
        message: String,
    },
}

impl ModelError {
    /// This error, found at `path`; a path it already has goes after it (`deals[2]` then
    /// `history[1]` gives `deals[2].history[1]`).
    pub(crate) fn at(self, path: impl core::fmt::Display) -> ModelError {
        match self {
            ModelError::At { path: inner, error } => ModelError::At {
                path: if inner.starts_with('[') {
                    format!("{path}{inner}")
                } else {
                    format!("{path}.{inner}")
                },
                error,
            },
            error => ModelError::At {
                path: path.to_string(),
                error: Box::new(error),
            },
        }
    }
}
