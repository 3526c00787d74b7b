"""The formal report: template context, Word document, PDF, chart and the report-template check."""
