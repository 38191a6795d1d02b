import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { apiUrl } from './client';

/** Debian's Chromium, as the machine notes start it (as root, offline). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1366, height: 768 };
export const PHONE = { width: 390, height: 844 };

/** A fresh browser session (its own storage) at a screen size, speaking Vietnamese. */
export function newSession(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  // Without animations: what is on screen is where it ends up (no clicks on a closing dropdown).
  return browser.newContext({ viewport, locale: 'vi-VN', baseURL: apiUrl(), reducedMotion: 'reduce' });
}

const SHOTS = path.resolve(__dirname, '../../.data/screenshots');

/** Saves what the page shows, for people to look at (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  // What is still loading (spinners fading out) is not what people read.
  await page.waitForLoadState('networkidle');
  // Polled from here: the UI's content security policy forbids evaluating code in the page.
  for (
    let waited = 0;
    (await page.locator('.ant-spin-spinning').count()) > 0 && waited < 30_000;
    waited += 100
  )
    await page.waitForTimeout(100);
  await page.waitForTimeout(300); // animations settle (the shot is for people; no assertion depends on it)
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Logs in through the login page, as a person would. */
export async function logIn(page: Page, username: string, password = 'demo'): Promise<void> {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

/** One Chromium for a test file: opened before its tests, closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());
  return () => browser!;
}

/** Types a date into an Ant Design date field (by its input's id or label) as people write it: dd/mm/yyyy. */
export async function typeDate(page: Page, field: string, ddmmyyyy: string): Promise<void> {
  const input = field.startsWith('#') ? page.locator(field) : page.getByLabel(field, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

/**
 * Picks an option of an Ant Design select (by its input's id or label) by typing part of its name.
 * It checks that the select then shows the option, and tries again if not: under load a click
 * can land while the dropdown is still moving in.
 */
export async function choose(page: Page, field: string, text: string): Promise<void> {
  const input = field.startsWith('#') ? page.locator(field) : page.getByLabel(field, { exact: true });
  const select = page.locator('.ant-select').filter({ has: input });
  const multiple = (await page.locator('.ant-select-multiple').filter({ has: input }).count()) > 0;
  for (let attempt = 1; ; attempt++) {
    await input.click();
    if (await input.isEditable()) await input.fill(text);
    // Closed dropdowns stay in the page, hidden: the option is picked from the open one.
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
      .filter({ hasText: text })
      .first()
      .click();
    // A multiple select stays open after a pick; a single one closes itself, and an Escape then
    // would reach whatever holds it (a dialog closes on Escape).
    if (multiple) await input.press('Escape');
    const shown = await select
      .filter({ hasText: text })
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    if (attempt === 3) throw new Error(`choose(${field}, ${text}): the select does not show the option`);
  }
}

/** Runs a step; if it fails, what the page showed is kept as `<name>-failed.png` for whoever reads the CI log. */
export async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    fs.mkdirSync(SHOTS, { recursive: true });
    await page
      .screenshot({ path: path.join(SHOTS, `${name}-failed.png`), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
}
