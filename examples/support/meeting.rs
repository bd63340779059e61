//! The registry of a real meeting, shared by `examples/tour.rs` and the tests.
//!
//! The facts are those of a press report (Voice and Vision news agency, 1 Aban 1404): the second
//! meeting of Iranian experts who came back to the country, on Tuesday 29 Mehr 1404 at Iran's
//! technology and innovation house (iHiT), organised by the organisation for international
//! scientific and technological cooperation, which announced an export hub of knowledge-based
//! companies. The company, the engineer and the deal are invented for the example, and say so.

#![allow(dead_code)]

use daneshbonyan::jalali::JalaliDate;
use daneshbonyan::model::*;

pub fn name(s: &str) -> PersianName {
    PersianName::new(s).unwrap()
}

pub fn day(y: i32, m: u8, d: u8) -> JalaliDate {
    JalaliDate::new(y, m, d).unwrap()
}

pub const ORG_SCIENCE: InstitutionId = InstitutionId(1);
pub const IHIT: InstitutionId = InstitutionId(2);
pub const VICE_PRESIDENCY: InstitutionId = InstitutionId(3);
pub const NEWS: InstitutionId = InstitutionId(4);
pub const COMPANY: InstitutionId = InstitutionId(10);
pub const ROOZBEH: ExpertId = ExpertId(1);
pub const ROSTAMI: ExpertId = ExpertId(2);
pub const ENGINEER: ExpertId = ExpertId(3);
pub const MEETING: MeetingId = MeetingId(2);
pub const NEXT: MeetingId = MeetingId(3);
pub const HUB: HubId = HubId(1);
pub const DEAL: DealId = DealId(1);

