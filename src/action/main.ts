/** The GitHub Action: inputs -> core -> outputs folder, job summary, annotations, step outputs. */
import { isAbsolute, relative, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import { checkRepository, outputFolderIgnore } from '../pipeline/check-repository.js'
import { ConfigError, internalErrorLine, UsageError, type ConfigProblem } from '../core/errors.js'
import { renderConfigErrorMarkdown } from '../report/markdown.js'
import { SEVERITY_ORDER, findingSeverity, levelPhrase, type Severity } from '../report/severity.js'
import { printable } from '../core/printable.js'
import { writeOutputs } from '../core/output-folder.js'
import { registry } from '../pipeline/registry.js'
import type { Report } from '../core/report.js'
import type { OutputContent } from '../core/document.js'
import { OUTPUT_FILES, OUTPUT_SET, renderOutputs } from '../pipeline/outputs.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { publish } from './publish.js'
import { attestWithKey } from '../attest/attest-run.js'
import { ATTESTATION_FILE } from '../attest/attestation-file.js'
import { attestWithSigstore, tokenClaims } from '../attest/attest-sigstore.js'
import { PREDICATE_TYPE } from '../attest/statement.js'
import type { SerializedBundle } from '@sigstore/bundle'
import * as github from '@actions/github'
import { readFileSync } from 'node:fs'
import { signingKeyFromText } from '../attest/signing-key-source.js'
import { ciEnvironment, FORGE_NAMES, type CiEnvironment } from '../core/ci-environment.js'

export async function run(): Promise<void> {
  // annotations and SARIF locations are relative to the workspace; the repository may be a folder in it
  let prefix = ''
  try {
    const inputs = readInputs()
    const root = resolve(inputs.path)
    const out = resolve(inputs.outputDir)
    // the forge whose runner this is: GitHub, or Forgejo and Gitea, whose runners set GITHUB_* too (their own server, their own API)
    // (an Action runs only on a runner of the GitHub kind, so GITHUB_ACTIONS is taken as set)
    const ci = ciEnvironment({ GITHUB_ACTIONS: 'true', ...process.env }) ?? { forge: 'github', serverUrl: 'https://github.com' }
    const onGitHub = ci.forge === 'github'
    const inWorkspace = relative(process.cwd(), root).split(sep).join('/')
    prefix = inWorkspace && !inWorkspace.startsWith('..') && !isAbsolute(inWorkspace) ? `${inWorkspace}/` : ''
    const result = await core.group('Check the repository', () =>
      checkRepository({
        path: root,
        failOn: inputs.failOn,
        ignore: outputFolderIgnore(root, out),
        network: inputs.network,
        ...(inputs.vulndb ? { vulnerabilityData: { database: resolve(inputs.vulndb) } } : {}),
        // the organisation's community files (SECURITY.md, CONTRIBUTING.md, ...) and the GitHub Releases through the API of the forge the job runs on
        // (only on GitHub: a Forgejo or Gitea API is not GitHub's, and its token is for it alone; those checks then say unknown)
        ...(onGitHub
          ? {
              github: {
                ...(inputs.githubToken ? { token: inputs.githubToken } : {}),
                serverUrl: ci.serverUrl,
                ...(ci.githubApiUrl ? { apiUrl: ci.githubApiUrl } : {}),
              },
            }
          : {}),
        ...(inputs.config ? { configPath: inputs.config } : {}),
        ...(ci.repositoryUrl ? { repositoryUrl: ci.repositoryUrl } : {}),
        ...(ci.ref ? { ref: ci.ref } : {}),
        onProgress: (message, transient) => (transient ? core.debug(message) : core.info(message)),
      }),
    )
    const { report } = result
    // two runs on one commit (a monorepo's packages) need two categories, or the second replaces the first's alerts
    const category = inputs.category ?? (prefix ? `ois-ready/${prefix.replace(/\/$/, '')}` : 'ois-ready')
    const files = renderOutputs(report, registry, { sarifUriPrefix: prefix, sarifCategory: category })
    const sbom =
      result.sbomBytes && report.sbom ? { bytes: result.sbomBytes, name: report.sbom.file, format: report.sbom.format } : undefined
    const signed = await core.group('Sign the attestation', () => sign(inputs, ci, report, files[OUTPUT_FILES.report]!, sbom))
    if (signed) Object.assign(files, signed.files)
    const written = await core.group('Write the outputs and the job summary', async () => {
      const paths = writeOutputs(out, { ...files, ...(sbom ? { [sbom.name]: sbom.bytes } : {}) }, { repository: root, ...OUTPUT_SET })
      for (const path of Object.values(paths)) core.info(path)
      await writeSummary(files[OUTPUT_FILES.summary]!)
      return paths
    })
    annotate(report, inputs.maxAnnotations, prefix)
    core.setOutput('level', String(report.level))
    core.setOutput('passed', String(report.passed))
    core.setOutput('report-path', written[OUTPUT_FILES.report])
    core.setOutput('sarif-path', written[OUTPUT_FILES.sarif])
    core.setOutput('summary-path', written[OUTPUT_FILES.summary])
    core.setOutput('sarif-category', category)
    if (report.sbom && written[report.sbom.file]) core.setOutput('sbom-path', written[report.sbom.file])
    core.setOutput('licence', report.licence?.expression ?? '')
    core.setOutput('signer', signed?.signer ?? 'none')
    if (signed && written[ATTESTATION_FILE]) {
      core.setOutput('attestation-path', written[ATTESTATION_FILE])
      core.setOutput('badge-path', written['badge.svg'])
      core.info(signed.howToVerify)
      if (signed.bundle && inputs.storeAttestation && onGitHub) {
        const bundle = signed.bundle
        const id = await core.group('Store the attestation on GitHub', () => storeAttestation(bundle, inputs))
        if (id) core.setOutput('attestation-id', id)
      }
      if ((inputs.publish.release || inputs.publish.branch) && !onGitHub) {
        core.warning(
          `Not published: publish uses GitHub's API, and this runner is ${FORGE_NAMES[ci.forge]}'s; the attestation and badge are in ${out} (upload them as an artifact).`,
        )
      } else if (inputs.publish.release || inputs.publish.branch) {
        if (!inputs.githubToken) core.warning('Not published: the github-token input is empty.')
        else {
          const token = inputs.githubToken
          const published = await core.group('Publish the attestation and badge', () =>
            publish(
              token,
              inputs.publish,
              {
                [ATTESTATION_FILE]: files[ATTESTATION_FILE]!,
                'badge.svg': files['badge.svg']!,
                'badge.json': files['badge.json']!,
                [OUTPUT_FILES.report]: files[OUTPUT_FILES.report]!,
              },
              report.repository.commit,
            ),
          )
          if (published.release) core.setOutput('published-release', published.release)
          if (published.branch) core.setOutput('published-commit', published.branch)
        }
      }
    } else if (inputs.publish.release || inputs.publish.branch) {
      core.warning('Not published: only signed attestations are published, and this run was not signed.')
    }
    core.info(`OIS-ready ${levelPhrase(report)}; outputs in ${out}`)
    if (!report.passed) {
      const blocking = report.levels.find((l) => l.level === report.policy.failOn)?.blocking ?? []
      core.setFailed(
        `OIS-ready level ${report.level} reached, but fail-on requires level ${report.policy.failOn}. ` +
          `Fix or exempt: ${blocking.join(', ')} (details in the job summary and ${OUTPUT_FILES.report}), or lower the fail-on input.`,
      )
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      annotateConfig(error.problems, prefix)
      await writeSummary(renderConfigErrorMarkdown(error.problems))
      core.setFailed(`Invalid ois-ready configuration; nothing was checked or signed. Fix:\n${error.message}`)
    } else if (error instanceof UsageError) core.setFailed(error.message)
    else {
      // the stack trace is in the debug log (re-run the job with debug logging to see it)
      core.debug((error instanceof Error && error.stack) || String(error))
      core.setFailed(`ois-ready: ${internalErrorLine(error, 're-run the job with debug logging for the stack trace')}`)
    }
  }
}

interface Signed {
  signer: 'key' | 'sigstore'
  files: Record<string, string>
  bundle?: SerializedBundle
  howToVerify: string
}

/**
 * Signs as the sign input says. auto: keyless when the workflow can mint an OIDC token,
 * with the key when one is given, otherwise unsigned with a warning.
 */
async function sign(
  inputs: ActionInputs,
  ci: CiEnvironment,
  report: Report,
  reportJson: string,
  sbom?: { bytes: OutputContent; name: string; format: string },
): Promise<Signed | undefined> {
  // Sigstore's public-good Fulcio accepts GitHub's tokens, not a Forgejo or Gitea instance's: there auto
  // signs keylessly only with a Fulcio of one's own (sigstore-fulcio-url)
  const keyless = inputs.oidcAvailable && (ci.forge === 'github' || inputs.sigstore.fulcioURL !== undefined)
  const mode = inputs.sign === 'auto' ? (keyless ? 'sigstore' : inputs.signingKey ? 'key' : 'none') : inputs.sign
  if (mode === 'none') {
    if (inputs.sign === 'auto') {
      core.warning(
        'Not signed: no OIDC token (add `permissions: id-token: write` for keyless signing) and no signing-key input, so no attestation or badge was written.',
      )
    }
    return undefined
  }
  if (mode === 'key') {
    const key = signingKeyFromText(inputs.signingKey ?? '', 'the signing-key input')
    const { files } = attestWithKey({ report, reportJson, key, validDays: inputs.validDays, ...(sbom ? { sbom } : {}) })
    return {
      signer: 'key',
      files,
      howToVerify: `Signed with key ${key.keyid} (${key.algorithm}); verify with: ois-ready verify ${ATTESTATION_FILE} --key <public key>`,
    }
  }
  const identityToken = await core.getIDToken('sigstore')
  const issuer = String(tokenClaims(identityToken).iss ?? '')
  const server = ci.serverUrl
  const trustedRoot = inputs.sigstore.trustedRootPath ? JSON.parse(readFileSync(inputs.sigstore.trustedRootPath, 'utf8')) : undefined
  const { files, bundle, verification } = await attestWithSigstore({
    report,
    reportJson,
    ...(sbom ? { sbom } : {}),
    validDays: inputs.validDays,
    identityToken,
    ...(inputs.sigstore.fulcioURL ? { fulcioURL: inputs.sigstore.fulcioURL } : {}),
    ...(inputs.sigstore.rekorURL ? { rekorURL: inputs.sigstore.rekorURL } : {}),
    ...(trustedRoot ? { trustedRoot } : {}),
    identityRegexp: `${server.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/.+`,
    issuer,
  })
  const identity = verification.signer?.type === 'sigstore' ? verification.signer.identity : ''
  core.setOutput('certificate-identity', identity)
  return {
    signer: 'sigstore',
    files,
    bundle,
    howToVerify: `Signed keylessly as ${identity}; verify with: ois-ready verify ${ATTESTATION_FILE} --trusted-root trusted_root.json --certificate-identity '${identity}' --certificate-oidc-issuer ${issuer}`,
  }
}

/** Stores the bundle through the GitHub attestations API, so `gh attestation verify` finds it; a refusal is a warning. */
async function storeAttestation(bundle: SerializedBundle, inputs: ActionInputs): Promise<string | undefined> {
  const repository = process.env.GITHUB_REPOSITORY
  if (!inputs.githubToken || !repository) {
    core.warning('The attestation was not stored on GitHub: no github-token input or GITHUB_REPOSITORY.')
    return undefined
  }
  const [owner, repo] = repository.split('/') as [string, string]
  try {
    const octokit = github.getOctokit(inputs.githubToken, process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {})
    const response = await octokit.request('POST /repos/{owner}/{repo}/attestations', {
      owner,
      repo,
      bundle: bundle as unknown as Record<string, unknown>,
    })
    const id = String((response.data as { id?: unknown }).id ?? '')
    core.info(
      `Stored the attestation on GitHub (id ${id}); verify with: gh attestation verify ${OUTPUT_FILES.report} --repo ${owner}/${repo} --predicate-type ${PREDICATE_TYPE} (report.json is one of its subjects)`,
    )
    return id
  } catch (error) {
    const status = (error as { status?: number }).status
    core.warning(
      `The attestation was not stored on GitHub (${status ?? (error as Error).message})${status === 403 || status === 404 ? ': add `permissions: attestations: write` to the job' : ''}. It is still in ${ATTESTATION_FILE}.`,
    )
    return undefined
  }
}

/**
 * File/line annotations with the severities of SARIF (::error for what blocks the required level,
 * ::warning above it, ::notice for warnings and what could not be checked), capped: what blocks the
 * required level first, then by level; a notice says how many more there are.
 */
function annotate(report: Report, max: number, prefix: string): void {
  const all = report.checks.flatMap((check) =>
    check.exemption
      ? []
      : check.findings.flatMap((finding) => {
          const severity = findingSeverity(report, check, finding)
          return severity ? [{ check, finding, severity }] : []
        }),
  )
  all.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.check.level - b.check.level || (a.check.id < b.check.id ? -1 : 1),
  )
  for (const { check, finding, severity } of all.slice(0, max)) {
    const props: core.AnnotationProperties = { title: `ois-ready ${check.id} (level ${check.level})` }
    if (finding.location) {
      props.file = `${prefix}${finding.location.path}`
      if (finding.location.startLine) props.startLine = finding.location.startLine
      if (finding.location.endLine) props.endLine = finding.location.endLine
    }
    const unknown = finding.status === 'unknown'
    const message = finding.remediation ? `${finding.message}\n${unknown ? 'To check it' : 'Fix'}: ${finding.remediation}` : finding.message
    ANNOUNCE[severity](message, props)
  }
  if (all.length > max)
    core.notice(`${all.length - max} more ois-ready finding(s) not annotated; see the job summary and ${OUTPUT_FILES.report}.`)
}

const ANNOUNCE: Record<Severity, (message: string, props: core.AnnotationProperties) => void> = {
  error: (m, p) => core.error(m, p),
  warning: (m, p) => core.warning(m, p),
  note: (m, p) => core.notice(m, p),
}

/** Each problem of an invalid configuration as an error at its file, line and column (relative to the workspace when the file is in it). */
function annotateConfig(problems: readonly ConfigProblem[], prefix: string): void {
  for (const p of problems) {
    const props: core.AnnotationProperties = { title: 'ois-ready configuration' }
    const file = isAbsolute(p.file) ? relative(process.cwd(), p.file).split(sep).join('/') : `${prefix}${p.file}`
    if (!file.startsWith('..') && !isAbsolute(file)) {
      props.file = file
      if (p.line) props.startLine = p.line
      if (p.column) props.startColumn = p.column
    }
    core.error(printable(`${p.key ? `${p.key}: ` : ''}${p.message}`), props)
  }
}

/** The job summary, when the runner offers one; a failure to write it is a warning, not the run's failure. */
async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  try {
    await core.summary.addRaw(markdown).write()
  } catch (error) {
    core.warning(`The job summary could not be written: ${(error as Error).message}`)
  }
}
