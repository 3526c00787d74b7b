"""Every Swedish text a user sees, in one place so wording is reviewed together.

PROBLEMS maps a stable code (used by tests, JSON output and the README) to its severity,
message and hint. Placeholders are filled by problems.problem().
"""

from __future__ import annotations

from pathlib import Path

ERROR = "fel"
WARNING = "varning"
NOTE = "notering"

SAVE_AS_XLSX = "Öppna filen i Excel och välj Arkiv > Spara som > Excel-arbetsbok (*.xlsx)."
NEW_TEMPLATE = "Be administratören om en ny arbetsbok (vplan template) och för över era uppgifter dit."

PROBLEMS: dict[str, tuple[str, str, str]] = {
    # --- the plan file ---
    "plan-syntax": (ERROR, "Planfilen kunde inte tolkas: {detail}.", "Kontrollera citattecken, hakparenteser och likhetstecken på raden."),
    "plan-okand-tabell": (ERROR, "Okänd tabell [{table}].", "Tillåtna tabeller är [plan], [dokument], [regler], [[period]], [[avdelning]], [[enhet]] och [[mal]]."),
    "plan-tabell-saknas": (ERROR, "Tabellen {table} saknas.", "Lägg till den enligt exemplet i examples/norsjo-2025/plan.toml."),
    "plan-tabelltyp": (ERROR, "Tabellen {table} ska skrivas {form}.", "Se exemplet i examples/norsjo-2025/plan.toml."),
    "plan-okand-nyckel": (ERROR, "Okänd nyckel {key} i [{table}].{suggestion}", "Rätta stavningen eller ta bort raden."),
    "plan-nyckel-saknas": (ERROR, "Nyckeln {key} saknas eller är tom i [{table}].", "Lägg till {key} = ... i tabellen."),
    "plan-fel-typ": (ERROR, "Värdet för {key} har fel form.", "Skriv {expected}."),
    "plan-ogiltig-epost": (ERROR, "\"{value}\" är ingen e-postadress.", "Skriv bara adressen inom citattecken, t.ex. \"anna.lind@norsjo.se\"; namnet skrivs i en egen nyckel."),
    "plan-ogiltigt-id": (ERROR, "Id \"{value}\" får bara innehålla små bokstäver a–z, siffror, - och _.", "Använd ett kort id utan å, ä, ö och mellanslag, t.ex. \"gva\"."),
    "plan-okand-referens": (ERROR, "Det finns ingen {kind} med id \"{value}\".", "Använd ett id som finns i planen eller lägg till {kind}en."),
    "plan-okand-regel": (ERROR, "Okänd regel \"{value}\".", "Välj en av: {allowed}."),
    "plan-dubblett": (ERROR, "{key} = {value} finns redan i en tidigare [[{table}]].", "Varje {key} måste vara unik."),
    # --- files in the folder ---
    "fil-lasfil": (NOTE, "Låsfil från {program} ignoreras{owner}.", "Stäng arbetsboken i {program} innan du kör igen om uppgifterna just ändrats."),
    "fil-ignorerad": (NOTE, "Filen är ingen Excel-arbetsbok och ignoreras.", "Ta bort den ur mappen om den inte hör dit."),
    "fil-fel-format": (ERROR, "Filen är sparad som {format}, inte som Excel-arbetsbok (.xlsx).", SAVE_AS_XLSX),
    "fil-xls": (ERROR, "Filen är en äldre Excel-fil (.xls) fast den heter .xlsx.", SAVE_AS_XLSX),
    "fil-krypterad": (ERROR, "Arbetsboken är lösenordsskyddad (krypterad) och kan inte läsas.", "Ta bort lösenordet: Arkiv > Information > Skydda arbetsbok > Kryptera med lösenord, töm fältet och spara."),
    "fil-text": (ERROR, "Filen är en textfil (t.ex. CSV), inte en Excel-arbetsbok.", SAVE_AS_XLSX),
    "fil-word": (ERROR, "Filen är ett Word-dokument, inte en Excel-arbetsbok.", "Lämna in arbetsboken från vplan template i stället."),
    "fil-ods": (ERROR, "Filen är ett OpenDocument-kalkylblad (.ods) fast den heter .xlsx.", "Spara som Excel 2007–365 (.xlsx) i LibreOffice."),
    "fil-skadad": (ERROR, "Arbetsboken är skadad och kan inte läsas ({detail}).", "Öppna den i Excel, som ofta kan reparera den, och spara igen. Annars: " + NEW_TEMPLATE),
    "fil-tom": (ERROR, "Filen är tom (0 byte).", "Spara arbetsboken igen och lämna in den på nytt."),
    "fil-makro": (ERROR, "Arbetsboken innehåller makron.", "Spara som Excel-arbetsbok (*.xlsx) utan makron."),
    "fil-strikt": (ERROR, "Arbetsboken är sparad i formatet Strikt Open XML.", "Spara som den vanliga typen Excel-arbetsbok (*.xlsx)."),
    "fil-for-stor": (ERROR, "Arbetsboken är orimligt stor ({detail}) och läses inte.", "Ta bort inklistrade bilder, tomma formaterade rader och data som inte hör till mallen, eller " + NEW_TEMPLATE[0].lower() + NEW_TEMPLATE[1:]),
    "fil-dtd": (ERROR, "Arbetsboken innehåller en XML-definition (DOCTYPE) som inte är tillåten.", "Filen är inte sparad av Excel eller LibreOffice. " + NEW_TEMPLATE),
    "fil-dubbla-delar": (ERROR, "Arbetsboken innehåller delen {detail} två gånger.", "Filen är manipulerad eller skadad. " + NEW_TEMPLATE),
    "rader-for-langt-ner": (ERROR, "Bladet har värden ända ner till rad {row}.", "Radera innehållet i cellen och raderna under era uppgifter och spara igen."),
    "kolumner-for-langt-ut": (ERROR, "Bladet har värden ända ut till kolumn {column}.", "Radera innehållet i cellen och kolumnerna till höger om era uppgifter och spara igen."),
    "fil-olasbar": (ERROR, "Filen kunde inte läsas ({detail}).", "Kontrollera att du har behörighet till filen och att den inte är låst av ett annat program."),
    "internt-fel": (ERROR, "vplan kunde inte läsa arbetsboken på grund av ett fel i programmet ({detail}).", "Skicka arbetsboken och meddelandet till den som förvaltar vplan. Övriga arbetsböcker är lästa."),
    "cell-felvarde": (ERROR, "Cellen visar Excels felvärde {value}.", "Rätta formeln eller skriv in värdet i stället."),
    "cell-sammanfogad": (ERROR, "Cellerna {cells} är sammanfogade.", "Markera dem och välj Sammanfoga och centrera > Dela upp celler, och skriv värdet i varje cell."),
    "text-for-lang": (WARNING, "Texten är {length} tecken lång; Excel rymmer högst 32 767 tecken i en cell.", "Korta texten. Bara de första 32 767 tecknen läses."),
    "fler-problem": (NOTE, "Ytterligare {count} problem i filen visas inte ({errors} fel, {warnings}).", "Rätta problemen ovan och kör igen, så visas resten."),
    "formel-utan-varde": (ERROR, "Cellen innehåller en formel som aldrig har räknats ut.", "Öppna arbetsboken i Excel, tryck F9 och spara, eller skriv in värdet i stället för formeln."),
    "extern-lank": (WARNING, "Arbetsboken hämtar värden från en annan fil ({detail}); värdena kan vara inaktuella.", "Ersätt länkade formler med värden (Kopiera, Klistra in special > Värden)."),
    # --- identity and plan ---
    "blad-saknas": (ERROR, "Bladet {name} saknas.{renamed}", "Bladen får inte byta namn eller tas bort. Byt tillbaka namnet till {name}."),
    "blad-olast": (WARNING, "Bladet läses inte av vplan: det som står här kommer inte med i uppföljningen.", "Skriv uppgifterna på bladen Nyckelresultat, Aktiviteter och Bedömning. Egna anteckningar får stå kvar här."),
    "blad-kopia": (WARNING, "Bladet är en kopia av bladet {original}: siffror som skrivs här används inte i uppföljningen.", "För över uppgifterna till bladet {original} och ta bort kopian."),
    "identitet-saknas": (ERROR, "Arbetsboken saknar sin dolda identitet och är inte skapad med vplan template.", NEW_TEMPLATE),
    "identitet-plan": (ERROR, "Arbetsboken hör till planen \"{found}\", inte till \"{expected}\".", "Använd arbetsboken för den aktuella planen. " + NEW_TEMPLATE),
    "identitet-version": (ERROR, "Arbetsboken är skapad med mallversion {found}; den här versionen av vplan läser version {expected}.", NEW_TEMPLATE),
    "mal-okant": (ERROR, "Arbetsboken gäller mål {goal}, som inte finns i planen.", "Kontrollera att arbetsboken hör till den här planen."),
    "enhet-okand": (ERROR, "Arbetsboken gäller enheten \"{unit}\", som inte finns i planen.", "Kontrollera att arbetsboken hör till den här planen."),
    "enhet-ej-i-mal": (ERROR, "Enheten {unit} ska enligt planen inte rapportera mål {goal}.", "Lägg till enheten under mål {goal} i planfilen, eller ta bort arbetsboken ur mappen."),
    "dubblett-arbetsbok": (ERROR, "Det finns en nyare arbetsbok för mål {goal}, {unit}: {other}. Den här används inte.", "Ta bort den här filen ur mappen om {other} är den rätta."),
    "arbetsbok-saknas": (ERROR, "Arbetsboken för mål {goal}, {unit} saknas.", "Påminn enheten om att lämna in {expected}.{named}"),
    "filnamn-avviker": (NOTE, "Filnamnet stämmer inte med innehållet, som gäller mål {goal}, {unit}.", "Filen läses efter sitt innehåll. Byt gärna namn till {expected}."),
    # --- sheet layout ---
    "rubrik-saknas": (ERROR, "Kolumnrubriken \"{heading}\" saknas på bladet.", "Skriv tillbaka rubriken exakt som i mallen på rubrikraden (rad {heading_row})."),
    "rubrikrad-saknas": (ERROR, "Hittar ingen rubrikrad med {headings}.", "Rubrikraden får inte raderas. " + NEW_TEMPLATE),
    "rubrik-dubblett": (ERROR, "Kolumnrubriken \"{heading}\" finns två gånger.", "Ta bort eller byt namn på den ena kolumnen."),
    # --- values ---
    "varde-saknas": (ERROR, "{field} saknas.", "Fyll i {field_lower}."),
    "status-skrivsatt": (WARNING, "\"{value}\" tolkas som {word}.", "Välj {word} i listan så försvinner varningen."),
    "status-okand": (ERROR, "\"{value}\" är inte {kind}.", "Välj {allowed}.{suggestion}"),
    "tal-som-text": (WARNING, "\"{value}\" är skrivet som text och tolkas som talet {number}.", "Skriv bara talet, utan mellanslag eller procenttecken."),
    "vikt-ogiltig": (ERROR, "Vikten {value} är inte större än 0.", "Skriv en vikt större än 0, t.ex. 1 eller 2. Tom cell betyder 1."),
    "tal-tvetydigt": (ERROR, "\"{value}\" kan läsas både som {decimals} och som {thousands}.", "Skriv talet som ett tal, inte som text: {decimals} eller {thousands}, utan punkt eller kommatecken som tusentalsavgränsare."),
    "tal-ogiltigt": (ERROR, "\"{value}\" är inte ett tal.", "Skriv ett tal, t.ex. 12,5. Förklaringar skrivs i kommentaren."),
    "datum-som-text": (WARNING, "\"{value}\" är skrivet som text och tolkas som {date}.", "Skriv datumet som 2026-04-30 i en datumcell."),
    "datum-ogiltigt": (ERROR, "\"{value}\" är inte ett datum.", "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-04-30."),
    "datum-ordning": (WARNING, "Klart senast ({due}) är före start ({start}).", "Kontrollera datumen."),
    "id-dubblett": (ERROR, "ID {value} finns redan på rad {first}.", "Ge varje rad ett eget ID, t.ex. {suggestion}."),
    "okant-nyckelresultat": (ERROR, "Aktiviteten pekar på nyckelresultat {value}, som inte finns på bladet Nyckelresultat.", "Skriv ID för ett befintligt nyckelresultat ({allowed})."),
    "status-utan-utfall": (WARNING, "Nyckelresultat {id} har status {status} men inget utfall för {period}.", "Fyll i utfallet, eller förklara i kommentaren varför det saknas."),
    "utfall-utan-status": (WARNING, "Nyckelresultat {id} har utfall men ingen status för {period}.", "Välj Grön, Gul eller Röd. Utan egen status räknas status ut från målvärdet."),
    "ej-rapporterad": (WARNING, "Nyckelresultat {id} saknar utfall och status för {period} och blir Ej rapporterad.", "Fyll i utfall och status, eller förklara i kommentaren."),
    "aktivitet-ej-rapporterad": (WARNING, "Aktivitet {id} saknar status för {period}.", "Välj en status i listan."),
    "bedomning-saknas": (WARNING, "{field} för {period} saknas.", "Fyll i {field_lower} på bladet Bedömning."),
    "prognos-saknas": (WARNING, "Prognosen för helåret saknas för {period}.", "Välj i kolumnen Prognos helår om målet bedöms uppfyllas vid årets slut: Uppfylls, Uppfylls delvis eller Uppfylls inte."),
    "bedomning-rad-saknas": (WARNING, "Raden för {period} saknas på bladet Bedömning.", "Skriv {period} i kolumnen Period på en tom rad och fyll i analys och bedömning."),
    "period-okand": (ERROR, "\"{value}\" är ingen period i planen.", "Skriv en av: {allowed}."),
    "period-dubblett": (ERROR, "{period} finns redan på rad {first}.", "Ta bort den ena raden eller för samman texterna."),
    "inga-nyckelresultat": (ERROR, "Bladet har inga nyckelresultat.", "Fyll i minst ett nyckelresultat."),
    # --- roll-up ---
    "status-avviker": (WARNING, "Nyckelresultat {id} har status {status} men utfallet ger {computed} för {period}: {reason}.", "Kontrollera utfall, målvärde och status, eller förklara avvikelsen i kommentaren."),
    "procent-som-andel": (WARNING, "Utfallet {value} för nyckelresultat {id} ser ut som en andel, men måttet är % och målvärdet {target}.", "Skriv 85 för 85 %. Utfallet räknas som det står."),
    "bedomning-utan-motivering": (ERROR, "Bedömningen {proposal} för {period} avviker från nyckelresultatens förslag {suggestion} men saknar motivering.", "Skriv en motivering i kolumnen Motivering, eller ändra bedömningen."),
    # --- the round with the units (vplan feedback) ---
    "enhet-utan-epost": (WARNING, "Enheten {unit} har ingen e-postadress i planen, så utkastet {draft} saknar mottagare.", "Skriv in mottagaren i utkastet, eller lägg till epost = \"...\" under enheten i planfilen."),
}

