//! The `Registry`: every entity, the references between them kept true, and the questions
//! users ask.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::ids::Ident;
use super::{
    Affiliation, AffiliationId, Buyer, CountryCode, Currency, DealId, DealStatus, Expert, ExpertId,
    ExportDeal, ExportHub, HubId, Institution, InstitutionId, InstitutionKind, Meeting, MeetingId,
    MeetingStatus, MeetingTime, ModelError, Money, PersianName,
};
use crate::jalali::{days_in_month, JalaliDate};

/// What a key of the name index points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Named {
    Expert(ExpertId),
    Institution(InstitutionId),
}

/// How a key matched a name: the whole name, or one of its words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Whole {
    Name,
    Word,
}

/// Experts, institutions, their affiliations, meetings, export hubs and export deals, with the
/// references between them kept true: an entity can refer only to entities the registry holds,
/// and nothing can be removed while something refers to it. Every error names the entities.
///
/// ```
/// use daneshbonyan::model::*;
///
/// let mut r = Registry::new();
/// let ihit = InstitutionId(2);
/// r.insert_institution(Institution::new(
///     ihit,
///     PersianName::new("خانه فناوری و نوآوری ایران")?,
///     InstitutionKind::InnovationHouse,
/// ))?;
/// r.update_institution_with(ihit, |i| i.other_names.push(PersianName::new("آی‌هیت").unwrap()))?;
/// assert_eq!(r.institutions_named("آی هیت")[0].id, ihit);
/// assert_eq!(r.institutions_named("آیهیت")[0].id, ihit);
///
/// let err = r.insert_affiliation(Affiliation {
///     id: AffiliationId(1),
///     expert: ExpertId(17),
///     institution: ihit,
///     role: "رئیس".into(),
///     period: Period::ALWAYS,
/// }).unwrap_err();
/// assert_eq!(err.to_string(), "expert: unknown expert 17");
/// # Ok::<(), ModelError>(())
/// ```
#[derive(Clone, Debug, Default)]
pub struct Registry {
    /// Experts in a hash map: a name search reaches each hit in one step (a B-tree walk per hit
    /// cost 400 ns at a million experts); listing sorts by identifier.
    experts: HashMap<ExpertId, Expert>,
    institutions: BTreeMap<InstitutionId, Institution>,
    affiliations: BTreeMap<AffiliationId, Affiliation>,
    meetings: BTreeMap<MeetingId, Meeting>,
    hubs: BTreeMap<HubId, ExportHub>,
    deals: BTreeMap<DealId, ExportDeal>,
    /// Search key of every name and of every word of it → what it names.
    names: BTreeMap<Box<str>, Vec<(Named, Whole)>>,
    /// Search key of a field of expertise → the experts with it.
    fields: BTreeMap<Box<str>, Vec<ExpertId>>,
}

/// `unknown expert 17`.
fn unknown_id(id: impl Ident) -> ModelError {
    ModelError::UnknownReference {
        kind: id.kind(),
        id: id.number(),
    }
}

/// An identifier that must not be taken yet.
fn absent(exists: bool, id: impl Ident) -> Result<(), ModelError> {
    if exists {
        Err(ModelError::DuplicateId {
            kind: id.kind(),
            id: id.number(),
        })
    } else {
        Ok(())
    }
}

