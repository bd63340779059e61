//! Currencies and amounts of money.
//!
//! * [`Currency`] is one of a fixed set of ISO 4217 currencies: the Iranian rial, the currencies
//!   of Iran's main trade partners and of its region, and the major reserve currencies. Each has
//!   its alphabetic and numeric code, its minor-unit exponent, an English and a Persian name.
//! * [`Money`] is a non-negative whole number of minor units (cents, dinars, rial hundredths)
//!   in one currency. There are no floating-point numbers anywhere: amounts are `i64` minor
//!   units, formatting uses integer division, and arithmetic goes only through checked methods
//!   that refuse to mix currencies and report overflow.
//!
//! ```rust
//! use daneshbonyan::model::{Currency, Money};
//!
//! let fee = Money::from_major(12, Currency::USD)?.checked_add(Money::new(50, Currency::USD)?)?;
//! assert_eq!(fee.to_string(), "12.50 USD");
//! assert_eq!(fee.format_persian(), "۱۲٫۵۰ دلار آمریکا");
//!
//! let price = Money::from_tomans(15_000)?;
//! assert_eq!(price.to_string(), "150000.00 IRR");
//! assert_eq!(price.format_persian(), "۱۵۰٬۰۰۰ ریال ایران");
//! # Ok::<(), daneshbonyan::model::ModelError>(())
//! ```

use core::fmt;
use core::str::FromStr;

use super::ModelError;

/// One row of the currency table.
struct Entry {
    /// The alphabetic code (`IRR`).
    code: &'static str,
    /// The numeric code (`364`).
    numeric: u16,
    /// The number of decimals of the minor unit.
    exponent: u8,
    /// The English name, as ISO 4217 spells it.
    name: &'static str,
    /// The Persian name.
    persian: &'static str,
}

/// Declares the currency table, one associated constant per row and [`Currency::ALL`].
///
/// The rows must be sorted by alphabetic code: [`Currency`]'s order and
/// [`Currency::from_code`]'s binary search rely on it (a unit test checks it).
macro_rules! currencies {
    ($($code:ident: $numeric:literal, $exponent:literal, $name:literal, $persian:literal;)*) => {
        /// The position of each currency in [`TABLE`].
        #[allow(clippy::upper_case_acronyms)]
        #[repr(u8)]
        enum Index {
            $($code,)*
        }

        /// The currency table, sorted by alphabetic code.
        const TABLE: &[Entry] = &[
            $(Entry {
                code: stringify!($code),
                numeric: $numeric,
                exponent: $exponent,
                name: $name,
                persian: $persian,
            },)*
        ];

        impl Currency {
            $(
                #[doc = concat!(
                    "`", stringify!($code), "`: ", $name, " (", $persian, "), ",
                    stringify!($exponent), " decimal(s) in the minor unit."
                )]
                pub const $code: Currency = Currency(Index::$code as u8);
            )*

            /// Every currency this crate knows, sorted by alphabetic code.
            pub const ALL: &'static [Currency] = &[$(Currency::$code,)*];
        }
    };
}

// Source: ISO 4217, "Codes for the representation of currencies", List one (current
// currency & funds), as published by the maintenance agency (SIX Group). The table is small,
// so it is written here by hand from the standard rather than generated: alphabetic code,
// numeric code, minor-unit exponent, English name as the standard spells it, Persian name.
// Note that ISO 4217 gives the Iranian rial two decimals, although no coin below one rial
// circulates; this crate follows the standard.
currencies! {
    AED: 784, 2, "UAE Dirham", "درهم امارات";
    AFN: 971, 2, "Afghani", "افغانی";
    AMD: 51, 2, "Armenian Dram", "درام ارمنستان";
    AZN: 944, 2, "Azerbaijan Manat", "منات آذربایجان";
    BHD: 48, 3, "Bahraini Dinar", "دینار بحرین";
    BYN: 933, 2, "Belarusian Ruble", "روبل بلاروس";
    CHF: 756, 2, "Swiss Franc", "فرانک سوئیس";
    CNY: 156, 2, "Yuan Renminbi", "یوان چین";
    EUR: 978, 2, "Euro", "یورو";
    GBP: 826, 2, "Pound Sterling", "پوند انگلیس";
    GEL: 981, 2, "Lari", "لاری گرجستان";
    INR: 356, 2, "Indian Rupee", "روپیه هند";
    IQD: 368, 3, "Iraqi Dinar", "دینار عراق";
    IRR: 364, 2, "Iranian Rial", "ریال ایران";
    JPY: 392, 0, "Yen", "ین ژاپن";
    KRW: 410, 0, "Won", "وون کره جنوبی";
    KWD: 414, 3, "Kuwaiti Dinar", "دینار کویت";
    KZT: 398, 2, "Tenge", "تنگه قزاقستان";
    MYR: 458, 2, "Malaysian Ringgit", "رینگیت مالزی";
    OMR: 512, 3, "Rial Omani", "ریال عمان";
    PKR: 586, 2, "Pakistan Rupee", "روپیه پاکستان";
    QAR: 634, 2, "Qatari Rial", "ریال قطر";
    RUB: 643, 2, "Russian Ruble", "روبل روسیه";
    SAR: 682, 2, "Saudi Riyal", "ریال عربستان";
    TJS: 972, 2, "Somoni", "سامانی تاجیکستان";
    TMT: 934, 2, "Turkmenistan New Manat", "منات ترکمنستان";
    TRY: 949, 2, "Turkish Lira", "لیر ترکیه";
    USD: 840, 2, "US Dollar", "دلار آمریکا";
    UZS: 860, 2, "Uzbekistan Sum", "سوم ازبکستان";
}

/// An ISO 4217 currency from the table of this crate.
///
/// Each currency is an associated constant (`Currency::IRR`, `Currency::USD`, …);
/// [`Currency::ALL`] lists them. Currencies compare and sort by alphabetic code. The
/// [`Display`](fmt::Display) form, the [`Debug`](fmt::Debug) form and the serde form are the
/// alphabetic code.
///
/// ```rust
/// use daneshbonyan::model::{Currency, ModelError};
///
/// let rial: Currency = "IRR".parse()?;
/// assert_eq!(rial, Currency::IRR);
/// assert_eq!(rial.code(), "IRR");
/// assert_eq!(rial.numeric(), 364);
/// assert_eq!(rial.exponent(), 2);
/// assert_eq!(rial.name(), "Iranian Rial");
/// assert_eq!(rial.persian_name(), "ریال ایران");
/// assert_eq!(Currency::from_code("kwd")?.exponent(), 3);
/// assert_eq!(rial.to_string(), "IRR");
///
/// let err = Currency::from_code("XYZ").unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "unknown currency \"XYZ\" (expected an ISO 4217 code such as IRR, USD or EUR)"
/// );
/// assert!(matches!(err, ModelError::UnknownCurrency { .. }));
/// # Ok::<(), ModelError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(u8);