# Field names used in "{field} saknas" messages, by heading: (as a subject, in "Fyll i ...")
FIELD_NAMES = {
    "ID": ("ID", "ID"),
    "Nyckelresultat": ("Nyckelresultatets namn", "nyckelresultatets namn"),
    "Målvärde": ("Målvärde", "målvärde"),
    "Riktning": ("Riktning", "riktning"),
    "Aktivitet": ("Aktivitetens namn", "aktivitetens namn"),
    "Analys": ("Analys", "analys"),
    "Bedömning": ("Bedömning", "bedömning"),
}

# What the status-okand message calls each vocabulary
VOCABULARY_NAMES = {
    "kr-status": "en status",
    "aktivitetsstatus": "en aktivitetsstatus",
    "riktning": "en riktning",
    "bedomning": "en bedömning",
    "prognos": "en prognos",
}

def os_reason(error: OSError) -> str:
    """Why the operating system refused, in Swedish."""
    import errno

    if error.errno in (errno.EACCES, errno.EPERM):
        return DETAIL_NO_ACCESS
    if error.errno == errno.ENOSPC:
        return "disken är full"
    if error.errno == errno.ENOENT:
        return "filen eller mappen finns inte"
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        return "en del av sökvägen är en fil, inte en mapp"
    if error.errno == errno.EISDIR:
        return "det finns en mapp med samma namn"
    return "in- eller utmatningsfel"


