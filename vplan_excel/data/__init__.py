"""What leaves or enters besides the report: the analysts' export, the revisor's archive, Kolada."""
