import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// data/crosswalk.json
var crosswalk_default = {
  version: "2026.12",
  schemes: {
    osps: {
      name: "OpenSSF OSPS Baseline",
      version: "2026.02.19",
      url: "https://baseline.openssf.org/",
      criteria: [
        {
          id: "OSPS-AC-01.01",
          level: 1,
          title: "MFA required to read/modify sensitive resources in the authoritative repo"
        },
        {
          id: "OSPS-AC-02.01",
          level: 1,
          title: "New collaborators get manual or least-privilege permissions by default"
        },
        {
          id: "OSPS-AC-03.01",
          level: 1,
          title: "Direct commits to the primary branch are prevented"
        },
        {
          id: "OSPS-AC-03.02",
          level: 1,
          title: "Deleting the primary branch requires explicit confirmation"
        },
        {
          id: "OSPS-BR-01.01",
          level: 1,
          title: "CI/CD sanitizes and validates untrusted metadata"
        },
        {
          id: "OSPS-BR-01.03",
          level: 1,
          title: "CI/CD keeps privileged credentials away from untrusted code snapshots"
        },
        {
          id: "OSPS-BR-03.01",
          level: 1,
          title: "Official project channels (URIs) use encrypted transport only"
        },
        {
          id: "OSPS-BR-03.02",
          level: 1,
          title: "Official distribution channels protected against adversary-in-the-middle"
        },
        {
          id: "OSPS-BR-07.01",
          level: 1,
          title: "Prevent unencrypted secrets/credentials from being stored in the VCS"
        },
        {
          id: "OSPS-DO-01.01",
          level: 1,
          title: "User guides for all basic functionality (after a release)"
        },
        {
          id: "OSPS-DO-02.01",
          level: 1,
          title: "Guide for reporting defects (after a release)"
        },
        {
          id: "OSPS-GV-02.01",
          level: 1,
          title: "Public discussion mechanism for changes and usage obstacles"
        },
        {
          id: "OSPS-GV-03.01",
          level: 1,
          title: "Documented contribution process"
        },
        {
          id: "OSPS-LE-02.01",
          level: 1,
          title: "Source code license is OSI/FSF approved"
        },
        {
          id: "OSPS-LE-02.02",
          level: 1,
          title: "Released-assets license is OSI/FSF approved"
        },
        {
          id: "OSPS-LE-03.01",
          level: 1,
          title: "Source license kept in LICENSE/COPYING file or LICENSE(S)/ directory"
        },
        {
          id: "OSPS-LE-03.02",
          level: 1,
          title: "Released-assets license shipped with the release"
        },
        {
          id: "OSPS-QA-01.01",
          level: 1,
          title: "Source repository publicly readable at a static URL"
        },
        {
          id: "OSPS-QA-01.02",
          level: 1,
          title: "Public record of all changes, authors and timestamps in the VCS"
        },
        {
          id: "OSPS-QA-02.01",
          level: 1,
          title: "Dependency list for direct language dependencies in the repo"
        },
        {
          id: "OSPS-QA-04.01",
          level: 1,
          title: "Multi-repository projects document their list of codebases"
        },
        {
          id: "OSPS-QA-05.01",
          level: 1,
          title: "No generated executable artifacts in the VCS"
        },
        {
          id: "OSPS-QA-05.02",
          level: 1,
          title: "No unreviewable binary artifacts in the VCS"
        },
        {
          id: "OSPS-VM-02.01",
          level: 1,
          title: "Documentation contains security contacts"
        },
        {
          id: "OSPS-AC-04.01",
          level: 2,
          title: "CI/CD tasks default to lowest permissions when none specified"
        },
        {
          id: "OSPS-BR-02.01",
          level: 2,
          title: "Each official release has a unique version identifier"
        },
        {
          id: "OSPS-BR-04.01",
          level: 2,
          title: "Each official release has a descriptive change log (functional and security)"
        },
        {
          id: "OSPS-BR-05.01",
          level: 2,
          title: "Build pipeline ingests dependencies with standardized tooling"
        },
        {
          id: "OSPS-BR-06.01",
          level: 2,
          title: "Releases signed or covered by a signed manifest with asset hashes"
        },
        {
          id: "OSPS-DO-06.01",
          level: 2,
          title: "Documentation describes how dependencies are selected, obtained and tracked"
        },
        {
          id: "OSPS-DO-07.01",
          level: 2,
          title: "Documentation includes build-from-source instructions"
        },
        {
          id: "OSPS-GV-01.01",
          level: 2,
          title: "Documentation lists members with access to sensitive resources"
        },
        {
          id: "OSPS-GV-01.02",
          level: 2,
          title: "Documentation describes member roles and responsibilities"
        },
        {
          id: "OSPS-GV-03.02",
          level: 2,
          title: "Contributor guide with requirements for acceptable contributions"
        },
        {
          id: "OSPS-LE-01.01",
          level: 2,
          title: "Contributors assert legal authorization on every commit (DCO/CLA)"
        },
        {
          id: "OSPS-QA-03.01",
          level: 2,
          title: "Automated status checks must pass (or be manually bypassed) on primary branch"
        },
        {
          id: "OSPS-QA-06.01",
          level: 2,
          title: "CI runs at least one automated test suite before a commit is accepted"
        },
        {
          id: "OSPS-SA-01.01",
          level: 2,
          title: "Design documentation of all actions and actors in the system"
        },
        {
          id: "OSPS-SA-02.01",
          level: 2,
          title: "Documentation of all external software interfaces of released assets"
        },
        {
          id: "OSPS-SA-03.01",
          level: 2,
          title: "Security assessment of likely and impactful security problems"
        },
        {
          id: "OSPS-VM-01.01",
          level: 2,
          title: "Coordinated vulnerability disclosure (CVD) policy with response timeframe"
        },
        {
          id: "OSPS-VM-03.01",
          level: 2,
          title: "Means for private vulnerability reporting to the security contacts"
        },
        {
          id: "OSPS-VM-04.01",
          level: 2,
          title: "Publicly publish data about discovered vulnerabilities"
        },
        {
          id: "OSPS-AC-04.02",
          level: 3,
          title: "CI/CD jobs assigned only the minimum privileges necessary"
        },
        {
          id: "OSPS-BR-01.04",
          level: 3,
          title: "CI/CD sanitizes and validates trusted collaborator input"
        },
        {
          id: "OSPS-BR-02.02",
          level: 3,
          title: "All release assets clearly associated with the release/unique identifier"
        },
        {
          id: "OSPS-BR-07.02",
          level: 3,
          title: "Policy for managing secrets and credentials (storage, access, rotation)"
        },
        {
          id: "OSPS-DO-03.01",
          level: 3,
          title: "Instructions to verify integrity and authenticity of release assets"
        },
        {
          id: "OSPS-DO-03.02",
          level: 3,
          title: "Instructions to verify the identity of the release author/process"
        },
        {
          id: "OSPS-DO-04.01",
          level: 3,
          title: "Statement of scope and duration of support for each release"
        },
        {
          id: "OSPS-DO-05.01",
          level: 3,
          title: "Statement of when releases stop receiving security updates"
        },
        {
          id: "OSPS-GV-04.01",
          level: 3,
          title: "Policy to review collaborators before granting escalated permissions",
          otherMeans: "a documented review before collaborators get escalated permissions is a governance decision that no file structure shows reliably; show it in the project's governance documentation"
        },
        {
          id: "OSPS-QA-02.02",
          level: 3,
          title: "Compiled released assets delivered with an SBOM"
        },
        {
          id: "OSPS-QA-04.02",
          level: 3,
          title: "Subprojects enforce security requirements at least as strict as the primary codebase",
          otherMeans: "ois-ready checks one repository per run; run it on every subproject's repository and compare their levels"
        },
        {
          id: "OSPS-QA-06.02",
          level: 3,
          title: "Documentation explains when and how tests are run"
        },
        {
          id: "OSPS-QA-06.03",
          level: 3,
          title: "Policy that major changes add or update automated tests"
        },
        {
          id: "OSPS-QA-07.01",
          level: 3,
          title: "At least one non-author human approval before merging to primary branch"
        },
        {
          id: "OSPS-SA-03.02",
          level: 3,
          title: "Threat modeling and attack surface analysis"
        },
        {
          id: "OSPS-VM-04.02",
          level: 3,
          title: "VEX document for vulnerabilities in components that do not affect the project"
        },
        {
          id: "OSPS-VM-05.01",
          level: 3,
          title: "Policy with remediation threshold for SCA findings (vulnerabilities, licenses)"
        },
        {
          id: "OSPS-VM-05.02",
          level: 3,
          title: "Policy to address SCA violations before any release"
        },
        {
          id: "OSPS-VM-05.03",
          level: 3,
          title: "Changes automatically checked for malicious/vulnerable dependencies and blocked on violation"
        },
        {
          id: "OSPS-VM-06.01",
          level: 3,
          title: "Policy with remediation threshold for SAST findings"
        },
        {
          id: "OSPS-VM-06.02",
          level: 3,
          title: "Changes automatically checked for security weaknesses (SAST) and blocked on violation"
        }
      ]
    },
    bestPractices: {
      name: "OpenSSF Best Practices Badge",
      version: "criteria.yml (passing, silver, gold)",
      url: "https://www.bestpractices.dev/en/criteria",
      criteria: [
        {
          id: "description_good",
          level: "passing",
          title: "Project website succinctly describes what the software does"
        },
        {
          id: "interact",
          level: "passing",
          title: "Website explains how to obtain, give feedback and contribute"
        },
        {
          id: "contribution",
          level: "passing",
          title: "Contribution process is explained"
        },
        {
          id: "contribution_requirements",
          level: "passing",
          title: "Requirements for acceptable contributions documented (SHOULD)"
        },
        {
          id: "floss_license",
          level: "passing",
          title: "Software released as FLOSS"
        },
        {
          id: "floss_license_osi",
          level: "passing",
          title: "License approved by OSI (SUGGESTED)"
        },
        {
          id: "license_location",
          level: "passing",
          title: "License posted in a standard location in the repo"
        },
        {
          id: "documentation_basics",
          level: "passing",
          title: "Basic documentation for the software"
        },
        {
          id: "documentation_interface",
          level: "passing",
          title: "Reference documentation of the external interface"
        },
        {
          id: "sites_https",
          level: "passing",
          title: "Project sites (website, repo, downloads) support HTTPS/TLS"
        },
        {
          id: "discussion",
          level: "passing",
          title: "Searchable, URL-addressable discussion mechanisms"
        },
        {
          id: "english",
          level: "passing",
          title: "Documentation in English; accepts English bug reports (SHOULD)"
        },
        {
          id: "maintained",
          level: "passing",
          title: "Project is maintained"
        },
        {
          id: "repo_public",
          level: "passing",
          title: "Public version-controlled source repository"
        },
        {
          id: "repo_track",
          level: "passing",
          title: "Repository tracks what changed, who, and when"
        },
        {
          id: "repo_interim",
          level: "passing",
          title: "Interim versions available for review between releases"
        },
        {
          id: "repo_distributed",
          level: "passing",
          title: "Distributed version control such as git (SUGGESTED)"
        },
        {
          id: "version_unique",
          level: "passing",
          title: "Unique version identifier for each release"
        },
        {
          id: "version_semver",
          level: "passing",
          title: "SemVer or CalVer numbering (SUGGESTED)"
        },
        {
          id: "version_tags",
          level: "passing",
          title: "Releases identified by VCS tags (SUGGESTED)"
        },
        {
          id: "release_notes",
          level: "passing",
          title: "Human-readable release notes for each release"
        },
        {
          id: "release_notes_vulns",
          level: "passing",
          title: "Release notes identify fixed publicly known vulnerabilities"
        },
        {
          id: "report_process",
          level: "passing",
          title: "Process for users to submit bug reports"
        },
        {
          id: "report_tracker",
          level: "passing",
          title: "Issue tracker used for individual issues (SHOULD)"
        },
        {
          id: "report_responses",
          level: "passing",
          title: "Majority of bug reports acknowledged in last 2-12 months"
        },
        {
          id: "enhancement_responses",
          level: "passing",
          title: "Majority of enhancement requests responded to (SHOULD)"
        },
        {
          id: "report_archive",
          level: "passing",
          title: "Publicly available archive of reports and responses"
        },
        {
          id: "vulnerability_report_process",
          level: "passing",
          title: "Vulnerability reporting process published"
        },
        {
          id: "vulnerability_report_private",
          level: "passing",
          title: "Private vulnerability reporting supported (if applicable)"
        },
        {
          id: "vulnerability_report_response",
          level: "passing",
          title: "Initial response to vulnerability reports within 14 days"
        },
        {
          id: "build",
          level: "passing",
          title: "Working build system (if needed)"
        },
        {
          id: "build_common_tools",
          level: "passing",
          title: "Common build tools used (SUGGESTED)"
        },
        {
          id: "build_floss_tools",
          level: "passing",
          title: "Buildable using only FLOSS tools (SHOULD)"
        },
        {
          id: "test",
          level: "passing",
          title: "Automated test suite released as FLOSS"
        },
        {
          id: "test_invocation",
          level: "passing",
          title: "Test suite invocable in a standard way (SHOULD)"
        },
        {
          id: "test_most",
          level: "passing",
          title: "Test suite covers most code branches/functionality (SUGGESTED)"
        },
        {
          id: "test_continuous_integration",
          level: "passing",
          title: "Continuous integration implemented (SUGGESTED)"
        },
        {
          id: "test_policy",
          level: "passing",
          title: "Policy that tests are added for major new functionality"
        },
        {
          id: "tests_are_added",
          level: "passing",
          title: "Evidence that tests are added for recent major changes"
        },
        {
          id: "tests_documented_added",
          level: "passing",
          title: "Test policy documented in change-proposal instructions (SUGGESTED)"
        },
        {
          id: "warnings",
          level: "passing",
          title: "Compiler warnings / linters enabled"
        },
        {
          id: "warnings_fixed",
          level: "passing",
          title: "Warnings are addressed"
        },
        {
          id: "warnings_strict",
          level: "passing",
          title: "Maximally strict warnings (SUGGESTED)"
        },
        {
          id: "know_secure_design",
          level: "passing",
          title: "A primary developer knows secure design"
        },
        {
          id: "know_common_errors",
          level: "passing",
          title: "A primary developer knows common vulnerability types and mitigations"
        },
        {
          id: "crypto_published",
          level: "passing",
          title: "Only publicly published, expert-reviewed crypto algorithms/protocols"
        },
        {
          id: "crypto_call",
          level: "passing",
          title: "Call dedicated crypto libraries rather than reimplementing (SHOULD)"
        },
        {
          id: "crypto_floss",
          level: "passing",
          title: "Security functionality implementable with FLOSS"
        },
        {
          id: "crypto_keylength",
          level: "passing",
          title: "Default key lengths meet NIST minimums through 2030"
        },
        {
          id: "crypto_working",
          level: "passing",
          title: "No broken cryptographic algorithms or modes by default"
        },
        {
          id: "crypto_weaknesses",
          level: "passing",
          title: "Avoid algorithms with known serious weaknesses (e.g., SHA-1) (SHOULD)"
        },
        {
          id: "crypto_pfs",
          level: "passing",
          title: "Perfect forward secrecy for key agreement (SHOULD)"
        },
        {
          id: "crypto_password_storage",
          level: "passing",
          title: "Passwords stored as iterated salted key-stretching hashes"
        },
        {
          id: "crypto_random",
          level: "passing",
          title: "Keys/nonces from a cryptographically secure RNG"
        },
        {
          id: "delivery_mitm",
          level: "passing",
          title: "Delivery mechanism counters MITM attacks (HTTPS/signatures)"
        },
        {
          id: "delivery_unsigned",
          level: "passing",
          title: "Hashes not retrieved over HTTP without signature check"
        },
        {
          id: "vulnerabilities_fixed_60_days",
          level: "passing",
          title: "No unpatched medium+ public vulnerabilities older than 60 days"
        },
        {
          id: "vulnerabilities_critical_fixed",
          level: "passing",
          title: "Critical vulnerabilities fixed rapidly (SHOULD)"
        },
        {
          id: "no_leaked_credentials",
          level: "passing",
          title: "No leaked valid private credentials in public repos"
        },
        {
          id: "static_analysis",
          level: "passing",
          title: "Static code analysis applied before major releases"
        },
        {
          id: "static_analysis_common_vulnerabilities",
          level: "passing",
          title: "Static analysis includes checks for common vulnerabilities (SUGGESTED)"
        },
        {
          id: "static_analysis_fixed",
          level: "passing",
          title: "Medium+ exploitable static-analysis findings fixed promptly"
        },
        {
          id: "static_analysis_often",
          level: "passing",
          title: "Static analysis on every commit or daily (SUGGESTED)"
        },
        {
          id: "dynamic_analysis",
          level: "passing",
          title: "Dynamic analysis (e.g., fuzzing) before major releases (SUGGESTED)"
        },
        {
          id: "dynamic_analysis_unsafe",
          level: "passing",
          title: "Memory-safety dynamic checks for memory-unsafe languages (SUGGESTED)"
        },
        {
          id: "dynamic_analysis_enable_assertions",
          level: "passing",
          title: "Assertions enabled during dynamic analysis (SUGGESTED)"
        },
        {
          id: "dynamic_analysis_fixed",
          level: "passing",
          title: "Medium+ exploitable dynamic-analysis findings fixed promptly"
        },
        {
          id: "achieve_passing",
          level: "silver",
          title: "Achieve the passing level badge"
        },
        {
          id: "dco",
          level: "silver",
          title: "Developer Certificate of Origin or similar legal-authorization mechanism (SHOULD)"
        },
        {
          id: "governance",
          level: "silver",
          title: "Project governance model documented"
        },
        {
          id: "code_of_conduct",
          level: "silver",
          title: "Code of conduct adopted and posted"
        },
        {
          id: "roles_responsibilities",
          level: "silver",
          title: "Key roles and responsibilities documented"
        },
        {
          id: "access_continuity",
          level: "silver",
          title: "Project can continue with minimal interruption if any one person is lost"
        },
        {
          id: "bus_factor",
          level: "silver",
          title: "Bus factor of 2 or more (SHOULD)"
        },
        {
          id: "documentation_roadmap",
          level: "silver",
          title: "Documented roadmap for at least the next year"
        },
        {
          id: "documentation_architecture",
          level: "silver",
          title: "Architecture (high-level design) documented"
        },
        {
          id: "documentation_security",
          level: "silver",
          title: "Security requirements / what users can expect documented"
        },
        {
          id: "documentation_quick_start",
          level: "silver",
          title: "Quick start guide for new users"
        },
        {
          id: "documentation_current",
          level: "silver",
          title: "Documentation kept current with the latest release"
        },
        {
          id: "documentation_achievements",
          level: "silver",
          title: "Achievements (badges etc.) linked from repo front page/website"
        },
        {
          id: "accessibility_best_practices",
          level: "silver",
          title: "Accessibility best practices followed (SHOULD)"
        },
        {
          id: "internationalization",
          level: "silver",
          title: "Software internationalized (SHOULD)"
        },
        {
          id: "sites_password_security",
          level: "silver",
          title: "Project sites storing passwords use iterated salted hashes"
        },
        {
          id: "maintenance_or_update",
          level: "silver",
          title: "Older releases maintained or easy upgrade path provided"
        },
        {
          id: "vulnerability_report_credit",
          level: "silver",
          title: "Credit given to vulnerability reporters"
        },
        {
          id: "vulnerability_response_process",
          level: "silver",
          title: "Documented process for responding to vulnerability reports"
        },
        {
          id: "coding_standards",
          level: "silver",
          title: "Coding style guides identified"
        },
        {
          id: "coding_standards_enforced",
          level: "silver",
          title: "Coding style automatically enforced"
        },
        {
          id: "build_standard_variables",
          level: "silver",
          title: "Build honors standard compiler/linker variables"
        },
        {
          id: "build_preserve_debug",
          level: "silver",
          title: "Build preserves debug information (SHOULD)"
        },
        {
          id: "build_non_recursive",
          level: "silver",
          title: "No recursive build subdirectory cross-dependencies"
        },
        {
          id: "build_repeatable",
          level: "silver",
          title: "Bit-for-bit repeatable build from same inputs"
        },
        {
          id: "installation_common",
          level: "silver",
          title: "Installs via a common convention"
        },
        {
          id: "installation_standard_variables",
          level: "silver",
          title: "Installation honors standard variables (e.g., DESTDIR)"
        },
        {
          id: "installation_development_quick",
          level: "silver",
          title: "Quick setup of a development environment"
        },
        {
          id: "external_dependencies",
          level: "silver",
          title: "External dependencies listed in a machine-processable way"
        },
        {
          id: "dependency_monitoring",
          level: "silver",
          title: "Dependencies monitored for known vulnerabilities"
        },
        {
          id: "updateable_reused_components",
          level: "silver",
          title: "Reused components are easily updateable"
        },
        {
          id: "interfaces_current",
          level: "silver",
          title: "Avoid deprecated/obsolete APIs (SHOULD)"
        },
        {
          id: "automated_integration_testing",
          level: "silver",
          title: "Automated test suite run on every check-in to shared repo"
        },
        {
          id: "regression_tests_added50",
          level: "silver",
          title: "Regression tests added for at least 50% of fixed bugs"
        },
        {
          id: "test_statement_coverage80",
          level: "silver",
          title: "Automated tests achieve at least 80% statement coverage"
        },
        {
          id: "test_policy_mandated",
          level: "silver",
          title: "Formal written policy that new functionality gets tests"
        },
        {
          id: "implement_secure_design",
          level: "silver",
          title: "Secure design principles implemented"
        },
        {
          id: "crypto_algorithm_agility",
          level: "silver",
          title: "Supports multiple crypto algorithms (SHOULD)"
        },
        {
          id: "crypto_credential_agility",
          level: "silver",
          title: "Credentials stored separately from other data"
        },
        {
          id: "crypto_used_network",
          level: "silver",
          title: "Network communications encrypted by default (SHOULD)"
        },
        {
          id: "crypto_tls12",
          level: "silver",
          title: "TLS 1.2+ supported (SHOULD)"
        },
        {
          id: "crypto_certificate_verification",
          level: "silver",
          title: "TLS certificates verified by default"
        },
        {
          id: "crypto_verification_private",
          level: "silver",
          title: "Certificates verified before sending private information"
        },
        {
          id: "signed_releases",
          level: "silver",
          title: "Releases cryptographically signed, with verification documented"
        },
        {
          id: "version_tags_signed",
          level: "silver",
          title: "Version tags cryptographically signed (SUGGESTED)"
        },
        {
          id: "input_validation",
          level: "silver",
          title: "Inputs from untrusted sources validated with allowlists"
        },
        {
          id: "hardening",
          level: "silver",
          title: "Hardening mechanisms used (SHOULD)"
        },
        {
          id: "assurance_case",
          level: "silver",
          title: "Assurance case justifying security requirements are met"
        },
        {
          id: "achieve_silver",
          level: "gold",
          title: "Achieve the silver level badge"
        },
        {
          id: "contributors_unassociated",
          level: "gold",
          title: "At least two unassociated significant contributors"
        },
        {
          id: "copyright_per_file",
          level: "gold",
          title: "Copyright statement in each source file"
        },
        {
          id: "license_per_file",
          level: "gold",
          title: "License statement (e.g., SPDX-License-Identifier) in each source file"
        },
        {
          id: "small_tasks",
          level: "gold",
          title: "Small tasks for new/casual contributors identified"
        },
        {
          id: "require_2FA",
          level: "gold",
          title: "2FA required for developers changing the repo or releases"
        },
        {
          id: "secure_2FA",
          level: "gold",
          title: "2FA uses mechanisms stronger than SMS (SHOULD)"
        },
        {
          id: "code_review_standards",
          level: "gold",
          title: "Code review standards documented"
        },
        {
          id: "two_person_review",
          level: "gold",
          title: "At least 50% of modifications reviewed by someone else"
        },
        {
          id: "build_reproducible",
          level: "gold",
          title: "Reproducible build"
        },
        {
          id: "test_statement_coverage90",
          level: "gold",
          title: "At least 90% statement coverage"
        },
        {
          id: "test_branch_coverage80",
          level: "gold",
          title: "At least 80% branch coverage"
        },
        {
          id: "hardened_site",
          level: "gold",
          title: "Project website/repo/download sites use hardening HTTP headers"
        },
        {
          id: "security_review",
          level: "gold",
          title: "Security review within the last 5 years"
        }
      ]
    },
    publicCode: {
      name: "Standard for Public Code",
      version: "0.8.0",
      url: "https://standard.publiccode.net/",
      criteria: [
        {
          id: "code-in-the-open",
          title: "Code in the open"
        },
        {
          id: "bundle-policy-and-source-code",
          title: "Bundle policy and source code"
        },
        {
          id: "make-the-codebase-reusable-and-portable",
          title: "Make the codebase reusable and portable"
        },
        {
          id: "welcome-contributors",
          title: "Welcome contributors"
        },
        {
          id: "make-contributing-easy",
          title: "Make contributing easy"
        },
        {
          id: "maintain-version-control",
          title: "Maintain version control"
        },
        {
          id: "require-review-of-contributions",
          title: "Require review of contributions"
        },
        {
          id: "document-codebase-objectives",
          title: "Document codebase objectives"
        },
        {
          id: "document-the-code",
          title: "Document the code"
        },
        {
          id: "use-plain-english",
          title: "Use plain English"
        },
        {
          id: "use-open-standards",
          title: "Use open standards"
        },
        {
          id: "use-continuous-integration",
          title: "Use continuous integration"
        },
        {
          id: "publish-with-an-open-license",
          title: "Publish with an open license"
        },
        {
          id: "make-the-codebase-findable",
          title: "Make the codebase findable"
        },
        {
          id: "use-a-coherent-style",
          title: "Use a coherent style"
        },
        {
          id: "document-codebase-maturity",
          title: "Document codebase maturity"
        }
      ]
    },
    cra: {
      name: "EU Cyber Resilience Act (Regulation (EU) 2024/2847)",
      version: "OJ L 2024/2847",
      url: "https://eur-lex.europa.eu/eli/reg/2024/2847/oj",
      criteria: [
        {
          id: "Art. 24(1)",
          title: "Steward: documented, verifiable cybersecurity policy (secure development, vulnerability handling, voluntary reporting, info sharing)"
        },
        {
          id: "Art. 24(2)",
          title: "Steward: cooperate with market surveillance authorities on request; provide the policy documentation"
        },
        {
          id: "Art. 24(3)",
          title: "Steward: Art. 14(1) reporting applies when involved in development; Art. 14(3) and (8) when severe incidents hit steward-provided dev infrastructure"
        },
        {
          id: "Art. 14(1)",
          title: "Notify actively exploited vulnerabilities to CSIRT coordinator and ENISA (via single reporting platform)"
        },
        {
          id: "Art. 14(3)",
          title: "Notify severe incidents affecting the product's security to CSIRT coordinator and ENISA"
        },
        {
          id: "Art. 14(8)",
          title: "Inform impacted users of actively exploited vulnerabilities/severe incidents and mitigations"
        },
        {
          id: "Annex I Part I(1)",
          title: "Designed, developed and produced to ensure an appropriate level of cybersecurity based on risks"
        },
        {
          id: "Annex I Part I(2)(a)",
          title: "Placed on market without known exploitable vulnerabilities"
        },
        {
          id: "Annex I Part I(2)(b)",
          title: "Secure-by-default configuration, with reset to original state"
        },
        {
          id: "Annex I Part I(2)(c)",
          title: "Vulnerabilities addressable through security updates (automatic by default, opt-out, postpone)"
        },
        {
          id: "Annex I Part I(2)(d)",
          title: "Protection from unauthorised access (authentication, identity/access management); report possible unauthorised access"
        },
        {
          id: "Annex I Part I(2)(e)",
          title: "Confidentiality of stored/transmitted/processed data (e.g., state-of-the-art encryption)"
        },
        {
          id: "Annex I Part I(2)(f)",
          title: "Integrity of data, commands, programs and configuration against unauthorised modification; report corruptions"
        },
        {
          id: "Annex I Part I(2)(g)",
          title: "Data minimisation: process only adequate, relevant, necessary data"
        },
        {
          id: "Annex I Part I(2)(h)",
          title: "Availability of essential functions, also after an incident (resilience, DoS mitigation)"
        },
        {
          id: "Annex I Part I(2)(i)",
          title: "Minimise negative impact on availability of services of other devices or networks"
        },
        {
          id: "Annex I Part I(2)(j)",
          title: "Limit attack surfaces, including external interfaces"
        },
        {
          id: "Annex I Part I(2)(k)",
          title: "Reduce incident impact via exploitation mitigation mechanisms and techniques"
        },
        {
          id: "Annex I Part I(2)(l)",
          title: "Security-related information via recording/monitoring of relevant internal activity, with user opt-out"
        },
        {
          id: "Annex I Part I(2)(m)",
          title: "Users can securely and easily remove all data and settings permanently; secure data transfer"
        },
        {
          id: "Annex I Part II(1)",
          title: "Identify and document vulnerabilities and components, incl. machine-readable SBOM (at least top-level dependencies)"
        },
        {
          id: "Annex I Part II(2)",
          title: "Address and remediate vulnerabilities without delay, incl. security updates (separate from feature updates where feasible)"
        },
        {
          id: "Annex I Part II(3)",
          title: "Effective and regular security tests and reviews"
        },
        {
          id: "Annex I Part II(4)",
          title: "After a fix is available, publicly disclose fixed vulnerabilities (description, affected product, impact, severity, remediation)"
        },
        {
          id: "Annex I Part II(5)",
          title: "Put in place and enforce a coordinated vulnerability disclosure policy"
        },
        {
          id: "Annex I Part II(6)",
          title: "Facilitate sharing of vulnerability information (own and third-party components), incl. a reporting contact address"
        },
        {
          id: "Annex I Part II(7)",
          title: "Mechanisms to securely distribute updates in a timely (where applicable automatic) manner"
        },
        {
          id: "Annex I Part II(8)",
          title: "Disseminate security updates without delay, free of charge, with advisory messages for users"
        }
      ]
    }
  }
};

