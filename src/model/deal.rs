//! An export deal's life: a state machine whose every step carries its Jalali date.

use core::fmt;

use super::{DealId, ModelError};
use crate::jalali::JalaliDate;

/// Where an export deal stands.
///
/// The ordinary life is draft → negotiating → signed → in production → shipped → delivered →
/// partially paid → paid → closed; production may be skipped (goods in stock) and payment may
/// come whole. A deal can be cancelled until it ships (and when payment stays blocked), payment
/// can be blocked after delivery (sanctions, a bank refusing the transfer), and a dispute can
/// open from signature to payment and end in any of the states after delivery, or cancelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[allow(missing_docs)]
pub enum DealStatus {
    Draft,
    Negotiating,
    Signed,
    InProduction,
    Shipped,
    Delivered,
    PartiallyPaid,
    Paid,
    Closed,
    Cancelled,
    PaymentBlocked,
    Disputed,
}

impl DealStatus {
    /// Every state.
    pub const ALL: [DealStatus; 12] = [
        DealStatus::Draft,
        DealStatus::Negotiating,
        DealStatus::Signed,
        DealStatus::InProduction,
        DealStatus::Shipped,
        DealStatus::Delivered,
        DealStatus::PartiallyPaid,
        DealStatus::Paid,
        DealStatus::Closed,
        DealStatus::Cancelled,
        DealStatus::PaymentBlocked,
        DealStatus::Disputed,
    ];

    /// The states a deal in this state may go to next.
    pub const fn next(self) -> &'static [DealStatus] {
        use DealStatus::*;
        match self {
            Draft => &[Negotiating, Cancelled],
            Negotiating => &[Signed, Cancelled],
            Signed => &[InProduction, Shipped, Cancelled, Disputed],
            InProduction => &[Shipped, Cancelled, Disputed],
            Shipped => &[Delivered, Disputed],
            Delivered => &[PartiallyPaid, Paid, PaymentBlocked, Disputed],
            PartiallyPaid => &[Paid, PaymentBlocked, Disputed],
            PaymentBlocked => &[PartiallyPaid, Paid, Disputed, Cancelled],
            Paid => &[Closed, Disputed],
            Disputed => &[
                Delivered,
                PartiallyPaid,
                Paid,
                PaymentBlocked,
                Closed,
                Cancelled,
            ],
            Closed | Cancelled => &[],
        }
    }

    /// Whether a deal in this state may go to `to`.
    pub fn can_go_to(self, to: DealStatus) -> bool {
        self.next().contains(&to)
    }

    /// Whether nothing follows it (closed, cancelled).
    pub fn is_final(self) -> bool {
        self.next().is_empty()
    }

    /// The state's name in Persian.
    pub const fn persian_name(self) -> &'static str {
        use DealStatus::*;
        match self {
            Draft => "پیش‌نویس",
            Negotiating => "در حال مذاکره",
            Signed => "امضاشده",
            InProduction => "در حال تولید",
            Shipped => "ارسال‌شده",
            Delivered => "تحویل‌شده",
            PartiallyPaid => "بخشی پرداخت‌شده",
            Paid => "پرداخت‌شده",
            Closed => "بسته‌شده",
            Cancelled => "لغوشده",
            PaymentBlocked => "پرداخت مسدود",
            Disputed => "در اختلاف",
        }
    }
}

impl fmt::Display for DealStatus {
    /// In words, lower case: `in production`, `payment blocked`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use DealStatus::*;
        f.write_str(match self {
            Draft => "draft",
            Negotiating => "negotiating",
            Signed => "signed",
            InProduction => "in production",
            Shipped => "shipped",
            Delivered => "delivered",
            PartiallyPaid => "partially paid",
            Paid => "paid",
            Closed => "closed",
            Cancelled => "cancelled",
            PaymentBlocked => "payment blocked",
            Disputed => "disputed",
        })
    }
}

/// One step of a deal's life: the state it entered and the day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(deny_unknown_fields))]
pub struct Step {
    /// The state entered.
    pub status: DealStatus,
    /// The day it was entered.
    pub date: JalaliDate,
}

