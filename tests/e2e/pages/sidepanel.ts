import type { Locator, Page } from 'playwright-core';

/**
 * The side panel as a rep uses it, by what they see (roles and English labels). Tests say what
 * they do; the selectors live here.
 */
export class SidePanelPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  get url() {
    return `chrome-extension://${this.extensionId}/sidepanel.html`;
  }

  async open(hash = '#/') {
    await this.page.goto(`${this.url}${hash}`);
  }

  async loadDemoData() {
    await this.page.getByRole('button', { name: 'Load demo data' }).click();
    await this.accountRows().first().waitFor();
  }

  accountRows(): Locator {
    return this.page.locator('li button[data-index]');
  }

  /** Opens the first account in the list; returns its name. */
  async openFirstAccount(): Promise<string> {
    const row = this.accountRows().first();
    const name = (await row.textContent())?.trim() ?? '';
    await row.click();
    await this.heading(name).waitFor();
    return name;
  }

  heading(name: string): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: true });
  }

  section(title: RegExp): Locator {
    return this.page.getByRole('region', { name: title });
  }

  contacts() {
    return this.section(/^Contacts/);
  }
  talkingPoints() {
    return this.section(/^Talking points/);
  }
  pricingNotes() {
    return this.section(/^Pricing notes/);
  }
  timeline() {
    return this.section(/^Timeline/);
  }

  /** Clicks a section's add button and returns the form that opens. */
  async startAdding(section: Locator, addLabel: string): Promise<Locator> {
    await section.getByRole('button', { name: addLabel }).click();
    const form = section.locator('form').first();
    await form.waitFor();
    return form;
  }

  async save(form: Locator) {
    await form.getByRole('button', { name: 'Save' }).click();
  }

  /** The error shown next to a field, found through the field's aria-describedby. */
  async fieldError(form: Locator, label: string): Promise<string> {
    const field = form.getByLabel(label, { exact: true });
    await this.page.waitForFunction(
      (el) => el?.getAttribute('aria-invalid') === 'true',
      await field.elementHandle(),
    );
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids.split(' ').map((id) => this.page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.join(' ');
  }
}
