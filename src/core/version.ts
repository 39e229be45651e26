import pkg from '../../package.json' with { type: 'json' }

export const TOOL_NAME = 'ois-ready'
export const TOOL_VERSION: string = pkg.version
/** Where each check's README is published, for SARIF help links and `explain`. */
export const DOCS_BASE = `https://github.com/ois-ready/ois-ready/blob/v${pkg.version}`
/** Where bugs are reported: the issues of the repository package.json names. */
export const ISSUES_URL = `${pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '')}/issues`
