#!/usr/bin/env node
'use strict';
// The CLI runs its TypeScript sources through tsx, so `glossa` needs no build step and
// always matches the code that the tests exercise.
require('tsx/cjs/api').register();
require('../cli/bin.ts');
