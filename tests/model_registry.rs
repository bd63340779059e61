//! The registry: the real meeting of returnee experts (1404-07-29, at iHiT) and an invented
//! export deal; every invariant broken once with its exact error; the JSON round trip and each
//! kind of corrupted JSON; random sequences of operations that keep every reference valid.

#[path = "../examples/support/meeting.rs"]
mod meeting;

use daneshbonyan::model::*;
use meeting::*;
use proptest::prelude::*;

#[test]
fn the_queries_of_the_meeting_report() {
    let r = registry();
    let mehr: Vec<MeetingId> = r.meetings_in_month(1404, 7).iter().map(|m| m.id).collect();
    assert_eq!(mehr, [MEETING]);
    for query in ["روزبه", "حسين روزبه", "حسین  روزبه", "حسین روزبه"]
    {
        let found: Vec<ExpertId> = r.experts_named(query).iter().map(|e| e.id).collect();
        assert_eq!(found, [ROOZBEH], "{query}");
    }
    for query in ["آی هیت", "آیهیت", "آی‌هیت", "IHIT"] {
        let found: Vec<InstitutionId> = r.institutions_named(query).iter().map(|i| i.id).collect();
        assert_eq!(found, [IHIT], "{query}");
    }
    // Aban 1404 holds the planned meeting's window.
    let aban: Vec<MeetingId> = r.meetings_in_month(1404, 8).iter().map(|m| m.id).collect();
    assert_eq!(aban, [NEXT]);
    assert!(r.meetings_in_month(1404, 13).is_empty());
    let between: Vec<MeetingId> = r
        .meetings_between(day(1404, 7, 1), day(1404, 8, 5))
        .iter()
        .map(|m| m.id)
        .collect();
    assert_eq!(between, [MEETING, NEXT]);
    assert_eq!(r.meetings_of(ROOZBEH)[0].id, MEETING);
    assert_eq!(r.meetings_hosted_by(IHIT)[0].id, MEETING);
    let prefix: Vec<ExpertId> = r
        .experts_with_prefix("رو", 10)
        .iter()
        .map(|e| e.id)
        .collect();
    assert_eq!(prefix, [ROOZBEH]);
    let prefix: Vec<InstitutionId> = r
        .institutions_with_prefix("خ", 10)
        .iter()
        .map(|i| i.id)
        .collect();
    assert_eq!(prefix, [IHIT, NEWS]);
    assert_eq!(r.returnees().map(|e| e.id).collect::<Vec<_>>(), [ENGINEER]);
    // Answers do not depend on the order of insertion.
    let mut a = Registry::new();
    a.insert_expert(Expert::new(ExpertId(2), name("علی رضایی")))
        .unwrap();
    a.insert_expert(Expert::new(ExpertId(1), name("علی رضایی")))
        .unwrap();
    let ids: Vec<ExpertId> = a.experts_named("رضایی").iter().map(|e| e.id).collect();
    assert_eq!(ids, [ExpertId(1), ExpertId(2)]);
    assert_eq!(a.experts_with_prefix("رض", 1)[0].id, ExpertId(1));
    // A surname written with a ZWNJ is one word, however it is typed.
    let mut r2 = Registry::new();
    r2.insert_expert(Expert::new(ExpertId(5), name("علی حسن‌زاده")))
        .unwrap();
    for query in ["حسن‌زاده", "حسن زاده", "حسنزاده", "علي حسن زاده"]
    {
        let found: Vec<ExpertId> = r2.experts_named(query).iter().map(|e| e.id).collect();
        assert_eq!(found, [ExpertId(5)], "{query}");
    }
    assert_eq!(r.experts_in_field("پردازش زبان فارسی")[0].id, ENGINEER);
    let members: Vec<ExpertId> = r
        .members_of(ORG_SCIENCE, Some(day(1404, 7, 29)))
        .iter()
        .map(|a| a.expert)
        .collect();
    assert_eq!(members, [ROOZBEH, ROSTAMI]);
    assert!(r
        .affiliations_of(ENGINEER, Some(day(1401, 5, 31)))
        .is_empty());
    assert_eq!(r.affiliations_of(ENGINEER, Some(day(1401, 6, 1))).len(), 1);
    assert!(r
        .institution(COMPANY)
        .unwrap()
        .is_knowledge_based_on(day(1404, 7, 29)));
    assert!(!r
        .institution(COMPANY)
        .unwrap()
        .is_knowledge_based_on(day(1405, 3, 1)));
    assert_eq!(r.deals_to(CountryCode::IQ)[0].id, DEAL);
    assert_eq!(r.deals_with_status(DealStatus::Negotiating)[0].id, DEAL);
    assert_eq!(r.deals_by_seller(COMPANY)[0].id, DEAL);
    let totals = r.deal_totals().unwrap();
    assert_eq!(totals.len(), 1);
    assert_eq!(totals[&Currency::USD].to_string(), "45000.00 USD");
    let matched: Vec<(ExpertId, usize)> = r
        .match_experts(COMPANY, 5)
        .iter()
        .map(|(e, n)| (e.id, *n))
        .collect();
    assert_eq!(matched, [(ENGINEER, 2)]);
}

