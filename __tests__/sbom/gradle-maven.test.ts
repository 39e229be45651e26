/**
 * Gradle builds and Maven reactors read as a whole, on real extracts (fixtures/real/<project>/,
 * SOURCE.md gives the commit). The expected components are not ois-ready's own output: for the
 * Gradle builds they are a reviewer's derivation by other means (fixtures/sbom/agreement/
 * <project>.reference.py: Python's tomllib and ElementTree, braces counted by hand; its output is
 * <project>.reference.txt, made from the same extract), for maven-resolver the output of cdxgen
 * 12.8.4 on the same POMs, with each difference named and explained.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check } from '../../checks/sbom/sbom-generated/index.js'
import { takeSnapshot } from '../../src/core/snapshot.js'
import { scanLockfiles, type LockfileScan } from '../../src/sbom/lockfiles.js'
import { configurationKind, type ConfigurationKind } from '../../src/sbom/gradle.js'
import { runCheckOn } from '../helpers/check.js'
import { cleanup, FIXTURES, realRepo } from '../helpers/repo.js'

afterAll(cleanup)

async function scan(project: string): Promise<{ root: string; result: LockfileScan }> {
  const root = realRepo(project)
  const repo = await takeSnapshot({ root, maxFileBytes: 1 << 20, exclude: [] })
  return { root, result: await scanLockfiles(repo) }
}

/** The reviewer's lines: `purl scope [pinned|declared-only [sha256]]`, and `no-version group:name`. */
function reference(project: string): { components: string[]; noVersion: string[] } {
  const lines = readFileSync(join(FIXTURES, 'sbom', 'agreement', `${project}.reference.txt`), 'utf8')
    .trim()
    .split('\n')
  return {
    components: lines.filter((l) => l.startsWith('pkg:')).sort(),
    noVersion: lines.filter((l) => l.startsWith('no-version ')).map((l) => l.slice('no-version '.length)),
  }
}

const mavenComponents = (s: LockfileScan) => [...s.graph.components.values()].filter((c) => c.ecosystem === 'maven')
const scopeOf = (scope: string) => (scope === 'required' ? 'required' : 'dev')

