/**
 * The scanners change-gates recognises in workflows: dependency and vulnerability scanners (SCA)
 * and static analysis (SAST), by action or by command, and whether each fails its job on findings
 * by default.
 */
export type Kind = 'sca' | 'sast'

export interface Tool {
  name: string
  kind: Kind
  /** `uses:` prefix (owner/name, without the ref). */
  action?: string
  /** A command in a `run:` script. */
  command?: RegExp
  /**
   * Whether a finding fails the step by default. false: it only reports (CodeQL uploads alerts,
   * trivy's exit-code is 0), so blocking depends on settings the repository does not hold.
   */
  failsOnFindings: boolean | ((w: Record<string, unknown>) => boolean)
}

export const TOOLS: Tool[] = [
  { name: 'dependency-review-action', kind: 'sca', action: 'actions/dependency-review-action', failsOnFindings: true },
  { name: 'OSV-Scanner', kind: 'sca', action: 'google/osv-scanner-action', failsOnFindings: true },
  { name: 'OSV-Scanner', kind: 'sca', command: /\bosv-scanner\b/, failsOnFindings: true },
  { name: 'pip-audit', kind: 'sca', action: 'pypa/gh-action-pip-audit', failsOnFindings: true },
  { name: 'pip-audit', kind: 'sca', command: /\bpip-audit\b/, failsOnFindings: true },
  { name: 'npm audit', kind: 'sca', command: /\b(npm|pnpm)\s+audit\b|\byarn\s+(npm\s+)?audit\b/, failsOnFindings: true },
  { name: 'cargo-deny', kind: 'sca', action: 'EmbarkStudios/cargo-deny-action', failsOnFindings: true },
  { name: 'cargo audit', kind: 'sca', action: 'rustsec/audit-check', failsOnFindings: true },
  { name: 'cargo audit / cargo deny', kind: 'sca', command: /\bcargo\s+(audit|deny)\b/, failsOnFindings: true },
  { name: 'govulncheck', kind: 'sca', action: 'golang/govulncheck-action', failsOnFindings: true },
  { name: 'govulncheck', kind: 'sca', command: /\bgovulncheck\b/, failsOnFindings: true },
  { name: 'Trivy', kind: 'sca', action: 'aquasecurity/trivy-action', failsOnFindings: (w) => String(w['exit-code'] ?? '0') !== '0' },
  { name: 'Grype', kind: 'sca', action: 'anchore/scan-action', failsOnFindings: (w) => String(w['fail-build'] ?? 'true') !== 'false' },
  { name: 'bundler-audit', kind: 'sca', command: /\bbundle(r)?[- ]audit\b/, failsOnFindings: true },
  { name: 'composer audit', kind: 'sca', command: /\bcomposer\s+audit\b/, failsOnFindings: true },
  { name: 'OWASP Dependency-Check', kind: 'sca', command: /dependency-check|dependencyCheckAnalyze/, failsOnFindings: false },
  { name: 'Snyk', kind: 'sca', action: 'snyk/actions', failsOnFindings: true },
  { name: 'CodeQL', kind: 'sast', action: 'github/codeql-action/analyze', failsOnFindings: false },
  { name: 'Semgrep', kind: 'sast', action: 'returntocorp/semgrep-action', failsOnFindings: true },
  { name: 'Semgrep', kind: 'sast', action: 'semgrep/semgrep-action', failsOnFindings: true },
  { name: 'Semgrep', kind: 'sast', command: /\bsemgrep\s+(ci|scan|--config)\b/, failsOnFindings: true },
  { name: 'gosec', kind: 'sast', action: 'securego/gosec', failsOnFindings: true },
  { name: 'gosec', kind: 'sast', command: /\bgosec\b/, failsOnFindings: true },
  { name: 'Bandit', kind: 'sast', command: /\bbandit\s+-r\b|\bbandit\b.*\s-c\s/, failsOnFindings: true },
  {
    name: 'zizmor',
    kind: 'sast',
    action: 'zizmorcore/zizmor-action',
    failsOnFindings: (w) => String(w['advanced-security'] ?? 'true') === 'false',
  },
  { name: 'zizmor', kind: 'sast', command: /\bzizmor\b/, failsOnFindings: true },
  { name: 'Brakeman', kind: 'sast', command: /\bbrakeman\b/, failsOnFindings: true },
  { name: 'SonarQube/SonarCloud', kind: 'sast', action: 'SonarSource/', failsOnFindings: false },
  { name: 'cppcheck', kind: 'sast', command: /\bcppcheck\b.*--error-exitcode/, failsOnFindings: true },
  { name: 'clang static analyzer', kind: 'sast', command: /\bscan-build\b.*--status-bugs/, failsOnFindings: true },
]
