/**
 * The command-line front end: parses arguments into typed options, calls the core, and sets the exit code.
 * Each command's code is imported when that command runs (the build splits it into its own
 * chunks), so `--version`, `--help` and a command load only what they use.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { ConfigError, internalErrorLine, UsageError } from '../core/errors.js'
import { parseFailOn } from '../core/levels.js'
import type { FailOn } from '../core/report.js'
import { TOOL_VERSION } from '../core/version.js'
import { DEFAULT_VALID_DAYS, MAX_VALID_DAYS } from '../attest/validity.js'
import type { KeyAlgorithm } from '../attest/keys.js'
import type { CheckCommandOptions } from './check-command.js'
import type { VerifyCommandOptions } from '../attest/verify-file.js'
import { EXIT, type Io } from './io.js'
import { sarifCategoryProblem } from '../report/sarif-category.js'
import type { VulndbUpdateOptions } from './vulndb-command.js'
import type { BuildCommandOptions, QueryCommandOptions } from './catalogue-commands.js'

export { EXIT, type Io } from './io.js'

/**
 * The process's own streams. A reader that goes away (`ois-ready list | head -1`) closes the
 * pipe: that ends what is printed there (EPIPE), quietly, not the run, whose files and exit
 * code stay what they are.
 */
function processIo(): Io {
  const writer = (stream: NodeJS.WriteStream) => {
    let closed = false
    stream.on('error', (error: NodeJS.ErrnoException) => {
      closed = true
      if (error.code !== 'EPIPE' && stream !== process.stderr && !process.stderr.destroyed)
        process.stderr.write(`ois-ready: could not write to stdout (${error.code ?? error.message})\n`)
    })
    return (text: string | Uint8Array) => {
      if (!closed) stream.write(text)
    }
  }
  return { stdout: writer(process.stdout), stderr: writer(process.stderr), isTTY: Boolean(process.stderr.isTTY) }
}

function failOnArg(value: string): FailOn {
  const parsed = parseFailOn(value)
  if (parsed === undefined) throw new InvalidArgumentError('expected none, 1, 2 or 3')
  return parsed
}

function positiveInt(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number, 1 or more')
  return n
}

function levelArg(value: string): number {
  if (!['0', '1', '2', '3'].includes(value)) throw new InvalidArgumentError('expected 0, 1, 2 or 3')
  return Number(value)
}

const collect = (value: string, previous: string[] = []) => [...previous, value]

