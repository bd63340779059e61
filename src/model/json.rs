//! The registry to and from serde, and JSON: reading checks everything again and names the
//! first problem with the path to it.

use serde::{Deserialize, Serialize};

use super::{
    Affiliation, Expert, ExportDeal, ExportHub, Institution, Meeting, ModelError, Registry,
};

/// The registry as it is written: every entity, by kind, in identifier order.
#[derive(Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Data {
    #[serde(default)]
    experts: Vec<Expert>,
    #[serde(default)]
    institutions: Vec<Institution>,
    #[serde(default)]
    affiliations: Vec<Affiliation>,
    #[serde(default)]
    meetings: Vec<Meeting>,
    #[serde(default)]
    hubs: Vec<ExportHub>,
    #[serde(default)]
    deals: Vec<ExportDeal>,
}

/// Written as `{"experts": [...], "institutions": [...], "affiliations": [...], "meetings":
/// [...], "hubs": [...], "deals": [...]}`.
impl Serialize for Registry {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct View<'a> {
            experts: Vec<&'a Expert>,
            institutions: Vec<&'a Institution>,
            affiliations: Vec<&'a Affiliation>,
            meetings: Vec<&'a Meeting>,
            hubs: Vec<&'a ExportHub>,
            deals: Vec<&'a ExportDeal>,
        }
        View {
            experts: self.experts().collect(),
            institutions: self.institutions().collect(),
            affiliations: self.affiliations().collect(),
            meetings: self.meetings().collect(),
            hubs: self.hubs().collect(),
            deals: self.deals().collect(),
        }
        .serialize(s)
    }
}

/// Read and checked as [`Registry::from_json`] checks it.
impl<'de> Deserialize<'de> for Registry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Registry, D::Error> {
        let data = Data::deserialize(d)?;
        Registry::from_data(data).map_err(serde::de::Error::custom)
    }
}

impl Registry {
    /// The registry as JSON (see the [`Serialize`] impl for its form; dates as `"1404-07-29"`,
    /// money as `{"minor": "…", "currency": "IRR"}`).
    pub fn to_json(&self) -> String {
        // Serializing these types cannot fail: every map key is a string.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Reads a registry from JSON and checks everything again: every value, every rule of an
    /// entity, every reference. The first problem is reported with the path to it:
    ///
    /// ```
    /// use daneshbonyan::model::Registry;
    ///
    /// let json = r#"{"meetings": [{"id": 3, "title": "نشست", "when": {"day": "1404-07-29"},
    ///     "status": "held", "participants": [{"expert": 17, "roles": ["speaker"]}]}]}"#;
    /// assert_eq!(
    ///     Registry::from_json(json).unwrap_err().to_string(),
    ///     "meetings[0].participants[0]: unknown expert 17"
    /// );
    /// let json = r#"{"experts": [{"id": 1, "name": "  "}]}"#;
    /// assert_eq!(
    ///     Registry::from_json(json).unwrap_err().to_string(),
    ///     "experts[0].name: name is empty"
    /// );
    /// ```
    pub fn from_json(json: &str) -> Result<Registry, ModelError> {
        // An object, not the array form serde would also take for a struct.
        if !json.trim_start().starts_with('{') {
            return Err(ModelError::Json {
                message: "expected a JSON object with the keys experts, institutions, \
                          affiliations, meetings, hubs and deals"
                    .into(),
            });
        }
        let mut de = serde_json::Deserializer::from_str(json);
        let data: Data = serde_path_to_error::deserialize(&mut de).map_err(|e| {
            let path = e.path().to_string();
            let message = e.into_inner().to_string();
            if path == "." || path == "?" || path.is_empty() || path.ends_with(".?") {
                // A syntax error: the line and column say where.
                ModelError::Json { message }
            } else {
                // A value refused inside an entity: its own message may start with a path
                // within the value (`history[1]: …`), which goes after this one.
                let message = strip_position(&message);
                match message.split_once(": ") {
                    Some((inner, rest)) if is_path(inner) => ModelError::Value {
                        message: rest.to_string(),
                    }
                    .at(inner)
                    .at(path),
                    _ => ModelError::Value { message }.at(path),
                }
            }
        })?;
        // Nothing but whitespace after the object.
        de.end().map_err(|e| ModelError::Json {
            message: e.to_string(),
        })?;
        Registry::from_data(data)
    }

    /// Builds a registry from its parts, checking them as the `insert_*` methods do (in an order
    /// where every reference can be checked: institutions before what refers to them, meetings
    /// and parents in two passes).
    fn from_data(data: Data) -> Result<Registry, ModelError> {
        let mut r = Registry::new();
        // Institutions first without their parents (a parent may come later in the list), then
        // the parents, checked as an update checks them.
        let mut parents = Vec::new();
        for (k, mut i) in data.institutions.into_iter().enumerate() {
            if let Some(p) = i.parent.take() {
                parents.push((k, i.id, p));
            }
            r.insert_institution(i)
                .map_err(|e| e.at(format_args!("institutions[{k}]")))?;
        }
        for (k, id, parent) in parents {
            r.set_parent(id, parent)
                .map_err(|e| e.at(format_args!("institutions[{k}]")))?;
        }
        for (k, e) in data.experts.into_iter().enumerate() {
            r.insert_expert(e)
                .map_err(|e| e.at(format_args!("experts[{k}]")))?;
        }
        for (k, a) in data.affiliations.into_iter().enumerate() {
            r.insert_affiliation(a)
                .map_err(|e| e.at(format_args!("affiliations[{k}]")))?;
        }
        // Hubs before meetings (an outcome may name a hub), deals last.
        for (k, h) in data.hubs.into_iter().enumerate() {
            r.insert_hub(h)
                .map_err(|e| e.at(format_args!("hubs[{k}]")))?;
        }
        // Meetings without their outcomes first (a follow-up may come later in the list).
        let mut outcomes = Vec::new();
        for (k, mut m) in data.meetings.into_iter().enumerate() {
            if !m.outcomes.is_empty() {
                outcomes.push((k, m.id, core::mem::take(&mut m.outcomes)));
            }
            r.insert_meeting(m)
                .map_err(|e| e.at(format_args!("meetings[{k}]")))?;
        }
        for (k, id, list) in outcomes {
            r.set_outcomes(id, list)
                .map_err(|e| e.at(format_args!("meetings[{k}]")))?;
        }
        for (k, d) in data.deals.into_iter().enumerate() {
            r.insert_deal(d)
                .map_err(|e| e.at(format_args!("deals[{k}]")))?;
        }
        Ok(r)
    }
}

/// Whether `s` is a path inside a value as this module writes them: `history[1]`, `lines[0]`.
fn is_path(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '_' | '[' | ']' | '.')
        })
}

/// serde_json's message without its ` at line L column C` (the path says where).
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(" column ") => message[..at].to_string(),
        _ => message.to_string(),
    }
}
