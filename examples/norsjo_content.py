"""Invented example data for the Norsjö example workbooks (påhittade exempeldata).

Everything in this module is made up: the key results, numbers, comments, activities and
assessments are påhittade exempeldata written to show what filled-in workbooks can look
like. They are not real figures from Norsjö kommun and must never be read as such. Only
the goals, units and place names come from the plan (verksamhetsplan Kommunal utveckling
2025–2026) in examples/norsjo-2025/plan.toml.

CONTENT maps (goal number, unit id) to that unit's key results, activities and
assessments for the periods delar1 (Delår 1), delar2 (Delår 2) and helar (Helår, the
invented full year). build_examples.py writes them into the standard workbooks. Statuses
agree with vplan's computed status (README, "Nyckelresultatens status"): "Grön" when the
outcome reaches the target, "Gul" when it has come at least 80 % of the way from baseline
to target (without a baseline: within 20 % of the target's size from the target),
otherwise "Röd". Proposals for goals 3–9 follow the rule "alla" for the unit's own key
results; for goals 1–2 a proposal that differs from the key results' suggestion is
motivated (goal 1 in Delår 2 and Helår, goal 2 in Delår 1).

The Delår 1 and Delår 2 assessments carry the owner's forecast for the year end
("Uppfylls", "Uppfylls delvis", "Uppfylls inte"); the Helår assessment has none, since the
year is over. Where the year ended differently from the Delår 2 forecast, the unit's
Helår analysis says why.
"""

from __future__ import annotations

