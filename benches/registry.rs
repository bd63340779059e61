//! The registry at national size: one million experts, one hundred thousand institutions, one
//! hundred thousand meetings and one million export deals, built deterministically (a seeded
//! xorshift64*) from pools of Persian first names, surnames, fields, cities and brands.
//!
//! What the data looks like:
//!
//! * experts: a first name (152 in the pool) and a surname (300, some two words joined by a
//!   ZWNJ such as `حسن‌زاده`), one in ten written with the Arabic letters ي and ك; names repeat
//!   (there are 45 600 combinations for a million people). 2–4 fields of expertise from a pool
//!   of 64, an honorific for 40 %, a returnee record for 5 %;
//! * institutions: 85 % companies (40 % of them certified knowledge-based), 10 % universities,
//!   5 % government bodies; names built from pools of company forms (`شرکت دانش‌بنیان`), brands,
//!   cities and fields, so that common words (`شرکت`) recur as they do; a city; 2–5 fields;
//! * meetings: a day (or a day and time, or a one-week window for 3 %) in the Jalali years
//!   1400–1404, a title, an institution as venue and organiser, 2–10 distinct participants;
//! * deals: a company seller, a foreign buyer in one of 12 countries (the destination), a value
//!   in USD, EUR, AED or CNY (no line, or one line of the same value), an Incoterm for half,
//!   a history advanced 0–4 steps through legal transitions.
//!
//! What is measured:
//!
//! 1. Outside criterion, printed on stderr: the time to generate and to insert each kind, the
//!    whole build, and the bytes held per entity — the bytes the process holds after
//!    inserting a kind minus before, divided by the count (so an expert's share includes its
//!    B-tree slot and its entries in the name index), and for comparison the bytes of the
//!    same entities as plain values in a `Vec`. A counting global allocator (below) provides
//!    the byte counts; it stops counting before criterion starts. With the `serde` feature,
//!    one timed `to_json` and `from_json` of the whole registry (`to_json` writes pretty JSON),
//!    its size, MB/s (10^6 bytes) and the allocations of the load. Generation is timed apart
//!    from insertion: only insertion is the registry's own time.
//! 2. With criterion (`registry/…`), on that registry: `experts_named` over a rotating list
//!    of 1000 queries for existing experts (half whole names, half single surnames; a third
//!    typed with Arabic ي/ك, a third of the whole names with a double space), and the two
//!    halves separately; `experts_with_prefix(p, 10)` over rotating 2- and 3-letter prefixes of
//!    existing first names and surnames; `meetings_in_month(1403, 7)`; `match_experts` for 16
//!    rotating companies, limit 10; `deal_totals`; and with `serde`, `to_json` and
//!    `from_json` of the whole registry in bytes of JSON per second (criterion prints MiB/s,
//!    2^20 bytes). One iteration is one call: the time criterion prints is the time per call.
//!    Before criterion starts, stderr says how many experts the queries return, which is what
//!    an `experts_named` call costs in proportion to.
//!
//! The targets: an exact name lookup under 2 µs, the first ten prefix hits under
//! 20 µs, a JSON load of at least 100 MB/s.
//!
//! `DANESHBONYAN_BENCH_SCALE` multiplies every count (default 1; `0.01` for a quick look).
//! When it is not set and criterion runs in `--test` mode (the CI smoke run), the scale is
//! 0.001. At full scale the run needs about 6.5 GB of memory and its time is mostly the JSON
//! load: criterion runs it at least 11 times (one warm-up run, ten samples), so a load of
//! 40 s makes a run of about ten minutes, one that meets the target (13 s) about four. A
//! filter skips criterion's JSON runs (`cargo bench --bench registry -- experts_`), not the
//! build nor the one timed `to_json`/`from_json`.

#[cfg(feature = "serde")]
use criterion::Throughput;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode};
use daneshbonyan::jalali::JalaliDate;
use daneshbonyan::model::{
    Buyer, Certification, CountryCode, Currency, DealHistory, DealId, DealLine, Expert, ExpertId,
    ExportDeal, Incoterm, IncotermRule, Institution, InstitutionId, InstitutionKind, Meeting,
    MeetingId, MeetingStatus, MeetingTime, Money, PartialDate, Participant, PaymentChannel, Period,
    PersianName, Registry, Returnee, Role,
};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering::Relaxed};
use std::time::{Duration, Instant};

// -- counting allocator -------------------------------------------------------------------------

/// The system allocator, counting the bytes held and the allocations made while `COUNTING`.
///
/// Why there is `unsafe` here: `GlobalAlloc` is an unsafe trait, so any allocator wrapper needs
/// `unsafe impl` and calls to `System`'s unsafe methods. The library's
/// `#![forbid(unsafe_code)]` (src/lib.rs) covers the library crate only; this bench is a crate
/// of its own. Each method forwards its arguments unchanged to `System` and then only adjusts
/// two counters, so it keeps `System`'s contract exactly.
struct Counting;

/// Whether allocations are counted (turned off for good before criterion measures).
static COUNTING: AtomicBool = AtomicBool::new(true);
/// Bytes allocated minus bytes freed while counting.
static HELD: AtomicU64 = AtomicU64::new(0);
/// Allocations made while counting (a reallocation counts as one).
static ALLOCATIONS: AtomicU64 = AtomicU64::new(0);