/// An identifier that must be there.
fn present(exists: bool, id: impl Ident) -> Result<(), ModelError> {
    if exists {
        Ok(())
    } else {
        Err(unknown_id(id))
    }
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Registry {
        Registry::default()
    }

    // -- the name index ---------------------------------------------------------------------

    fn index<'n>(&mut self, who: Named, names: impl Iterator<Item = &'n PersianName>) {
        for name in names {
            let mut add = |key: &str, whole: Whole| match self.names.get_mut(key) {
                // A key already there is not allocated again. One entry per entity and key,
                // in identifier order (so that answers do not depend on the order of
                // insertion); a whole name wins over a word.
                Some(list) => match list.binary_search_by(|e| e.0.cmp(&who)) {
                    Ok(at) => list[at].1 = list[at].1.min(whole),
                    Err(at) => list.insert(at, (who, whole)),
                },
                None => {
                    self.names.insert(key.into(), vec![(who, whole)]);
                }
            };
            add(name.key(), Whole::Name);
            if name.word_keys().nth(1).is_some() {
                for word in name.word_keys() {
                    add(word, Whole::Word);
                }
            }
        }
    }

    fn unindex<'n>(&mut self, who: Named, names: impl Iterator<Item = &'n PersianName>) {
        for name in names {
            for key in core::iter::once(name.key()).chain(name.word_keys()) {
                if let Some(list) = self.names.get_mut(key) {
                    list.retain(|(w, _)| *w != who);
                    if list.is_empty() {
                        self.names.remove(key);
                    }
                }
            }
        }
    }

    /// What the index holds for exactly the key of `query`: whole names first, then words
    /// (each entity once: the index keeps one entry per entity and key).
    fn named_exactly(&self, query: &str) -> impl Iterator<Item = Named> + '_ {
        let key = PersianName::key_of(query);
        let list = self
            .names
            .get(key.as_str())
            .map_or(&[][..], |l| l.as_slice());
        let of = move |want: Whole| {
            list.iter()
                .filter(move |(_, w)| *w == want)
                .map(|&(n, _)| n)
        };
        of(Whole::Name).chain(of(Whole::Word))
    }

    /// The first `limit` entities with a name or a word of a name starting with `prefix`:
    /// whole names equal to it first, then words equal to it, then longer keys in order.
    fn named_with_prefix(&self, prefix: &str, limit: usize, want: fn(Named) -> bool) -> Vec<Named> {
        let key = PersianName::key_of(prefix);
        if key.is_empty() {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut seen = BTreeSet::new();
        // Exact matches first.
        for n in self.named_exactly(prefix) {
            if out.len() >= limit {
                return out;
            }
            if want(n) && seen.insert(n) {
                out.push(n);
            }
        }
        let from = (
            core::ops::Bound::Included(key.as_str()),
            core::ops::Bound::Unbounded,
        );
        for (k, list) in self.names.range::<str, _>(from) {
            if out.len() >= limit || !k.starts_with(key.as_str()) {
                break;
            }
            for &(n, _) in list {
                if out.len() >= limit {
                    return out;
                }
                if want(n) && seen.insert(n) {
                    out.push(n);
                }
            }
        }
        out
    }

    fn index_fields(&mut self, e: &Expert) {
        for f in &e.fields {
            match self.fields.get_mut(f.key()) {
                // In identifier order, each expert once.
                Some(list) => {
                    if let Err(at) = list.binary_search(&e.id) {
                        list.insert(at, e.id);
                    }
                }
                None => {
                    self.fields.insert(f.key().into(), vec![e.id]);
                }
            }
        }
    }

    fn unindex_fields(&mut self, e: &Expert) {
        for f in &e.fields {
            if let Some(list) = self.fields.get_mut(f.key()) {
                list.retain(|&id| id != e.id);
                if list.is_empty() {
                    self.fields.remove(f.key());
                }
            }
        }
    }

    // -- reading ----------------------------------------------------------------------------

    /// The expert `id`.
    pub fn expert(&self, id: ExpertId) -> Option<&Expert> {
        self.experts.get(&id)
    }

    /// The institution `id`.
    pub fn institution(&self, id: InstitutionId) -> Option<&Institution> {
        self.institutions.get(&id)
    }

    /// The affiliation `id`.
    pub fn affiliation(&self, id: AffiliationId) -> Option<&Affiliation> {
        self.affiliations.get(&id)
    }

    /// The meeting `id`.
    pub fn meeting(&self, id: MeetingId) -> Option<&Meeting> {
        self.meetings.get(&id)
    }

    /// The export hub `id`.
    pub fn hub(&self, id: HubId) -> Option<&ExportHub> {
        self.hubs.get(&id)
    }

    /// The export deal `id`.
    pub fn deal(&self, id: DealId) -> Option<&ExportDeal> {
        self.deals.get(&id)
    }

    /// Every expert, by identifier.
    pub fn experts(&self) -> impl Iterator<Item = &Expert> {
        let mut all: Vec<&Expert> = self.experts.values().collect();
        all.sort_unstable_by_key(|e| e.id);
        all.into_iter()
    }

    /// Every institution, by identifier.
    pub fn institutions(&self) -> impl Iterator<Item = &Institution> {
        self.institutions.values()
    }

    /// Every affiliation, by identifier.
    pub fn affiliations(&self) -> impl Iterator<Item = &Affiliation> {
        self.affiliations.values()
    }

    /// Every meeting, by identifier.
    pub fn meetings(&self) -> impl Iterator<Item = &Meeting> {
        self.meetings.values()
    }

    /// Every export hub, by identifier.
    pub fn hubs(&self) -> impl Iterator<Item = &ExportHub> {
        self.hubs.values()
    }

    /// Every export deal, by identifier.
    pub fn deals(&self) -> impl Iterator<Item = &ExportDeal> {
        self.deals.values()
    }

    // -- checks -----------------------------------------------------------------------------

    fn need_expert(&self, id: ExpertId) -> Result<(), ModelError> {
        self.experts
            .contains_key(&id)
            .then_some(())
            .ok_or(unknown_id(id))
    }

    fn need_institution(&self, id: InstitutionId) -> Result<&Institution, ModelError> {
        self.institutions.get(&id).ok_or(unknown_id(id))
    }

    fn need_company(&self, id: InstitutionId) -> Result<(), ModelError> {
        let i = self.need_institution(id)?;
        if i.kind != InstitutionKind::Company {
            return Err(ModelError::Inconsistent {
                entity: id.to_string(),
                reason: format!("it is a {:?}, not a company", i.kind).to_lowercase(),
            });
        }
        Ok(())
    }

    fn check_institution(&self, i: &Institution) -> Result<(), ModelError> {
        if i.knowledge_based.is_some() && i.kind != InstitutionKind::Company {
            return Err(ModelError::Inconsistent {
                entity: i.id.to_string(),
                reason: "only a company can be certified knowledge-based".into(),
            }
            .at("knowledge_based"));
        }
        self.check_parent(i)?;
        // A company that sells or belongs to a hub stays a company.
        if i.kind != InstitutionKind::Company {
            if let Some(d) = self.deals.values().find(|d| d.seller == i.id) {
                return Err(ModelError::Inconsistent {
                    entity: i.id.to_string(),
                    reason: format!("it sells in {} and so must be a company", d.id),
                }
                .at("kind"));
            }
            if let Some(h) = self
                .hubs
                .values()
                .find(|h| h.members.iter().any(|m| m.company == i.id))
            {
                return Err(ModelError::Inconsistent {
                    entity: i.id.to_string(),
                    reason: format!("it is a member of {} and so must be a company", h.id),
                }
                .at("kind"));
            }
        }
        Ok(())
    }

    /// The parent rules: it exists, and the institution is not among its own ancestors.
    fn check_parent(&self, i: &Institution) -> Result<(), ModelError> {
        if let Some(parent) = i.parent {
            if parent == i.id {
                return Err(ModelError::Inconsistent {
                    entity: i.id.to_string(),
                    reason: "it cannot be its own parent".into(),
                }
                .at("parent"));
            }
            self.need_institution(parent).map_err(|e| e.at("parent"))?;
            // No institution may be its own ancestor.
            let mut seen = BTreeSet::from([i.id]);
            let mut next = Some(parent);
            while let Some(p) = next {
                if !seen.insert(p) {
                    return Err(ModelError::Inconsistent {
                        entity: i.id.to_string(),
                        reason: format!("its parent {parent} is among its own descendants"),
                    }
                    .at("parent"));
                }
                next = self.institutions.get(&p).and_then(|x| x.parent);
            }
        }
        Ok(())
    }

    fn check_affiliation(&self, a: &Affiliation) -> Result<(), ModelError> {
        self.need_expert(a.expert).map_err(|e| e.at("expert"))?;
        self.need_institution(a.institution)
            .map_err(|e| e.at("institution"))?;
        if PersianName::key_of(&a.role).is_empty() {
            return Err(ModelError::Empty { field: "role" }.at("role"));
        }
        Ok(())
    }

    fn check_meeting(&self, m: &Meeting) -> Result<(), ModelError> {
        let entity = || m.id.to_string();
        match m.when {
            MeetingTime::Window { from, to } if from > to => {
                return Err(ModelError::Inconsistent {
                    entity: entity(),
                    reason: format!("its window runs backwards, from {from} to {to}"),
                }
                .at("when"));
            }
            MeetingTime::At { hour, minute, .. } if hour > 23 || minute > 59 => {
                return Err(ModelError::Inconsistent {
                    entity: entity(),
                    reason: format!("{hour:02}:{minute:02} is not a time of day"),
                }
                .at("when"));
            }
            MeetingTime::Window { .. } if m.status == MeetingStatus::Held => {
                return Err(ModelError::Inconsistent {
                    entity: entity(),
                    reason: "a meeting that was held has a day, not a window".into(),
                }
                .at("when"));
            }
            _ => {}
        }
        if let Some(v) = m.venue {
            self.need_institution(v).map_err(|e| e.at("venue"))?;
        }
        for (field, list) in [("organisers", &m.organisers), ("sponsors", &m.sponsors)] {
            for (k, &id) in list.iter().enumerate() {
                self.need_institution(id)
                    .map_err(|e| e.at(format_args!("{field}[{k}]")))?;
                if list[..k].contains(&id) {
                    return Err(ModelError::Inconsistent {
                        entity: entity(),
                        reason: format!("{id} is listed twice"),
                    }
                    .at(format_args!("{field}[{k}]")));
                }
            }
        }
        let mut seen = BTreeSet::new();
        for (k, p) in m.participants.iter().enumerate() {
            let at = format!("participants[{k}]");
            self.need_expert(p.expert).map_err(|e| e.at(&at))?;
            if !seen.insert(p.expert) {
                return Err(ModelError::Inconsistent {
                    entity: entity(),
                    reason: format!("{} is listed twice", p.expert),
                }
                .at(at));
            }
        }
        self.check_outcomes(m.id, &m.outcomes)
    }

    /// A meeting's outcomes: their follow-ups are other meetings, their hubs are there.
    fn check_outcomes(&self, id: MeetingId, outcomes: &[super::Outcome]) -> Result<(), ModelError> {
        for (k, o) in outcomes.iter().enumerate() {
            if let Some(f) = o.follow_up {
                if f == id {
                    return Err(ModelError::Inconsistent {
                        entity: id.to_string(),
                        reason: "it cannot follow itself up".into(),
                    }
                    .at(format_args!("outcomes[{k}].follow_up")));
                }
                if !self.meetings.contains_key(&f) {
                    return Err(unknown_id(f).at(format_args!("outcomes[{k}].follow_up")));
                }
            }
            if let Some(h) = o.hub {
                if !self.hubs.contains_key(&h) {
                    return Err(unknown_id(h).at(format_args!("outcomes[{k}].hub")));
                }
            }
        }
        Ok(())
    }

    fn check_hub(&self, h: &ExportHub) -> Result<(), ModelError> {
        self.need_institution(h.coordinator)
            .map_err(|e| e.at("coordinator"))?;
        let mut seen = BTreeSet::new();
        for (k, m) in h.members.iter().enumerate() {
            let at = format!("members[{k}]");
            self.need_company(m.company).map_err(|e| e.at(&at))?;
            if !seen.insert(m.company) {
                return Err(ModelError::Inconsistent {
                    entity: h.id.to_string(),
                    reason: format!("{} is a member twice", m.company),
                }
                .at(at));
            }
        }
        Ok(())
    }

    fn check_deal(&self, d: &ExportDeal) -> Result<(), ModelError> {
        d.check()?;
        self.need_company(d.seller).map_err(|e| e.at("seller"))?;
        if let Buyer::Institution(b) = d.buyer {
            self.need_institution(b).map_err(|e| e.at("buyer"))?;
            if b == d.seller {
                return Err(ModelError::Inconsistent {
                    entity: d.id.to_string(),
                    reason: "the seller cannot buy from itself".into(),
                }
                .at("buyer"));
            }
        }
        if let Some(h) = d.hub {
            if !self.hubs.contains_key(&h) {
                return Err(unknown_id(h).at("hub"));
            }
        }
        Ok(())
    }

    /// What refers to institution `id`, the first found.
    fn referrer_of_institution(&self, id: InstitutionId) -> Option<String> {
        if let Some(i) = self.institutions.values().find(|i| i.parent == Some(id)) {
            return Some(i.id.to_string());
        }
        if let Some(a) = self.affiliations.values().find(|a| a.institution == id) {
            return Some(a.id.to_string());
        }
        if let Some(m) = self
            .meetings
            .values()
            .find(|m| m.venue == Some(id) || m.organisers.contains(&id) || m.sponsors.contains(&id))
        {
            return Some(m.id.to_string());
        }
        if let Some(h) = self
            .hubs
            .values()
            .find(|h| h.coordinator == id || h.members.iter().any(|m| m.company == id))
        {
            return Some(h.id.to_string());
        }
        self.deals
            .values()
            .find(|d| d.seller == id || d.buyer == Buyer::Institution(id))
            .map(|d| d.id.to_string())
    }

    // -- insert, update, remove -------------------------------------------------------------

    /// Adds an expert.
    pub fn insert_expert(&mut self, e: Expert) -> Result<(), ModelError> {
        absent(self.experts.contains_key(&e.id), e.id)?;
        self.index(Named::Expert(e.id), e.names());
        self.index_fields(&e);
        self.experts.insert(e.id, e);
        Ok(())
    }

    /// Replaces the expert with the same identifier.
    pub fn update_expert(&mut self, e: Expert) -> Result<(), ModelError> {
        let old = self.experts.remove(&e.id).ok_or(unknown_id(e.id))?;
        self.unindex(Named::Expert(e.id), old.names());
        self.unindex_fields(&old);
        self.index(Named::Expert(e.id), e.names());
        self.index_fields(&e);
        self.experts.insert(e.id, e);
        Ok(())
    }

    /// Removes an expert that nothing refers to.
    pub fn remove_expert(&mut self, id: ExpertId) -> Result<Expert, ModelError> {
        self.need_expert(id)?;
        let by = self
            .affiliations
            .values()
            .find(|a| a.expert == id)
            .map(|a| a.id.to_string())
            .or_else(|| {
                self.meetings
                    .values()
                    .find(|m| m.participants.iter().any(|p| p.expert == id))
                    .map(|m| m.id.to_string())
            });
        if let Some(by) = by {
            return Err(ModelError::StillReferenced {
                kind: ExpertId::KIND,
                id: id.get(),
                by,
            });
        }
        let e = self.experts.remove(&id).ok_or(unknown_id(id))?;
        self.unindex(Named::Expert(id), e.names());
        self.unindex_fields(&e);
        Ok(e)
    }

    /// Adds an institution (its parent, if any, must be there).
    pub fn insert_institution(&mut self, i: Institution) -> Result<(), ModelError> {
        absent(self.institutions.contains_key(&i.id), i.id)?;
        self.check_institution(&i)?;
        self.index(Named::Institution(i.id), i.names());
        self.institutions.insert(i.id, i);
        Ok(())
    }

    /// Replaces the institution with the same identifier.
    pub fn update_institution(&mut self, i: Institution) -> Result<(), ModelError> {
        present(self.institutions.contains_key(&i.id), i.id)?;
        self.check_institution(&i)?;
        if let Some(old) = self.institutions.remove(&i.id) {
            self.unindex(Named::Institution(i.id), old.names());
        }
        self.index(Named::Institution(i.id), i.names());
        self.institutions.insert(i.id, i);
        Ok(())
    }

    /// Changes institution `id` by `change`, checked like [`update_institution`](Self::update_institution).
    pub fn update_institution_with(
        &mut self,
        id: InstitutionId,
        change: impl FnOnce(&mut Institution),
    ) -> Result<(), ModelError> {
        let mut i = self.need_institution(id)?.clone();
        change(&mut i);
        if i.id != id {
            return Err(ModelError::Inconsistent {
                entity: id.to_string(),
                reason: format!("its identifier cannot change to {}", i.id.get()),
            });
        }
        self.update_institution(i)
    }

    /// Sets the parent of institution `id`, checked as [`update_institution`](Self::update_institution)
    /// checks it (without copying the institution).
    #[cfg(feature = "serde")]
    pub(crate) fn set_parent(
        &mut self,
        id: InstitutionId,
        parent: InstitutionId,
    ) -> Result<(), ModelError> {
        let mut probe = Institution::new(
            id,
            self.need_institution(id)?.name.clone(),
            InstitutionKind::Other,
        );
        probe.parent = Some(parent);
        // Only the parent rules apply: the probe has no certification and nothing sells.
        self.check_parent(&probe)?;
        if let Some(i) = self.institutions.get_mut(&id) {
            i.parent = Some(parent);
        }
        Ok(())
    }

    /// Removes an institution that nothing refers to.
    pub fn remove_institution(&mut self, id: InstitutionId) -> Result<Institution, ModelError> {
        self.need_institution(id)?;
        if let Some(by) = self.referrer_of_institution(id) {
            return Err(ModelError::StillReferenced {
                kind: InstitutionId::KIND,
                id: id.get(),
                by,
            });
        }
        let i = self.institutions.remove(&id).ok_or(unknown_id(id))?;
        self.unindex(Named::Institution(id), i.names());
        Ok(i)
    }

    /// Adds an affiliation between an expert and an institution the registry holds.
    pub fn insert_affiliation(&mut self, a: Affiliation) -> Result<(), ModelError> {
        absent(self.affiliations.contains_key(&a.id), a.id)?;
        self.check_affiliation(&a)?;
        self.affiliations.insert(a.id, a);
        Ok(())
    }

    /// Replaces the affiliation with the same identifier.
    pub fn update_affiliation(&mut self, a: Affiliation) -> Result<(), ModelError> {
        present(self.affiliations.contains_key(&a.id), a.id)?;
        self.check_affiliation(&a)?;
        self.affiliations.insert(a.id, a);
        Ok(())
    }

    /// Removes an affiliation.
    pub fn remove_affiliation(&mut self, id: AffiliationId) -> Result<Affiliation, ModelError> {
        self.affiliations.remove(&id).ok_or(unknown_id(id))
    }

    /// Adds a meeting (its venue, organisers, sponsors, participants, follow-ups and hubs must
    /// be there).
    pub fn insert_meeting(&mut self, m: Meeting) -> Result<(), ModelError> {
        absent(self.meetings.contains_key(&m.id), m.id)?;
        self.check_meeting(&m)?;
        self.meetings.insert(m.id, m);
        Ok(())
    }

    /// Replaces the meeting with the same identifier.
    pub fn update_meeting(&mut self, m: Meeting) -> Result<(), ModelError> {
        present(self.meetings.contains_key(&m.id), m.id)?;
        self.check_meeting(&m)?;
        self.meetings.insert(m.id, m);
        Ok(())
    }

    /// Sets the outcomes of meeting `id`, checked as [`update_meeting`](Self::update_meeting)
    /// checks them.
    #[cfg(feature = "serde")]
    pub(crate) fn set_outcomes(
        &mut self,
        id: MeetingId,
        outcomes: Vec<super::Outcome>,
    ) -> Result<(), ModelError> {
        self.check_outcomes(id, &outcomes)?;
        let m = self.meetings.get_mut(&id).ok_or(unknown_id(id))?;
        m.outcomes = outcomes;
        Ok(())
    }

    /// Removes a meeting that no other meeting follows up.
    pub fn remove_meeting(&mut self, id: MeetingId) -> Result<Meeting, ModelError> {
        present(self.meetings.contains_key(&id), id)?;
        if let Some(m) = self
            .meetings
            .values()
            .find(|m| m.outcomes.iter().any(|o| o.follow_up == Some(id)))
        {
            return Err(ModelError::StillReferenced {
                kind: MeetingId::KIND,
                id: id.get(),
                by: m.id.to_string(),
            });
        }
        self.meetings.remove(&id).ok_or(unknown_id(id))
    }

    /// Adds an export hub.
    pub fn insert_hub(&mut self, h: ExportHub) -> Result<(), ModelError> {
        absent(self.hubs.contains_key(&h.id), h.id)?;
        self.check_hub(&h)?;
        self.hubs.insert(h.id, h);
        Ok(())
    }

    /// Replaces the export hub with the same identifier.
    pub fn update_hub(&mut self, h: ExportHub) -> Result<(), ModelError> {
        present(self.hubs.contains_key(&h.id), h.id)?;
        self.check_hub(&h)?;
        self.hubs.insert(h.id, h);
        Ok(())
    }

    /// Removes an export hub that no deal or meeting refers to.
    pub fn remove_hub(&mut self, id: HubId) -> Result<ExportHub, ModelError> {
        present(self.hubs.contains_key(&id), id)?;
        let by = self
            .deals
            .values()
            .find(|d| d.hub == Some(id))
            .map(|d| d.id.to_string())
            .or_else(|| {
                self.meetings
                    .values()
                    .find(|m| m.outcomes.iter().any(|o| o.hub == Some(id)))
                    .map(|m| m.id.to_string())
            });
        if let Some(by) = by {
            return Err(ModelError::StillReferenced {
                kind: HubId::KIND,
                id: id.get(),
                by,
            });
        }
        self.hubs.remove(&id).ok_or(unknown_id(id))
    }

    /// Adds an export deal (its seller must be a company of the registry).
    pub fn insert_deal(&mut self, d: ExportDeal) -> Result<(), ModelError> {
        absent(self.deals.contains_key(&d.id), d.id)?;
        self.check_deal(&d)?;
        self.deals.insert(d.id, d);
        Ok(())
    }

    /// Replaces the deal with the same identifier. Its history may only grow: the new one must
    /// start with every step of the old one.
    pub fn update_deal(&mut self, d: ExportDeal) -> Result<(), ModelError> {
        let old = self.deals.get(&d.id).ok_or(unknown_id(d.id))?;
        if !d.history.steps().starts_with(old.history.steps()) {
            return Err(ModelError::Inconsistent {
                entity: d.id.to_string(),
                reason: "its history can only be extended, not rewritten".into(),
            }
            .at("history"));
        }
        self.check_deal(&d)?;
        self.deals.insert(d.id, d);
        Ok(())
    }

    /// Moves deal `id` to `status` on `date`.
    pub fn advance_deal(
        &mut self,
        id: DealId,
        status: DealStatus,
        date: JalaliDate,
    ) -> Result<(), ModelError> {
        let d = self.deals.get_mut(&id).ok_or(unknown_id(id))?;
        d.history.advance(id, status, date)
    }

    /// Removes a deal.
    pub fn remove_deal(&mut self, id: DealId) -> Result<ExportDeal, ModelError> {
        self.deals.remove(&id).ok_or(unknown_id(id))
    }

    // -- questions --------------------------------------------------------------------------

    /// The experts with the name `query`, or a name with `query` as one of its words, spelling
    /// variants folded (Arabic ي/ك, ZWNJ, spacing, digits): whole names first.
    pub fn experts_named(&self, query: &str) -> Vec<&Expert> {
        self.named_exactly(query)
            .filter_map(|n| match n {
                Named::Expert(id) => self.experts.get(&id),
                Named::Institution(_) => None,
            })
            .collect()
    }

    /// The first `limit` experts with a name, or a word of a name, starting with `prefix`
    /// (exact names first, then in the order of the keys).
    ///
    /// ```
    /// use daneshbonyan::model::*;
    ///
    /// let mut r = Registry::new();
    /// r.insert_expert(Expert::new(ExpertId(1), PersianName::new("حسین روزبه")?))?;
    /// r.insert_expert(Expert::new(ExpertId(2), PersianName::new("روزبه کریمی")?))?;
    /// let ids: Vec<ExpertId> = r.experts_with_prefix("روز", 10).iter().map(|e| e.id).collect();
    /// assert_eq!(ids, [ExpertId(1), ExpertId(2)]);
    /// # Ok::<(), ModelError>(())
    /// ```
    pub fn experts_with_prefix(&self, prefix: &str, limit: usize) -> Vec<&Expert> {
        self.named_with_prefix(prefix, limit, |n| matches!(n, Named::Expert(_)))
            .into_iter()
            .filter_map(|n| match n {
                Named::Expert(id) => self.experts.get(&id),
                Named::Institution(_) => None,
            })
            .collect()
    }

    /// The institutions with the name (or another name, or acronym) `query`, or a name with
    /// `query` as one of its words: whole names first.
    pub fn institutions_named(&self, query: &str) -> Vec<&Institution> {
        self.named_exactly(query)
            .filter_map(|n| match n {
                Named::Institution(id) => self.institutions.get(&id),
                Named::Expert(_) => None,
            })
            .collect()
    }

    /// The first `limit` institutions with a name, or a word of a name, starting with `prefix`.
    pub fn institutions_with_prefix(&self, prefix: &str, limit: usize) -> Vec<&Institution> {
        self.named_with_prefix(prefix, limit, |n| matches!(n, Named::Institution(_)))
            .into_iter()
            .filter_map(|n| match n {
                Named::Institution(id) => self.institutions.get(&id),
                Named::Expert(_) => None,
            })
            .collect()
    }

    /// The experts with `field` among their fields of expertise (compared by search key), by
    /// identifier.
    ///
    /// ```
    /// use daneshbonyan::model::*;
    ///
    /// let mut r = Registry::new();
    /// let mut e = Expert::new(ExpertId(1), PersianName::new("نگار محمدی")?);
    /// e.fields.push(PersianName::new("هوش مصنوعي")?);
    /// r.insert_expert(e)?;
    /// assert_eq!(r.experts_in_field("هوش‌مصنوعی")[0].id, ExpertId(1));
    /// # Ok::<(), ModelError>(())
    /// ```
    pub fn experts_in_field(&self, field: &str) -> Vec<&Expert> {
        let key = PersianName::key_of(field);
        self.fields
            .get(key.as_str())
            .map_or(&[][..], |v| v.as_slice())
            .iter()
            .filter_map(|id| self.experts.get(id))
            .collect()
    }

    /// The experts who came back from abroad.
    pub fn returnees(&self) -> impl Iterator<Item = &Expert> {
        self.experts().filter(|e| e.returnee.is_some())
    }

    /// The affiliations of expert `id` that hold on `date` (all of them for `None`).
    pub fn affiliations_of(&self, id: ExpertId, on: Option<JalaliDate>) -> Vec<&Affiliation> {
        self.affiliations
            .values()
            .filter(|a| a.expert == id && on.is_none_or(|d| a.period.contains(d)))
            .collect()
    }

    /// The affiliations with institution `id` that hold on `date` (all of them for `None`).
    pub fn members_of(&self, id: InstitutionId, on: Option<JalaliDate>) -> Vec<&Affiliation> {
        self.affiliations
            .values()
            .filter(|a| a.institution == id && on.is_none_or(|d| a.period.contains(d)))
            .collect()
    }

    /// The meetings that fall between `from` and `to` (both included), in time order; a
    /// meeting known only by a window counts when the window meets the span.
    pub fn meetings_between(&self, from: JalaliDate, to: JalaliDate) -> Vec<&Meeting> {
        let mut out: Vec<&Meeting> = self
            .meetings
            .values()
            .filter(|m| m.when.first_day() <= to && m.when.last_day() >= from)
            .collect();
        out.sort_by_key(|m| (m.when.first_day(), m.id));
        out
    }

    /// The meetings of month `month` of `year`, in time order (none for a month that does not
    /// exist).
    pub fn meetings_in_month(&self, year: i32, month: u8) -> Vec<&Meeting> {
        match (
            JalaliDate::new(year, month, 1),
            JalaliDate::new(year, month, days_in_month(year, month).max(1)),
        ) {
            (Ok(a), Ok(b)) => self.meetings_between(a, b),
            _ => Vec::new(),
        }
    }

    /// The meetings expert `id` took part in, in time order.
    pub fn meetings_of(&self, id: ExpertId) -> Vec<&Meeting> {
        let mut out: Vec<&Meeting> = self
            .meetings
            .values()
            .filter(|m| m.participants.iter().any(|p| p.expert == id))
            .collect();
        out.sort_by_key(|m| (m.when.first_day(), m.id));
        out
    }

    /// The meetings held at institution `id`, in time order.
    pub fn meetings_hosted_by(&self, id: InstitutionId) -> Vec<&Meeting> {
        let mut out: Vec<&Meeting> = self
            .meetings
            .values()
            .filter(|m| m.venue == Some(id))
            .collect();
        out.sort_by_key(|m| (m.when.first_day(), m.id));
        out
    }

    /// The deals going to `country`.
    pub fn deals_to(&self, country: CountryCode) -> Vec<&ExportDeal> {
        self.deals
            .values()
            .filter(|d| d.destination == country)
            .collect()
    }

    /// The deals in state `status`.
    pub fn deals_with_status(&self, status: DealStatus) -> Vec<&ExportDeal> {
        self.deals
            .values()
            .filter(|d| d.history.status() == status)
            .collect()
    }

    /// The deals of seller `id`.
    pub fn deals_by_seller(&self, id: InstitutionId) -> Vec<&ExportDeal> {
        self.deals.values().filter(|d| d.seller == id).collect()
    }

    /// The total value of the deals, one sum per currency (never converted, never mixed);
    /// cancelled deals are left out. An error if a sum overflows.
    pub fn deal_totals(&self) -> Result<BTreeMap<Currency, Money>, ModelError> {
        let mut totals: BTreeMap<Currency, Money> = BTreeMap::new();
        for d in self
            .deals
            .values()
            .filter(|d| d.history.status() != DealStatus::Cancelled)
        {
            let c = d.value.currency();
            let sum = totals.get(&c).copied().unwrap_or(Money::zero(c));
            totals.insert(c, sum.checked_add(d.value)?);
        }
        Ok(totals)
    }

    /// Experts for company `id`, ranked by how many of the company's fields of activity they
    /// share (most first, then by identifier); experts sharing none are left out.
    pub fn match_experts(&self, id: InstitutionId, limit: usize) -> Vec<(&Expert, usize)> {
        let Some(company) = self.institutions.get(&id) else {
            return Vec::new();
        };
        // Through the field index: only the experts who share a field are counted.
        let wanted: BTreeSet<&str> = company.fields.iter().map(|f| f.key()).collect();
        let mut shared: BTreeMap<ExpertId, usize> = BTreeMap::new();
        for key in wanted {
            for &e in self.fields.get(key).map_or(&[][..], |v| v.as_slice()) {
                *shared.entry(e).or_default() += 1;
            }
        }
        let mut ranked: Vec<(&Expert, usize)> = shared
            .into_iter()
            .filter_map(|(e, n)| Some((self.experts.get(&e)?, n)))
            .collect();
        ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.id.cmp(&b.0.id)));
        ranked.truncate(limit);
        ranked
    }
}
