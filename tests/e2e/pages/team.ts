import type { Locator, Page } from 'playwright-core';

/** The options page's team card, as a rep uses it (roles and English labels). */
export class TeamCard {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  async open() {
    await this.page.goto(`chrome-extension://${this.extensionId}/options.html`);
  }

  card(): Locator {
    return this.page
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { name: 'Team', exact: true }) });
  }

  status(): Locator {
    return this.card().getByRole('status');
  }

  /** Signs in and connects, sharing every account (or keeping `keepPrivate` names private). */
  async connect(origin: string, login: string, password: string, keepPrivate: string[] = []) {
    const card = this.card();
    await card.getByLabel('Team server address').fill(origin);
    await card.getByLabel('Login').fill(login);
    await card.getByLabel('Password').fill(password);
    await card.getByRole('button', { name: 'Sign in' }).click();
    await card.getByRole('button', { name: 'Connect to the team' }).waitFor();
    for (const name of keepPrivate) await card.getByRole('checkbox', { name, exact: true }).uncheck();
    await card.getByRole('button', { name: 'Connect to the team' }).click();
    await this.upToDate();
  }

  async upToDate(timeout = 30_000) {
    await this.card().getByText('Up to date', { exact: true }).waitFor({ timeout });
  }

  async syncNow() {
    await this.card().getByRole('button', { name: 'Sync now' }).click();
  }
}