def output_not_writable(path: Path, error: OSError) -> str:
    """An output file could not be written: where, why, and what to do about it."""
    import errno

    if error.errno == errno.ENOSPC:
        hint = OUTPUT_HINT_SPACE
    elif error.errno in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        hint = OUTPUT_HINT_ELSEWHERE
    else:
        hint = OUTPUT_HINT_LOCKED
    return OUTPUT_NOT_WRITABLE.format(path=path, reason=os_reason(error), hint=hint)


def seconds(count: float) -> str:
    """'1 sekund', '49 sekunder', '2,5 sekunder'."""
    return f"{count:g}".replace(".", ",") + (" sekund" if count == 1 else " sekunder")


# Details in file problems ("{detail}")
DETAIL_UNKNOWN_FORMAT = "okänt filformat"
DETAIL_PARTS = "{count} delar"
DETAIL_INFLATES = "{part} packar upp till {size}"
DETAIL_INFLATES_TOTAL = "packar upp till {size}"
DETAIL_NO_WORKBOOK_PART = "arbetsboksdelen saknas"
DETAIL_BROKEN_DEFLATE = "komprimerade data är trasiga"
DETAIL_BROKEN_ZIP = "zip-strukturen är trasig"
DETAIL_UNREADABLE = "kan inte tolkas"
DETAIL_NO_ACCESS = "behörighet saknas"
DETAIL_READ_ERROR = "läsfel"
WRONG_FORMATS = {
    ".xls": "äldre Excel-fil (.xls)",
    ".xlsm": "Excel-arbetsbok med makron (.xlsm)",
    ".xlsb": "binär Excel-arbetsbok (.xlsb)",
    ".ods": "OpenDocument-kalkylblad (.ods)",
    ".csv": "CSV-fil",
    ".numbers": "Numbers-fil",
}
LOCATION_CELL = "{sheet}!{cell}"
LOCATION_SHEET = "bladet {sheet}"
LOCATION_LINE = "rad {line}"
LOCK_OWNER = " ({owner} har arbetsboken öppen)"
RENAMED_SHEET = " Bladet \"{found}\" har samma rubrikrad och har troligen bytt namn."
LOCK_PROGRAMS = ("Excel", "LibreOffice")
MISSING_BUT_NAMED = " Filen {file} har det namnet men är inte arbetsboken för mål {goal}, {unit}; se problemen för den filen."
FOLDER_MISSING = "Mappen {folder} finns inte."
SUGGESTION = " Menade du {word}?"
OR = " eller "
AND = " och "

# What a plan value should look like, for the hint of plan-fel-typ ("Skriv {expected}.")
PLAN_EXPECTED_TEXT = "text inom citattecken"
PLAN_EXPECTED_DATE = "ett datum som 2026-04-30 (utan citattecken)"
PLAN_EXPECTED_MUNICIPALITY_CODE = 'kommunens kod från SCB som text med fyra siffror, t.ex. kommunkod = "2417"'
PLAN_EXPECTED_COMPARISONS = 'en lista med Kolada-id:n, t.ex. jamforelse = ["0000"] för riket'
PLAN_EXPECTED_KPIS = 'en lista med Koladas nyckeltals-id:n, t.ex. kolada = ["N03102"]'
PLAN_EXPECTED_YEAR = "ett årtal med fyra siffror utan citattecken, t.ex. 2026"
PLAN_EXPECTED_SHARE = "ett tal mellan 0 och 1, t.ex. 0.8"
PLAN_EXPECTED_GOAL_NUMBER = "ett heltal mellan 1 och 99"
PLAN_EXPECTED_UNIT_LIST = 'en lista som ["gva", "maltider"]'

# Command-line output
SUMMARY = "{files} {read}, {errors} fel, {warnings}, {missing} saknas."
WORKBOOKS_READ = ("arbetsbok läst", "arbetsböcker lästa")
WARNINGS = ("varning", "varningar")
WORKBOOKS_WRITTEN = ("arbetsbok skriven", "arbetsböcker skrivna")
NOT_COMPLETE = "Underlaget är inte komplett: {reported} av {total} nyckelresultat rapporterade för {period}."
SUMMARY_PERIOD = "Period: {period} (per {date})."
ALL_OK = "Inga fel hittades."
HAS_ERRORS = "Rätta felen ovan och kör vplan validate igen."
UNKNOWN_PERIOD = "Perioden \"{period}\" finns inte i planen. Välj en av: {allowed}."
PLAN_UNREADABLE = "Planfilen {path} kunde inte läsas ({reason})."
PLAN_NOT_UTF8 = "Planfilen {name} är inte sparad som UTF-8. Spara om den som UTF-8."
PLAN_UNPARSABLE = "Planfilen {name} kunde inte tolkas."
PLAN_HAS_ERRORS = "Planfilen {name} innehåller fel."
PLAN_NOT_FOUND = "Hittar ingen planfil. Ange den med --plan, eller lägg plan.toml i mappen {folder} eller mappen ovanför."
STATUS_HEADER = "{plan} · {period} (per {date})"
STATUS_SUMMARY = "Sammanfattning"
STATUS_HAS_ERRORS = "Det finns fel i underlaget. Kör vplan validate för att se dem per fil."
AREA_WIDE_GROUP = "Gemensamma mål för hela verksamhetsområdet"
PROGRESS_READING = "Läser arbetsböcker"
REPORT_WRITTEN = "Rapporten är skriven: {path}"
ALREADY_WRITTEN = "Det som redan är skrivet finns kvar: {paths}."
REPORT_NOT_WRITTEN = "Underlaget har fel, så ingen rapport skrevs. Rätta felen, eller skriv rapporten ändå med --tillat-fel (delarna med fel visas då som Ej rapporterad)."
TEMPLATE_NOT_WORD = "Mallen {template} är inget Word-dokument. Spara den som Word-dokument (.docx) i Word och försök igen."
TEMPLATE_BROKEN = "Mallen {template} kunde inte användas: {detail}. Kontrollera den med vplan check-template."
TEMPLATE_BREAKS_XML = ("dokumentet blir trasigt, troligen för att en tagg som {% if %} eller {% for %} börjar i ett "
                       "stycke eller en tabell och slutar i ett annat. Lägg taggens början och slut i samma stycke, "
                       "eller använd {%p %} och {%tr %} för hela stycken och tabellrader")
HTML_TEMPLATE_BROKEN = "Webbmallen {template} kunde inte användas: {detail}. Jämför den med vplans inbyggda mall (vplan_excel/report/templates/rapport.html)."
HTML_TEMPLATE_NOT_TEXT = "Webbmallen {template} är ingen textfil i UTF-8. Spara den som HTML i UTF-8 och försök igen."
LIBREOFFICE_MISSING = "PDF kräver LibreOffice, som inte är installerat. Installera det (Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui; Windows och macOS: libreoffice.org) och kör igen."
PDF_FAILED = "Kunde inte göra PDF av rapporten ({path}): {detail}."
PDF_TIMEOUT = "LibreOffice blev inte klart på {duration} och stoppades. Ge det mer tid med --pdf-tidsgrans, t.ex. --pdf-tidsgrans {longer}"
PDF_NO_FILE = "LibreOffice avslutades utan att skriva någon PDF (slutkod {code})"
PDF_SEE_OUTPUT = " LibreOffice egna felutskrifter visas med --verbose."
WHERE_PARAGRAPH = "stycke {number}"
WHERE_CELL = "tabell {table}, rad {row}, cell {cell}"
WHERE_HEADER = "sidhuvud {number}"
WHERE_FOOTER = "sidfot {number}"
WHERE_TEMPLATE = "mallen"
TAG_UNCLOSED = "\"{tag}\" saknar avslutande {closing}."
TAG_SYNTAX = "Taggen \"{tag}\" går inte att tolka (tekniskt: {detail})."
TAG_UNKNOWN = "Okänd tagg \"{tag}\". Tillåtna är for, if, set och cellbg, med p eller tr för stycken och tabellrader."
VARIABLE_UNKNOWN = "Okänd variabel {name}.{suggestion} Variablerna finns i README under Mallens variabler."
TEMPLATE_OK = "Mallen {template} går att använda."
TEMPLATE_PROBLEM = "{template}, {where}{text}: {message}"
TEMPLATES_WRITTEN = "{written} till {folder}."
ERRORS = ("fel", "fel")
REISSUE_BLANK = "{file}: ingen inlämnad arbetsbok att utgå från, så den skrevs tom."
REISSUE_REFUSED = ("{file} skrevs inte: den inlämnade arbetsboken har {errors}, t.ex. {place}{message} Rätta felen "
                   "(vplan validate {folder}) och kör igen.")
