/**
 * Browser-test support: Debian's Chromium driven by playwright-core (never a downloaded browser),
 * axe-core injected into a page, and an app served on a free loopback port. Every browser test
 * uses these, so they launch, check and serve alike.
 */
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { type Browser, chromium, type Page } from 'playwright-core'

/** Debian's Chromium: `CHROMIUM_PATH`, else the first `chromium` on the PATH. */
export function chromiumPath(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, 'chromium')
    if (existsSync(candidate)) return candidate
  }
  throw new Error('no chromium on the PATH: install Debian’s chromium or set CHROMIUM_PATH')
}

/** Launches headless Chromium with nothing that reaches past loopback. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

const axeSource = fileURLToPath(import.meta.resolve('axe-core/axe.min.js'))

/**
 * Runs axe-core on the page and answers its violations as "rule (impact): targets" lines. The
 * pages forbid inline and foreign scripts, so the page's context must bypass CSP
 * (`browser.newContext({ bypassCSP: true })`).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axeSource })
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown }> } }).axe
    return (await axe.run()).violations
  })) as { id: string; impact: string | null; nodes: { target: string[] }[] }[]
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

/** A server on a free port of 127.0.0.1. */
export interface LoopbackServer {
  /** `http://127.0.0.1:PORT` */
  base: string
  close(): Promise<void>
}

/**
 * Serves `fetch` on a free loopback port. `fetch` may be bound late (an app built after the port
 * is known, so its public URL can name it).
 */
export async function serveOnLoopback(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<LoopbackServer> {
  const server = serve({ fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
