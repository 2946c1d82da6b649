// The build's last step, after tsc: the command is made executable, and the shipped templates are
// compiled (dist/back/templates.precompiled.json and .cjs, see src/back/precompile.ts) so that no
// shipped template is parsed while a command runs.
import { chmodSync, writeFileSync } from 'node:fs';
import { DEFAULT_TEMPLATES_DIR } from '../dist/back/templates.js';
import { PRECOMPILED_CJS, PRECOMPILED_JSON, precompileTemplates } from '../dist/back/precompile.js';

chmodSync(new URL('../dist/cli/main.js', import.meta.url), 0o755);
const { json, cjs } = precompileTemplates(DEFAULT_TEMPLATES_DIR);
writeFileSync(PRECOMPILED_JSON, json);
writeFileSync(PRECOMPILED_CJS, cjs);
