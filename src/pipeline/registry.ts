/** Every check, one line each. Adding a check: a folder under checks/<family>/<id>/ and a line here. */
import type { Check } from '../core/types.js'
import { check as changelog } from '../../checks/docs/changelog/index.js'
import { check as codeOfConduct } from '../../checks/docs/code-of-conduct/index.js'
import { check as contributing } from '../../checks/docs/contributing/index.js'
import { check as governance } from '../../checks/docs/governance/index.js'
import { check as readme } from '../../checks/docs/readme/index.js'
import { check as semverTags } from '../../checks/docs/semver-tags/index.js'
import { check as dangerousWorkflow } from '../../checks/security/dangerous-workflow/index.js'
import { check as dependencyUpdates } from '../../checks/security/dependency-updates/index.js'
import { check as knownVulnerabilities } from '../../checks/security/known-vulnerabilities/index.js'
import { check as securityPolicy } from '../../checks/security/security-policy/index.js'
import { check as securityTxt } from '../../checks/security/security-txt/index.js'
import { check as tokenPermissions } from '../../checks/security/token-permissions/index.js'
import { check as pinnedDependencies } from '../../checks/security/pinned-dependencies/index.js'
import { check as jobLeastPrivilege } from '../../checks/security/job-least-privilege/index.js'
import { check as sustainedMaintenance } from '../../checks/docs/sustained-maintenance/index.js'
import { check as supportAndEol } from '../../checks/docs/support-and-eol/index.js'
import { check as changeGates } from '../../checks/security/change-gates/index.js'
import { check as enforcedReview } from '../../checks/security/enforced-review/index.js'
import { check as verifiableReleases } from '../../checks/security/verifiable-releases/index.js'
import { check as threatModel } from '../../checks/docs/threat-model/index.js'
import { check as projectPolicies } from '../../checks/docs/project-policies/index.js'
import { check as vulnerabilityAccounting } from '../../checks/security/vulnerability-accounting/index.js'
import { check as publiccode } from '../../checks/standards/publiccode/index.js'
import { check as securityInsights } from '../../checks/standards/security-insights/index.js'
import { check as sbomGenerated } from '../../checks/sbom/sbom-generated/index.js'
import { check as sbomQuality } from '../../checks/sbom/sbom-quality/index.js'
import { check as releaseSbom } from '../../checks/sbom/release-sbom/index.js'
import { check as licenceFile } from '../../checks/licence/licence-file/index.js'
import { check as dependencyLicences } from '../../checks/licence/dependency-licences/index.js'
import { check as reuseCompliance } from '../../checks/licence/reuse-compliance/index.js'

export const registry: readonly Check[] = [
  readme,
  contributing,
  codeOfConduct,
  governance,
  changelog,
  semverTags,
  securityPolicy,
  securityTxt,
  dependencyUpdates,
  knownVulnerabilities,
  dangerousWorkflow,
  tokenPermissions,
  publiccode,
  securityInsights,
  sbomGenerated,
  sbomQuality,
  licenceFile,
  dependencyLicences,
  reuseCompliance,
  pinnedDependencies,
  jobLeastPrivilege,
  sustainedMaintenance,
  supportAndEol,
  changeGates,
  enforcedReview,
  verifiableReleases,
  releaseSbom,
  threatModel,
  projectPolicies,
  vulnerabilityAccounting,
]

export function findCheck(id: string): Check | undefined {
  return registry.find((c) => c.meta.id === id)
}
