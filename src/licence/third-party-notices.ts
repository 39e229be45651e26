/**
 * Whether a file under a licence file's name lists notices of other people's work instead of
 * holding a licence: libdigidocpp's COPYING (the W3C and OASIS schemas, minizip, a PKCS#11
 * header and a JSON library, each under a line with its path and with its own copyright and
 * terms), Gadgetbridge's LICENSE.artwork ("The following artwork is licensed under the
 * following licenses", icons listed under their Creative Commons licences). Such a file names
 * at least two files or folders, each on a line of its own, and either gives several copyright
 * notices or licences, or says what it is ("third-party", "the following ... is licensed under").
 */
import { namedLicences } from './licence-statement.js'

export interface NoticesFile {
  /** The files and folders it names, in order. */
  entries: string[]
}

/** A line that is only a path (src/minizip, etc/schema/x.xsd) or a file name (ic_launcher.png), maybe with a note in brackets. */
const PATH_LINE =
  /^[-*•+\s]*((?=[^\s]*[a-z])(?:[\w@+.-]+\/)+[\w@+.-]*|(?=[^\s]*[a-z])[\w@+-]+(?:\.[\w-]+)*\.[a-z][a-z0-9]{0,4})\s*(?:\([^()]{0,80}\))?\s*:?\s*$/i
const COPYRIGHT_LINE = /\b(copyright|spdx-filecopyrighttext)\b|©|\(c\)/i
const SAYS_SO =
  /\b(third[- ]?party|3rd[- ]party|bundled|the following (?:[\w-]+ ){0,4}(?:is|are) (?:licen[cs]ed|distributed|released|available|covered))\b/i
/** Names of licences are looked for in the first characters only (there are some 700 names to look for). */
const NAMES_CHARS = 20_000

export function readNoticesFile(text: string): NoticesFile | undefined {
  const lines = text.split(/\r\n?|\n/)
  const entries: string[] = []
  let copyrights = 0
  for (const line of lines) {
    if (line.length <= 160) {
      const path = PATH_LINE.exec(line)
      if (path) entries.push(path[1]!)
    }
    if (COPYRIGHT_LINE.test(line)) copyrights++
  }
  if (entries.length < 2) return undefined
  if (copyrights >= 2 || SAYS_SO.test(text.slice(0, NAMES_CHARS)) || namedLicences(text.slice(0, NAMES_CHARS)).length >= 2)
    return { entries }
  return undefined
}