#[test]
fn a_deal_goes_through_its_life() {
    let mut r = registry();
    let steps = [
        (DealStatus::Signed, day(1404, 9, 1)),
        (DealStatus::InProduction, day(1404, 9, 2)),
        (DealStatus::Shipped, day(1404, 10, 15)),
        (DealStatus::Delivered, day(1404, 10, 20)),
        (DealStatus::PaymentBlocked, day(1404, 11, 1)),
        (DealStatus::PartiallyPaid, day(1404, 11, 20)),
        (DealStatus::Paid, day(1404, 12, 10)),
        (DealStatus::Closed, day(1404, 12, 29)),
    ];
    for (status, date) in steps {
        r.advance_deal(DEAL, status, date).unwrap();
    }
    let history = &r.deal(DEAL).unwrap().history;
    assert_eq!(history.steps().len(), 10);
    assert_eq!(
        history.status_on(day(1404, 11, 5)),
        Some(DealStatus::PaymentBlocked)
    );
    assert_eq!(
        r.advance_deal(DEAL, DealStatus::Disputed, day(1405, 1, 1))
            .unwrap_err()
            .to_string(),
        "deal 1: cannot go from closed to disputed"
    );
}

#[test]
fn every_invariant_broken_gives_its_error() {
    let mut r = registry();
    let expect = |result: Result<(), ModelError>, message: &str| {
        assert_eq!(result.unwrap_err().to_string(), message);
    };
    expect(
        r.insert_expert(Expert::new(ROOZBEH, name("دیگری"))),
        "expert 1 already exists",
    );
    expect(
        r.update_expert(Expert::new(ExpertId(99), name("دیگری"))),
        "unknown expert 99",
    );
    let mut child = Institution::new(
        InstitutionId(20),
        name("پژوهشکده"),
        InstitutionKind::ResearchInstitute,
    );
    child.parent = Some(InstitutionId(77));
    expect(
        r.insert_institution(child.clone()),
        "parent: unknown institution 77",
    );
    child.parent = Some(ORG_SCIENCE);
    r.insert_institution(child).unwrap();
    let mut org = r.institution(ORG_SCIENCE).unwrap().clone();
    org.parent = Some(InstitutionId(20));
    expect(
        r.update_institution(org),
        "parent: institution 1: its parent institution 20 is among its own descendants",
    );
    let mut uni = Institution::new(
        InstitutionId(21),
        name("دانشگاه"),
        InstitutionKind::University,
    );
    uni.knowledge_based = Some(Certification {
        category: "تولیدی".into(),
        valid: Period::ALWAYS,
    });
    expect(
        r.insert_institution(uni),
        "knowledge_based: institution 21: only a company can be certified knowledge-based",
    );
    let mut company = r.institution(COMPANY).unwrap().clone();
    company.kind = InstitutionKind::Other;
    company.knowledge_based = None;
    expect(
        r.update_institution(company),
        "kind: institution 10: it sells in deal 1 and so must be a company",
    );
    expect(
        r.remove_institution(IHIT).map(drop),
        "institution 2 is still referred to by meeting 2",
    );
    expect(
        r.remove_institution(ORG_SCIENCE).map(drop),
        "institution 1 is still referred to by institution 20",
    );
    expect(
        r.remove_expert(ROOZBEH).map(drop),
        "expert 1 is still referred to by affiliation 1",
    );
    expect(
        r.remove_meeting(NEXT).map(drop),
        "meeting 3 is still referred to by meeting 2",
    );
    expect(
        r.remove_hub(HUB).map(drop),
        "hub 1 is still referred to by deal 1",
    );
    expect(
        r.insert_affiliation(Affiliation {
            id: AffiliationId(9),
            expert: ExpertId(17),
            institution: IHIT,
            role: "عضو".into(),
            period: Period::ALWAYS,
        }),
        "expert: unknown expert 17",
    );
    expect(
        r.insert_affiliation(Affiliation {
            id: AffiliationId(9),
            expert: ROOZBEH,
            institution: IHIT,
            role: " ".into(),
            period: Period::ALWAYS,
        }),
        "role: role is empty",
    );
    let meeting = r.meeting(MEETING).unwrap().clone();
    let mut m = meeting.clone();
    m.participants.push(Participant {
        expert: ExpertId(17),
        roles: vec![Role::Attendee],
    });
    expect(r.update_meeting(m), "participants[1]: unknown expert 17");
    let mut m = meeting.clone();
    m.participants.push(m.participants[0].clone());
    expect(
        r.update_meeting(m),
        "participants[1]: meeting 2: expert 1 is listed twice",
    );
    let mut m = meeting.clone();
    m.when = MeetingTime::Window {
        from: day(1404, 7, 30),
        to: day(1404, 7, 29),
    };
    m.status = MeetingStatus::Planned;
    expect(
        r.update_meeting(m),
        "when: meeting 2: its window runs backwards, from 1404-07-30 to 1404-07-29",
    );
    let mut m = meeting.clone();
    m.when = MeetingTime::Window {
        from: day(1404, 7, 29),
        to: day(1404, 7, 30),
    };
    expect(
        r.update_meeting(m),
        "when: meeting 2: a meeting that was held has a day, not a window",
    );
    let mut m = meeting.clone();
    m.when = MeetingTime::At {
        date: day(1404, 7, 29),
        hour: 24,
        minute: 0,
    };
    expect(
        r.update_meeting(m),
        "when: meeting 2: 24:00 is not a time of day",
    );
    let mut m = meeting.clone();
    m.outcomes[0].follow_up = Some(MEETING);
    expect(
        r.update_meeting(m),
        "outcomes[0].follow_up: meeting 2: it cannot follow itself up",
    );
    let mut m = meeting.clone();
    m.sponsors.push(InstitutionId(55));
    expect(r.update_meeting(m), "sponsors[1]: unknown institution 55");
    let mut hub = r.hub(HUB).unwrap().clone();
    hub.members.push(HubMember {
        company: IHIT,
        period: Period::ALWAYS,
        status: MemberStatus::Active,
    });
    expect(
        r.update_hub(hub),
        "members[1]: institution 2: it is a innovationhouse, not a company",
    );
    let deal = r.deal(DEAL).unwrap().clone();
    let mut d = deal.clone();
    d.value = Money::from_major(40_000, Currency::USD).unwrap();
    expect(
        r.update_deal(d),
        "deal 1: its value 40000.00 USD is not the sum of its lines, 45000.00 USD",
    );
    let mut d = deal.clone();
    d.lines[0].value = Money::from_major(45_000, Currency::EUR).unwrap();
    expect(
        r.update_deal(d),
        "lines[0]: cannot combine USD and EUR: the currencies differ",
    );
    let mut d = deal.clone();
    d.seller = IHIT;
    expect(
        r.update_deal(d),
        "seller: institution 2: it is a innovationhouse, not a company",
    );
    let mut d = deal.clone();
    d.buyer = Buyer::Foreign {
        name: "x".into(),
        country: CountryCode::TR,
    };
    expect(
        r.update_deal(d),
        "deal 1: the buyer is in TR but the goods go to IQ",
    );
    let mut d = deal.clone();
    d.history = DealHistory::new(day(1404, 8, 10));
    expect(
        r.update_deal(d),
        "history: deal 1: its history can only be extended, not rewritten",
    );
    expect(
        r.advance_deal(DEAL, DealStatus::Signed, day(1404, 8, 11)),
        "deal 1: signed on 1404-08-11 is earlier than negotiating on 1404-08-12",
    );
    expect(
        r.advance_deal(DEAL, DealStatus::Shipped, day(1404, 9, 1)),
        "deal 1: cannot go from negotiating to shipped",
    );
    expect(
        r.advance_deal(DealId(5), DealStatus::Signed, day(1404, 9, 1)),
        "unknown deal 5",
    );
    let mut d = deal.clone();
    d.buyer = Buyer::Institution(COMPANY);
    d.destination = CountryCode::IR;
    expect(
        r.update_deal(d),
        "buyer: deal 1: the seller cannot buy from itself",
    );
    let mut d = deal.clone();
    d.hub = Some(HubId(8));
    expect(r.update_deal(d), "hub: unknown hub 8");
    let mut d = deal.clone();
    d.id = DealId(2);
    d.buyer = Buyer::Institution(InstitutionId(66));
    d.destination = CountryCode::IR;
    expect(r.insert_deal(d), "buyer: unknown institution 66");
    expect(r.insert_deal(deal.clone()), "deal 1 already exists");
    let hub = r.hub(HUB).unwrap().clone();
    let mut h = hub.clone();
    h.coordinator = InstitutionId(66);
    expect(r.update_hub(h), "coordinator: unknown institution 66");
    let mut h = hub.clone();
    h.members.push(h.members[0].clone());
    expect(
        r.update_hub(h),
        "members[1]: hub 1: institution 10 is a member twice",
    );
    expect(r.insert_hub(hub), "hub 1 already exists");
    expect(
        r.insert_meeting(meeting.clone()),
        "meeting 2 already exists",
    );
    expect(
        r.insert_institution(Institution::new(IHIT, name("x"), InstitutionKind::Other)),
        "institution 2 already exists",
    );
    expect(
        r.remove_affiliation(AffiliationId(99)).map(drop),
        "unknown affiliation 99",
    );
    expect(
        r.remove_expert(ENGINEER).map(drop),
        "expert 3 is still referred to by affiliation 3",
    );
    r.remove_affiliation(AffiliationId(3)).unwrap();
    let engineer = r.remove_expert(ENGINEER).unwrap();
    assert_eq!(engineer.id, ENGINEER);
    assert!(r.experts_named("نگار محمدی").is_empty());
    let mut own = Institution::new(InstitutionId(30), name("خودش"), InstitutionKind::Other);
    own.parent = Some(InstitutionId(30));
    expect(
        r.insert_institution(own),
        "parent: institution 30: it cannot be its own parent",
    );
    let mut m = meeting.clone();
    m.organisers.push(ORG_SCIENCE);
    expect(
        r.update_meeting(m),
        "organisers[1]: meeting 2: institution 1 is listed twice",
    );
    expect(
        r.insert_affiliation(Affiliation {
            id: AffiliationId(9),
            expert: ROOZBEH,
            institution: IHIT,
            role: "\u{200C}".into(),
            period: Period::ALWAYS,
        }),
        "role: role is empty",
    );
    // Roozbeh, once his affiliation is gone, is still a participant of the meeting.
    r.remove_affiliation(AffiliationId(1)).unwrap();
    expect(
        r.remove_expert(ROOZBEH).map(drop),
        "expert 1 is still referred to by meeting 2",
    );
}

