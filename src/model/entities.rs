//! The entities: experts, institutions, affiliations, meetings, export hubs and export deals.
//!
//! Fields without an invariant of their own are public; values that have one are validated
//! types ([`PersianName`], [`Money`], [`CountryCode`], [`Period`], [`ExternalId`],
//! [`DealHistory`]). What ties entities together (a reference to an expert, a seller that is a
//! company) is checked by the [`Registry`](super::Registry).

#[cfg(feature = "serde")]
use super::Step;
use super::{
    AffiliationId, CountryCode, DealHistory, DealId, ExpertId, ExternalId, HubId, InstitutionId,
    MeetingId, ModelError, Money, PartialDate, Period, PersianName,
};
use crate::jalali::JalaliDate;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A way to reach an expert.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(
    feature = "serde",
    serde(rename_all = "snake_case", tag = "kind", content = "value")
)]
pub enum Contact {
    /// An e-mail address.
    Email(String),
    /// A telephone number.
    Phone(String),
    /// A web page.
    Web(String),
    /// Anything else (a messenger handle).
    Other(String),
}

/// What is known of an expert's years abroad and return.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Returnee {
    /// The countries the expert worked or studied in.
    #[cfg_attr(feature = "serde", serde(default))]
    pub countries: Vec<CountryCode>,
    /// When the expert came back (to the year, month or day).
    #[cfg_attr(feature = "serde", serde(default))]
    pub returned: Option<PartialDate>,
    /// The last institution abroad, as named.
    #[cfg_attr(feature = "serde", serde(default))]
    pub last_host: Option<String>,
}

/// An expert.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Expert {
    /// Its identifier.
    pub id: ExpertId,
    /// The name, as written (in Persian).
    pub name: PersianName,
    /// Other names: in Latin letters, earlier spellings.
    #[cfg_attr(feature = "serde", serde(default))]
    pub other_names: Vec<PersianName>,
    /// A title used before the name (دکتر، مهندس).
    #[cfg_attr(feature = "serde", serde(default))]
    pub honorific: Option<String>,
    /// Fields of expertise.
    #[cfg_attr(feature = "serde", serde(default))]
    pub fields: Vec<PersianName>,
    /// Years abroad and return, for a returnee.
    #[cfg_attr(feature = "serde", serde(default))]
    pub returnee: Option<Returnee>,
    /// Identifiers in outside registers (ORCID).
    #[cfg_attr(feature = "serde", serde(default))]
    pub external_ids: Vec<ExternalId>,
    /// Ways to reach the expert.
    #[cfg_attr(feature = "serde", serde(default))]
    pub contacts: Vec<Contact>,
    /// Where the facts come from (a press report, a CV).
    #[cfg_attr(feature = "serde", serde(default))]
    pub sources: Vec<String>,
}