fn grew(bytes: usize) {
    if COUNTING.load(Relaxed) {
        HELD.fetch_add(bytes as u64, Relaxed);
        ALLOCATIONS.fetch_add(1, Relaxed);
    }
}

fn shrank(bytes: usize) {
    if COUNTING.load(Relaxed) {
        HELD.fetch_sub(bytes as u64, Relaxed);
    }
}

// SAFETY: every method forwards to `System` with the arguments it was given; the counters do
// not touch the memory.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller upholds `GlobalAlloc::alloc`'s contract, which `System` shares.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as for `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator, that is from `System`, with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: as for `dealloc`; `new_size` is checked by the caller.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            grew(new_size);
            shrank(layout.size());
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn held() -> u64 {
    HELD.load(Relaxed)
}

fn allocations() -> u64 {
    ALLOCATIONS.load(Relaxed)
}

// -- scale and randomness -----------------------------------------------------------------------

/// The seed of everything generated.
const SEED: u64 = 14_040_729;

/// `DANESHBONYAN_BENCH_SCALE`, else 0.001 in criterion's `--test` mode, else 1.
fn scale() -> f64 {
    match std::env::var("DANESHBONYAN_BENCH_SCALE") {
        Ok(s) => match s.trim().parse::<f64>() {
            Ok(x) if x.is_finite() && x > 0.0 => x,
            _ => panic!("DANESHBONYAN_BENCH_SCALE must be a positive number, not {s:?}"),
        },
        Err(_) if std::env::args().any(|a| a == "--test") => 0.001,
        Err(_) => 1.0,
    }
}

/// xorshift64* (Vigna): fast, deterministic and good enough to pick from pools.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (the modulo bias is below 10^-12 for these `n`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn between(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, pool: &'a [T]) -> &'a T {
        &pool[self.below(pool.len())]
    }

    /// `k` distinct indices below `n`.
    fn distinct(&mut self, k: usize, n: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(k);
        while out.len() < k.min(n) {
            let i = self.below(n);
            if !out.contains(&i) {
                out.push(i);
            }
        }
        out
    }
}

// -- pools --------------------------------------------------------------------------------------

#[rustfmt::skip]
const FIRST_NAMES: [&str; 152] = [
    // Men.
    "علی", "محمد", "حسین", "حسن", "رضا", "مهدی", "امیر", "احمد", "محمدرضا", "علیرضا", "مصطفی",
    "مجتبی", "سعید", "حمید", "مجید", "وحید", "جواد", "هادی", "محسن", "ابوالفضل", "امیرحسین",
    "امیرعلی", "محمدحسین", "محمدعلی", "سجاد", "میلاد", "بهروز", "بهزاد", "فرهاد", "کامران",
    "کاوه", "کیوان", "آرش", "بابک", "داریوش", "سیاوش", "سهراب", "پیمان", "پویا", "پرویز",
    "منصور", "ناصر", "یوسف", "یعقوب", "اسماعیل", "ابراهیم", "عباس", "کاظم", "مرتضی", "نادر",
    "شهرام", "بهنام", "بردیا", "آرمان", "آرین", "ایمان", "امید", "نیما", "سینا", "کیان",
    "یاسین", "طاها", "عرفان", "دانیال", "هومن", "رامین", "فرزاد", "فرشید", "شاهین", "کوروش",
    "صادق", "باقر", "جعفر", "حمیدرضا", "غلامرضا", "عبدالله", "اکبر", "اصغر", "قاسم", "سلمان",
    "فرید", "مسعود", "مهران", "مهرداد", "کامیار", "شایان", "پارسا", "سپهر", "مازیار", "بیژن",
    "جمشید", "خسرو", "اردشیر", "فریبرز", "هوشنگ", "ماهان",
    // Women.
    "فاطمه", "زهرا", "مریم", "معصومه", "زینب", "سارا", "نرگس", "لیلا", "مینا", "شیرین", "نسرین",
    "پریسا", "پروین", "سمیرا", "سمانه", "الهام", "الهه", "مهسا", "مهناز", "نازنین", "نیلوفر",
    "آزاده", "آناهیتا", "بهاره", "ترانه", "تینا", "رویا", "ژاله", "سپیده", "ستاره", "سحر",
    "سوسن", "شبنم", "شهرزاد", "شیما", "فرشته", "فرناز", "کبری", "گلناز", "لادن", "مرجان",
    "مژگان", "مهتاب", "مهرناز", "نگار", "نسیم", "هانیه", "هدی", "یاسمن", "یگانه", "کیمیا",
    "ریحانه", "محدثه", "عاطفه", "طاهره", "صدیقه",
];

