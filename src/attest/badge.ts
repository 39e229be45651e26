/**
 * The badge, made only from a verification: an unverified or invalid attestation gives an
 * "unverified" badge, an expired one says so, so the badge cannot claim more than the proof.
 * SVG through badge-maker (the renderer shields.io uses), and a shields.io endpoint JSON.
 */
import { makeBadge } from 'badge-maker'
import type { Verification } from './verify.js'

export interface BadgeState {
  label: string
  message: string
  color: string
}

const LEVEL_COLORS = ['red', 'yellowgreen', 'green', 'brightgreen']

export function badgeState(verification: Verification): BadgeState {
  const label = 'OIS-ready'
  const p = verification.statement?.predicate
  if (!p) return { label, message: 'unverified', color: 'lightgrey' }
  const until = p.validUntil.slice(0, 10)
  if (verification.rejections.some((r) => r.code === 'expired')) return { label, message: `expired ${until}`, color: 'lightgrey' }
  if (!verification.valid) return { label, message: 'unverified', color: 'lightgrey' }
  if (p.level === 0) return { label, message: 'not reached', color: LEVEL_COLORS[0]! }
  return { label, message: `level ${p.level} · until ${until}`, color: LEVEL_COLORS[p.level]! }
}

export function renderBadgeSvg(state: BadgeState): string {
  return `${makeBadge({ label: state.label, message: state.message, color: state.color, style: 'flat' })}\n`
}

/** https://shields.io/badges/endpoint-badge */
export function renderBadgeEndpoint(state: BadgeState): string {
  return `${JSON.stringify({ schemaVersion: 1, label: state.label, message: state.message, color: state.color }, null, 2)}\n`
}