/// A deal's history: it starts as a draft, every later step is a legal transition, and no step
/// is dated before the one before it. The history is only ever extended.
///
/// ```
/// use daneshbonyan::jalali::JalaliDate;
/// use daneshbonyan::model::{DealHistory, DealId, DealStatus};
///
/// let d = |m, day| JalaliDate::new(1404, m, day).unwrap();
/// let mut h = DealHistory::new(d(8, 1));
/// h.advance(DealId(1), DealStatus::Negotiating, d(8, 5))?;
/// h.advance(DealId(1), DealStatus::Signed, d(9, 1))?;
/// assert_eq!(h.status(), DealStatus::Signed);
/// let err = h.advance(DealId(1), DealStatus::Paid, d(9, 2)).unwrap_err();
/// assert_eq!(err.to_string(), "deal 1: cannot go from signed to paid");
/// let err = h.advance(DealId(1), DealStatus::Shipped, d(8, 30)).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "deal 1: shipped on 1404-08-30 is earlier than signed on 1404-09-01"
/// );
/// # Ok::<(), daneshbonyan::model::ModelError>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(transparent))]
pub struct DealHistory {
    steps: Vec<Step>,
}

impl DealHistory {
    /// A history that starts with a draft on `created`.
    pub fn new(created: JalaliDate) -> DealHistory {
        DealHistory {
            steps: vec![Step {
                status: DealStatus::Draft,
                date: created,
            }],
        }
    }

    /// A history from its steps, checked as [`advance`](Self::advance) checks each one.
    pub fn from_steps(deal: DealId, steps: &[Step]) -> Result<DealHistory, ModelError> {
        let Some(first) = steps.first() else {
            return Err(ModelError::Inconsistent {
                entity: deal.to_string(),
                reason: "its history is empty (it starts as a draft)".into(),
            });
        };
        if first.status != DealStatus::Draft {
            return Err(ModelError::Inconsistent {
                entity: deal.to_string(),
                reason: format!("its history starts with {}, not with draft", first.status),
            });
        }
        let mut h = DealHistory::new(first.date);
        for (k, step) in steps.iter().enumerate().skip(1) {
            h.advance(deal, step.status, step.date)
                .map_err(|e| e.at(format_args!("history[{k}]")))?;
        }
        Ok(h)
    }

    /// Moves the deal to `to` on `date`.
    pub fn advance(
        &mut self,
        deal: DealId,
        to: DealStatus,
        date: JalaliDate,
    ) -> Result<(), ModelError> {
        let last = self.last();
        if !last.status.can_go_to(to) {
            return Err(ModelError::IllegalTransition {
                deal: deal.get(),
                from: last.status,
                to,
            });
        }
        if date < last.date {
            return Err(ModelError::TransitionBackwards {
                deal: deal.get(),
                from: last.status,
                previous: last.date,
                to,
                date,
            });
        }
        self.steps.push(Step { status: to, date });
        Ok(())
    }

    /// The present state.
    pub fn status(&self) -> DealStatus {
        self.last().status
    }

    /// The day of the first step (the draft).
    pub fn created(&self) -> JalaliDate {
        self.steps.first().map_or(JalaliDate::MIN, |s| s.date)
    }

    /// Every step, in order.
    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// The state on `date` (`None` before the draft).
    pub fn status_on(&self, date: JalaliDate) -> Option<DealStatus> {
        self.steps
            .iter()
            .take_while(|s| s.date <= date)
            .last()
            .map(|s| s.status)
    }

    fn last(&self) -> Step {
        // Never empty: it starts with the draft and only grows.
        self.steps.last().copied().unwrap_or(Step {
            status: DealStatus::Draft,
            date: JalaliDate::MIN,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_transition_is_listed_and_final_states_have_none() {
        use DealStatus::*;
        let mut pairs = 0;
        for from in DealStatus::ALL {
            for to in DealStatus::ALL {
                pairs += from.can_go_to(to) as u32;
            }
        }
        assert_eq!(pairs, 32);
        assert!(Closed.is_final() && Cancelled.is_final());
        assert!(!Shipped.can_go_to(Cancelled));
        assert!(!Draft.can_go_to(Signed));
        assert!(Signed.can_go_to(Shipped));
    }

    #[test]
    fn status_on_a_date() {
        let d = |m, day| JalaliDate::new(1404, m, day).unwrap();
        let mut h = DealHistory::new(d(1, 10));
        h.advance(DealId(7), DealStatus::Negotiating, d(1, 10))
            .unwrap();
        h.advance(DealId(7), DealStatus::Signed, d(2, 1)).unwrap();
        assert_eq!(h.status_on(d(1, 9)), None);
        assert_eq!(h.status_on(d(1, 10)), Some(DealStatus::Negotiating));
        assert_eq!(h.status_on(d(3, 1)), Some(DealStatus::Signed));
        assert_eq!(h.created(), d(1, 10));
    }
}
