import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { emptyGraph } from '../../src/sbom/graph.js'
import { parsePom } from '../../src/sbom/maven-reactor.js'
import { FIXTURES } from '../helpers/repo.js'

const pom = readFileSync(join(FIXTURES, 'sbom', 'maven', 'pom.xml'), 'utf8')
const parsed = (text: string) => {
  const graph = emptyGraph()
  parsePom('service/pom.xml', text, graph)
  return graph
}

describe('pom.xml', () => {
  test('declared dependencies, versions from properties, the parent and dependencyManagement; not transitive', () => {
    const graph = parsed(pom)
    expect([...graph.components.values()].map((c) => `${c.purl} ${c.scope}`).sort()).toEqual([
      'pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.17.2 required',
      'pkg:maven/com.google.guava/guava@33.3.0-jre required',
      'pkg:maven/eu.kommune.forms/forms-model@2.4.0 required',
      'pkg:maven/org.apache.commons/commons-lang3@3.17.0 required',
      'pkg:maven/org.junit.jupiter/junit-jupiter@5.11.0 dev',
      'pkg:maven/org.postgresql/postgresql@42.7.4 optional',
      'pkg:maven/org.slf4j/slf4j-api@2.0.16 required',
    ])
    expect(graph.direct.size).toBe(7)
    expect([...graph.components.values()].every((c) => c.declaredOnly && c.dependsOn.size === 0)).toBe(true)
    expect(graph.sources).toEqual(['service/pom.xml'])
    // the build plugin is not a dependency of the product
    expect([...graph.components.keys()].some((p) => p.includes('maven-compiler-plugin'))).toBe(false)
  })

  test('a version only a parent POM outside the repository knows is a warning naming it, with its line; the component is left out', () => {
    expect(parsed(pom).problems).toEqual([
      {
        path: 'service/pom.xml',
        // the <dependency> element: the line before its groupId (findIndex counts from 0)
        line: pom.split('\n').findIndex((l) => l.includes('<groupId>io.micrometer')),
        warning: true,
        message:
          'io.micrometer:micrometer-core has no version here: it is managed outside the repository (the parent POM eu.kommune.forms:forms-parent:2.4.0), which ois-ready does not read; left out',
      },
    ])
  })

  test.each<[string, string, RegExp, boolean]>([
    ['truncated', pom.slice(0, 1500), /^not valid XML/, false],
    [
      'an undefined property',
      '<project><dependencies><dependency><groupId>a</groupId><artifactId>b</artifactId><version>${nope}</version></dependency></dependencies></project>',
      /a:b: version \$\{nope\} uses a property not defined in this POM; left out/,
      true,
    ],
    [
      'a property cycle',
      '<project><properties><a>${b}</a><b>${a}</b></properties><dependencies><dependency><groupId>g</groupId><artifactId>x</artifactId><version>${a}</version></dependency></dependencies></project>',
      /g:x: the version property a refers to itself \(a → b → a\); left out/,
      true,
    ],
    [
      'a version range',
      '<project><dependencies><dependency><groupId>g</groupId><artifactId>x</artifactId><version>[1.0,2.0)</version></dependency></dependencies></project>',
      /g:x: version range \[1\.0,2\.0\) is resolved by Maven at build time/,
      true,
    ],
  ])('%s: a problem naming the file', (_name, text, message, warning) => {
    const graph = parsed(text)
    expect(graph.problems[0]).toMatchObject({ path: 'service/pom.xml', message: expect.stringMatching(message) })
    expect(Boolean(graph.problems[0]!.warning)).toBe(warning)
  })

  test('an entity bomb in the DOCTYPE is not expanded', () => {
    const lol = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')
    const text = `<?xml version="1.0"?><!DOCTYPE project [<!ENTITY l0 "lol">${lol}]><project><dependencies><dependency><groupId>g</groupId><artifactId>x</artifactId><version>&l9;</version></dependency></dependencies></project>`
    const start = Date.now()
    const graph = parsed(text)
    expect(Date.now() - start).toBeLessThan(2000)
    expect(graph.components.size).toBe(0)
    expect(graph.problems).toEqual([
      expect.objectContaining({ warning: true, message: 'g:x: uses XML entities, which ois-ready does not expand; left out' }),
    ])
  })
})
