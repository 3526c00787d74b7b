"""Reading filled-in workbooks: container safety, cell values, one workbook, a folder, completeness."""
