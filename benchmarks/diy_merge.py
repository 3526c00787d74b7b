"""The peer of vplan merge: the script an analyst would write instead (run as a whole process by
bench_merge.py): pandas.read_excel (openpyxl) of every sheet of every workbook, the key results'
rows for the period collected, rendered into a one-table docxtpl template.

Usage: python benchmarks/diy_merge.py FOLDER PERIOD_NAME TEMPLATE OUT
"""

import sys
from pathlib import Path

import pandas as pd
from docxtpl import DocxTemplate

folder, period_name, template, out = sys.argv[1:]
rows = []
for path in sorted(Path(folder).glob("*.xlsx")):
    sheets = pd.read_excel(path, sheet_name=None, header=None, engine="openpyxl")
    frame = sheets["Nyckelresultat"]
    frame.columns = frame.iloc[5]  # the heading row is row 6
    frame = frame.iloc[6:].dropna(subset=["ID"])
    for _, row in frame.iterrows():
        rows.append({
            "fil": path.name,
            "id": row["ID"],
            "namn": row["Nyckelresultat"],
            "utfall": "" if pd.isna(row[f"Utfall {period_name}"]) else row[f"Utfall {period_name}"],
            "status": "" if pd.isna(row[f"Status {period_name}"]) else row[f"Status {period_name}"],
        })
document = DocxTemplate(template)
document.render({"period": period_name, "rows": rows})
document.save(out)