#[rustfmt::skip]
const SURNAMES: [&str; 300] = [
    "محمدی", "حسینی", "احمدی", "رضایی", "موسوی", "کریمی", "هاشمی", "جعفری", "رحیمی", "صادقی",
    "قاسمی", "کاظمی", "عباسی", "نوری", "اکبری", "حیدری", "مرادی", "ابراهیمی", "قربانی",
    "سلیمانی", "شریفی", "نجفی", "امیری", "اسدی", "یوسفی", "طاهری", "باقری", "رستمی", "فتحی",
    "زارعی", "عزیزی", "خلیلی", "مختاری", "سعیدی", "نظری", "بهرامی", "صالحی", "کرمی", "فرهادی",
    "مرتضوی", "جلالی", "نادری", "شجاعی", "میرزایی", "قنبری", "عسگری", "یزدانی", "افشار",
    "تهرانی", "شیرازی", "اصفهانی", "تبریزی", "کرمانی", "یزدی", "قزوینی", "رشتی", "همدانی",
    "کاشانی", "خراسانی", "گیلانی", "مازندرانی", "لاریجانی", "آملی", "نیشابوری", "سبزواری",
    "بروجردی", "دماوندی", "ساوجی", "زنجانی", "اردبیلی", "جهانگیری", "دهقان", "دهقانی", "کشاورز",
    "آهنگر", "نجار", "زرگر", "بنا", "صباغ", "خیاط", "عطار", "بازرگان", "صراف", "حداد",
    "فراهانی", "گلپایگانی", "نراقی", "طباطبایی", "شیرازیان", "حسینیان", "رضاییان", "کریمیان",
    "احمدیان", "محمدیان", "جعفریان", "رحیمیان", "اکبریان", "عباسیان", "حیدریان", "مرادیان",
    "امیریان", "سلطانی", "سلطانیان", "ملکی", "خسروی", "خسروشاهی", "فرجی", "فرجیان", "نوروزی",
    "بهاری", "پاییزی", "زمستانی", "تابستانی", "آذری", "مهری", "بهمنی", "اسفندیاری", "شهریاری",
    "مهرابی", "آبانی", "دیبایی", "پرتوی", "روشن", "روشنی", "صفایی", "وفایی", "صبوری", "شکوهی",
    "نیکخواه", "نیکپور", "نیکنام", "نیکو", "خوش‌نویس", "خوشبخت", "بختیاری", "قشقایی",
    "کردستانی", "بلوچ", "ترکمان", "عرب", "ارمنی", "گرجی", "رومی", "چینی", "حسن‌زاده",
    "علی‌زاده", "تقی‌زاده", "قلی‌زاده", "رضازاده", "عبدالله‌زاده", "ملک‌زاده", "ولی‌زاده",
    "نقی‌زاده", "شاه‌زاده", "امام‌زاده", "حاجی‌زاده", "میرزاده", "آقازاده", "علی‌پور",
    "حسن‌پور", "قلی‌پور", "رحیم‌پور", "کریم‌پور", "اسماعیل‌پور", "ابراهیم‌پور", "یوسف‌پور",
    "جهان‌پور", "شاه‌پور", "نصرالله‌پور", "مهدی‌پور", "رسول‌پور", "عباس‌پور", "محمدپور",
    "امین‌پور", "منصوری", "ناصری", "مسعودی", "حمیدی", "مجیدی", "وحیدی", "جوادی", "هادوی",
    "محسنی", "فاضلی", "عادلی", "عالمی", "حکیمی", "حکیم", "دانشور", "دانشمند", "فرزانه", "فرزان",
    "فرهمند", "هوشمند", "هوشیار", "زیرک", "دانا", "توانا", "پارسا", "پاکزاد", "پاکدل",
    "پاکنژاد", "نیک‌نژاد", "نژادی", "اصلانی", "شیردل", "شیرازی‌نژاد", "کاویانی", "کاوه",
    "رستم‌خانی", "خانی", "خان‌محمدی", "بیگی", "بیگدلی", "افشاری", "قاجار", "زند", "صفوی",
    "سامانی", "طاهرخانی", "غفاری", "غلامی", "غلامرضایی", "کیانی", "کیانپور", "کیهانی", "کیوانی",
    "مهاجر", "مهاجرانی", "مهرپرور", "مهربان", "مهرانی", "میرزایی‌نیا", "نیا", "رادمنش", "رادفر",
    "رادان", "راد", "فرهنگ", "فرهنگی", "ادیب", "ادیبی", "شاعری", "حافظی", "سعدی", "فردوسی",
    "مولوی", "عطاری", "خیامی", "جامی", "نظامی", "انوری", "سنایی", "رودکی", "بیهقی", "طوسی",
    "رازی", "بیرونی", "خوارزمی", "فارابی", "سینایی", "ابن‌سینا", "شهابی", "ستاری", "قدیری",
    "نصیری", "بصیری", "امینی", "امین", "امانی", "ایمانی", "یکتا", "یگانه", "سپهری", "سپاهی",
    "لشکری", "کشوری", "دولتی", "آزادی", "آزاد", "سروری", "سرور", "سرداری", "سردار", "جهانبخش",
    "جهانشاهی", "جهانی", "کیانفر", "آرین‌فر", "آریان", "آریا", "پورمحمدی", "پوررضا", "پورحسینی",
    "پورعلی", "پورکریم", "پوراحمد", "پورجعفر", "پوریوسف", "پورنادر",
];