impl Currency {
    /// Its row of the table.
    const fn entry(self) -> &'static Entry {
        &TABLE[self.0 as usize]
    }

    /// The alphabetic code: `"IRR"`.
    pub const fn code(self) -> &'static str {
        self.entry().code
    }

    /// The numeric code: `364` for the Iranian rial. ISO 4217 writes numeric codes with three
    /// digits; the Bahraini dinar's `048` is `48` here.
    pub const fn numeric(self) -> u16 {
        self.entry().numeric
    }

    /// The number of decimals of the minor unit: 2 for the rial and the dollar, 0 for the yen,
    /// 3 for the Iraqi and Kuwaiti dinars.
    pub const fn exponent(self) -> u8 {
        self.entry().exponent
    }

    /// The English name, as ISO 4217 spells it: `"Iranian Rial"`, `"US Dollar"`.
    pub const fn name(self) -> &'static str {
        self.entry().name
    }

    /// The Persian name: `"ریال ایران"`, `"دلار آمریکا"`.
    pub const fn persian_name(self) -> &'static str {
        self.entry().persian
    }

    /// The number of minor units in one major unit: 10 to the power of the exponent.
    const fn scale(self) -> i64 {
        10_i64.pow(self.exponent() as u32)
    }

    /// The currency with this alphabetic code, in upper case (`"IRR"`) or lower case
    /// (`"irr"`). Mixed case, spaces and any other text are
    /// [`ModelError::UnknownCurrency`], naming the text.
    pub fn from_code(code: &str) -> Result<Currency, ModelError> {
        let bytes = code.as_bytes();
        let upper = bytes.iter().all(u8::is_ascii_uppercase);
        let lower = bytes.iter().all(u8::is_ascii_lowercase);
        if bytes.len() == 3 && (upper || lower) {
            let wanted = [
                bytes[0].to_ascii_uppercase(),
                bytes[1].to_ascii_uppercase(),
                bytes[2].to_ascii_uppercase(),
            ];
            if let Ok(index) =
                TABLE.binary_search_by(|entry| entry.code.as_bytes().cmp(&wanted[..]))
            {
                // The table has far fewer than 256 rows (a unit test checks it).
                return Ok(Currency(index as u8));
            }
        }
        Err(ModelError::UnknownCurrency {
            code: code.to_string(),
        })
    }
}

impl FromStr for Currency {
    type Err = ModelError;

    /// The same as [`Currency::from_code`].
    fn from_str(code: &str) -> Result<Currency, ModelError> {
        Currency::from_code(code)
    }
}

impl fmt::Display for Currency {
    /// The alphabetic code: `IRR`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.code())
    }
}

impl fmt::Debug for Currency {
    /// The alphabetic code: `IRR`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Currency {
    /// The alphabetic code, as a string.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Currency {
    /// A string, through [`Currency::from_code`]; the error message is the
    /// [`ModelError`]'s.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Currency, D::Error> {
        /// Reads a string.
        struct CodeVisitor;

        impl serde::de::Visitor<'_> for CodeVisitor {
            type Value = Currency;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an ISO 4217 currency code")
            }

            fn visit_str<E: serde::de::Error>(self, code: &str) -> Result<Currency, E> {
                Currency::from_code(code).map_err(E::custom)
            }
        }

        deserializer.deserialize_str(CodeVisitor)
    }
}

/// An amount of money: a whole, non-negative number of minor units (`i64`) of one
/// [`Currency`].
///
/// A `Money` is never negative: every constructor and every operation checks it. There is no
/// `Add`, `Sub` or `Mul` operator on purpose: adding amounts in two currencies has no
/// meaning, and an overflow must be an error, not a panic or a wrap-around. Use
/// [`checked_add`](Money::checked_add), [`checked_sub`](Money::checked_sub) and
/// [`checked_mul`](Money::checked_mul), which return a [`ModelError`] instead.
///
/// With the `serde` feature a `Money` is `{"minor": "1250", "currency": "USD"}`: the amount is
/// a string so that readers whose numbers are doubles (JavaScript) keep every digit.
/// Deserializing rejects a negative, non-digit or overflowing amount, an unknown currency and
/// unknown fields.
///
/// ```rust
/// use daneshbonyan::model::{Currency, Money};
///
/// let price = Money::new(1250, Currency::USD)?;
/// assert_eq!(price.minor(), 1250);
/// assert_eq!(price.currency(), Currency::USD);
/// assert_eq!(price.to_string(), "12.50 USD");
///
/// let three = price.checked_mul(3)?;
/// assert_eq!(three, Money::parse_minor("3750", Currency::USD)?);
/// assert_eq!(three.checked_sub(price)?, Money::from_major(25, Currency::USD)?);
///
/// assert_eq!(
///     Money::new(-1, Currency::USD).unwrap_err().to_string(),
///     "invalid amount \"-1\" of USD: negative amounts are not allowed"
/// );
/// # Ok::<(), daneshbonyan::model::ModelError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
#[cfg_attr(feature = "serde", derive(serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(try_from = "RawMoney"))]
pub struct Money {
    /// The amount in minor units; never negative.
    minor: i64,
    /// The currency.
    currency: Currency,
}

/// The reason given for a negative amount.
const NEGATIVE: &str = "negative amounts are not allowed";

impl Money {
    /// `minor` minor units of `currency` (`1250` US dollar cents is 12.50 USD).
    ///
    /// A negative `minor` is [`ModelError::InvalidAmount`] with the reason
    /// `negative amounts are not allowed`.
    pub fn new(minor: i64, currency: Currency) -> Result<Money, ModelError> {
        if minor < 0 {
            return Err(ModelError::InvalidAmount {
                amount: minor.to_string(),
                currency,
                reason: NEGATIVE,
            });
        }
        Ok(Money { minor, currency })
    }

    /// `units` whole major units of `currency` (dollars, rials, dinars): `units` times 10 to the
    /// power of the currency's exponent, in minor units.
    ///
    /// A negative `units` is [`ModelError::InvalidAmount`] naming `units`; a product that does
    /// not fit an `i64` is [`ModelError::AmountOverflow`] with the operation `conversion`.
    pub fn from_major(units: i64, currency: Currency) -> Result<Money, ModelError> {
        Money::scaled(units, currency.scale(), currency)
    }

    /// `units` times `scale` minor units of `currency`, rejecting negative `units` and overflow.
    fn scaled(units: i64, scale: i64, currency: Currency) -> Result<Money, ModelError> {
        if units < 0 {
            return Err(ModelError::InvalidAmount {
                amount: units.to_string(),
                currency,
                reason: NEGATIVE,
            });
        }
        match units.checked_mul(scale) {
            Some(minor) => Ok(Money { minor, currency }),
            None => Err(ModelError::AmountOverflow {
                operation: "conversion",
                currency,
            }),
        }
    }

