import type { Locator, Page } from 'playwright-core';

/** The toolbar popup (quick search) as a rep uses it, opened as a page of its own. */
export class PopupPage {
  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {}

  async open() {
    await this.page.goto(`chrome-extension://${this.extensionId}/popup.html`);
    // As a tab the page would really close itself after opening a file; the test keeps it.
    await this.page.evaluate(() => {
      (window as unknown as { closed_: boolean }).closed_ = false;
      window.close = () => {
        (window as unknown as { closed_: boolean }).closed_ = true;
      };
    });
  }

  searchBox(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search clients, contacts and notes' });
  }

  options(): Locator {
    return this.page.getByRole('option');
  }

  selected(): Locator {
    return this.page.locator('[role="option"][aria-selected="true"]');
  }

  heading(name: string): Locator {
    return this.page.locator('[role="presentation"]', { hasText: name });
  }

  /** Whether the popup asked to close itself. */
  closedItself(): Promise<boolean> {
    return this.page.evaluate(() => (window as unknown as { closed_: boolean }).closed_);
  }
}