describe('Gradle builds', () => {
  test('nordic-institute/X-Road: 101 Kotlin build scripts, a version catalog, buildSrc conventions; every Java component the reviewer derives, declared-only', async () => {
    const { result } = await scan('X-Road')
    const { components, noVersion } = reference('X-Road')
    const ours = mavenComponents(result)
    expect(ours.map((c) => `${c.purl} ${scopeOf(c.scope)}`).sort()).toEqual(components)
    expect(components).toHaveLength(94)
    // no lockfile, no verification metadata: versions are the catalog's, nothing is pinned
    expect(ours.every((c) => c.declaredOnly && c.hashes.length === 0)).toBe(true)
    // src/gradle/libs.versions.toml: logback = "1.5.27" (line 26) for logback-classic (line 133); bucket4j-core version = "8.10.1" (line 146)
    expect(components).toEqual(
      expect.arrayContaining([
        'pkg:maven/ch.qos.logback/logback-classic@1.5.27 required',
        'pkg:maven/com.bucket4j/bucket4j-core@8.10.1 required',
      ]),
    )
    // the Spring Boot and Jackson platforms manage 27 of them: one warning naming the platforms, no guessed version
    const warning = result.graph.problems.filter((p) => p.warning && /declared dependencies have no version/.test(p.message))
    expect(warning).toHaveLength(1)
    expect(warning[0]!.message).toContain(`${noVersion.length} declared dependencies have no version in the build files`)
    expect(warning[0]!.message).toContain('org.springframework.boot:spring-boot-dependencies:3.5.6')
    expect(noVersion).toHaveLength(27)
    // the Gradle build is covered: every build script of it, none unresolved
    const gradle = result.coverage.find((c) => c.ecosystem === 'gradle')!
    expect(gradle.unresolved).toEqual([])
    expect(gradle.components).toBe(94)
    expect(result.manifests.filter((m) => m.ecosystem === 'gradle' && m.status !== 'covered')).toEqual([])
    // every build.gradle.kts of the extract, buildSrc's own included (its settings' build covers it)
    expect(result.manifests.filter((m) => m.ecosystem === 'gradle')).toHaveLength(101)
  })

  test('nordic-institute/X-Road: sbom-generated passes; the versions the platforms manage are a warning, not a failure', async () => {
    const result = await runCheckOn(check, {}, { root: realRepo('X-Road') })
    expect(result.status).toBe('pass')
    // the 94 Java components and the 589 of the web UIs' pnpm workspace (src/pnpm-lock.yaml), as on the whole repository
    expect(result.messages[0]).toMatch(
      /^SBOM of 683 component\(s\) from src\/pnpm-lock\.yaml, src\/addons\/.*covers the 105 build manifest\(s\) found$/,
    )
    expect(result.findings.filter((f) => f.status === 'fail')).toEqual([])
  })

  test('f-droid/fdroidclient: verification-metadata.xml pins components with their SHA-256; declarations it does not pin are declared-only', async () => {
    const { result } = await scan('fdroidclient')
    const { components, noVersion } = reference('fdroidclient')
    const ours = mavenComponents(result).map((c) =>
      [
        c.purl,
        scopeOf(c.scope),
        c.declaredOnly ? 'declared-only' : 'pinned',
        ...(c.declaredOnly ? [] : [c.hashes.find((h) => h.algorithm === 'SHA-256')?.content ?? 'no-hash']),
      ].join(' '),
    )
    expect(ours.sort()).toEqual(components)
    // gradle/verification-metadata.xml (excerpt): <component group="androidx.activity" name="activity-compose" version="1.12.4">,
    // artifact activity-compose-1.12.4.aar, <sha256 value="c499b660…">
    expect(components).toContain(
      'pkg:maven/androidx.activity/activity-compose@1.12.4 required pinned c499b660a06da6ee1b3f0f35753dff3058dfd3c5871d6e5e3984d93af31c4ddd',
    )
    expect(components.filter((c) => c.includes(' pinned '))).toHaveLength(40)
    const warning = result.graph.problems.find((p) => /declared dependencies have no version/.test(p.message))
    expect(warning).toMatchObject({ path: 'app/build.gradle.kts', warning: true })
    expect(warning!.message).toContain(`${noVersion.length} declared dependencies have no version`)
    expect(warning!.message).toContain('androidx.compose:compose-bom:2026.06.00')
    expect(result.coverage.find((c) => c.ecosystem === 'gradle')!.unresolved).toEqual([])
  })

  test('Freeyourgadget/Gadgetbridge: Groovy scripts without a catalog; the buildscript classpath is build tooling, not a component', async () => {
    const { result } = await scan('Gadgetbridge')
    const { components } = reference('Gadgetbridge')
    expect(
      mavenComponents(result)
        .map((c) => `${c.purl} ${scopeOf(c.scope)}`)
        .sort(),
    ).toEqual(components)
    expect(components).toHaveLength(44)
    expect([...result.graph.components.keys()].some((p) => p.includes('com.android.tools.build/gradle'))).toBe(false)
    const gradle = result.coverage.find((c) => c.ecosystem === 'gradle')!
    expect(gradle.unresolved).toEqual([])
    expect(gradle.components).toBe(44)
  })
})

