/** The command-line front end: parses arguments into typed options, calls the core, renders, and sets the exit code. */
import { relative, resolve, sep } from 'node:path'
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander'
import { checkRepository } from '../core/check-repository.js'
import { ConfigError, UsageError } from '../core/errors.js'
import { parseFailOn } from '../core/levels.js'
import { writeOutputs } from '../core/output-folder.js'
import { findCheck, registry } from '../core/registry.js'
import type { FailOn } from '../core/report.js'
import { TOOL_VERSION } from '../core/version.js'
import { renderConsole } from '../report/console.js'
import { renderJson } from '../report/json.js'
import { renderOutputs } from '../report/outputs.js'

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const

export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
  isTTY: boolean
}

const processIo: Io = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stderr.isTTY),
}

function failOnArg(value: string): FailOn {
  const parsed = parseFailOn(value)
  if (parsed === undefined) throw new InvalidArgumentError('expected none, 1, 2 or 3')
  return parsed
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok
  const program = new Command()
    .name('ois-ready')
    .description(
      'Checks a repository against the expectations on European digital commons (Open Internet Stack) and reports its OIS-ready level.',
    )
    .version(TOOL_VERSION, '-V, --version')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')

  program
    .command('check')
    .description('check a repository and write report.json, summary.md and results.sarif')
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
    .action(
      async (path: string, opts: { config?: string; outputDir: string; failOn: FailOn; format: 'text' | 'json'; quiet?: boolean }) => {
        exitCode = await runCheck(path, opts, io)
      },
    )

  program
    .command('list')
    .description('list all checks with their level, family and the criteria they give evidence for')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((opts: { format: 'text' | 'json' }) => {
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
    .argument('<check-id>', 'a check id, as `ois-ready list` shows')
    .action((id: string) => {
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
    io.stderr(`ois-ready: internal error (a bug, please report it): ${(error as Error)?.stack ?? String(error)}\n`)
    return EXIT.usage
  }
  return exitCode
}

async function runCheck(
  path: string,
  opts: { config?: string; outputDir: string; failOn: FailOn; format: 'text' | 'json'; quiet?: boolean },
  io: Io,
): Promise<number> {
  const root = resolve(path)
  const out = resolve(opts.outputDir)
  const insideRoot = relative(root, out)
  const ignore = insideRoot && !insideRoot.startsWith('..') && !insideRoot.startsWith(sep) ? [`${insideRoot.split(sep).join('/')}/**`] : []
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
    ignore,
    ...(opts.config ? { configPath: opts.config } : {}),
    ...(progress ? { onProgress: progress } : {}),
  })
  if (progress && io.isTTY) io.stderr('\r\x1b[2K')
  const written = writeOutputs(out, renderOutputs(result.report, registry))
  if (opts.format === 'json') io.stdout(renderJson(result.report))
  else if (!opts.quiet) {
    io.stdout(renderConsole(result.report))
    io.stdout(`Wrote ${Object.keys(written).sort().join(', ')} to ${relative(process.cwd(), out) || '.'}\n`)
  }
  return result.report.passed ? EXIT.ok : EXIT.failed
}