BASELINE_NEEDS_SOURCE = "--utgangslage-fran-utfall kräver --fran MAPP med förra årets arbetsböcker."
FILL_NOT_A_WORKBOOK = "{file} går inte att öppna som en Excel-arbetsbok (.xlsx)."
FILL_SHEET_MISSING = "{file} har inget blad {sheet}. Fyll bara i arbetsböcker som vplan template har skrivit."
FILL_NO_HEADINGS = "{file}, bladet {sheet}: rubrikraden hittades inte."
FILL_HEADING_MISSING = "{file}, bladet {sheet}: kolumnen \"{heading}\" saknas."
FILL_PERIOD_ROW_MISSING = "{file}, bladet {sheet}: det finns ingen rad för perioden {period}."
PRINT_FOOTER = "Mål {number} · {unit} · sida &P av &N"
TEMPLATE_EXISTS = "{path} finns redan. Använd --skriv-over för att ersätta den."

# vplan check-report: code -> (what is wrong, how to fix it). The fix says where in Word, and in the web template.
REPORT_CHECKS: dict[str, tuple[str, str]] = {
    "sprak-saknas": ("Dokumentets språk är inte angivet.",
                     "Word: Granska > Språk > Ange korrekturspråk, välj Svenska (Sverige) och klicka på Ange som "
                     "standard. Webbsidan: skriv <html lang=\"sv\">. PDF: gör om den från det rättade Word-dokumentet."),
    "titel-saknas": ("Dokumentet har ingen titel.",
                     "Word: Arkiv > Information > Egenskaper > Rubrik, skriv rapportens titel. Webbsidan: skriv titeln "
                     "i <title>."),
    "rubrik-tom": ("Rubriken är tom.",
                   "Skriv rubrikens text, eller ge det tomma stycket formatmallen Normal i stället för en rubrik."),
    "rubrik-hoppar": ("Rubriken \"{text}\" har nivå {level} direkt efter nivå {previous}: en nivå hoppas över.",
                      "Använd rubriknivåerna i ordning (Word: formatmallarna Rubrik 1, Rubrik 2, Rubrik 3 …); välj "
                      "Rubrik {expected} här, eller lägg till den saknade nivån ovanför."),
    "tabell-utan-rubrikrad": ("Tabellen{text} har ingen rubrikrad med rubrikceller.",
                              "Word: markera tabellens första rad, välj Tabellegenskaper > Rad och kryssa i Upprepa "
                              "som rubrikrad överst på varje sida. Webbsidan: använd <th scope=\"col\"> i första raden."),
    "tabell-utan-scope": ("Tabellens rubrikcell \"{text}\" säger inte om den gäller kolumnen eller raden (Scope).",
                          "Gör om PDF:en från Word-dokumentet med vplan merge --pdf; rubrikraden ska vara markerad "
                          "med Upprepa som rubrikrad."),
    "bild-utan-alt": ("Bilden{text} saknar alternativtext.",
                      "Word: högerklicka på bilden > Visa alternativtext och beskriv med ord vad bilden visar. "
                      "Webbsidan: skriv beskrivningen i bildens alt-attribut."),
    "lag-kontrast": ("Texten \"{text}\" har kontrasten {ratio}:1 ({colour} på {background}); minst 4,5:1 krävs.",
                     "Word: markera texten och välj en mörkare teckenfärg (Start > Teckenfärg), eller en ljusare "
                     "fyllning. Webbsidan: ändra färgen i stilmallen. Mörkblått #1F4E79 på vitt ger 9,4:1."),
    "lank-utan-text": ("Länken{text} har ingen text som säger vart den går.",
                       "Word: markera länken och skriv en text som beskriver målet (Infoga > Länk > Text att visa). "
                       "Webbsidan: skriv texten mellan <a> och </a>."),
    "pdf-ej-taggad": ("PDF:en är inte taggad, så en skärmläsare ser inga rubriker, tabeller eller bilder.",
                      "Gör PDF:en med vplan merge --pdf, eller i Word: Arkiv > Spara som > PDF > Alternativ och kryssa "
                      "i Dokumentstrukturtaggar för hjälpmedel."),
    "pdf-ua-saknas": ("PDF:en är inte märkt som PDF/UA (tillgänglig PDF).",
                      "Gör PDF:en med vplan merge --pdf, som märker den PDF/UA; i Word: Arkiv > Spara som > PDF > "
                      "Alternativ > PDF/A-kompatibel och Dokumentstrukturtaggar för hjälpmedel."),
}
CHECK_REPORT_FINDING = "{file}, {where}: {message} {hint}"
CHECK_REPORT_OK = "{file}: inga brister hittades ({checks})."
CHECK_REPORT_FOUND = "{file}: {findings}. Kontrollera också själv läsordningen och att alternativtexterna beskriver bilderna."
CHECK_REPORT_FINDINGS = ("brist", "brister")
CHECK_REPORT_CHECKED = ("språk, titel, rubriker, tabellernas rubrikceller, alternativtext, kontrast och länkar; "
                        "läsordning och alternativtexternas innehåll behöver en människa")
CHECK_REPORT_UNKNOWN_KIND = "{file} är varken .pdf, .docx eller .html. vplan check-report kontrollerar rapporter i de formaten."
CHECK_REPORT_UNREADABLE = "{file} kunde inte läsas som {kind}: {detail}."
CHECK_REPORT_NO_PDFINFO = ("Kontrollen av PDF kräver pdfinfo från Poppler, som inte är installerat. Installera det "
                           "(Debian/Ubuntu: sudo apt-get install poppler-utils) och kör igen.")
CHECK_REPORT_AFTER_MERGE = "Varning: tillgänglighetskontrollen av {file} hittade {findings}:"
WHERE_PARAGRAPH_TEXT = "stycke {number}"
WHERE_TABLE = "tabell {number}"
WHERE_IMAGE = "bild {number}"
WHERE_LINK = "länk {number}"
WHERE_HEADING = "rubrik {number}"
WHERE_LINE = "rad {line}, <{tag}>"
WHERE_STYLE = "stilmallen, regeln {selector}"
WHERE_DOCUMENT = "dokumentet"
SEVERITY_LABEL = {ERROR: "FEL", WARNING: "VARNING", NOTE: "NOTERING"}
OUTPUT_NOT_WRITABLE = "Kunde inte skriva {path} ({reason}). {hint}"
OUTPUT_HINT_LOCKED = "Är filen öppen i ett annat program, eller saknas behörighet till mappen?"
OUTPUT_HINT_ELSEWHERE = "Välj en annan plats med --out."
OUTPUT_HINT_SPACE = "Frigör utrymme på disken eller välj en annan plats med --out."

