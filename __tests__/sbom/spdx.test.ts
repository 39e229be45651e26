import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import parseSpdx from 'spdx-expression-parse'
import { compileSchema } from '../../src/core/schema-validator.js'
import { emptyGraph, type ComponentGraph } from '../../src/sbom/graph.js'
import { parseNpmLock } from '../../src/sbom/npm-lock.js'
import { renderCycloneDx } from '../../src/sbom/cyclonedx.js'
import { renderSpdx, spdxDocument } from '../../src/sbom/spdx.js'
import { scanLockfiles } from '../../src/sbom/lockfiles.js'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { textOf } from '../../src/core/document.js'
import { cleanup, FIXTURES, PROJECT_ROOT, tempDir } from '../helpers/repo.js'
import { runCli } from '../helpers/process.js'

afterAll(cleanup)

// the official SPDX 2.3 JSON Schema, unchanged (see schema/vendor/README.md)
const validateSchema = compileSchema(JSON.parse(readFileSync(join(PROJECT_ROOT, 'schema/vendor/spdx-2.3.schema.json'), 'utf8')))

interface Doc {
  SPDXID: string
  documentNamespace: string
  creationInfo: { created: string; creators: string[] }
  packages: {
    SPDXID: string
    name: string
    versionInfo?: string
    downloadLocation: string
    licenseDeclared: string
    licenseConcluded: string
    checksums?: { algorithm: string; checksumValue: string }[]
    externalRefs?: { referenceCategory: string; referenceType: string; referenceLocator: string }[]
    comment?: string
  }[]
  relationships: { spdxElementId: string; relationshipType: string; relatedSpdxElement: string }[]
  hasExtractedLicensingInfos?: { licenseId: string; extractedText: string }[]
  externalDocumentRefs?: unknown[]
}

type SpdxNode = { license: string } | { left: SpdxNode; right: SpdxNode }
const licenceIds = (node: SpdxNode): string[] =>
  'license' in node ? [node.license] : [...licenceIds(node.left), ...licenceIds(node.right)]

const HEX_LENGTH: Record<string, number> = { SHA1: 40, SHA256: 64, SHA384: 96, SHA512: 128 }

/**
 * The rules of the SPDX 2.3 specification that its JSON Schema leaves out (the schema types
 * every field as a plain string): the form of ids, times, namespaces, checksums and licence
 * expressions, and that every relationship names elements of the document.
 */
