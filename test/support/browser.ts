import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium; `npx playwright install` cannot work on these machines. */
export const CHROMIUM = '/usr/bin/chromium';

/** Headless, and no background traffic: the machines' closed network refuses it, many connections at a time. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=AutofillServerCommunication',
];

/** Locally a missing chromium skips the suite (its name says why); in CI (`CI` set) the suite must run, and fails without it. */
export function browserSuite(name: string): { runnable: boolean; suiteName: string } {
  const runnable = existsSync(CHROMIUM) || Boolean(process.env.CI);
  return { runnable, suiteName: runnable ? name : `${name} (skipped: ${CHROMIUM} is missing; apt-get install chromium)` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
