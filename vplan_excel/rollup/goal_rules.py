"""Roll-up rules: from the key results' statuses to a goal's fulfilment.

Each rule is a pure function of the counted statuses and the thresholds, named in the
plan per goal (alla, andel, viktad, bedömning) and explained in Swedish in the README and
in the report's legend (LEGEND).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .. import messages, swedish, vocab
from ..model import Assessment, Thresholds

SCORES = {vocab.GREEN: 1.0, vocab.YELLOW: 0.5, vocab.RED: 0.0}


@dataclass(frozen=True)
class Counted:
    """The key results of a goal in one period: (status, weight) per key result."""

    statuses: Sequence[tuple[str, float]]

    @property
    def total(self) -> int:
        return len(self.statuses)

    @property
    def reported(self) -> list[tuple[str, float]]:
        return [(s, w) for s, w in self.statuses if s in SCORES]

    def count(self, status: str) -> int:
        return sum(s == status for s, _ in self.statuses)

    def share(self, *statuses: str) -> float:
        reported = self.reported
        return sum(s in statuses for s, _ in reported) / len(reported) if reported else 0.0

    def describe(self) -> str:
        """'3 av 5 nyckelresultat gröna, 1 gult, 1 rött'."""
        reported = len(self.reported)
        green = self.count(vocab.GREEN)
        text = messages.GOAL_COUNT.format(green=green, reported=reported,
                                          adjective=messages.ADJECTIVES[vocab.GREEN][green != 1])
        for status in (vocab.YELLOW, vocab.RED):
            number = self.count(status)
            if number:
                text += f", {number} {messages.ADJECTIVES[status][number != 1]}"
        return text


@dataclass(frozen=True)
class GoalDecision:
    status: str  # Uppfyllt, Delvis uppfyllt, Ej uppfyllt or Ej bedömd
    reason: str
    suggestion: str | None = None  # for bedömning: what the key results suggest
    needs_motivation: bool = False  # bedömning: the owner's assessment differs and is not motivated


def rule_alla(counted: Counted, thresholds: Thresholds) -> tuple[str, str]:
    """Uppfyllt when every reported key result is Grön; Ej uppfyllt when more than red_share are Röd."""
    if counted.share(vocab.GREEN) == 1:
        return vocab.MET, counted.describe()
    if counted.share(vocab.RED) > thresholds.red_share:
        return vocab.NOT_MET, counted.describe()
    return vocab.PARTLY_MET, counted.describe()


def rule_andel(counted: Counted, thresholds: Thresholds) -> tuple[str, str]:
    """Uppfyllt from share_met Grön; Delvis from share_partly Grön + Gul; else Ej uppfyllt."""
    green = swedish.percent(counted.share(vocab.GREEN))
    detail = messages.GOAL_SHARE_GREEN.format(detail=counted.describe(), share=green)
    if counted.share(vocab.GREEN) >= thresholds.share_met:
        return vocab.MET, detail
    green_or_yellow = swedish.percent(counted.share(vocab.GREEN, vocab.YELLOW))
    detail = messages.GOAL_SHARE_GREEN_YELLOW.format(detail=detail, share=green_or_yellow)
    if counted.share(vocab.GREEN, vocab.YELLOW) >= thresholds.share_partly:
        return vocab.PARTLY_MET, detail
    return vocab.NOT_MET, detail


def rule_viktad(counted: Counted, thresholds: Thresholds) -> tuple[str, str]:
    """Weighted score (Grön 1, Gul 0,5, Röd 0) against score_met and score_partly."""
    reported = counted.reported
    weight = sum(w for _, w in reported)
    score = sum(SCORES[s] * w for s, w in reported) / weight if weight else 0.0
    detail = messages.GOAL_SCORE.format(detail=counted.describe(), score=swedish.number(round(score, 2)))
    if score >= thresholds.score_met:
        return vocab.MET, detail
    if score >= thresholds.score_partly:
        return vocab.PARTLY_MET, detail
    return vocab.NOT_MET, detail


COMPUTED_RULES = {vocab.RULE_ALL: rule_alla, vocab.RULE_SHARE: rule_andel, vocab.RULE_WEIGHTED: rule_viktad}
SUGGESTION_RULE = vocab.RULE_ALL  # what the key results suggest for a goal under vocab.RULE_ASSESSMENT


def decide_goal(rule: str, counted: Counted, thresholds: Thresholds, owner: Assessment | None) -> GoalDecision:
    """A goal's status for one period under its rule, with its reason sentence."""
    reported = len(counted.reported)
    completeness = messages.GOAL_COMPLETENESS.format(reported=reported, total=counted.total)
    too_few = counted.total == 0 or reported / counted.total < thresholds.min_reported
    if too_few or not any(w for _, w in counted.reported):
        return GoalDecision(vocab.NOT_ASSESSED, messages.GOAL_NOT_ASSESSED.format(
            status=vocab.NOT_ASSESSED, completeness=completeness, minimum=swedish.percent(thresholds.min_reported)))
    incomplete = f" ({completeness})" if reported < counted.total else ""
    if rule != vocab.RULE_ASSESSMENT:
        status, detail = COMPUTED_RULES[rule](counted, thresholds)
        return GoalDecision(status, messages.GOAL_BY_RULE.format(status=status, detail=detail, rule=rule,
                                                                 incomplete=incomplete))
    suggestion, detail = COMPUTED_RULES[SUGGESTION_RULE](counted, thresholds)
    proposal = owner.proposal if owner else None
    values = {"suggestion": suggestion, "detail": detail, "incomplete": incomplete}
    if proposal is None:
        return GoalDecision(suggestion, messages.GOAL_NO_ASSESSMENT.format(**values), suggestion)
    if proposal == suggestion:
        return GoalDecision(proposal, messages.GOAL_ASSESSMENT_AGREES.format(proposal=proposal, **values), suggestion)
    motivation = owner.motivation if owner else ""
    reason = messages.GOAL_ASSESSMENT_DIFFERS.format(proposal=proposal, **values)
    if motivation:
        reason += messages.GOAL_MOTIVATION.format(motivation=motivation)
    return GoalDecision(proposal, reason, suggestion, needs_motivation=not motivation)


def legend(thresholds: Thresholds, rules_in_use: Sequence[str]) -> list[str]:
    """The teckenförklaring: one Swedish sentence per status word and rule in force."""
    values = {
        "yellow": swedish.percent(thresholds.yellow_share), "red": swedish.percent(thresholds.red_share),
        "share_met": swedish.percent(thresholds.share_met), "share_partly": swedish.percent(thresholds.share_partly),
        "score_met": swedish.number(thresholds.score_met), "score_partly": swedish.number(thresholds.score_partly),
        "minimum": swedish.percent(thresholds.min_reported),
        "symbol_green": vocab.SYMBOLS[vocab.GREEN], "symbol_yellow": vocab.SYMBOLS[vocab.YELLOW],
        "symbol_red": vocab.SYMBOLS[vocab.RED],
        "symbol_none": vocab.SYMBOLS[vocab.NOT_REPORTED], "symbol_not_assessed": vocab.SYMBOLS[vocab.NOT_ASSESSED],
    }
    rules = [messages.LEGEND_RULES[rule] for rule in vocab.RULES if rule in rules_in_use]
    return [text.format(**values) for text in (*messages.LEGEND_STATUSES, *rules, messages.LEGEND_NOT_ASSESSED)]
