#!/usr/bin/env node
// The CLI runs from an esbuild bundle (see scripts/bundle.mjs): start-up time.
import '../dist/bundle/bin.js';