    /// An amount of minor units written in ASCII digits (`"1250"`, leading zeros allowed).
    ///
    /// Anything else is [`ModelError::InvalidAmount`] naming the text: an empty text (reason
    /// `the amount is empty`), a `-` followed by digits that are not all zero (`negative
    /// amounts are not allowed`), a number that does not fit an `i64` (`too large`), and any
    /// other text, including signs, spaces, decimal points and non-ASCII digits (`not a whole
    /// number of minor units`).
    pub fn parse_minor(text: &str, currency: Currency) -> Result<Money, ModelError> {
        let invalid = |reason: &'static str| ModelError::InvalidAmount {
            amount: text.to_string(),
            currency,
            reason,
        };
        if text.is_empty() {
            return Err(invalid("the amount is empty"));
        }
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            let negative = text.strip_prefix('-').is_some_and(|digits| {
                !digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && digits.bytes().any(|b| b != b'0')
            });
            return Err(invalid(if negative {
                NEGATIVE
            } else {
                "not a whole number of minor units"
            }));
        }
        let mut minor: i64 = 0;
        for digit in text.bytes() {
            minor = minor
                .checked_mul(10)
                .and_then(|m| m.checked_add(i64::from(digit - b'0')))
                .ok_or_else(|| invalid("too large"))?;
        }
        Ok(Money { minor, currency })
    }

    /// Nothing, in `currency`.
    pub const fn zero(currency: Currency) -> Money {
        Money { minor: 0, currency }
    }

    /// The amount in minor units.
    pub const fn minor(self) -> i64 {
        self.minor
    }

    /// The currency.
    pub const fn currency(self) -> Currency {
        self.currency
    }

    /// The currency of both amounts, or [`ModelError::CurrencyMismatch`].
    fn same_currency(self, other: Money) -> Result<Currency, ModelError> {
        if self.currency == other.currency {
            Ok(self.currency)
        } else {
            Err(ModelError::CurrencyMismatch {
                left: self.currency,
                right: other.currency,
            })
        }
    }

    /// The sum of two amounts in the same currency.
    ///
    /// Amounts in two currencies are [`ModelError::CurrencyMismatch`]; a sum that does not fit
    /// an `i64` is [`ModelError::AmountOverflow`] with the operation `sum`.
    ///
    /// ```rust
    /// use daneshbonyan::model::{Currency, ModelError, Money};
    ///
    /// let a = Money::new(1250, Currency::USD)?;
    /// let b = Money::new(750, Currency::USD)?;
    /// assert_eq!(a.checked_add(b)?, Money::new(2000, Currency::USD)?);
    ///
    /// let err = a.checked_add(Money::new(100, Currency::EUR)?).unwrap_err();
    /// assert_eq!(err.to_string(), "cannot combine USD and EUR: the currencies differ");
    /// assert_eq!(
    ///     err,
    ///     ModelError::CurrencyMismatch { left: Currency::USD, right: Currency::EUR }
    /// );
    /// # Ok::<(), ModelError>(())
    /// ```
    pub fn checked_add(self, other: Money) -> Result<Money, ModelError> {
        let currency = self.same_currency(other)?;
        match self.minor.checked_add(other.minor) {
            Some(minor) => Ok(Money { minor, currency }),
            None => Err(ModelError::AmountOverflow {
                operation: "sum",
                currency,
            }),
        }
    }

    /// This amount less `other`, in the same currency.
    ///
    /// Amounts in two currencies are [`ModelError::CurrencyMismatch`]; a difference below zero
    /// is [`ModelError::InvalidAmount`] naming the would-be difference, with the reason `the
    /// difference would be negative`. (Both amounts are non-negative, so the difference cannot
    /// overflow.)
    pub fn checked_sub(self, other: Money) -> Result<Money, ModelError> {
        let currency = self.same_currency(other)?;
        // Both are in 0..=i64::MAX, so the difference is in -i64::MAX..=i64::MAX.
        let minor = self.minor - other.minor;
        if minor < 0 {
            return Err(ModelError::InvalidAmount {
                amount: minor.to_string(),
                currency,
                reason: "the difference would be negative",
            });
        }
        Ok(Money { minor, currency })
    }

    /// This amount `factor` times.
    ///
    /// A product that does not fit an `i64` is [`ModelError::AmountOverflow`] with the
    /// operation `product`.
    pub fn checked_mul(self, factor: u32) -> Result<Money, ModelError> {
        match self.minor.checked_mul(i64::from(factor)) {
            Some(minor) => Ok(Money {
                minor,
                currency: self.currency,
            }),
            None => Err(ModelError::AmountOverflow {
                operation: "product",
                currency: self.currency,
            }),
        }
    }

    /// An amount in Iranian rials (IRR) given in tomans: one toman is ten rials, so the amount
    /// is `tomans` × 10 rials, that is `tomans` × 10 × 100 minor units (ISO 4217 gives the rial
    /// two decimals).
    ///
    /// A negative `tomans` is [`ModelError::InvalidAmount`] naming `tomans`; an amount that does
    /// not fit an `i64` is [`ModelError::AmountOverflow`] with the operation `conversion`.
    ///
    /// ```rust
    /// use daneshbonyan::model::{Currency, Money};
    ///
    /// let price = Money::from_tomans(15_000)?;
    /// assert_eq!(price.currency(), Currency::IRR);
    /// assert_eq!(price, Money::from_rials(150_000)?);
    /// assert_eq!(price.minor(), 15_000_000);
    /// assert_eq!(price.to_tomans(), Some((15_000, 0)));
    /// assert_eq!(price.to_rials(), Some((150_000, 0)));
    /// assert_eq!(price.to_string(), "150000.00 IRR");
    /// # Ok::<(), daneshbonyan::model::ModelError>(())
    /// ```
    pub fn from_tomans(tomans: i64) -> Result<Money, ModelError> {
        Money::scaled(tomans, 10 * Currency::IRR.scale(), Currency::IRR)
    }

    /// An amount of `rials` whole Iranian rials (IRR): the same as
    /// `Money::from_major(rials, Currency::IRR)`.
    pub fn from_rials(rials: i64) -> Result<Money, ModelError> {
        Money::from_major(rials, Currency::IRR)
    }

    /// For an amount in Iranian rials, the whole rials and the remaining minor units (0 to
    /// 99); `None` for any other currency.
    pub fn to_rials(self) -> Option<(i64, i64)> {
        if self.currency != Currency::IRR {
            return None;
        }
        let scale = Currency::IRR.scale();
        Some((self.minor / scale, self.minor % scale))
    }

    /// For an amount in Iranian rials, the whole tomans (ten rials each) and the remaining
    /// minor units of the rial (0 to 999: 1 250 minor units is one toman and 250 minor units,
    /// that is 2.50 rials); `None` for any other currency.
    pub fn to_tomans(self) -> Option<(i64, i64)> {
        if self.currency != Currency::IRR {
            return None;
        }
        let scale = 10 * Currency::IRR.scale();
        Some((self.minor / scale, self.minor % scale))
    }

    /// The whole major units and the remaining minor units.
    fn split(self) -> (i64, i64) {
        let scale = self.currency.scale();
        (self.minor / scale, self.minor % scale)
    }

    /// The amount in Persian: Persian digits, `٬` (U+066C) between groups of three digits of
    /// the major units, `٫` (U+066B) before the minor units, which have exactly as many digits
    /// as the currency's exponent, then a space and the Persian name of the currency.
    ///
    /// For the Iranian rial the minor units are left out when they are zero, since no one
    /// writes fractions of a rial (`۱۵۰٬۰۰۰ ریال ایران`); a non-zero fraction of a rial is
    /// written (`۱۲٫۵۰ ریال ایران`). For every other currency the minor units are always
    /// written (`۱۲٫۰۰ دلار آمریکا`), and a currency without minor units has none
    /// (`۱٬۵۰۰ ین ژاپن`).
    ///
    /// ```rust
    /// use daneshbonyan::model::{Currency, Money};
    ///
    /// assert_eq!(Money::new(1250, Currency::USD)?.format_persian(), "۱۲٫۵۰ دلار آمریکا");
    /// assert_eq!(Money::from_rials(150_000)?.format_persian(), "۱۵۰٬۰۰۰ ریال ایران");
    /// assert_eq!(Money::new(1250, Currency::IRR)?.format_persian(), "۱۲٫۵۰ ریال ایران");
    /// assert_eq!(Money::new(1500, Currency::JPY)?.format_persian(), "۱٬۵۰۰ ین ژاپن");
    /// assert_eq!(Money::new(1250, Currency::KWD)?.format_persian(), "۱٫۲۵۰ دینار کویت");
    /// # Ok::<(), daneshbonyan::model::ModelError>(())
    /// ```
    pub fn format_persian(self) -> String {
        /// The Persian digit for an ASCII digit.
        fn persian_digit(ascii: u8) -> char {
            char::from_u32(0x06F0 + u32::from(ascii - b'0')).unwrap_or('?')
        }

        let (major, fraction) = self.split();
        let exponent = usize::from(self.currency.exponent());
        let digits = major.to_string();
        let mut out = String::with_capacity(2 * (digits.len() * 2 + exponent + 2) + 40);
        for (i, ascii) in digits.bytes().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push('\u{066C}');
            }
            out.push(persian_digit(ascii));
        }
        if exponent > 0 && !(self.currency == Currency::IRR && fraction == 0) {
            out.push('\u{066B}');
            for ascii in format!("{fraction:0exponent$}").bytes() {
                out.push(persian_digit(ascii));
            }
        }
        out.push(' ');
        out.push_str(self.currency.persian_name());
        out
    }
}