# Why a key result has its status (status.py); o = outcome, t = target, b = baseline
REASON_MET = "utfall {o} når målvärdet {t}"
REASON_NOT_MET = "utfall {o} når inte målvärdet {t}"
REASON_WAY = "av vägen från utgångsläget {b} till målvärdet {t}"
REASON_PROGRESS = "utfall {o} har nått {progress} {way}"
REASON_PROGRESS_SHORT = "utfall {o} har nått {progress} {way}, gul kräver {share}"
REASON_WRONG_WAY = "utfall {o} har gått åt fel håll från utgångsläget {b} (målvärde {t})"
REASON_SHARE_OF_TARGET = "utfall {o} når {share} av målvärdet {t}"
REASON_NOT_SHARE_OF_TARGET = "utfall {o} når inte {share} av målvärdet {t}"
REASON_WITHIN = "utfall {o} ligger högst {limit} från målvärdet {t}"
REASON_NOT_WITHIN = "utfall {o} ligger mer än {limit} från målvärdet {t}"
REASON_UNITS_OWN = "{status}: enhetens status ({why})"
REASON_NO_OUTCOME = "utfall saknas"
REASON_NOT_COMPUTABLE = "kan inte räknas fram"
REASON_AGREES = "{status}: {reason}"
REASON_DIFFERS = "{status}: enhetens status; beräknat {computed}, {reason}"
REASON_CALCULATED = "{status} (beräknad): {reason}"
REASON_NOT_REPORTED = "{status}: varken utfall eller status för {period}"

# Why a goal has its status (rules.py)
ADJECTIVES = {"Grön": ("grönt", "gröna"), "Gul": ("gult", "gula"), "Röd": ("rött", "röda")}  # one / several
GOAL_COUNT = "{green} av {reported} nyckelresultat {adjective}"
GOAL_SHARE_GREEN = "{detail}; {share} gröna"
GOAL_SHARE_GREEN_YELLOW = "{detail}, {share} gröna eller gula"
GOAL_SCORE = "{detail}; viktat värde {score}"
GOAL_COMPLETENESS = "{reported} av {total} nyckelresultat rapporterade"
GOAL_NOT_ASSESSED = "{status}: {completeness}, minst {minimum} krävs"
GOAL_TOO_FEW_UNITS = "{status}: arbetsböcker från {present} av {total} enheter, minst {minimum} krävs"
GOAL_BY_RULE = "{status}: {detail} (regel: {rule}){incomplete}"
GOAL_NO_ASSESSMENT = "{suggestion}: ingen bedömning lämnad, förslag från nyckelresultaten: {detail} (regel: bedömning){incomplete}"
GOAL_ASSESSMENT_AGREES = "{proposal}: målägarens bedömning, i linje med nyckelresultaten: {detail} (regel: bedömning){incomplete}"
GOAL_ASSESSMENT_DIFFERS = "{proposal}: målägarens bedömning; nyckelresultaten föreslår {suggestion}: {detail} (regel: bedömning){incomplete}"
GOAL_MOTIVATION = ". Motivering: {motivation}"

# The legend (teckenförklaring)
LEGEND_STATUSES = (
    "Grön {symbol_green}: utfallet når målvärdet. Gul {symbol_yellow}: utfallet har nått minst {yellow} av vägen från "
    "utgångsläget till målvärdet (utan utgångsläge: minst {yellow} av målvärdet). Röd {symbol_red}: längre från "
    "målet. Enhetens egen status gäller; saknas den räknas status ut och märks beräknad.",
    "Ej rapporterad {symbol_none}: varken utfall eller status har lämnats; räknas varken som uppnått eller ej uppnått.",
)
LEGEND_RULES = {
    "alla": "Regel alla: målet är uppfyllt när alla rapporterade nyckelresultat är gröna, ej uppfyllt när mer än "
            "{red} är röda, annars delvis uppfyllt.",
    "andel": "Regel andel: uppfyllt när minst {share_met} av nyckelresultaten är gröna, delvis uppfyllt när minst "
             "{share_partly} är gröna eller gula, annars ej uppfyllt.",
    "viktad": "Regel viktad: grön räknas 1, gul 0,5 och röd 0, vägt med nyckelresultatens vikt; uppfyllt från "
              "{score_met}, delvis uppfyllt från {score_partly}.",
    "bedömning": "Regel bedömning: målägarens samlade bedömning gäller, med stor vikt på utfallet av "
                 "nyckelresultaten; förslaget enligt regel alla redovisas bredvid, och en avvikande bedömning ska "
                 "motiveras.",
}
LEGEND_NOT_ASSESSED = ("Ej bedömd {symbol_not_assessed}: färre än {minimum} av målets nyckelresultat är rapporterade. "
                       "Ett mål där några nyckelresultat saknas bedöms på de rapporterade och märks ofullständigt.")

LEGEND_REPORT = (
    "Målens symboler: ● Uppfyllt, ◐ Delvis uppfyllt, ○ Ej uppfyllt, – Ej bedömd.",
    "Förändring: ↑ förbättrad, → oförändrad, ↓ försämrad jämfört med föregående uppföljning.",
    "Föregående: utfallet vid föregående uppföljning ({previous}). Utgångsläge, målvärde och utfall anges i "
    "nyckelresultatets mått, som står under dess namn.",
)
LEGEND_FORECAST = ("Prognos helår: målägarens bedömning vid delåret av om målet uppfylls vid årets slut "
                   "(Uppfylls, Uppfylls delvis eller Uppfylls inte).")
NOT_REPORTED_HEADING = "Ej rapporterat"

# Goal fulfilment and the report
AREA_WIDE_GOALS = "Gemensamma mål"
MISSING_WORKBOOKS = "; inte med: {units}"
MISSING_UNIT = "{unit} (arbetsboken saknas, antal nyckelresultat okänt)"
LEFT_OUT_UNIT = "{unit} (arbetsboken har fel; dess {count} nyckelresultat räknas som ej rapporterade)"
ANALYSIS_NOT_READABLE = "Analystexten {path} kunde inte läsas ({reason})."
ANALYSIS_NOT_UTF8 = "Analystexten {path} är inte sparad som UTF-8. Spara om den som text i UTF-8."
CAPPED_BY_MISSING = ", så målet kan högst vara delvis uppfyllt"
CALCULATED = " (beräknad)"
REPORT_TITLE = "{kind} {year}"
REPORT_ANNUAL = "Årsrapport"
REPORT_INTERIM = "Delårsrapport"
REPORT_INTERVAL = "{start}–{end}"
REPORT_DRAFT = "UTKAST – underlaget är ofullständigt ({reported} av {total} nyckelresultat rapporterade)"
REPORT_DRAFT_SHORT = "UTKAST"
REPORT_STATE_AT = "Läge per {date}"
REPORT_SUMMARY = "Per {date} är {parts} av {total} mål."
REPORT_OVERVIEW = "Målens läge per {date}{forecast}. Symbolerna och orden förklaras i teckenförklaringen nedan."
REPORT_OVERVIEW_FORECAST = " och målägarnas prognos för helåret"
REPORT_OVERVIEW_YEAR = "Målens läge vid varje uppföljning under året. Symbolerna och orden förklaras i teckenförklaringen nedan."
REPORT_CHART_CAPTION = "Måluppfyllelse per {date}, antal mål per del av verksamheten."
REPORT_DEVIATIONS = "Här finns varje nyckelresultat med status Röd och varje aktivitet som är försenad eller avbruten per {date}."
REPORT_NO_DEVIATIONS = "Inga avvikelser per {date}: inget nyckelresultat är rött och ingen aktivitet är försenad eller avbruten."
REPORT_DEVIATION_KR = "{id} {title}: {symbol} {status}, utfall {outcome} mot målvärdet {target}"
REPORT_DEVIATION_ACTIVITY = "Aktivitet {id} {title}: {status}"
REPORT_MEASURE = "Mått: {measure}"
REPORT_WARNINGS = "Varningar i underlaget som inte hindrar rapporten, per arbetsbok och slag. Enheterna rättar dem till nästa uppföljning."
REPORT_TOO_INCOMPLETE = ("Underlaget är för ofullständigt för en rapport: {reported} av {total} nyckelresultat är rapporterade "
                         "för {period}, och planen kräver minst {minimum} (min_rapporterade). Samla in det som saknas, "
                         "eller skriv ett utkast med --utkast.")
REPORT_MISSING_WORKBOOK = "arbetsboken saknas"
REPORT_WORKBOOK_HAS_ERRORS = "arbetsboken har fel och är inte med i rapporten"
# Goal statuses counted: (one goal, several or none), e.g. "1 uppfyllt", "3 uppfyllda"
GOAL_STATUS_WORDS = {
    "Uppfyllt": ("uppfyllt", "uppfyllda"),
    "Delvis uppfyllt": ("delvis uppfyllt", "delvis uppfyllda"),
    "Ej uppfyllt": ("ej uppfyllt", "ej uppfyllda"),
    "Ej bedömd": ("ej bedömt", "ej bedömda"),
}


