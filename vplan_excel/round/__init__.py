"""The round with the units: marked copies and e-mail drafts (vplan feedback), the submission board."""
