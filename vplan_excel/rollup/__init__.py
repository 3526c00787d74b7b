"""Goal fulfilment: key-result status, goal rules, and the FollowUp that every output reads."""
