/**
 * What a shell script in a workflow or in the repository does that pulls code from outside:
 * download-and-run (`curl … | sh`) and package installs that do not come from a lockfile.
 * Read from the text, line by line (continuations joined); every pattern is linear.
 * The rules follow OpenSSF Scorecard's Pinned-Dependencies (checks/raw/shell_download_validate.go).
 */

export interface ScriptLine {
  /** 1-based line in the script where the logical line starts. */
  line: number
  text: string
}

/** Logical lines: backslash continuations joined, comments and blank lines dropped. */
export function logicalLines(script: string): ScriptLine[] {
  const out: ScriptLine[] = []
  const raw = script.split('\n')
  for (let i = 0; i < raw.length; i++) {
    const start = i
    let text = raw[i]!
    while (/\\\s*$/.test(text) && i + 1 < raw.length) text = text.replace(/\\\s*$/, ' ') + raw[++i]!
    const trimmed = text.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    out.push({ line: start + 1, text: trimmed })
  }
  return out
}

const FETCH = String.raw`(?:curl|wget|fetch|http|iwr|irm|Invoke-WebRequest|Invoke-RestMethod)`
const INTERPRETER = String.raw`(?:(?:ba|z|k|da|fi|c|tc)?sh|python[0-9.]*|perl|ruby|node|php|pwsh|powershell|iex|Invoke-Expression)`
/** `curl … | sh`, `wget -O- … | sudo bash -s --`, `irm … | iex`. */
const PIPE_TO_INTERPRETER = new RegExp(
  String.raw`(?:^|[\s;&|(])${FETCH}\b[^|]*\|\s*(?:sudo(?:\s+-\S+)*\s+)?(?:env(?:\s+\w+=\S*)*\s+)?(?:\S*/)?${INTERPRETER}(?:\s|$|;|\))`,
)
/** `bash <(curl …)`, `sh -c "$(curl …)"`, `iex (iwr …)`, `. <(curl …)`. */
const RUN_FETCHED = new RegExp(
  String.raw`(?:^|[\s;&|])(?:(?:\S*/)?(?:ba|z|k)?sh|source|\.)\s+(?:-\S+\s+)*<\(\s*${FETCH}\b|(?:^|[\s;&|])(?:\S*/)?(?:(?:ba|z|k)?sh|python[0-9.]*)\s+-c\s+["']?\$\(\s*${FETCH}\b|\b(?:iex|Invoke-Expression)\s*\(?\s*(?:\(\s*)?(?:New-Object|${FETCH})\b`,
)

export interface DownloadRun {
  line: number
  command: string
}

/** Lines that download code and run it in one go, without a checksum or signature in between. */
export function downloadAndRun(script: string): DownloadRun[] {
  return logicalLines(script)
    .filter((l) => l.text.length <= 4000 && (PIPE_TO_INTERPRETER.test(l.text) || RUN_FETCHED.test(l.text)))
    .map((l) => ({ line: l.line, command: clip(l.text) }))
}

export type InstallVerdict = 'pinned' | 'unpinned' | 'unknown'

export interface PackageInstall {
  line: number
  command: string
  tool: string
  verdict: InstallVerdict
  /** Why: what makes it pinned, unpinned, or what could not be seen. */
  why: string
}

/** What the classifier needs to know about the repository: files it can read (requirements files). */
export interface InstallContext {
  /** Text of a repository file (relative path), or undefined when absent or unreadable. */
  read(path: string): string | undefined
  /** Whether a file exists in the repository. */
  exists(path: string): boolean
}

/** Package installs in a CI script and whether each comes from a lockfile or pins by hash. */
export function packageInstalls(script: string, context: InstallContext): PackageInstall[] {
  const out: PackageInstall[] = []
  for (const l of logicalLines(script)) {
    if (l.text.length > 4000) continue
    for (const command of simpleCommands(l.text)) {
      const found = classify(command, context)
      if (found) out.push({ line: l.line, command: clip(command.join(' ')), ...found })
    }
  }
  return out
}