/// The registry of `returnee_meeting.md`, plus an invented company, expert and deal.
pub fn registry() -> Registry {
    let mut r = Registry::new();
    let mut org = Institution::new(
        ORG_SCIENCE,
        name("سازمان توسعه همکاری‌های علمی و فناورانه بین‌المللی"),
        InstitutionKind::Government,
    );
    org.country = Some(CountryCode::IR);
    r.insert_institution(org).unwrap();
    let mut ihit = Institution::new(
        IHIT,
        name("خانه فناوری و نوآوری ایران"),
        InstitutionKind::InnovationHouse,
    );
    ihit.other_names = vec![name("آی‌هیت"), name("iHiT")];
    ihit.city = Some("تهران".into());
    r.insert_institution(ihit).unwrap();
    r.insert_institution(Institution::new(
        VICE_PRESIDENCY,
        name("معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست‌جمهوری"),
        InstitutionKind::Government,
    ))
    .unwrap();
    let mut news = Institution::new(
        NEWS,
        name("خبرگزاری صدا و سیما"),
        InstitutionKind::NewsAgency,
    );
    news.country = Some(CountryCode::IR);
    r.insert_institution(news).unwrap();
    // Invented: a knowledge-based company.
    let mut company = Institution::new(
        COMPANY,
        name("شرکت نمونه فناوران پارس"),
        InstitutionKind::Company,
    );
    company.fields = vec![name("هوش مصنوعی"), name("پردازش زبان فارسی")];
    company.knowledge_based = Some(Certification {
        category: "نوپا".into(),
        valid: Period::new(
            Some("1402-03".parse().unwrap()),
            Some("1405-02".parse().unwrap()),
        )
        .unwrap(),
    });
    r.insert_institution(company).unwrap();

    let mut roozbeh = Expert::new(ROOZBEH, name("حسین روزبه"));
    roozbeh.sources = vec!["خبرگزاری صدا و سیما، ۱ آبان ۱۴۰۴".into()];
    r.insert_expert(roozbeh).unwrap();
    r.insert_expert(Expert::new(ROSTAMI, name("سلمان رستمی")))
        .unwrap();
    // Invented: a returnee engineer.
    let mut engineer = Expert::new(ENGINEER, name("نگار محمدی"));
    engineer.fields = vec![name("هوش مصنوعی"), name("پردازش زبان فارسي")];
    engineer.returnee = Some(Returnee {
        countries: vec![CountryCode::DE],
        returned: Some("1401".parse().unwrap()),
        last_host: Some("TU München".into()),
    });
    engineer.external_ids = vec![ExternalId::orcid("0000-0002-1825-0097").unwrap()];
    r.insert_expert(engineer).unwrap();

    r.insert_affiliation(Affiliation {
        id: AffiliationId(1),
        expert: ROOZBEH,
        institution: ORG_SCIENCE,
        role: "رئیس".into(),
        period: Period::ALWAYS,
    })
    .unwrap();
    r.insert_affiliation(Affiliation {
        id: AffiliationId(2),
        expert: ROSTAMI,
        institution: ORG_SCIENCE,
        role: "معاون توسعه کسب‌وکار بین‌المللی".into(),
        period: Period::ALWAYS,
    })
    .unwrap();
    r.insert_affiliation(Affiliation {
        id: AffiliationId(3),
        expert: ENGINEER,
        institution: COMPANY,
        role: "مدیر فنی".into(),
        period: Period::since("1401-06".parse().unwrap()),
    })
    .unwrap();

    r.insert_hub(ExportHub {
        id: HUB,
        name: name("هاب صادراتی شرکت‌های دانش‌بنیان ایرانی"),
        coordinator: ORG_SCIENCE,
        members: vec![HubMember {
            company: COMPANY,
            period: Period::since("1404-08".parse().unwrap()),
            status: MemberStatus::Applied,
        }],
    })
    .unwrap();
    r.insert_meeting(Meeting {
        id: NEXT,
        title: name("نخستین نشست تخصصی هاب صادراتی"),
        series: None,
        when: MeetingTime::Window {
            from: day(1404, 8, 3),
            to: day(1404, 8, 9),
        },
        venue: None,
        organisers: vec![ORG_SCIENCE],
        sponsors: vec![],
        participants: vec![],
        attendance: None,
        topics: vec![],
        outcomes: vec![],
        status: MeetingStatus::Planned,
        sources: vec![],
    })
    .unwrap();
    r.insert_meeting(Meeting {
        id: MEETING,
        title: name("دومین نشست هم‌اندیشی متخصصان ایرانی بازگشته به کشور"),
        series: Some(("نشست هم‌اندیشی متخصصان ایرانی بازگشته به کشور".into(), 2)),
        when: MeetingTime::Day(day(1404, 7, 29)),
        venue: Some(IHIT),
        organisers: vec![ORG_SCIENCE],
        sponsors: vec![ORG_SCIENCE],
        participants: vec![Participant {
            expert: ROOZBEH,
            roles: vec![Role::Host, Role::Speaker],
        }],
        attendance: Some(Attendance {
            count: 15,
            qualifier: Qualifier::MoreThan,
        }),
        topics: vec!["انتقال پول صادرات".into()],
        outcomes: vec![Outcome {
            text: "تشکیل هاب صادراتی شرکت‌های دانش‌بنیان".into(),
            follow_up: Some(NEXT),
            hub: Some(HUB),
        }],
        status: MeetingStatus::Held,
        sources: vec!["خبرگزاری صدا و سیما".into()],
    })
    .unwrap();

    // Invented: a deal, signed and shipped.
    let mut history = DealHistory::new(day(1404, 8, 10));
    history
        .advance(DEAL, DealStatus::Negotiating, day(1404, 8, 12))
        .unwrap();
    r.insert_deal(ExportDeal {
        id: DEAL,
        seller: COMPANY,
        buyer: Buyer::Foreign {
            name: "Baghdad Language Services".into(),
            country: CountryCode::IQ,
        },
        origin: CountryCode::IR,
        destination: CountryCode::IQ,
        lines: vec![DealLine {
            product: "نرم‌افزار پردازش زبان فارسی".into(),
            hs_code: None,
            quantity: 3,
            unit: "licence".into(),
            value: Money::from_major(45_000, Currency::USD).unwrap(),
        }],
        value: Money::from_major(45_000, Currency::USD).unwrap(),
        incoterm: Some(Incoterm {
            rule: IncotermRule::DAP,
            place: "Baghdad".into(),
        }),
        payment: PaymentChannel::ThirdCountry(CountryCode::AE),
        hub: Some(HUB),
        history,
    })
    .unwrap();
    r
}
