"""The status of one key result in one period, and the sentence that explains it.

Pure functions. The computed status compares outcome, baseline and target in the key
result's direction; the unit's own status counts when it gave one. Missing data is
Ej rapporterad, never a colour.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .. import messages, swedish, vocab
from ..model import KeyResult

RANK = {vocab.RED: 0, vocab.YELLOW: 1, vocab.GREEN: 2}
EPSILON = 1e-9  # relative: 72 of 90 is exactly 80 %, whatever binary floating point says


@dataclass(frozen=True, slots=True)
class Computed:
    status: str | None  # None when outcome, target or direction is missing
    reason: str  # "utfall 62 % når inte 80 % av målvärdet 90 %"


@dataclass(frozen=True, slots=True)
class Decided:
    status: str  # Grön, Gul, Röd or Ej rapporterad
    computed: str | None
    calculated: bool  # the status is the computed one ("beräknad"): the unit left it empty
    reason: str  # "Röd: utfall 62 % når inte 80 % av målvärdet 90 %"
    computed_reason: str = ""  # the computation alone: "utfall 62 % når inte 80 % av målvärdet 90 %"

    @property
    def two_steps_apart(self) -> bool:
        """The unit's status and the computed one are Grön and Röd: worth a warning."""
        return not self.calculated and self.computed is not None and abs(RANK[self.status] - RANK[self.computed]) == 2


def compute(
    outcome: float | None,
    baseline: float | None,
    target: float | None,
    direction: str | None,
    yellow_share: float,
    measure: str = "",
) -> Computed:
    """Grön when the outcome reaches the target; Gul from yellow_share of the way; else Röd.

    With a baseline that the target improves on, "the way" runs from baseline to target.
    Without one (or when target equals baseline, or the target is a level to keep) the
    Vansbro rule applies: Gul when the outcome is within (1 - yellow_share) of the
    target's size from the target; for a positive target where higher is better that is
    "at least 80 % of the target". Values are taken as written: 85 means 85 %.
    """
    if outcome is None or target is None or direction not in vocab.DIRECTIONS:
        return Computed(None, "")
    sign = 1 if direction == vocab.DIRECTION_HIGHER else -1

    def show(value: float) -> str:
        return swedish.measured(value, measure)

    o, t = show(outcome), show(target)
    if sign * (outcome - target) >= 0:
        return Computed(vocab.GREEN, messages.REASON_MET.format(o=o, t=t))
    share = swedish.percent(yellow_share)
    if baseline is not None and sign * (target - baseline) > 0:
        progress = (outcome - baseline) / (target - baseline)
        b = show(baseline)
        way = messages.REASON_WAY.format(b=b, t=t)
        if progress < 0:
            return Computed(vocab.RED, messages.REASON_WRONG_WAY.format(o=o, b=b, t=t))
        percent = round(min(progress, 1.0) * 100)  # below the target, so at most 100 % of the way
        if progress < yellow_share - EPSILON and percent >= yellow_share * 100:
            percent = math.floor(progress * 100)  # 79,6 % of the way must not read as the 80 % Gul needs
        shown = swedish.percent(percent / 100)
        if progress >= yellow_share - EPSILON:
            return Computed(vocab.YELLOW, messages.REASON_PROGRESS.format(o=o, progress=shown, way=way))
        return Computed(vocab.RED, messages.REASON_PROGRESS_SHORT.format(o=o, progress=shown, way=way, share=share))
    if target == 0:  # no share of zero to be near: met or not
        return Computed(vocab.RED, messages.REASON_NOT_MET.format(o=o, t=t))
    shortfall = sign * (target - outcome)
    within = shortfall <= (1 - yellow_share) * abs(target) + EPSILON * max(1.0, abs(target))
    status = vocab.YELLOW if within else vocab.RED
    if sign == 1 and target > 0:
        text = messages.REASON_SHARE_OF_TARGET if within else messages.REASON_NOT_SHARE_OF_TARGET
        return Computed(status, text.format(o=o, share=share, t=t))
    limit = swedish.percent(1 - yellow_share)
    text = messages.REASON_WITHIN if within else messages.REASON_NOT_WITHIN
    return Computed(status, text.format(o=o, limit=limit, t=t))


def decide(key_result: KeyResult, period_id: str, period_name: str, yellow_share: float) -> Decided:
    """Which status counts for a key result in a period, and why."""
    result = key_result.periods.get(period_id)
    unit_status = result.status if result else None
    outcome = result.outcome if result else None
    computed = compute(outcome, key_result.baseline, key_result.target, key_result.direction, yellow_share,
                       key_result.measure)
    if unit_status:
        if computed.status is None:
            why = messages.REASON_NO_OUTCOME if outcome is None else messages.REASON_NOT_COMPUTABLE
            return Decided(unit_status, None, False, messages.REASON_UNITS_OWN.format(status=unit_status, why=why))
        if computed.status == unit_status:
            return Decided(unit_status, computed.status, False,
                           messages.REASON_AGREES.format(status=unit_status, reason=computed.reason), computed.reason)
        return Decided(unit_status, computed.status, False,
                       messages.REASON_DIFFERS.format(status=unit_status, computed=computed.status,
                                                      reason=computed.reason),
                       computed.reason)
    if computed.status is not None:
        return Decided(computed.status, computed.status, True,
                       messages.REASON_CALCULATED.format(status=computed.status, reason=computed.reason),
                       computed.reason)
    return Decided(vocab.NOT_REPORTED, None, False,
                   messages.REASON_NOT_REPORTED.format(status=vocab.NOT_REPORTED, period=period_name))


def trend(key_result: KeyResult, now: Decided, before: Decided | None, period_id: str, previous_id: str) -> str | None:
    """förbättrad / oförändrad / försämrad since the previous period, by outcome where both exist."""
    if before is None or vocab.NOT_REPORTED in (now.status, before.status):
        return None
    current, previous = key_result.periods.get(period_id), key_result.periods.get(previous_id)
    if current and previous and current.outcome is not None and previous.outcome is not None:
        sign = 1 if key_result.direction == vocab.DIRECTION_HIGHER else -1
        change = sign * (current.outcome - previous.outcome)
    else:
        change = RANK[now.status] - RANK[before.status]
    return vocab.BETTER if change > 0 else vocab.WORSE if change < 0 else vocab.SAME