#[cfg(feature = "serde")]
#[test]
fn json_round_trip_keeps_everything() {
    let r = registry();
    let json = r.to_json();
    let back = Registry::from_json(&json).unwrap();
    assert_eq!(back.to_json(), json);
    assert!(json.contains("\"1404-07-29\""));
    assert!(json.contains("\"minor\": \"4500000\""));
    assert!(json.contains("\"currency\": \"USD\""));
    assert_eq!(back.experts_named("حسين روزبه")[0].id, ROOZBEH);
    assert_eq!(
        back.deal(DEAL).unwrap().history,
        r.deal(DEAL).unwrap().history
    );
}

#[cfg(feature = "serde")]
#[test]
fn corrupted_json_is_refused_with_the_path() {
    let json = registry().to_json();
    let cases: Vec<(String, &str)> = vec![
        (
            json.replacen("\"1404-07-29\"", "\"1404-12-30\"", 1),
            "meetings[0].when.day: day 30 of Esfand 1404 does not exist: 1404 is not a leap year",
        ),
        (
            json.replacen("\"minor\": \"4500000\"", "\"minor\": \"-4500000\"", 1),
            "deals[0].lines[0].value: invalid amount \"-4500000\" of USD: negative amounts are not allowed",
        ),
        (
            json.replacen("\"minor\": \"4500000\"", "\"minor\": \"99999999999999999999\"", 1),
            "deals[0].lines[0].value: invalid amount \"99999999999999999999\" of USD: too large",
        ),
        (
            json.replacen("\"currency\": \"USD\"", "\"currency\": \"XYZ\"", 1),
            "deals[0].lines[0].value.currency: unknown currency \"XYZ\" (expected an ISO 4217 code such as IRR, USD or EUR)",
        ),
        (
            json.replacen("\"destination\": \"IQ\"", "\"destination\": \"XK\"", 1),
            "deals[0].destination: unknown country \"XK\" (expected an ISO 3166-1 alpha-2 code such as IR)",
        ),
        (
            json.replacen("0000-0002-1825-0097", "0000-0002-1825-0098", 1),
            "experts[2].external_ids[0]: invalid ORCID \"0000-0002-1825-0098\": check digit does not match",
        ),
        (
            json.replacen("\"expert\": 1,\n", "\"expert\": 17,\n", 1),
            "affiliations[0].expert: unknown expert 17",
        ),
        (
            json.replacen("\"status\": \"negotiating\"", "\"status\": \"paid\"", 1),
            "deals[0].history[1]: deal 1: cannot go from draft to paid",
        ),
    ];
    for (bad, message) in cases {
        assert_ne!(bad, json, "the corruption for {message:?} did not apply");
        assert_eq!(Registry::from_json(&bad).unwrap_err().to_string(), message);
    }
    for (bad, message) in [
        ("{", "invalid registry JSON: EOF while parsing an object at line 1 column 1"),
        (
            "{\"experts\": []} xyz",
            "invalid registry JSON: trailing characters at line 1 column 17",
        ),
        (
            "[]",
            "invalid registry JSON: expected a JSON object with the keys experts, institutions, affiliations, meetings, hubs and deals",
        ),
        (
            "{\"people\": []}",
            "people: unknown field `people`, expected one of `experts`, `institutions`, `affiliations`, `meetings`, `hubs`, `deals`",
        ),
        ("{\"experts\": 5}", "experts: invalid type: integer `5`, expected a sequence"),
    ] {
        assert_eq!(Registry::from_json(bad).unwrap_err().to_string(), message);
    }
}

