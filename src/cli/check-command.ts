/** `ois-ready check`: run the core on a repository, write the outputs, sign when a key is given. */
import { isAbsolute, relative, resolve } from 'node:path'
import { readFileSync } from 'node:fs'
import { ciEnvironment } from '../core/ci-environment.js'
import { SIGNING_KEY_ENV, signingKeyFromFile, signingKeyFromText } from '../attest/signing-key-source.js'
import type { PrivateSigningKey } from '../attest/keys.js'
import { checkRepository, outputFolderIgnore } from '../pipeline/check-repository.js'
import { UsageError } from '../core/errors.js'
import { writeOutputs } from '../core/output-folder.js'
import type { OutputContent } from '../core/document.js'
import { registry } from '../pipeline/registry.js'
import type { FailOn } from '../core/report.js'
import { renderConsole } from '../report/console.js'
import { renderJson } from '../report/json.js'
import { OUTPUT_FILES, OUTPUT_SET, renderOutputs } from '../pipeline/outputs.js'
import { EXIT, type Io } from './io.js'

export interface CheckCommandOptions {
  config?: string
  outputDir: string
  failOn: FailOn
  format: 'text' | 'json'
  quiet?: boolean
  sign: 'auto' | 'key' | 'sigstore' | 'none'
  /** With sign sigstore: the services and the trusted root (defaults: Sigstore's public-good instance). */
  fulcioUrl?: string
  rekorUrl?: string
  trustedRoot?: string
  /** Also write codeclimate.json (GitLab's Code Quality report). */
  codeQuality?: boolean
  signingKey?: string
  validDays: number
  network?: boolean
  allowHost?: string[]
  /** Offline vulnerability database folder. */
  vulndb?: string
  /** The OSV API's address (a mirror). */
  osvApi?: string
  /** Only these checks run. */
  checks?: string[]
  /** The code-scanning category of results.sarif. */
  sarifCategory?: string
}