def goals_counted(count: int, status: str) -> str:
    """'1 uppfyllt', '3 delvis uppfyllda', '0 ej bedömda'."""
    return f"{count} {GOAL_STATUS_WORDS[status][count != 1]}"
# Short names of the kinds of warning, for the report's table of accepted warnings
WARNING_KINDS = {
    "text-for-lang": "för lång text",
    "blad-olast": "blad som inte läses",
    "blad-kopia": "kopierat blad som inte läses",
    "enhet-utan-epost": "enhet utan e-postadress",
    "extern-lank": "värden från en annan fil",
    "status-skrivsatt": "status skriven för hand",
    "tal-som-text": "tal skrivet som text",
    "datum-som-text": "datum skrivet som text",
    "datum-ordning": "datum i fel ordning",
    "status-utan-utfall": "status utan utfall",
    "utfall-utan-status": "utfall utan status",
    "ej-rapporterad": "nyckelresultat ej rapporterat",
    "aktivitet-ej-rapporterad": "aktivitet utan status",
    "bedomning-saknas": "analys eller bedömning saknas",
    "prognos-saknas": "prognos saknas",
    "bedomning-rad-saknas": "rad på bladet Bedömning saknas",
    "status-avviker": "status avviker från utfallet",
    "procent-som-andel": "procent skriven som andel",
}
CHART_AXIS = "Antal mål"
CHART_ALT_TEXT = "Diagram över måluppfyllelsen {period} per del av verksamheten. {parts}."
WORKBOOK_TITLE = "Mål {number} – {unit} – {year}"
GOAL_HEADING = "Mål {number}: {title}"

# Workbook texts
INSTRUCTIONS_TITLE = "Instruktioner för uppföljning av verksamhetsmål"
INSTRUCTIONS = (
    "Den här arbetsboken gäller ett verksamhetsmål och en enhet. Fyll i den och lämna in den till administratören senast det datum som står nedan.",
    "Bladet Nyckelresultat: skriv ett nyckelresultat per rad med ID (t.ex. NR1), namn, mått (t.ex. %, antal, kr), utgångsläge, målvärde och riktning. Vikt är 1 om inget annat sägs.",
    "För varje uppföljning fyller ni i utfall, status och kommentar i kolumnerna för den perioden. Utfall skrivs som tal, utan enhet: 85 betyder 85 % om måttet är %.",
    "Bladet Aktiviteter: en aktivitet per rad, med ID (t.ex. A1), det nyckelresultat den ska påverka, ansvarig, datum och status per period.",
    "Bladet Bedömning: skriv per period en analys av läget, planerade åtgärder och er bedömning av målet. Vid delåren anger ni också en prognos: bedöms målet uppfyllas vid årets slut? Motivera om bedömningen avviker från nyckelresultaten.",
    "Välj alltid från listorna där sådana finns. Byt inte namn på bladen eller kolumnrubrikerna. Egna kolumner får läggas till i de tomma rubrikcellerna till höger om tabellen. Behövs fler rader: markera en rad i tabellen, högerklicka och välj Infoga rader.",
    "Använder ni LibreOffice: spara med Arkiv > Spara som, filtyp Excel 2007–365 (.xlsx), och svara Använd Excel 2007–365! på frågan om format.",
    "Arbetsboken läses av programmet vplan. Fel meddelas med filnamn, blad och cell, så att de är lätta att rätta.",
)
INSTRUCTIONS_VALUES = "Tillåtna värden"
INSTRUCTIONS_SENDER = "Lämna arbetsboken till"
INSTRUCTIONS_DEADLINES = "Uppföljningar och sista inlämningsdag"
INSTRUCTIONS_PERIOD_HEADINGS = ("Period", "Avser läget per", "Sista inlämningsdag")
LABEL_GOAL = "Mål {number}: {title}"
LABEL_INDICATOR = "KF-indikator: {indicator}"
LABEL_UNIT_YEAR = "Enhet: {unit} · År: {year} · {plan}"
# The band over a period's columns, and the same line at the top of every sheet
PERIOD_BAND = "{period} – läget per {date}"
PERIOD_DEADLINE = " · lämnas senast {date}"
PERIOD_NOW = "Uppföljning nu: {band}. Fyll i kolumnerna för {period}{sender}."
PERIOD_NOW_SENDER = " och lämna arbetsboken till {sender}"
PERIOD_ANY = "Fyll i kolumnerna för den period som följs upp; se bladet Instruktioner."
PERIOD_EARLIER = " (tidigare period, låst)"
# One line at the top of each sheet: what the colours mean
COLOURS_NOW = ("Färger: ljusblå = ska fyllas i för {period} (försvinner när rutan fylls i) · orange = bedömningen "
               "avviker från nyckelresultaten: skriv en motivering · grå = tidigare period, låst.")
COLOURS_ANY = "Färger: ljusblå = ska fyllas i (försvinner när rutan fylls i)."
INSTRUCTIONS_NOW = ("Den här gången: fyll i {period}, läget per {date}. Lämna arbetsboken{deadline}{sender}. "
                    "Börja i kolumnen Utfall {period} på bladet Nyckelresultat; tidigare perioder är låsta och "
                    "senare perioder är ihopfällda (+ ovanför kolumnerna).")
INSTRUCTIONS_NOW_DEADLINE = " senast {date}"
INSTRUCTIONS_NOW_SENDER = " till {sender}"
VALUE_LISTS = (
    ("Status (nyckelresultat)", "Grön = utfallet når målvärdet. Gul = utfallet har nått minst {yellow} av vägen från utgångsläget till målvärdet (utan utgångsläge: ligger högst {rest} från målvärdet). Röd = längre från målet."),
    ("Riktning", "Högre är bättre / Lägre är bättre"),
    ("Status (aktivitet)", "Ej påbörjad / Pågår / Klar / Försenad / Avbruten"),
    ("Bedömning (mål)", "Uppfyllt / Delvis uppfyllt / Ej uppfyllt"),
    ("Prognos helår", "Uppfylls / Uppfylls delvis / Uppfylls inte (vid delåren: läget vid årets slut)"),
    ("Tal", "Skriv tal utan enhet och mellanslag, med decimalkomma: 12,5"),
    ("Datum", "ÅÅÅÅ-MM-DD, t.ex. 2026-04-30"),
)
VALIDATION_PROMPTS = {
    "kr-status": ("Status", "Välj Grön, Gul eller Röd."),
    "aktivitetsstatus": ("Status", "Välj aktivitetens status i listan."),
    "riktning": ("Riktning", "Är ett högre eller lägre värde bättre?"),
    "bedomning": ("Bedömning", "Välj Uppfyllt, Delvis uppfyllt eller Ej uppfyllt."),
    "prognos": ("Prognos helår", "Bedöms målet uppfyllas vid årets slut? Välj Uppfylls, Uppfylls delvis eller Uppfylls inte."),
    "tal": ("Tal", "Skriv ett tal utan enhet, med decimalkomma, t.ex. 12,5."),
    "vikt": ("Vikt", "Hur mycket nyckelresultatet väger mot de andra när målet räknas med regeln viktad. Tom cell = 1; 2 väger dubbelt. Måste vara större än 0."),
    "id": ("ID", "Ett kort ID per rad, t.ex. NR1 eller A1. Samma ID får inte stå på två rader."),
    "matt": ("Mått", "Enheten för utgångsläge, målvärde och utfall, t.ex. %, antal, kr eller dagar."),
    "kommentar": ("Kommentar", "Förklara kort vad som hänt, och varför ett värde saknas om det saknas."),
    "analys": ("Analys", "Hur är läget för målet, och vad förklarar resultaten? Krävs för perioden som följs upp."),
    "motivering": ("Motivering", "Krävs när er bedömning avviker från det nyckelresultaten föreslår; cellen blir då orange."),
    "kr-id": ("Nyckelresultat (ID)", "Välj ID för det nyckelresultat som aktiviteten ska påverka, t.ex. NR1."),
    "datum": ("Datum", "Skriv ett datum, t.ex. 2026-04-30."),
}
VALIDATION_ERRORS = {
    "lista": ("Ogiltigt värde", "Välj {allowed} i listan."),
    "tal": ("Inte ett tal", "Skriv ett tal utan enhet, med decimalkomma, t.ex. 12,5."),
    "vikt": ("Ogiltig vikt", "Vikten måste vara ett tal större än 0, med decimalkomma, t.ex. 1 eller 1,5."),
    "kr-id": ("Okänt nyckelresultat", "ID:t finns inte på bladet Nyckelresultat. Välj ett ID i listan."),
    "datum": ("Inte ett datum", "Skriv ett datum, t.ex. 2026-04-30."),
}

