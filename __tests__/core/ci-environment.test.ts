import { describe, expect, test } from '@jest/globals'
import { ciEnvironment, type CiEnvironment } from '../../src/core/ci-environment.js'

const sha = '9898863c7dcd844a6fc3c70191769b8d07567f57'

/**
 * The variables each runner sets (values as their documentation shows them): GitHub's default
 * variables; Gitea's act_runner (GITEA_ACTIONS, GITHUB_SERVER_URL its instance, GITHUB_API_URL
 * its /api/v1, which is not GitHub's API); Forgejo's runner, which sets FORGEJO_ACTIONS and
 * GITEA_ACTIONS both; GitLab's predefined CI/CD variables.
 */
const GITHUB = {
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_API_URL: 'https://api.github.com',
  GITHUB_REPOSITORY: 'kommune/forms',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: sha,
  GITHUB_WORKSPACE: '/home/runner/work/forms/forms',
}
const GITEA = {
  CI: 'true',
  GITHUB_ACTIONS: 'true',
  GITEA_ACTIONS: 'true',
  GITEA_ACTIONS_RUNNER_VERSION: '1.0.8',
  GITHUB_SERVER_URL: 'https://gitea.com',
  GITHUB_API_URL: 'https://gitea.com/api/v1',
  GITHUB_GRAPHQL_URL: '',
  GITHUB_REPOSITORY: 'gitea/docs',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: sha,
  GITHUB_WORKSPACE: '/workspace/gitea/docs',
}
const FORGEJO = {
  ...GITEA,
  FORGEJO_ACTIONS: 'true',
  FORGEJO_ACTIONS_RUNNER_VERSION: 'v11.1.2',
  GITHUB_SERVER_URL: 'https://codeberg.org',
  GITHUB_API_URL: 'https://codeberg.org/api/v1',
  GITHUB_REPOSITORY: 'fsfe/reuse-tool',
  GITHUB_REF: 'refs/tags/v6.0.0',
  GITHUB_WORKSPACE: '/workspace/fsfe/reuse-tool',
}
const GITLAB = {
  CI: 'true',
  GITLAB_CI: 'true',
  CI_SERVER_URL: 'https://gitlab.example.gov',
  CI_PROJECT_PATH: 'city/digital/forms',
  CI_PROJECT_URL: 'https://gitlab.example.gov/city/digital/forms',
  CI_PROJECT_DIR: '/builds/city/digital/forms',
  CI_COMMIT_SHA: sha,
  CI_COMMIT_REF_NAME: 'main',
  CI_COMMIT_BRANCH: 'main',
}

describe('the CI environment: which forge, where the repository is, never github.com by assumption', () => {
  test.each<[string, Record<string, string | undefined>, CiEnvironment | undefined]>([
    [
      'GitHub Actions',
      GITHUB,
      {
        forge: 'github',
        serverUrl: 'https://github.com',
        repositoryUrl: 'https://github.com/kommune/forms',
        ref: 'refs/heads/main',
        commit: sha,
        githubApiUrl: 'https://api.github.com',
        workspace: '/home/runner/work/forms/forms',
      },
    ],
    [
      'GitHub Enterprise Server',
      { ...GITHUB, GITHUB_SERVER_URL: 'https://git.example.gov/', GITHUB_API_URL: 'https://git.example.gov/api/v3' },
      {
        forge: 'github',
        serverUrl: 'https://git.example.gov',
        repositoryUrl: 'https://git.example.gov/kommune/forms',
        ref: 'refs/heads/main',
        commit: sha,
        githubApiUrl: 'https://git.example.gov/api/v3',
        workspace: '/home/runner/work/forms/forms',
      },
    ],
    [
      'Gitea Actions: its own server, and no GitHub API',
      GITEA,
      {
        forge: 'gitea',
        serverUrl: 'https://gitea.com',
        repositoryUrl: 'https://gitea.com/gitea/docs',
        ref: 'refs/heads/main',
        commit: sha,
        workspace: '/workspace/gitea/docs',
      },
    ],
    [
      'Forgejo Actions (it sets GITEA_ACTIONS too)',
      FORGEJO,
      {
        forge: 'forgejo',
        serverUrl: 'https://codeberg.org',
        repositoryUrl: 'https://codeberg.org/fsfe/reuse-tool',
        ref: 'refs/tags/v6.0.0',
        commit: sha,
        workspace: '/workspace/fsfe/reuse-tool',
      },
    ],
    [
      'GitLab CI, a self-managed instance and a subgroup',
      GITLAB,
      {
        forge: 'gitlab',
        serverUrl: 'https://gitlab.example.gov',
        repositoryUrl: 'https://gitlab.example.gov/city/digital/forms',
        ref: 'refs/heads/main',
        commit: sha,
        workspace: '/builds/city/digital/forms',
      },
    ],
    [
      'GitLab CI, a tag pipeline',
      { ...GITLAB, CI_COMMIT_BRANCH: undefined, CI_COMMIT_TAG: 'v2.0.0', CI_COMMIT_REF_NAME: 'v2.0.0' },
      {
        forge: 'gitlab',
        serverUrl: 'https://gitlab.example.gov',
        repositoryUrl: 'https://gitlab.example.gov/city/digital/forms',
        ref: 'refs/tags/v2.0.0',
        commit: sha,
        workspace: '/builds/city/digital/forms',
      },
    ],
    ['no CI (a laptop)', { HOME: '/home/dev' }, undefined],
    ['Forgejo without a server URL: nothing is assumed', { ...FORGEJO, GITHUB_SERVER_URL: '' }, undefined],
    [
      'a repository variable that is not a path is left out',
      { ...FORGEJO, GITHUB_REPOSITORY: '../../evil' },
      {
        forge: 'forgejo',
        serverUrl: 'https://codeberg.org',
        ref: 'refs/tags/v6.0.0',
        commit: sha,
        workspace: '/workspace/fsfe/reuse-tool',
      },
    ],
    ['a server URL with credentials is not taken', { ...GITLAB, CI_SERVER_URL: 'https://user:pw@gitlab.example.gov' }, undefined],
  ])('%s', (_name, env, expected) => {
    expect(ciEnvironment(env)).toEqual(expected)
  })
})
