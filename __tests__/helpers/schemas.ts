import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { compileSchema } from '../../src/core/schema-validator.js'
import type { Report } from '../../src/core/report.js'
import { PROJECT_ROOT } from './repo.js'

/** The published report schema; every report a test produces is validated against it. */
export const validateReport = compileSchema<Report>(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/report.schema.json'), 'utf8')))