# click's own texts (help headings, usage errors) in Swedish, keyed by click's English msgid
CLICK_TEXTS = {
    "Usage:": "Användning:",
    "Options": "Alternativ",
    "Commands": "Kommandon",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "Error: {message}": "Fel: {message}",
    "Try '{command} {option}' for help.": "Skriv '{command} {option}' för hjälp.",
    "Missing argument": "Argument saknas",
    "Missing option": "Alternativ saknas",
    "Missing parameter": "Parameter saknas",
    "Missing command.": "Kommando saknas.",
    "Missing {param_type}": "{param_type} saknas",
    "No such command {name!r}.": "Kommandot {name!r} finns inte.",
    "No such option {name!r}.": "Alternativet {name!r} finns inte.",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "Option {name!r} does not take a value.": "Alternativet {name!r} tar inget värde.",
    "Option {name!r} requires an argument.": "Alternativet {name!r} kräver ett värde.",
    "Aborted!": "Avbrutet!",
    "default: {default}": "standard: {default}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} finns inte.",
    "{name} {filename!r} is a directory.": "{name} {filename!r} är en mapp.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil.",
    "{name} {filename!r} is not readable.": "{name} {filename!r} går inte att läsa.",
    "{name} {filename!r} is not writable.": "{name} {filename!r} går inte att skriva till.",
    "file": "Filen",
    "directory": "Mappen",
    "path": "Sökvägen",
    "Got unexpected extra argument ({args})": "Oväntat extra argument ({args})",
    "Got unexpected extra arguments ({args})": "Oväntade extra argument ({args})",
    "{value!r} is not {choice}.": "{value!r} är inte {choice}.",
    "{value!r} is not one of {choices}.": "{value!r} är inte något av {choices}.",
    "{value!r} is not a valid {number_type}.": "{value!r} är inte ett heltal.",  # only IntRange options so far
    "{value} is not in the range {range}.": "{value} ligger utanför det tillåtna intervallet {range}.",
    "{value!r} does not match the format {format}.": "{value!r} är inget datum i formen ÅÅÅÅ-MM-DD.",  # --rapportdatum
    "Did you mean {possibility}?": "Menade du {possibility}?",
    "(Did you mean one of: {possibilities}?)": "(Menade du något av: {possibilities}?)",
}


# The round with the units: the marked copy (vplan feedback)
TO_FIX_TITLE = "Att rätta i {file} – {period}"
TO_FIX_INTRO = ("Rätta det som står nedan: klicka på cellen i kolumnen Cell för att gå dit. De markerade cellerna har "
                "en kommentar med samma text. Spara och lämna tillbaka arbetsboken. Det här bladet och kommentarerna "
                "kan ligga kvar; vplan läser dem inte.")
TO_FIX_HEADINGS = ("Typ", "Blad", "Cell", "Problem", "Så rättar du")
NOTE_AUTHOR = "vplan"
COPY_CHANGED = "{file} har ändrats sedan den lästes. Kör kommandot igen."
COPY_UNREADABLE = "{file} går inte att öppna för att markera felen ({detail})."

# The e-mail drafts (vplan feedback)
THINGS = ("sak", "saker")  # "1 sak", "3 saker"
GOALS_WORD = "mål"
AND = " och "
DEADLINE = " senast {date}"
SUBJECT_TO_FIX = "{period}: {things} att rätta i {goals}{deadline}"
SUBJECT_MISSING = "{period}: lämna in {workbooks} för {goals}{deadline}"
SUBJECT_BOTH = "{period}: {things} att rätta i {goals}, {workbooks} för {missing} att lämna in{deadline}"
SUBJECT_RECEIPT = "{period}: tack, allt är inlämnat och utan fel"
WORKBOOKS = ("arbetsboken", "arbetsböckerna")  # one, several
GREETING = "Hej {name}!"
GREETING_NO_NAME = "Hej!"
BODY_TO_FIX = ("Tack för {workbooks} till {period}. När vi kontrollerade {them} hittade vi {things} att rätta. "
               "Rätta i {copies}: cellerna är markerade och har en kommentar, och bladet Att rätta listar allt med "
               "länkar till cellerna. Spara och skicka tillbaka {it}{deadline}.")
BODY_COPIES = ("den bifogade kopian", "de bifogade kopiorna")
BODY_THEM = ("den", "dem")
BODY_IT = ("arbetsboken", "arbetsböckerna")
BODY_MISSING = ("Vi har inte fått {workbooks} för {goals} till {period}. Fyll i {attached} och lämna in {them}"
                "{deadline}.")
BODY_ATTACHED = ("den bifogade arbetsboken", "de bifogade arbetsböckerna")
BODY_RECEIPT = "Tack, allt är inlämnat och utan fel för {period}."
BODY_FILE = "{file} (mål {goal})"
BODY_MISSING_FILE = "{file} (mål {goal}: {title})"
SIGN_OFF = "Hälsningar"

# What vplan feedback wrote (standard output)
FEEDBACK_OUT_NOT_EMPTY = "Mappen {folder} finns redan och är inte tom. Välj en ny mapp eller använd --skriv-over."
FEEDBACK_OUT_INSIDE = "Utmappen {out} ligger i {folder}, så kopiorna skulle läsas in som arbetsböcker. Välj en mapp utanför {folder}."
FEEDBACK_LINE = "{draft} ({unit}): {parts}"
FEEDBACK_TO_FIX = "{things} att rätta ({copies})"
FEEDBACK_MISSING = "påminnelse, {workbooks} för {goals} saknas"
FEEDBACK_RECEIPT = "kvitto, allt är inlämnat och utan fel"
FEEDBACK_COPIES = ("{count} markerad kopia", "{count} markerade kopior")
FEEDBACK_SUMMARY = "{drafts} skrivna till {folder}: {to_fix} med saker att rätta, {reminders} med påminnelse, {receipts} kvitton."
FEEDBACK_DRAFTS = ("{count} utkast", "{count} utkast")
FEEDBACK_NOTHING = "Ingen enhet har något att rätta eller lämna in. Inga utkast skrivna (kvitton till alla med --alla)."
FEEDBACK_UNASSIGNED = "Filer med fel som inte hör till någon enhet och inte finns i utkasten: {files}. Se dem med vplan validate."


def counted(count: int, forms: tuple[str, str]) -> str:
    """'1 sak', '3 saker', '0 saker' from ("sak", "saker") (one; several or none); forms with {count}
    are filled in instead."""
    form = forms[count != 1]
    return form.format(count=count) if "{count}" in form else f"{count} {form}"


