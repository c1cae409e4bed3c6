"""Who is in front of the mirror: identity, sessions, recognition, enrolment, PINs."""
