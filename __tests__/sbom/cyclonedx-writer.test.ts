/**
 * ois-ready writes CycloneDX JSON itself, one component at a time (memory for the document once),
 * and must write exactly what @cyclonedx/cyclonedx-library's serializer writes for the same model:
 * the reference below builds the library's model from the graph and serializes it, and every
 * fixture with lockfiles (our own and the real projects' extracts) is rendered both ways.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { cpSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as cdx from '@cyclonedx/cyclonedx-library'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { TOOL_NAME, TOOL_VERSION } from '../../src/core/version.js'
import { scanLockfiles } from '../../src/sbom/lockfiles.js'
import { cycloneDxDocument, projectPurl, renderCycloneDx, type SbomOptions, type SbomProject } from '../../src/sbom/cyclonedx.js'
import { distributionOf, emptyGraph, rootLinks, type ComponentGraph, type GraphComponent } from '../../src/sbom/graph.js'
import { cleanup, FIXTURES, tempDir } from '../helpers/repo.js'
import { writeContent } from '../../src/core/document.js'
import { runCli } from '../helpers/process.js'

/** The library's serializer on the library's model: what renderCycloneDx wrote up to 0.x. */
function reference(graph: ComponentGraph, project: SbomProject, options: SbomOptions): string {
  const licenceOf = (expression: string): cdx.Models.License =>
    /\s(AND|OR|WITH)\s|^\(/.test(expression)
      ? new cdx.Models.LicenseExpression(expression)
      : /^[A-Za-z0-9.+-]+$/.test(expression)
        ? new cdx.Models.SpdxLicense(expression)
        : new cdx.Models.NamedLicense(expression)
  const bom = new cdx.Models.Bom()
  bom.metadata.timestamp = new Date(project.timestamp ?? '1970-01-01T00:00:00Z')
  bom.metadata.tools.components.add(
    new cdx.Models.Component(cdx.Enums.ComponentType.Application, TOOL_NAME, { version: TOOL_VERSION, group: 'ois-ready' }),
  )
  const purl = projectPurl(project)
  const root = new cdx.Models.Component(cdx.Enums.ComponentType.Application, project.name, {
    bomRef: 'root-component',
    ...(project.version ? { version: project.version } : {}),
    ...(purl ? { purl } : {}),
  })
  if (project.licence) root.licenses.add(licenceOf(project.licence))
  if (project.url) root.externalReferences.add(new cdx.Models.ExternalReference(project.url, cdx.Enums.ExternalReferenceType.VCS))
  bom.metadata.component = root
  for (const p of options.gaps?.unresolved ?? []) bom.metadata.properties.add(new cdx.Models.Property('ois-ready:coverage:unresolved', p))
  for (const p of options.gaps?.notRead ?? []) bom.metadata.properties.add(new cdx.Models.Property('ois-ready:coverage:not-read', p))
  for (const p of options.gaps?.excluded ?? []) bom.metadata.properties.add(new cdx.Models.Property('ois-ready:coverage:excluded', p))
  const refs = new Map<string, cdx.Models.BomRef>()
  const included = [...graph.components.values()].filter((c) => options.dev === 'mark' || c.scope !== 'dev')
  const components = new Map<string, cdx.Models.Component>()
  for (const c of included) {
    const component = new cdx.Models.Component(cdx.Enums.ComponentType.Library, c.name, {
      bomRef: c.purl,
      ...(c.version ? { version: c.version } : {}),
      purl: c.purl,
      scope:
        c.scope === 'required'
          ? cdx.Enums.ComponentScope.Required
          : c.scope === 'optional'
            ? cdx.Enums.ComponentScope.Optional
            : cdx.Enums.ComponentScope.Excluded,
      ...(c.namespace ? { group: c.namespace } : {}),
    })
    for (const h of c.hashes) component.hashes.set(h.algorithm as cdx.Enums.HashAlgorithm, h.content)
    if (c.licence) component.licenses.add(licenceOf(c.licence))
    if (c.declaredOnly) component.properties.add(new cdx.Models.Property('ois-ready:resolution', 'declared-only'))
    if (c.patch) component.properties.add(new cdx.Models.Property('ois-ready:patch', c.patch))
    if (c.local !== undefined) component.properties.add(new cdx.Models.Property('ois-ready:local-path', c.local || '.'))
    if (c.goSum) component.properties.add(new cdx.Models.Property('ois-ready:go-sum', c.goSum))
    if (c.buildTool) component.properties.add(new cdx.Models.Property('ois-ready:build-tool', 'true'))
    if (c.scopeUnknown) component.properties.add(new cdx.Models.Property('ois-ready:scope-evidence', 'none'))
    const distribution = distributionOf(c)
    if (distribution) {
      const ref = new cdx.Models.ExternalReference(distribution, cdx.Enums.ExternalReferenceType.Distribution)
      for (const h of c.hashes) ref.hashes.set(h.algorithm as cdx.Enums.HashAlgorithm, h.content)
      component.externalReferences.add(ref)
    }
    bom.components.add(component)
    components.set(c.purl, component)
    refs.set(c.purl, component.bomRef)
  }
  for (const c of included)
    for (const d of c.dependsOn) {
      const ref = refs.get(d)
      if (ref) components.get(c.purl)!.dependencies.add(ref)
    }
  for (const d of rootLinks(graph, included)) {
    const ref = refs.get(d)
    if (ref) root.dependencies.add(ref)
  }
  const serializer = new cdx.Serialize.JsonSerializer(new cdx.Serialize.JSON.Normalize.Factory(cdx.Spec.Spec1dot6))
  const digest = createHash('sha256')
    .update(serializer.serialize(bom, { sortLists: true }))
    .digest('hex')
  bom.serialNumber = `urn:uuid:${digest.slice(0, 8)}-${digest.slice(8, 12)}-5${digest.slice(13, 16)}-${((parseInt(digest[16]!, 16) & 0x3) | 0x8).toString(16)}${digest.slice(17, 20)}-${digest.slice(20, 32)}`
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`
}

/** Every folder under fixtures/sbom and fixtures/real that has a lockfile or manifest the scan reads. */
function fixtureFolders(): string[] {
  const folders: string[] = []
  for (const base of ['sbom', 'real'])
    for (const name of readdirSync(join(FIXTURES, base)))
      if (statSync(join(FIXTURES, base, name)).isDirectory()) folders.push(`${base}/${name}`)
  return folders
}

afterAll(cleanup)

const PROJECT: SbomProject = {
  name: 'X-Road',
  version: '7.6.0',
  url: 'https://github.com/nordic-institute/X-Road',
  commit: '0123456789abcdef0123456789abcdef01234567',
  licence: 'MIT',
  timestamp: '2026-11-30T12:00:00Z',
}

describe('the CycloneDX writer gives what the CycloneDX library gives', () => {
  const folders = fixtureFolders()
  test.each(folders)('%s: the same bytes, developer dependencies marked and left out', async (folder) => {
    const scan = await scanLockfiles(await takeSnapshot({ root: join(FIXTURES, folder), maxFileBytes: 64 << 20, exclude: [] }))
    for (const options of [{ dev: 'mark' }, { dev: 'exclude' }] as SbomOptions[]) {
      expect(renderCycloneDx(scan.graph, PROJECT, options)).toBe(reference(scan.graph, PROJECT, options))
    }
  })

  test('the fixtures read give components, so the comparison above compares something', async () => {
    let components = 0
    for (const folder of folders)
      components += (await scanLockfiles(await takeSnapshot({ root: join(FIXTURES, folder), maxFileBytes: 64 << 20, exclude: [] }))).graph
        .components.size
    expect(components).toBeGreaterThan(500)
  })

  test('the fields the fixtures rarely have: licences of each kind, patches, declared-only, gaps, odd URLs and hashes', () => {
    const graph = emptyGraph()
    const add = (c: Partial<GraphComponent> & { purl: string; name: string }) =>
      graph.components.set(c.purl, {
        ecosystem: 'npm',
        version: '1.0.0',
        hashes: [],
        scope: 'required',
        dependsOn: new Set(),
        source: 'x',
        ...c,
      })
    add({
      purl: 'pkg:npm/a@1.0.0',
      name: 'a',
      licence: 'MIT OR Apache-2.0',
      dependsOn: new Set(['pkg:npm/b@1.0.0', 'pkg:npm/a@1.0.0', 'pkg:npm/gone@1']),
    })
    add({ purl: 'pkg:npm/b@1.0.0', name: 'b', licence: 'GPL-2.0+', scope: 'dev', patch: 'b@npm:1.0.0#./fix.patch' })
    add({ purl: 'pkg:npm/B@1.0.0', name: 'B', licence: 'Not-A-Real-Id', scope: 'optional' })
    add({ purl: 'pkg:npm/%40s/c@2.0.0', name: 'c', namespace: '@s', licence: 'see LICENSE file', declaredOnly: true })
    add({
      purl: 'pkg:maven/org.x/d@1.0',
      name: 'd',
      ecosystem: 'maven',
      distribution: 'https://repo.example/{d} [1]/"x"\'<y>.jar',
      hashes: [
        { algorithm: 'SHA-256', content: 'not hex' },
        { algorithm: 'SHA-1', content: 'a'.repeat(40) },
        { algorithm: 'SHA-512', content: 'b'.repeat(128) },
        { algorithm: 'SHA-1', content: 'c'.repeat(40) },
      ],
    })
    add({
      purl: 'pkg:npm/e@1.0.0',
      name: 'e',
      version: '',
      hashes: [{ algorithm: 'SHA-256', content: 'zz' }],
      distribution: 'https://e.example/e.tgz',
    })
    add({ purl: 'pkg:npm/%C3%A5ngstr%C3%B6m@1.0.0', name: 'ångström' })
    add({ purl: 'pkg:npm/zeta@1.0.0', name: 'zeta', local: '' })
    add({ purl: 'pkg:golang/golang.org/x/y@v1.0.0', name: 'y', local: 'packages/y', goSum: 'h1:abc=' })
    graph.direct.add('pkg:npm/a@1.0.0')
    const gaps = { unresolved: ['b/build.gradle', 'a/build.gradle'], notRead: ['bun.lockb'], excluded: ['testdata/'] }
    for (const project of [PROJECT, { name: 'plain' }, { name: 'gitlab', url: 'https://gitlab.example/a b', licence: '(MIT)' }])
      for (const dev of ['mark', 'exclude'] as const) {
        expect(renderCycloneDx(graph, project, { dev, gaps })).toBe(reference(graph, project, { dev, gaps }))
      }
  })

  test('an empty graph: the same document, with an empty component list', () => {
    expect(renderCycloneDx(emptyGraph(), PROJECT)).toBe(reference(emptyGraph(), PROJECT, { dev: 'mark' }))
  })

  test('the document made part by part: the same text written to a file, its digest that of the bytes', () => {
    const graph = emptyGraph()
    for (const name of ['å', 'b', 'ç'])
      graph.components.set(`pkg:npm/${encodeURIComponent(name)}@1`, {
        purl: `pkg:npm/${encodeURIComponent(name)}@1`,
        name,
        ecosystem: 'npm',
        version: '1',
        hashes: [],
        scope: 'required',
        dependsOn: new Set(),
        source: 'x',
      })
    const text = reference(graph, PROJECT, { dev: 'mark' })
    const document = cycloneDxDocument(graph, PROJECT)
    const file = join(tempDir(), 'sbom.cdx.json')
    writeContent(file, document)
    expect(readFileSync(file, 'utf8')).toBe(text)
    expect(document.sha256()).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
    expect([...document.parts()].length).toBeGreaterThan(3)
  })
})

describe('ois-ready sbom writes the document whole or not at all', () => {
  test('-o over an existing file: replaced whole, no temporary file left, the same bytes as on stdout', () => {
    const dir = tempDir()
    cpSync(join(FIXTURES, 'sbom', 'npm-v3'), dir, { recursive: true })
    const outDir = tempDir()
    const out = join(outDir, 'sbom.cdx.json')
    writeFileSync(out, 'an older SBOM that is longer than nothing')
    const written = runCli(['sbom', dir, '-o', out])
    expect(written.status).toBe(0)
    const printed = runCli(['sbom', dir])
    expect(printed.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout)
    expect(JSON.parse(printed.stdout).components.length).toBeGreaterThan(0)
    expect(readdirSync(outDir)).toEqual(['sbom.cdx.json'])
  })

  test('-o into a folder reached through a symlink: refused with the reason, nothing written there', () => {
    const dir = tempDir()
    cpSync(join(FIXTURES, 'sbom', 'npm-v3'), dir, { recursive: true })
    const target = tempDir()
    const link = join(tempDir(), 'link')
    symlinkSync(target, link)
    const r = runCli(['sbom', dir, '-o', join(link, 'sbom.cdx.json')])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/goes through the symlink .*link; ois-ready does not write through links/)
    expect(readdirSync(target)).toEqual([])
  })
})
