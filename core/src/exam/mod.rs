//! Exam blueprints (rules as data), assembly, the session state machine and its clock.
