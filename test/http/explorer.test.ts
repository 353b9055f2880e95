/**
 * The API explorer as a person uses it, in headless Chromium (Debian's `chromium`; .ci/run
 * installs it): the page lists every route of the table; a user signs up and signs in from
 * the page, pastes the access token once into Authorize, and calls `POST /user-data/set`.
 * The value then reads back over plain HTTP with the same token: the call really happened.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_ID } from '../../lib/config.js';
import { routes } from '../../lib/routes.js';
import { useLocalServer } from '../support/local-server.js';
import { PASSWORD, uniqueEmail } from '../support/users.js';

const server = useLocalServer();
/** Where the screenshots go (a person looks at them; CI keeps nothing else). */
const SCREENSHOT = join(tmpdir(), 'user-data-backend-explorer.png');
const SCREENSHOT_ROUTES = join(tmpdir(), 'user-data-backend-explorer-routes.png');

let browser: BrowserContext;
let profileDir: string;
beforeAll(async () => {
  // A new, empty profile (--user-data-dir) for every run.
  profileDir = mkdtempSync(join(tmpdir(), 'explorer-chromium-'));
  browser = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    viewport: { width: 1280, height: 1000 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

/** The page's block of one route. */
const operation = (page: Page, method: string, path: string) =>
  page
    .locator(`.opblock-${method.toLowerCase()}`)
    .filter({ has: page.locator(`.opblock-summary-path[data-path="${path}"]`) });

/** Expands an operation, replaces its example body, executes it; returns its live answer. */
async function callFromPage(operation: Locator, body: unknown) {
  await operation.locator('.opblock-summary').click();
  const editor = operation.locator('textarea.body-param__text');
  await editor.fill(JSON.stringify(body, null, 2));
  await operation.locator('button.execute').click();
  const live = operation.locator('.live-responses-table');
  const status = live.locator('.response .response-col_status').first();
  await status.waitFor();
  const text = await live.locator('.response-col_description pre').first().innerText();
  return { status: Number((await status.innerText()).trim()), body: JSON.parse(text) as unknown };
}

describe('API explorer (Swagger UI from npm, served by npm start)', () => {
  it('lists every route, and a user signs up, signs in, pastes the token and sets a value', async () => {
    const page = await browser.newPage();
    // A step that fails says which; generous for a machine shared with other work.
    page.setDefaultTimeout(15_000);
    const external: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url())) external.push(request.url());
    });
    await page.goto(`${server.url()}/`);
    await page.locator('.opblock').first().waitFor();

    const listed = await page
      .locator('.opblock-summary')
      .evaluateAll((summaries) =>
        summaries.map(
          (summary) =>
            `${summary.querySelector('.opblock-summary-method')?.textContent} ${summary
              .querySelector('.opblock-summary-path')
              ?.getAttribute('data-path')}`,
        ),
      );
    expect(listed.sort()).toEqual(routes.map((r) => `${r.method} ${r.path}`).sort());
    await page.screenshot({ path: SCREENSHOT_ROUTES, fullPage: true });

    const email = uniqueEmail('explorer');
    const account = { projectId: DEFAULT_PROJECT_ID, strategy: 'email', provider: 'awsCognito' };
    const signUp = await callFromPage(operation(page, 'POST', '/user'), {
      ...account,
      data: { email, password: PASSWORD },
    });
    expect(signUp).toMatchObject({ status: 201, body: { result: 1 } });
    const signIn = await callFromPage(operation(page, 'PUT', '/user/login'), {
      ...account,
      data: { email, password: PASSWORD },
    });
    expect(signIn).toMatchObject({ status: 200, body: { result: 1 } });
    const token = (signIn.body as { data: { accessToken: string } }).data.accessToken;

    // Paste the token once: Authorize → bearerAuth.
    await page.locator('.auth-wrapper button.authorize').click();
    const bearer = page.locator('.modal-ux .auth-container').filter({ hasText: 'bearerAuth' });
    await bearer.locator('input').fill(token);
    await bearer.locator('button.authorize').click();
    await bearer.locator('button.btn-done').click();

    const value = `from the explorer ${Date.now()}`;
    const set = await callFromPage(operation(page, 'POST', '/user-data/set'), {
      value_key: 'explorer-key',
      value_data: value,
    });
    expect(set).toEqual({ status: 200, body: { result: 0, version: 1 } });
    await operation(page, 'POST', '/user-data/set')
      .locator('.live-responses-table')
      .scrollIntoViewIfNeeded();
    await page.screenshot({ path: SCREENSHOT });

    const readBack = await server.request('POST', '/user-data/get', {
      token,
      body: { value_keys: ['explorer-key'] },
    });
    expect(readBack.body).toEqual({
      result: 0,
      values: [{ value_key: 'explorer-key', value_data: value, version: 1 }],
    });
    // Everything the page loaded came from the local server: no CDN.
    expect(external).toEqual([]);
    // About 15 s alone; the page renders every route, so allow for a loaded machine.
  }, 60_000);
});
