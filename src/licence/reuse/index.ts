/** REUSE specification 3.3: per-file copyright and licensing information, and the project lint. */
export {
  lintReuse,
  lintReuseWithAllFiles,
  type ReuseLint,
  type ReuseLintJson,
  type ReuseFile,
  type ReuseProblem,
  type SourcedValue,
} from './lint.js'
export { extractTags, type ExtractedTags } from './tags.js'
export { parseReuseToml, type ReuseToml, type Precedence } from './reuse-toml.js'
export { parseDep5, DEP5_PATH } from './dep5.js'
export { reuseReportSection } from './report-section.js'
export type { ReuseReportSection } from '../../core/report.js'
