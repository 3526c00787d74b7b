"""Roll-up rules: from the key results' statuses to a goal's fulfilment.

Each rule is a pure function of the counted statuses and the thresholds, named in the
plan per goal (alla, andel, viktad, bedömning) and explained in Swedish in the README and
in the report's legend (LEGEND).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from . import swedish, vocab
from .model import Assessment, Thresholds

SCORES = {"Grön": 1.0, "Gul": 0.5, "Röd": 0.0}
ADJECTIVES = {"Grön": ("grönt", "gröna"), "Gul": ("gult", "gula"), "Röd": ("rött", "röda")}


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
        green = self.count("Grön")
        text = f"{green} av {reported} nyckelresultat {ADJECTIVES['Grön'][green != 1]}"
        for status in ("Gul", "Röd"):
            number = self.count(status)
            if number:
                text += f", {number} {ADJECTIVES[status][number != 1]}"
        return text


@dataclass(frozen=True)
class GoalDecision:
    status: str  # Uppfyllt, Delvis uppfyllt, Ej uppfyllt or Ej bedömd
    reason: str
    suggestion: str | None = None  # for bedömning: what the key results suggest
    needs_motivation: bool = False  # bedömning: the owner's assessment differs and is not motivated


def rule_alla(counted: Counted, thresholds: Thresholds) -> tuple[str, str]:
    """Uppfyllt when every reported key result is Grön; Ej uppfyllt when more than red_share are Röd."""
    if counted.share("Grön") == 1:
        return vocab.MET, counted.describe()
    if counted.share("Röd") > thresholds.red_share:
        return vocab.NOT_MET, counted.describe()
    return vocab.PARTLY_MET, counted.describe()


def rule_andel(counted: Counted, thresholds: Thresholds) -> tuple[str, str]:
    """Uppfyllt from share_met Grön; Delvis from share_partly Grön + Gul; else Ej uppfyllt."""
    detail = f"{counted.describe()}; {swedish.percent(counted.share('Grön'))} gröna"
    if counted.share("Grön") >= thresholds.share_met:
        return vocab.MET, detail
    if counted.share("Grön", "Gul") >= thresholds.share_partly:
        return vocab.PARTLY_MET, f"{detail}, {swedish.percent(counted.share('Grön', 'Gul'))} gröna eller gula"
    return vocab.NOT_MET, f"{detail}, {swedish.percent(counted.share('Grön', 'Gul'))} gröna eller gula"


def rule_viktad(counted: Counted, thresholds: Thresholds) -> tuple[str, str]:
    """Weighted score (Grön 1, Gul 0,5, Röd 0) against score_met and score_partly."""
    reported = counted.reported
    weight = sum(w for _, w in reported)
    score = sum(SCORES[s] * w for s, w in reported) / weight if weight else 0.0
    detail = f"{counted.describe()}; viktat värde {swedish.number(round(score, 2))}"
    if score >= thresholds.score_met:
        return vocab.MET, detail
    if score >= thresholds.score_partly:
        return vocab.PARTLY_MET, detail
    return vocab.NOT_MET, detail


COMPUTED_RULES = {"alla": rule_alla, "andel": rule_andel, "viktad": rule_viktad}
SUGGESTION_RULE = "alla"  # what the key results suggest for a goal under "bedömning"


def decide_goal(rule: str, counted: Counted, thresholds: Thresholds, owner: Assessment | None) -> GoalDecision:
    """A goal's status for one period under its rule, with its reason sentence."""
    reported = len(counted.reported)
    completeness = f"{reported} av {counted.total} nyckelresultat rapporterade"
    if counted.total == 0 or reported / counted.total < thresholds.min_reported:
        minimum = swedish.percent(thresholds.min_reported)
        return GoalDecision(vocab.NOT_ASSESSED, f"{vocab.NOT_ASSESSED}: {completeness}, minst {minimum} krävs")
    incomplete = f" ({completeness})" if reported < counted.total else ""
    if rule != "bedömning":
        status, detail = COMPUTED_RULES[rule](counted, thresholds)
        return GoalDecision(status, f"{status}: {detail} (regel: {rule}){incomplete}")
    suggestion, detail = COMPUTED_RULES[SUGGESTION_RULE](counted, thresholds)
    proposal = owner.proposal if owner else None
    if proposal is None:
        return GoalDecision(suggestion, f"{suggestion}: ingen bedömning lämnad, förslag från nyckelresultaten: "
                                        f"{detail} (regel: bedömning){incomplete}", suggestion)
    if proposal == suggestion:
        return GoalDecision(proposal, f"{proposal}: målägarens bedömning, i linje med nyckelresultaten: "
                                      f"{detail} (regel: bedömning){incomplete}", suggestion)
    motivation = owner.motivation if owner else ""
    reason = (f"{proposal}: målägarens bedömning; nyckelresultaten föreslår {suggestion}: {detail}"
              f" (regel: bedömning){incomplete}")
    if motivation:
        reason += f". Motivering: {motivation}"
    return GoalDecision(proposal, reason, suggestion, needs_motivation=not motivation)


def legend(thresholds: Thresholds, rules_in_use: Sequence[str]) -> list[str]:
    """The teckenförklaring: one Swedish sentence per status word and rule in force."""
    yellow = swedish.percent(thresholds.yellow_share)
    lines = [
        f"Grön {vocab.SYMBOLS['Grön']}: utfallet når målvärdet. Gul {vocab.SYMBOLS['Gul']}: utfallet har nått minst "
        f"{yellow} av vägen från utgångsläget till målvärdet (utan utgångsläge: minst {yellow} av målvärdet). "
        f"Röd {vocab.SYMBOLS['Röd']}: längre från målet. Enhetens egen status gäller; saknas den räknas status ut "
        "och märks beräknad.",
        f"{vocab.NOT_REPORTED} {vocab.SYMBOLS[vocab.NOT_REPORTED]}: varken utfall eller status har lämnats; "
        "räknas varken som uppnått eller ej uppnått.",
    ]
    texts = {
        "alla": f"Regel alla: målet är uppfyllt när alla rapporterade nyckelresultat är gröna, ej uppfyllt när "
                f"mer än {swedish.percent(thresholds.red_share)} är röda, annars delvis uppfyllt.",
        "andel": f"Regel andel: uppfyllt när minst {swedish.percent(thresholds.share_met)} av nyckelresultaten är "
                 f"gröna, delvis uppfyllt när minst {swedish.percent(thresholds.share_partly)} är gröna eller gula, "
                 "annars ej uppfyllt.",
        "viktad": f"Regel viktad: grön räknas 1, gul 0,5 och röd 0, vägt med nyckelresultatens vikt; uppfyllt från "
                  f"{swedish.number(thresholds.score_met)}, delvis uppfyllt från {swedish.number(thresholds.score_partly)}.",
        "bedömning": "Regel bedömning: målägarens samlade bedömning gäller, med stor vikt på utfallet av "
                     "nyckelresultaten; förslaget enligt regel alla redovisas bredvid, och en avvikande bedömning "
                     "ska motiveras.",
    }
    lines += [texts[rule] for rule in vocab.RULES if rule in rules_in_use]
    lines.append(f"{vocab.NOT_ASSESSED} {vocab.SYMBOLS[vocab.NOT_ASSESSED]}: färre än "
                 f"{swedish.percent(thresholds.min_reported)} av målets nyckelresultat är rapporterade. Ett mål där "
                 "några nyckelresultat saknas bedöms på de rapporterade och märks ofullständigt.")
    return lines