// src/core/crosswalk.ts
var SCHEMES = ["osps", "bestPractices", "publicCode", "cra"];
var CROSSWALK_VERSION = crosswalk_default.version;
function scheme(id) {
  return crosswalk_default.schemes[id];
}
function crosswalkCoverage(results) {
  return {
    version: CROSSWALK_VERSION,
    schemes: SCHEMES.map((id) => {
      const s = scheme(id);
      const passing = /* @__PURE__ */ new Map();
      const failing = /* @__PURE__ */ new Map();
      const unobserved = /* @__PURE__ */ new Set();
      for (const r of results) {
        for (const criterion of r.crosswalk[id] ?? []) {
          if (r.status === "unknown") unobserved.add(criterion);
          const bucket = r.status === "pass" ? passing : r.status === "fail" || r.status === "error" ? failing : void 0;
          if (bucket) bucket.set(criterion, [...bucket.get(criterion) ?? [], r.id]);
        }
      }
      const known = s.criteria.map((c) => c.id);
      const evidenced = known.filter((c) => passing.has(c) && !failing.has(c) && !unobserved.has(c)).map((c) => ({ id: c, checks: passing.get(c) }));
      const failed = known.filter((c) => failing.has(c)).map((c) => ({ id: c, checks: failing.get(c) }));
      return {
        scheme: id,
        name: s.name,
        version: s.version,
        criteria: known.length,
        evidenced,
        failing: failed,
        remaining: known.length - evidenced.length - failed.length
      };
    })
  };
}
function bestPracticesProposalUrl(repositoryUrl, coverage, results) {
  const passingLevel = new Set(
    scheme("bestPractices").criteria.filter((c) => c.level === "passing").map((c) => c.id)
  );
  const met = coverage.evidenced.filter((e) => passingLevel.has(e.id));
  if (met.length === 0) return void 0;
  const params = new URLSearchParams({ as: "edit", url: repositoryUrl });
  for (const e of met) {
    const messages = e.checks.map((id) => {
      const r = results.find((x) => x.id === id);
      return `ois-ready ${id}: ${r?.findings.find((f) => f.status === "pass")?.message ?? "passed"}`.slice(0, 200);
    });
    params.set(`${e.id}_status`, "Met");
    params.set(`${e.id}_justification`, messages.join("; "));
  }
  return `https://www.bestpractices.dev/projects?${params.toString()}`;
}
function bestPracticesBaselineField(ospsId) {
  return ospsId.toLowerCase().replace(/[-.]/g, "_");
}
function bestPracticesBaselineUrls(repositoryUrl, coverage, results) {
  const levelOf = new Map(scheme("osps").criteria.map((c) => [c.id, c.level]));
  const justification = (checks, status) => checks.map((id) => {
    const r = results.find((x) => x.id === id);
    const f = r?.findings.find((x) => x.status === status) ?? r?.findings[0];
    return `ois-ready ${id}: ${f?.message ?? (status === "pass" ? "passed" : "failed")}`.slice(0, 200);
  }).join("; ");
  const out = [];
  for (const level of [1, 2, 3]) {
    const met = coverage.evidenced.filter((e) => levelOf.get(e.id) === level);
    const unmet = coverage.failing.filter((e) => levelOf.get(e.id) === level);
    if (met.length + unmet.length === 0) continue;
    const params = new URLSearchParams({ as: "edit", url: repositoryUrl, section: `baseline-${level}` });
    for (const e of met) {
      params.set(`${bestPracticesBaselineField(e.id)}_status`, "Met");
      params.set(`${bestPracticesBaselineField(e.id)}_justification`, justification(e.checks, "pass"));
    }
    for (const e of unmet) {
      params.set(`${bestPracticesBaselineField(e.id)}_status`, "Unmet");
      params.set(`${bestPracticesBaselineField(e.id)}_justification`, justification(e.checks, "fail"));
    }
    out.push({ level, url: `https://www.bestpractices.dev/projects?${params.toString()}`, met: met.length, unmet: unmet.length });
  }
  return out;
}

export {
  CROSSWALK_VERSION,
  scheme,
  crosswalkCoverage,
  bestPracticesProposalUrl,
  bestPracticesBaselineUrls
};