/** Options shared by verify and badge: what to trust and what to expect. */
function withVerifyOptions(command: Command): Command {
  return command
    .option('-k, --key <pub.pem>', 'trusted public key (repeat for several)', collect)
    .option('--trusted-root <file>', 'Sigstore trusted_root.json to verify keyless bundles against (no network is used)')
    .option(
      '--certificate-identity <identity>',
      'exact certificate identity, e.g. https://github.com/OWNER/REPO/.github/workflows/ois-ready.yml@refs/heads/main, or on GitLab https://gitlab.com/GROUP/PROJECT//.gitlab-ci.yml@refs/heads/main',
    )
    .option('--certificate-identity-regexp <regexp>', 'certificate identity as a regular expression (anchored at both ends)')
    .option(
      '--certificate-oidc-issuer <issuer>',
      'OIDC issuer, e.g. https://token.actions.githubusercontent.com, or https://gitlab.com (your GitLab instance)',
    )
    .option('--repo <url>', 'expected repository URL')
    .option('--commit <sha>', 'expected commit (full or abbreviated)')
    .addOption(new Option('--min-level <n>', 'lowest acceptable level').argParser(levelArg))
    .option('--report <file>', 'report.json whose sha256 must match the attestation')
    .option('--at <time>', 'judge validity at this time (ISO 8601; default: now)')
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  let exitCode: number = EXIT.ok
  const program = new Command()
    .name('ois-ready')
    .description(
      'Checks a repository against the expectations on European digital commons (Open Internet Stack) and reports its OIS-ready level.',
    )
    .version(TOOL_VERSION, '-V, --version')
    .option('--debug', 'on an internal error (a bug in ois-ready), print its stack trace too')
    .configureHelp({ showGlobalOptions: true })
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')

  program
    .command('check')
    .description('check a repository; write report.json, summary.md, results.sarif, and with a key the attestation and badge')
    .argument('[path]', 'repository folder', '.')
    .option('-c, --config <file>', 'config file (default: .github/ois-ready.yml or .ois-ready.yml in the repository)')
    .option('-o, --output-dir <dir>', 'folder for the outputs', 'ois-ready')
    .addOption(
      new Option('--fail-on <level>', 'exit 1 unless this level is reached: none, 1, 2 or 3')
        .default(1 as FailOn, '1')
        .argParser(failOnArg),
    )
    .addOption(new Option('--format <format>', 'what to print on stdout').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'print nothing but errors')
    .addOption(
      new Option(
        '--sign <mode>',
        "auto: sign when a key is given; key: require a key; sigstore: keyless, with the CI job's OIDC token in SIGSTORE_ID_TOKEN (GitLab `id_tokens:`); none: never sign",
      )
        .choices(['auto', 'key', 'sigstore', 'none'])
        .default('auto'),
    )
    .option('--fulcio-url <url>', "with --sign sigstore: the Fulcio to ask for the certificate (default: Sigstore's public-good instance)")
    .option('--rekor-url <url>', "with --sign sigstore: the Rekor to log the signature in (default: Sigstore's public-good instance)")
    .option(
      '--trusted-root <file>',
      "with --sign sigstore: trusted_root.json to check the new bundle against (default: Sigstore's public-good root, through TUF)",
    )
    .option(
      '--code-quality',
      "also write codeclimate.json, GitLab's Code Quality report (artifacts: reports: codequality), so that findings show in merge requests",
    )
    .option(
      '--checks <ids>',
      'run only these checks (comma-separated ids, as `ois-ready list` shows); the others are reported as turned off',
      (v: string, prev: string[] = []) => [
        ...prev,
        ...v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      ],
    )
    .option(
      '--network',
      'let checks reach the network (GitHub API for organisation files and Releases, registries, publiccode.yml URLs); public addresses only',
    )
    .option('--allow-host <host:port>', 'with --network: a private host that may be reached (intranet)', collect)
    .addOption(
      new Option(
        '--sarif-category <category>',
        'the code-scanning category of results.sarif (automationDetails.id), so that the results of several runs (e.g. the packages of a monorepo) do not replace each other',
      )
        .default('ois-ready')
        .argParser((v) => {
          const problem = sarifCategoryProblem(v)
          if (problem) throw new InvalidArgumentError(problem)
          return v
        }),
    )
    .option('--vulndb <dir>', 'offline vulnerability database made by `ois-ready vulndb update` (used instead of the OSV API)')
    .option('--osv-api <url>', 'with --network: the OSV API to query (a mirror; default https://api.osv.dev)')
    .option('--signing-key <file>', 'PEM private key (Ed25519 or ECDSA P-256); or set OIS_READY_SIGNING_KEY to the PEM text')
    .addOption(
      new Option('--valid-days <days>', `how long the attestation is valid (at most ${MAX_VALID_DAYS})`)
        .default(DEFAULT_VALID_DAYS)
        .argParser((v) => {
          const n = positiveInt(v)
          if (n > MAX_VALID_DAYS) throw new InvalidArgumentError(`at most ${MAX_VALID_DAYS} days`)
          return n
        }),
    )
    .action(async (path: string, opts: CheckCommandOptions) => {
      const { runCheckCommand } = await import('./check-command.js')
      exitCode = await runCheckCommand(path, opts, io)
    })

  const verify = program
    .command('verify')
    .description('verify an attestation offline; prints a JSON record of what was verified (exit 0 valid, 1 invalid)')
    .argument('<attestation>', 'attestation.intoto.jsonl (DSSE envelope)')
    .addOption(new Option('--format <format>', 'output').choices(['json', 'text']).default('json'))
  withVerifyOptions(verify).action(async (file: string, opts: VerifyCommandOptions) => {
    const { runVerify } = await import('./attest-commands.js')
    exitCode = await runVerify(file, opts, io)
  })

  const badge = program
    .command('badge')
    .description('verify an attestation and write badge.svg and badge.json (shields.io endpoint) from it')
    .argument('<attestation>', 'attestation.intoto.jsonl')
    .option('-o, --output-dir <dir>', 'folder for the badge files', 'ois-ready')
  withVerifyOptions(badge).action(async (file: string, opts: VerifyCommandOptions & { outputDir: string }) => {
    const { runBadge } = await import('./attest-commands.js')
    exitCode = runBadge(file, { ...opts, format: 'json' }, io)
  })

  program
    .command('keygen')
    .description('write a signing key pair: NAME.key (private, mode 0600) and NAME.pub')
    .addOption(new Option('--type <type>', 'key type').choices(['ed25519', 'ecdsa-p256']).default('ed25519'))
    .option('-o, --out-dir <dir>', 'folder for the key files', '.')
    .option('--name <name>', 'file name of the pair', 'ois-ready')
    .action(async (opts: { type: KeyAlgorithm; outDir: string; name: string }) => {
      const { runKeygen } = await import('./attest-commands.js')
      exitCode = runKeygen(opts, io)
    })

  program
    .command('trusted-root')
    .description(
      "fetch Sigstore's public-good trusted root (through TUF; the only command that uses the network) to pin it for offline verification",
    )
    .requiredOption('-o, --output <file>', 'where to write trusted_root.json')
    .action(async (opts: { output: string }) => {
      const { runTrustedRoot } = await import('./attest-commands.js')
      exitCode = await runTrustedRoot(opts.output, io)
    })

  program
    .command('vulndb')
    .description('the offline vulnerability database for `check --vulndb`')
    .command('update')
    .description("download OSV's export of each ecosystem (those of the repository, or --ecosystem) and index it")
    .requiredOption('-o, --output <dir>', 'database folder (made or updated)')
    .option('--ecosystem <name>', 'an OSV ecosystem: npm, crates.io, Go, PyPI, Maven, RubyGems, Packagist, NuGet (repeat)', collect)
    .option('--repo <path>', 'without --ecosystem: the repository whose ecosystems to download', '.')
    .option('--source <url>', 'base URL of the exports (a mirror)')
    .option('--allow-host <host:port>', 'a private host that may be reached (a mirror on an intranet)', collect)
    .addOption(new Option('--max-mib <n>', 'largest export accepted, in MiB').default(2048).argParser(positiveInt))
    .action(async (opts: VulndbUpdateOptions) => {
      const { runVulndbUpdate } = await import('./vulndb-command.js')
      exitCode = await runVulndbUpdate(opts, io)
    })

  const catalogue = program.command('catalogue').description('build and query a catalogue of verified attestations')
  catalogue
    .command('build')
    .description('verify attestations (files, folders, files listing HTTPS URLs, or URLs) and write index.jsonl, index.json and index.html')
    .argument('<inputs...>', 'attestation files, folders, URL lists or URLs')
    .requiredOption('--trust <file>', 'trust file: accepted keys and Sigstore identities (schema/trust.schema.json)')
    .requiredOption('-o, --out <dir>', 'output folder')
    .option('--at <time>', 'verify at this time (default: now); the same inputs and --at give the same files')
    .option('--allow-host <host:port>', 'fetch from this host even if private or plain HTTP (intranet mirror)', collect)
    .addOption(new Option('--timeout-ms <ms>', 'time limit of one download').default(10_000).argParser(positiveInt))
    .addOption(new Option('--max-bytes <n>', 'size limit of one download').default(16 * 1024 * 1024).argParser(positiveInt))
    .addOption(new Option('--concurrency <n>', 'downloads at a time').default(8).argParser(positiveInt))
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (inputs: string[], opts: BuildCommandOptions) => {
      const { runCatalogueBuild } = await import('./catalogue-commands.js')
      exitCode = await runCatalogueBuild(inputs, opts, io)
    })
  catalogue
    .command('query')
    .description('list the projects of an index.jsonl that match every filter given')
    .argument('<index>', 'index.jsonl')
    .addOption(new Option('--min-level <n>', 'lowest level').argParser(levelArg))
    .option('--licence <expr>', 'SPDX licence(s) the project must be usable under, e.g. "MIT OR Apache-2.0"')
    .option('--licence-id <id>', "a licence id named anywhere in the project's expression, e.g. GPL-3.0-or-later")
    .option('--check <id>', 'a check that must be satisfied (repeat for several)', collect)
    .option('--family <family>', 'every check of this family satisfied (docs, security, ...)')
    .option('--valid-at <time>', 'attestation valid at this time')
    .option(
      '--text <words>',
      'words that must all appear (repository, project name, description, organisation, languages, licence, checks)',
    )
    .addOption(new Option('--format <format>', 'output').choices(['table', 'json', 'csv']).default('table'))
    .action(async (index: string, opts: QueryCommandOptions) => {
      const { runCatalogueQuery } = await import('./catalogue-commands.js')
      exitCode = runCatalogueQuery(index, opts, io)
    })

  program
    .command('sbom')
    .description('write a CycloneDX 1.6 or SPDX 2.3 SBOM of the repository from its lockfiles (nothing is installed or run)')
    .argument('[path]', 'repository folder', '.')
    .option('-o, --output <file>', 'file to write (default: stdout)')
    .addOption(
      new Option('--format <format>', 'SBOM format: CycloneDX 1.6 or SPDX 2.3 (JSON)').choices(['cyclonedx', 'spdx']).default('cyclonedx'),
    )
    .addOption(
      new Option('--dev <mode>', 'development dependencies: mark (scope excluded) or exclude').choices(['mark', 'exclude']).default('mark'),
    )
    .option(
      '-c, --config <file>',
      'policy file (default: .github/ois-ready.yml or .ois-ready.yml in the repository): its exclude and sbom settings apply',
    )
    .action(async (path: string, opts: { output?: string; format: 'cyclonedx' | 'spdx'; dev: 'mark' | 'exclude'; config?: string }) => {
      const { runSbom } = await import('./sbom-command.js')
      exitCode = await runSbom(path, opts, io)
    })

  program
    .command('validate')
    .description('validate a standard file on its own: validate publiccode [file]')
    .argument('<standard>', 'publiccode')
    .argument('[file]', 'the file (default: publiccode.yml)', 'publiccode.yml')
    .addOption(new Option('--format <format>', 'output').choices(['text', 'json']).default('text'))
    .action(async (standard: string, file: string, opts: { format: 'text' | 'json' }) => {
      if (standard !== 'publiccode') throw new UsageError(`unknown standard "${standard}"; ois-ready validate publiccode [file]`)
      const { runValidatePubliccode } = await import('./validate-command.js')
      exitCode = await runValidatePubliccode(file, opts, io)
    })

  program
    .command('list')
    .description('list all checks with their level, family and the criteria they give evidence for')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (opts: { format: 'text' | 'json' }) => {
      const { registry } = await import('../pipeline/registry.js')
      if (opts.format === 'json') {
        io.stdout(
          `${JSON.stringify(
            registry.map((c) => c.meta),
            null,
            2,
          )}\n`,
        )
        return
      }
      const width = Math.max(...registry.map((c) => c.meta.id.length))
      for (const { meta } of [...registry].sort(
        (a, b) => a.meta.family.localeCompare(b.meta.family) || a.meta.level - b.meta.level || a.meta.id.localeCompare(b.meta.id),
      )) {
        const crosswalk = Object.entries(meta.crosswalk)
          .map(([scheme, ids]) => `${scheme}: ${(ids as string[]).join(', ')}`)
          .join('; ')
        io.stdout(
          `${meta.id.padEnd(width)}  L${meta.level}  ${meta.family.padEnd(9)}  ${meta.title}\n${' '.repeat(width + 17)}${crosswalk}\n`,
        )
      }
    })

  program
    .command('explain')
    .description("print a check's documentation: what it checks, why, and how to fix a failure")
    .argument('[check-id]', 'a check id, as `ois-ready list` shows')
    .addOption(
      new Option('--scheme <scheme>', 'instead, list which checks give evidence for each criterion of a scheme').choices([
        'osps',
        'bestpractices',
        'publiccode',
        'cra',
      ]),
    )
    .action(async (id: string | undefined, opts: { scheme?: string }) => {
      if (opts.scheme) {
        const { explainScheme } = await import('./explain-scheme.js')
        io.stdout(explainScheme(opts.scheme))
        return
      }
      if (!id) throw new UsageError('give a check id, or --scheme osps|bestpractices|publiccode|cra')
      const { findCheck } = await import('../pipeline/registry.js')
      const check = findCheck(id)
      if (!check) throw new UsageError(`unknown check "${id}"; run \`ois-ready list\` to see the checks`)
      io.stdout(check.docs.endsWith('\n') ? check.docs : `${check.docs}\n`)
    })

  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT.ok : EXIT.usage
    }
    if (error instanceof UsageError) {
      io.stderr(`ois-ready: ${error instanceof ConfigError ? 'invalid configuration:\n' : ''}${error.message}\n`)
      return EXIT.usage
    }
    const debug = program.opts<{ debug?: boolean }>().debug === true || argv.includes('--debug')
    io.stderr(`ois-ready: ${internalErrorLine(error, debug ? undefined : 'run again with --debug for the stack trace')}\n`)
    if (debug) io.stderr(`${(error instanceof Error && error.stack) || String(error)}\n`)
    return EXIT.internal
  }
  return exitCode
}