/** Words of each simple command on a line (split at && || ; | and newlines), without sudo, env assignments and `python -m`. */
export function simpleCommands(text: string): string[][] {
  const out: string[][] = []
  // an expression is one word, whatever spaces it holds: ${{ inputs.version }}
  const joined = text.replace(/\$\{\{[^}]{0,500}\}\}/g, (m) => m.replace(/\s+/g, ''))
  for (const part of joined.split(/&&|\|\||;|\|/)) {
    let words = part.trim().split(/\s+/).filter(Boolean)
    words = words.map((w) => w.replace(/^["'(]+|["')]+$/g, ''))
    while (words.length > 0 && (/^\w+=/.test(words[0]!) || ['sudo', 'env', 'time', 'exec', 'then', 'do', 'else', '{'].includes(words[0]!)))
      words = words.slice(1)
    // `python -m pip install`, `python3 -m pip install`, `uv pip install`
    if (words.length > 2 && /^(?:\S*\/)?(?:python[0-9.]*|py)$/.test(words[0]!) && words[1] === '-m') words = words.slice(2)
    if (words[0] === 'uv' && words[1] === 'pip') words = words.slice(1)
    if (words.length > 0) out.push(words)
  }
  return out
}

type Found = Omit<PackageInstall, 'line' | 'command'>

const basename = (w: string): string => w.replace(/^.*\//, '')
const GIT_SHA = /^[0-9a-f]{40}$/i

function classify(words: string[], context: InstallContext): Found | undefined {
  const tool = basename(words[0]!)
  const sub = words[1]
  const args = words.slice(2)
  switch (tool) {
    case 'npm':
      if (sub === 'ci' || sub === 'clean-install') return { tool, verdict: 'pinned', why: 'npm ci installs exactly package-lock.json' }
      if (sub && ['install', 'i', 'install-test', 'it', 'update', 'up', 'add'].includes(sub)) {
        const gitPinned = args.filter((a) => !a.startsWith('-')).every((a) => /#[0-9a-f]{40}$/i.test(a))
        if (args.some((a) => !a.startsWith('-')) && gitPinned) return { tool, verdict: 'pinned', why: 'git dependency at a commit' }
        return { tool, verdict: 'unpinned', why: `npm ${sub} resolves versions anew; npm ci installs the lockfile` }
      }
      return undefined
    case 'pip':
    case 'pip3':
      return sub === 'install' ? pipInstall(tool, args, context) : undefined
    case 'pipx':
      return sub === 'install'
        ? { tool, verdict: 'unpinned', why: "pipx install checks no hashes, and resolves the tool's dependencies anew" }
        : undefined
    case 'yarn': {
      const install = sub === undefined || sub === 'install' || sub.startsWith('-')
      if (sub === 'add' || (sub === 'global' && words[2] === 'add'))
        return { tool, verdict: 'unpinned', why: 'yarn add resolves a new version' }
      if (!install) return undefined
      if (words.some((w) => w === '--frozen-lockfile' || w === '--immutable'))
        return { tool, verdict: 'pinned', why: 'the lockfile is frozen' }
      if (context.exists('.yarnrc.yml') || /^__metadata:/m.test(context.read('yarn.lock') ?? ''))
        return { tool, verdict: 'pinned', why: 'Yarn 2+ installs with --immutable in CI' }
      return { tool, verdict: 'unpinned', why: 'Yarn 1 without --frozen-lockfile may change yarn.lock' }
    }
    case 'pnpm':
      if (sub === 'add') return { tool, verdict: 'unpinned', why: 'pnpm add resolves a new version' }
      if (sub === 'install' || sub === 'i') {
        if (words.includes('--no-frozen-lockfile'))
          return { tool, verdict: 'unpinned', why: '--no-frozen-lockfile lets pnpm change the lockfile' }
        return { tool, verdict: 'pinned', why: 'pnpm installs with --frozen-lockfile in CI' }
      }
      return undefined
    case 'go': {
      if ((sub !== 'install' && sub !== 'get') || args.length === 0) return undefined
      const pkgs = args.filter((a) => !a.startsWith('-') && /\w+\.\w+\/\w+/.test(a))
      if (pkgs.length === 0) return undefined
      const unpinned = pkgs.filter((p) => !/@(v\d+\.\d+\.\d+\S*|[0-9a-f]{40})$/.test(p))
      return unpinned.length === 0
        ? { tool, verdict: 'pinned', why: 'module at an exact version (checked against go.sum and the checksum database)' }
        : { tool, verdict: 'unpinned', why: `${unpinned[0]} is not at an exact version` }
    }
    case 'cargo': {
      if (sub !== 'install') return undefined
      const locked = args.includes('--locked')
      const versioned = args.some((a) => a === '--version' || a.startsWith('--version=') || /^[\w-]+@\d/.test(a)) || args.includes('--path')
      if (args.includes('--path') && locked) return { tool, verdict: 'pinned', why: 'local crate with its Cargo.lock' }
      if (locked && versioned) return { tool, verdict: 'pinned', why: '--locked and an exact version' }
      return {
        tool,
        verdict: 'unpinned',
        why: locked ? 'no --version: takes the newest release' : 'without --locked it resolves dependencies anew',
      }
    }
    case 'gem':
      return sub === 'install' ? { tool, verdict: 'unpinned', why: 'gem install resolves versions without a lockfile' } : undefined
    case 'composer':
      if (sub === 'require' || sub === 'update' || (sub === 'global' && words[2] === 'require'))
        return { tool, verdict: 'unpinned', why: `composer ${sub} resolves versions anew` }
      if (sub === 'install') return { tool, verdict: 'pinned', why: 'composer install installs composer.lock' }
      return undefined
    default:
      return undefined
  }
}

/** A wheel or source archive on disk (built earlier in the job): Scorecard accepts these as pinned. */
const ARCHIVE = /\.(whl|tar\.gz|zip)$/
/** A folder of the checkout: its own dependencies are resolved anew unless --no-deps. */
const LOCAL_FOLDER = /^\.{1,2}(\/|$|\[)|^[\w.-]+\/[^:@]*$/
const PINNED_VCS = (p: string): boolean => /^(git|svn|hg|bzr)\+/.test(p) && GIT_SHA.test(p.split('@').pop()!.split('#')[0]!)

/** Options of pip and uv pip that take the next word as their value. */
const PIP_VALUE_OPTIONS = new Set(
  '-c --constraint -i --index-url --extra-index-url -f --find-links -t --target --group --python -p --prefix --root -C --config-settings --platform --python-version --implementation --abi --src --progress-bar --trusted-host --cert --client-cert --cache-dir --proxy --retries --timeout --exists-action --log --report -d --resolution --index-strategy --python-platform --override --overrides --build-constraint -b --extra --upgrade-package -P --reinstall-package'.split(
    ' ',
  ),
)

function pipInstall(tool: string, args: string[], context: InstallContext): Found {
  if (args.includes('--require-hashes')) return { tool, verdict: 'pinned', why: '--require-hashes' }
  const files: string[] = []
  const packages: string[] = []
  let editable = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '-r' || a === '--requirement') {
      if (args[i + 1]) files.push(args[++i]!)
    } else if (a.startsWith('--requirement=')) files.push(a.slice('--requirement='.length))
    else if (/^-r\S/.test(a)) files.push(a.slice(2))
    else if (a === '-e' || a === '--editable') editable = true
    else if (PIP_VALUE_OPTIONS.has(a)) i++
    else if (!a.startsWith('-')) packages.push(a)
  }
  const noDeps = args.includes('--no-deps')
  // --no-index: everything comes from local folders (--find-links), built or committed, not from an index
  if (args.includes('--no-index')) return { tool, verdict: 'pinned', why: '--no-index: only local files, no package index' }
  const remote = packages.filter((p) => !(ARCHIVE.test(p) || LOCAL_FOLDER.test(p) || PINNED_VCS(p)))
  const variable = remote.find((p) => p.startsWith('$'))
  if (variable) return { tool, verdict: 'unknown', why: `${variable} is named by a variable; what it installs could not be seen` }
  if (remote.length > 0) return { tool, verdict: 'unpinned', why: `${remote[0]} without a hash` }
  if (!noDeps && files.length === 0 && packages.some((p) => LOCAL_FOLDER.test(p) && !ARCHIVE.test(p)))
    return {
      tool,
      verdict: 'unpinned',
      why: editable
        ? 'an editable install resolves its dependencies anew (add --no-deps)'
        : 'a local install resolves its dependencies anew (add --no-deps)',
    }
  for (const f of files) {
    if (f.includes('$')) return { tool, verdict: 'unknown', why: `the requirements file ${f} is named by a variable` }
    const text = context.read(f.replace(/^\.\//, ''))
    if (text === undefined)
      return { tool, verdict: 'unknown', why: `${f} is not in the repository (generated in CI?); its hashes could not be seen` }
    const reqs = requirementLines(text)
    if (reqs.length === 0) return { tool, verdict: 'unknown', why: `${f} names no requirements of its own (only options or other files)` }
    if (!reqs.every((r) => /--hash[= ]sha256:/.test(r))) return { tool, verdict: 'unpinned', why: `${f} has requirements without --hash` }
  }
  if (files.length > 0) return { tool, verdict: 'pinned', why: 'every requirement carries a hash (pip checks them)' }
  if (packages.length > 0) return { tool, verdict: 'pinned', why: 'local package or wheel without dependencies' }
  return { tool, verdict: 'unpinned', why: 'pip install without --require-hashes' }
}

/** Requirement lines of a requirements file: continuations joined, comments and options dropped. */
function requirementLines(text: string): string[] {
  return text
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.replace(/(^|\s)#.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('-'))
}

const clip = (s: string): string => (s.length > 160 ? `${s.slice(0, 159)}…` : s)
