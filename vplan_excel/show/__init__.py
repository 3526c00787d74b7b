"""What validate and status print: text for people, JSON for scripts."""