describe('Gradle: what a configuration is for (dependency locking)', () => {
  /**
   * Every configuration named in home-assistant/android's gradle.lockfile files of the extract, with
   * what a reviewer says it is for: the product (what is compiled against or packaged:
   * coreLibraryDesugaring's desugared JDK classes are dexed into the app), tests, or build tooling
   * (run by the build: the Kotlin compiler and its plugins, annotation and symbol processors,
   * lint and ktlint, the Android plugin's own tools and its test platform).
   */
  const REVIEWER: Record<ConfigurationKind, string[]> = {
    product: [
      'compileClasspath',
      'coreLibraryDesugaring',
      'debugCompileClasspath',
      'debugImplementationDependenciesMetadata',
      'debugRuntimeClasspath',
      'implementationDependenciesMetadata',
      'releaseCompileClasspath',
      'releaseImplementationDependenciesMetadata',
      'releaseRuntimeClasspath',
      'runtimeClasspath',
    ],
    test: [
      'debugAndroidTestCompileClasspath',
      'debugAndroidTestImplementationDependenciesMetadata',
      'debugAndroidTestRuntimeClasspath',
      'debugUnitTestCompileClasspath',
      'debugUnitTestImplementationDependenciesMetadata',
      'debugUnitTestRuntimeClasspath',
      'hiltCompileOnlyDebugAndroidTest',
      'hiltCompileOnlyDebugUnitTest',
      'testCompileClasspath',
      'testImplementationDependenciesMetadata',
      'testKotlinScriptDefExtensions',
      'testRuntimeClasspath',
    ],
    tool: [
      '_agp_internal_debugAndroidTest_kspClasspath',
      '_agp_internal_debugUnitTest_kspClasspath',
      '_agp_internal_debug_kspClasspath',
      '_agp_internal_release_kspClasspath',
      'androidApis',
      'androidJdkImage',
      'androidLintTool',
      'androidTestUtil',
      'annotationProcessor',
      'debugAndroidTestAnnotationProcessorClasspath',
      'debugAndroidTestLintChecksClasspath',
      'debugAnnotationProcessorClasspath',
      'debugLintChecksClasspath',
      'debugUnitTestAnnotationProcessorClasspath',
      'debugUnitTestLintChecksClasspath',
      'hiltAnnotationProcessorDebugAndroidTest',
      'hiltAnnotationProcessorDebugUnitTest',
      'kotlinAbiValidationCompatClasspath',
      'kotlinBuildToolsApiClasspath',
      'kotlinCompilerClasspath',
      'kotlinCompilerPluginClasspath',
      'kotlinCompilerPluginClasspathDebug',
      'kotlinCompilerPluginClasspathDebugAndroidTest',
      'kotlinCompilerPluginClasspathDebugUnitTest',
      'kotlinCompilerPluginClasspathMain',
      'kotlinCompilerPluginClasspathRelease',
      'kotlinCompilerPluginClasspathTest',
      'kotlinKlibCommonizerClasspath',
      'kotlinNativeCompilerPluginClasspath',
      'kotlinScriptDefExtensions',
      'kspDebugAndroidTestKotlinProcessorClasspath',
      'kspDebugKotlinProcessorClasspath',
      'kspDebugUnitTestKotlinProcessorClasspath',
      'kspPluginClasspath',
      'kspPluginClasspathNonEmbeddable',
      'kspReleaseKotlinProcessorClasspath',
      'ktlint',
      'ktlintBaselineReporter',
      'ktlintReporter',
      'ktlintRuleset',
      'lintChecks',
      'lintPublish',
      'releaseAnnotationProcessorClasspath',
      'releaseLintChecksClasspath',
      'testAnnotationProcessor',
      'unified-test-platform-android-device-provider-ddmlib',
      'unified-test-platform-android-driver-instrumentation',
      'unified-test-platform-android-test-plugin',
      'unified-test-platform-android-test-plugin-host-additional-test-output',
      'unified-test-platform-android-test-plugin-host-apk-installer',
      'unified-test-platform-android-test-plugin-host-coverage',
      'unified-test-platform-android-test-plugin-host-device-info',
      'unified-test-platform-android-test-plugin-host-emulator-control',
      'unified-test-platform-android-test-plugin-host-logcat',
      'unified-test-platform-android-test-plugin-result-listener-gradle',
      'unified-test-platform-core',
      'unified-test-platform-gradle-work-action',
      'unified-test-platform-launcher',
    ],
  }
  const LOCKFILES = ['gradle.lockfile', 'provides-sensor-processor/gradle.lockfile', 'microwakeword/gradle.lockfile']
  /** `group:name:version=conf1,conf2` lines of the extract's lockfiles, and `empty=…`: the configurations that resolve nothing. */
  const all = LOCKFILES.flatMap((f) =>
    readFileSync(join(FIXTURES, 'real', 'home-assistant-android', f), 'utf8')
      .split('\n')
      .filter((l) => /^[^#=]+=/.test(l))
      .map((l) => ({
        module: l.slice(0, l.indexOf('=')),
        configurations: l
          .slice(l.indexOf('=') + 1)
          .split(',')
          .filter(Boolean),
      })),
  )
  const lines = all.filter((l) => l.module !== 'empty')

  test('every configuration of the real lockfiles is read as the reviewer reads it', () => {
    const kindOf = new Map(Object.entries(REVIEWER).flatMap(([kind, names]) => names.map((n) => [n, kind])))
    const found = [...new Set(all.flatMap((l) => l.configurations))].sort()
    expect(found).toEqual([...kindOf.keys()].sort())
    expect(found.filter((c) => configurationKind(c) !== kindOf.get(c))).toEqual([])
  })

  test('home-assistant/android: runtime and compile classpaths are required, tests dev, build tooling dev and marked', async () => {
    const { result } = await scan('home-assistant-android')
    // the reviewer's reading: a module the product needs in any project is required; else a test's is dev; else it is build tooling
    const kindsOf = new Map<string, Set<string>>()
    for (const l of lines) {
      const [g, a, v] = l.module.split(':')
      const purl = `pkg:maven/${g}/${a}@${v}`
      const kinds = kindsOf.get(purl) ?? new Set<string>()
      for (const c of l.configurations) kinds.add(Object.entries(REVIEWER).find(([, names]) => names.includes(c))![0])
      kindsOf.set(purl, kinds)
    }
    const expected = [...kindsOf]
      .map(([purl, k]) => `${purl} ${k.has('product') ? 'required' : k.has('test') ? 'dev' : 'dev build-tool'}`)
      .sort()
    const ours = mavenComponents(result)
      .map((c) => `${c.purl} ${c.scope}${c.buildTool ? ' build-tool' : ''}`)
      .sort()
    expect(ours).toEqual(expected)
    const count = (suffix: string) => expected.filter((e) => e.endsWith(suffix)).length
    expect([ours.length, count(' required'), count(' dev'), count(' build-tool')]).toEqual([457, 60, 165, 232])
    const scopeOf = (purl: string) => ours.find((o) => o.startsWith(`${purl} `))?.slice(purl.length + 1)
    // microwakeword/gradle.lockfile: com.android.tools:desugar_jdk_libs:2.1.5=coreLibraryDesugaring — in the app
    expect(scopeOf('pkg:maven/com.android.tools/desugar_jdk_libs@2.1.5')).toBe('required')
    // kotlin-compiler-embeddable:2.4.10=kotlinAbiValidationCompatClasspath,kotlinBuildToolsApiClasspath,kotlinCompilerClasspath
    // (the compiler) and :2.1.0=ktlint,ktlintBaselineReporter,ktlintRuleset (the linter's)
    expect(scopeOf('pkg:maven/org.jetbrains.kotlin/kotlin-compiler-embeddable@2.4.10')).toBe('dev build-tool')
    expect(scopeOf('pkg:maven/org.jetbrains.kotlin/kotlin-compiler-embeddable@2.1.0')).toBe('dev build-tool')
    // com.android.tools.lint:lint:32.3.1=androidLintTool
    expect(scopeOf('pkg:maven/com.android.tools.lint/lint@32.3.1')).toBe('dev build-tool')
    // symbol-processing-api 2.3.11: a compiler plugin's in microwakeword, but the runtimeClasspath of
    // provides-sensor-processor, itself a KSP processor: required; 2.3.7 only runs in the build
    expect(scopeOf('pkg:maven/com.google.devtools.ksp/symbol-processing-api@2.3.11')).toBe('required')
    expect(scopeOf('pkg:maven/com.google.devtools.ksp/symbol-processing-api@2.3.7')).toBe('dev build-tool')
    // junit-jupiter-api:6.1.3=debugUnitTestCompileClasspath,debugUnitTestLintChecksClasspath,debugUnitTestRuntimeClasspath: a test's
    expect(scopeOf('pkg:maven/org.junit.jupiter/junit-jupiter-api@6.1.3')).toBe('dev')
    // every component has a lockfile's configurations: no scope is a default
    expect(mavenComponents(result).filter((c) => c.scopeUnknown)).toEqual([])
  })

  test('bitwarden/android: buildscript-gradle.lockfile pins the build script classpath, every entry build tooling', async () => {
    const { result } = await scan('bitwarden-android')
    const lines = readFileSync(join(FIXTURES, 'real', 'bitwarden-android', 'buildscript-gradle.lockfile'), 'utf8')
      .split('\n')
      .filter((l) => /^[^#].*=classpath$/.test(l))
    const expected = lines.map((l) => {
      const [g, a, v] = l.slice(0, -'=classpath'.length).split(':')
      return `pkg:maven/${g}/${a}@${v} dev build-tool`
    })
    const ours = mavenComponents(result).map((c) => `${c.purl} ${c.scope}${c.buildTool ? ' build-tool' : ''}`)
    expect(ours.sort()).toEqual(expected.sort())
    expect(ours).toHaveLength(136)
    expect(result.graph.sources).toEqual(['buildscript-gradle.lockfile'])
  })

  test('f-droid/fdroidclient: what only verification metadata lists has no known scope, and the SBOM says so', async () => {
    const { result } = await scan('fdroidclient')
    const pinned = mavenComponents(result).filter((c) => !c.declaredOnly)
    // the 40 components of the excerpt, 3 of them declared by the build scripts (their configurations give the scope)
    expect(pinned).toHaveLength(40)
    const unknown = pinned.filter((c) => c.scopeUnknown)
    expect(unknown).toHaveLength(37)
    expect(unknown.every((c) => c.scope === 'required' && !c.buildTool)).toBe(true)
    expect(result.graph.problems.filter((p) => /not declared by the build scripts and no gradle\.lockfile/.test(p.message))).toEqual([
      expect.objectContaining({
        path: 'gradle/verification-metadata.xml',
        warning: true,
        message: expect.stringMatching(/^37 component\(s\) it pins/),
      }),
    ])
    // declared in the build scripts with ksp(…) (gradle/libs.versions.toml: room-compiler, hilt-compiler): annotation processors
    expect(
      mavenComponents(result)
        .filter((c) => c.buildTool)
        .map((c) => c.purl)
        .sort(),
    ).toEqual([
      'pkg:maven/androidx.hilt/hilt-compiler@1.3.0',
      'pkg:maven/androidx.room/room-compiler@2.8.4',
      'pkg:maven/com.google.dagger/hilt-android-compiler@2.59.2',
      'pkg:maven/org.jetbrains.kotlin/kotlin-metadata-jvm@2.4.0',
    ])
  })
})

describe('Maven reactors', () => {
  interface CdxComponent {
    purl: string
  }
  const ga = (purl: string) => /^pkg:maven\/([^/]+)\/([^@?]+)(?:@([^?]+))?/.exec(purl)!.slice(1) as [string, string, string?]

  test('apache/maven-resolver: the 31 POMs of its reactor; agreement with cdxgen 12.8.4 (no Maven run), each difference explained', async () => {
    const { result } = await scan('maven-resolver')
    const cdxgen = JSON.parse(readFileSync(join(FIXTURES, 'sbom', 'agreement', 'maven-resolver.cdxgen.cdx.json'), 'utf8')) as {
      components: CdxComponent[]
    }
    const theirs = new Map<string, string | undefined>()
    for (const c of cdxgen.components) {
      const [g, a, v] = ga(c.purl)
      theirs.set(`${g}:${a}`, v)
    }
    const ours = new Map<string, Set<string>>()
    for (const c of mavenComponents(result)) {
      const key = `${c.namespace}:${c.name}`
      ours.set(key, (ours.get(key) ?? new Set()).add(c.version))
    }
    // cdxgen without Maven writes versions only where the POM itself does; ois-ready reads the
    // parent chain's dependencyManagement in the repository: every version cdxgen gives is ours too
    for (const [key, version] of theirs) if (version !== undefined && ours.has(key)) expect([...ours.get(key)!]).toContain(version)
    // 1. cdxgen lists without a version what only maven-parent:49 or the Jetty and OkHttp BOMs
    //    (outside the repository) manage, and one whose version is a property maven-parent defines;
    //    ois-ready leaves them out with one warning per parent and BOMs, naming them: 21 + 1 + 1
    const missing = [...theirs.keys()].filter((k) => !ours.has(k))
    expect(missing).toHaveLength(23)
    const warned = result.graph.problems.filter((p) => p.warning)
    expect(warned).toHaveLength(3)
    expect(warned.find((p) => p.path === 'maven-resolver-api/pom.xml')?.message).toMatch(
      /^21 dependencies declared in 24 POM\(s\) have no version in the repository: they are managed outside it \(the parent POM org\.apache\.maven:maven-parent:49, the BOM org\.eclipse\.jetty:jetty-bom:12\.1\.12\), which ois-ready does not read; left out: org\.junit\.jupiter:junit-jupiter-api, /,
    )
    expect(warned.find((p) => p.path === 'maven-resolver-transport-minio/pom.xml')?.message).toContain(
      'the BOM com.squareup.okhttp3:okhttp-bom:5.5.0, the BOM org.eclipse.jetty:jetty-bom:12.1.12), which ois-ready does not read; left out: com.squareup.okhttp3:okhttp-jvm',
    )
    expect(
      warned.find((p) =>
        p.message.includes('org.apache.maven.plugin-tools:maven-plugin-annotations: version ${version.maven-plugin-tools}'),
      ),
    ).toMatchObject({ path: 'maven-resolver-demos/maven-resolver-demo-maven-plugin/pom.xml', line: 64 })
    // 2. every module of the reactor is the project's own component; cdxgen lists a module only
    //    when another depends on it, so the aggregators and the leaf tools are ours alone
    expect([...ours.keys()].filter((k) => !theirs.has(k)).sort()).toEqual([
      'org.apache.maven.resolver:maven-resolver-demo-snippets',
      'org.apache.maven.resolver:maven-resolver-demos',
      'org.apache.maven.resolver:maven-resolver-supplier-mvn3',
      'org.apache.maven.resolver:maven-resolver-tools',
      'org.apache.maven.resolver:maven-resolver-transport-jdk-parent',
      'org.apache.maven.resolver:resolver-demo-maven-plugin',
    ])
    // 3. versions cdxgen leaves out, read from the root POM's <dependencyManagement> (slf4jVersion 2.0.18)
    expect(theirs.get('org.slf4j:slf4j-api')).toBeUndefined()
    expect([...ours.get('org.slf4j:slf4j-api')!]).toEqual(['2.0.18'])
    // the supplier-mvn3 and -mvn4 modules override the Maven version: two versions of maven-resolver-provider
    expect([...ours.get('org.apache.maven:maven-resolver-provider')!].sort()).toEqual(['3.9.16', '4.0.0-rc-6'])
    expect(result.coverage.find((c) => c.ecosystem === 'maven')).toMatchObject({ unresolved: [], components: 74 })
  })
})