/// The amount in major units with exactly as many decimals as the currency's exponent, a
/// space and the alphabetic code; no thousands separators.
///
/// ```rust
/// use daneshbonyan::model::{Currency, Money};
///
/// assert_eq!(Money::new(1250, Currency::USD)?.to_string(), "12.50 USD");
/// assert_eq!(Money::new(1500, Currency::JPY)?.to_string(), "1500 JPY");
/// assert_eq!(Money::new(1250, Currency::KWD)?.to_string(), "1.250 KWD");
/// assert_eq!(Money::from_rials(150_000)?.to_string(), "150000.00 IRR");
/// assert_eq!(Money::new(5, Currency::EUR)?.to_string(), "0.05 EUR");
/// # Ok::<(), daneshbonyan::model::ModelError>(())
/// ```
impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (major, fraction) = self.split();
        let exponent = usize::from(self.currency.exponent());
        if exponent == 0 {
            write!(f, "{major} {}", self.currency.code())
        } else {
            write!(f, "{major}.{fraction:0exponent$} {}", self.currency.code())
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Money {
    /// `{"minor": "1250", "currency": "USD"}`: the amount as a string of digits.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;

        let mut state = serializer.serialize_struct("Money", 2)?;
        state.serialize_field("minor", &self.minor.to_string())?;
        state.serialize_field("currency", &self.currency)?;
        state.end()
    }
}

/// A [`Money`] as it is serialized, before its amount is checked.
#[cfg(feature = "serde")]
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMoney {
    /// The amount in minor units, as a string of ASCII digits.
    minor: String,
    /// The currency.
    currency: Currency,
}

#[cfg(feature = "serde")]
impl TryFrom<RawMoney> for Money {
    type Error = ModelError;

