//! Typed identifiers: an expert's number cannot be passed where an institution's is expected.

/// What error messages need of an identifier.
pub(crate) trait Ident: Copy {
    /// The kind of entity: `expert`.
    fn kind(self) -> &'static str;
    /// The number.
    fn number(self) -> u32;
}

macro_rules! id {
    ($(#[$doc:meta])* $name:ident, $kind:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "serde", serde(transparent))]
        pub struct $name(pub u32);

        impl $name {
            /// The kind of entity, as error messages name it.
            pub const KIND: &'static str = $kind;

            /// The number.
            pub const fn get(self) -> u32 {
                self.0
            }
        }

        impl Ident for $name {
            fn kind(self) -> &'static str {
                $kind
            }

            fn number(self) -> u32 {
                self.0
            }
        }

        impl core::fmt::Display for $name {
            /// `expert 17`.
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                write!(f, "{} {}", $kind, self.0)
            }
        }
    };
}

id!(
    /// An expert's identifier.
    ExpertId,
    "expert"
);
id!(
    /// An institution's identifier.
    InstitutionId,
    "institution"
);
id!(
    /// An affiliation's identifier.
    AffiliationId,
    "affiliation"
);
id!(
    /// A meeting's identifier.
    MeetingId,
    "meeting"
);
id!(
    /// An export hub's identifier.
    HubId,
    "hub"
);
id!(
    /// An export deal's identifier.
    DealId,
    "deal"
);
