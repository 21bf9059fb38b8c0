#!/usr/bin/env node
// A committed launcher, not dist/bin.js itself: npm links and marks a bin executable only at install,
// when a fresh clone has no dist yet, and every build recreates dist without the execute bit.
import '../dist/bin.js';