impl Expert {
    /// An expert with only an identifier and a name.
    pub fn new(id: ExpertId, name: PersianName) -> Expert {
        Expert {
            id,
            name,
            other_names: Vec::new(),
            honorific: None,
            fields: Vec::new(),
            returnee: None,
            external_ids: Vec::new(),
            contacts: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Every name, the main one first.
    pub fn names(&self) -> impl Iterator<Item = &PersianName> {
        core::iter::once(&self.name).chain(&self.other_names)
    }
}

/// What an institution is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[allow(missing_docs)]
pub enum InstitutionKind {
    University,
    ResearchInstitute,
    Government,
    /// A technology and innovation house (خانه فناوری و نوآوری).
    InnovationHouse,
    SciencePark,
    Company,
    Fund,
    NewsAgency,
    Other,
}

/// A company's certification as knowledge-based (دانش‌بنیان).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Certification {
    /// The category (نوپا، تولیدی، …) as certified.
    pub category: String,
    /// When it is valid.
    pub valid: Period,
}

/// An institution: a university, a government body, a company, …
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Institution {
    /// Its identifier.
    pub id: InstitutionId,
    /// The name, as written.
    pub name: PersianName,
    /// Other names and acronyms (آی‌هیت، iHiT).
    #[cfg_attr(feature = "serde", serde(default))]
    pub other_names: Vec<PersianName>,
    /// What it is.
    pub kind: InstitutionKind,
    /// The institution it belongs to.
    #[cfg_attr(feature = "serde", serde(default))]
    pub parent: Option<InstitutionId>,
    /// Where it is.
    #[cfg_attr(feature = "serde", serde(default))]
    pub country: Option<CountryCode>,
    /// The city, as written.
    #[cfg_attr(feature = "serde", serde(default))]
    pub city: Option<String>,
    /// Fields of activity (for matching experts with companies).
    #[cfg_attr(feature = "serde", serde(default))]
    pub fields: Vec<PersianName>,
    /// A company's knowledge-based certification.
    #[cfg_attr(feature = "serde", serde(default))]
    pub knowledge_based: Option<Certification>,
    /// Identifiers in outside registers (ROR, Wikidata, national ID).
    #[cfg_attr(feature = "serde", serde(default))]
    pub external_ids: Vec<ExternalId>,
    /// Where the facts come from.
    #[cfg_attr(feature = "serde", serde(default))]
    pub sources: Vec<String>,
}

impl Institution {
    /// An institution with only an identifier, a name and a kind.
    pub fn new(id: InstitutionId, name: PersianName, kind: InstitutionKind) -> Institution {
        Institution {
            id,
            name,
            other_names: Vec::new(),
            kind,
            parent: None,
            country: None,
            city: None,
            fields: Vec::new(),
            knowledge_based: None,
            external_ids: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Every name, the main one first.
    pub fn names(&self) -> impl Iterator<Item = &PersianName> {
        core::iter::once(&self.name).chain(&self.other_names)
    }

    /// Whether the institution holds a valid knowledge-based certification on `date`.
    pub fn is_knowledge_based_on(&self, date: JalaliDate) -> bool {
        self.knowledge_based
            .as_ref()
            .is_some_and(|c| c.valid.contains(date))
    }
}

/// An expert's post at an institution, for a period.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Affiliation {
    /// Its identifier.
    pub id: AffiliationId,
    /// The expert.
    pub expert: ExpertId,
    /// The institution.
    pub institution: InstitutionId,
    /// The role or post, as written (رئیس، معاون توسعه کسب‌وکار بین‌المللی).
    pub role: String,
    /// When.
    #[cfg_attr(feature = "serde", serde(default))]
    pub period: Period,
}

/// When a meeting takes place, in Tehran time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum MeetingTime {
    /// On a day.
    Day(JalaliDate),
    /// On a day at an hour and minute, Tehran time.
    At {
        /// The day.
        date: JalaliDate,
        /// The hour, 0..=23.
        hour: u8,
        /// The minute, 0..=59.
        minute: u8,
    },
    /// Some day in a window, when only that is known ("next week").
    Window {
        /// The first day it may be.
        from: JalaliDate,
        /// The last day it may be.
        to: JalaliDate,
    },
}

impl MeetingTime {
    /// The first day it may be.
    pub fn first_day(self) -> JalaliDate {
        match self {
            MeetingTime::Day(d) | MeetingTime::At { date: d, .. } => d,
            MeetingTime::Window { from, .. } => from,
        }
    }

    /// The last day it may be.
    pub fn last_day(self) -> JalaliDate {
        match self {
            MeetingTime::Day(d) | MeetingTime::At { date: d, .. } => d,
            MeetingTime::Window { to, .. } => to,
        }
    }

    /// The day, when it is known.
    pub fn day(self) -> Option<JalaliDate> {
        match self {
            MeetingTime::Day(d) | MeetingTime::At { date: d, .. } => Some(d),
            MeetingTime::Window { .. } => None,
        }
    }
}

/// A participant's part in a meeting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[allow(missing_docs)]
pub enum Role {
    Host,
    Chair,
    Speaker,
    Panelist,
    Attendee,
}

/// An expert at a meeting.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Participant {
    /// The expert.
    pub expert: ExpertId,
    /// The expert's parts (a host may also speak).
    pub roles: Vec<Role>,
}

/// How a reported number of people is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[allow(missing_docs)]
pub enum Qualifier {
    Exactly,
    About,
    MoreThan,
    AtLeast,
    FewerThan,
}