CONTENT: dict[tuple[int, str], dict] = {
    # ------------------------------------------------------------------
    # Mål 1 – Värdegrunden som kompass (Ledningsgruppen)
    # ------------------------------------------------------------------
    (1, "ledning"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "HME-index för verksamhetsområdet Kommunal utveckling",
                "measure": "index",
                "baseline": 76.0,
                "target": 80.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 77.5, "status": "Röd", "comment": "Utfallet bygger på vårens pulsmätning, eftersom den stora medarbetarenkäten görs först i september. Motivationsdelen har ökat medan styrningsdelen står still."},
                    "delar2": {"outcome": 79.5, "status": "Gul", "comment": "Medarbetarenkäten är nu genomförd med 84 % svarsfrekvens. Ledarskapsdelen har ökat mest, styrning ligger kvar under förvaltningens snitt."},
                    "helar": {"outcome": 79.5, "status": "Gul", "comment": "HME-index mäts i den årliga medarbetarenkäten och är detsamma som i delår 2. Motivation och ledarskap ligger över målvärdet, men styrningsdelen drar fortfarande ned helheten."},
                },
            },
            {
                "id": "NR2",
                "title": "Andel medarbetare som haft medarbetarsamtal med värdegrunden som stående punkt",
                "measure": "%",
                "baseline": 62.0,
                "target": 95.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 90.0, "status": "Gul", "comment": "De flesta samtal hölls i februari och mars med den nya samtalsmallen. Några samtal inom GVA är flyttade till maj på grund av vårens vattenläckor."},
                    "delar2": {"outcome": 96.0, "status": "Grön", "comment": "Samtliga enheter har genomfört sina samtal. De som återstår gäller medarbetare som varit föräldralediga under våren."},
                    "helar": {"outcome": 97.0, "status": "Grön", "comment": "Alla medarbetare utom några som anställdes under hösten har haft medarbetarsamtal med värdegrunden som stående punkt. De nyanställda har sitt samtal i januari."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel arbetsplatsträffar där värdegrunden har diskuterats utifrån ett verkligt fall",
                "measure": "%",
                "baseline": 60.0,
                "target": 100.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 95.0, "status": "Gul", "comment": "Nästan alla APT har haft en värdegrundspunkt, jämfört med ungefär hälften förra året. På ett par APT räckte inte tiden till."},
                    "delar2": {"outcome": 100.0, "status": "Grön", "comment": "Värdegrundspunkten ligger nu först på dagordningen och har hållits på alla APT sedan maj."},
                    "helar": {"outcome": 100.0, "status": "Grön", "comment": "Värdegrunden har diskuterats utifrån ett verkligt fall på alla arbetsplatsträffar under året. Flera enheter har skrivit egna fall."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Värdegrundsdialog med fallbeskrivningar på alla arbetsplatsträffar", "key_result": "NR3",
                "responsible": "Verksamhetschef KU",
                "start": "2026-01-12", "due": "2026-12-18",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Ledningsgruppen har tagit fram tio fallbeskrivningar från vardagen i verksamheterna."},
                    "delar2": {"status": "Pågår", "comment": "Fallen används på alla enheter. Fyra nya fall har skrivits av medarbetarna själva."},
                    "helar": {"status": "Klar", "comment": "Dialogen har hållits på alla arbetsplatsträffar. Fallbeskrivningarna samlas i en gemensam fallbank som används även nästa år."},
                },
            },
            {
                "id": "A2", "title": "Ny mall för medarbetarsamtal med frågor om bemötande och tillit", "key_result": "NR2",
                "responsible": "HR-partner",
                "start": "2025-11-03", "due": "2026-01-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Mallen togs i bruk i januari och har använts i alla samtal under våren."},
                    "delar2": {"status": "Klar", "comment": "Enhetscheferna har gett synpunkter och mallen justeras inför nästa år."},
                    "helar": {"status": "Klar", "comment": "Den justerade mallen är klar och används i medarbetarsamtalen 2027."},
                },
            },
            {
                "id": "A3", "title": "Ledarforum om tillitsbaserad styrning för enhetschefer", "key_result": "NR1",
                "responsible": "Verksamhetschef KU",
                "start": "2026-02-01", "due": "2026-11-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Två av fem träffar är genomförda, med god uppslutning."},
                    "delar2": {"status": "Pågår", "comment": "Fyra träffar är genomförda. Den sista hålls i november tillsammans med Utvecklingsavdelningen."},
                    "helar": {"status": "Försenad", "comment": "Fyra av fem träffar är genomförda. Den sista träffen ställdes in i november på grund av sjukdom och hålls i februari 2027."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Värdegrundsarbetet har kommit igång på bred front och syns i både medarbetarsamtal och arbetsplatsträffar. HME-index från pulsmätningen har ökat något men ligger fortfarande en bit från målvärdet. Styrningsdelen drar ned resultatet, vilket tyder på att målen ännu inte upplevs som gemensamma i alla enheter.",
                "actions": "Ledningsgruppen tydliggör kopplingen mellan verksamhetsmålen och det egna uppdraget på höstens arbetsplatsträffar. Medarbetarsamtalen som återstår genomförs i maj.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Medarbetarsamtal och värdegrundsdialog är genomförda enligt plan i alla enheter. HME-index har ökat med 3,5 enheter sedan förra mätningen och ligger nu en halv enhet under målvärdet. Resultatet visar att arbetet ger effekt, även om styrningsdelen fortfarande är svagast.",
                "actions": "Resultatet från medarbetarenkäten bearbetas på varje enhet under oktober. Styrningsfrågorna följs särskilt i ledarforum.",
                "proposal": "Uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "HME-index ligger bara en halv enhet under målvärdet och övriga nyckelresultat är nådda, så ledningsgruppen bedömer målet som uppfyllt.",
            },
            "helar": {
                "analysis": "Värdegrundsarbetet har genomförts enligt plan under hela året: alla medarbetare har haft medarbetarsamtal med värdegrunden som stående punkt, och värdegrunden har diskuterats på alla arbetsplatsträffar. HME-index har ökat från 76 till 79,5 och ligger en halv enhet under målvärdet. Styrningsdelen är fortfarande svagast, vilket visar att kopplingen mellan verksamhetsmålen och det egna uppdraget behöver bli tydligare.",
                "actions": "Under 2027 arbetar varje enhet med styrningsfrågorna från medarbetarenkäten på arbetsplatsträffarna. Ledarforum fortsätter med fokus på tillitsbaserad styrning, och fallbanken används i introduktionen av nya medarbetare.",
                "proposal": "Uppfyllt",
                "motivation": "Två av tre nyckelresultat är nådda och HME-index ligger bara en halv enhet under målvärdet efter en ökning med 3,5 enheter, så ledningsgruppen bedömer målet som uppfyllt för helåret.",
            },
        },
    },
    # ------------------------------------------------------------------
    # Mål 2 – Systematiskt arbetsmiljöarbete (Ledningsgruppen)
    # ------------------------------------------------------------------
    (2, "ledning"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel planerade skyddsronder som är genomförda enligt årsplanen",
                "measure": "%",
                "baseline": 70.0,
                "target": 100.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 88.0, "status": "Röd", "comment": "Skyddsronderna på Solstrålen och i GVA:s verkstad har fått flyttas på grund av sjukdom hos skyddsombud. Nya datum är bokade i maj."},
                    "delar2": {"outcome": 100.0, "status": "Grön", "comment": "Alla skyddsronder som var planerade till och med augusti är genomförda och protokollförda."},
                    "helar": {"outcome": 100.0, "status": "Grön", "comment": "Alla skyddsronder enligt årsplanen är genomförda och protokollförda. Den sista hölls i november på Kottens förskola."},
                },
            },
            {
                "id": "NR2",
                "title": "Sjukfrånvaro i verksamhetsområdet",
                "measure": "%",
                "baseline": 6.8,
                "target": 5.5,
                "direction": "Lägre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 6.1, "status": "Röd", "comment": "Korttidsfrånvaron var hög under influensaperioden i februari. Långtidsfrånvaron har minskat jämfört med förra året."},
                    "delar2": {"outcome": 5.7, "status": "Gul", "comment": "Sjukfrånvaron fortsätter att minska, framför allt inom Måltider där tunga lyft har byggts bort."},
                    "helar": {"outcome": 5.6, "status": "Gul", "comment": "Sjukfrånvaron för helåret blev 5,6 %. Långtidsfrånvaron har minskat tydligt, men en influensavåg i november och december drog upp korttidsfrånvaron."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel åtgärder från SAM-uppföljningen som är åtgärdade inom utsatt tid",
                "measure": "%",
                "baseline": 55.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 74.0, "status": "Röd", "comment": "Flera åtgärder kräver investeringar som väntar på beslut, bland annat ny ventilation i vaktmästeriets lokaler."},
                    "delar2": {"outcome": 86.0, "status": "Gul", "comment": "Ventilationen är beställd och de flesta mindre åtgärder är klara. Fyra åtgärder har fått nya datum under hösten."},
                    "helar": {"outcome": 92.0, "status": "Grön", "comment": "Ventilationen i vaktmästeriets lokaler installerades i oktober och de övriga försenade åtgärderna blev klara under hösten."},
                },
            },
            {
                "id": "NR4",
                "title": "Andel chefer och skyddsombud som genomgått grundläggande arbetsmiljöutbildning",
                "measure": "%",
                "baseline": 60.0,
                "target": 100.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 95.0, "status": "Gul", "comment": "Vårens utbildning är genomförd. En nyanställd enhetschef går utbildningen i september."},
                    "delar2": {"outcome": 100.0, "status": "Grön", "comment": "Samtliga chefer och skyddsombud har nu gått utbildningen."},
                    "helar": {"outcome": 100.0, "status": "Grön", "comment": "Alla chefer och skyddsombud har gått utbildningen. Nya chefer och skyddsombud går den under sitt första halvår."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Gemensam årsplan för skyddsronder i alla enheter", "key_result": "NR1",
                "responsible": "Verksamhetschef KU",
                "start": "2025-12-01", "due": "2026-02-28",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Årsplanen är fastställd och ligger i kalendern för alla enheter."},
                    "delar2": {"status": "Klar", "comment": "Planen har följts sedan maj utan nya förskjutningar."},
                    "helar": {"status": "Klar", "comment": "Årsplanen har följts hela året. Planen för 2027 är fastställd i samverkansgruppen."},
                },
            },
            {
                "id": "A2", "title": "Tidiga samtal vid upprepad korttidsfrånvaro", "key_result": "NR2",
                "responsible": "HR-partner",
                "start": "2026-01-15", "due": "2026-12-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Alla chefer har fått stöd i rutinen och de första samtalen är genomförda."},
                    "delar2": {"status": "Pågår", "comment": "Rutinen används i alla enheter. Ett tiotal samtal har lett till anpassningar i arbetet."},
                    "helar": {"status": "Klar", "comment": "Rutinen har använts i alla enheter under året och är nu en del av det ordinarie arbetet."},
                },
            },
            {
                "id": "A3", "title": "Handlingsplan för åtgärder från SAM-uppföljningen 2025", "key_result": "NR3",
                "responsible": "Ledningsgruppen",
                "start": "2026-01-15", "due": "2026-06-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Handlingsplanen är klar och åtgärderna är fördelade på ansvariga chefer."},
                    "delar2": {"status": "Försenad", "comment": "Fyra åtgärder väntar på investeringsbeslut och har flyttats till hösten."},
                    "helar": {"status": "Klar", "comment": "De sista åtgärderna, bland annat ventilationen i vaktmästeriets lokaler, blev klara i oktober och november."},
                },
            },
            {
                "id": "A4", "title": "Arbetsmiljöutbildning för chefer och skyddsombud", "key_result": "NR4",
                "responsible": "HR-partner",
                "start": "2026-02-01", "due": "2026-09-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Utbildningen är genomförd för alla utom en nyanställd chef."},
                    "delar2": {"status": "Klar", "comment": "Även den sista deltagaren har gått utbildningen, i samverkan med Malå kommun."},
                    "helar": {"status": "Klar", "comment": "Utbildningen är genomförd. Nästa omgång för nya chefer och skyddsombud hålls i mars 2027."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Det systematiska arbetsmiljöarbetet har fått en tydligare struktur med gemensam årsplan och handlingsplan. Flera nyckelresultat är ändå röda i delåret, främst för att skyddsronder flyttats och investeringar väntar på beslut. Sjukfrånvaron minskar, men korttidsfrånvaron under vintern drog upp utfallet.",
                "actions": "De uppskjutna skyddsronderna genomförs i maj. Ledningsgruppen lyfter de investeringsberoende åtgärderna till kommunstyrelsens budgetberedning.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "Skyddsronderna och utbildningen följer årsplanen och sjukfrånvaron minskar, så ledningsgruppen bedömer målet som delvis uppfyllt trots röda delårsutfall.",
            },
            "delar2": {
                "analysis": "Skyddsronder och arbetsmiljöutbildning är genomförda enligt plan. Sjukfrånvaron har minskat till 5,7 % och närmar sig målvärdet. Det som återstår är främst åtgärder som kräver investeringar.",
                "actions": "Ventilationen i vaktmästeriets lokaler installeras under hösten. Rutinen för tidiga samtal fortsätter och följs upp på ledningsgruppens möten.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Det systematiska arbetsmiljöarbetet har fungerat enligt årsplanen: alla skyddsronder är genomförda, chefer och skyddsombud är utbildade och nästan alla åtgärder från SAM-uppföljningen är klara. Sjukfrånvaron har minskat från 6,8 % till 5,6 % men når inte målvärdet, främst på grund av hög korttidsfrånvaro i slutet av året.",
                "actions": "Rutinen för tidiga samtal vid upprepad korttidsfrånvaro fortsätter under 2027, och all personal i verksamhetsområdet erbjuds vaccination mot influensa. Åtgärderna från årets SAM-uppföljning förs in i handlingsplanen för 2027 redan i januari.",
                "proposal": "Delvis uppfyllt",
                "motivation": "",
            },
        },
    },
    # ------------------------------------------------------------------
    # Mål 3 – Gemensamma resurser på ett klokt och hållbart sätt (Teknik)
    # ------------------------------------------------------------------
    (3, "maltider"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Minskat matsvinn i storköket Solstrålen",
                "measure": "gram/portion",
                "baseline": 45.0,
                "target": 35.0,
                "direction": "Lägre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 36.5, "status": "Gul", "comment": "Vi väger svinnet varje vecka sedan februari och har minskat tillagningen av de rätter som ofta blir över. Tallrikssvinnet på Norsjöskolan är fortfarande högt."},
                    "delar2": {"outcome": 34.5, "status": "Grön", "comment": "Svinntavlan i matsalen och mindre tallrikar på lågstadiet har gett effekt. Målvärdet är nått för första gången."},
                    "helar": {"outcome": 33.5, "status": "Grön", "comment": "Svinnet har legat under målvärdet hela hösten. Förskolornas mottagningskök väger nu också sitt svinn."},
                },
            },
            {
                "id": "NR2",
                "title": "Andel ekologiska livsmedel av inköpsvärdet",
                "measure": "%",
                "baseline": 28.0,
                "target": 35.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 34.0, "status": "Gul", "comment": "Vi har bytt till ekologisk mjölk och havregryn i alla kök. Priset på ekologiskt kött gör att vi väntar med det."},
                    "delar2": {"outcome": 35.5, "status": "Grön", "comment": "Det nya avtalet för frukt och grönt gav fler ekologiska alternativ till samma pris. Andelen svenska livsmedel ligger samtidigt på 71 %."},
                    "helar": {"outcome": 36.0, "status": "Grön", "comment": "Andelen ekologiska livsmedel ligger över målvärdet för helåret. Ekologiskt nötkött serveras nu en dag i veckan."},
                },
            },
            {
                "id": "NR3",
                "title": "Livsmedelskostnad per portion i skolan",
                "measure": "kr",
                "baseline": 14.6,
                "target": 14.0,
                "direction": "Lägre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 13.9, "status": "Grön", "comment": "Mindre svinn och en mer säsongsanpassad matsedel håller nere kostnaden trots höjda livsmedelspriser."},
                    "delar2": {"outcome": 13.8, "status": "Grön", "comment": "Kostnaden ligger stabilt under målvärdet. Sommarens lägre volymer påverkar inte snittet nämnvärt."},
                    "helar": {"outcome": 13.9, "status": "Grön", "comment": "Kostnaden ligger under målvärdet för helåret trots att livsmedelspriserna steg under hösten. Mindre svinn har gett utrymme i budgeten."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Veckovis svinnmätning och svinntavla i Norsjöskolans matsal", "key_result": "NR1",
                "responsible": "Kostchef",
                "start": "2026-01-15", "due": "2026-06-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Mätningen pågår i alla kök och resultatet visas varje vecka på svinntavlan."},
                    "delar2": {"status": "Klar", "comment": "Svinnmätningen är nu en del av den ordinarie rutinen i alla kök."},
                    "helar": {"status": "Klar", "comment": "Svinnmätningen fortsätter som ordinarie rutin och har spridits till förskolornas mottagningskök."},
                },
            },
            {
                "id": "A2", "title": "Säsongsanpassad matsedel med mer vegetabiliskt protein", "key_result": "NR3",
                "responsible": "Kostchef",
                "start": "2025-10-01", "due": "2026-08-15",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Vårens matsedel är klar och har provats på Bastuträsk skola och Droppens förskola."},
                    "delar2": {"status": "Klar", "comment": "Den nya matsedeln används i alla kök från höstterminens start."},
                    "helar": {"status": "Klar", "comment": "Matsedeln har utvärderats med matrådet, och vårens matsedel för 2027 bygger på den."},
                },
            },
            {
                "id": "A3", "title": "Genomgång av livsmedelsavtalet för fler ekologiska och svenska alternativ", "key_result": "NR2",
                "responsible": "Kostchef",
                "start": "2026-02-01", "due": "2026-05-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Genomgången görs tillsammans med upphandlaren och leverantörerna."},
                    "delar2": {"status": "Klar", "comment": "Sortimentet är justerat och de nya artiklarna används sedan juni."},
                    "helar": {"status": "Klar", "comment": "De nya artiklarna har använts hela hösten. Avtalet följs upp med leverantörerna i februari."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Måltider ligger nära målvärdena för både matsvinn och ekologiska livsmedel, och kostnaden per portion är under målvärdet. Svinnmätningen har gjort personalen mer delaktig i att planera tillagningen. Tallrikssvinnet i skolan är den största utmaningen som återstår.",
                "actions": "Vi inför svinntavla och mindre tallrikar på lågstadiet under maj. Ekologiska alternativ prövas i nästa beställningsomgång.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Alla nyckelresultat har nått sina målvärden. Minskat svinn och en säsongsanpassad matsedel har gett utrymme för fler ekologiska livsmedel utan att kostnaden per portion ökat. Arbetssättet är nu en del av den dagliga driften.",
                "actions": "Vi fortsätter med veckovis svinnmätning och sprider arbetssättet till förskolornas mottagningskök under hösten.",
                "proposal": "Uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla tre nyckelresultat har nått sina målvärden för helåret. Svinnet har minskat med en fjärdedel sedan utgångsläget och andelen ekologiska livsmedel har ökat utan att kostnaden per portion har gått upp. Svinnmätningen och den säsongsanpassade matsedeln är nu en del av den dagliga driften.",
                "actions": "Under 2027 fortsätter vi med veckovis svinnmätning i alla kök och inför den säsongsanpassade matsedeln även i äldreomsorgens måltider.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    (3, "fastighet"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Energiförbrukning i kommunens verksamhetslokaler (rullande tolv månader)",
                "measure": "kWh/m²",
                "baseline": 178.0,
                "target": 165.0,
                "direction": "Lägre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 170.0, "status": "Röd", "comment": "Förbrukningen har minskat, men den kalla januarimånaden gjorde att vi inte nådde längre. Injusteringen av värmen i Norsjöskolan är inte klar."},
                    "delar2": {"outcome": 167.0, "status": "Gul", "comment": "Nya styrkurvor för värme och ventilation i sju byggnader ger tydlig effekt. Vi ligger nu nära målvärdet."},
                    "helar": {"outcome": 164.0, "status": "Grön", "comment": "De sista tre byggnaderna injusterades i oktober. Förbrukningen för de senaste tolv månaderna ligger nu under målvärdet, trots en kall december."},
                },
            },
            {
                "id": "NR2",
                "title": "Andel av årets planerade underhållsåtgärder som är genomförda enligt underhållsplanen",
                "measure": "%",
                "baseline": 65.0,
                "target": 85.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 82.0, "status": "Gul", "comment": "Vinterns åtgärder inomhus är i stort sett klara. Takbytet på Kottens förskola väntar på barmark."},
                    "delar2": {"outcome": 86.0, "status": "Grön", "comment": "Takbytet och fönsterrenoveringen på Bastuträsk skola blev klara under sommarlovet."},
                    "helar": {"outcome": 88.0, "status": "Grön", "comment": "Årets underhållsåtgärder är genomförda enligt planen utom två, som flyttas till våren 2027 på grund av långa leveranstider."},
                },
            },
            {
                "id": "NR3",
                "title": "Antal lokaler som samnyttjas av flera verksamheter",
                "measure": "antal",
                "baseline": 4.0,
                "target": 7.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 5.0, "status": "Röd", "comment": "Samlingssalen i kommunhuset delas nu med Kultur och fritid. Två andra lokaler väntar på att hyresavtalen ska skrivas om."},
                    "delar2": {"outcome": 5.0, "status": "Röd", "comment": "Hos Fastighet & service har vi fått prioritera om, och flytten av fritidsgården till skolans lokaler är skjuten till 2027. Inga nya samnyttjade lokaler har tillkommit."},
                    "helar": {"outcome": 6.0, "status": "Röd", "comment": "Kulturskolan har sedan november sin undervisning i Bastuträsk skolas lokaler. Flytten av fritidsgården är skjuten till 2027, så målvärdet nås inte i år."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Injustering av värme och ventilation i de tio största byggnaderna", "key_result": "NR1",
                "responsible": "Driftingenjör fastighet",
                "start": "2025-09-01", "due": "2026-06-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Fem av tio byggnader är injusterade, bland annat Norsjöskolan hus A."},
                    "delar2": {"status": "Försenad", "comment": "Sju byggnader är klara. De sista tre blev försenade av en lång leveranstid på styrutrustning och görs i oktober."},
                    "helar": {"status": "Klar", "comment": "Alla tio byggnader är injusterade. De sista tre blev klara i oktober, fyra månader senare än planerat."},
                },
            },
            {
                "id": "A2", "title": "Uppdaterad underhållsplan med prioritering efter tekniskt skick", "key_result": "NR2",
                "responsible": "Enhetschef Fastighet och service",
                "start": "2025-08-15", "due": "2026-01-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Underhållsplanen för 2026–2030 är klar och används i budgetarbetet."},
                    "delar2": {"status": "Klar", "comment": "Planen har följts under sommaren. Nästa revidering görs i januari."},
                    "helar": {"status": "Klar", "comment": "Underhållsplanen har följts och revideras i januari inför 2027."},
                },
            },
            {
                "id": "A3", "title": "Inventering av lokaler som kan samnyttjas", "key_result": "NR3",
                "responsible": "Lokalstrateg",
                "start": "2026-01-15", "due": "2026-10-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Inventeringen är klar och förslag har lämnats till berörda verksamheter."},
                    "delar2": {"status": "Pågår", "comment": "Förslaget om fritidsgården är pausat. Övriga förslag bereds inför lokalförsörjningsplanen."},
                    "helar": {"status": "Klar", "comment": "Inventeringen och förslagen är klara. Det som inte hann genomföras, bland annat fritidsgårdens flytt, finns med i lokalförsörjningsplanen för 2027."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Underhållet följer i stort sett planen, men energiförbrukningen och samnyttjandet av lokaler ligger efter. En kall vinter och en injustering som inte är klar förklarar det mesta av energiutfallet. Samnyttjandet hänger på beslut i andra verksamheter.",
                "actions": "Injusteringen prioriteras före sommaren. Vi tar upp samnyttjandet i lokalförsörjningsgruppen i maj.",
                "proposal": "Ej uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Energiförbrukningen har minskat tydligt och underhållsplanen följs. Samnyttjandet av lokaler står däremot still sedan flytten av fritidsgården sköts upp. Målet är därför inte nått fullt ut.",
                "actions": "De sista byggnaderna injusteras i oktober. Samnyttjandet lyfts in i lokalförsörjningsplanen för 2027.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Energiförbrukningen har nått målvärdet efter injusteringen, och underhållsplanen har följts. Samnyttjandet av lokaler har ökat från fyra till sex lokaler men når inte målvärdet, eftersom flytten av fritidsgården sköts upp till 2027. Målet är därför delvis uppfyllt, som vi bedömde redan vid delåren.",
                "actions": "Fritidsgården flyttar in i skolans lokaler under 2027 enligt lokalförsörjningsplanen. Vi följer energiförbrukningen varje månad och injusterar ytterligare fem byggnader.",
                "proposal": "Delvis uppfyllt",
                "motivation": "",
            },
        },
    },
    (3, "gva"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Vattenförluster genom läckage i ledningsnätet",
                "measure": "%",
                "baseline": 24.0,
                "target": 18.0,
                "direction": "Lägre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 21.0, "status": "Röd", "comment": "Tre större läckor i Norsjö samhälle under tjällossningen drog upp förlusterna. Läcksökningen har ändå hittat flera dolda läckor."},
                    "delar2": {"outcome": 19.0, "status": "Gul", "comment": "Efter ledningsbytet på Storgatan har förlusterna minskat tydligt. Vi ligger en procentenhet från målvärdet."},
                    "helar": {"outcome": 18.5, "status": "Gul", "comment": "Förlusterna har minskat under hösten, men vårens stora läckor påverkar helårsutfallet. Sedan september ligger förlusterna under målvärdet varje månad."},
                },
            },
            {
                "id": "NR2",
                "title": "Energianvändning per producerad kubikmeter dricksvatten",
                "measure": "kWh/m³",
                "baseline": 0.62,
                "target": 0.55,
                "direction": "Lägre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 0.56, "status": "Gul", "comment": "De nya frekvensstyrda pumparna i vattenverket används sedan januari."},
                    "delar2": {"outcome": 0.54, "status": "Grön", "comment": "Mindre läckage ger mindre pumpning. Målvärdet är nått."},
                    "helar": {"outcome": 0.54, "status": "Grön", "comment": "Energianvändningen har legat under målvärdet hela hösten."},
                },
            },
            {
                "id": "NR3",
                "title": "Fosforreduktion i avloppsreningsverket i Norsjö",
                "measure": "%",
                "baseline": 93.0,
                "target": 95.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 96.0, "status": "Grön", "comment": "Den nya doseringen av fällningskemikalier fungerar bra även vid vårflod."},
                    "delar2": {"outcome": 95.5, "status": "Grön", "comment": "Reningen ligger stabilt över målvärdet. Förbrukningen av kemikalier har minskat med en tiondel."},
                    "helar": {"outcome": 95.5, "status": "Grön", "comment": "Reningen har legat över målvärdet hela året, även under höstregnen."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Systematisk läcksökning i hela ledningsnätet", "key_result": "NR1",
                "responsible": "VA-ingenjör",
                "start": "2026-03-01", "due": "2026-10-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Läcksökningen har börjat i Norsjö samhälle och fortsätter i Bastuträsk efter snösmältningen."},
                    "delar2": {"status": "Pågår", "comment": "Elva läckor är hittade och lagade. Kusfors och Bjurträsk återstår."},
                    "helar": {"status": "Klar", "comment": "Läcksökningen är genomförd i hela ledningsnätet. Sammanlagt har fjorton läckor hittats och lagats."},
                },
            },
            {
                "id": "A2", "title": "Byte av vattenledning på Storgatan", "key_result": "NR1",
                "responsible": "Enhetschef GVA",
                "start": "2026-05-04", "due": "2026-08-28",
                "periods": {
                    "delar1": {"status": "Ej påbörjad", "comment": "Entreprenören är upphandlad och arbetet startar i maj."},
                    "delar2": {"status": "Klar", "comment": "Ledningen är bytt och gatan återställd före skolstarten."},
                    "helar": {"status": "Klar", "comment": "Ledningen på Storgatan fungerar väl och garantibesiktningen är gjord."},
                },
            },
            {
                "id": "A3", "title": "Optimering av pumpdrift och kemikaliedosering i vatten- och reningsverk", "key_result": "NR2",
                "responsible": "Drifttekniker VA",
                "start": "2025-11-01", "due": "2026-06-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Pumparna är utbytta och doseringen justeras efter vårflodens flöden."},
                    "delar2": {"status": "Klar", "comment": "Nya driftinställningar är dokumenterade och används av alla drifttekniker."},
                    "helar": {"status": "Klar", "comment": "Driftinställningarna följs upp varje månad av driftteknikerna."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Reningen och energianvändningen i verken utvecklas bra. Vattenförlusterna är fortfarande för höga, främst på grund av läckor under tjällossningen. Läcksökningen har kommit igång och ger redan resultat.",
                "actions": "Ledningsbytet på Storgatan genomförs under sommaren. Läcksökningen utökas till Bastuträsk efter snösmältningen.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Energianvändning och fosforreduktion ligger över målvärdena. Vattenförlusterna har minskat med fem procentenheter sedan utgångsläget, men målvärdet är ännu inte nått. Ledningsbytet och läcksökningen väntas ge ytterligare effekt under hösten.",
                "actions": "Läcksökningen slutförs i Kusfors och Bjurträsk under hösten. Vi tar fram en plan för förnyelse av de äldsta ledningarna.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Energianvändning och fosforreduktion har nått målvärdena för helåret. Vattenförlusterna har minskat från 24 % till 18,5 % men når inte målvärdet, eftersom vårens läckor påverkar hela årets utfall. Efter ledningsbytet och läcksökningen ligger förlusterna under målvärdet månad för månad.",
                "actions": "Under 2027 börjar vi förnya de äldsta ledningarna enligt förnyelseplanen och gör läcksökning varje vår efter tjällossningen.",
                "proposal": "Delvis uppfyllt",
                "motivation": "",
            },
        },
    },
    (3, "treparten"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Insamlat matavfall per invånare i Malå, Norsjö och Sorsele (rullande tolv månader)",
                "measure": "kg/invånare",
                "baseline": 38.0,
                "target": 45.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 41.0, "status": "Röd", "comment": "Mängden ökar, men långsammare än vi räknat med. Ökningen är störst i Sorsele där informationskampanjen startade först."},
                    "delar2": {"outcome": 44.0, "status": "Gul", "comment": "Sommarens fritidshus bidrar med mer matavfall än förra året. Vi ligger nära målvärdet."},
                    "helar": {"outcome": 45.5, "status": "Grön", "comment": "Mängden matavfall har fortsatt att öka under hösten, mest i Malå där kampanjen kom sist. Helårsutfallet når målvärdet."},
                },
            },
            {
                "id": "NR2",
                "title": "Felsorteringsgrad i insamlat matavfall",
                "measure": "%",
                "baseline": 8.0,
                "target": 5.0,
                "direction": "Lägre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 6.5, "status": "Röd", "comment": "Plockanalysen i mars visade mycket plastpåsar i matavfallet, särskilt i flerbostadshus."},
                    "delar2": {"outcome": 5.4, "status": "Gul", "comment": "Gratis papperspåsar i flerbostadshusen har minskat felsorteringen tydligt."},
                    "helar": {"outcome": 4.8, "status": "Grön", "comment": "Plockanalysen i oktober visade 4,8 % felsortering. Effekten av papperspåsarna i flerbostadshusen håller i sig."},
                },
            },
            {
                "id": "NR3",
                "title": "Bränsleförbrukning för insamlingsfordonen",
                "measure": "liter/100 km",
                "baseline": 42.0,
                "target": 38.0,
                "direction": "Lägre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 38.5, "status": "Gul", "comment": "De nya körturerna i Malå har kortat körsträckan. Vinterväglaget drog upp förbrukningen i januari."},
                    "delar2": {"outcome": 37.8, "status": "Grön", "comment": "Med sommarväglag och de nya turerna i alla tre kommuner är målvärdet nått."},
                    "helar": {"outcome": 37.9, "status": "Grön", "comment": "Trots vinterväglag i december ligger förbrukningen för helåret under målvärdet tack vare de nya rutterna."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Informationskampanj om matavfall i alla tre kommuner", "key_result": "NR1",
                "responsible": "Renhållningschef",
                "start": "2026-02-01", "due": "2026-09-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Kampanjen har startat i Sorsele och Norsjö. Malå följer i maj."},
                    "delar2": {"status": "Pågår", "comment": "Kampanjen har nått alla tre kommuner. En avslutande insats görs på höstmarknaderna."},
                    "helar": {"status": "Klar", "comment": "Kampanjen avslutades på höstmarknaderna i alla tre kommuner."},
                },
            },
            {
                "id": "A2", "title": "Utdelning av papperspåsar och sorteringsinformation i flerbostadshus", "key_result": "NR2",
                "responsible": "Renhållningshandläggare",
                "start": "2026-04-01", "due": "2026-06-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Påsar och information är levererade till de kommunala bostadsbolagen."},
                    "delar2": {"status": "Klar", "comment": "Alla flerbostadshus har fått påsar och information. Ny plockanalys görs i oktober."},
                    "helar": {"status": "Klar", "comment": "Påsarna delas nu ut löpande genom bostadsbolagen."},
                },
            },
            {
                "id": "A3", "title": "Ny ruttplanering för insamlingen i Malå, Norsjö och Sorsele", "key_result": "NR3",
                "responsible": "Renhållningschef",
                "start": "2025-09-01", "due": "2026-03-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "De nya rutterna används i alla tre kommuner sedan mars."},
                    "delar2": {"status": "Klar", "comment": "Rutterna har fungerat bra. Chaufförerna har lämnat några förslag på justeringar."},
                    "helar": {"status": "Klar", "comment": "Chaufförernas förslag på justeringar är inarbetade i rutterna för 2027."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Insamlingen har blivit effektivare, men mängden matavfall och felsorteringen ligger efter målvärdena. Plockanalysen visar att felsorteringen främst gäller flerbostadshus. Ruttplaneringen har gett lägre bränsleförbrukning.",
                "actions": "Vi delar ut papperspåsar i flerbostadshusen under våren och genomför kampanjen i Malå i maj.",
                "proposal": "Ej uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Alla nyckelresultat har förbättrats sedan delår 1, och bränsleförbrukningen har nått målvärdet. Matavfall och felsortering ligger nära målvärdena efter vårens insatser. Samverkan mellan de tre kommunerna har fungerat väl.",
                "actions": "En ny plockanalys görs i oktober för att se om effekten i flerbostadshusen håller i sig.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla tre nyckelresultat har nått sina målvärden för helåret. Mängden matavfall har ökat och felsorteringen har minskat efter kampanjen och papperspåsarna i flerbostadshusen, och de nya rutterna har sänkt bränsleförbrukningen. Resultatet blev bättre än vi räknade med vid delår 1, då mängden matavfall låg långt från målvärdet.",
                "actions": "Under 2027 gör vi en plockanalys varje halvår och tar fram en gemensam kampanj om förpackningar tillsammans med Malå och Sorsele.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    # ------------------------------------------------------------------
    # Mål 4 – Hög kvalitet och service, våga prova nytt (Teknik)
    # ------------------------------------------------------------------
    (4, "maltider"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel elever på Norsjöskolan som är nöjda med skollunchen",
                "measure": "%",
                "baseline": 68.0,
                "target": 75.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 74.0, "status": "Gul", "comment": "Elevenkäten i mars visar att fler är nöjda med smaken, men många tycker att det är stökigt i matsalen."},
                    "delar2": {"outcome": 74.5, "status": "Gul", "comment": "Snabbenkäten i skolrestaurangen i augusti visar ungefär samma nivå. Ljudmiljön är fortfarande det som får sämst betyg."},
                    "helar": {"outcome": 76.0, "status": "Grön", "comment": "Elevenkäten i november visar att fler är nöjda sedan ljudabsorbenterna kom upp i skolrestaurangen. Betyget för ljudmiljön har ökat mest."},
                },
            },
            {
                "id": "NR2",
                "title": "Andel beställningar av specialkost som görs via e-tjänsten",
                "measure": "%",
                "baseline": 20.0,
                "target": 80.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 55.0, "status": "Röd", "comment": "E-tjänsten öppnade i februari. Många vårdnadshavare lämnar fortfarande intyg på papper till förskolan."},
                    "delar2": {"outcome": 82.0, "status": "Grön", "comment": "Inför höstterminen gick alla beställningar via e-tjänsten utom några få med särskilda behov."},
                    "helar": {"outcome": 85.0, "status": "Grön", "comment": "Nästan alla beställningar görs nu via e-tjänsten. Intyg på papper tas bara emot när vårdnadshavaren inte kan använda e-tjänsten."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel publicerade matsedlar med allergeninformation i skolmatsappen",
                "measure": "%",
                "baseline": None,
                "target": 100.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 100.0, "status": "Grön", "comment": "Alla matsedlar publiceras i appen med allergeninformation sedan januari. Nytt nyckelresultat, så utgångsläge saknas."},
                    "delar2": {"outcome": 100.0, "status": "Grön", "comment": "Publiceringen fungerar som planerat, även för sommarens måltider inom omsorgen."},
                    "helar": {"outcome": 100.0, "status": "Grön", "comment": "Alla matsedlar har publicerats med allergeninformation under hela året."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "E-tjänst för beställning av specialkost", "key_result": "NR2",
                "responsible": "Kostchef",
                "start": "2025-10-01", "due": "2026-02-15",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "E-tjänsten är i drift och har presenterats på föräldramöten."},
                    "delar2": {"status": "Klar", "comment": "Utskick till alla vårdnadshavare inför höstterminen ökade användningen kraftigt."},
                    "helar": {"status": "Klar", "comment": "E-tjänsten är en del av den ordinarie rutinen för specialkost."},
                },
            },
            {
                "id": "A2", "title": "Matråd med elever på Norsjöskolan", "key_result": "NR1",
                "responsible": "Kökschef Solstrålen",
                "start": "2026-01-20", "due": "2026-12-15",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Matrådet har träffats tre gånger och önskat fler vegetariska rätter och en salladsbuffé."},
                    "delar2": {"status": "Pågår", "comment": "Elevernas önskemål finns med i höstens matsedel. Ljudmiljön tas upp med skolan."},
                    "helar": {"status": "Klar", "comment": "Matrådet har träffats åtta gånger under året och fortsätter med nya elever 2027."},
                },
            },
            {
                "id": "A3", "title": "Ljuddämpande åtgärder i skolrestaurangen", "key_result": "NR1",
                "responsible": "Kostchef",
                "start": "2026-06-15", "due": "2026-10-31",
                "periods": {
                    "delar1": {"status": "Ej påbörjad", "comment": "Åtgärden planeras tillsammans med Fastighet och service till sommarlovet."},
                    "delar2": {"status": "Försenad", "comment": "Ljudabsorbenterna har lång leveranstid och monteras först under höstlovet."},
                    "helar": {"status": "Klar", "comment": "Ljudabsorbenterna monterades under höstlovet tillsammans med Fastighet och service."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Digitaliseringen har kommit en bit på väg och matsedlarna finns nu med allergeninformation i appen. Specialkostbeställningarna ligger efter eftersom e-tjänsten är ny. Elevernas nöjdhet har ökat men hålls tillbaka av ljudmiljön i matsalen.",
                "actions": "Vi informerar om e-tjänsten vid terminsstarten och planerar ljuddämpning i skolrestaurangen till sommaren.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "E-tjänsten för specialkost används nu av nästan alla och matsedlarna publiceras digitalt. Elevernas nöjdhet ligger kvar strax under målvärdet. Ljudmiljön är den viktigaste förklaringen enligt både enkäten och matrådet.",
                "actions": "Ljudabsorbenterna monteras under höstlovet och en ny elevenkät görs i november.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla tre nyckelresultat har nått sina målvärden för helåret. E-tjänsten för specialkost används av nästan alla och matsedlarna publiceras digitalt med allergeninformation. Elevernas nöjdhet nådde målvärdet först när ljudmiljön i skolrestaurangen hade förbättrats, vilket bekräftar det som matrådet lyfte under året.",
                "actions": "Under 2027 fortsätter matrådet, och vi prövar att låta eleverna välja mellan två rätter i skolmatsappen.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    (4, "fastighet"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel felanmälningar som är åtgärdade inom utlovad tid",
                "measure": "%",
                "baseline": 72.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 90.5, "status": "Grön", "comment": "Den nya prioriteringen av felanmälningar och dagliga avstämningar i vaktmästeriet ger tydlig effekt."},
                    "delar2": {"outcome": 91.0, "status": "Grön", "comment": "Vi håller nivån även under semesterperioden tack vare bättre planering av bemanningen."},
                    "helar": {"outcome": 90.5, "status": "Grön", "comment": "Andelen ärenden som åtgärdas i tid håller målvärdet för helåret, även under vinterns kalla veckor."},
                },
            },
            {
                "id": "NR2",
                "title": "Hyresgästernas nöjdhet med lokalvården",
                "measure": "index",
                "baseline": 70.0,
                "target": 78.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 77.0, "status": "Gul", "comment": "Hyresgästerna är mer nöjda sedan vi införde städprotokoll som syns i varje lokal. Förskolorna ger fortfarande lägst betyg."},
                    "delar2": {"outcome": 79.0, "status": "Grön", "comment": "Nya städscheman för förskolorna, framtagna tillsammans med personalen, har höjt betygen."},
                    "helar": {"outcome": 80.0, "status": "Grön", "comment": "Nöjdhetsmätningen i december visar att förskolorna nu ger lika höga betyg som övriga hyresgäster."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel felanmälningar som kommer in via den digitala felanmälan",
                "measure": "%",
                "baseline": 35.0,
                "target": 70.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 64.0, "status": "Gul", "comment": "QR-koder i alla lokaler gör det enkelt att felanmäla. Telefonsamtalen har minskat med ungefär hälften."},
                    "delar2": {"outcome": 73.0, "status": "Grön", "comment": "Målvärdet är nått. Felanmälningarna blir också mer fullständiga eftersom bild kan bifogas."},
                    "helar": {"outcome": 75.0, "status": "Grön", "comment": "Tre av fyra felanmälningar kommer nu in digitalt. Telefonen används främst för akuta fel utanför kontorstid."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "QR-koder för digital felanmälan i alla kommunala lokaler", "key_result": "NR3",
                "responsible": "Enhetschef Fastighet och service",
                "start": "2025-09-15", "due": "2026-03-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "QR-koder sitter uppe i alla lokaler och rutinen är känd hos hyresgästerna."},
                    "delar2": {"status": "Klar", "comment": "Koderna har kompletterats i de lokaler som byggts om under sommaren."},
                    "helar": {"status": "Klar", "comment": "QR-koderna sitter i alla lokaler och uppdateras vid varje ombyggnad."},
                },
            },
            {
                "id": "A2", "title": "Daglig avstämning och prioritering av felanmälningar i vaktmästeriet", "key_result": "NR1",
                "responsible": "Arbetsledare vaktmästeri",
                "start": "2026-01-07", "due": "2026-12-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Avstämningen hålls varje morgon och tar femton minuter."},
                    "delar2": {"status": "Pågår", "comment": "Arbetssättet fungerar och har även börjat användas av GVA."},
                    "helar": {"status": "Klar", "comment": "Den dagliga avstämningen är en del av vaktmästeriets ordinarie arbetssätt."},
                },
            },
            {
                "id": "A3", "title": "Nya städscheman för förskolorna tillsammans med personalen", "key_result": "NR2",
                "responsible": "Arbetsledare lokalvård",
                "start": "2026-03-01", "due": "2026-08-15",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Dialog är genomförd på Myrstackens och Solsidans förskolor."},
                    "delar2": {"status": "Klar", "comment": "De nya schemana gäller från höstterminen på alla förskolor."},
                    "helar": {"status": "Klar", "comment": "De nya städschemana har följts upp med förskolorna i november."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Fastighet och service har tagit stora steg i digitaliseringen av felanmälan. Felanmälningarna åtgärdas i tid i högre grad än tidigare. Nöjdheten med lokalvården har ökat men når inte riktigt målvärdet, främst på förskolorna.",
                "actions": "Vi tar fram nya städscheman för förskolorna tillsammans med personalen under våren.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Alla nyckelresultat har nått sina målvärden. Den digitala felanmälan, daglig prioritering och dialog med hyresgästerna har gett både snabbare åtgärder och nöjdare hyresgäster. Arbetssätten är nu en del av den ordinarie driften.",
                "actions": "Vi följer upp nöjdheten igen i december och delar erfarenheterna av felanmälan med GVA.",
                "proposal": "Uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla nyckelresultat har nått sina målvärden för helåret. Den digitala felanmälan, den dagliga prioriteringen i vaktmästeriet och nya städscheman framtagna med personalen har gett både snabbare åtgärder och nöjdare hyresgäster. Arbetssätten har hållit hela året och är nu en del av den ordinarie driften.",
                "actions": "Under 2027 inför vi digital felanmälan även i de kommunala bostäderna och delar arbetssättet med daglig prioritering med GVA.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    (4, "gva"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel felanmälningar om gata, park och vatten som kommer in digitalt",
                "measure": "%",
                "baseline": 30.0,
                "target": 60.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 42.0, "status": "Röd", "comment": "Den digitala felanmälan lanserades i mars och är ännu inte känd hos alla. Under vintern kom de flesta anmälningar om snöröjning via telefon."},
                    "delar2": {"outcome": 55.0, "status": "Gul", "comment": "Kampanjen i lokaltidningen och på kommunens webbplats har ökat användningen. Äldre medborgare ringer fortfarande i hög grad."},
                    "helar": {"outcome": 57.0, "status": "Gul", "comment": "Användningen har ökat under hösten, men under snöröjningssäsongen ringer många fortfarande in sina ärenden. Telefonärendena registreras nu i samma system."},
                },
            },
            {
                "id": "NR2",
                "title": "Andel anmärkningar från lekplatsbesiktningen som är åtgärdade",
                "measure": "%",
                "baseline": 55.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 80.0, "status": "Röd", "comment": "Anmärkningarna från fjolårets besiktning åtgärdas efter snösmältningen. Fallskyddet i Bastuträsk väntar på leverans."},
                    "delar2": {"outcome": 92.0, "status": "Grön", "comment": "Alla anmärkningar med hög risk är åtgärdade. Två mindre anmärkningar återstår på lekplatsen vid Norsjövallen."},
                    "helar": {"outcome": 95.0, "status": "Grön", "comment": "Höstens besiktning visade färre anmärkningar än förra året, och de som fanns är åtgärdade."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel felanmälningar om vägar och gatubelysning som är åtgärdade inom fem arbetsdagar",
                "measure": "%",
                "baseline": 70.0,
                "target": 85.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 83.0, "status": "Gul", "comment": "Gatubelysningen har åtgärdats snabbare sedan vi fick ett eget lager av armaturer."},
                    "delar2": {"outcome": 86.0, "status": "Grön", "comment": "Med barmark går vägärendena fortare att åtgärda. Målvärdet är nått."},
                    "helar": {"outcome": 87.0, "status": "Grön", "comment": "Målvärdet är nått för helåret, även om snöovädret i december gav många ärenden om gatubelysning på en gång."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Lansering av digital felanmälan för gata, park och vatten", "key_result": "NR1",
                "responsible": "Enhetschef GVA",
                "start": "2025-11-01", "due": "2026-03-15",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Felanmälan finns på webbplatsen sedan mars och kopplas direkt till arbetsordersystemet."},
                    "delar2": {"status": "Klar", "comment": "Funktionen är stabil och har kompletterats med kartvisning."},
                    "helar": {"status": "Klar", "comment": "Felanmälan med kartvisning har fungerat hela året."},
                },
            },
            {
                "id": "A2", "title": "Informationskampanj om digital felanmälan", "key_result": "NR1",
                "responsible": "Kommunikatör",
                "start": "2026-04-15", "due": "2026-09-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Annonsen i lokaltidningen är beställd till maj."},
                    "delar2": {"status": "Pågår", "comment": "Annonser och inlägg i sociala medier är publicerade. Ett informationsblad delas ut på träffpunkter för äldre i september."},
                    "helar": {"status": "Klar", "comment": "Kampanjen är avslutad. Informationsbladet delades ut på alla träffpunkter för äldre i september och oktober."},
                },
            },
            {
                "id": "A3", "title": "Åtgärdsplan för anmärkningar från lekplatsbesiktningen", "key_result": "NR2",
                "responsible": "Parkförman",
                "start": "2026-04-01", "due": "2026-07-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Åtgärderna är prioriterade efter risk och material är beställt."},
                    "delar2": {"status": "Klar", "comment": "Planen är genomförd utom två mindre åtgärder som görs i samband med höstens besiktning."},
                    "helar": {"status": "Klar", "comment": "De två sista åtgärderna gjordes i samband med höstens besiktning."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Den digitala felanmälan har precis startat och har ännu inte fått genomslag. Lekplatsanmärkningarna kan inte åtgärdas förrän efter snösmältningen, vilket förklarar det låga utfallet. Åtgärdstiden för vägar och belysning har förbättrats.",
                "actions": "Vi startar en informationskampanj om felanmälan i maj och åtgärdar lekplatserna i prioritetsordning under försommaren.",
                "proposal": "Ej uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Lekplatser och felanmälningar om vägar och belysning har nått sina målvärden. Den digitala felanmälan används mer, men många medborgare ringer fortfarande. Vi behöver nå de grupper som inte använder digitala kanaler.",
                "actions": "Vi sprider information på träffpunkter för äldre och låter telefonsamtal registreras i samma system så att alla ärenden följs upp lika.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Lekplatsernas säkerhet och åtgärdstiden för vägar och belysning har nått målvärdena för helåret. Andelen digitala felanmälningar har nästan fördubblats sedan utgångsläget men når inte målvärdet, eftersom många medborgare fortfarande ringer, särskilt om snöröjning. Vid delår 1 räknade vi med att informationskampanjen skulle räcka för att nå målvärdet, men den nådde inte de äldre i tillräcklig grad.",
                "actions": "Inför vintersäsongen 2027 marknadsför vi felanmälan för snöröjning särskilt och erbjuder hjälp att komma igång på biblioteket tillsammans med Kultur och fritid.",
                "proposal": "Delvis uppfyllt",
                "motivation": "",
            },
        },
    },
    (4, "treparten"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Reklamationer på missade tömningar per 10 000 tömningar",
                "measure": "antal",
                "baseline": 12.0,
                "target": 6.0,
                "direction": "Lägre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 6.0, "status": "Grön", "comment": "Chaufförerna kvitterar varje tömning i den nya fordonsdatorn, vilket har halverat antalet missade tömningar."},
                    "delar2": {"outcome": 5.5, "status": "Grön", "comment": "Nivån håller i sig. De reklamationer som kommer gäller oftast kärl som inte varit framställda."},
                    "helar": {"outcome": 5.8, "status": "Grön", "comment": "Antalet reklamationer har legat under målvärdet hela året."},
                },
            },
            {
                "id": "NR2",
                "title": "Andel ändringar av abonnemang som görs via e-tjänsten",
                "measure": "%",
                "baseline": 15.0,
                "target": 40.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 31.0, "status": "Röd", "comment": "E-tjänsten fungerar, men i Malå och Sorsele är den ännu inte länkad från kommunernas webbplatser."},
                    "delar2": {"outcome": 37.0, "status": "Gul", "comment": "Länkarna finns nu hos alla tre kommuner. Ändringar inför sommarabonnemang gjordes ofta digitalt."},
                    "helar": {"outcome": 42.0, "status": "Grön", "comment": "Informationen med höstens fakturor gav en tydlig ökning. Nu görs fler än fyra av tio ändringar via e-tjänsten."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel reklamationer som är besvarade inom två arbetsdagar",
                "measure": "%",
                "baseline": 78.0,
                "target": 95.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 96.0, "status": "Grön", "comment": "Kundtjänsten har fått en gemensam inkorg för alla tre kommuner."},
                    "delar2": {"outcome": 97.0, "status": "Grön", "comment": "Svarstiderna är korta även under semesterperioden."},
                    "helar": {"outcome": 96.0, "status": "Grön", "comment": "Svarstiderna har hållits hela året, även under hösten när många abonnenter hörde av sig om de nya taxorna."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Fordonsdatorer med kvittens av tömning i alla insamlingsbilar", "key_result": "NR1",
                "responsible": "Renhållningschef",
                "start": "2025-08-18", "due": "2026-01-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Alla bilar har fordonsdator och chaufförerna är utbildade."},
                    "delar2": {"status": "Klar", "comment": "Uppgifterna från fordonsdatorerna används nu också för att besvara reklamationer."},
                    "helar": {"status": "Klar", "comment": "Fordonsdatorerna fungerar väl och uppgifterna används i uppföljningen av rutterna."},
                },
            },
            {
                "id": "A2", "title": "Länk till e-tjänsten för abonnemang från alla tre kommuners webbplatser", "key_result": "NR2",
                "responsible": "Renhållningshandläggare",
                "start": "2026-02-01", "due": "2026-05-31",
                "periods": {
                    "delar1": {"status": "Försenad", "comment": "Malå och Sorsele håller på att byta webbplats, vilket har försenat länkningen."},
                    "delar2": {"status": "Klar", "comment": "Länkarna kom på plats i juni när de nya webbplatserna lanserades."},
                    "helar": {"status": "Klar", "comment": "Länkarna finns hos alla tre kommuner och e-tjänsten marknadsfördes med höstens fakturor."},
                },
            },
            {
                "id": "A3", "title": "Gemensam inkorg och svarsmallar för kundtjänsten", "key_result": "NR3",
                "responsible": "Renhållningshandläggare",
                "start": "2025-12-01", "due": "2026-02-28",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Inkorgen och svarsmallarna används sedan februari."},
                    "delar2": {"status": "Klar", "comment": "Svarsmallarna har översatts till enkel svenska och engelska."},
                    "helar": {"status": "Klar", "comment": "Inkorgen och svarsmallarna används av alla i kundtjänsten."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Servicen till abonnenterna har blivit bättre med färre missade tömningar och snabbare svar på reklamationer. E-tjänsten för abonnemang används ännu för lite, främst för att den inte syns på alla kommuners webbplatser. Samverkan mellan kommunerna fungerar men webbytet har försenat arbetet.",
                "actions": "Vi följer upp länkningen med Malå och Sorsele så att den kommer på plats när de nya webbplatserna lanseras.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Två av tre nyckelresultat har nått målvärdet och e-tjänsten används allt mer. Andelen digitala ändringar ligger strax under målvärdet. Resultatet tyder på att abonnenterna väljer e-tjänsten när den är lätt att hitta.",
                "actions": "Vi skickar information om e-tjänsten med höstens fakturor i alla tre kommuner.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla tre nyckelresultat har nått sina målvärden för helåret. Vid delår 2 bedömde vi att e-tjänsten för abonnemang inte skulle nå målvärdet, men utskicket med höstens fakturor gav större effekt än väntat. Färre missade tömningar och korta svarstider visar att servicen till abonnenterna har blivit bättre i alla tre kommuner.",
                "actions": "Under 2027 bygger vi ut e-tjänsten så att abonnenterna också kan beställa extra tömning och byta kärlstorlek.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    # ------------------------------------------------------------------
    # Mål 5 – Goda förutsättningar för ett rikt fritidsliv (Utveckling)
    # ------------------------------------------------------------------
    (5, "kultur"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Besök på biblioteket i Norsjö och filialen i Bastuträsk (snitt per månad)",
                "measure": "antal",
                "baseline": 2400.0,
                "target": 2700.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 2520.0, "status": "Röd", "comment": "Besöken har ökat sedan meröppet på lördagar infördes i februari, men en svag januari drar ned snittet för perioden."},
                    "delar2": {"outcome": 2750.0, "status": "Grön", "comment": "Sommarboken och bokbussens turer till byarna höll uppe besöken under sommaren."},
                    "helar": {"outcome": 2710.0, "status": "Grön", "comment": "Årssnittet ligger strax över målvärdet. Meröppet har använts av drygt 600 låntagare under året."},
                },
            },
            {
                "id": "NR2",
                "title": "Besök i sim- och sporthallen (snitt per månad)",
                "measure": "antal",
                "baseline": 3100.0,
                "target": 3400.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 3450.0, "status": "Grön", "comment": "Simskolan och vattengympan har varit fullbokade och sporthallen används alla kvällar."},
                    "delar2": {"outcome": 3420.0, "status": "Grön", "comment": "Simhallen var stängd i sju veckor under sommaren för byte av reningsutrustning, men tack vare en välbesökt vår ligger snittet ändå över målvärdet."},
                    "helar": {"outcome": 3430.0, "status": "Grön", "comment": "Trots sju veckors sommarstängning ligger årssnittet över målvärdet. Höstens nya pass med vattengympa för seniorer har varit fullbokat."},
                },
            },
            {
                "id": "NR3",
                "title": "Antal elever i kulturskolan",
                "measure": "antal",
                "baseline": 145.0,
                "target": 165.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 158.0, "status": "Röd", "comment": "Den nya dansgruppen har fått många elever, men kön till gitarr och piano är lång på grund av en vakant lärartjänst."},
                    "delar2": {"outcome": 168.0, "status": "Grön", "comment": "Lärartjänsten är tillsatt från höstterminen och kön är nästan borta."},
                    "helar": {"outcome": 171.0, "status": "Grön", "comment": "Kön till gitarr och piano är borta, och kulturskolan har startat en ny grupp i musikproduktion."},
                },
            },
            {
                "id": "NR4",
                "title": "Antal föreningar som får aktivitets- eller anläggningsbidrag",
                "measure": "antal",
                "baseline": 32.0,
                "target": 36.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 36.0, "status": "Grön", "comment": "Fyra nya föreningar har sökt bidrag efter informationsträffen i februari, bland annat två bygdegårdsföreningar."},
                    "delar2": {"outcome": 37.0, "status": "Grön", "comment": "Ytterligare en förening har fått anläggningsbidrag för sin skidspårsmaskin."},
                    "helar": {"outcome": 38.0, "status": "Grön", "comment": "Ytterligare en förening, en nystartad e-sportförening, har fått aktivitetsbidrag under hösten."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Meröppet bibliotek på lördagar", "key_result": "NR1",
                "responsible": "Bibliotekschef",
                "start": "2025-09-01", "due": "2026-02-28",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Meröppet infördes i februari och har använts av drygt 300 låntagare."},
                    "delar2": {"status": "Klar", "comment": "Meröppet används även under sommaren och utvärderas i november."},
                    "helar": {"status": "Klar", "comment": "Utvärderingen i november visar att låntagarna är nöjda, och meröppet blir kvar även 2027."},
                },
            },
            {
                "id": "A2", "title": "Rekrytering av lärare i gitarr och piano till kulturskolan", "key_result": "NR3",
                "responsible": "Kulturskolechef",
                "start": "2026-01-15", "due": "2026-08-15",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Tjänsten är utannonserad för andra gången."},
                    "delar2": {"status": "Klar", "comment": "Läraren började i augusti och har tagit emot elever från kön."},
                    "helar": {"status": "Klar", "comment": "Läraren har tagit emot alla elever som stod i kön."},
                },
            },
            {
                "id": "A3", "title": "Informationsträff om föreningsbidrag för nya och små föreningar", "key_result": "NR4",
                "responsible": "Fritidskonsulent",
                "start": "2026-02-01", "due": "2026-02-28",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Träffen hölls i februari med femton föreningar."},
                    "delar2": {"status": "Klar", "comment": "En ny träff planeras till hösten på föreningarnas önskemål."},
                    "helar": {"status": "Klar", "comment": "Höstens informationsträff hölls i oktober med tolv föreningar."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Sim- och sporthallen och föreningsbidragen har nått sina målvärden. Besöken på biblioteket ökar sedan meröppet infördes i februari men ligger fortfarande under målvärdet. Kulturskolan har för få elever eftersom en lärartjänst är vakant och kön växer.",
                "actions": "Vi annonserar lärartjänsten igen och erbjuder elever i kön prova-på i andra ämnen under tiden. Bibliotekets meröppna lördagar och sagostunderna för förskolan marknadsförs extra under våren.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Alla fyra nyckelresultat har nått sina målvärden. Kulturskolan har fler elever än målvärdet sedan lärartjänsten tillsattes, och biblioteket har passerat målvärdet tack vare meröppet och sommarens bokbussturer. Besöken i sim- och sporthallen ligger över målvärdet trots sommarstängningen.",
                "actions": "Vi marknadsför simhallens höstprogram när hallen öppnar igen och utvärderar meröppet på biblioteket i november.",
                "proposal": "Uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla fyra nyckelresultat har nått sina målvärden för helåret. Meröppet på biblioteket, den tillsatta lärartjänsten i kulturskolan och stödet till nya föreningar har gett ett bredare utbud på fritiden. Sim- och sporthallen har fler besök än målvärdet trots sommarstängningen.",
                "actions": "Under 2027 inför vi meröppet även på filialen i Bastuträsk och håller informationsträffar om föreningsbidrag två gånger per år.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    (5, "naringsliv"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Antal skyltade och underhållna vandringsleder och besöksmål",
                "measure": "antal",
                "baseline": 12.0,
                "target": 16.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 14.0, "status": "Röd", "comment": "Två leder är klara efter inventeringen. Skyltningen av övriga leder kan göras först när snön har gått."},
                    "delar2": {"outcome": 16.0, "status": "Grön", "comment": "Skyltningen är klar med hjälp av byaföreningarna i Bjurträsk och Kusfors."},
                    "helar": {"outcome": 17.0, "status": "Grön", "comment": "Byaföreningen i Kusfors har skyltat ytterligare en led under hösten. Besöksräknarna visar att lederna används mest i september."},
                },
            },
            {
                "id": "NR2",
                "title": "Antal evenemang i evenemangskalendern för Norsjöbygden (rullande tolv månader)",
                "measure": "antal",
                "baseline": 120.0,
                "target": 150.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 136.0, "status": "Röd", "comment": "Den förenklade kalendern kom i drift först i mars, så det är ännu få föreningar som själva lägger in sina evenemang."},
                    "delar2": {"outcome": 151.0, "status": "Grön", "comment": "Sommarens marknader och festivaler har gjort att vi passerat målvärdet."},
                    "helar": {"outcome": 158.0, "status": "Grön", "comment": "Kalendern har fortsatt att växa under hösten med julmarknader och föreningarnas egna arrangemang."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Inventering och skyltning av leder tillsammans med byaföreningar", "key_result": "NR1",
                "responsible": "Näringslivsutvecklare besöksnäring",
                "start": "2025-10-01", "due": "2026-07-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Inventeringen är klar och skyltarna är beställda."},
                    "delar2": {"status": "Klar", "comment": "Alla skyltar är uppsatta och lederna finns beskrivna på Norsjöbygdens webbplats."},
                    "helar": {"status": "Klar", "comment": "Lederna underhålls nu enligt avtal med byaföreningarna."},
                },
            },
            {
                "id": "A2", "title": "Förenklad evenemangskalender med utbildning för föreningar", "key_result": "NR2",
                "responsible": "Kommunikatör",
                "start": "2025-11-01", "due": "2026-03-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Den nya kalendern är i drift sedan mars och två utbildningstillfällen är genomförda."},
                    "delar2": {"status": "Klar", "comment": "Föreningarna står nu för två tredjedelar av alla inlagda evenemang."},
                    "helar": {"status": "Klar", "comment": "Kalendern sköts i huvudsak av föreningarna själva."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Båda nyckelresultaten ligger under målvärdet. Evenemangskalendern har fått fler evenemang än i utgångsläget, men den förenklade kalendern har bara varit i drift sedan mars. Ledskyltningen är beroende av barmark och ligger därför efter, men samarbetet med byaföreningarna fungerar bra.",
                "actions": "Skyltningen genomförs tillsammans med byaföreningarna i maj och juni. Vi påminner föreningarna om att lägga in sommarens evenemang i kalendern.",
                "proposal": "Ej uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Båda nyckelresultaten har nått målvärdet. Lederna är skyltade och syns digitalt, och evenemangskalendern används flitigt av föreningarna. Arbetet visar att samverkan med föreningslivet ger ett bredare utbud på fritiden.",
                "actions": "Vi följer upp hur lederna används med besöksräknare under hösten.",
                "proposal": "Uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Båda nyckelresultaten har nått sina målvärden för helåret. Lederna är skyltade och används, och föreningarna lägger själva in de flesta evenemangen i kalendern. Samverkan med byaföreningar och föreningsliv har varit avgörande för resultatet.",
                "actions": "Under 2027 tar vi fram en gemensam karta över leder och besöksmål tillsammans med Malå och Sorsele och fortsätter att mäta besöken med besöksräknare.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    # ------------------------------------------------------------------
    # Mål 6 – Medborgarna känner sig friska och trygga (Utveckling)
    # ------------------------------------------------------------------
    (6, "naringsliv"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel åtgärdspunkter från trygghetsvandringarna som är åtgärdade",
                "measure": "%",
                "baseline": 40.0,
                "target": 75.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 62.0, "status": "Röd", "comment": "Belysningen vid gångtunneln och busshållplatsen vid skolan är åtgärdad. Röjning av sly längs gångvägarna väntar på barmark."},
                    "delar2": {"outcome": 78.0, "status": "Grön", "comment": "Röjningen är gjord tillsammans med GVA och de flesta punkterna från höstens vandringar är nu åtgärdade."},
                    "helar": {"outcome": 74.0, "status": "Gul", "comment": "Oktobervandringen i Bastuträsk gav nya åtgärdspunkter, bland annat belysning längs gång- och cykelvägen som sätts upp i vår. Därför har andelen åtgärdade punkter sjunkit något."},
                },
            },
            {
                "id": "NR2",
                "title": "Antal deltagare i kommunens folkhälsoinsatser under året",
                "measure": "antal",
                "baseline": None,
                "target": 400.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 330.0, "status": "Gul", "comment": "Friskvårdsveckan i mars samlade många deltagare. Räkningen görs på ett nytt sätt i år, så jämförbart utgångsläge saknas."},
                    "delar2": {"outcome": 460.0, "status": "Grön", "comment": "Sommarens prova-på-aktiviteter vid Norsjön har gjort att vi redan passerat årets målvärde."},
                    "helar": {"outcome": 520.0, "status": "Grön", "comment": "Höstens promenadutmaning och seniorträffarna lockade fler deltagare än väntat."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel elever i årskurs 7–9 som nåtts av ANDT-förebyggande insatser",
                "measure": "%",
                "baseline": 60.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 85.0, "status": "Gul", "comment": "Föreläsningarna för årskurs 8 och 9 är genomförda. Årskurs 7 får sin insats i maj tillsammans med polisen."},
                    "delar2": {"outcome": 88.0, "status": "Gul", "comment": "Insatsen för årskurs 7 är genomförd, men en klass missade den på grund av en skolresa och får den i september."},
                    "helar": {"outcome": 97.0, "status": "Grön", "comment": "Klassen som missade insatsen fick den i september. De elever som var frånvarande nås i vårens uppföljning."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Trygghetsvandringar i Norsjö och Bastuträsk med polis och bostadsbolag", "key_result": "NR1",
                "responsible": "Folkhälsostrateg",
                "start": "2025-09-15", "due": "2026-10-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Höstens vandringar är uppföljda och åtgärderna är fördelade på ansvariga."},
                    "delar2": {"status": "Pågår", "comment": "Nästa vandring är bokad till oktober i Bastuträsk."},
                    "helar": {"status": "Klar", "comment": "Vandringen i Bastuträsk genomfördes i oktober med polis, bostadsbolag och ungdomsrådet."},
                },
            },
            {
                "id": "A2", "title": "Friskvårdsvecka och prova-på-aktiviteter med föreningar", "key_result": "NR2",
                "responsible": "Folkhälsostrateg",
                "start": "2026-02-01", "due": "2026-08-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Friskvårdsveckan är genomförd. Sommarens aktiviteter planeras med sex föreningar."},
                    "delar2": {"status": "Klar", "comment": "Alla planerade aktiviteter är genomförda och utvärderade tillsammans med föreningarna."},
                    "helar": {"status": "Klar", "comment": "Aktiviteterna är utvärderade och flera föreningar vill fortsätta nästa år."},
                },
            },
            {
                "id": "A3", "title": "ANDT-förebyggande föreläsningar för årskurs 7–9", "key_result": "NR3",
                "responsible": "Folkhälsostrateg",
                "start": "2026-01-15", "due": "2026-05-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Två av tre årskurser är klara."},
                    "delar2": {"status": "Försenad", "comment": "En klass återstår och får insatsen i september."},
                    "helar": {"status": "Klar", "comment": "Den sista klassen fick insatsen i september tillsammans med polisen."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Folkhälsoinsatserna når många deltagare och det förebyggande arbetet i skolan går enligt plan. Åtgärderna efter trygghetsvandringarna går långsammare eftersom röjningen inte kan göras förrän efter snösmältningen. Samverkan med polis och skola fungerar väl.",
                "actions": "Röjningen längs gångvägarna görs tillsammans med GVA i maj. Insatsen för årskurs 7 genomförs före skolavslutningen.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Trygghetsåtgärderna och folkhälsoinsatserna har nått sina målvärden. Det förebyggande arbetet i skolan ligger strax under målvärdet eftersom en klass inte har fått insatsen. Sammantaget har arbetet för hälsa och trygghet tagit tydliga steg framåt.",
                "actions": "Den återstående klassen får insatsen i september. Höstens trygghetsvandring görs i Bastuträsk.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Folkhälsoinsatserna och det förebyggande arbetet i skolan har nått sina målvärden för helåret. Andelen åtgärdade punkter från trygghetsvandringarna ligger strax under målvärdet, eftersom höstens vandring i Bastuträsk gav nya punkter som inte hann åtgärdas före vintern. Att nya brister upptäcks visar samtidigt att vandringarna fyller sin funktion.",
                "actions": "Belysningen längs gång- och cykelvägen i Bastuträsk sätts upp under våren 2027. Trygghetsvandringarna blir en årlig aktivitet i båda tätorterna.",
                "proposal": "Delvis uppfyllt",
                "motivation": "",
            },
        },
    },
    (6, "arbetsmarknad"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel deltagare på Knut'n som har en individuell plan för hälsa och sysselsättning",
                "measure": "%",
                "baseline": 50.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 78.0, "status": "Röd", "comment": "Planerna görs i samtal med varje deltagare och tar längre tid än vi räknat med. Alla nya deltagare får en plan från start."},
                    "delar2": {"outcome": 92.0, "status": "Grön", "comment": "Nästan alla deltagare har nu en plan. Planerna följs upp var tredje månad."},
                    "helar": {"outcome": 94.0, "status": "Grön", "comment": "Alla nya deltagare får en plan från start och planerna följs upp var tredje månad."},
                },
            },
            {
                "id": "NR2",
                "title": "Andel deltagare som efter sex månader upplever att de mår bättre",
                "measure": "%",
                "baseline": 58.0,
                "target": 70.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 70.0, "status": "Grön", "comment": "Deltagarna lyfter fram gemenskapen i fikarummet och att arbetsuppgifterna är anpassade."},
                    "delar2": {"outcome": 71.0, "status": "Grön", "comment": "Resultatet håller i sig. Flera deltagare nämner de gemensamma promenaderna som viktiga."},
                    "helar": {"outcome": 72.0, "status": "Grön", "comment": "Resultatet har hållit i sig hela året. Deltagarna lyfter fram gemenskapen och de anpassade arbetsuppgifterna."},
                },
            },
            {
                "id": "NR3",
                "title": "Antal deltagare i Knut'ns friskvårdsaktiviteter (snitt per vecka)",
                "measure": "antal",
                "baseline": 12.0,
                "target": 18.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 19.0, "status": "Grön", "comment": "Promenadgruppen och bassängträningen i simhallen är populära."},
                    "delar2": {"outcome": 17.0, "status": "Gul", "comment": "Deltagandet sjönk när simhallen var stängd under sommaren. Promenadgruppen har fortsatt som vanligt."},
                    "helar": {"outcome": 19.0, "status": "Grön", "comment": "Bassängträningen återupptogs i september och skidgruppen kom igång i december."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Individuella planer för hälsa och sysselsättning för alla deltagare", "key_result": "NR1",
                "responsible": "Arbetsledare Knut'n",
                "start": "2025-10-01", "due": "2026-06-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Tre av fyra deltagare har en plan. Samtalen med resterande är bokade."},
                    "delar2": {"status": "Klar", "comment": "Alla som vill ha en plan har fått en. Två deltagare har avböjt."},
                    "helar": {"status": "Klar", "comment": "Planerna är en del av introduktionen för alla nya deltagare."},
                },
            },
            {
                "id": "A2", "title": "Friskvård på arbetstid med promenadgrupp och bassängträning", "key_result": "NR3",
                "responsible": "Arbetsledare Knut'n",
                "start": "2026-01-12", "due": "2026-12-18",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Aktiviteterna hålls två gånger i veckan."},
                    "delar2": {"status": "Pågår", "comment": "Bassängträningen startar igen i september efter sommarstängningen."},
                    "helar": {"status": "Klar", "comment": "Friskvården har hållits två gånger i veckan hela året och fortsätter 2027."},
                },
            },
            {
                "id": "A3", "title": "Hälsoenkät till deltagarna efter sex månader", "key_result": "NR2",
                "responsible": "Enhetschef arbetsmarknad",
                "start": "2025-08-01", "due": "2026-12-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Enkäten lämnas ut löpande när en deltagare har varit på Knut'n i sex månader."},
                    "delar2": {"status": "Pågår", "comment": "Svarsfrekvensen är hög eftersom enkäten fylls i vid uppföljningssamtalet."},
                    "helar": {"status": "Klar", "comment": "Enkäten har lämnats ut löpande under året med hög svarsfrekvens."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Deltagarna på Knut'n upplever i högre grad att de mår bättre och friskvårdsaktiviteterna är välbesökta. De individuella planerna tar längre tid att ta fram än beräknat. Arbetet med planerna är ändå det som ger bäst underlag för nästa steg mot sysselsättning.",
                "actions": "Vi avsätter fasta tider för plansamtal under maj och juni så att alla deltagare har en plan före sommaren.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Nästan alla deltagare har nu en individuell plan och andelen som mår bättre ligger över målvärdet. Friskvården påverkades av sommarstängningen i simhallen. Sammantaget bidrar Knut'n tydligt till deltagarnas hälsa.",
                "actions": "Bassängträningen återupptas i september och vi prövar en skidgrupp under vintern.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla tre nyckelresultat har nått sina målvärden för helåret. Nästan alla deltagare har en individuell plan, och fler än sju av tio upplever att de mår bättre efter sex månader. Friskvårdsaktiviteterna nådde målvärdet igen när simhallen öppnade efter sommaren.",
                "actions": "Under 2027 fortsätter vi med promenadgrupp, bassängträning och skidgrupp, och vi följer upp planerna tillsammans med Arbetsförmedlingen.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    (6, "kultur"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Besök på fritidsgården (snitt per öppen kväll)",
                "measure": "antal",
                "baseline": 22.0,
                "target": 28.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 27.0, "status": "Gul", "comment": "Ungdomarna har själva planerat aktiviteter, bland annat turneringar i e-sport och matlagning."},
                    "delar2": {"outcome": 29.0, "status": "Grön", "comment": "Sommaröppet med utomhusaktiviteter lockade fler än väntat, även från Bastuträsk."},
                    "helar": {"outcome": 30.0, "status": "Grön", "comment": "Höstens program, som ungdomsrådet har planerat, har lockat många besökare, särskilt kvällarna med e-sport."},
                },
            },
            {
                "id": "NR2",
                "title": "Tider för spontanidrott i sporthallen",
                "measure": "timmar/vecka",
                "baseline": 6.0,
                "target": 10.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 10.0, "status": "Grön", "comment": "Fredags- och lördagskvällarna är nu öppna för spontanidrott med fritidsledare på plats."},
                    "delar2": {"outcome": 10.0, "status": "Grön", "comment": "Tiderna har legat kvar hela perioden och används mest av unga mellan 13 och 17 år."},
                    "helar": {"outcome": 10.0, "status": "Grön", "comment": "De öppna kvällarna i sporthallen har hållits hela året med fritidsledare på plats."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel personal på fritidsgården som gått utbildning i våldsprevention",
                "measure": "%",
                "baseline": 20.0,
                "target": 100.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 60.0, "status": "Röd", "comment": "Tre av fem medarbetare har gått utbildningen. De övriga är anmälda till höstens utbildningstillfälle."},
                    "delar2": {"outcome": 90.0, "status": "Gul", "comment": "Ytterligare en medarbetare har gått utbildningen. En nyanställd fritidsledare går den i oktober."},
                    "helar": {"outcome": 100.0, "status": "Grön", "comment": "Den nyanställda fritidsledaren gick utbildningen i oktober, så nu har all personal gått den."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Ungdomsråd som planerar fritidsgårdens aktiviteter", "key_result": "NR1",
                "responsible": "Fritidsgårdsledare",
                "start": "2025-09-01", "due": "2026-12-18",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Ungdomsrådet träffas varannan vecka och har tagit fram vårens program."},
                    "delar2": {"status": "Pågår", "comment": "Rådet planerade sommaröppet och har nu börjat med höstens program."},
                    "helar": {"status": "Klar", "comment": "Ungdomsrådet har planerat hela årets program. Nya ledamöter väljs i januari."},
                },
            },
            {
                "id": "A2", "title": "Öppen sporthall på fredags- och lördagskvällar", "key_result": "NR2",
                "responsible": "Kultur- och fritidschef",
                "start": "2025-10-01", "due": "2026-01-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "De öppna kvällarna infördes i januari och är bemannade med fritidsledare."},
                    "delar2": {"status": "Klar", "comment": "Arbetssättet fungerar och fortsätter under hösten."},
                    "helar": {"status": "Klar", "comment": "De öppna kvällarna fortsätter under 2027."},
                },
            },
            {
                "id": "A3", "title": "Utbildning i våldsprevention för fritidsgårdens personal", "key_result": "NR3",
                "responsible": "Kultur- och fritidschef",
                "start": "2026-02-01", "due": "2026-10-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Första utbildningstillfället är genomfört."},
                    "delar2": {"status": "Pågår", "comment": "En medarbetare återstår och går utbildningen i oktober."},
                    "helar": {"status": "Klar", "comment": "All personal har gått utbildningen, och den ingår nu i introduktionen för nya medarbetare."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Fritidsgården har fler besökare sedan ungdomarna själva fått planera verksamheten, och sporthallen är öppen för spontanidrott två kvällar i veckan. Utbildningen i våldsprevention ligger efter plan eftersom det bara funnits ett utbildningstillfälle. Unga har i dag fler trygga mötesplatser än förra året.",
                "actions": "Övrig personal utbildas vid höstens tillfälle.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Besöken på fritidsgården och tiderna för spontanidrott har nått målvärdena. Nästan all personal har gått utbildningen i våldsprevention. Det som återstår gäller en nyanställd medarbetare.",
                "actions": "Den nyanställda fritidsledaren går utbildningen i oktober, och vi gör utbildningen till en del av introduktionen för nya medarbetare.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla tre nyckelresultat har nått sina målvärden för helåret. Fritidsgården har fler besökare sedan ungdomarna själva planerar verksamheten, sporthallen har varit öppen för spontanidrott hela året och all personal har gått utbildningen i våldsprevention. Unga i Norsjö har i dag fler trygga mötesplatser än vid årets början.",
                "actions": "Under 2027 prövar vi öppen verksamhet för unga i Bastuträsk en kväll i veckan tillsammans med ungdomsrådet.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    # ------------------------------------------------------------------
    # Mål 7 – Upplevelsen av att driva företag är god (Utveckling)
    # ------------------------------------------------------------------
    (7, "naringsliv"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Antal genomförda företagsbesök (rullande tolv månader)",
                "measure": "antal",
                "baseline": 40.0,
                "target": 60.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 61.0, "status": "Grön", "comment": "Kommunalråd och näringslivsutvecklare gör gemensamma besök varannan vecka. Besöken har gett flera konkreta ärenden om lokaler och kompetensförsörjning."},
                    "delar2": {"outcome": 63.0, "status": "Grön", "comment": "Besöken har fortsatt även under sommaren, med fokus på besöksnäringen."},
                    "helar": {"outcome": 66.0, "status": "Grön", "comment": "Höstens besök hos företag som inte besökts på tre år har gett flera nya kontakter, bland annat inom skogsnäringen."},
                },
            },
            {
                "id": "NR2",
                "title": "Antal nystartade företag (rullande tolv månader)",
                "measure": "antal",
                "baseline": 28.0,
                "target": 32.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 33.0, "status": "Grön", "comment": "Nyföretagandet ökar, särskilt inom skog, bygg och service. Nyföretagarcentrums rådgivning i Norsjö har varit fullbokad."},
                    "delar2": {"outcome": 34.0, "status": "Grön", "comment": "Nyföretagandet har hållit i sig under sommaren, trots att det minskar i Västerbotten som helhet. Flera av de nya företagen finns inom besöksnäringen."},
                    "helar": {"outcome": 33.0, "status": "Grön", "comment": "Nyföretagandet avtog något under hösten men ligger över målvärdet. Startkvällen i oktober har redan lett till tre nya företag."},
                },
            },
            {
                "id": "NR3",
                "title": "Antal detaljplanelagda och byggklara verksamhetstomter",
                "measure": "antal",
                "baseline": 3.0,
                "target": 6.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 3.0, "status": "Röd", "comment": "Detaljplanen för industriområdet i Norsjö är överklagad och väntar på beslut från mark- och miljödomstolen."},
                    "delar2": {"outcome": 6.0, "status": "Grön", "comment": "Detaljplanen vann laga kraft i juni och tre nya tomter kunde iordningställas under sommaren."},
                    "helar": {"outcome": 6.0, "status": "Grön", "comment": "Alla sex tomterna är byggklara, och två av dem är reserverade av lokala företag som vill bygga 2027."},
                },
            },
            {
                "id": "NR4",
                "title": "Andel företagsärenden där företaget fått återkoppling inom två arbetsdagar",
                "measure": "%",
                "baseline": 75.0,
                "target": 95.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 93.0, "status": "Gul", "comment": "Företagslotsen registrerar nu alla ärenden, vilket gör det lättare att hålla svarstiden."},
                    "delar2": {"outcome": 96.0, "status": "Grön", "comment": "Ersättare för företagslotsen under semestrarna gjorde att svarstiden hölls hela sommaren."},
                    "helar": {"outcome": 95.0, "status": "Grön", "comment": "Svarstiden har hållits för helåret, även under hösten när företagslotsen fick många frågor om tomter och lokaler."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Gemensamma företagsbesök med kommunalråd och näringslivsutvecklare", "key_result": "NR1",
                "responsible": "Näringslivschef",
                "start": "2025-08-18", "due": "2026-12-18",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Besöksplanen följs och alla besök dokumenteras i kundregistret."},
                    "delar2": {"status": "Pågår", "comment": "Höstens besök riktas mot företag som inte besökts de senaste tre åren."},
                    "helar": {"status": "Klar", "comment": "Besöksplanen är genomförd och höstens besök är dokumenterade i kundregistret."},
                },
            },
            {
                "id": "A2", "title": "Iordningställande av verksamhetstomter på industriområdet", "key_result": "NR3",
                "responsible": "Samhällsplanerare",
                "start": "2026-01-15", "due": "2026-09-30",
                "periods": {
                    "delar1": {"status": "Försenad", "comment": "Arbetet kan inte börja förrän detaljplanen har vunnit laga kraft."},
                    "delar2": {"status": "Klar", "comment": "Tomterna är iordningställda och finns i kommunens tomtkö."},
                    "helar": {"status": "Klar", "comment": "Tomterna har marknadsförts vid företagsbesöken och två av dem är reserverade."},
                },
            },
            {
                "id": "A3", "title": "Företagslots med ärenderegistrering och fast svarstid", "key_result": "NR4",
                "responsible": "Näringslivsutvecklare",
                "start": "2025-11-01", "due": "2026-02-28",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Alla företagsärenden registreras och följs upp varje vecka."},
                    "delar2": {"status": "Klar", "comment": "Rutinen med ersättare under semestrarna fungerade väl."},
                    "helar": {"status": "Klar", "comment": "Rutinen med ärenderegistrering och fast svarstid fungerar och fortsätter."},
                },
            },
            {
                "id": "A4", "title": "Startkväll för blivande företagare tillsammans med Nyföretagarcentrum", "key_result": "NR2",
                "responsible": "Näringslivsutvecklare",
                "start": "2026-09-01", "due": "2026-10-31",
                "periods": {
                    "delar1": {"status": "Ej påbörjad", "comment": "Planeras till hösten."},
                    "delar2": {"status": "Ej påbörjad", "comment": "Datum och lokal är bokade till den 7 oktober."},
                    "helar": {"status": "Klar", "comment": "Startkvällen den 7 oktober samlade 26 blivande företagare."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Företagsbesöken och nyföretagandet har nått sina målvärden och svarstiden till företagen är nästan nådd. Bristen på byggklara verksamhetstomter är den största utmaningen, eftersom detaljplanen är överklagad. Företagen lyfter tomter och lokaler som viktiga frågor vid besöken.",
                "actions": "Vi förbereder markarbetena så att tomterna kan iordningställas direkt när planen vinner laga kraft.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Alla fyra nyckelresultat har nått sina målvärden. Tre nya verksamhetstomter är klara, svarstiden till företagen håller målvärdet och nyföretagandet har fortsatt att öka, trots att det minskar i länet. Företagsbesöken ger oss en god bild av vad företagen behöver.",
                "actions": "Vi genomför en startkväll för blivande företagare i oktober tillsammans med Nyföretagarcentrum och marknadsför de nya tomterna vid höstens företagsbesök.",
                "proposal": "Uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla fyra nyckelresultat har nått sina målvärden för helåret. Företagsbesöken, företagslotsen och de nya verksamhetstomterna har gett företagen bättre förutsättningar och snabbare svar från kommunen. Nyföretagandet har ökat trots att det har minskat i länet som helhet.",
                "actions": "Under 2027 startar vi planarbetet för mer verksamhetsmark i Bastuträsk och upprepar startkvällen för blivande företagare.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    # ------------------------------------------------------------------
    # Mål 8 – Upplevelsen av den kommunala servicen är god (Utveckling)
    # ------------------------------------------------------------------
    (8, "naringsliv"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel företag som fått svar via en väg in inom 24 timmar",
                "measure": "%",
                "baseline": 70.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 90.0, "status": "Grön", "comment": "Den gemensamma funktionsbrevlådan och telefontiden för företag bemannas varje vardag."},
                    "delar2": {"outcome": 91.0, "status": "Grön", "comment": "Svarstiden har hållits under hela sommaren. Frågorna gäller oftast bygglov och serveringstillstånd."},
                    "helar": {"outcome": 92.0, "status": "Grön", "comment": "Svarstiden har hållits hela året. Under hösten har frågorna oftast gällt tomter och elförsörjning."},
                },
            },
            {
                "id": "NR2",
                "title": "Antal deltagande företag per träff i nätverket för företag med flera anställda",
                "measure": "antal",
                "baseline": 8.0,
                "target": 12.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 11.0, "status": "Röd", "comment": "Två träffar är genomförda, om kompetensförsörjning och upphandling. Vårens andra träff krockade med skogsbrukets säsongsstart."},
                    "delar2": {"outcome": 13.0, "status": "Grön", "comment": "Träffen om elförsörjning i juni lockade flera nya företag. Företagen väljer själva teman till hösten."},
                    "helar": {"outcome": 13.0, "status": "Grön", "comment": "Höstens två träffar, om rekrytering och energikostnader, var de mest välbesökta hittills."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel mottagare som öppnar näringslivets nyhetsbrev",
                "measure": "%",
                "baseline": 38.0,
                "target": 50.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 51.0, "status": "Grön", "comment": "Kortare nyhetsbrev med tydliga rubriker och ett företagsporträtt i varje nummer har ökat läsningen."},
                    "delar2": {"outcome": 52.0, "status": "Grön", "comment": "Öppningsgraden ligger stabilt över målvärdet."},
                    "helar": {"outcome": 53.0, "status": "Grön", "comment": "Öppningsgraden har legat över målvärdet hela året. Numren med företagsporträtt läses mest."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "En väg in för företag med funktionsbrevlåda och telefontid", "key_result": "NR1",
                "responsible": "Näringslivschef",
                "start": "2025-09-01", "due": "2026-01-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Funktionen är i drift och marknadsförs i nyhetsbrevet och på webbplatsen."},
                    "delar2": {"status": "Klar", "comment": "Rutinen för bemanning under semestrar har fungerat."},
                    "helar": {"status": "Klar", "comment": "En väg in är en del av den ordinarie verksamheten."},
                },
            },
            {
                "id": "A2", "title": "Träffar i nätverket för företag med flera anställda", "key_result": "NR2",
                "responsible": "Näringslivsutvecklare",
                "start": "2026-01-15", "due": "2026-12-10",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Två träffar är genomförda och nästa hålls i juni."},
                    "delar2": {"status": "Pågår", "comment": "Tre träffar är genomförda. Höstens två träffar planeras av företagen själva."},
                    "helar": {"status": "Klar", "comment": "Alla fem träffar är genomförda och företagen vill fortsätta nätverket under 2027."},
                },
            },
            {
                "id": "A3", "title": "Nytt upplägg för näringslivets nyhetsbrev", "key_result": "NR3",
                "responsible": "Kommunikatör",
                "start": "2025-10-15", "due": "2026-01-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Det nya upplägget används sedan januari."},
                    "delar2": {"status": "Klar", "comment": "Vi följer öppningsgraden per nummer för att se vilka ämnen som intresserar mest."},
                    "helar": {"status": "Klar", "comment": "Upplägget är utvärderat och behålls nästa år."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Företagen får snabba svar via en väg in och nyhetsbrevet läses av fler än tidigare. Nätverket för företag med flera anställda har ännu inte nått önskat deltagande. Företagen efterfrågar träffar som ligger utanför de mest intensiva säsongerna.",
                "actions": "Vi låter företagen i nätverket välja datum och teman för kommande träffar.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Alla nyckelresultat har nått sina målvärden. Nätverket har vuxit sedan företagen själva fått styra innehållet. Arbetet stärker bilden av kommunen som en lättillgänglig samarbetspart för företagen.",
                "actions": "Vi fortsätter med företagsstyrda träffar och utvärderar nätverket i december.",
                "proposal": "Uppfyllt",
                "forecast": "Uppfylls",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla tre nyckelresultat har nått sina målvärden för helåret. Företagen får snabba svar via en väg in, nätverket för företag med flera anställda har vuxit och nyhetsbrevet läses av fler än hälften av mottagarna. Utvärderingen i december visar att företagen vill att nätverket fortsätter i samma form.",
                "actions": "Under 2027 fortsätter nätverket med träffar som företagen själva planerar, och vi bjuder in företag från Malå och Sorsele till en gemensam träff om kompetensförsörjning.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    (8, "kultur"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel besökare som är nöjda med bibliotekets service",
                "measure": "%",
                "baseline": 85.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 91.0, "status": "Grön", "comment": "Besökarna uppskattar särskilt hjälpen med e-tjänster och digitala frågor."},
                    "delar2": {"outcome": 92.0, "status": "Grön", "comment": "Sommarens besökare, många från andra orter, gav höga betyg."},
                    "helar": {"outcome": 91.0, "status": "Grön", "comment": "Besökarna är fortsatt mycket nöjda. Den digitala vägledningen för äldre får särskilt goda omdömen."},
                },
            },
            {
                "id": "NR2",
                "title": "Handläggningstid från ansökan om föreningsbidrag till beslut",
                "measure": "dagar",
                "baseline": 45.0,
                "target": 30.0,
                "direction": "Lägre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 32.0, "status": "Gul", "comment": "Beslut fattas nu på delegation varannan vecka i stället för en gång i månaden."},
                    "delar2": {"outcome": 28.0, "status": "Grön", "comment": "Målvärdet är nått tack vare den nya e-tjänsten där alla bilagor kommer in samtidigt."},
                    "helar": {"outcome": 27.0, "status": "Grön", "comment": "Handläggningstiden har legat under målvärdet hela hösten tack vare e-tjänsten."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel bokningar av sporthall och samlingslokaler som görs digitalt",
                "measure": "%",
                "baseline": 25.0,
                "target": 60.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 40.0, "status": "Röd", "comment": "Bokningssystemet visar ännu inte alla lokaler, så många föreningar ringer fortfarande in sina bokningar."},
                    "delar2": {"outcome": 52.0, "status": "Röd", "comment": "Sporthallen finns nu i systemet, men samlingslokalerna i Bastuträsk läggs in först i oktober."},
                    "helar": {"outcome": 58.0, "status": "Gul", "comment": "Samlingslokalerna i Bastuträsk kom in i bokningssystemet i oktober. Under november och december gjordes tre av fyra bokningar digitalt, men det räcker inte för att nå målvärdet för helåret."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "E-tjänst för ansökan om föreningsbidrag", "key_result": "NR2",
                "responsible": "Fritidskonsulent",
                "start": "2025-10-01", "due": "2026-03-31",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "E-tjänsten öppnade i mars och de första ansökningarna har kommit in."},
                    "delar2": {"status": "Klar", "comment": "Nästan alla föreningar söker nu bidrag via e-tjänsten."},
                    "helar": {"status": "Klar", "comment": "Nästan alla ansökningar kommer in via e-tjänsten."},
                },
            },
            {
                "id": "A2", "title": "Alla bokningsbara lokaler in i det digitala bokningssystemet", "key_result": "NR3",
                "responsible": "Kultur- och fritidschef",
                "start": "2026-01-15", "due": "2026-06-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Sim- och sporthallen är inlagd. Övriga lokaler kräver nya lås för digital nyckel."},
                    "delar2": {"status": "Försenad", "comment": "Låsbytet i Bastuträsk är försenat och de sista lokalerna läggs in i oktober."},
                    "helar": {"status": "Klar", "comment": "Alla lokaler finns i bokningssystemet sedan oktober, fyra månader senare än planerat på grund av låsbytet i Bastuträsk."},
                },
            },
            {
                "id": "A3", "title": "Digital vägledning på biblioteket för äldre", "key_result": "NR1",
                "responsible": "Bibliotekschef",
                "start": "2025-09-01", "due": "2026-12-15",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Drop-in varje tisdag med hjälp med BankID, e-tjänster och mobil."},
                    "delar2": {"status": "Pågår", "comment": "Drop-in har fortsatt under sommaren med färre besökare."},
                    "helar": {"status": "Klar", "comment": "Drop-in har hållits varje tisdag under året och fortsätter 2027."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Biblioteket får mycket goda omdömen och handläggningstiden för föreningsbidrag har kortats tydligt. Den digitala lokalbokningen ligger efter, eftersom alla lokaler ännu inte finns i systemet. Föreningarna efterfrågar att kunna boka allt på ett ställe.",
                "actions": "Vi prioriterar låsbyten så att fler lokaler kan bokas digitalt före hösten.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Bibliotekets service och handläggningen av föreningsbidrag har nått sina målvärden. Den digitala lokalbokningen ökar men når inte målvärdet, eftersom samlingslokalerna i Bastuträsk saknas i systemet. Det hänger ihop med att låsbytet blivit försenat.",
                "actions": "Samlingslokalerna läggs in i bokningssystemet i oktober och föreningarna får en kort introduktion.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Bibliotekets service och handläggningen av föreningsbidrag har nått sina målvärden för helåret. Den digitala lokalbokningen har ökat från 25 % till 58 % men når inte målvärdet, eftersom samlingslokalerna i Bastuträsk kom in i systemet först i oktober. Andelen digitala bokningar i slutet av året visar att föreningarna använder systemet när alla lokaler finns där.",
                "actions": "Under 2027 ersätter vi telefonbokningen för föreningar med digital bokning och erbjuder hjälp på biblioteket till dem som behöver stöd för att boka.",
                "proposal": "Delvis uppfyllt",
                "motivation": "",
            },
        },
    },
    (8, "arbetsmarknad"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel ansökningar om anställningsstöd som handlagts inom 14 dagar",
                "measure": "%",
                "baseline": 70.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 87.0, "status": "Gul", "comment": "En gemensam checklista med Arbetsförmedlingen har kortat handläggningen. Några ärenden har väntat på kompletteringar."},
                    "delar2": {"outcome": 89.0, "status": "Gul", "comment": "Semesterperioden gav några längre handläggningstider, men nivån ligger nära målvärdet."},
                    "helar": {"outcome": 91.0, "status": "Grön", "comment": "Höstens ärenden har handlagts snabbt, och helårsutfallet når målvärdet trots de längre handläggningstiderna under sommaren."},
                },
            },
            {
                "id": "NR2",
                "title": "Andel sökande ungdomar som erbjudits feriepraktik",
                "measure": "%",
                "baseline": 85.0,
                "target": 100.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 100.0, "status": "Grön", "comment": "Alla 66 sökande har fått ett erbjudande, tack vare fler platser hos privata arbetsgivare."},
                    "delar2": {"outcome": 100.0, "status": "Grön", "comment": "Alla som ville ha feriepraktik fick en plats och nästan alla fullföljde sina veckor."},
                    "helar": {"outcome": 100.0, "status": "Grön", "comment": "Alla sökande ungdomar erbjöds feriepraktik, och utvärderingen visar att nästan alla var nöjda."},
                },
            },
            {
                "id": "NR3",
                "title": "Andel deltagare på Knut'n som är nöjda med bemötandet",
                "measure": "%",
                "baseline": 82.0,
                "target": 90.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 89.0, "status": "Gul", "comment": "Brukarenkäten i mars visar att deltagarna känner sig lyssnade på. Några önskar mer information om förändringar i schemat."},
                    "delar2": {"outcome": 90.0, "status": "Grön", "comment": "Veckobrevet med schema och nyheter har gett bättre omdömen om informationen."},
                    "helar": {"outcome": 92.0, "status": "Grön", "comment": "Brukarenkäten i november visar att deltagarna är nöjda med både bemötandet och informationen."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Gemensam checklista för anställningsstöd med Arbetsförmedlingen", "key_result": "NR1",
                "responsible": "Arbetsmarknadshandläggare",
                "start": "2025-11-15", "due": "2026-02-28",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Checklistan används i alla nya ärenden."},
                    "delar2": {"status": "Klar", "comment": "Checklistan har uppdaterats efter Arbetsförmedlingens nya regler."},
                    "helar": {"status": "Klar", "comment": "Checklistan används i alla ärenden och följs upp med Arbetsförmedlingen två gånger per år."},
                },
            },
            {
                "id": "A2", "title": "Fler feriepraktikplatser hos privata arbetsgivare", "key_result": "NR2",
                "responsible": "Enhetschef arbetsmarknad",
                "start": "2026-01-12", "due": "2026-04-30",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Fjorton företag erbjuder platser i år, jämfört med sex förra året."},
                    "delar2": {"status": "Klar", "comment": "Företagen har fått en enkät om hur praktiken fungerade."},
                    "helar": {"status": "Klar", "comment": "Fjorton företag har redan anmält att de vill ta emot feriepraktikanter 2027."},
                },
            },
            {
                "id": "A3", "title": "Veckobrev till deltagarna på Knut'n", "key_result": "NR3",
                "responsible": "Arbetsledare Knut'n",
                "start": "2026-04-01", "due": "2026-12-18",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Veckobrevet skrivs på lättläst svenska och sätts upp i fikarummet."},
                    "delar2": {"status": "Pågår", "comment": "Veckobrevet skickas nu också som sms till dem som vill."},
                    "helar": {"status": "Klar", "comment": "Veckobrevet har kommit ut varje vecka sedan april och fortsätter 2027."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Alla sökande ungdomar har erbjudits feriepraktik och handläggningen av anställningsstöd går snabbare. Deltagarna på Knut'n är nöjda med bemötandet men vill ha bättre information. Enheten ligger nära målvärdena för servicen.",
                "actions": "Vi inför ett veckobrev på Knut'n och följer upp ärenden som väntar på kompletteringar varje vecka.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Feriepraktiken och bemötandet på Knut'n har nått sina målvärden. Handläggningen av anställningsstöd ligger strax under målvärdet på grund av semesterperioden. Servicen till både ungdomar och deltagare har förbättrats under året.",
                "actions": "Vi ser över bemanningen av handläggningen under semestrarna inför nästa år.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Alla tre nyckelresultat har nått sina målvärden för helåret. Vid delår 2 räknade vi med att sommarens längre handläggningstider skulle hålla nere helårsutfallet för anställningsstöd, men höstens ärenden handlades snabbare än väntat. Feriepraktiken och veckobrevet på Knut'n har gett bättre service till både ungdomar och deltagare.",
                "actions": "Inför sommaren 2027 planerar vi bemanningen av handläggningen så att svarstiden håller även under semestrarna.",
                "proposal": "Uppfyllt",
                "motivation": "",
            },
        },
    },
    # ------------------------------------------------------------------
    # Mål 9 – Fler väljer att stanna kvar eller flytta hit (Utveckling)
    # ------------------------------------------------------------------
    (9, "naringsliv"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Antal lediga byggklara bostadstomter",
                "measure": "antal",
                "baseline": 8.0,
                "target": 15.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 10.0, "status": "Röd", "comment": "Två tomter vid Norsjön är iordningställda. Planarbetet för nya tomter i Bastuträsk har startat men tar tid."},
                    "delar2": {"outcome": 14.0, "status": "Gul", "comment": "Fyra nya tomter i Norsjö samhälle är klara för försäljning. Två tomter har sålts under sommaren."},
                    "helar": {"outcome": 10.0, "status": "Röd", "comment": "Fyra tomter har sålts under hösten, vilket visar att efterfrågan finns. Planen för nya tomter i Bastuträsk blev inte klar, så inga nya tomter har tillkommit sedan i somras."},
                },
            },
            {
                "id": "NR2",
                "title": "Antal påstigande i kommunens linjetrafik (snitt per månad)",
                "measure": "antal",
                "baseline": 3200.0,
                "target": 3500.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 3510.0, "status": "Grön", "comment": "Den nya morgonturen från Bastuträsk används av både pendlare och gymnasieelever."},
                    "delar2": {"outcome": 3460.0, "status": "Gul", "comment": "Resandet var lägre under sommaren när skolorna hade uppehåll. Pendlingen till arbete har ändå ökat."},
                    "helar": {"outcome": 3390.0, "status": "Röd", "comment": "Morgonturen från Bastuträsk ställdes in i sex veckor under november och december på grund av förarbrist hos trafikföretaget, vilket drog ned årssnittet."},
                },
            },
            {
                "id": "NR3",
                "title": "Antal unga som deltagit i aktiviteter om jobb och framtid i Norsjöbygden (läsåret 2025/26)",
                "measure": "antal",
                "baseline": 90.0,
                "target": 120.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 125.0, "status": "Grön", "comment": "Framtidsmässan i februari och företagsbesöken för årskurs 9 har nått fler unga än förra läsåret."},
                    "delar2": {"outcome": 125.0, "status": "Grön", "comment": "Inga nya aktiviteter under sommaren. Höstens mässa planeras tillsammans med gymnasiet i Skellefteå."},
                    "helar": {"outcome": 125.0, "status": "Grön", "comment": "Utfallet gäller läsåret 2025/26 och är oförändrat. Höstens framtidsmässa med gymnasiet i Skellefteå räknas in i nästa läsår."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Iordningställande av bostadstomter i Norsjö samhälle", "key_result": "NR1",
                "responsible": "Samhällsplanerare",
                "start": "2025-09-01", "due": "2026-07-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Vägar och ledningar till de nya tomterna byggs när tjälen har gått ur marken."},
                    "delar2": {"status": "Klar", "comment": "Tomterna är klara och marknadsförs på kommunens webbplats."},
                    "helar": {"status": "Klar", "comment": "Tomterna är klara och flera av dem är redan sålda."},
                },
            },
            {
                "id": "A2", "title": "Planarbete för nya bostadstomter i Bastuträsk", "key_result": "NR1",
                "responsible": "Samhällsplanerare",
                "start": "2026-02-01", "due": "2026-12-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Planuppdraget är beslutat och inventering av mark pågår."},
                    "delar2": {"status": "Pågår", "comment": "Samrådet är planerat till november."},
                    "helar": {"status": "Försenad", "comment": "Samrådet flyttades till februari 2027 efter synpunkter om dagvatten. Planarbetet förs över till nästa års verksamhetsplan."},
                },
            },
            {
                "id": "A3", "title": "Ny morgontur i linjetrafiken från Bastuträsk", "key_result": "NR2",
                "responsible": "Kollektivtrafikhandläggare",
                "start": "2025-10-01", "due": "2026-01-10",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Turen körs sedan januari och har i snitt 22 resenärer per dag."},
                    "delar2": {"status": "Klar", "comment": "Turen finns kvar i höstens tidtabell."},
                    "helar": {"status": "Klar", "comment": "Turen finns kvar i tidtabellen för 2027. Trafikföretaget har anställt fler förare efter uppehållet i november och december."},
                },
            },
            {
                "id": "A4", "title": "Framtidsmässa för unga med lokala arbetsgivare", "key_result": "NR3",
                "responsible": "Näringslivsutvecklare",
                "start": "2025-11-01", "due": "2026-02-28",
                "periods": {
                    "delar1": {"status": "Klar", "comment": "Mässan hölls i februari med 24 utställande arbetsgivare."},
                    "delar2": {"status": "Klar", "comment": "Utvärderingen visar att nästan alla utställare vill vara med igen."},
                    "helar": {"status": "Klar", "comment": "Mässan är utvärderad och en ny mässa planeras till februari 2027."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Kollektivtrafiken och aktiviteterna för unga har nått sina målvärden. Bristen på byggklara bostadstomter är fortsatt stor, eftersom markarbetena inte kan göras under vintern. Efterfrågan på tomter nära Norsjön är hög.",
                "actions": "Markarbetena för de nya tomterna i Norsjö samhälle görs under försommaren.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Fyra nya bostadstomter är klara och antalet lediga tomter ligger nära målvärdet. Resandet i linjetrafiken sjönk under sommaren men ligger över utgångsläget. Aktiviteterna för unga har nått fler än planerat.",
                "actions": "Planarbetet i Bastuträsk fortsätter med samråd i november. Vi marknadsför de nya tomterna mot personer som har fått jobb i kommunen.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Målet är inte uppfyllt för helåret. Efterfrågan på bostadstomter var större än väntat, och när fyra tomter såldes under hösten utan att nya tillkom sjönk antalet lediga tomter långt under målvärdet. Resandet i linjetrafiken drogs ned av att morgonturen från Bastuträsk ställdes in i sex veckor. Vid delår 2 bedömde vi att målet skulle uppfyllas delvis, men båda försämringarna kom under årets sista månader. Aktiviteterna för unga har nått fler än planerat.",
                "actions": "Planarbetet i Bastuträsk prioriteras under 2027 med samråd i februari, och vi undersöker mark för fler tomter i Norsjö samhälle. Vi följer upp förarsituationen med trafikföretaget varje månad.",
                "proposal": "Ej uppfyllt",
                "motivation": "",
            },
        },
    },
    (9, "arbetsmarknad"): {
        "key_results": [
            {
                "id": "NR1",
                "title": "Andel deltagare i arbetsmarknadsinsatser som gått vidare till arbete eller studier",
                "measure": "%",
                "baseline": 28.0,
                "target": 35.0,
                "direction": "Högre är bättre",
                "weight": 2.0,
                "periods": {
                    "delar1": {"outcome": 30.0, "status": "Röd", "comment": "Under vintern har få arbetsgivare anställt. Flera deltagare har dock påbörjat studier vid Lärcentrum."},
                    "delar2": {"outcome": 34.0, "status": "Gul", "comment": "Sommarsäsongen inom besöksnäring och omsorg gav flera anställningar. Några är visstidsanställningar som vi följer upp."},
                    "helar": {"outcome": 31.0, "status": "Röd", "comment": "Flera av sommarens visstidsanställningar upphörde under hösten, och få arbetsgivare har anställt inför vintern. Andelen blev därför lägre än i delår 2."},
                },
            },
            {
                "id": "NR2",
                "title": "Antal ungdomar i feriepraktik",
                "measure": "antal",
                "baseline": 55.0,
                "target": 65.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 57.0, "status": "Röd", "comment": "Platserna i kommunen är bokade per den 30 april, men färre privata arbetsgivare än förra året har anmält platser."},
                    "delar2": {"outcome": 66.0, "status": "Grön", "comment": "Åtta platser hos privata arbetsgivare tillkom i maj och ytterligare en i juli, när ett företag i Bastuträsk hörde av sig."},
                    "helar": {"outcome": 66.0, "status": "Grön", "comment": "Feriepraktiken genomfördes med 66 ungdomar, fler än något tidigare år."},
                },
            },
            {
                "id": "NR3",
                "title": "Antal deltagare i språkpraktik",
                "measure": "antal",
                "baseline": 14.0,
                "target": 20.0,
                "direction": "Högre är bättre",
                "weight": 1.0,
                "periods": {
                    "delar1": {"outcome": 17.0, "status": "Röd", "comment": "Måltider och GVA tar emot språkpraktikanter, men flera platser har stått tomma eftersom praktiken först i april gick att samordna med SFI-schemat."},
                    "delar2": {"outcome": 21.0, "status": "Grön", "comment": "Två privata arbetsgivare har tagit emot språkpraktikanter för första gången."},
                    "helar": {"outcome": 16.0, "status": "Röd", "comment": "Vid årets slut har 16 deltagare språkpraktik. Höstens SFI-grupp är mindre än tidigare år eftersom färre nyanlända har flyttat till kommunen, och två arbetsgivare har pausat sina platser."},
                },
            },
        ],
        "activities": [
            {
                "id": "A1", "title": "Matchning av deltagare mot säsongsjobb inom besöksnäring och omsorg", "key_result": "NR1",
                "responsible": "Arbetsmarknadshandläggare",
                "start": "2026-02-01", "due": "2026-08-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Tolv deltagare är matchade mot sommarjobb och har gått introduktion."},
                    "delar2": {"status": "Klar", "comment": "Nio deltagare fick anställning under sommaren."},
                    "helar": {"status": "Klar", "comment": "Matchningen är utvärderad och upprepas inför sommarsäsongen 2027."},
                },
            },
            {
                "id": "A2", "title": "Rekrytering av feriepraktikplatser", "key_result": "NR2",
                "responsible": "Enhetschef arbetsmarknad",
                "start": "2026-01-12", "due": "2026-04-30",
                "periods": {
                    "delar1": {"status": "Försenad", "comment": "Åtta platser hos privata arbetsgivare saknas fortfarande. Vi ringer runt till företagen under maj."},
                    "delar2": {"status": "Klar", "comment": "Feriepraktiken är genomförd och utvärderad."},
                    "helar": {"status": "Klar", "comment": "Utvärderingen visar att både ungdomar och arbetsgivare är nöjda."},
                },
            },
            {
                "id": "A3", "title": "Samarbete med Lärcentrum om språkpraktik med SFI", "key_result": "NR3",
                "responsible": "Arbetsmarknadshandläggare",
                "start": "2025-09-01", "due": "2026-06-30",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Sedan april kombineras praktiken med SFI två dagar i veckan."},
                    "delar2": {"status": "Klar", "comment": "Arbetssättet är etablerat och fortsätter nästa läsår."},
                    "helar": {"status": "Klar", "comment": "Samarbetet med Lärcentrum fortsätter, men höstens SFI-grupp är mindre än tidigare år."},
                },
            },
            {
                "id": "A4", "title": "Gemensam rekryteringsträff med Arbetsförmedlingen i Skellefteå", "key_result": "NR1",
                "responsible": "Enhetschef arbetsmarknad",
                "start": "2026-03-01", "due": "2026-05-31",
                "periods": {
                    "delar1": {"status": "Pågår", "comment": "Arbetsförmedlingen har inte kunnat bemanna träffen."},
                    "delar2": {"status": "Avbruten", "comment": "Träffen ställdes in. Vi satsar i stället på matchning mot säsongsjobb på plats i Norsjö."},
                    "helar": {"status": "Avbruten", "comment": "Träffen genomfördes inte under året. En gemensam rekryteringsträff finns med i planen för 2027 om Arbetsförmedlingen kan bemanna den."},
                },
            },
        ],
        "assessments": {
            "delar1": {
                "analysis": "Inget av nyckelresultaten har nått målvärdet. Övergången till arbete eller studier är låg under vintern, vilket är ett känt säsongsmönster. Feriepraktiken saknar platser hos privata arbetsgivare, och språkpraktiken har haft lediga platser eftersom samordningen med SFI dröjde till april.",
                "actions": "Vi matchar deltagare mot säsongsjobb inom besöksnäring och omsorg under maj och kontaktar företagen direkt om de feriepraktikplatser som saknas.",
                "proposal": "Ej uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "delar2": {
                "analysis": "Feriepraktik och språkpraktik har nått sina målvärden. Övergången till arbete eller studier har ökat tydligt efter sommarens säsongsjobb men ligger strax under målvärdet. En del anställningar är tidsbegränsade, så utfallet kan sjunka under hösten.",
                "actions": "Vi följer upp deltagare med visstidsanställning och stöttar dem mot fortsatt arbete eller studier.",
                "proposal": "Delvis uppfyllt",
                "forecast": "Uppfylls delvis",
                "motivation": "",
            },
            "helar": {
                "analysis": "Två av tre nyckelresultat är röda för helåret. Feriepraktiken nådde målvärdet, men andelen deltagare som gått vidare till arbete eller studier sjönk under hösten när flera visstidsanställningar upphörde, som vi befarade vid delår 2. Språkpraktiken har färre deltagare eftersom färre nyanlända har flyttat till kommunen och två arbetsgivare har pausat sina platser. Den förändringen kom efter delår 2 och gör att utfallet blev sämre än prognosen.",
                "actions": "Under 2027 följer vi deltagare med visstidsanställning hela vägen till fortsatt arbete eller studier, och vi söker nya platser för språkpraktik bland de företag som tar emot feriepraktikanter.",
                "proposal": "Ej uppfyllt",
                "motivation": "",
            },
        },
    },
}