    fn try_from(raw: RawMoney) -> Result<Money, ModelError> {
        Money::parse_minor(&raw.minor, raw.currency)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn usd(minor: i64) -> Money {
        Money::new(minor, Currency::USD).unwrap()
    }

    fn irr(minor: i64) -> Money {
        Money::new(minor, Currency::IRR).unwrap()
    }

    // --- Currency -------------------------------------------------------------------------

    #[test]
    fn table_is_sorted_unique_and_small() {
        assert!(TABLE.len() < 256);
        assert_eq!(TABLE.len(), Currency::ALL.len());
        assert_eq!(TABLE.len(), 29);
        for pair in TABLE.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} {}",
                pair[0].code,
                pair[1].code
            );
        }
        let mut numerics: Vec<u16> = TABLE.iter().map(|e| e.numeric).collect();
        numerics.sort_unstable();
        numerics.dedup();
        assert_eq!(numerics.len(), TABLE.len());
    }

    #[test]
    fn all_lists_every_row_in_order() {
        for (i, currency) in Currency::ALL.iter().enumerate() {
            assert_eq!(usize::from(currency.0), i);
            assert_eq!(currency.code(), TABLE[i].code);
        }
        let mut sorted = Currency::ALL.to_vec();
        sorted.sort();
        assert_eq!(sorted, Currency::ALL);
        assert!(Currency::AED < Currency::IRR);
        assert!(Currency::IRR < Currency::USD);
    }

    #[test]
    fn every_row_is_well_formed() {
        for &currency in Currency::ALL {
            let code = currency.code();
            assert_eq!(code.len(), 3);
            assert!(code.bytes().all(|b| b.is_ascii_uppercase()), "{code}");
            assert!((1..=999).contains(&currency.numeric()), "{code}");
            assert!(currency.exponent() <= 3, "{code}");
            assert!(!currency.name().is_empty(), "{code}");
            let persian = currency.persian_name();
            assert!(!persian.is_empty(), "{code}");
            // Persian orthography: no Arabic yeh, alef maksura or kaf.
            assert!(
                !persian.contains(['\u{064A}', '\u{0649}', '\u{0643}']),
                "{code}: {persian}"
            );
            assert!(
                persian
                    .chars()
                    .all(|c| c == ' ' || ('\u{0600}'..='\u{06FF}').contains(&c)),
                "{code}: {persian}"
            );
            assert_eq!(Currency::from_code(code), Ok(currency));
            assert_eq!(
                Currency::from_code(&code.to_ascii_lowercase()),
                Ok(currency)
            );
        }
    }

    #[test]
    fn exponent_table_spot_check() {
        let expected: &[(Currency, &str, u16, u8)] = &[
            (Currency::AED, "AED", 784, 2),
            (Currency::AFN, "AFN", 971, 2),
            (Currency::AMD, "AMD", 51, 2),
            (Currency::AZN, "AZN", 944, 2),
            (Currency::BHD, "BHD", 48, 3),
            (Currency::BYN, "BYN", 933, 2),
            (Currency::CHF, "CHF", 756, 2),
            (Currency::CNY, "CNY", 156, 2),
            (Currency::EUR, "EUR", 978, 2),
            (Currency::GBP, "GBP", 826, 2),
            (Currency::GEL, "GEL", 981, 2),
            (Currency::INR, "INR", 356, 2),
            (Currency::IQD, "IQD", 368, 3),
            (Currency::IRR, "IRR", 364, 2),
            (Currency::JPY, "JPY", 392, 0),
            (Currency::KRW, "KRW", 410, 0),
            (Currency::KWD, "KWD", 414, 3),
            (Currency::KZT, "KZT", 398, 2),
            (Currency::MYR, "MYR", 458, 2),
            (Currency::OMR, "OMR", 512, 3),
            (Currency::PKR, "PKR", 586, 2),
            (Currency::QAR, "QAR", 634, 2),
            (Currency::RUB, "RUB", 643, 2),
            (Currency::SAR, "SAR", 682, 2),
            (Currency::TJS, "TJS", 972, 2),
            (Currency::TMT, "TMT", 934, 2),
            (Currency::TRY, "TRY", 949, 2),
            (Currency::USD, "USD", 840, 2),
            (Currency::UZS, "UZS", 860, 2),
        ];
        assert_eq!(expected.len(), Currency::ALL.len());
        for &(currency, code, numeric, exponent) in expected {
            assert_eq!(currency.code(), code);
            assert_eq!(currency.numeric(), numeric, "{code}");
            assert_eq!(currency.exponent(), exponent, "{code}");
        }
    }

    #[test]
    fn names() {
        let expected: &[(Currency, &str, &str)] = &[
            (Currency::IRR, "Iranian Rial", "ریال ایران"),
            (Currency::USD, "US Dollar", "دلار آمریکا"),
            (Currency::EUR, "Euro", "یورو"),
            (Currency::CNY, "Yuan Renminbi", "یوان چین"),
            (Currency::AED, "UAE Dirham", "درهم امارات"),
            (Currency::TRY, "Turkish Lira", "لیر ترکیه"),
            (Currency::RUB, "Russian Ruble", "روبل روسیه"),
            (Currency::INR, "Indian Rupee", "روپیه هند"),
            (Currency::IQD, "Iraqi Dinar", "دینار عراق"),
            (Currency::AFN, "Afghani", "افغانی"),
            (Currency::GBP, "Pound Sterling", "پوند انگلیس"),
            (Currency::CHF, "Swiss Franc", "فرانک سوئیس"),
            (Currency::JPY, "Yen", "ین ژاپن"),
            (Currency::KRW, "Won", "وون کره جنوبی"),
            (Currency::KWD, "Kuwaiti Dinar", "دینار کویت"),
            (Currency::OMR, "Rial Omani", "ریال عمان"),
        ];
        for &(currency, name, persian) in expected {
            assert_eq!(currency.name(), name);
            assert_eq!(currency.persian_name(), persian);
        }
    }

    #[test]
    fn from_code_accepts_upper_and_lower_case() {
        assert_eq!(Currency::from_code("IRR"), Ok(Currency::IRR));
        assert_eq!(Currency::from_code("irr"), Ok(Currency::IRR));
        assert_eq!(Currency::from_code("usd"), Ok(Currency::USD));
        assert_eq!(Currency::from_code("AED"), Ok(Currency::AED));
        assert_eq!(Currency::from_code("UZS"), Ok(Currency::UZS));
        assert_eq!("EUR".parse::<Currency>(), Ok(Currency::EUR));
        assert_eq!("kwd".parse::<Currency>(), Ok(Currency::KWD));
    }

    #[test]
    fn from_code_rejects_everything_else() {
        for text in [
            "",
            "I",
            "IR",
            "IRRR",
            "Irr",
            "iRR",
            " IRR",
            "IRR ",
            "XYZ",
            "xyz",
            "ریال",
            "IR1",
            "USD\n",
            "ＩＲＲ",
        ] {
            let err = Currency::from_code(text).unwrap_err();
            assert_eq!(
                err,
                ModelError::UnknownCurrency {
                    code: text.to_string()
                }
            );
            assert_eq!(text.parse::<Currency>(), Err(err));
        }
        assert_eq!(
            Currency::from_code("XYZ").unwrap_err().to_string(),
            "unknown currency \"XYZ\" (expected an ISO 4217 code such as IRR, USD or EUR)"
        );
        assert_eq!(
            Currency::from_code("Irr").unwrap_err().to_string(),
            "unknown currency \"Irr\" (expected an ISO 4217 code such as IRR, USD or EUR)"
        );
    }

    #[test]
    fn currency_display_and_debug() {
        assert_eq!(Currency::IRR.to_string(), "IRR");
        assert_eq!(format!("{:?}", Currency::IRR), "IRR");
        assert_eq!(format!("[{:>5}]", Currency::USD), "[  USD]");
        assert_eq!(format!("{:?}", usd(5)), "Money { minor: 5, currency: USD }");
    }

    // --- Money: construction --------------------------------------------------------------

    #[test]
    fn new_and_accessors() {
        let m = Money::new(1250, Currency::USD).unwrap();
        assert_eq!(m.minor(), 1250);
        assert_eq!(m.currency(), Currency::USD);
        assert_eq!(
            Money::new(0, Currency::JPY).unwrap(),
            Money::zero(Currency::JPY)
        );
        assert_eq!(
            Money::new(i64::MAX, Currency::IRR).unwrap().minor(),
            i64::MAX
        );
    }

    #[test]
    fn new_rejects_negative() {
        let err = Money::new(-5, Currency::USD).unwrap_err();
        assert_eq!(
            err,
            ModelError::InvalidAmount {
                amount: "-5".to_string(),
                currency: Currency::USD,
                reason: "negative amounts are not allowed",
            }
        );
        assert_eq!(
            err.to_string(),
            "invalid amount \"-5\" of USD: negative amounts are not allowed"
        );
        assert_eq!(
            Money::new(i64::MIN, Currency::IRR).unwrap_err().to_string(),
            "invalid amount \"-9223372036854775808\" of IRR: negative amounts are not allowed"
        );
    }

    #[test]
    fn zero() {
        let z = Money::zero(Currency::KWD);
        assert_eq!(z.minor(), 0);
        assert_eq!(z.currency(), Currency::KWD);
        assert_eq!(z.to_string(), "0.000 KWD");
    }

    #[test]
    fn from_major() {
        assert_eq!(Money::from_major(12, Currency::USD).unwrap(), usd(1200));
        assert_eq!(
            Money::from_major(1500, Currency::JPY).unwrap(),
            Money::new(1500, Currency::JPY).unwrap()
        );
        assert_eq!(
            Money::from_major(7, Currency::KWD).unwrap(),
            Money::new(7000, Currency::KWD).unwrap()
        );
        assert_eq!(Money::from_major(0, Currency::USD).unwrap(), usd(0));
        assert_eq!(
            Money::from_major(i64::MAX / 100, Currency::USD)
                .unwrap()
                .minor(),
            i64::MAX / 100 * 100
        );
        assert_eq!(
            Money::from_major(i64::MAX, Currency::JPY).unwrap().minor(),
            i64::MAX
        );
    }

    #[test]
    fn from_major_errors() {
        let err = Money::from_major(i64::MAX / 100 + 1, Currency::USD).unwrap_err();
        assert_eq!(
            err,
            ModelError::AmountOverflow {
                operation: "conversion",
                currency: Currency::USD
            }
        );
        assert_eq!(err.to_string(), "conversion of USD amounts overflows");
        let err = Money::from_major(-3, Currency::EUR).unwrap_err();
        assert_eq!(
            err.to_string(),
            "invalid amount \"-3\" of EUR: negative amounts are not allowed"
        );
    }

    #[test]
    fn parse_minor_accepts_digits() {
        assert_eq!(
            Money::parse_minor("1250", Currency::USD).unwrap(),
            usd(1250)
        );
        assert_eq!(Money::parse_minor("0", Currency::USD).unwrap(), usd(0));
        assert_eq!(Money::parse_minor("000", Currency::USD).unwrap(), usd(0));
        assert_eq!(Money::parse_minor("007", Currency::USD).unwrap(), usd(7));
        assert_eq!(
            Money::parse_minor("9223372036854775807", Currency::IRR).unwrap(),
            irr(i64::MAX)
        );
        assert_eq!(
            Money::parse_minor("0000009223372036854775807", Currency::IRR).unwrap(),
            irr(i64::MAX)
        );
    }

    #[test]
    fn parse_minor_errors() {
        let cases: &[(&str, &str)] = &[
            ("", "the amount is empty"),
            ("-5", "negative amounts are not allowed"),
            ("-0012", "negative amounts are not allowed"),
            ("-0", "not a whole number of minor units"),
            ("-", "not a whole number of minor units"),
            ("--5", "not a whole number of minor units"),
            ("-5a", "not a whole number of minor units"),
            ("+5", "not a whole number of minor units"),
            ("12a", "not a whole number of minor units"),
            ("12.50", "not a whole number of minor units"),
            ("1,250", "not a whole number of minor units"),
            (" 12", "not a whole number of minor units"),
            ("12 ", "not a whole number of minor units"),
            ("1_000", "not a whole number of minor units"),
            ("۱۲", "not a whole number of minor units"),
            ("9223372036854775808", "too large"),
            ("99999999999999999999", "too large"),
        ];
        for &(text, reason) in cases {
            let err = Money::parse_minor(text, Currency::USD).unwrap_err();
            assert_eq!(
                err,
                ModelError::InvalidAmount {
                    amount: text.to_string(),
                    currency: Currency::USD,
                    reason,
                },
                "{text:?}"
            );
        }
        assert_eq!(
            Money::parse_minor("", Currency::USD)
                .unwrap_err()
                .to_string(),
            "invalid amount \"\" of USD: the amount is empty"
        );
        assert_eq!(
            Money::parse_minor("12a", Currency::IRR)
                .unwrap_err()
                .to_string(),
            "invalid amount \"12a\" of IRR: not a whole number of minor units"
        );
        assert_eq!(
            Money::parse_minor("-5", Currency::IRR)
                .unwrap_err()
                .to_string(),
            "invalid amount \"-5\" of IRR: negative amounts are not allowed"
        );
        assert_eq!(
            Money::parse_minor("99999999999999999999", Currency::IRR)
                .unwrap_err()
                .to_string(),
            "invalid amount \"99999999999999999999\" of IRR: too large"
        );
    }

    // --- Money: arithmetic ----------------------------------------------------------------

    #[test]
    fn checked_add() {
        assert_eq!(usd(1250).checked_add(usd(750)).unwrap(), usd(2000));
        assert_eq!(usd(0).checked_add(usd(0)).unwrap(), usd(0));
        assert_eq!(
            usd(i64::MAX - 1).checked_add(usd(1)).unwrap(),
            usd(i64::MAX)
        );
    }

    #[test]
    fn checked_add_errors() {
        let err = usd(1)
            .checked_add(Money::new(1, Currency::EUR).unwrap())
            .unwrap_err();
        assert_eq!(
            err,
            ModelError::CurrencyMismatch {
                left: Currency::USD,
                right: Currency::EUR
            }
        );
        assert_eq!(
            err.to_string(),
            "cannot combine USD and EUR: the currencies differ"
        );
        let err = usd(i64::MAX).checked_add(usd(1)).unwrap_err();
        assert_eq!(
            err,
            ModelError::AmountOverflow {
                operation: "sum",
                currency: Currency::USD
            }
        );
        assert_eq!(err.to_string(), "sum of USD amounts overflows");
    }

    #[test]
    fn checked_sub() {
        assert_eq!(usd(2000).checked_sub(usd(750)).unwrap(), usd(1250));
        assert_eq!(usd(5).checked_sub(usd(5)).unwrap(), usd(0));
        assert_eq!(usd(i64::MAX).checked_sub(usd(0)).unwrap(), usd(i64::MAX));
        assert_eq!(usd(i64::MAX).checked_sub(usd(i64::MAX)).unwrap(), usd(0));
    }

    #[test]
    fn checked_sub_errors() {
        let err = usd(5).checked_sub(usd(8)).unwrap_err();
        assert_eq!(
            err,
            ModelError::InvalidAmount {
                amount: "-3".to_string(),
                currency: Currency::USD,
                reason: "the difference would be negative",
            }
        );
        assert_eq!(
            err.to_string(),
            "invalid amount \"-3\" of USD: the difference would be negative"
        );
        assert_eq!(
            usd(0).checked_sub(usd(i64::MAX)).unwrap_err().to_string(),
            "invalid amount \"-9223372036854775807\" of USD: the difference would be negative"
        );
        let err = irr(10).checked_sub(usd(1)).unwrap_err();
        assert_eq!(
            err,
            ModelError::CurrencyMismatch {
                left: Currency::IRR,
                right: Currency::USD
            }
        );
        assert_eq!(
            err.to_string(),
            "cannot combine IRR and USD: the currencies differ"
        );
    }

    #[test]
    fn checked_mul() {
        assert_eq!(usd(1250).checked_mul(3).unwrap(), usd(3750));
        assert_eq!(usd(1250).checked_mul(0).unwrap(), usd(0));
        assert_eq!(usd(1250).checked_mul(1).unwrap(), usd(1250));
        assert_eq!(usd(0).checked_mul(u32::MAX).unwrap(), usd(0));
        assert_eq!(
            usd(1 << 31).checked_mul(u32::MAX).unwrap(),
            usd((1_i64 << 31) * i64::from(u32::MAX))
        );
        let err = usd(i64::MAX / 2 + 1).checked_mul(2).unwrap_err();
        assert_eq!(
            err,
            ModelError::AmountOverflow {
                operation: "product",
                currency: Currency::USD
            }
        );
        assert_eq!(err.to_string(), "product of USD amounts overflows");
    }

    // --- Money: rials and tomans ----------------------------------------------------------

    #[test]
    fn tomans_and_rials() {
        let m = Money::from_tomans(15_000).unwrap();
        assert_eq!(m, irr(15_000_000));
        assert_eq!(m, Money::from_rials(150_000).unwrap());
        assert_eq!(m.to_rials(), Some((150_000, 0)));
        assert_eq!(m.to_tomans(), Some((15_000, 0)));
        assert_eq!(Money::from_tomans(0).unwrap(), Money::zero(Currency::IRR));
        assert_eq!(Money::from_rials(1).unwrap(), irr(100));

        let odd = irr(1_234_567);
        assert_eq!(odd.to_rials(), Some((12_345, 67)));
        assert_eq!(odd.to_tomans(), Some((1_234, 567)));
        assert_eq!(irr(1250).to_tomans(), Some((1, 250)));
        assert_eq!(irr(99).to_rials(), Some((0, 99)));
        assert_eq!(irr(999).to_tomans(), Some((0, 999)));

        assert_eq!(usd(1000).to_rials(), None);
        assert_eq!(usd(1000).to_tomans(), None);
        assert_eq!(Money::zero(Currency::IQD).to_tomans(), None);
    }

    #[test]
    fn tomans_and_rials_errors() {
        assert_eq!(
            Money::from_tomans(-1).unwrap_err().to_string(),
            "invalid amount \"-1\" of IRR: negative amounts are not allowed"
        );
        assert_eq!(
            Money::from_rials(-7).unwrap_err().to_string(),
            "invalid amount \"-7\" of IRR: negative amounts are not allowed"
        );
        let limit = i64::MAX / 1000;
        assert_eq!(Money::from_tomans(limit).unwrap().minor(), limit * 1000);
        let err = Money::from_tomans(limit + 1).unwrap_err();
        assert_eq!(
            err,
            ModelError::AmountOverflow {
                operation: "conversion",
                currency: Currency::IRR
            }
        );
        assert_eq!(err.to_string(), "conversion of IRR amounts overflows");
        assert_eq!(
            Money::from_rials(i64::MAX / 100 + 1)
                .unwrap_err()
                .to_string(),
            "conversion of IRR amounts overflows"
        );
    }

    // --- Money: formatting ----------------------------------------------------------------

    #[test]
    fn display() {
        assert_eq!(usd(1250).to_string(), "12.50 USD");
        assert_eq!(usd(5).to_string(), "0.05 USD");
        assert_eq!(usd(0).to_string(), "0.00 USD");
        assert_eq!(usd(100_000_000).to_string(), "1000000.00 USD");
        assert_eq!(
            Money::new(1500, Currency::JPY).unwrap().to_string(),
            "1500 JPY"
        );
        assert_eq!(Money::new(0, Currency::KRW).unwrap().to_string(), "0 KRW");
        assert_eq!(
            Money::new(1250, Currency::KWD).unwrap().to_string(),
            "1.250 KWD"
        );
        assert_eq!(
            Money::new(7, Currency::BHD).unwrap().to_string(),
            "0.007 BHD"
        );
        assert_eq!(irr(15_000_000).to_string(), "150000.00 IRR");
        assert_eq!(irr(i64::MAX).to_string(), "92233720368547758.07 IRR");
    }

    #[test]
    fn format_persian() {
        assert_eq!(usd(1250).format_persian(), "۱۲٫۵۰ دلار آمریکا");
        assert_eq!(usd(1200).format_persian(), "۱۲٫۰۰ دلار آمریکا");
        assert_eq!(usd(5).format_persian(), "۰٫۰۵ دلار آمریکا");
        assert_eq!(usd(123_456_789).format_persian(), "۱٬۲۳۴٬۵۶۷٫۸۹ دلار آمریکا");
        assert_eq!(irr(15_000_000).format_persian(), "۱۵۰٬۰۰۰ ریال ایران");
        assert_eq!(irr(15_000_050).format_persian(), "۱۵۰٬۰۰۰٫۵۰ ریال ایران");
        assert_eq!(irr(0).format_persian(), "۰ ریال ایران");
        assert_eq!(irr(100_000).format_persian(), "۱٬۰۰۰ ریال ایران");
        assert_eq!(irr(10_000).format_persian(), "۱۰۰ ریال ایران");
        assert_eq!(
            Money::new(1500, Currency::JPY).unwrap().format_persian(),
            "۱٬۵۰۰ ین ژاپن"
        );
        assert_eq!(
            Money::new(999, Currency::KRW).unwrap().format_persian(),
            "۹۹۹ وون کره جنوبی"
        );
        assert_eq!(
            Money::new(1250, Currency::KWD).unwrap().format_persian(),
            "۱٫۲۵۰ دینار کویت"
        );
        assert_eq!(
            Money::new(0, Currency::IQD).unwrap().format_persian(),
            "۰٫۰۰۰ دینار عراق"
        );
        assert_eq!(
            irr(i64::MAX).format_persian(),
            "۹۲٬۲۳۳٬۷۲۰٬۳۶۸٬۵۴۷٬۷۵۸٫۰۷ ریال ایران"
        );
        // The separators are the Arabic thousands and decimal separators.
        assert!(usd(123_456_789).format_persian().contains('\u{066C}'));
        assert!(usd(1).format_persian().contains('\u{066B}'));
    }

    // --- serde ----------------------------------------------------------------------------

    #[cfg(feature = "serde")]
    mod serde_json_tests {
        use super::*;

        /// The message of a serde_json error without its position.
        fn message(err: &serde_json::Error) -> String {
            let text = err.to_string();
            match text.rfind(" at line ") {
                Some(at) => text[..at].to_string(),
                None => text,
            }
        }

        fn parse(json: &str) -> Result<Money, serde_json::Error> {
            serde_json::from_str::<Money>(json)
        }

        #[test]
        fn currency_round_trip() {
            for &currency in Currency::ALL {
                let json = serde_json::to_string(&currency).unwrap();
                assert_eq!(json, format!("\"{}\"", currency.code()));
                assert_eq!(serde_json::from_str::<Currency>(&json).unwrap(), currency);
            }
            assert_eq!(
                serde_json::from_str::<Currency>("\"irr\"").unwrap(),
                Currency::IRR
            );
        }

        #[test]
        fn currency_rejects() {
            let err = serde_json::from_str::<Currency>("\"XYZ\"").unwrap_err();
            assert_eq!(
                err.to_string(),
                "unknown currency \"XYZ\" (expected an ISO 4217 code such as IRR, USD or EUR) \
                 at line 1 column 5"
            );
            let err = serde_json::from_str::<Currency>("364").unwrap_err();
            assert_eq!(
                message(&err),
                "invalid type: integer `364`, expected an ISO 4217 currency code"
            );
        }

        #[test]
        fn money_serializes_amount_as_string() {
            assert_eq!(
                serde_json::to_string(&irr(12345)).unwrap(),
                r#"{"minor":"12345","currency":"IRR"}"#
            );
            assert_eq!(
                serde_json::to_value(irr(i64::MAX)).unwrap(),
                serde_json::json!({"minor": "9223372036854775807", "currency": "IRR"})
            );
        }

        #[test]
        fn money_round_trip() {
            for money in [
                irr(0),
                irr(12345),
                irr(i64::MAX),
                usd(1250),
                Money::new(1500, Currency::JPY).unwrap(),
                Money::new(1250, Currency::KWD).unwrap(),
            ] {
                let json = serde_json::to_string(&money).unwrap();
                assert_eq!(parse(&json).unwrap(), money);
            }
            assert_eq!(
                parse(r#"{"currency": "USD", "minor": "0012"}"#).unwrap(),
                usd(12)
            );
            assert_eq!(
                parse(r#"{"minor": "5", "currency": "irr"}"#).unwrap(),
                irr(5)
            );
        }

        #[test]
        fn money_rejects_bad_amounts_with_the_model_error() {
            let cases: &[(&str, ModelError)] = &[
                (
                    r#"{"minor":"-5","currency":"USD"}"#,
                    Money::parse_minor("-5", Currency::USD).unwrap_err(),
                ),
                (
                    r#"{"minor":"12a","currency":"USD"}"#,
                    Money::parse_minor("12a", Currency::USD).unwrap_err(),
                ),
                (
                    r#"{"minor":"","currency":"USD"}"#,
                    Money::parse_minor("", Currency::USD).unwrap_err(),
                ),
                (
                    r#"{"minor":"99999999999999999999","currency":"IRR"}"#,
                    Money::parse_minor("99999999999999999999", Currency::IRR).unwrap_err(),
                ),
            ];
            for (json, model_error) in cases {
                let err = parse(json).unwrap_err();
                // The conversion runs after the whole object is read: serde_json gives no
                // position, the message is exactly the ModelError's.
                assert_eq!(err.to_string(), model_error.to_string());
            }
            assert_eq!(
                message(&parse(r#"{"minor":"-5","currency":"USD"}"#).unwrap_err()),
                "invalid amount \"-5\" of USD: negative amounts are not allowed"
            );
            assert_eq!(
                message(&parse(r#"{"minor":"12a","currency":"USD"}"#).unwrap_err()),
                "invalid amount \"12a\" of USD: not a whole number of minor units"
            );
            assert_eq!(
                message(&parse(r#"{"minor":"","currency":"USD"}"#).unwrap_err()),
                "invalid amount \"\" of USD: the amount is empty"
            );
            assert_eq!(
                message(
                    &parse(r#"{"minor":"99999999999999999999","currency":"IRR"}"#).unwrap_err()
                ),
                "invalid amount \"99999999999999999999\" of IRR: too large"
            );
        }

        #[test]
        fn money_rejects_unknown_currency() {
            let err = parse(r#"{"minor":"5","currency":"XYZ"}"#).unwrap_err();
            assert_eq!(
                message(&err),
                "unknown currency \"XYZ\" (expected an ISO 4217 code such as IRR, USD or EUR)"
            );
            let err = parse(r#"{"minor":"5","currency":"Irr"}"#).unwrap_err();
            assert_eq!(
                message(&err),
                "unknown currency \"Irr\" (expected an ISO 4217 code such as IRR, USD or EUR)"
            );
        }

        #[test]
        fn money_rejects_malformed_json() {
            let cases: &[(&str, &str)] = &[
                (
                    r#"{"minor":12345,"currency":"IRR"}"#,
                    "invalid type: integer `12345`, expected a string",
                ),
                (
                    r#"{"minor":-5,"currency":"IRR"}"#,
                    "invalid type: integer `-5`, expected a string",
                ),
                (r#"{"currency":"IRR"}"#, "missing field `minor`"),
                (r#"{"minor":"5"}"#, "missing field `currency`"),
                (
                    r#"{"minor":"5","currency":"IRR","note":"x"}"#,
                    "unknown field `note`, expected `minor` or `currency`",
                ),
                (
                    r#"{"minor":"5","minor":"6","currency":"IRR"}"#,
                    "duplicate field `minor`",
                ),
                (
                    r#""5 IRR""#,
                    "invalid type: string \"5 IRR\", expected struct RawMoney",
                ),
                (
                    r#"{"minor":null,"currency":"IRR"}"#,
                    "invalid type: null, expected a string",
                ),
            ];
            for &(json, expected) in cases {
                let err = parse(json).unwrap_err();
                assert_eq!(message(&err), expected, "{json}");
            }
        }
    }

    // --- properties -----------------------------------------------------------------------

    fn any_currency() -> impl Strategy<Value = Currency> {
        (0..Currency::ALL.len()).prop_map(|i| Currency::ALL[i])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn add_then_sub_is_identity(
            a in 0..=i64::MAX / 2,
            b in 0..=i64::MAX / 2,
            currency in any_currency(),
        ) {
            let x = Money::new(a, currency).unwrap();
            let y = Money::new(b, currency).unwrap();
            let sum = x.checked_add(y).unwrap();
            prop_assert_eq!(sum.minor(), a + b);
            prop_assert_eq!(sum.checked_sub(y).unwrap(), x);
            prop_assert_eq!(sum.checked_sub(x).unwrap(), y);
        }

        #[test]
        fn add_overflow_and_sub_underflow_are_errors(
            a in 0..=i64::MAX,
            b in 0..=i64::MAX,
            currency in any_currency(),
        ) {
            let x = Money::new(a, currency).unwrap();
            let y = Money::new(b, currency).unwrap();
            prop_assert_eq!(x.checked_add(y).is_ok(), a.checked_add(b).is_some());
            prop_assert_eq!(x.checked_sub(y).is_ok(), a >= b);
        }

        #[test]
        fn display_parses_back(minor in 0..=i64::MAX, currency in any_currency()) {
            let money = Money::new(minor, currency).unwrap();
            let text = money.to_string();
            let (amount, code) = text.split_once(' ').unwrap();
            prop_assert_eq!(code.parse::<Currency>().unwrap(), currency);
            let exponent = usize::from(currency.exponent());
            let (major, fraction) = match amount.split_once('.') {
                Some((major, fraction)) => (major, fraction),
                None => (amount, ""),
            };
            prop_assert_eq!(fraction.len(), exponent);
            prop_assert!(!major.is_empty());
            prop_assert!(major == "0" || !major.starts_with('0'));
            let digits = format!("{major}{fraction}");
            prop_assert_eq!(Money::parse_minor(&digits, currency).unwrap(), money);
            let major_units: i64 = major.parse().unwrap();
            prop_assert!(
                Money::from_major(major_units, currency).unwrap().minor() <= minor
            );
        }

        #[test]
        fn parse_minor_matches_to_string(minor in 0..=i64::MAX, currency in any_currency()) {
            let money = Money::parse_minor(&minor.to_string(), currency).unwrap();
            prop_assert_eq!(money.minor(), minor);
            let padded = format!("000{minor}");
            prop_assert_eq!(Money::parse_minor(&padded, currency).unwrap(), money);
        }

        #[test]
        fn format_persian_has_the_same_digits(minor in 0..=i64::MAX, currency in any_currency()) {
            let money = Money::new(minor, currency).unwrap();
            let persian = money.format_persian();
            let digits: String = persian
                .chars()
                .filter_map(|c| c.to_digit(10).or_else(|| {
                    ('\u{06F0}'..='\u{06F9}').contains(&c).then(|| c as u32 - 0x06F0)
                }))
                .map(|d| char::from(b'0' + d as u8))
                .collect();
            let ascii: String = money.to_string().chars().filter(char::is_ascii_digit).collect();
            if currency == Currency::IRR && minor % 100 == 0 {
                prop_assert_eq!(format!("{digits}00"), ascii);
            } else {
                prop_assert_eq!(digits, ascii);
            }
            prop_assert!(persian.ends_with(currency.persian_name()));
        }
    }
}