#[rustfmt::skip]
const FIELDS: [&str; 64] = [
    "هوش مصنوعی", "یادگیری ماشین", "بینایی ماشین", "پردازش زبان طبیعی", "داده‌کاوی",
    "امنیت سایبری", "رایانش ابری", "اینترنت اشیا", "زنجیره بلوکی", "رباتیک", "مکاترونیک",
    "الکترونیک قدرت", "مخابرات", "طراحی مدار مجتمع", "نانوفناوری", "زیست‌فناوری",
    "مهندسی ژنتیک", "داروسازی", "تجهیزات پزشکی", "مهندسی پزشکی", "ایمنی‌شناسی",
    "سلول‌های بنیادی", "مهندسی بافت", "شیمی پلیمر", "مواد پیشرفته", "متالورژی", "کامپوزیت",
    "مهندسی نفت", "مهندسی گاز", "پتروشیمی", "کاتالیست", "انرژی خورشیدی", "انرژی بادی",
    "ذخیره‌سازی انرژی", "هیدروژن", "مهندسی هسته‌ای", "هوافضا", "پهپاد", "ماهواره",
    "اپتیک و لیزر", "فوتونیک", "نیمه‌رسانا", "کشاورزی دقیق", "آب و فاضلاب", "محیط زیست",
    "مدیریت پسماند", "مهندسی عمران", "سازه", "حمل و نقل هوشمند", "خودرو", "مهندسی مکانیک",
    "ساخت افزودنی", "اقتصاد دیجیتال", "فناوری مالی", "تجارت الکترونیک", "بازاریابی بین‌المللی",
    "مدیریت زنجیره تامین", "بازی‌سازی", "واقعیت مجازی", "آموزش الکترونیک", "صنایع غذایی",
    "داروهای گیاهی", "ژئوفیزیک", "معدن",
];

#[rustfmt::skip]
const CITIES: [&str; 38] = [
    "تهران", "مشهد", "اصفهان", "شیراز", "تبریز", "کرج", "قم", "اهواز", "کرمانشاه", "ارومیه",
    "رشت", "زاهدان", "کرمان", "همدان", "یزد", "اردبیل", "بندرعباس", "اراک", "زنجان", "قزوین",
    "سنندج", "خرم‌آباد", "گرگان", "ساری", "بوشهر", "بیرجند", "ایلام", "شهرکرد", "یاسوج",
    "سمنان", "کاشان", "بابل", "آمل", "دزفول", "نیشابور", "سبزوار", "بجنورد", "کیش",
];

#[rustfmt::skip]
const BRANDS: [&str; 60] = [
    "پارس", "آریا", "نوآوران", "فناوران", "پیشگامان", "سپهر", "آسمان", "دانش", "نگین", "البرز",
    "دماوند", "زاگرس", "کاوش", "پویش", "رایان", "پردازش", "سامانه", "هوشمند", "ایده", "اندیشه",
    "نوین", "پرتو", "فرآیند", "تدبیر", "مهرگان", "سپند", "ایران", "خلیج فارس", "کیمیا", "آذر",
    "تابان", "درخشان", "آفتاب", "ستاره", "کهکشان", "افق", "آینده", "فردا", "پیام", "نوا", "آوا",
    "ارغوان", "صنوبر", "سرو", "بهار", "مهر", "آرمان", "آرین", "کیان", "پاسارگاد", "تخت جمشید",
    "هخامنش", "سیمرغ", "ققنوس", "آناهیتا", "میترا", "ارس", "کارون", "هیرمند", "سهند",
];

const COMPANY_FORMS: [&str; 6] = [
    "شرکت",
    "شرکت دانش‌بنیان",
    "گروه صنعتی",
    "شرکت فناوری",
    "شرکت مهندسی",
    "شرکت تولیدی",
];

const GOVERNMENT_FORMS: [&str; 5] = [
    "سازمان توسعه",
    "اداره کل",
    "ستاد توسعه",
    "معاونت",
    "صندوق حمایت از",
];

const MEETING_FORMS: [&str; 8] = [
    "نشست تخصصی",
    "همایش ملی",
    "کارگاه آموزشی",
    "میزگرد",
    "رویداد شبکه‌سازی",
    "جلسه هم‌اندیشی",
    "نمایشگاه",
    "دورهمی متخصصان",
];

const CERTIFICATIONS: [&str; 3] = ["نوپا", "تولیدی", "دانش‌بنیان نوع یک"];

const PRODUCTS: [(&str, &str); 10] = [
    ("کیت تشخیص مولکولی", "3822"),
    ("نرم‌افزار مدیریت شبکه", "8523"),
    ("پهپاد نقشه‌برداری", "8806"),
    ("کاتالیست پالایش", "3815"),
    ("داروی زیستی", "3002"),
    ("پنل خورشیدی", "8541"),
    ("دستگاه دیالیز", "9018"),
    ("فیلتر نانو", "8421"),
    ("سامانه پایش هوشمند", "9031"),
    ("قطعات توربین", "8411"),
];

const PLACES: [&str; 6] = [
    "Bandar Abbas",
    "Jebel Ali",
    "Mersin",
    "Umm Qasr",
    "Tehran IKA",
    "Sarakhs",
];

