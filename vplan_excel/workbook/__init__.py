"""The Excel contract in both directions: where things stand on the sheets, writing the workbooks."""
