//! Practice sessions, mistakes review and progress.
