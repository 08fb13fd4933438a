#!/usr/bin/env node
'use strict';
// Runs a TypeScript entry (benchmarks, scripts) with tsx: node bin/run-ts.cjs FILE [ARGS].
const { resolve } = require('node:path');
require('tsx/cjs/api').register();
const file = process.argv[2];
process.argv.splice(1, 2, resolve(file));
require(resolve(file));