def listed(words: list[str]) -> str:
    """'3', '3 och 4', '3, 4 och 5'."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + AND + words[-1]

# The submission board (vplan submissions)
BOARD_HEADER = "Inlämning · {period} (sista inlämningsdag {deadline})"
BOARD_HEADER_NO_DEADLINE = "Inlämning · {period}"
BOARD_GOAL = "Mål"
BOARD_FOLLOW_UP = "Att följa upp:"
BOARD_DETAIL = "Mål {goal}, {unit}: {state}{counts}{file}{handed_in}{contact}"
BOARD_COUNTS = " ({errors} fel, {warnings})"
BOARD_WARNINGS = ("varning", "varningar")
BOARD_HANDED_IN = ", inlämnad {time} ({timing})"
BOARD_SUMMARY = "{expected} arbetsböcker väntas: {done} klara, {warnings} med varningar, {errors} med fel, {missing} saknas{late}."
BOARD_LATE = "; {count} inlämnade efter sista dagen"
BOARD_SHEET = "Inlämning"
BOARD_HEADINGS = ("Enhet", "Mål", "Läge", "Fel", "Varningar", "Inlämnad", "I tid", "Fil", "Kontakt", "E-post")
BOARD_WRITTEN = "Inlämningstavlan är skriven: {path}"

# The analysts' export (vplan export)
EXPORT_KEY_RESULTS_SHEET = "Nyckelresultat"
EXPORT_ACTIVITIES_SHEET = "Aktiviteter"
EXPORT_GOALS_SHEET = "Mål"
EXPORT_OUTCOME = "Utfall {period}"
EXPORT_KEY_RESULT_HEADINGS = ("Period", "Mål", "Enhet", "Enhets-id", "ID", "Nyckelresultat", "Mått", "Utgångsläge",
                              "Målvärde", "Riktning", "Vikt")  # then one Utfall per period, then the rest
EXPORT_KEY_RESULT_TAIL = ("Enhetens status", "Beräknad status", "Status", "Skäl", "Kommentar", "Trend", "Fil",
                          "Blad", "Cell")
EXPORT_ACTIVITY_HEADINGS = ("Period", "Mål", "Enhet", "Enhets-id", "ID", "Aktivitet", "Nyckelresultat", "Ansvarig",
                            "Start", "Klart senast", "Status", "Kommentar", "Fil", "Blad", "Cell")
EXPORT_GOAL_HEADINGS = ("Period", "Mål", "Titel", "Avdelning", "KF-indikator", "Regel", "Status", "Skäl",
                        "Förslag enligt nyckelresultaten", "Föregående status", "Trend", "Rapporterade", "Totalt",
                        "Komplett", "Saknade enheter")
EXPORT_YES, EXPORT_NO = "Ja", "Nej"
EXPORT_COMMON_GOALS = "Gemensamma mål"
EXPORT_WRITTEN = "Underlaget är skrivet: {paths}"
EXPORT_SUFFIX = "Filen {path} ska sluta på .xlsx eller .csv."
EXPORT_HAS_ERRORS = "Underlaget har fel; delarna med fel är med som de lästes. Visa felen med vplan validate."

# The revisor's archive (vplan archive)
ARCHIVE_WRITTEN = "Arkivet är skrivet: {path}"
ARCHIVE_OUT_INSIDE = "Arkivet {out} ligger i {folder}, så det skulle läsas in som underlag nästa gång. Välj en plats utanför {folder}."
ARCHIVE_CHANGED = "{file} har ändrats sedan mappen lästes. Kör vplan archive igen."
ARCHIVE_USAGE = "Ange MAPP och --out för att skriva ett arkiv, eller --check ARKIV för att kontrollera ett."
ARCHIVE_NOT_AN_ARCHIVE = "{path} är inget arkiv från vplan archive ({reason})."
ARCHIVE_NO_MANIFEST = "manifest.json saknas eller går inte att läsa"
ARCHIVE_UNREADABLE = "{path} kan inte läsas som zip-fil ({detail})."
ARCHIVE_REFUSED = "{path} kontrolleras inte: {reason}."
ARCHIVE_TOO_LARGE = "arkivet är orimligt stort ({detail})"
ARCHIVE_DUPLICATE = "arkivet innehåller {detail} två gånger"
ARCHIVE_OUTSIDE = "arkivet innehåller sökvägen {detail}, som pekar utanför arkivet"
ARCHIVE_SAME = "Samma resultat: {goals} och {key_results} får samma status och skäl med vplan {version} som i arkivet (vplan {archived}, {created})."
ARCHIVE_GOALS = ("mål", "mål")
ARCHIVE_KEY_RESULTS = ("nyckelresultat", "nyckelresultat")
ARCHIVE_DIFFERENT = "Olika resultat: {count} med vplan {version} mot arkivet (vplan {archived}, {created}):"
ARCHIVE_DIFFERENCES = ("skillnad", "skillnader")
DIFF_CHECKSUM = "{file}: innehållet stämmer inte med kontrollsumman i manifestet (filen är ändrad efter arkiveringen)."
DIFF_FILE_MISSING = "{file}: finns i manifestet men inte i arkivet."
DIFF_FILE_EXTRA = "{file}: finns i arkivet men inte i manifestet."
DIFF_GOAL_STATUS = "Mål {goal}: status {archived} i arkivet, {now} nu."
DIFF_GOAL_REASON = "Mål {goal}: skälet i arkivet är \"{archived}\", nu \"{now}\"."
DIFF_KEY_RESULT_STATUS = "Mål {goal}, {unit}, {id}: status {archived} i arkivet, {now} nu."
DIFF_KEY_RESULT_REASON = "Mål {goal}, {unit}, {id}: skälet i arkivet är \"{archived}\", nu \"{now}\"."
DIFF_KEY_RESULT_GONE = "Mål {goal}, {unit}, {id}: finns i arkivet men inte nu."
DIFF_KEY_RESULT_NEW = "Mål {goal}, {unit}, {id}: finns nu men inte i arkivet."
DIFF_PROBLEM_GONE = "Problemet finns i arkivet men inte nu: {problem}"
DIFF_PROBLEM_NEW = "Problemet finns nu men inte i arkivet: {problem}"

# KF-indikatorer from Kolada (vplan kolada, and the report's tables)
KOLADA_CACHE_BROKEN = "Kolada-cachen {path} går inte att läsa ({detail}). Hämta den igen med vplan kolada, eller ta bort filen."
KOLADA_NOTHING_MAPPED = "Planen {plan} har inga nyckeltal från Kolada. Skriv kommunkod = \"2417\" under [plan] och kolada = [\"N03102\"] under de mål vars KF-indikator finns i Kolada."
KOLADA_NO_MUNICIPALITY = "Planen {plan} har ingen kommunkod. Skriv kommunkod = \"2417\" (kommunens kod från SCB) under [plan]."
KOLADA_BAD_YEARS = "\"{value}\" är inga år. Skriv ett år (2025) eller ett intervall (2021-2025), högst {most} år."
KOLADA_BAD_URL = "\"{url}\" är ingen webbadress. Skriv t.ex. https://api.kolada.se/v3."
KOLADA_HTTP = "Kolada svarade med fel {status} för {url}. Försök igen senare; den tidigare hämtningen ({cache}) är orörd."
KOLADA_NETWORK = "Kolada gick inte att nå ({reason}) för {url}. Kontrollera nätverket och adressen (--kolada-url); den tidigare hämtningen ({cache}) är orörd."
KOLADA_TIMEOUT = "Kolada svarade inte inom {seconds} för {url}. Försök igen senare; den tidigare hämtningen ({cache}) är orörd."
KOLADA_MALFORMED = "Kolada svarade med något som inte är väntad JSON för {url} ({detail}). Den tidigare hämtningen ({cache}) är orörd."
KOLADA_TOO_MANY_PAGES = "Kolada svarade med fler än {pages} sidor för {url}. Den tidigare hämtningen ({cache}) är orörd."
KOLADA_NO_CACHE = "ingen"
KOLADA_UNKNOWN_KPI = "VARNING: Kolada känner inte till nyckeltalet {kpi} (mål {goals}). Kontrollera id:t i planen."
KOLADA_TITLE_CHANGED = "VARNING: Nyckeltalet {kpi} heter nu \"{now}\" i Kolada, förut \"{before}\". Kolada kan ha ändrat definitionen: kontrollera att det fortfarande mäter KF-indikatorn."
KOLADA_WRITTEN = "Kolada-cachen är skriven: {path} ({kpis}, {areas}, år {years})."
KOLADA_KPIS = ("nyckeltal", "nyckeltal")
KOLADA_AREAS = ("område", "områden")
KOLADA_COUNTRY = "Riket"
KOLADA_GROUP = "Kommungrupp {id}"
KOLADA_SOURCE = "Källa: Kolada, hämtat {date}."
KOLADA_OLD_CACHE = "Värdena hämtades {date}, före periodens slut {end}; kör vplan kolada igen för de senaste."
KOLADA_AREA_HEADING = "Område"
KOLADA_TABLE_HEADING = "{kpi} {title}"
