"""The peer of vplan validate: a bare python-calamine read of every sheet of every workbook in a
folder, and nothing else (run as a whole process by bench_validate.py).

Usage: python benchmarks/bare_read.py FOLDER
"""

import sys
from pathlib import Path

from python_calamine import CalamineWorkbook

rows = 0
for path in sorted(Path(sys.argv[1]).glob("*.xlsx")):
    workbook = CalamineWorkbook.from_path(str(path))
    for name in workbook.sheet_names:
        rows += len(workbook.get_sheet_by_name(name).to_python())
print(rows)