/// Foreign buyers by country (the country is the deal's destination).
const BUYERS: [(&str, [&str; 3]); 12] = [
    (
        "IQ",
        [
            "Al-Rafidain Medical Co.",
            "شركة النور للتجارة",
            "Basra Energy Services",
        ],
    ),
    (
        "AE",
        [
            "Jebel Ali Tech Trading LLC",
            "Gulf Bridge FZE",
            "Emirates Medical Supply",
        ],
    ),
    (
        "CN",
        [
            "Shenzhen Huaxin Electronics",
            "Zhejiang New Materials",
            "Sinoport Trading",
        ],
    ),
    (
        "TR",
        [
            "Anadolu Teknoloji A.Ş.",
            "Mersin Lojistik",
            "Istanbul Medikal",
        ],
    ),
    (
        "RU",
        [
            "OOO Kaspiy Trade",
            "Volga Industrial Group",
            "Astrakhan Port Services",
        ],
    ),
    ("AF", ["Herat Pharma", "شرکت تجارتی هرات", "Kabul Solar"]),
    (
        "AM",
        [
            "Yerevan Engineering CJSC",
            "Ararat Trade",
            "Armtech Solutions",
        ],
    ),
    (
        "OM",
        [
            "Muscat Industrial LLC",
            "Sohar Free Zone Trading",
            "Oman Med Devices",
        ],
    ),
    (
        "KZ",
        ["Aktau Logistics", "Almaty Agro Tech", "Astana Energy"],
    ),
    (
        "IN",
        [
            "Chabahar Link Pvt Ltd",
            "Mumbai Pharma Imports",
            "Bengaluru Robotics",
        ],
    ),
    (
        "SY",
        [
            "Damascus Medical Trading",
            "Aleppo Textile Co.",
            "Latakia Port Supply",
        ],
    ),
    (
        "QA",
        [
            "Doha Energy Partners",
            "Qatar Smart Systems",
            "Lusail Trading",
        ],
    ),
];

// -- building -----------------------------------------------------------------------------------

/// How many of each kind.
struct Counts {
    experts: usize,
    institutions: usize,
    meetings: usize,
    deals: usize,
}

impl Counts {
    fn at(scale: f64) -> Counts {
        let n = |full: f64, least: usize| ((full * scale).round() as usize).max(least);
        Counts {
            experts: n(1e6, 20),
            institutions: n(1e5, 2),
            meetings: n(1e5, 1),
            deals: n(1e6, 1),
        }
    }
}

/// Persian yeh and keheh written with the Arabic letters, as many keyboards type them.
fn arabic_letters(s: &str) -> String {
    s.replace('ی', "ي").replace('ک', "ك")
}

fn name(text: &str) -> PersianName {
    PersianName::new(text).expect("a generated name is valid")
}

/// The fields of expertise, once (entities get clones: each owns its names).
fn field_names() -> Vec<PersianName> {
    FIELDS.iter().map(|f| name(f)).collect()
}

fn some_fields(rng: &mut Rng, fields: &[PersianName], lo: usize, hi: usize) -> Vec<PersianName> {
    let k = rng.between(lo, hi);
    rng.distinct(k, fields.len())
        .into_iter()
        .map(|i| fields[i].clone())
        .collect()
}

fn day_between(rng: &mut Rng, first: JalaliDate, last: JalaliDate) -> JalaliDate {
    let (a, b) = (first.unix_days(), last.unix_days());
    JalaliDate::from_unix_days(a + rng.below((b - a + 1) as usize) as i32).expect("a day")
}

fn experts(rng: &mut Rng, n: usize, fields: &[PersianName]) -> Vec<Expert> {
    (1..=n)
        .map(|id| {
            let written = format!("{} {}", rng.pick(&FIRST_NAMES), rng.pick(&SURNAMES));
            let written = if rng.chance(10) {
                arabic_letters(&written)
            } else {
                written
            };
            let mut e = Expert::new(ExpertId(id as u32), name(&written));
            e.fields = some_fields(rng, fields, 2, 4);
            e.honorific = match rng.below(100) {
                0..=24 => Some("دکتر".to_string()),
                25..=39 => Some("مهندس".to_string()),
                _ => None,
            };
            if rng.chance(5) {
                let (country, host) = *rng.pick(&[
                    ("DE", "TU München"),
                    ("US", "Stanford University"),
                    ("CA", "University of Toronto"),
                    ("GB", "Imperial College London"),
                    ("FR", "Sorbonne Université"),
                ]);
                e.returnee = Some(Returnee {
                    countries: vec![CountryCode::new(country).expect("a country")],
                    returned: Some(
                        PartialDate::year(rng.between(1395, 1404) as i32).expect("a year"),
                    ),
                    last_host: Some(host.to_string()),
                });
            }
            e
        })
        .collect()
}

/// The institutions, and the identifiers of the companies among them.
fn institutions(
    rng: &mut Rng,
    n: usize,
    fields: &[PersianName],
) -> (Vec<Institution>, Vec<InstitutionId>) {
    let mut companies = Vec::new();
    let list = (1..=n)
        .map(|id| {
            let id = InstitutionId(id as u32);
            let city = *rng.pick(&CITIES);
            // The first is a company, so that there is always a seller.
            let roll = if id.0 == 1 { 0 } else { rng.below(100) };
            let (kind, text) = match roll {
                0..=84 => {
                    let mut t = format!(
                        "{} {} {}",
                        rng.pick(&COMPANY_FORMS),
                        rng.pick(&BRANDS),
                        rng.pick(&BRANDS)
                    );
                    if rng.chance(30) {
                        t = format!("{t} {}", rng.pick(&FIELDS));
                    }
                    (InstitutionKind::Company, t)
                }
                85..=94 => {
                    let t = match rng.below(4) {
                        0 => format!("دانشگاه {city}"),
                        1 => format!("دانشگاه صنعتی {city}"),
                        2 => format!("دانشگاه علوم پزشکی {city}"),
                        _ => format!("دانشگاه آزاد اسلامی واحد {city}"),
                    };
                    (InstitutionKind::University, t)
                }
                _ => (
                    InstitutionKind::Government,
                    format!(
                        "{} {} استان {city}",
                        rng.pick(&GOVERNMENT_FORMS),
                        rng.pick(&FIELDS)
                    ),
                ),
            };
            let mut i = Institution::new(id, name(&text), kind);
            i.country = Some(CountryCode::IR);
            i.city = Some(city.to_string());
            i.fields = some_fields(rng, fields, 2, 5);
            if kind == InstitutionKind::Company {
                companies.push(id);
                if rng.chance(40) {
                    let since = PartialDate::year(rng.between(1396, 1403) as i32).expect("a year");
                    i.knowledge_based = Some(Certification {
                        category: rng.pick(&CERTIFICATIONS).to_string(),
                        valid: Period::since(since),
                    });
                }
            }
            i
        })
        .collect();
    (list, companies)
}