/// A reported attendance: "more than 15".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Attendance {
    /// The number reported.
    pub count: u32,
    /// How it is qualified.
    pub qualifier: Qualifier,
}

/// What came of a meeting.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Outcome {
    /// What was decided or announced.
    pub text: String,
    /// A meeting that follows it up.
    #[cfg_attr(feature = "serde", serde(default))]
    pub follow_up: Option<MeetingId>,
    /// An export hub it concerns.
    #[cfg_attr(feature = "serde", serde(default))]
    pub hub: Option<HubId>,
}

/// Where a meeting stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[allow(missing_docs)]
pub enum MeetingStatus {
    Planned,
    Scheduled,
    Held,
    Postponed,
    Cancelled,
}

/// A meeting.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Meeting {
    /// Its identifier.
    pub id: MeetingId,
    /// The title, as written.
    pub title: PersianName,
    /// The series it belongs to, and its number in it (the second meeting: 2).
    #[cfg_attr(feature = "serde", serde(default))]
    pub series: Option<(String, u32)>,
    /// When.
    pub when: MeetingTime,
    /// Where: the hosting institution.
    #[cfg_attr(feature = "serde", serde(default))]
    pub venue: Option<InstitutionId>,
    /// The organisers.
    #[cfg_attr(feature = "serde", serde(default))]
    pub organisers: Vec<InstitutionId>,
    /// The sponsors.
    #[cfg_attr(feature = "serde", serde(default))]
    pub sponsors: Vec<InstitutionId>,
    /// The experts there, with their parts.
    #[cfg_attr(feature = "serde", serde(default))]
    pub participants: Vec<Participant>,
    /// The attendance reported.
    #[cfg_attr(feature = "serde", serde(default))]
    pub attendance: Option<Attendance>,
    /// The topics.
    #[cfg_attr(feature = "serde", serde(default))]
    pub topics: Vec<String>,
    /// What came of it.
    #[cfg_attr(feature = "serde", serde(default))]
    pub outcomes: Vec<Outcome>,
    /// Where it stands.
    pub status: MeetingStatus,
    /// Where the facts come from.
    #[cfg_attr(feature = "serde", serde(default))]
    pub sources: Vec<String>,
}

/// A company's membership of an export hub.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[allow(missing_docs)]
pub enum MemberStatus {
    Applied,
    Active,
    Suspended,
    Left,
}

/// A member company of an export hub.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct HubMember {
    /// The company.
    pub company: InstitutionId,
    /// Since when, until when.
    #[cfg_attr(feature = "serde", serde(default))]
    pub period: Period,
    /// Where the membership stands.
    pub status: MemberStatus,
}

/// An export hub of knowledge-based companies.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct ExportHub {
    /// Its identifier.
    pub id: HubId,
    /// Its name.
    pub name: PersianName,
    /// The institution that coordinates it.
    pub coordinator: InstitutionId,
    /// The member companies.
    #[cfg_attr(feature = "serde", serde(default))]
    pub members: Vec<HubMember>,
}

/// Who buys.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Buyer {
    /// An institution in the registry.
    Institution(InstitutionId),
    /// A party abroad, known by name and country only.
    Foreign {
        /// The name, as written.
        name: String,
        /// Its country.
        country: CountryCode,
    },
}

/// The Incoterms 2020 rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[allow(missing_docs, clippy::upper_case_acronyms)]
pub enum IncotermRule {
    EXW,
    FCA,
    CPT,
    CIP,
    DAP,
    DPU,
    DDP,
    FAS,
    FOB,
    CFR,
    CIF,
}

impl IncotermRule {
    /// Whether the rule is for sea and inland waterway transport only (FAS, FOB, CFR, CIF).
    pub fn is_maritime(self) -> bool {
        matches!(
            self,
            IncotermRule::FAS | IncotermRule::FOB | IncotermRule::CFR | IncotermRule::CIF
        )
    }
}

/// An Incoterm with its named place: `FOB Bandar Abbas`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Incoterm {
    /// The rule.
    pub rule: IncotermRule,
    /// The named place (a port, a town).
    pub place: String,
}

