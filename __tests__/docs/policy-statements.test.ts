/** Statements of a policy document: sentences with their own line, list items and table rows alone, code blocks left out. */
import { describe, expect, test } from '@jest/globals'
import { statementsOf } from '../../src/docs/policy-document.js'

describe('statementsOf', () => {
  test.each<[string, string, { text: string; line: number }[]]>([
    [
      'sentences of a paragraph, each at the line it starts on',
      'Dependabot checks every pull request.\nCritical ones are fixed within 7 days. Medium ones\nwithin 30 days.\n',
      [
        { text: 'Dependabot checks every pull request.', line: 10 },
        { text: 'Critical ones are fixed within 7 days.', line: 11 },
        { text: 'Medium ones within 30 days.', line: 11 },
      ],
    ],
    [
      'list items alone, continuation lines joined',
      '- Critical: fix within\n  24 hours\n- High: 7 days\n1. Low: best effort\n',
      [
        { text: 'Critical: fix within 24 hours', line: 10 },
        { text: 'High: 7 days', line: 12 },
        { text: 'Low: best effort', line: 13 },
      ],
    ],
    [
      'table rows alone, cells joined, the separator row left out',
      '| Severity | Target |\n| --- | :---: |\n| **Critical** | `Next patch release` |\n',
      [
        { text: 'Severity | Target', line: 10 },
        { text: 'Critical | Next patch release', line: 12 },
      ],
    ],
    [
      'a fenced code block is an example, not a statement (a longer fence closes only on its own length)',
      'Run it:\n\n````sh\n```\nnpm audit --audit-level=high must be fixed within 7 days\n````\n\nDone.\n~~~\nCritical within 1 day\n~~~\n',
      [
        { text: 'Run it:', line: 10 },
        { text: 'Done.', line: 17 },
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(statementsOf(text, 10)).toEqual(expected)
  })
})