fn meetings(rng: &mut Rng, n: usize, experts: usize, institutions: usize) -> Vec<Meeting> {
    let first = JalaliDate::new(1400, 1, 1).expect("a day");
    let last = JalaliDate::new(1404, 12, 29).expect("a day");
    let held_before = JalaliDate::new(1404, 7, 1).expect("a day");
    (1..=n)
        .map(|id| {
            let day = day_between(rng, first, last);
            let (when, status) = match rng.below(100) {
                0..=2 => (
                    MeetingTime::Window {
                        from: day,
                        to: day.checked_add_days(6).unwrap_or(day),
                    },
                    MeetingStatus::Planned,
                ),
                roll => {
                    let when = if roll < 60 {
                        MeetingTime::Day(day)
                    } else {
                        MeetingTime::At {
                            date: day,
                            hour: rng.between(8, 19) as u8,
                            minute: 15 * rng.below(4) as u8,
                        }
                    };
                    let status = if day < held_before {
                        MeetingStatus::Held
                    } else {
                        MeetingStatus::Scheduled
                    };
                    (when, status)
                }
            };
            let venue = InstitutionId(rng.between(1, institutions) as u32);
            let k = rng.between(2, 10);
            let participants = rng
                .distinct(k, experts)
                .into_iter()
                .enumerate()
                .map(|(j, e)| Participant {
                    expert: ExpertId(e as u32 + 1),
                    roles: vec![match j {
                        0 => Role::Host,
                        1 => Role::Chair,
                        _ => *rng.pick(&[Role::Speaker, Role::Panelist, Role::Attendee]),
                    }],
                })
                .collect();
            let title = format!("{} {}", rng.pick(&MEETING_FORMS), rng.pick(&FIELDS));
            Meeting {
                id: MeetingId(id as u32),
                title: name(&title),
                series: None,
                when,
                venue: Some(venue),
                organisers: vec![venue],
                sponsors: Vec::new(),
                participants,
                attendance: None,
                topics: Vec::new(),
                outcomes: Vec::new(),
                status,
                sources: Vec::new(),
            }
        })
        .collect()
}

fn deals(rng: &mut Rng, n: usize, companies: &[InstitutionId]) -> Vec<ExportDeal> {
    let first = JalaliDate::new(1400, 1, 1).expect("a day");
    let last = JalaliDate::new(1404, 12, 29).expect("a day");
    let buyers: Vec<(CountryCode, [&str; 3])> = BUYERS
        .iter()
        .map(|&(c, names)| (CountryCode::new(c).expect("a country"), names))
        .collect();
    (1..=n)
        .map(|id| {
            let id = DealId(id as u32);
            let (country, names) = *rng.pick(&buyers);
            let currency = match rng.below(100) {
                0..=39 => Currency::USD,
                40..=59 => Currency::EUR,
                60..=84 => Currency::AED,
                _ => Currency::CNY,
            };
            let value = Money::from_major(rng.between(1_000, 2_000_000) as i64, currency)
                .expect("an amount");
            let lines = if rng.chance(50) {
                let (product, hs) = *rng.pick(&PRODUCTS);
                vec![DealLine {
                    product: product.to_string(),
                    hs_code: Some(hs.to_string()),
                    quantity: rng.between(1, 500) as u64,
                    unit: "عدد".to_string(),
                    value,
                }]
            } else {
                Vec::new()
            };
            let mut date = day_between(rng, first, last);
            let mut history = DealHistory::new(date);
            for _ in 0..rng.below(5) {
                let next = history.status().next();
                if next.is_empty() {
                    break;
                }
                let to = *rng.pick(next);
                date = date.checked_add_days(rng.below(30) as i64).unwrap_or(date);
                history.advance(id, to, date).expect("a legal step");
            }
            ExportDeal {
                id,
                seller: *rng.pick(companies),
                buyer: Buyer::Foreign {
                    name: rng.pick(&names).to_string(),
                    country,
                },
                origin: CountryCode::IR,
                destination: country,
                lines,
                value,
                incoterm: rng.chance(50).then(|| Incoterm {
                    rule: *rng.pick(&[
                        IncotermRule::FOB,
                        IncotermRule::CIF,
                        IncotermRule::CPT,
                        IncotermRule::DAP,
                        IncotermRule::EXW,
                    ]),
                    place: rng.pick(&PLACES).to_string(),
                }),
                payment: match rng.below(4) {
                    0 => PaymentChannel::BankTransfer,
                    1 => PaymentChannel::LetterOfCredit,
                    2 => PaymentChannel::ExchangeHouse,
                    _ => PaymentChannel::ThirdCountry(CountryCode::AE),
                },
                hub: None,
                history,
            }
        })
        .collect()
}