export async function runCheckCommand(
  path: string,
  opts: CheckCommandOptions,
  io: Io,
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  // Load the key before checking anything, so that a bad key fails fast and nothing is half-done.
  const key = resolveKey(opts, env)
  const unknown = (opts.checks ?? []).filter((id) => !registry.some((c) => c.meta.id === id))
  if (unknown.length) throw new UsageError(`--checks: no check ${unknown.join(', ')}; \`ois-ready list\` shows the checks`)
  const identityToken = opts.sign === 'sigstore' ? env[SIGSTORE_TOKEN_ENV] : undefined
  if (opts.sign === 'sigstore' && !identityToken)
    throw new UsageError(
      `--sign sigstore needs the CI job's OIDC token in ${SIGSTORE_TOKEN_ENV}: on GitLab, add \`id_tokens: ${SIGSTORE_TOKEN_ENV}: aud: sigstore\` to the job`,
    )
  const trustedRoot = opts.trustedRoot ? readTrustedRoot(opts.trustedRoot) : undefined
  const root = resolve(path)
  const out = resolve(opts.outputDir)
  // in a CI job that checks its own checkout, the forge says where the repository is and which ref runs
  const ci = ciEnvironment(env)
  const inCheckout = ci?.workspace !== undefined && resolve(ci.workspace) === root
  const within = relative(ci?.workspace ? resolve(ci.workspace) : process.cwd(), root)
    .split('\\')
    .join('/')
  const pathPrefix = within && !within.startsWith('..') && !isAbsolute(within) ? within : ''
  const progress = opts.quiet
    ? undefined
    : io.isTTY
      ? (message: string) => io.stderr(`\r\x1b[2K${message}`)
      : (message: string, transient: boolean) => {
          if (!transient) io.stderr(`${message}\n`)
        }
  const result = await checkRepository({
    path: root,
    failOn: opts.failOn,
    ignore: outputFolderIgnore(root, out),
    network: opts.network ?? false,
    // with --network, the organisation's community files and GitHub Releases are read through the GitHub API, with a token when the environment has one
    ...(opts.network && (env.GITHUB_TOKEN || env.GH_TOKEN) ? { github: { token: (env.GITHUB_TOKEN || env.GH_TOKEN)! } } : {}),
    allowHosts: opts.allowHost ?? [],
    ...(opts.vulndb || opts.osvApi
      ? {
          vulnerabilityData: {
            ...(opts.vulndb ? { database: resolve(opts.vulndb) } : {}),
            ...(opts.osvApi ? { osvApi: opts.osvApi } : {}),
          },
        }
      : {}),
    ...(opts.checks?.length ? { only: opts.checks } : {}),
    ...(opts.config ? { configPath: opts.config } : {}),
    ...(inCheckout && ci?.repositoryUrl ? { repositoryUrl: ci.repositoryUrl } : {}),
    ...(inCheckout && ci?.ref ? { ref: ci.ref } : {}),
    ...(progress ? { onProgress: progress } : {}),
  })
  if (progress && io.isTTY) io.stderr('\r\x1b[2K')
  const files: Record<string, OutputContent> = renderOutputs(result.report, registry, {
    ...(opts.sarifCategory ? { sarifCategory: opts.sarifCategory } : {}),
    ...(opts.codeQuality ? { codeQuality: pathPrefix ? { pathPrefix } : {} } : {}),
  })
  const reportJson = files[OUTPUT_FILES.report] as string
  const sbom =
    result.sbomBytes && result.report.sbom
      ? { bytes: result.sbomBytes, name: result.report.sbom.file, format: result.report.sbom.format }
      : undefined
  if (sbom) files[sbom.name] = sbom.bytes
  let signedAs: string | undefined
  if (key) {
    // the signer and the badge renderer (its font tables) are loaded only for a signed run
    const { attestWithKey } = await import('../attest/attest-run.js')
    const attested = attestWithKey({
      report: result.report,
      reportJson,
      key,
      validDays: opts.validDays,
      ...(sbom ? { sbom } : {}),
    })
    Object.assign(files, attested.files)
  } else if (identityToken) {
    const { attestKeyless } = await import('./keyless.js')
    const signed = await attestKeyless({
      report: result.report,
      reportJson,
      identityToken,
      validDays: opts.validDays,
      ...(sbom ? { sbom } : {}),
      ...(opts.fulcioUrl ? { fulcioURL: opts.fulcioUrl } : {}),
      ...(opts.rekorUrl ? { rekorURL: opts.rekorUrl } : {}),
      ...(trustedRoot ? { trustedRoot } : {}),
    })
    Object.assign(files, signed.files)
    signedAs = signed.howToVerify
  } else if (!opts.quiet && opts.sign === 'auto')
    io.stderr('not signed: no signing key given (--signing-key or OIS_READY_SIGNING_KEY); no attestation or badge written\n')
  const written = writeOutputs(out, files, { repository: root, ...OUTPUT_SET })
  if (opts.format === 'json') io.stdout(renderJson(result.report))
  else if (!opts.quiet) {
    io.stdout(renderConsole(result.report))
    if (key) io.stdout(`Signed with key ${key.keyid.slice(0, 16)}… (${key.algorithm})\n`)
    if (signedAs) io.stdout(`${signedAs}\n`)
    io.stdout(`Wrote ${Object.keys(written).sort().join(', ')} to ${relative(process.cwd(), out) || '.'}\n`)
  }
  return result.report.passed ? EXIT.ok : EXIT.failed
}

/** The variable GitLab's `id_tokens:` (and cosign) use for the job's OIDC token with audience sigstore. */
export const SIGSTORE_TOKEN_ENV = 'SIGSTORE_ID_TOKEN'

function readTrustedRoot(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new UsageError(`--trusted-root ${path} is missing or not JSON (${(error as Error).message.slice(0, 200)})`)
  }
}

function resolveKey(opts: CheckCommandOptions, env: NodeJS.ProcessEnv): PrivateSigningKey | undefined {
  if (opts.sign === 'none' || opts.sign === 'sigstore') return undefined
  const fromEnv = env[SIGNING_KEY_ENV]
  // the key stays in memory only: not in the environment that git inherits
  delete env[SIGNING_KEY_ENV]
  const key = opts.signingKey ? signingKeyFromFile(opts.signingKey) : fromEnv ? signingKeyFromText(fromEnv, SIGNING_KEY_ENV) : undefined
  if (!key && opts.sign === 'key')
    throw new UsageError(`--sign key needs a key: --signing-key FILE or the ${SIGNING_KEY_ENV} environment variable`)
  return key
}
