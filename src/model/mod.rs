//! The domain model: experts (many of them returning from abroad), the institutions they work
//! with, the meetings where they gather, the export hubs of knowledge-based companies and the
//! export deals that follow; and the [`Registry`] that holds them and keeps their references
//! true.
//!
//! Values that have a rule are types that cannot hold a value breaking it, checked when built
//! and when read from serde: [`PersianName`] (the text as written, with its search key),
//! [`Money`] (integer minor units of a [`Currency`], never negative, no float, no mixed
//! currencies), [`CountryCode`] (ISO 3166-1 alpha-2), [`PartialDate`] and [`Period`] (Jalali,
//! "since 1398"), [`ExternalId`] (ORCID with its check digit, ROR, Wikidata, the Iranian
//! national ID of legal entities) and [`DealHistory`] (a deal's life, a state machine whose
//! steps carry their Jalali dates). Entities are plain structs with public fields; the
//! [`Registry`] checks what ties them together.
//!
//! ```
//! use daneshbonyan::jalali::JalaliDate;
//! use daneshbonyan::model::*;
//!
//! let mut r = Registry::new();
//! r.insert_expert(Expert::new(ExpertId(1), PersianName::new("حسین روزبه")?))?;
//! // Arabic yeh, a double space, one word: the same expert.
//! for query in ["حسين روزبه", "حسین  روزبه", "روزبه"] {
//!     assert_eq!(r.experts_named(query)[0].id, ExpertId(1));
//! }
//! assert_eq!(
//!     r.remove_expert(ExpertId(2)).unwrap_err().to_string(),
//!     "unknown expert 2"
//! );
//! # Ok::<(), ModelError>(())
//! ```

mod country;
#[rustfmt::skip]
mod country_table;
mod deal;
mod entities;
mod error;
mod external;
mod ids;
#[cfg(feature = "serde")]
mod json;
mod money;
mod name;
mod period;
mod registry;

pub use country::CountryCode;
pub use deal::{DealHistory, DealStatus, Step};
pub use entities::{
    Affiliation, Attendance, Buyer, Certification, Contact, DealLine, Expert, ExportDeal,
    ExportHub, HubMember, Incoterm, IncotermRule, Institution, InstitutionKind, Meeting,
    MeetingStatus, MeetingTime, MemberStatus, Outcome, Participant, PaymentChannel, Qualifier,
    Returnee, Role,
};
pub use error::ModelError;
pub use external::{ExternalId, Scheme};
pub use ids::{AffiliationId, DealId, ExpertId, HubId, InstitutionId, MeetingId};
pub use money::{Currency, Money};
pub use name::PersianName;
pub use period::{PartialDate, Period, Precision};
pub use registry::Registry;