/// Generates `n` entities with `make`, inserts each with `insert`, and prints the times and the
/// bytes held per entity, as plain values and in the registry.
fn phase<T>(
    kind: &str,
    registry: &mut Registry,
    make: impl FnOnce() -> Vec<T>,
    insert: impl Fn(&mut Registry, T),
) -> Duration {
    let before = held();
    let allocs_before = allocations();
    let t0 = Instant::now();
    let values = make();
    let generated = t0.elapsed();
    let n = values.len();
    let as_values = held() - before;
    let t1 = Instant::now();
    for v in values {
        insert(registry, v);
    }
    let inserted = t1.elapsed();
    let in_registry = held() - before;
    eprintln!(
        "  {kind:<13} {n:>9}: generated in {:>7.3} s, inserted in {:>7.3} s; \
         {:>5} B each as values in a Vec, {:>5} B each in the registry; {:.1} allocations each",
        generated.as_secs_f64(),
        inserted.as_secs_f64(),
        as_values / n as u64,
        in_registry / n as u64,
        (allocations() - allocs_before) as f64 / n as f64,
    );
    generated + inserted
}

/// The registry, and the queries measured on it.
struct Fixture {
    registry: Registry,
    companies: Vec<InstitutionId>,
    full_names: Vec<String>,
    surnames: Vec<String>,
    /// The 1000 queries of the mixed lookup: whole names and surnames interleaved.
    mixed: Vec<String>,
    prefixes2: Vec<String>,
    prefixes3: Vec<String>,
}

fn build(scale: f64) -> Fixture {
    let counts = Counts::at(scale);
    let mut rng = Rng::new(SEED);
    let fields = field_names();
    let mut r = Registry::new();
    let held_before = held();
    eprintln!(
        "registry at scale {scale}: {} experts, {} institutions, {} meetings, {} deals",
        counts.experts, counts.institutions, counts.meetings, counts.deals
    );
    let mut total = phase(
        "experts",
        &mut r,
        || experts(&mut rng, counts.experts, &fields),
        |r, e| r.insert_expert(e).expect("a valid expert"),
    );
    let mut companies = Vec::new();
    total += phase(
        "institutions",
        &mut r,
        || {
            let (list, c) = institutions(&mut rng, counts.institutions, &fields);
            companies = c;
            list
        },
        |r, i| r.insert_institution(i).expect("a valid institution"),
    );
    total += phase(
        "meetings",
        &mut r,
        || {
            meetings(
                &mut rng,
                counts.meetings,
                counts.experts,
                counts.institutions,
            )
        },
        |r, m| r.insert_meeting(m).expect("a valid meeting"),
    );
    total += phase(
        "deals",
        &mut r,
        || deals(&mut rng, counts.deals, &companies),
        |r, d| r.insert_deal(d).expect("a valid deal"),
    );
    let entities = counts.experts + counts.institutions + counts.meetings + counts.deals;
    eprintln!(
        "  whole build: {entities} entities in {:.3} s; the registry holds {:.1} MB ({} B per entity)",
        total.as_secs_f64(),
        (held() - held_before) as f64 / 1e6,
        (held() - held_before) / entities as u64,
    );

    // The queries: existing experts' names as written, some retyped.
    let mut q = Rng::new(SEED ^ 0x5EED);
    let mut full_names = Vec::new();
    let mut surnames = Vec::new();
    let mut mixed = Vec::new();
    for k in 0..1000 {
        let e = r
            .expert(ExpertId(q.between(1, counts.experts) as u32))
            .expect("an expert");
        let written = e.name.as_str();
        let query = if k % 2 == 0 {
            match k % 3 {
                1 => arabic_letters(written),
                2 => written.replacen(' ', "  ", 1),
                _ => written.to_string(),
            }
        } else {
            let surname = written.rsplit(' ').next().unwrap_or(written);
            if k % 3 == 1 {
                arabic_letters(surname)
            } else {
                surname.to_string()
            }
        };
        if k % 2 == 0 {
            full_names.push(query.clone());
        } else {
            surnames.push(query.clone());
        }
        mixed.push(query);
    }
    let prefixes = |q: &mut Rng, len: usize| -> Vec<String> {
        (0..200)
            .map(|k| {
                let word = if k % 2 == 0 {
                    q.pick(&FIRST_NAMES)
                } else {
                    q.pick(&SURNAMES)
                };
                word.chars().take(len).collect()
            })
            .collect()
    };
    let prefixes2 = prefixes(&mut q, 2);
    let prefixes3 = prefixes(&mut q, 3);
    let f = Fixture {
        registry: r,
        companies,
        full_names,
        surnames,
        mixed,
        prefixes2,
        prefixes3,
    };
    f.describe();
    f
}