function specProblems(doc: Doc): string[] {
  const problems: string[] = []
  const ids = new Set([doc.SPDXID])
  for (const p of doc.packages) {
    if (!/^SPDXRef-[A-Za-z0-9.-]+$/.test(p.SPDXID)) problems.push(`bad SPDXID ${p.SPDXID}`)
    if (ids.has(p.SPDXID)) problems.push(`duplicate SPDXID ${p.SPDXID}`)
    ids.add(p.SPDXID)
    for (const c of p.checksums ?? [])
      if (!new RegExp(`^[0-9a-f]{${HEX_LENGTH[c.algorithm]}}$`).test(c.checksumValue)) problems.push(`bad ${c.algorithm} on ${p.SPDXID}`)
    const refs = new Set((doc.hasExtractedLicensingInfos ?? []).map((l) => l.licenseId))
    for (const licence of [p.licenseDeclared, p.licenseConcluded]) {
      if (licence === 'NOASSERTION' || licence === 'NONE') continue
      let ast: SpdxNode
      try {
        ast = parseSpdx(licence) as SpdxNode
      } catch {
        problems.push(`licence "${licence}" of ${p.SPDXID} is not an SPDX expression`)
        continue
      }
      // every LicenseRef is one the document defines; a DocumentRef needs externalDocumentRefs, which it has not
      for (const id of licenceIds(ast)) {
        if (id.startsWith('DocumentRef-') && !doc.externalDocumentRefs?.length)
          problems.push(`licence "${licence}" of ${p.SPDXID} refers to an undeclared document`)
        else if (id.startsWith('LicenseRef-') && !refs.has(id)) problems.push(`licence "${licence}" of ${p.SPDXID} uses undefined ${id}`)
      }
    }
    for (const r of p.externalRefs ?? []) if (/\s/.test(r.referenceLocator)) problems.push(`space in locator ${r.referenceLocator}`)
  }
  for (const r of doc.relationships)
    for (const end of [r.spdxElementId, r.relatedSpdxElement]) if (!ids.has(end)) problems.push(`relationship to unknown ${end}`)
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(doc.creationInfo.created)) problems.push(`created ${doc.creationInfo.created}`)
  if (!/^https:\/\/[^#\s]+$/.test(doc.documentNamespace)) problems.push(`namespace ${doc.documentNamespace}`)
  if (doc.relationships.filter((r) => r.relationshipType === 'DESCRIBES').length !== 1) problems.push('not exactly one DESCRIBES')
  return problems
}

function expectValid(json: string): Doc {
  const doc = JSON.parse(json) as Doc
  expect(validateSchema(doc) ? [] : validateSchema.errors).toEqual([])
  expect(specProblems(doc)).toEqual([])
  return doc
}

const npmGraph = (text = readFileSync(join(FIXTURES, 'sbom', 'npm-v3', 'package-lock.json'), 'utf8')): ComponentGraph => {
  const graph = emptyGraph()
  parseNpmLock('package-lock.json', text, graph)
  return graph
}
const project = {
  name: 'forms',
  url: 'https://github.com/kommune/forms',
  commit: 'a'.repeat(40),
  timestamp: '2026-01-15T12:00:00.000Z',
  licence: 'EUPL-1.2',
}
const relation = (doc: Doc) => {
  const name = new Map(
    doc.packages.map((p) => [p.SPDXID, p.versionInfo && p.SPDXID !== 'SPDXRef-Repository' ? `${p.name}@${p.versionInfo}` : p.name]),
  )
  name.set('SPDXRef-DOCUMENT', 'DOCUMENT')
  return doc.relationships.map((r) => `${name.get(r.spdxElementId)} ${r.relationshipType} ${name.get(r.relatedSpdxElement)}`)
}

describe('SPDX 2.3', () => {
  test('the npm fixture: valid against the official schema and the spec rules, with the repository as root', () => {
    const json = renderSpdx(npmGraph(), project)
    const doc = expectValid(json)
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
      name: `forms@${'a'.repeat(40)}`,
      creationInfo: { created: '2026-01-15T12:00:00Z', creators: [expect.stringMatching(/^Tool: ois-ready-\d/)] },
    })
    expect(doc.packages[0]).toMatchObject({
      SPDXID: 'SPDXRef-Repository',
      name: 'forms',
      versionInfo: 'a'.repeat(40),
      downloadLocation: `git+https://github.com/kommune/forms@${'a'.repeat(40)}`,
      licenseDeclared: 'EUPL-1.2',
      externalRefs: [
        { referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: `pkg:github/kommune/forms@${'a'.repeat(40)}` },
      ],
    })
    expect(doc.packages.find((p) => p.name === 'is-number')).toEqual({
      SPDXID: 'SPDXRef-npm-is-number-7.0.0',
      name: 'is-number',
      versionInfo: '7.0.0',
      downloadLocation: 'https://registry.npmjs.org/is-number/-/is-number-7.0.0.tgz',
      filesAnalyzed: false,
      checksums: [
        {
          algorithm: 'SHA512',
          checksumValue:
            'e350a27e483a7bc4f2952a5db53a5e2d532abd20445734edb47bc4443ef8d7ea6767c00dbf4d34e0c44be3740a3c394af5c1af369e8d6566540656c65d8c719e',
        },
      ],
      licenseConcluded: 'NOASSERTION',
      licenseDeclared: 'MIT',
      copyrightText: 'NOASSERTION',
      externalRefs: [{ referenceCategory: 'PACKAGE-MANAGER', referenceType: 'purl', referenceLocator: 'pkg:npm/is-number@7.0.0' }],
      primaryPackagePurpose: 'LIBRARY',
      comment: 'from package-lock.json.',
    })
    expect(relation(doc).sort()).toEqual([
      '@sindresorhus/slugify@2.2.1 DEPENDS_ON @sindresorhus/transliterate@1.6.0',
      '@sindresorhus/slugify@2.2.1 DEPENDS_ON escape-string-regexp@5.0.0',
      '@sindresorhus/transliterate@1.6.0 DEPENDS_ON escape-string-regexp@5.0.0',
      'DOCUMENT DESCRIBES forms',
      'forms DEPENDS_ON @sindresorhus/slugify@2.2.1',
      'forms DEPENDS_ON is-number@7.0.0',
      'left-pad@1.3.0 DEV_DEPENDENCY_OF forms',
    ])
  })

  test('reproducible: the same graph gives the same bytes; another graph another namespace', () => {
    const a = renderSpdx(npmGraph(), project)
    expect(renderSpdx(npmGraph(), project)).toBe(a)
    const other = renderSpdx(npmGraph(), { ...project, commit: 'b'.repeat(40) })
    expect(JSON.parse(other).documentNamespace).not.toBe(JSON.parse(a).documentNamespace)
    expect(JSON.parse(a).documentNamespace).toMatch(/^https:\/\/github\.com\/ois-ready\/ois-ready\/spdxdocs\/forms-[0-9a-f]{64}$/)
  })

  test('--dev exclude leaves development dependencies out', () => {
    const doc = expectValid(renderSpdx(npmGraph(), project, { dev: 'exclude' }))
    expect(doc.packages.map((p) => p.name)).not.toContain('left-pad')
  })

  test('licences that are not SPDX expressions, names that are not id-safe, unknown locations', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { 'we ird#name': '1', odd: '1' } },
        'node_modules/we ird#name': { version: '1.0.0', license: 'SEE LICENSE IN LICENSE.md' },
        'node_modules/odd': { version: '1.0.0', resolved: 'file:../odd', license: '(MIT OR Apache-2.0)' },
      },
    }
    const doc = expectValid(renderSpdx(npmGraph(JSON.stringify(lock)), { name: 'bare' }))
    expect(doc.packages[0]).toMatchObject({ name: 'bare', downloadLocation: 'NOASSERTION', licenseDeclared: 'NOASSERTION' })
    const weird = doc.packages.find((p) => p.name === 'we ird#name')!
    expect(weird).toMatchObject({ SPDXID: 'SPDXRef-npm-we-ird-name-1.0.0', licenseDeclared: 'LicenseRef-SEE-LICENSE-IN-LICENSE.md' })
    expect(weird.externalRefs![0]!.referenceLocator).toBe('pkg:npm/we%20ird%23name@1.0.0')
    expect(doc.hasExtractedLicensingInfos).toEqual([
      { licenseId: 'LicenseRef-SEE-LICENSE-IN-LICENSE.md', extractedText: 'SEE LICENSE IN LICENSE.md', name: 'SEE LICENSE IN LICENSE.md' },
    ])
    expect(doc.packages.find((p) => p.name === 'odd')!.licenseDeclared).toBe('MIT OR Apache-2.0')
  })

  test('every LicenseRef is defined, references into other documents are made local, ids are canonical', () => {
    const licences: Record<string, string> = {
      a: 'LicenseRef-Acme',
      b: 'SEE LICENSE IN LICENSE.md',
      // cleans to the same id as b's text: a different text, so another id
      c: 'SEE-LICENSE-IN-LICENSE.md',
      d: 'mit',
      e: 'DocumentRef-x:LicenseRef-y',
      f: 'MIT AND LicenseRef-Other',
    }
    const packages: Record<string, unknown> = { '': { dependencies: Object.fromEntries(Object.keys(licences).map((n) => [n, '1.0.0'])) } }
    for (const [name, license] of Object.entries(licences)) packages[`node_modules/${name}`] = { version: '1.0.0', license }
    const doc = expectValid(renderSpdx(npmGraph(JSON.stringify({ lockfileVersion: 3, packages })), { name: 'lic' }))
    const declared = Object.fromEntries(doc.packages.slice(1).map((p) => [p.name, p.licenseDeclared]))
    expect(declared).toEqual({
      a: 'LicenseRef-Acme',
      b: 'LicenseRef-SEE-LICENSE-IN-LICENSE.md',
      c: expect.stringMatching(/^LicenseRef-SEE-LICENSE-IN-LICENSE\.md-[0-9a-f]{8}$/),
      d: 'MIT',
      e: 'LicenseRef-DocumentRef-x-LicenseRef-y',
      f: 'MIT AND LicenseRef-Other',
    })
    expect(doc.hasExtractedLicensingInfos!.map((l) => [l.licenseId, l.extractedText])).toEqual([
      ['LicenseRef-Acme', 'LicenseRef-Acme'],
      ['LicenseRef-DocumentRef-x-LicenseRef-y', 'DocumentRef-x:LicenseRef-y'],
      ['LicenseRef-Other', 'MIT AND LicenseRef-Other'],
      ['LicenseRef-SEE-LICENSE-IN-LICENSE.md', 'SEE LICENSE IN LICENSE.md'],
      [declared.c, 'SEE-LICENSE-IN-LICENSE.md'],
    ])
  })

  test('components nothing depends on are linked from the root, in SPDX (keeping dev) as in CycloneDX', () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '1' } },
        'node_modules/a': { version: '1.0.0' },
        // left in the lockfile without a parent: one for development, one not
        'node_modules/stray-dev': { version: '1.0.0', dev: true },
        'node_modules/stray': { version: '1.0.0' },
      },
    }
    const graph = npmGraph(JSON.stringify(lock))
    expect(relation(expectValid(renderSpdx(graph, { name: 'p' })))).toEqual([
      'DOCUMENT DESCRIBES p',
      'p DEPENDS_ON a@1.0.0',
      'stray-dev@1.0.0 DEV_DEPENDENCY_OF p',
      'p DEPENDS_ON stray@1.0.0',
    ])
    const cdx = JSON.parse(renderCycloneDx(graph, { name: 'p' })) as { dependencies: { ref: string; dependsOn?: string[] }[] }
    expect(cdx.dependencies.find((d) => d.ref === 'root-component')!.dependsOn).toEqual([
      'pkg:npm/a@1.0.0',
      'pkg:npm/stray-dev@1.0.0',
      'pkg:npm/stray@1.0.0',
    ])
  })

  test('the schema and the spec rules do reject a broken document', () => {
    const doc = JSON.parse(renderSpdx(npmGraph(), project)) as { packages: Record<string, unknown>[] }
    delete doc.packages[1]!.downloadLocation
    expect(validateSchema(doc)).toBe(false)
    const wrongRef = JSON.parse(renderSpdx(npmGraph(), project)) as Doc
    wrongRef.relationships.push({
      spdxElementId: 'SPDXRef-Repository',
      relationshipType: 'DEPENDS_ON',
      relatedSpdxElement: 'SPDXRef-ghost',
    })
    expect(validateSchema(wrongRef)).toBe(true)
    expect(specProblems(wrongRef)).toEqual(['relationship to unknown SPDXRef-ghost'])
    const undefinedRef = JSON.parse(renderSpdx(npmGraph(), project)) as Doc
    undefinedRef.packages[1]!.licenseDeclared = 'MIT OR LicenseRef-Nowhere'
    undefinedRef.packages[2]!.licenseDeclared = 'DocumentRef-x:LicenseRef-y'
    expect(validateSchema(undefinedRef)).toBe(true)
    expect(specProblems(undefinedRef)).toEqual([
      `licence "MIT OR LicenseRef-Nowhere" of ${undefinedRef.packages[1]!.SPDXID} uses undefined LicenseRef-Nowhere`,
      `licence "DocumentRef-x:LicenseRef-y" of ${undefinedRef.packages[2]!.SPDXID} refers to an undeclared document`,
    ])
  })

  test('ois-ready sbom --format spdx -o FILE: every ecosystem of the monorepo fixture, valid', () => {
    const dir = tempDir()
    cpSync(join(FIXTURES, 'sbom', 'other'), join(dir, 'services'), { recursive: true })
    cpSync(join(FIXTURES, 'sbom', 'npm-v3'), join(dir, 'web'), { recursive: true })
    const out = join(tempDir(), 'sbom.spdx.json')
    const r = runCli(['sbom', dir, '--format', 'spdx', '-o', out])
    expect(r.stderr).toMatch(/wrote .*sbom\.spdx\.json: \d+ component/)
    expect(r.status).toBe(0)
    const doc = expectValid(readFileSync(out, 'utf8'))
    const types = new Set(doc.packages.slice(1).map((p) => p.externalRefs![0]!.referenceLocator.split('/')[0]))
    expect([...types].sort()).toEqual([
      'pkg:cargo',
      'pkg:composer',
      'pkg:gem',
      'pkg:golang',
      'pkg:maven',
      'pkg:npm',
      'pkg:nuget',
      'pkg:pypi',
    ])
    expect(doc.packages.find((p) => p.name === 'com.google.guava:guava')).toMatchObject({ versionInfo: '33.3.0-jre' })
  })
})

