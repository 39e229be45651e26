/** Which exemptions apply on a given day: one applies up to and including its `expires` day (UTC). */
import type { Exemption } from './config.js'

export function isExpired(exemption: Pick<Exemption, 'expires'>, now: Date): boolean {
  return now.toISOString().slice(0, 10) > exemption.expires
}

/** The active exemption of each check (the latest-expiring one when several name it). */
export function activeExemptions(exemptions: readonly Exemption[], now: Date): Map<string, Exemption> {
  const active = new Map<string, Exemption>()
  for (const e of exemptions) {
    if (isExpired(e, now)) continue
    const current = active.get(e.check)
    if (!current || current.expires < e.expires) active.set(e.check, e)
  }
  return active
}