impl Fixture {
    /// What the queries return, so that the times can be read.
    fn describe(&self) {
        let r = &self.registry;
        let hits = |qs: &[String]| -> (f64, usize, usize) {
            let sizes: Vec<usize> = qs.iter().map(|q| r.experts_named(q).len()).collect();
            let mean = sizes.iter().sum::<usize>() as f64 / sizes.len() as f64;
            let empty = sizes.iter().filter(|&&n| n == 0).count();
            (mean, sizes.into_iter().max().unwrap_or(0), empty)
        };
        for (what, qs) in [
            ("whole names", &self.full_names),
            ("surnames", &self.surnames),
        ] {
            let (mean, max, empty) = hits(qs);
            eprintln!(
                "  experts_named, {} {what}: {mean:.1} experts per query on average, at most {max}; \
                 {empty} queries found nobody",
                qs.len()
            );
        }
        for (len, qs) in [(2, &self.prefixes2), (3, &self.prefixes3)] {
            let short = qs
                .iter()
                .filter(|p| r.experts_with_prefix(p, 10).len() < 10)
                .count();
            eprintln!(
                "  experts_with_prefix, {} {len}-letter prefixes: {short} gave fewer than 10 experts",
                qs.len()
            );
        }
        eprintln!(
            "  meetings_in_month(1403, 7): {} meetings",
            r.meetings_in_month(1403, 7).len()
        );
        let m = r.match_experts(self.companies[0], 10);
        eprintln!(
            "  match_experts({}, 10): {} experts, sharing {:?} fields",
            self.companies[0],
            m.len(),
            m.iter().map(|&(_, n)| n).collect::<Vec<_>>()
        );
    }
}

// -- criterion ----------------------------------------------------------------------------------

/// One call per iteration, the query taken in turn from `queries`.
fn rotating<'a, T>(queries: &'a [T]) -> impl FnMut() -> &'a T {
    let mut k = 0;
    move || {
        let q = &queries[k % queries.len()];
        k += 1;
        q
    }
}

fn lookups(c: &mut Criterion, f: &Fixture) {
    let r = &f.registry;
    let mut g = c.benchmark_group("registry");
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (id, qs) in [
        ("mixed", &f.mixed),
        ("whole_name", &f.full_names),
        ("surname", &f.surnames),
    ] {
        g.bench_function(BenchmarkId::new("experts_named", id), |b| {
            let mut next = rotating(qs);
            b.iter(|| r.experts_named(black_box(next())).len())
        });
    }
    for (len, qs) in [(2, &f.prefixes2), (3, &f.prefixes3)] {
        g.bench_function(BenchmarkId::new("experts_with_prefix_10", len), |b| {
            let mut next = rotating(qs);
            b.iter(|| r.experts_with_prefix(black_box(next()), 10).len())
        });
    }
    g.bench_function("meetings_in_month_1403_7", |b| {
        b.iter(|| r.meetings_in_month(black_box(1403), black_box(7)).len())
    });
    // Tens of milliseconds per call: the same few calls in every sample.
    g.sampling_mode(SamplingMode::Flat);
    g.bench_function("deal_totals", |b| {
        b.iter(|| r.deal_totals().expect("no overflow").len())
    });
    g.bench_function("match_experts_10", |b| {
        let mut next = rotating(&f.companies[..f.companies.len().min(16)]);
        b.iter(|| r.match_experts(*black_box(next()), 10).len())
    });
    g.finish();
}

/// The whole registry to JSON and back once, timed, with the allocations of the load counted.
#[cfg(feature = "serde")]
fn json_once(f: &Fixture) -> String {
    let t = Instant::now();
    let json = f.registry.to_json();
    let written = t.elapsed();
    let mb = json.len() as f64 / 1e6;
    eprintln!(
        "  to_json: {} bytes ({mb:.1} MB) in {:.3} s: {:.1} MB/s",
        json.len(),
        written.as_secs_f64(),
        mb / written.as_secs_f64()
    );
    let allocs = allocations();
    let t = Instant::now();
    let back = Registry::from_json(&json).expect("the registry reads back");
    let read = t.elapsed();
    eprintln!(
        "  from_json: {:.3} s: {:.1} MB/s; {} allocations",
        read.as_secs_f64(),
        mb / read.as_secs_f64(),
        allocations() - allocs
    );
    assert_eq!(back.experts().count(), f.registry.experts().count());
    assert_eq!(back.meetings().count(), f.registry.meetings().count());
    assert_eq!(back.deals().count(), f.registry.deals().count());
    json
}

/// `to_json` and `from_json` of the whole registry, in bytes of JSON per second.
#[cfg(feature = "serde")]
fn json_benches(c: &mut Criterion, f: &Fixture, json: &str) {
    let mut g = c.benchmark_group("registry");
    // Seconds per call at full scale: the fewest samples criterion allows, one call each.
    g.sample_size(10)
        .warm_up_time(Duration::from_millis(1))
        .measurement_time(Duration::from_secs(1))
        .sampling_mode(SamplingMode::Flat)
        .throughput(Throughput::Bytes(json.len() as u64));
    g.bench_function("to_json", |b| b.iter(|| f.registry.to_json().len()));
    g.bench_function("from_json", |b| {
        b.iter_with_large_drop(|| Registry::from_json(black_box(json)).expect("reads back"))
    });
    g.finish();
}

fn bench(c: &mut Criterion) {
    let f = build(scale());
    #[cfg(feature = "serde")]
    let json = json_once(&f);
    // Done counting: criterion measures with the system allocator plus one relaxed load.
    COUNTING.store(false, Relaxed);
    lookups(c, &f);
    #[cfg(feature = "serde")]
    json_benches(c, &f, &json);
}

criterion_group!(benches, bench);
criterion_main!(benches);