describe('the SPDX document is written part by part, as JSON.stringify would write it whole', () => {
  const folders = readdirSync(join(FIXTURES, 'sbom')).filter((f) => statSync(join(FIXTURES, 'sbom', f)).isDirectory())

  test.each(folders)('%s: pretty JSON, the namespace the digest of the compact document without it', async (folder) => {
    const graph = (await scanLockfiles(await takeSnapshot({ root: join(FIXTURES, 'sbom', folder), maxFileBytes: 8 << 20, exclude: [] })))
      .graph
    const document = spdxDocument(graph, { name: folder, commit: 'a'.repeat(40), licence: 'MIT OR LicenseRef-x' }, { dev: 'mark' })
    const text = textOf(document)
    const parsed = JSON.parse(text) as { documentNamespace: string; packages: unknown[] }
    expect(text).toBe(`${JSON.stringify(parsed, null, 2)}\n`)
    const digest = createHash('sha256')
      .update(JSON.stringify({ ...parsed, documentNamespace: '' }))
      .digest('hex')
    expect(parsed.documentNamespace).toBe(
      `https://github.com/ois-ready/ois-ready/spdxdocs/${folder.replace(/[^A-Za-z0-9.-]+/g, '-')}-${digest}`,
    )
    expect(parsed.packages).toHaveLength(graph.components.size + 1)
    expect(document.sha256()).toBe(createHash('sha256').update(text).digest('hex'))
  })
})