/// An operation on a registry.
#[derive(Clone, Debug)]
enum Op {
    Expert(u32),
    Institution(u32, Option<u32>),
    Affiliation(u32, u32, u32),
    Meeting(u32, Option<u32>, Vec<u32>, Option<u32>),
    RemoveExpert(u32),
    RemoveInstitution(u32),
    RemoveMeeting(u32),
    RemoveAffiliation(u32),
    Company(u32),
    Hub(u32, u32, Vec<u32>),
    Deal(u32, u32, Option<u32>),
    RemoveHub(u32),
    RemoveDeal(u32),
}

fn op() -> impl Strategy<Value = Op> {
    let id = 0..6u32;
    prop_oneof![
        id.clone().prop_map(Op::Expert),
        (id.clone(), proptest::option::of(id.clone())).prop_map(|(a, b)| Op::Institution(a, b)),
        (id.clone(), id.clone(), id.clone()).prop_map(|(a, b, c)| Op::Affiliation(a, b, c)),
        (
            id.clone(),
            proptest::option::of(id.clone()),
            proptest::collection::vec(id.clone(), 0..3),
            proptest::option::of(id.clone())
        )
            .prop_map(|(a, b, c, d)| Op::Meeting(a, b, c, d)),
        id.clone().prop_map(Op::RemoveExpert),
        id.clone().prop_map(Op::RemoveInstitution),
        id.clone().prop_map(Op::RemoveMeeting),
        id.clone().prop_map(Op::RemoveAffiliation),
        id.clone().prop_map(Op::Company),
        (
            id.clone(),
            id.clone(),
            proptest::collection::vec(id.clone(), 0..3)
        )
            .prop_map(|(a, b, c)| Op::Hub(a, b, c)),
        (id.clone(), id.clone(), proptest::option::of(id.clone()))
            .prop_map(|(a, b, c)| Op::Deal(a, b, c)),
        id.clone().prop_map(Op::RemoveHub),
        id.prop_map(Op::RemoveDeal),
    ]
}

