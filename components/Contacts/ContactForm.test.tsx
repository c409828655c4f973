// @vitest-environment happy-dom
import { screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { emptyContactDraft } from '../../lib/model/defaults';
import { renderWithI18n } from '../../tests/support/i18n';
import { ContactForm } from './ContactForm';

describe('ContactForm', () => {
  it('labels every field with its own control (a field named "title" is not the form heading)', () => {
    renderWithI18n(
      <ContactForm
        title="New contact"
        initial={emptyContactDraft('a')}
        onSubmit={vi.fn(async () => null)}
        onSaved={vi.fn()}
        onCancel={vi.fn()}
      />,
    );
    for (const label of ['Name', 'Job title', 'Email addresses', 'Phone numbers', 'Birthday', 'Notes']) {
      const control = screen.getByLabelText(label, { exact: true });
      expect(['INPUT', 'TEXTAREA', 'SELECT'], label).toContain(control.tagName);
    }
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
