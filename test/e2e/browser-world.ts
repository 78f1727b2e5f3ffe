/**
 * Test support for workspace pages in a browser: the seeded test world (src/server/test-app.ts)
 * served on a loopback port, with headless Chromium to visit it. The world's clock is set to now,
 * since the browser judges a session cookie's expiry by its own clock.
 */
import type { Browser } from 'playwright-core'
import { createTestWorld, type TestWorld } from '../../src/server/test-app.js'
import { launchChromium, serveOnLoopback } from './chromium.js'

/** The served world and the browser that visits it. */
export interface BrowserWorld {
  world: TestWorld
  /** `http://127.0.0.1:PORT` of the served app. */
  base: string
  browser: Browser
  /** Closes the browser, the server and the world. */
  close(): Promise<void>
}

/** Seeds a SQLite test world, serves its app on loopback and launches Chromium. */
export async function startBrowserWorld(): Promise<BrowserWorld> {
  const world = await createTestWorld('sqlite')
  world.clock.set(new Date())
  const server = await serveOnLoopback(world.app.fetch)
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close()
    await world.close()
    throw error
  })
  return {
    world,
    base: server.base,
    browser,
    async close() {
      await browser.close()
      await server.close()
      await world.close()
    },
  }
}