/// Every reference the registry holds points at something it holds.
fn references_hold(r: &Registry) -> bool {
    let inst = |id: InstitutionId| r.institution(id).is_some();
    r.institutions().all(|i| i.parent.is_none_or(inst))
        && r.affiliations()
            .all(|a| r.expert(a.expert).is_some() && inst(a.institution))
        && r.meetings().all(|m| {
            m.venue.is_none_or(inst)
                && m.organisers.iter().all(|&o| inst(o))
                && m.participants.iter().all(|p| r.expert(p.expert).is_some())
                && m.outcomes
                    .iter()
                    .all(|o| o.follow_up.is_none_or(|f| r.meeting(f).is_some()))
        })
        && r.hubs().all(|h| {
            inst(h.coordinator)
                && h.members.iter().all(|m| {
                    r.institution(m.company)
                        .is_some_and(|c| c.kind == InstitutionKind::Company)
                })
        })
        && r.deals().all(|d| {
            r.institution(d.seller)
                .is_some_and(|c| c.kind == InstitutionKind::Company)
                && d.hub.is_none_or(|h| r.hub(h).is_some())
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(500),
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_sequence_of_operations_keeps_references_valid(ops in proptest::collection::vec(op(), 0..60)) {
        let mut r = Registry::new();
        for op in ops {
            let result = match op {
                Op::Expert(id) => r.insert_expert(Expert::new(ExpertId(id), name(&format!("کارشناس {id}")))),
                Op::Institution(id, parent) => {
                    let mut i = Institution::new(InstitutionId(id), name(&format!("نهاد {id}")), InstitutionKind::Other);
                    i.parent = parent.map(InstitutionId);
                    r.insert_institution(i)
                }
                Op::Affiliation(id, e, i) => r.insert_affiliation(Affiliation {
                    id: AffiliationId(id),
                    expert: ExpertId(e),
                    institution: InstitutionId(i),
                    role: "عضو".into(),
                    period: Period::ALWAYS,
                }),
                Op::Meeting(id, venue, people, follow) => r.insert_meeting(Meeting {
                    id: MeetingId(id),
                    title: name(&format!("نشست {id}")),
                    series: None,
                    when: MeetingTime::Day(day(1404, 7, 29)),
                    venue: venue.map(InstitutionId),
                    organisers: vec![],
                    sponsors: vec![],
                    participants: people.into_iter().map(|p| Participant { expert: ExpertId(p), roles: vec![Role::Attendee] }).collect(),
                    attendance: None,
                    topics: vec![],
                    outcomes: follow.map(|f| Outcome { text: "ادامه".into(), follow_up: Some(MeetingId(f)), hub: None }).into_iter().collect(),
                    status: MeetingStatus::Held,
                    sources: vec![],
                }),
                Op::RemoveExpert(id) => r.remove_expert(ExpertId(id)).map(drop),
                Op::RemoveInstitution(id) => r.remove_institution(InstitutionId(id)).map(drop),
                Op::RemoveMeeting(id) => r.remove_meeting(MeetingId(id)).map(drop),
                Op::RemoveAffiliation(id) => r.remove_affiliation(AffiliationId(id)).map(drop),
                // Companies are numbered 100.. so that they do not take the others' numbers.
                Op::Company(id) => r.insert_institution(Institution::new(
                    InstitutionId(100 + id),
                    name(&format!("شرکت {id}")),
                    InstitutionKind::Company,
                )),
                Op::Hub(id, coordinator, members) => r.insert_hub(ExportHub {
                    id: HubId(id),
                    name: name(&format!("هاب {id}")),
                    coordinator: InstitutionId(coordinator),
                    members: members
                        .into_iter()
                        .map(|m| HubMember {
                            company: InstitutionId(100 + m),
                            period: Period::ALWAYS,
                            status: MemberStatus::Active,
                        })
                        .collect(),
                }),
                Op::Deal(id, seller, hub) => r.insert_deal(ExportDeal {
                    id: DealId(id),
                    seller: InstitutionId(100 + seller),
                    buyer: Buyer::Foreign {
                        name: "buyer".into(),
                        country: CountryCode::IQ,
                    },
                    origin: CountryCode::IR,
                    destination: CountryCode::IQ,
                    lines: vec![],
                    value: Money::from_major(10, Currency::EUR).unwrap(),
                    incoterm: None,
                    payment: PaymentChannel::BankTransfer,
                    hub: hub.map(HubId),
                    history: DealHistory::new(day(1404, 1, 1)),
                }),
                Op::RemoveHub(id) => r.remove_hub(HubId(id)).map(drop),
                Op::RemoveDeal(id) => r.remove_deal(DealId(id)).map(drop),
            };
            // Whatever happened, every reference still holds, and a refused operation says why.
            prop_assert!(references_hold(&r));
            if let Err(e) = result {
                prop_assert!(!e.to_string().is_empty());
                // Only the registry's own rules refuse these operations (the values are valid),
                // and a refusal names the entity.
                let kind_ok = match &e {
                    ModelError::UnknownReference { kind, id } | ModelError::StillReferenced { kind, id, .. } =>
                        e.to_string().contains(&format!("{kind} {id}")),
                    ModelError::DuplicateId { kind, id } => e.to_string() == format!("{kind} {id} already exists"),
                    ModelError::At { error, .. } => matches!(
                        **error,
                        ModelError::UnknownReference { .. } | ModelError::Inconsistent { .. }
                    ),
                    ModelError::Inconsistent { .. } => true,
                    _ => false,
                };
                prop_assert!(kind_ok, "unexpected refusal: {e:?}");
            }
        }
        // And the registry reads back from its JSON as it was.
        #[cfg(feature = "serde")]
        {
            let json = r.to_json();
            prop_assert_eq!(Registry::from_json(&json).unwrap().to_json(), json);
        }
    }
}