/// How the buyer pays.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum PaymentChannel {
    /// A bank transfer.
    BankTransfer,
    /// A documentary letter of credit.
    LetterOfCredit,
    /// An exchange house (صرافی).
    ExchangeHouse,
    /// Settlement through a bank or company in a third country.
    ThirdCountry(CountryCode),
    /// Goods for goods.
    Barter,
    /// Anything else, described.
    Other(String),
}

/// One line of a deal: a product, a quantity and its value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct DealLine {
    /// The product, as described.
    pub product: String,
    /// Its Harmonized System code, if known.
    #[cfg_attr(feature = "serde", serde(default))]
    pub hs_code: Option<String>,
    /// How many.
    pub quantity: u64,
    /// Of what unit (piece, kg, licence).
    pub unit: String,
    /// The line's value.
    pub value: Money,
}

/// An export deal of a knowledge-based company.
///
/// Read from serde through [`ExportDeal::check`]: its history must be a legal life and its
/// value the sum of its lines.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "RawDeal"))]
pub struct ExportDeal {
    /// Its identifier.
    pub id: DealId,
    /// The selling company.
    pub seller: InstitutionId,
    /// The buyer.
    pub buyer: Buyer,
    /// Where the goods come from.
    pub origin: CountryCode,
    /// Where they go.
    pub destination: CountryCode,
    /// The products.
    #[cfg_attr(feature = "serde", serde(default))]
    pub lines: Vec<DealLine>,
    /// The total value: the sum of the lines, when there are lines.
    pub value: Money,
    /// The delivery terms.
    #[cfg_attr(feature = "serde", serde(default))]
    pub incoterm: Option<Incoterm>,
    /// How it is paid.
    pub payment: PaymentChannel,
    /// The export hub it goes through.
    #[cfg_attr(feature = "serde", serde(default))]
    pub hub: Option<HubId>,
    /// Its life so far.
    pub history: DealHistory,
}

impl ExportDeal {
    /// Checks the rules between the deal's own fields: the value is the sum of the lines (when
    /// there are lines), every line in the deal's currency; a foreign buyer's country is the
    /// destination's.
    pub fn check(&self) -> Result<(), ModelError> {
        let entity = || self.id.to_string();
        if !self.lines.is_empty() {
            let mut sum = Money::zero(self.value.currency());
            for (k, line) in self.lines.iter().enumerate() {
                sum = sum
                    .checked_add(line.value)
                    .map_err(|e| e.at(format_args!("lines[{k}]")))?;
            }
            if sum != self.value {
                return Err(ModelError::Inconsistent {
                    entity: entity(),
                    reason: format!(
                        "its value {} is not the sum of its lines, {sum}",
                        self.value
                    ),
                });
            }
        }
        if let Buyer::Foreign { country, .. } = &self.buyer {
            if *country != self.destination {
                return Err(ModelError::Inconsistent {
                    entity: entity(),
                    reason: format!(
                        "the buyer is in {country} but the goods go to {}",
                        self.destination
                    ),
                });
            }
        }
        Ok(())
    }
}

/// An [`ExportDeal`] as read, before its history and value are checked.
#[cfg(feature = "serde")]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDeal {
    id: DealId,
    seller: InstitutionId,
    buyer: Buyer,
    origin: CountryCode,
    destination: CountryCode,
    #[serde(default)]
    lines: Vec<DealLine>,
    value: Money,
    #[serde(default)]
    incoterm: Option<Incoterm>,
    payment: PaymentChannel,
    #[serde(default)]
    hub: Option<HubId>,
    history: Vec<Step>,
}

#[cfg(feature = "serde")]
impl TryFrom<RawDeal> for ExportDeal {
    type Error = ModelError;

    fn try_from(raw: RawDeal) -> Result<ExportDeal, ModelError> {
        let deal = ExportDeal {
            history: DealHistory::from_steps(raw.id, &raw.history)?,
            id: raw.id,
            seller: raw.seller,
            buyer: raw.buyer,
            origin: raw.origin,
            destination: raw.destination,
            lines: raw.lines,
            value: raw.value,
            incoterm: raw.incoterm,
            payment: raw.payment,
            hub: raw.hub,
        };
        deal.check()?;
        Ok(deal)
    }
}
